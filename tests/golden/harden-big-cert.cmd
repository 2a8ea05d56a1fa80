# Issue 12 items 4 and 8: a certificate over 10 MB (Z/3200) is verified,
# from a file and from a pipe (--cert -).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
n=3200
{ echo '<yoneda version="1"><category name="Cyc"><object name="x"/>'
  echo '<morphism name="r" source="x" target="x"/>'
  printf '<equation lhs="'; i=0; while [ $i -lt $n ]; do printf 'r '; i=$((i+1)); done; echo '" rhs="x"/>'
  echo '</category><task name="Regular" category="Cyc"><set object="x" elements="'
  i=0; while [ $i -lt $n ]; do printf 'e%d ' $i; i=$((i+1)); done; echo '"/>'
  printf '<map morphism="r" to="'; i=1; while [ $i -lt $n ]; do printf 'e%d ' $i; i=$((i+1)); done; echo 'e0"/>'
  echo '</task></yoneda>'; } > "$T/z.xml"
$YONEDA represent "$T/z.xml" --cert "$T/z.cert" | head -1
[ $(wc -c < "$T/z.cert") -gt 10000000 ] && echo "certificate over 10 MB"
$YONEDA verify "$T/z.xml" --cert "$T/z.cert"; echo "verify: $?"
cat "$T/z.cert" | $YONEDA verify "$T/z.xml" --cert -; echo "verify from a pipe: $?"
