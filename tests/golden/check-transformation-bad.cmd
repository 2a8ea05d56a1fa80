$YONEDA check specs/nat-bad.xml
