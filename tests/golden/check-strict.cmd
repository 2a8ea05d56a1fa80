$YONEDA check --strict specs/warning.xml
