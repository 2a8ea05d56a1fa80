$YONEDA check specs/warning.xml
