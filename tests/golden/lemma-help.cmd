$YONEDA lemma --help
