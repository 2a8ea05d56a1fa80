#!/bin/sh
# summary.sh — the one table `make bench` ends with: every row the benchmark
# scripts recorded with bench_row (tools/bench/common.sh) in $BENCH_ROWS,
# ours next to the anchor (a peer tool, the input's parse, or a single run of
# the same command), the ratio and the goal, under a line describing the
# machine.  docs/performance.md keeps the last table printed here.
#   BENCH_ROWS=build/bench-rows.md sh tools/bench/summary.sh
set -u
rows=${BENCH_ROWS:-build/bench-rows.md}
[ -s "$rows" ] || { echo "bench: no rows in $rows"; exit 0; }
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
echo
echo "== summary: every figure of this run ($(date -u '+%Y-%m-%d %H:%M UTC')) =="
echo "machine: $(nproc) cores (${cpu:-cpu unknown}), ${mem:-memory unknown}," \
  "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| figure | ours | anchor | ratio | goal |"
echo "|---|---|---|---|---|"
cat "$rows"
