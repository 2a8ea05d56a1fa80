# A presentation whose collapse the monoid deductions cannot prove (g0 = 1
# needs the lemma g0 g0 = 1 first): no certificate, nothing decided, exit 3.
# Without --exact the same file checks fine.
$YONEDA check specs/exact-stall.xml
$YONEDA check --exact specs/exact-stall.xml
