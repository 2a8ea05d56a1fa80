# Issue 12 item 5: a star with 100,000 generators out of one object (200,001
# morphisms) needs 100,001 rows of 100,000 entries in the coset table (and in
# the kernel's edge table): refused with exit 3 and the reason, before the
# rows are allocated (it used to exit 4 "out of memory" after asking for 40 GB).
# A star with 1,000 generators is enumerated and checked.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
star() {
  awk -v n="$1" 'BEGIN {
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    print "<yoneda version=\"1\">"
    print "  <category name=\"Star\">"
    print "    <object name=\"c\"/>"
    for (i = 1; i <= n; i++) print "    <object name=\"o" i "\"/>"
    for (i = 1; i <= n; i++) print "    <morphism name=\"g" i "\" source=\"c\" target=\"o" i "\"/>"
    print "  </category>"
    print "</yoneda>"
  }' > "$T/star$1.xml"
}
star 100000
star 1000
cd "$T" || exit 2
$YONEDA check star100000.xml
echo "exit $?"
$YONEDA check star1000.xml
