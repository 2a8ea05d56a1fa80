$YONEDA hom specs/square.xml --object s
