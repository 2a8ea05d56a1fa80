$YONEDA dot --help
