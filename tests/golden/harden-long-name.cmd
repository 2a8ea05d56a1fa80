# Issue 12 item 3: the answer line holds a 1,500-character element name whole.
$YONEDA represent specs/harden-long-name.xml
