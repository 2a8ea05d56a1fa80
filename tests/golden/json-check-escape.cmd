# --format json escapes control characters (\n, \t in a name) so the document
# stays valid.
$YONEDA check specs/harden-control-name.xml --format json
