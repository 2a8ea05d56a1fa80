$YONEDA represent specs/nonfunctorial.xml
