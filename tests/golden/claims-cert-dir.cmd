# --cert-dir saves every decided claim's checked certificate; verify accepts them.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA claims specs/rot.xml --cert-dir "$T/certs/rot" | sed 's/, [0-9.]* s)/, T s)/'
ls "$T/certs/rot"
$YONEDA verify specs/rot.xml --task Angle --cert "$T/certs/rot/angle-representable.xml"
$YONEDA verify specs/rot.xml --task Parity --cert "$T/certs/rot/parity-not-representable.xml"
