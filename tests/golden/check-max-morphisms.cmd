$YONEDA check --max-morphisms 3 specs/rot.xml
