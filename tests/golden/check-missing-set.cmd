$YONEDA check specs/missing-set.xml
