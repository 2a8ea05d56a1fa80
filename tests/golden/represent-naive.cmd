$YONEDA represent specs/square.xml --task HomS --engine naive
