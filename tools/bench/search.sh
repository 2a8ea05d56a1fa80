#!/bin/sh
# Search benchmark (run by `make bench`): `yoneda search` on conjectures that
# have no counterexample (so every size class is searched) for growing
# max-morphisms, and the counterexamples of specs/paper/conjectures.xml.
# Prints wall and CPU seconds and peak RSS (MB) per run.  See docs/search.md.
set -u
cd "$(dirname "$0")/../.." || exit 2
. tools/bench/common.sh
bench_tmp searchbench
MAXM=${YONEDA_BENCH_SEARCH_MAX:-9}

# run LABEL CMD... : prints "LABEL  wall W s  cpu C s  peak M MB  exit N"
run() {
  label=$1; shift
  /usr/bin/time -f '%e %U %M' -o "$T/time" "$@" >"$T/out" 2>&1
  rc=$?
  read -r wall cpu kb <<TIME
$(tail -n 1 "$T/time")
TIME
  printf '  %-44s wall %6s s  cpu %6s s  peak %4d MB  exit %s\n' "$label" "$wall" "$cpu" \
    "$((kb / 1024))" "$rc"
}

echo "== yoneda search: no counterexample, every size class (load $(cut -d' ' -f1 /proc/loadavg)) =="
m=4
while [ "$m" -le "$MAXM" ]; do
  cat > "$T/s$m.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<yoneda version="1">
  <search name="initial-point" max-objects="3" max-morphisms="$m" max-elements="2">
    <hypothesis><has-initial/><constant size="1"/></hypothesis>
    <conclusion><representable/></conclusion>
  </search>
  <search name="groupoid" max-objects="3" max-morphisms="$m" max-elements="2">
    <hypothesis><connected/><groupoid/><representable/></hypothesis>
    <conclusion><nonempty/></conclusion>
  </search>
</yoneda>
XML
  for s in initial-point groupoid; do
    run "$s, max-morphisms $m" $Y search "$T/s$m.xml" --search $s
  done
  m=$((m + 1))
done
echo "== yoneda search: the conjectures of specs/paper/conjectures.xml =="
for s in representable-nonempty connected-representable-nonempty two-labels \
         initial-point terminal-point corollary-1; do
  run "$s" $Y search specs/paper/conjectures.xml --search $s
done
