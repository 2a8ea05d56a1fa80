# One file over the limit (3), one malformed (1): all errors, the more
# serious status (1).
$YONEDA check --max-morphisms 3 specs/rot.xml specs/malformed.xml
