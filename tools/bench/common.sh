# common.sh — shell code shared by the benchmark scripts (tools/bench.sh and
# tools/bench/*.sh, run by `make bench`): the paths of the programs, a
# temporary directory removed on exit, timing one run with GNU time, and
# ratios.  Sourced (`. tools/bench/common.sh`) after the script has changed
# to the repository root; POSIX sh.

Y=build/yoneda
G=build/gen_regular

# bench_tmp NAME: a fresh directory $T (yoneda-NAME.PID under $TMPDIR),
# removed when the script exits.
bench_tmp() {
  T=${TMPDIR:-/tmp}/yoneda-$1.$$
  mkdir -p "$T"
  trap 'rm -rf "$T"' EXIT
}

# bench_need_time: the timed benchmarks need GNU time; without it say so
# and end the script (exit 0: a missing tool is not a failed benchmark).
bench_need_time() {
  [ -x /usr/bin/time ] || { echo "bench: /usr/bin/time missing (apt-get install time)"; exit 0; }
}

# bench_load: "N cores, load L" for the section titles.
bench_load() { echo "$(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"; }

# ratio A B: A / B with two decimals, or n/a when B is 0.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# bench_time CMD...: run CMD with stdout and stderr in $T/out; sets $rc,
# $wall (seconds) and $kb (peak RSS).  GNU time prefixes "Command exited
# with non-zero status N" on failure: the figures are on the last line.
bench_time() {
  /usr/bin/time -f '%e %M' -o "$T/time" "$@" >"$T/out" 2>&1
  rc=$?
  read -r wall kb <<EOT
$(tail -n 1 "$T/time" 2>/dev/null)
EOT
  case "$wall" in ''|*[!0-9.]*) wall=0; kb=0 ;; esac
}

# run LABEL CMD...: bench_time, then one line
#   "  LABEL  W s  M MB  exit N  LINE"
# LINE is the first line of the output (RUN_LINE=tail: the last one;
# RUN_LINE=none: nothing); RUN_WIDTH is the label's width (default 44).
run() {
  label=$1; shift
  bench_time "$@"
  case ${RUN_LINE:-head} in
    tail) line=$(tail -n 1 "$T/out") ;;
    none) line= ;;
    *) line=$(head -n 1 "$T/out") ;;
  esac
  printf "  %-${RUN_WIDTH:-44}s %7.2f s %7d MB  exit %d  %s\n" "$label" "$wall" $((kb / 1024)) \
    "$rc" "$line"
}

# bench_row NAME OURS ANCHOR RATIO GOAL: one row of the summary table that
# `make bench` prints at its end (tools/bench/summary.sh): appended to the
# file $BENCH_ROWS when it is set (the make target sets it), else nothing.
# Each script still prints its own section as it runs.
bench_row() {
  [ -n "${BENCH_ROWS:-}" ] || return 0
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$5" >> "$BENCH_ROWS"
}
