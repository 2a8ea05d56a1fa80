$YONEDA sigma --help
