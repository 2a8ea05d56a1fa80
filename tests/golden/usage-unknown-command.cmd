$YONEDA frobnicate specs/rot.xml
