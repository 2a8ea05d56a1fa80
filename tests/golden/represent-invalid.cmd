$YONEDA represent specs/map-arity.xml
