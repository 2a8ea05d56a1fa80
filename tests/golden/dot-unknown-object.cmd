$YONEDA dot specs/square.xml --object w
