# An exact certificate of the band (1, e, f, e f, f e) with one entry of its
# composition table changed (e f ; e = e f claimed to be f e): kernel 1
# rejects the graph, naming the equation that fails, where, both ends and
# the table entries it used, in the spec's names (exit 4).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA check specs/exact-band.xml --exact --cert "$T/b.xml" >/dev/null 2>&1
echo "check: $?"
sed 's/<edge from="3" generator="e" to="3"/<edge from="3" generator="e" to="4"/' "$T/b.xml" > "$T/tampered.xml"
cmp -s "$T/b.xml" "$T/tampered.xml" && echo "sed changed nothing"
out=$($YONEDA verify specs/exact-band.xml --category Band --cert "$T/tampered.xml" 2>&1); rc=$?
printf '%s\n' "$out" | sed "s|$T|TMP|g"
exit $rc
