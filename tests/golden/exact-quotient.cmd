# A certificate for D6 with one extra equation (r^3 = 1: a proper quotient
# with 6 morphisms) is rejected against D6, and D6's against the quotient.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA check specs/exact-dihedral6.xml --exact --cert "$T/d6.xml" 2>/dev/null
$YONEDA check specs/exact-dihedral6-quotient.xml --exact --cert "$T/q.xml" 2>/dev/null
out=$($YONEDA verify specs/exact-dihedral6.xml --category D6 --cert "$T/q.xml" 2>&1)
echo "quotient against original: $?"
printf '%s\n' "$out" | sed "s|$T|TMP|g"
out=$($YONEDA verify specs/exact-dihedral6-quotient.xml --category D6 --cert "$T/d6.xml" 2>&1)
echo "original against quotient: $?"
printf '%s\n' "$out" | sed "s|$T|TMP|g"
$YONEDA verify specs/exact-dihedral6-quotient.xml --category D6 --cert "$T/q.xml"
