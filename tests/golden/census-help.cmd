$YONEDA census --help
