$YONEDA check specs/nonfunctorial.xml
