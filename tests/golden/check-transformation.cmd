$YONEDA check specs/nat-rot.xml
