$YONEDA check specs/ux-empty-maps.xml
