# --exact on represent and claims: every category of the file, and the
# opposite of the category of a contravariant task (its presentation checked
# to be the reversal, then its own certificate), pass kernel 7 before the
# answer.
$YONEDA represent --exact ../../specs/paper/jigsaw.xml --task RelabelPatches
echo "represent: $?"
out=$($YONEDA claims --exact ../../specs/paper/arrow.xml); rc=$?
printf '%s\n' "$out" | sed 's/, [0-9.]* s)/, T s)/'   # timings vary with the load
echo "claims: $rc"
