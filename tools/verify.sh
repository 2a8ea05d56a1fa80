#!/bin/sh
# verify.sh — prove the trusted kernel (proofs/kernel/*.c) with Frama-C WP
# (run by `make verify`).
#
#   sh tools/verify.sh                        # every kernel file
#   sh tools/verify.sh proofs/kernel/ktask.c  # some files
#   sh tools/verify.sh --count-check N        # only: is N below the committed count?
#
# For every file: frama-c -wp -wp-rte (contracts + absence of runtime
# errors), provers CVC4 and Z3 through Why3, then prints
# `FILE: Proved goals: X / Y (Ts)`.  Rewrites proofs/kernel/PROOFS.md (the
# committed summary; only when every file was run) and exits
#   0  every goal of every file proved,
#   1  some goal unproved,
#   2  frama-c/why3 missing or failing,
#   3  (all files) every goal proved, but fewer goals than the count committed
#      in proofs/kernel/PROOFS.md at HEAD: a contract, invariant or check
#      was removed.  A deliberate drop passes once the regenerated PROOFS.md
#      is committed in the same commit as the kernel change.
# WP itself exits 0 on unproved goals: the count comes from its JSON report.
#
# Files are proved in parallel (one frama-c per core; WP's own goal
# generation is single-threaded).  Prover results are cached in
# proofs/kernel/.wp-cache (committed: a clean clone replays the cached
# answers instead of re-running the provers; only proved results are kept).
# Environment: WP_TIMEOUT (s per prover call, default 10), WP_JOBS (files in
# parallel, default: number of cores), WP_PAR (prover calls per file,
# default 1), WP_CACHE (none|update|replay|rebuild|offline, default update),
# WP_PROVERS (default cvc4,z3).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2

PROVERS=${WP_PROVERS:-cvc4,z3}
TIMEOUT=${WP_TIMEOUT:-10}
JOBS=${WP_JOBS:-$(nproc 2>/dev/null || echo 2)}
PAR=${WP_PAR:-1}
CACHE=${WP_CACHE:-update}
CACHEDIR=$ROOT/proofs/kernel/.wp-cache
OUT=$ROOT/build/verify
SUMMARY=$ROOT/proofs/kernel/PROOFS.md

# The committed goal count: the total of PROOFS.md at HEAD (the working-tree
# copy is rewritten by this script, so it is no reference); without git,
# the file as it was before this run.
summary_total() {
  sed -n 's/^| \*\*all\*\* | \*\*[0-9]* \/ \([0-9]*\)\*\*.*/\1/p' | head -1
}
BASE=""; BASE_WHERE=""
if git -C "$ROOT" cat-file -e HEAD:proofs/kernel/PROOFS.md 2>/dev/null; then
  BASE=$(git -C "$ROOT" show HEAD:proofs/kernel/PROOFS.md | summary_total)
  BASE_WHERE="proofs/kernel/PROOFS.md at HEAD"
elif [ -f "$SUMMARY" ]; then
  BASE=$(summary_total < "$SUMMARY")
  BASE_WHERE="proofs/kernel/PROOFS.md"
fi

# --count-check N: only compare a goal total N with the committed count
# (exit 3 when lower, else 0); used by the main part and by the tests.
if [ "${1:-}" = "--count-check" ]; then
  if [ -n "$BASE" ] && [ "$2" -lt "$BASE" ]; then
    echo "verify: the kernel now has $2 goals, fewer than the $BASE of $BASE_WHERE:"
    echo "  a contract, invariant or check was removed.  If that is intended, commit the"
    echo "  regenerated proofs/kernel/PROOFS.md in the same commit as the kernel change."
    exit 3
  fi
  exit 0
fi

# ---- one file (run in parallel by the main part below) ----------------------
if [ "${1:-}" = "--one" ]; then
  f=$2
  base=$(basename "$f" .c)
  json=$OUT/$base.json; log=$OUT/$base.log; res=$OUT/$base.res
  rm -f "$json" "$res"   # WP re-uses an existing report for statistics
  t0=$(date +%s.%N)
  frama-c -cpp-extra-args="-I$ROOT" \
    -wp -wp-rte -wp-prover "$PROVERS" -wp-timeout "$TIMEOUT" -wp-par "$PAR" \
    -wp-cache "$CACHE" -wp-cache-dir "$CACHEDIR" \
    -wp-report-json "$json" "$f" >"$log" 2>&1
  rc=$?
  t1=$(date +%s.%N)
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')
  if [ $rc -ne 0 ] || [ ! -s "$json" ]; then
    echo "fail 0 0 0 0 $secs" >"$res"
    exit 0
  fi
  # wp:global/wp:main = {total, valid, ...}; qed = goals closed by WP itself
  counts=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
g = r["wp:global"]
m = g.get("wp:main", {}); q = g.get("qed", {})
print(m.get("total", 0), m.get("valid", 0), q.get("valid", 0),
      len(r.get("wp:functions", {})))
' "$json") || counts="0 0 0 0"
  echo "ok $counts $secs" >"$res"
  exit 0
