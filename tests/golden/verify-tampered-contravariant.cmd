# A contravariant task's certificate with the images of f1 h and f2 h swapped:
# the kernel (which works on the opposite category) rejects it and names the
# morphism as the spec writes it, f1 h (not h f1), with both elements (exit 4).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/ux-contra-chain.xml --task IntoC --cert "$T/k.xml" >/dev/null
echo "represent: $?"
sed 's/morphism="f1 h" element="u1"/morphism="f1 h" element="u2"/; s/morphism="f2 h" element="u2"/morphism="f2 h" element="u1"/' "$T/k.xml" > "$T/tampered.xml"
cmp -s "$T/k.xml" "$T/tampered.xml" && echo "sed changed nothing"
out=$($YONEDA verify specs/ux-contra-chain.xml --cert "$T/tampered.xml" 2>&1); rc=$?
printf '%s\n' "$out" | sed "s|$T|TMP|g"
exit $rc
