$YONEDA delta --help
