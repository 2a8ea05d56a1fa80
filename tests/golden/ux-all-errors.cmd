# Issue 13: four schema errors and seven of the loader's in one run, sorted by line.
$YONEDA check specs/ux-all-errors.xml