fi

# ---- main ------------------------------------------------------------------
for tool in frama-c why3 python3; do
  if ! command -v $tool >/dev/null 2>&1; then
    echo "verify: $tool not found (make deps installs frama-c-base, why3, z3, cvc4)" >&2
    exit 2
  fi
done
# Why3 must know the provers (~/.why3.conf); detect them on a fresh machine.
provers=$(why3 config list-provers 2>/dev/null)
if ! printf '%s\n' "$provers" | grep -q '^Z3 ' ||
   ! printf '%s\n' "$provers" | grep -q '^CVC4 '; then
  why3 config detect >/dev/null 2>&1 || { echo "verify: why3 config detect failed" >&2; exit 2; }
fi

mkdir -p "$OUT" "$CACHEDIR" || exit 2
# WP caches failed attempts too (a timeout on a busy machine would then be
# replayed forever): keep only the proved results.
for entry in "$CACHEDIR"/*.json; do
  [ -e "$entry" ] || continue
  grep -q '"verdict": *"valid"' "$entry" || rm -f "$entry"
done

if [ $# -gt 0 ]; then FILES="$*"; ALL=0; else FILES=$(ls proofs/kernel/*.c); ALL=1; fi

t_all0=$(date +%s)
# largest files first, so that the parallel runs end together
# shellcheck disable=SC2086
ls -S $FILES | xargs -P "$JOBS" -n 1 sh "$ROOT/tools/verify.sh" --one
t_all1=$(date +%s)

# ... and again after the run: a goal one prover gives up on (e.g. CVC4
# "unknown") while the other proves it leaves a failed entry behind, which
# must not be committed.
for entry in "$CACHEDIR"/*.json; do
  [ -e "$entry" ] || continue
  grep -q '"verdict": *"valid"' "$entry" || rm -f "$entry"
done

status=0
rows=""
grand_total=0; grand_valid=0
for f in $FILES; do
  base=$(basename "$f" .c)
  log=$OUT/$base.log; res=$OUT/$base.res
  if [ ! -s "$res" ]; then set -- fail 0 0 0 0 0; else set -- $(cat "$res"); fi
  kind=$1; total=$2; valid=$3; qed=$4; nfun=$5; secs=$6
  if [ "$kind" != ok ]; then
    echo "$f: frama-c failed, see $log"
    tail -5 "$log"
    status=2
    rows="$rows| $f | frama-c failed | | | |
"
    continue
  fi
  grand_total=$((grand_total + total)); grand_valid=$((grand_valid + valid))
  echo "$f: Proved goals: $valid / $total (${secs}s)"
  if [ "$total" -eq 0 ] || [ "$valid" -ne "$total" ]; then
    awk '/^\[wp\] \[(Failed|Timeout|Unknown)\]/ {p = 3} p > 0 {print; p--}' "$log" | head -40
    [ $status -eq 0 ] && status=1
  fi
  rows="$rows| $f | $valid / $total | $qed | $((valid - qed)) | $nfun |
"
done
echo "total: Proved goals: $grand_valid / $grand_total ($((t_all1 - t_all0))s wall)"
if [ $ALL -eq 1 ] && ! sh "$ROOT/tools/verify.sh" --count-check "$grand_total"; then
  DROP=1
fi

if [ $ALL -eq 1 ]; then
  {
    echo "# Proved goals of the trusted kernel"
    echo
    echo "Generated by \`make verify\` (tools/verify.sh); do not edit.  Every goal"
    echo "is a contract clause of proofs/kernel/*.h, a loop invariant, variant or"
    echo "assertion of proofs/kernel/*.c, an ACSL lemma, or a runtime-error guard"
    echo "(-wp-rte: memory access, signed overflow, division).  See docs/trust.md."
    echo
    echo "Command: \`frama-c -wp -wp-rte -wp-prover $PROVERS -wp-timeout $TIMEOUT\`"
    echo "with $(frama-c -version 2>/dev/null | head -1 | sed 's/^/Frama-C /'),"
    echo "$(why3 --version 2>/dev/null | head -1), $(why3 config list-provers 2>/dev/null | grep -E '^(CVC4|Z3) [0-9.]*$' | tr '\n' ',' | sed 's/,$//; s/,/, /g')."
    echo
    echo "| file | proved / total | by WP (Qed) | by SMT | functions |"
    echo "|---|---|---|---|---|"
    printf '%s' "$rows"
    echo "| **all** | **$grand_valid / $grand_total** | | | |"
    echo
    if [ $status -eq 0 ]; then echo "Status: all goals proved."
    else echo "Status: PROOF INCOMPLETE."; fi
  } >"$SUMMARY"
fi

[ "${DROP:-0}" -eq 1 ] && [ $status -eq 0 ] && status=3
if [ $status -eq 0 ]; then echo "verify: all goals proved"
elif [ $status -eq 3 ]; then echo "verify: all goals proved, but fewer than committed (exit 3)"
else echo "verify: PROOF INCOMPLETE (exit $status)"; fi
exit $status
