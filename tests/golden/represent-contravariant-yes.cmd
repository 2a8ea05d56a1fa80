$YONEDA represent specs/arrow.xml --task Q
