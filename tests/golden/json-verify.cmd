# verify --format json: the accepted verdict (no solver).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/rot.xml --task Angle --cert "$T/angle.xml" >/dev/null
$YONEDA verify specs/rot.xml --task Angle --cert "$T/angle.xml" --format json | sed "s|$T|TMP|g"
