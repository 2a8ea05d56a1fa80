# A certificate that is not even XML is rejected (exit 4) with FILE:LINE.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
printf '<certificate>\n  <oops>\n</certificate>\n' > "$T/bad.xml"
out=$($YONEDA verify specs/rot.xml --task Angle --cert "$T/bad.xml" 2>&1); rc=$?
printf '%s\n' "$out" | sed "s|$T|TMP|g"
exit $rc
