# A valid file without claims: 0 claims, exit 0.
$YONEDA claims specs/square.xml
