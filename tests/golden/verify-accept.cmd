# represent --cert writes a certificate; verify accepts it (no solver).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/rot.xml --task Angle --cert "$T/angle.xml" >/dev/null
echo "represent: $?"
$YONEDA verify specs/rot.xml --task Angle --cert "$T/angle.xml"
