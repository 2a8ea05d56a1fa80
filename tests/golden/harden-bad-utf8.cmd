# Issue 12 item 1: an invalid UTF-8 sequence is an error at its line.
$YONEDA claims specs/harden-bad-utf8.xml
