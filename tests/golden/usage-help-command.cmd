$YONEDA help verify
