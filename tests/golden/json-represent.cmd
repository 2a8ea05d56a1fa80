# represent --format json: the answer, every universal pair (--all) and the
# explanation; exit 10 as in text mode.
$YONEDA represent specs/rot.xml --task Angle --all --format json
