# Issue 12 item 3: with several files, check prefixes each line with the
# file name, whole (a 1,236-character path; the prefix was cut at 1,100).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
L=dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
D="$T/$L/$L/$L/$L/$L/$L"; mkdir -p "$D"; cp specs/rot.xml "$D/a.xml"
$YONEDA check "$D/a.xml" specs/rot.xml | head -1 | sed "s|$T|TMP|"
