# Wrong expectations in both directions: FAIL lines with evidence, exit 1.
out=$($YONEDA claims specs/claims-fail.xml 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/, [0-9.]* s)/, T s)/'
exit $rc
