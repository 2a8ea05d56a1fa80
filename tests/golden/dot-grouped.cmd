$YONEDA dot specs/ux-parallel.xml
