$YONEDA dot specs/square.xml --depth 1
