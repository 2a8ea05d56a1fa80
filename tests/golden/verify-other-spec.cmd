# A certificate for rot.xml's Angle checked against a spec whose Angle turns
# the other way: rejected, exit 4.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/rot.xml --task Angle --cert "$T/angle.xml" >/dev/null
echo "represent: $?"
out=$($YONEDA verify specs/rot-shifted.xml --cert "$T/angle.xml" 2>&1); rc=$?
printf '%s\n' "$out" | sed "s|$T|TMP|g"
exit $rc
