# the counterexample written with --out is an ordinary spec: check, represent and claims read it
f=$(mktemp "${TMPDIR:-/tmp}/yoneda-search-XXXXXX") || exit 2
$YONEDA search specs/search-basic.xml --search arrow --out "$f" > /dev/null; echo "search: $?"
cat "$f"
$YONEDA check "$f"; echo "check: $?"
$YONEDA represent "$f" --task T; echo "represent: $?"
out=$($YONEDA claims "$f"); rc=$?
echo "$out" | sed 's/, [0-9.]* s)/)/'; echo "claims: $rc"
rm -f "$f"
