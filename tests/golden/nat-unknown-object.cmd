$YONEDA nat specs/nat-rot.xml --from hom:y --to Angle
