$YONEDA represent specs/arrow.xml --task P
