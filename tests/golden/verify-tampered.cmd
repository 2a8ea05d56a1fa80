# A certificate written by represent --cert, with one element changed
# (T(r r)(a0) = a2 claimed to be a3): the kernel rejects it, exit 4.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/rot.xml --task Angle --cert "$T/angle.xml" >/dev/null
echo "represent: $?"
sed 's/morphism="r r" element="a2"/morphism="r r" element="a3"/' "$T/angle.xml" > "$T/tampered.xml"
cmp -s "$T/angle.xml" "$T/tampered.xml" && echo "sed changed nothing"
out=$($YONEDA verify specs/rot.xml --task Angle --cert "$T/tampered.xml" 2>&1); rc=$?
printf '%s\n' "$out" | sed "s|$T|TMP|g"
exit $rc
