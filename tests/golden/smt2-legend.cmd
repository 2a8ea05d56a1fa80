# The SMT-LIB file names its symbols after the spec (|P = X|, u, |x in T(X)|, ...)
# and explains them in comments; tools/smt2-pair.awk (docs/represent.md) reads
# the universal pair off an independent z3's (get-model), and the pair it reads
# is one that `yoneda represent --all` lists (or both say not representable).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA smt2 specs/arrow.xml --task Q > "$T/q.smt2"
grep '^;' "$T/q.smt2"
grep -c '(declare-fun |P = b| () Bool)' "$T/q.smt2"
for ft in arrow.xml:Q arrow.xml:P rot.xml:Angle rot.xml:Parity square.xml:HomS; do
  f=${ft%%:*} t=${ft#*:}
  got=$({ $YONEDA smt2 "specs/$f" --task "$t"; echo '(get-model)'; } | z3 -in -smt2 |
        awk -f ../../tools/smt2-pair.awk)
  pair=$(echo "$got" | sed -n 's/^representable by object \(.*\), universal element \(.*\)$/universal pair: \1, \2/p')
  if [ -n "$pair" ]; then
    $YONEDA represent "specs/$f" --task "$t" --all --full | grep -qxF "$pair" && ok=listed || ok=NOT-LISTED
  else
    $YONEDA represent "specs/$f" --task "$t" | head -1 | grep -qxF "$got" && ok=agrees || ok=DISAGREES
  fi
  echo "$f $t: $got ($ok)"
done
