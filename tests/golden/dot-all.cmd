$YONEDA dot specs/rot.xml --all
