# verify --format json: a certificate that is not one is rejected (exit 4),
# the reasons in "errors".
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
echo '<nonsense/>' > "$T/bad.xml"
$YONEDA verify specs/rot.xml --task Angle --cert "$T/bad.xml" --format json > "$T/out" 2>/dev/null
rc=$?
sed "s|$T|TMP|g" "$T/out"
exit $rc
