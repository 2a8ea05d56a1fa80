$YONEDA hom specs/ux-hom-clash.xml --object x
