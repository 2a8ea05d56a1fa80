# A claim naming a task that does not exist: FILE:LINE error, the other
# file's claims still run, exit 1.
out=$($YONEDA claims specs/claims-bad.xml specs/rot.xml 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/, [0-9.]* s)/, T s)/'
exit $rc
