$YONEDA represent specs/rot.xml --task Angle --all
