$YONEDA --version
