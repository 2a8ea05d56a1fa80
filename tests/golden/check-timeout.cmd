# --timeout: a FIFO nobody writes to never finishes loading; the watchdog
# stops the run after 0.2 s with exit 3.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkfifo "$T/never.xml"
$YONEDA check --timeout 0.2 "$T/never.xml"
