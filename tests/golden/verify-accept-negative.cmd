# A negative certificate round-trips too.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/rot.xml --task Parity --cert "$T/parity.xml" >/dev/null
echo "represent: $?"
$YONEDA verify specs/rot.xml --task Parity --cert "$T/parity.xml"
