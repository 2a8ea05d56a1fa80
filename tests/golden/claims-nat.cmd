$YONEDA claims specs/nat-functors.xml | sed 's/, [0-9.]* s)/, T s)/'
