$YONEDA lemma specs/nat-rot.xml
