#!/bin/sh
# Golden CLI tests: each tests/golden/NAME.cmd holds one command line (run from
# tests/golden/, with $YONEDA for the binary); NAME.out holds the expected
# stdout, NAME.err the expected stderr (absent = empty) and NAME.exit the
# expected exit status.  stdout and stderr are compared separately, so "the
# first line of stdout is the answer" is really tested.
#   sh tests/golden.sh build/yoneda                  run all
#   sh tests/golden.sh build/yoneda --update         rewrite every expectation (review the diff!)
#   sh tests/golden.sh build/yoneda --update NAME    rewrite the expectations of NAME only
#   sh tests/golden.sh build/yoneda --only NAME      run NAME only
set -u
YONEDA=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
MODE=${2:-}
ONLY=${3:-}
case "$MODE" in
  ""|--update|--only) ;;
  *) echo "golden.sh: unknown mode $MODE (--update [NAME] or --only NAME)" >&2; exit 2 ;;
esac
if [ "$MODE" = "--only" ] && [ -z "$ONLY" ]; then
  echo "golden.sh: --only needs a test name" >&2; exit 2
fi
cd "$(dirname "$0")/golden" || exit 2
if [ -n "$ONLY" ] && [ ! -e "$ONLY.cmd" ]; then
  echo "golden.sh: no test $ONLY (tests/golden/$ONLY.cmd)" >&2; exit 2
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for cmd in *.cmd; do
  [ -e "$cmd" ] || continue
  name=${cmd%.cmd}
  [ -n "$ONLY" ] && [ "$name" != "$ONLY" ] && continue
  YONEDA=$YONEDA sh "$cmd" >"$tmp/out" 2>"$tmp/err"; rc=$?
  if [ "$MODE" = "--update" ]; then
    cp "$tmp/out" "$name.out"
    if [ -s "$tmp/err" ]; then cp "$tmp/err" "$name.err"; else rm -f "$name.err"; fi
    echo "$rc" > "$name.exit"; continue
  fi
  want_rc=$(cat "$name.exit" 2>/dev/null || echo missing)
  if [ -e "$name.err" ]; then want_err=$name.err; else want_err=/dev/null; fi
  if [ "$rc" = "$want_rc" ] && cmp -s "$tmp/out" "$name.out" && cmp -s "$tmp/err" "$want_err"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL golden/$name: exit $rc (want $want_rc)"
    diff -u --label "$name.out (expected stdout)" --label "stdout" "$name.out" "$tmp/out" | head -20
    diff -u --label "$name.err (expected stderr)" --label "stderr" "$want_err" "$tmp/err" | head -20
  fi
done
[ "$MODE" = "--update" ] && { echo "golden: expectations rewritten"; exit 0; }
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
