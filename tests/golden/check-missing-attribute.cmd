$YONEDA check specs/missing-attribute.xml
