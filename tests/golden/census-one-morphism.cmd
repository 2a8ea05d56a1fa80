# English for one morphism ("1 morphism"), and census-merge reads that form back.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA census --morphisms 1 > "$T/one.txt"; echo "census: $?"
cat "$T/one.txt"
$YONEDA census-merge "$T/one.txt"; echo "merge: $?"
sed 's/1 morphism,/1 morphisms,/' "$T/one.txt" > "$T/bad.txt"
$YONEDA census-merge "$T/bad.txt" 2>"$T/err"; echo "merge of a wrong header: $?"; sed "s|$T/||" "$T/err"
