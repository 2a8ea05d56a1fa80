$YONEDA --help
