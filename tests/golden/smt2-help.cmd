$YONEDA smt2 --help
