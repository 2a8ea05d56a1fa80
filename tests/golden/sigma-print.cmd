$YONEDA sigma specs/nat-functors.xml --functor Z2toZ4 --task Sign
