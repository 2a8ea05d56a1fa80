# The census for N = 1..6 (OEIS A125696: 1, 3, 11, 55, 329, 2858), and the
# full report for N = 5 (one object: the 228 monoids of order 5, A058129).
$YONEDA census --morphisms 5
for n in 1 2 3 4 6; do $YONEDA census --morphisms $n | tail -n 1; done
