# Issue 12 items 4 and 8: a certificate of Z/3200 is linear in the group
# (normal forms as powers r^K: about 155 KB, was 10.4 MB), it is verified
# from a file and from a pipe (--cert -), and a certificate over 10 MB
# (here padded with comments) is read too: libxml2's 10 MB look-up limit no
# longer applies, the reader's own cap is 1 GB.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
n=3200
{ echo '<yoneda version="1"><category name="Cyc"><object name="x"/>'
  echo '<morphism name="r" source="x" target="x"/>'
  echo "<equation lhs=\"r^$n\" rhs=\"x\"/>"
  echo '</category><task name="Regular" category="Cyc"><set object="x" elements="'
  i=0; while [ $i -lt $n ]; do printf 'e%d ' $i; i=$((i+1)); done; echo '"/>'
  printf '<map morphism="r" to="'; i=1; while [ $i -lt $n ]; do printf 'e%d ' $i; i=$((i+1)); done; echo 'e0"/>'
  echo '</task></yoneda>'; } > "$T/z.xml"
$YONEDA represent "$T/z.xml" --cert "$T/z.cert" | head -1
[ $(wc -c < "$T/z.cert") -lt 200000 ] && echo "certificate under 200 KB"
grep -c 'morphism="r^3199"' "$T/z.cert"
$YONEDA verify "$T/z.xml" --cert "$T/z.cert"; echo "verify: $?"
cat "$T/z.cert" | $YONEDA verify "$T/z.xml" --cert -; echo "verify from a pipe: $?"
{ head -n 2 "$T/z.cert"
  line='<!-- padding padding padding padding padding padding padding padding padding -->'
  i=0; while [ $i -lt 16 ]; do line="$line$line"; i=$((i+1)); done   # 5.3 MB
  echo "$line"; echo "$line"
  tail -n +3 "$T/z.cert"; } > "$T/big.cert"
[ $(wc -c < "$T/big.cert") -gt 10000000 ] && echo "padded certificate over 10 MB"
$YONEDA verify "$T/z.xml" --cert "$T/big.cert"; echo "verify: $?"
