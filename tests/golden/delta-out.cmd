out=${TMPDIR:-/tmp}/yoneda-delta-out.$$.xml
$YONEDA delta specs/nat-functors.xml --functor FullSub --task Reach --out "$out" && cat "$out" && $YONEDA check "$out" && $YONEDA represent "$out"; rc=$?
rm -f "$out"; exit $rc
