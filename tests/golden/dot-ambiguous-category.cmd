$YONEDA dot specs/arrow.xml
