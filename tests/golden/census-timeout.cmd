# --timeout stops the census (exit 3) and prints no total on stdout.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA census --morphisms 9 --timeout 0.5 > "$T/out" 2> "$T/err"; echo "exit $?"
echo "stdout lines: $(wc -l < "$T/out")"
sed 's/: [0-9]* categories so far/: N categories so far/' "$T/err"
