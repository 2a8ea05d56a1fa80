$YONEDA claims specs/nat-claims-fail.xml
