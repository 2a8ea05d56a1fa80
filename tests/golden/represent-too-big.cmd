$YONEDA represent specs/big-cycle.xml --engine naive
