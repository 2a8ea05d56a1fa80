$YONEDA census --check specs/search-basic.xml
