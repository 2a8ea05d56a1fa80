$YONEDA nat --help
