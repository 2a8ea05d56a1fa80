$YONEDA delta specs/nat-functors.xml --functor FullSub --task Angle
