# Issue 12 item 9: claims --timeout bounds loading too (a FIFO that never
# delivers).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkfifo "$T/fifo"
$YONEDA claims "$T/fifo" --timeout 0.5
