#!/bin/sh
# Golden CLI tests: each tests/golden/NAME.cmd holds one command line (run from
# tests/golden/, with $YONEDA for the binary); NAME.out holds the expected
# stdout+stderr and NAME.exit the expected exit status.
#   sh tests/golden.sh build/yoneda            run all
#   sh tests/golden.sh build/yoneda --update   rewrite .out/.exit (review the diff!)
set -u
YONEDA=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
UPDATE=${2:-}
cd "$(dirname "$0")/golden" || exit 2
pass=0; fail=0
for cmd in *.cmd; do
  [ -e "$cmd" ] || continue
  name=${cmd%.cmd}
  out=$(YONEDA=$YONEDA sh "$cmd" 2>&1); rc=$?
  if [ "$UPDATE" = "--update" ]; then
    printf '%s\n' "$out" > "$name.out"; echo "$rc" > "$name.exit"; continue
  fi
  want_rc=$(cat "$name.exit" 2>/dev/null || echo missing)
  if [ "$rc" = "$want_rc" ] && printf '%s\n' "$out" | cmp -s - "$name.out"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL golden/$name: exit $rc (want $want_rc)"
    printf '%s\n' "$out" | diff -u "$name.out" - | head -20
  fi
done
[ "$UPDATE" = "--update" ] && { echo "golden: expectations rewritten"; exit 0; }
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
