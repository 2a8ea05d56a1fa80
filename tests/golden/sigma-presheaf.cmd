$YONEDA sigma specs/nat-functors.xml --functor FullSub --task Arrival --name Extended
