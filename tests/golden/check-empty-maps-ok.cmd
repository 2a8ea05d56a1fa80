$YONEDA check specs/ux-empty-maps-ok.xml && $YONEDA represent specs/ux-empty-maps-ok.xml --task OnlyAtB
