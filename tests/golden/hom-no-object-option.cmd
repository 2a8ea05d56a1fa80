$YONEDA hom specs/square.xml
