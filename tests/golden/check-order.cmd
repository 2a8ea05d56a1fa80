$YONEDA check specs/arrow.xml
