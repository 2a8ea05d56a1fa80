#!/bin/sh
# Census benchmark (run by `make bench`): `yoneda census --morphisms N` for
# N = 1..7, each with its count checked against OEIS A125696 and against
# the Euler transform of the connected counts (`--euler`), with CPU seconds
# (the enumerator's own, from --stats), wall seconds and search nodes.
# N = 8 (1,723,286 categories; about 12 s CPU) is an optional long row:
#   YONEDA_BENCH_CENSUS8=1 make bench
# Then a sharded row: N = 7 in 8 shards through GNU parallel (2 jobs),
# merged by census-merge, with the CPU time of the slowest and the average
# shard (each shard also walks the part of the tree above the work units).
set -u
cd "$(dirname "$0")/../.." || exit 2
. tools/bench/common.sh
bench_tmp censusbench
[ -x "$Y" ] || { echo "bench: $Y missing (make)"; exit 2; }

expected() {
  case $1 in 1) echo 1;; 2) echo 3;; 3) echo 11;; 4) echo 55;; 5) echo 329;; 6) echo 2858;;
    7) echo 36440;; 8) echo 1723286;; 9) echo 3687822810;; esac
}
field() { awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($(i + 1) == k) print $i }' "$2"; }

echo "== census of categories with N morphisms ($(bench_load)) =="
printf '  %-3s %12s %8s %10s %8s %12s %s\n' N count "cpu s" "wall s" nodes "euler" check
max=7
[ "${YONEDA_BENCH_CENSUS8:-0}" = 1 ] && max=8
fail=0
n=1
while [ $n -le $max ]; do
  start=$(date +%s.%N)
  $Y census --morphisms $n --stats > "$T/out" 2> "$T/err" || fail=1
  end=$(date +%s.%N)
  count=$(tail -n 1 "$T/out" | sed 's/.*: //')
  cpu=$(sed -n 's/.* work units, \([0-9.]*\) s CPU.*/\1/p' "$T/err")
  nodes=$(field "search" "$T/err")
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  euler=-
  if [ $n -le 7 ]; then
    $Y census --morphisms $n --euler > "$T/euler" 2>&1 || fail=1
    euler=$(tail -n 1 "$T/euler" | sed 's/.*: //')
  fi
  ok=ok
  if [ "$count" != "$(expected $n)" ] || { [ "$euler" != - ] && [ "$euler" != "$count" ]; }; then
    ok="MISMATCH (A125696: $(expected $n))"
    fail=1
  fi
  printf '  %-3s %12s %8s %10s %8s %12s %s\n' "$n" "$count" "$cpu" "$wall" "$nodes" "$euler" "$ok"
  [ $n -eq $max ] && bench_row "census --morphisms $n: $count categories (CPU)" "${cpu:-?} s" "OEIS A125696: $(expected $n)" "$ok" "exact count"
  n=$((n + 1))
done

echo "== N = 7 in 8 shards through GNU parallel (-j 2), merged =="
if command -v parallel >/dev/null 2>&1; then
  start=$(date +%s.%N)
  seq 1 8 | parallel -j 2 "$Y census --morphisms 7 --shard {}/8 --stats > $T/s{}.out 2> $T/s{}.err" || fail=1
  end=$(date +%s.%N)
  $Y census-merge "$T"/s*.out > "$T/merged" || fail=1
  cat "$T"/s*.err | sed -n 's/.* work units, \([0-9.]*\) s CPU.*/\1/p' > "$T/cpus"
  echo "  merged: $(tail -n 1 "$T/merged")"
  awk -v w="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')" '
    { s += $1; if ($1 > m) m = $1; n++ }
    END { printf "  shards: %d, CPU per shard: max %.3f s, mean %.3f s, sum %.3f s; wall %s s\n", n, m, s / n, s, w }' "$T/cpus"
else
  echo "  GNU parallel missing (tools/install-deps.sh installs it): skipped"
fi
exit $fail
