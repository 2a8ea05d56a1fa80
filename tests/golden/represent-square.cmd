$YONEDA represent specs/square.xml --task HomS --all
