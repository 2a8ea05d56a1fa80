$YONEDA nat specs/nat-rot.xml --from Parity --to Angle --engine naive
