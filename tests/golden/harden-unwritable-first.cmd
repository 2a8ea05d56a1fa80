# Issue 12 item 7: an unwritable output path is reported before any work
# (here: before the spec is even read: it is a FIFO nobody writes).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkfifo "$T/spec.xml"
out=$($YONEDA represent "$T/spec.xml" --cert "$T/no/such/dir/c.xml" 2>&1); echo "represent: $? $out" | sed "s|$T|TMP|"
out=$($YONEDA claims "$T/spec.xml" --junit "$T/no/dir/r.xml" 2>&1); echo "claims: $? $out" | sed "s|$T|TMP|"
out=$($YONEDA smt2 "$T/spec.xml" -o "$T/no/dir/p.smt2" 2>&1); echo "smt2: $? $out" | sed "s|$T|TMP|"
