$YONEDA claims --help
