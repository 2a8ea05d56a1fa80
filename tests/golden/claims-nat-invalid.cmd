$YONEDA claims specs/nat-claims-invalid.xml
