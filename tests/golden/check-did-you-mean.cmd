$YONEDA check specs/ux-typos.xml
