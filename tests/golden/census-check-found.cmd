$YONEDA census --check specs/search-basic.xml --search nonempty
