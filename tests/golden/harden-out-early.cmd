# Issue 12 item 7: every command with an output file opens it before it
# reads the spec, so an unwritable path is the first error, named, exit 4
# (here the spec does not even exist: it is never read), and no temporary
# file is left behind.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for c in "hom $T/no-spec.xml --object x --out $T/no-dir/h.xml" \
         "dot $T/no-spec.xml -o $T/no-dir/g.dot" \
         "smt2 $T/no-spec.xml -o $T/no-dir/q.smt2" \
         "nat $T/no-spec.xml --from A --to B --out $T/no-dir/n.xml" \
         "sigma $T/no-spec.xml --out $T/no-dir/s.xml" \
         "delta $T/no-spec.xml --out $T/no-dir/d.xml" \
         "check $T/no-spec.xml --exact --cert $T/no-dir/c.xml" \
         "represent $T/no-spec.xml --cert $T/no-dir/r.xml" \
         "claims $T/no-spec.xml --junit $T/no-dir/j.xml"; do
  $YONEDA $c >"$T/log" 2>&1; rc=$?
  sed "s|$T|T|g" "$T/log"; echo "${c%% *}: exit $rc"
done
# a writable path and a spec that fails: the temporary is removed (exit 1)
for c in "hom $T/no-spec.xml --object x --out $T/h.xml" "dot $T/no-spec.xml -o $T/g.dot" \
         "nat $T/no-spec.xml --from A --to B --out $T/n.xml" "sigma $T/no-spec.xml --out $T/s.xml" \
         "check $T/no-spec.xml --exact --cert $T/c.xml"; do
  $YONEDA $c >/dev/null 2>&1; echo "${c%% *}: exit $?"
done
# a good path works; nothing else is left in the directory
$YONEDA hom specs/rot.xml --object x --out "$T/h.xml" >/dev/null; echo "hom: exit $?"
rm "$T/log"; ls -A "$T"
