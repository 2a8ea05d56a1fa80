out=${TMPDIR:-/tmp}/yoneda-sigma-out.$$.xml
$YONEDA sigma specs/nat-functors.xml --functor Z4toZ2 --task Angle --out "$out" && cat "$out" && $YONEDA check "$out" && $YONEDA represent "$out"; rc=$?
rm -f "$out"; exit $rc
