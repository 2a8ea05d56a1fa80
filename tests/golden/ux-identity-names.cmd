# Identities are listed as id_x (messages, functor witnesses, explanations,
# dot, certificates) and read as id_x or as the object's name; where a
# generator is itself named id_x (category Odd), id_x means that generator
# and the identity is listed as plain x.
$YONEDA check specs/ux-identity-names.xml
$YONEDA functor specs/ux-identity-names.xml --functor Kill
$YONEDA represent specs/ux-identity-names.xml --task Still
$YONEDA dot specs/ux-identity-names.xml --category Odd --all
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/ux-identity-names.xml --task Angle --cert "$T/a.xml" >/dev/null
grep 'morphism="id_x"' "$T/a.xml"
$YONEDA verify specs/ux-identity-names.xml --cert "$T/a.xml"
$YONEDA represent specs/ux-identity-names.xml --task Still --cert "$T/s.xml" >/dev/null
grep -o 'f1="[^"]*" f2="[^"]*"' "$T/s.xml"
$YONEDA verify specs/ux-identity-names.xml --cert "$T/s.xml"
