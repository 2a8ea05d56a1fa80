# tools/verify.sh (make verify) fails with exit 3 when the kernel has fewer
# goals than the count committed in proofs/kernel/PROOFS.md at HEAD (a
# removed contract, invariant or check), unless that PROOFS.md is committed
# in the same commit; --count-check runs only that comparison (no prover).
base=$(git show HEAD:../../proofs/kernel/PROOFS.md 2>/dev/null || cat ../../proofs/kernel/PROOFS.md)
base=$(printf '%s\n' "$base" | sed -n 's/^| \*\*all\*\* | \*\*[0-9]* \/ \([0-9]*\)\*\*.*/\1/p')
[ -n "$base" ] || echo "no committed count"
sh ../../tools/verify.sh --count-check "$base"; echo "equal: $?"
sh ../../tools/verify.sh --count-check $((base + 5)); echo "more: $?"
sh ../../tools/verify.sh --count-check $((base - 1)) | sed "s/$((base - 1))/N-1/; s/$base/N/"
sh ../../tools/verify.sh --count-check $((base - 1)) >/dev/null; echo "fewer (status): $?"
