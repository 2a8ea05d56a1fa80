$YONEDA dot specs/square.xml --object s --depth 1
