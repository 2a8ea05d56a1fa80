# A negative certificate whose witness for P = b is replaced by a false one
# (|Hom(b,b)| = 1 = |T(b)|: no cardinality mismatch at Y = b): rejected, exit 4.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/arrow.xml --task P --cert "$T/p.xml" >/dev/null
echo "represent: $?"
sed 's/name="b" witness="cardinality" other="a"/name="b" witness="cardinality" other="b"/; s/ hom="[0-9]*" size="[0-9]*"//' "$T/p.xml" > "$T/tampered.xml"
cmp -s "$T/p.xml" "$T/tampered.xml" && echo "sed changed nothing"
out=$($YONEDA verify specs/arrow.xml --task P --cert "$T/tampered.xml" 2>&1); rc=$?
printf '%s\n' "$out" | sed "s|$T|TMP|g"
exit $rc
