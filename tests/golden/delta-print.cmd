$YONEDA delta specs/nat-functors.xml --functor Z4toZ2 --task Sign
