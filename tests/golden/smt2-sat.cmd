# The SMT-LIB problem of a representable task is sat, of a non-representable one unsat
# (both encodings, both variances), as answered by an independent z3 process.
for enc in yoneda naive; do
  echo "$enc Angle: $($YONEDA smt2 specs/rot.xml --task Angle --encoding $enc | z3 -in -smt2)"
  echo "$enc Parity: $($YONEDA smt2 specs/rot.xml --task Parity --encoding $enc | z3 -in -smt2)"
  echo "$enc Q: $($YONEDA smt2 specs/arrow.xml --task Q --encoding $enc | z3 -in -smt2)"
  echo "$enc P: $($YONEDA smt2 specs/arrow.xml --task P --encoding $enc | z3 -in -smt2)"
done
