# Issue 12 item 1: a UTF-16 spec with a lone surrogate (whose UTF-8 copy has a
# third, failing claim) is refused as a whole: only UTF-8 is accepted.
$YONEDA claims specs/harden-utf16-surrogate.xml
