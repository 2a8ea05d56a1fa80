$YONEDA search --help
