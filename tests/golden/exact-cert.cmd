# check --exact --cert writes the certificate; verify --category re-checks it
# with kernels 1 and 7 alone; every kind of edit is rejected (exit 4) with
# the first failing edge, its deduction and why.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA check specs/exact-coxeter4.xml --exact --cert "$T/c.xml" 2>/dev/null
echo "check: $?"
$YONEDA verify specs/exact-coxeter4.xml --category S4 --cert "$T/c.xml"
echo "verify: $?"
edit() {  # NAME SED-EXPRESSION
  sed "$2" "$T/c.xml" > "$T/$1.xml"
  cmp -s "$T/c.xml" "$T/$1.xml" && echo "$1: sed changed nothing"
  out=$($YONEDA verify specs/exact-coxeter4.xml --category S4 --cert "$T/$1.xml" 2>&1)
  echo "$1: $?"
  printf '%s\n' "$out" | sed "s|$T|TMP|g"
}
edit step '0,/at="3"/s//at="4"/'
edit position '0,/position="2"/s//position="1"/'
edit side '0,/full="rhs"/s//full="lhs"/'
edit equation '0,/equation="1"/s//equation="2"/'
edit edge '0,/to="0"/s//to="1"/'
edit normal-form '0,/parent="1" generator="s2"/s//parent="1" generator="s3"/'
edit missing '/edge from="5"/d; s/edges="49"/edges="47"/'
edit count 's/edges="49"/edges="48"/'
