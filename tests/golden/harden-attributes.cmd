# Issue 12 item 6: an element with 300 attributes is refused before libxml2
# parses them (its duplicate check is quadratic).
$YONEDA check specs/harden-attributes.xml
