$YONEDA verify --help
