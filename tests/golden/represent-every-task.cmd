$YONEDA represent specs/rot.xml
