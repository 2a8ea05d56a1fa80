# Issue 12 item 1: a declared Shift_JIS spec is refused (never re-decoded).
$YONEDA claims specs/harden-shiftjis.xml
