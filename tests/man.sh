#!/bin/sh
# man.sh — the man page build/yoneda.1 (generated from docs/yoneda.md by
# tools/mkman.sh): renders with man -l and without groff warnings, and has a
# section for every command that `yoneda --help` lists.
#   sh tests/man.sh build/yoneda.1 build/yoneda
set -u
page=$1
yoneda=$2
fail=0
[ -s "$page" ] || { echo "FAIL man: $page missing or empty"; exit 1; }
warn=$(preconv "$page" | groff -man -Tutf8 -ww -z 2>&1)
[ -z "$warn" ] || { echo "FAIL man: groff warnings:"; echo "$warn" | head -5; fail=1; }
out=$(MANWIDTH=80 man -l "$page" 2>&1)
echo "$out" | grep -q '^NAME' || { echo "FAIL man: man -l shows no NAME section"; fail=1; }
echo "$out" | grep -q 'YONEDA(1)' || { echo "FAIL man: no YONEDA(1) header"; fail=1; }
n=0
for c in $("$yoneda" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p'); do
  n=$((n + 1))
  grep -q "^\.SS $c\$" "$page" || { echo "FAIL man: no section for command '$c' (add '### $c' to docs/yoneda.md)"; fail=1; }
done
[ "$n" -gt 0 ] || { echo "FAIL man: yoneda --help lists no command"; fail=1; }
[ "$fail" -eq 0 ] && echo "man: 1 passed, 0 failed ($n commands documented)" || echo "man: 0 passed, 1 failed"
exit "$fail"
