# Shard 2/3 of (rot.xml, claims-many.xml) = claims 1, 4, 7 in (file, claim) order.
$YONEDA claims specs/rot.xml specs/claims-many.xml --shard 2/3 | sed 's/, [0-9.]* s)/, T s)/'
