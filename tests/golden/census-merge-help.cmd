$YONEDA census-merge --help
