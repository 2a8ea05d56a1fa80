# A long explanation is cut after 12 witnesses with the count of the rest.
$YONEDA represent specs/discrete14.xml
