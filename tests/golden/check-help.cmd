$YONEDA check --help
