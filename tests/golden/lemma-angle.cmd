$YONEDA lemma specs/nat-rot.xml --task Angle
