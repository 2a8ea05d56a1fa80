$YONEDA functor specs/nat-functors.xml
