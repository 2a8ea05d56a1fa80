$YONEDA search specs/search-basic.xml
