# Two files with claims of the same name and --cert-dir: the later one
# overwrites DIR/NAME.xml, with a warning.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
out=$($YONEDA claims specs/rot.xml specs/rot.xml --cert-dir "$T/certs" 2>&1); rc=$?
printf '%s\n' "$out" | sed -e 's/, [0-9.]* s)/, T s)/' -e "s|$T|TMP|g"
ls "$T/certs"
exit $rc
