$YONEDA check specs/unknown-name.xml
