# --format json: check's definitions as one JSON document (docs/json.md); the
# text lines are kept in "output".
$YONEDA check specs/square.xml --format json
