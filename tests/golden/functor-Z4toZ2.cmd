$YONEDA functor specs/nat-functors.xml --functor Z4toZ2
