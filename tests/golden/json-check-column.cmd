# Issue 13: the column of a malformed-XML error in the JSON document.
$YONEDA check --format json specs/ux-xml-column.xml
