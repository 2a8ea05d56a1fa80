$YONEDA nat specs/arrow.xml --from hom:b --to P --list
