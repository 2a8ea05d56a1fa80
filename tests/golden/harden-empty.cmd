# Issue 12 item 9: an empty spec or certificate says so.
$YONEDA check specs/harden-empty.xml; echo "check: $?"
$YONEDA verify specs/rot.xml --task Angle --cert specs/harden-empty.xml; echo "verify: $?"
