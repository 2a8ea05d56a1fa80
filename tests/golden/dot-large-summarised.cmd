$YONEDA dot specs/ux-cycle.xml | grep -c " -> "
