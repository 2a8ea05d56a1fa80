$YONEDA nat specs/arrow.xml --from P --to Q
