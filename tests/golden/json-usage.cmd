# --format json anywhere on the line: even a usage error about an earlier
# option comes as a document (exit 2, the message in "errors").
$YONEDA check --bogus specs/square.xml --format json
