# Informative attributes of a representability certificate (hom, size of a
# cardinality witness; image of a collision) must be true: a false one is
# refused on reading (exit 4), not silently accepted.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/arrow.xml --task P --cert "$T/p.xml" >/dev/null
sed '0,/hom="[0-9]*"/s//hom="999"/' "$T/p.xml" > "$T/hom.xml"
out=$($YONEDA verify specs/arrow.xml --task P --cert "$T/hom.xml" 2>&1); echo "hom: $?"
printf '%s\n' "$out" | sed "s|$T|TMP|g"
sed '0,/size="[0-9]*"/s//size="7"/' "$T/p.xml" > "$T/size.xml"
out=$($YONEDA verify specs/arrow.xml --task P --cert "$T/size.xml" 2>&1); echo "size: $?"
printf '%s\n' "$out" | sed "s|$T|TMP|g"
$YONEDA represent ../../specs/paper/jigsaw.xml --task PositionOfAOrB --cert "$T/j.xml" >/dev/null
sed '0,/image="a1"/s//image="a3"/' "$T/j.xml" > "$T/image.xml"
cmp -s "$T/j.xml" "$T/image.xml" && echo "sed changed nothing"
out=$($YONEDA verify ../../specs/paper/jigsaw.xml --task PositionOfAOrB --cert "$T/image.xml" 2>&1); echo "image: $?"
printf '%s\n' "$out" | sed "s|$T|TMP|g"
$YONEDA verify ../../specs/paper/jigsaw.xml --task PositionOfAOrB --cert "$T/j.xml"
