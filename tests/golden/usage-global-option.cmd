$YONEDA --strict check specs/rot.xml
