$YONEDA check specs/many-errors.xml
