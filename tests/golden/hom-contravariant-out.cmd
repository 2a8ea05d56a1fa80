d=$(mktemp -d) && $YONEDA hom specs/square.xml --object t --variance contravariant --out "$d/h.xml" && cat "$d/h.xml" && $YONEDA represent "$d/h.xml"; rc=$?; rm -rf "$d"; exit $rc
