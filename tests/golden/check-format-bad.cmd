# --format takes text or json.
$YONEDA check specs/square.xml --format xml
