$YONEDA represent specs/rot.xml --task Angle --engine z3
