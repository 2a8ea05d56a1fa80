# smt2-pair.awk — read the universal pair off an SMT solver's (get-model)
# for a file written by `yoneda smt2` (Yoneda encoding; docs/represent.md,
# "Reading a model"):
#   { cat q.smt2; echo '(get-model)'; } | z3 -in -smt2 | awk -f smt2-pair.awk
# prints `representable by object P, universal element x` (the answer line
# of `yoneda represent`), or `not representable` on `unsat`.  The symbols
# are named after the spec: `|P = X|` is true for the representing object,
# `u` is the universal element, `|x in T(X)|` is element x of T(X).  The
# values of `u` and of the element constants are the solver's names for the
# elements (E!val!0, ...): u is the element constant with u's value.
BEGIN { RS = "[(]define-fun " }
NR == 1 { if ($1 == "unsat") { print "not representable"; done = 1 } }
NR > 1 {
  rec = $0
  if (substr(rec, 1, 1) == "|") {
    i = index(substr(rec, 2), "|")
    name = substr(rec, 2, i - 1)
    rest = substr(rec, i + 2)
  } else {
    name = $1
    rest = substr(rec, length($1) + 1)
  }
  if (rest !~ /^[ \t\n]*\(\)/) next          # a function, not a constant
  gsub(/[()\t\n]/, " ", rest)
  n = split(rest, w, " ")
  if (n < 2) next
  sort = w[1]; val = w[2]
  if (sort == "Bool" && val == "true" && substr(name, 1, 4) == "P = ") P = substr(name, 5)
  else if (name == "u") u = val
  else if (sort == "E" && index(name, " in T(") > 0) elem[name] = val
}
END {
  if (done) exit 0
  if (P == "" || u == "") { print "no model"; exit 1 }
  suffix = " in T(" P ")"
  for (e in elem)
    if (elem[e] == u && substr(e, length(e) - length(suffix) + 1) == suffix) {
      print "representable by object " P ", universal element " substr(e, 1, length(e) - length(suffix))
      exit 0
    }
  print "no element of T(" P ") has the value of u"; exit 1
}
