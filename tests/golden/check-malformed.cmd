$YONEDA check specs/malformed.xml
