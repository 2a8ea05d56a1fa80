out=${TMPDIR:-/tmp}/yoneda-nat-out.$$.xml
$YONEDA nat specs/nat-rot.xml --from hom:x --to Parity --out "$out" && $YONEDA check "$out"; rc=$?
rm -f "$out"; exit $rc
