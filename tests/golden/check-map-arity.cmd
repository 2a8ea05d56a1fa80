$YONEDA check specs/map-arity.xml
