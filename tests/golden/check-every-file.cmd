$YONEDA check specs/malformed.xml specs/rot.xml specs/unknown-name.xml
