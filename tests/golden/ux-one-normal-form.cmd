# One name per morphism whatever the variance: in the Klein four-group
# (a b = b a) the morphism a b is named `a b` (`a.b` as an element name) both
# in Hom(x,-) and in Hom(-,x), whose contravariant task runs on the opposite
# category (where its own normal form, read backwards, would be `b a`).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA hom specs/ux-klein.xml --object x | grep '<set'
$YONEDA hom specs/ux-klein.xml --object x --variance contravariant --out "$T/co.xml"; echo "hom: $?"
grep '<set' "$T/co.xml"
$YONEDA represent "$T/co.xml" --cert "$T/cert.xml" | head -1
grep -o 'morphism="[^"]*"' "$T/cert.xml" | sort -u
$YONEDA verify "$T/co.xml" --cert "$T/cert.xml"; echo "verify: $?"
