$YONEDA dot specs/arrow.xml --category Nope
