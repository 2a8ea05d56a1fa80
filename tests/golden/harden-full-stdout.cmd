# Issue 12 item 2: an answer that cannot be written is no answer: exit 4.
$YONEDA represent specs/rot.xml --task Angle > /dev/full; echo "represent: $?"
$YONEDA check specs/rot.xml > /dev/full; echo "check: $?"
$YONEDA claims specs/rot.xml > /dev/full; echo "claims: $?"
$YONEDA smt2 specs/rot.xml --task Angle > /dev/full; echo "smt2: $?"
