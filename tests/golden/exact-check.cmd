# check --exact: kernel 7 proves each category exact (Coxeter, dihedral,
# truncated simplex, a monoid with idempotents and the opposite of its
# category for the contravariant task); each category line ends with (exact).
$YONEDA check --exact specs/exact-coxeter4.xml specs/exact-dihedral6.xml specs/exact-simplex2.xml specs/exact-band.xml
