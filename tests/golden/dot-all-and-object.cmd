$YONEDA dot specs/square.xml --all --object s
