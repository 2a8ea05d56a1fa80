$YONEDA claims specs/claims-bad-expect.xml
