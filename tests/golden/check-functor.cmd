$YONEDA check specs/functor-bad.xml
