$YONEDA census --check specs/search-bad.xml --search big
