$YONEDA represent specs/ux-all-representable.xml; echo "exit $?"; $YONEDA represent specs/ux-none-representable.xml
