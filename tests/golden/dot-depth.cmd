$YONEDA dot specs/ux-cycle.xml --depth 2
