$YONEDA check specs/schema.xml
