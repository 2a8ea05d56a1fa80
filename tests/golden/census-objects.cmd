# Object bounds and --connected: exactly 2 objects; at most 2 objects,
# connected only; exactly 6 objects (only the discrete category).
$YONEDA census --morphisms 6 --objects 2
$YONEDA census --morphisms 6 --max-objects 2 --connected
$YONEDA census --morphisms 6 --objects 6
