$YONEDA check specs/ux-powers-bad.xml
