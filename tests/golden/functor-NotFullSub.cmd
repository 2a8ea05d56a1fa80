$YONEDA functor specs/nat-functors.xml --functor NotFullSub
