# A command without a structured result (here hom) still writes one document:
# its text in "output", "result" empty.
$YONEDA hom specs/square.xml --object s --format json
