# --format json and the watchdog: a run stopped by --timeout still writes
# one document (exit 3).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkfifo "$T/never.xml"
$YONEDA check --timeout 0.2 "$T/never.xml" --format json
