$YONEDA check --max-morphisms many specs/rot.xml
