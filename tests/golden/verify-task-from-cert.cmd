# Without --task in a file of several tasks, verify uses the task the
# certificate names.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/rot.xml --task Parity --cert "$T/parity.xml" >/dev/null
echo "represent: $?"
$YONEDA verify specs/rot.xml --cert "$T/parity.xml"
