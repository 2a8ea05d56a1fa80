$YONEDA check specs/no-such-file.xml
