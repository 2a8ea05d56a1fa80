$YONEDA lemma specs/nat-bad.xml --task Angle
