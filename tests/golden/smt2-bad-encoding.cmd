$YONEDA smt2 specs/rot.xml --task Angle --encoding magic
