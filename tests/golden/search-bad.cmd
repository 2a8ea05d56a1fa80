$YONEDA search specs/search-bad.xml
