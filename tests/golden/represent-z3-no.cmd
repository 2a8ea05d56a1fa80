$YONEDA represent specs/arrow.xml --task P --engine z3
