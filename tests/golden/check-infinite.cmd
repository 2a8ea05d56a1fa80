$YONEDA check --max-morphisms 1000 specs/infinite.xml
