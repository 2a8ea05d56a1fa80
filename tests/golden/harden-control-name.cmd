# Issue 12 item 9: control characters in an echoed name are escaped, so a
# name cannot forge a diagnostic line.
$YONEDA check specs/harden-control-name.xml
