# a search far too big for 0.5 s: exit 3 (the reason on stderr depends on where the time ran out)
$YONEDA search specs/search-basic.xml --search hard --timeout 0.5 2>/dev/null
