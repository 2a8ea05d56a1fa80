# Issue 13: an element without a valid name is still checked inside.
$YONEDA check specs/ux-unnamed.xml
