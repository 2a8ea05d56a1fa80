$YONEDA census --search initial --morphisms 3
