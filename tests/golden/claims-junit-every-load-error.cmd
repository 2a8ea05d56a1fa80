# A file that does not load: its (load) test case holds every load error,
# not only the first; the summary says the file failed to load.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA claims specs/unknown-name.xml specs/rot.xml --junit "$T/report.xml" 2>/dev/null | sed 's/, [0-9.]* s)/, T s)/'
grep -A3 '(load)' "$T/report.xml" | sed 's/time="[0-9.]*"/time="T"/'
