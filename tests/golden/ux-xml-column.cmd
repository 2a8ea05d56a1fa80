# Issue 13: malformed XML with libxml2's column.
$YONEDA check specs/ux-xml-column.xml
