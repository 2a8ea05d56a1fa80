$YONEDA represent --help
