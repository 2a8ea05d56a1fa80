$YONEDA nat specs/nat-rot.xml --from hom:x --to Angle --engine z3
