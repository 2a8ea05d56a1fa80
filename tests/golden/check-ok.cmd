$YONEDA check specs/rot.xml
