$YONEDA dot specs/square.xml
