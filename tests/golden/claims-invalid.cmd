# A file that does not load: its errors, the other file's claims still run, exit 1.
out=$($YONEDA claims specs/unknown-name.xml specs/rot.xml 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/, [0-9.]* s)/, T s)/'
exit $rc
