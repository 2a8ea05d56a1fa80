# Progress: on a terminal (a pseudo-terminal made by script(1)) the census
# shows "[i/S] shape with K objects: C categories so far" on stderr after
# about a second; without a terminal stderr stays clean (census-timeout).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
script -qec "$YONEDA census --morphisms 8 --timeout 2.5" /dev/null > "$T/tty" 2>&1
if grep -q '\[1/[0-9]*\] shape with 1 object: [0-9]* categories so far' "$T/tty"; then
  echo "progress shown on a terminal"
else
  echo "NO PROGRESS on a terminal:"; cat -v "$T/tty" | tail -c 300
fi
grep -q 'timeout after 2.5 s' "$T/tty" && echo "then the timeout message"
