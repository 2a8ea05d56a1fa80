$YONEDA check --frob specs/rot.xml
