# -o writes the file (and nothing on stdout); cvc4 agrees with z3 on it.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA smt2 specs/square.xml --task HomS -o "$T/homs.smt2"; echo "smt2: $?"
grep -c check-sat "$T/homs.smt2"
z3 -smt2 "$T/homs.smt2"
cvc4 --lang smt2 "$T/homs.smt2"
