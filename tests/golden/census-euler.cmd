# The total for N = 6 from the connected counts by the Euler transform
# equals the direct count (2858).
$YONEDA census --morphisms 6 --euler
$YONEDA census --morphisms 6 | tail -n 1
