$YONEDA check specs/duplicate.xml
