# A negative certificate whose collision witness for element a1 of T(x) is
# false (r sends a1 to a0, the identity keeps a1): the kernel rejects it and
# the message names the object, the element and both morphisms (exit 4).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/lib-answer.xml --task Flip --cert "$T/f.xml" >/dev/null
echo "represent: $?"
sed '/name="a1"/s/f2="r r"/f2="r"/' "$T/f.xml" > "$T/tampered.xml"
cmp -s "$T/f.xml" "$T/tampered.xml" && echo "sed changed nothing"
out=$($YONEDA verify specs/lib-answer.xml --task Flip --cert "$T/tampered.xml" 2>&1); rc=$?
printf '%s\n' "$out" | sed "s|$T|TMP|g"
exit $rc
