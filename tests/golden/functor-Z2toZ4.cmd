$YONEDA functor specs/nat-functors.xml --functor Z2toZ4
