$YONEDA represent specs/square.xml --task TwoAtT
