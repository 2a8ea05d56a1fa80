# --format json: a file that does not load is in "files" with status
# "invalid"; its FILE:LINE error still goes to stderr and is in "errors".
$YONEDA check specs/square.xml specs/ill-typed.xml --format json
