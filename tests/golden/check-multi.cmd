$YONEDA check specs/rot.xml specs/square.xml
