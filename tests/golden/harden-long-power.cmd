# Issue 12 item 6: kernel 1 on an equation r^n = x was O(n^2) (n = 40,000:
# 5 s); it now follows the r-orbits: D_40000 = <r, s | r^40000, s^2, (s r)^2>
# (80,000 morphisms, the orbit order differs from the enumeration's) within
# a 10 s timeout (before: exit 3).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
awk 'BEGIN {
  printf "<yoneda version=\"1\">\n<category name=\"D\">\n<object name=\"x\"/>\n"
  printf "<morphism name=\"r\" source=\"x\" target=\"x\"/>\n"
  printf "<morphism name=\"s\" source=\"x\" target=\"x\"/>\n<equation lhs=\""
  for (i = 0; i < 40000; i++) printf "r "
  printf "\" rhs=\"x\"/>\n<equation lhs=\"s s\" rhs=\"x\"/>\n"
  printf "<equation lhs=\"s r s r\" rhs=\"x\"/>\n</category>\n</yoneda>\n"
}' > "$T/d.xml"
$YONEDA check --timeout 10 --max-morphisms 100000 "$T/d.xml"
