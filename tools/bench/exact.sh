#!/bin/sh
# Exact-certificate benchmark (run by `make bench`): `yoneda check` next to
# `yoneda check --exact` (enumeration + kernel 1, then the certificate's
# derivation and kernel 7) on S_8 by its Coxeter presentation (40,320
# morphisms) and on the truncated simplex category Delta<=6, plus writing
# the certificate (--cert: its size) and re-checking it from the file with
# the kernels alone (`yoneda verify --category`).  Prints wall seconds and
# peak RSS of each run, the ratio --exact / plain, and the certificate size.
set -u
cd "$(dirname "$0")/../.." || exit 2
. tools/bench/common.sh
bench_tmp exact-bench
bench_need_time
RUN_WIDTH=40 RUN_LINE=none

echo "== exact certificates (kernel 7; $(bench_load)) =="
for case in "coxeter 8 S8" "simplex 6 Delta6"; do
  set -- $case
  python3 tools/bench/gen_presentation.py "$1" "$2" > "$T/spec.xml" || exit 2
  run "check $3" $Y check "$T/spec.xml"; plain=$wall
  run "check --exact $3" $Y check --exact "$T/spec.xml"; exact=$wall
  run "check --exact --cert $3" $Y check --exact "$T/spec.xml" --cert "$T/cert.xml"
  run "verify --category $3 (from the file)" $Y verify "$T/spec.xml" --category "$3" --cert "$T/cert.xml"
  bytes=$(wc -c < "$T/cert.xml" 2>/dev/null || echo 0)
  edges=$(grep -c '<edge ' "$T/cert.xml" 2>/dev/null || echo 0)
  echo "  $3: --exact / plain = $(ratio "$exact" "$plain")x;" \
       "certificate $((bytes / 1024)) KiB, $edges deduced edges"
  bench_row "check --exact $3 (certificate $((bytes / 1024)) KiB; wall)" "$exact s" "check $plain s" "$(ratio "$exact" "$plain")" "—"
done
