# Certificates of contravariant tasks (working category = the opposite).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/arrow.xml --task Q --cert "$T/q.xml" >/dev/null
echo "represent Q: $?"
$YONEDA verify specs/arrow.xml --task Q --cert "$T/q.xml"
echo "verify Q: $?"
$YONEDA represent specs/arrow.xml --task P --cert "$T/p.xml" >/dev/null
echo "represent P: $?"
$YONEDA verify specs/arrow.xml --task P --cert "$T/p.xml"
