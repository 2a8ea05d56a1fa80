# The progress line of one long run: drawn on stderr only when it is a
# terminal (script(1) gives one) and erased before the answer; not with
# --quiet, not when stderr is a file.  YONEDA_PROGRESS_DELAY=0 shows it at once.
export YONEDA_PROGRESS_DELAY=0
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
tty() {
  script -qec "$1" /dev/null > "$T/raw"
  if grep -q 'kernel 1: category (check 1)' "$T/raw"; then echo "progress shown"; else echo "no progress"; fi
  # the last drawing is erased (CR, erase-line) right before the first answer line
  if grep -q "$(printf '\033\\[Kcategory Rot')" "$T/raw"; then echo "erased before the answer"; fi
  tr '\r' '\n' < "$T/raw" | sed 's/\x1b\[K//g' | grep -v '^$' | grep -v '^kernel'
}
echo "terminal:"
tty "$YONEDA check specs/rot.xml"
echo "terminal, --quiet:"
tty "$YONEDA check specs/rot.xml --quiet"
echo "not a terminal:"
$YONEDA check specs/rot.xml 2>&1
