$YONEDA represent specs/rot.xml --task Angle --timeout -1
