$YONEDA nat ../../specs/paper/arrow.xml --from HomFromB --to HomIntoA
