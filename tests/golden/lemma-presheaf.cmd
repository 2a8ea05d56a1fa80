$YONEDA lemma ../../specs/paper/arrow.xml --task SpecPresheaf
