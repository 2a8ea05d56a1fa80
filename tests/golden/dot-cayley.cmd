$YONEDA dot specs/rot.xml
