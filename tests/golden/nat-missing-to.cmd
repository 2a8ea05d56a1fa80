$YONEDA nat specs/nat-rot.xml --from Angle
