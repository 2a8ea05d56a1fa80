$YONEDA represent specs/rot.xml --task Parity
