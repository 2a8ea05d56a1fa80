# g^5 = 1 and g g = 1 force g = 1: the monoid deductions over the Cayley
# graph stall on the loop g (g = 1 needs a word that is no path of the
# graph), Knuth-Bendix completion proves the lemma g = 1 and the edge is
# deduced from it.  verify re-checks the lemma chain with kernel 7 and
# rejects every edit of a lemma (exit 4, the lemma and step named), a step
# that uses a later lemma, and the quotient's certificate against Z/5.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA check --exact specs/exact-g5.xml --cert "$T/c.xml" 2>/dev/null
echo "check: $?"
cat "$T/c.xml"
$YONEDA verify specs/exact-g5.xml --category G5 --cert "$T/c.xml"
echo "verify: $?"
edit() {  # NAME SED-EXPRESSION [SPEC CATEGORY CERT]
  f=${5:-c}
  sed "$2" "$T/$f.xml" > "$T/$1.xml"
  cmp -s "$T/$f.xml" "$T/$1.xml" && echo "$1: sed changed nothing"
  out=$($YONEDA verify "${3:-specs/exact-g5.xml}" --category "${4:-G5}" --cert "$T/$1.xml" 2>&1)
  echo "$1: $?"
  printf '%s\n' "$out" | sed "s|$T|TMP|g"
}
edit step-equation '0,/step equation="2"/s//step equation="1"/'
edit step-side '0,/replace="rhs"/s//replace="lhs"/'
edit step-offset 's/offset="0" word=""/offset="1" word=""/'
edit step-word '0,/word="g g g"/s//word="g g g g"/'
edit self '0,/step equation="1"/s//step lemma="1"/'
edit step-dropped '/word="g g g g g"/d'
edit edge-equation 's/lemma="1" full/equation="2" full/'
# a presentation with more lemmas: a step that uses a later lemma
$YONEDA check --exact specs/exact-stall.xml --cert "$T/r.xml" 2>/dev/null
echo "check R1: $?"
grep -c '<lemma ' "$T/r.xml"
edit later-lemma '0,/step lemma="1"/s//step lemma="4"/' specs/exact-stall.xml R1 r
# the quotient's certificate against the original Z/5 (same category name)
out=$($YONEDA verify specs/exact-g5-z5.xml --category G5 --cert "$T/c.xml" 2>&1)
echo "quotient against Z/5: $?"
printf '%s\n' "$out" | sed "s|$T|TMP|g"
