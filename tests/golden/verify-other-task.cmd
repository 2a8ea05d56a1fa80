# A certificate for task Angle presented as one for task Parity: rejected.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/rot.xml --task Angle --cert "$T/angle.xml" >/dev/null
echo "represent: $?"
out=$($YONEDA verify specs/rot.xml --task Parity --cert "$T/angle.xml" 2>&1); rc=$?
printf '%s\n' "$out" | sed "s|$T|TMP|g"
exit $rc
