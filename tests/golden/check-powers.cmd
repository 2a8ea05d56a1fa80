$YONEDA check specs/ux-powers.xml
