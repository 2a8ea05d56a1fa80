$YONEDA check specs/ill-typed.xml
