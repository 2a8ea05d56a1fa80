$YONEDA nat specs/nat-rot.xml --from Angle --to Angle --limit 0
