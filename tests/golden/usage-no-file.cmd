$YONEDA check
