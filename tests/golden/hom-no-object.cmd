$YONEDA hom specs/square.xml --object nowhere
