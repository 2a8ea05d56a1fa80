$YONEDA search specs/search-basic.xml --search arrow
