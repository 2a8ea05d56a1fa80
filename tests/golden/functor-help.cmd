$YONEDA functor --help
