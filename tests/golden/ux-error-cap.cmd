# Issue 13: the first 100 errors by line, then how many more were left out.
$YONEDA check specs/ux-error-cap.xml
