# The claims through the Z3 engine agree with the direct engine.
out=$($YONEDA claims specs/rot.xml specs/claims-many.xml --engine z3 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/, [0-9.]* s)/, T s)/'
exit $rc
