$YONEDA check specs/search-malformed.xml
