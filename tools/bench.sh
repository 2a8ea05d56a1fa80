#!/bin/sh
# Benchmarks (run by `make bench`, after build/bench and build/yoneda are built).
#  1. Category enumeration (build/bench, tools/bench/bench.c): the Coxeter
#     presentations of S_8, S_9, S_10 (S_10 with the limit exactly at its
#     3,628,800 morphisms) by the Coxeter engine, S_9 and S_10 by
#     Todd-Coxeter (tcN: one redundant equation keeps the Coxeter engine
#     out), and multi-object presentations: a groupoid and a
#     chain of non-invertible arrows over S_7 (181,440 morphisms each), and
#     the simplex category Delta<=8 (92,368 morphisms, nothing invertible).  Each case runs in its own process and
#     prints wall and CPU seconds and peak memory (category_peak_bytes and
#     the process's ru_maxrss).
#  2. GAP as a peer, when available: Size(F/rels) on the same S_9
#     presentation, and the ratio GAP / yoneda (Todd-Coxeter against
#     Todd-Coxeter: yoneda's tc9).  Debian's gap-core is
#     installed here (and only here) when missing and installable; the
#     comparison is skipped otherwise.
# (The representability benchmark, tools/bench/represent.sh, is run by
# `make bench` itself.)
set -u
cd "$(dirname "$0")/.." || exit 2
. tools/bench/common.sh
B=build/bench
bench_tmp catbench
[ -x "$B" ] || { echo "bench: $B missing (make build/bench)"; exit 2; }

echo "== category enumeration (the Coxeter engine, Todd-Coxeter over typed paths; $(bench_load)) =="
fail=0
for args in "s8" "s9" "tc9" "s10 3628800" "tc10 3628800" "groupoid 1000000 6 7" "chain 1000000 8 7" "simplex 1000000 8"; do
  # shellcheck disable=SC2086
  $B $args > "$T/out" 2>&1 || fail=1
  sed 's/^/  /' "$T/out"
  case $args in
    tc9)
      ours=$(awk '{ for (i = 1; i < NF; i++) if ($i == "wall") print $(i + 1) }' "$T/out")
      ourcpu=$(awk '{ for (i = 1; i < NF; i++) if ($i == "cpu") print $(i + 1) }' "$T/out")
      ;;
  esac
done

echo "== GAP peer: Size(F/rels) on the same S_9 presentation =="
if ! command -v gap >/dev/null 2>&1; then
  if apt-cache policy gap-core 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    echo "  installing Debian gap-core (optional peer)..."
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq gap-core >"$T/apt" 2>&1 ||
      echo "  gap-core could not be installed (see apt-get); skipping"
  fi
fi
if command -v gap >/dev/null 2>&1; then
  cat > "$T/s9.g" <<'EOF'
CosetTableDefaultMaxLimit := 2^28;;
F := FreeGroup(8);; g := GeneratorsOfGroup(F);;
rels := [];;
for i in [1..8] do Add(rels, g[i]^2); od;
for i in [1..7] do Add(rels, (g[i]*g[i+1])^3); od;
for i in [1..8] do for j in [i+2..8] do Add(rels, (g[i]*g[j])^2); od; od;
t := Runtime();; s := Size(F/rels);;
Print("size ", s, "  gap-runtime ", Runtime() - t, " ms\n");
QUIT;
EOF
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$T/time" gap -q -b -o 4g "$T/s9.g" < /dev/null > "$T/gap" 2>&1
  else
    gap -q -b -o 4g "$T/s9.g" < /dev/null > "$T/gap" 2>&1
  fi
  end=$(date +%s.%N)
  gapwall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  kb=0
  [ -f "$T/time" ] && read -r _ kb < "$T/time"
  gapms=$(awk '{ for (i = 1; i < NF; i++) if ($i == "gap-runtime") print $(i + 1) }' "$T/gap")
  echo "  GAP: $(grep -o 'size.*' "$T/gap" | head -1 || cat "$T/gap")"
  echo "  GAP wall ${gapwall} s (with startup)  maxrss $((kb / 1024)) MB"
  echo "  yoneda S_9 (Todd-Coxeter): wall ${ours:-?} s, cpu ${ourcpu:-?} s"
  bench_row "enumeration S_9 Coxeter, Todd-Coxeter (build/bench tc9, CPU)" "${ourcpu:-?} s" "GAP Size(F/rels) $(awk -v a="${gapms:-0}" 'BEGIN { printf "%.2f", a / 1000 }') s" \
    "$(awk -v a="${ourcpu:-0}" -v b="${gapms:-0}" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / (b / 1000); else print "n/a" }')" "< 1"
  echo "  ratio GAP / yoneda: wall $(awk -v a="$gapwall" -v b="${ours:-0}" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'), GAP runtime / yoneda cpu $(awk -v a="${gapms:-0}" -v b="${ourcpu:-0}" 'BEGIN { if (a > 0 && b > 0) printf "%.1f", a / 1000 / b; else print "n/a" }')"
else
  echo "  GAP not available: comparison skipped"
fi

exit $fail
