#!/bin/sh
# Enumeration and loading rows of `make bench` (issue 14 items 2 and 3),
# in the table format of the other rows: | name | ours | anchor | ratio | goal |
#  - scaling: `yoneda check` on S_9 and S_10 (Coxeter form), ratio S_10 / S_9
#    measured in this run (goal <= 12: linear in the 10x morphisms);
#  - the files of ../shared/bench (S_10 Coxeter and braid, T_5, T_6, T_7)
#    next to libsemigroups' best strategy (the S_n presentations go to the
#    Coxeter engine, docs/categories.md; S_10 Coxeter also through
#    Todd-Coxeter, with one redundant equation); libsemigroups is not installed
#    here: its CPU seconds are the figures of ../shared/bench/README.md
#    (newest release, -O3, the same 2-core machine), not of this run;
#  - memory: peak RSS per morphism of the enumeration (build/bench) and of
#    `check` (with the kernel's copy of the category) on S_10 (goal <= 64);
#    S_11 (39,916,800 morphisms, minutes and GBs: `check` and build/bench)
#    only with BENCH_LARGE=1 or BIG=1 (`make bench BIG=1`; run it nice'd,
#    with nothing else heavy: about 2.3 GB and minutes of CPU);
#  - kernel 1 on long powers (issue 12 item 6): `check` on Z_40000 =
#    <r | r^40000> and D_40000 (was O(n^2): 5 s on Z_40000), and r^40000 = 1
#    next to an idempotent a with a r = a (general engine and kernel 1 both
#    were O(n^2) there: 33.6 s);
#  - loading: `check` on the S_8 x Z_25 regular representation (52 MB) next
#    to `xmllint --noout --huge` (parsing only) and xmllint with the RELAX NG
#    schema (parsing + validation) on the same file (goal <= 3x the parse).
# CPU seconds are user + sys of one process (/usr/bin/time); the rows with
# a goal are the median of three runs (med3; T_7 too, about 50 s), S_11 one
# run.  BENCH_QUICK=1 skips the rows that take over a minute (T_7).
set -u
cd "$(dirname "$0")/../.." || exit 2
. tools/bench/common.sh
B=build/bench
GR=$G
SB=${SHARED_BENCH:-../shared/bench}
[ -d "$SB" ] || SB=/work/shared/bench
bench_tmp enum
bench_need_time
[ -x "$Y" ] && [ -x "$B" ] && [ -x "$GR" ] || { echo "bench: build/yoneda, build/bench or build/gen_regular missing"; exit 2; }
quick=${BENCH_QUICK:-0}
fail=0

# cpu CMD... : run once; $cpu = user+sys seconds, $mb = peak RSS (MB), $kb, $rc
cpu() {
  /usr/bin/time -f '%U %S %M' -o "$T/time" "$@" >"$T/out" 2>"$T/err"
  rc=$?
  read -r u s kb <<EOT
$(tail -n 1 "$T/time" 2>/dev/null)
EOT
  case "$u$s$kb" in ''|*[!0-9.]*) u=0; s=0; kb=0 ;; esac
  cpu=$(awk -v a="$u" -v b="$s" 'BEGIN { printf "%.2f", a + b }')
  mb=$((kb / 1024))
}
# med3 CMD...: cpu three times (the goal rows: one run swings by 20% on
# this shared machine); $cpu the median, $kb/$mb the largest peak, $rc the
# first non-zero exit status, else 0
med3() {
  m3=; m3kb=0; m3rc=0
  for _ in 1 2 3; do
    cpu "$@"
    m3="$m3 $cpu"
    [ "$kb" -gt "$m3kb" ] && m3kb=$kb
    [ "$m3rc" -eq 0 ] && m3rc=$rc
  done
  cpu=$(printf '%s\n' $m3 | sort -n | sed -n 2p)
  kb=$m3kb; mb=$((kb / 1024)); rc=$m3rc
}
per() { awk -v kb="$1" -v n="$2" 'BEGIN { printf "%.0f", kb * 1024 / n }'; }
row() { printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$5"; bench_row "$@"; }
expect() { # expect RC LABEL: note a failed run
  [ "$rc" -eq "$1" ] || { echo "bench: $2: exit $rc (want $1): $(head -c 300 "$T/err")"; fail=1; }
}

echo "== enumeration and loading ($(bench_load)) =="
echo "| name | ours | anchor | ratio | goal |"
echo "|---|---|---|---|---|"

# ---- issue 14 item 2: S_9 -> S_10 ---------------------------------------------------
sh tools/bench/gen_symmetric.sh 9 coxeter > "$T/s9.xml"
med3 $Y check "$T/s9.xml"; expect 0 "S_9 check"; s9=$cpu; s9kb=$kb
med3 $Y check --max-morphisms 5000000 "$SB/symmetric-S10-coxeter.xml"; expect 0 "S_10 check"
s10=$cpu; s10kb=$kb
row "check S_10 / S_9, Coxeter form (3,628,800 / 362,880 morphisms)" "$s10 s" "S_9 $s9 s" "$(ratio "$s10" "$s9")" "≤ 12"
row "check S_10 Coxeter ($SB; the Coxeter engine)" "$s10 s" "libsemigroups Felsch 36.7 s (README)" "$(ratio "$s10" 36.7)" "≤ 0.5"
# the same group through Todd-Coxeter: one redundant equation (s1 s1 s1 =
# s1) keeps the Coxeter engine out
sed 's|<equation lhs="s1 s1" rhs="x"/>|&<equation lhs="s1 s1 s1" rhs="s1"/>|' "$SB/symmetric-S10-coxeter.xml" > "$T/s10tc.xml"
med3 $Y check --max-morphisms 5000000 "$T/s10tc.xml"; expect 0 "S_10 Todd-Coxeter check"
row "check S_10 Coxeter + s1 s1 s1 = s1 (Todd-Coxeter)" "$cpu s" "libsemigroups Felsch 36.7 s (README)" "$(ratio "$cpu" 36.7)" "—"
row "check S_10 peak memory per morphism (kernel 1 included; S_9: $(per "$s9kb" 362880) B)" "$(per "$s10kb" 3628800) B" "—" "—" "≤ 64"
cpu $B s10 3628800; expect 0 "bench s10"
row "enumeration S_10 peak memory per morphism (build/bench)" "$(per "$kb" 3628800) B" "—" "—" "≤ 64"
med3 $Y check --max-morphisms 5000000 "$SB/symmetric-S10-braid.xml"; expect 0 "S_10 braid check"
row "check S_10 braid form" "$cpu s" "libsemigroups HLT 6.4 s (README)" "$(ratio "$cpu" 6.4)" "≤ 0.5"
for t in 5:0.04:HLT 6:2.1:Felsch 7:38.8:HLT; do
  n=${t%%:*}; rest=${t#*:}; ls=${rest%%:*}; strat=${rest#*:}
  [ "$quick" = 1 ] && [ "$n" = 7 ] && continue
  med3 $Y check --max-morphisms 5000000 "$SB/full-transformation-T$n.xml"; expect 0 "T_$n check"
  row "check T_$n full transformation monoid (peak $mb MB)" "$cpu s" "libsemigroups $strat $ls s (README)" "$(ratio "$cpu" "$ls")" "≤ 0.5"
done
if [ "${BENCH_LARGE:-${BIG:-0}}" = 1 ]; then
  sh tools/bench/gen_symmetric.sh 11 coxeter > "$T/s11.xml"
  cpu nice $Y check --max-morphisms 50000000 "$T/s11.xml"; expect 0 "S_11 check"
  row "check S_11 Coxeter (39,916,800 morphisms; peak $mb MB)" "$cpu s" "S_10 $s10 s" "$(ratio "$cpu" "$s10")" "≤ 64 B/morphism: $(per "$kb" 39916800) B"
  cpu nice $B s11 39916800; expect 0 "bench s11"
  row "enumeration S_11 (build/bench; peak $mb MB)" "$cpu s" "—" "—" "≤ 64 B/morphism: $(per "$kb" 39916800) B"
fi

# ---- issue 12 item 6: kernel 1 on r^n = x -----------------------------------------
# (Z: <r | r^40000>, D: the dihedral group, A: r^40000 = 1 next to an
# idempotent a with a r = a, the general engine; every a-node is a fixed
# point of r)
for grp in Z D A; do
  awk -v grp="$grp" 'BEGIN {
    printf "<yoneda version=\"1\">\n<category name=\"%s\">\n<object name=\"x\"/>\n", grp
    printf "<morphism name=\"r\" source=\"x\" target=\"x\"/>\n"
    if (grp == "D") printf "<morphism name=\"s\" source=\"x\" target=\"x\"/>\n"
    if (grp == "A") printf "<morphism name=\"a\" source=\"x\" target=\"x\"/>\n"
    printf "<equation lhs=\""
    for (i = 0; i < 40000; i++) printf "r "
    printf "\" rhs=\"x\"/>\n"
    if (grp == "D") printf "<equation lhs=\"s s\" rhs=\"x\"/>\n<equation lhs=\"s r s r\" rhs=\"x\"/>\n"
    if (grp == "A") printf "<equation lhs=\"a a\" rhs=\"a\"/>\n<equation lhs=\"a r\" rhs=\"a\"/>\n"
    printf "</category>\n</yoneda>\n"
  }' > "$T/$grp.xml"
  cpu $Y check --max-morphisms 100000 "$T/$grp.xml"; expect 0 "${grp}_40000 check"
  case $grp in
    A) row "check r^40000 = 1 with a a = a, a r = a (general engine, kernel 1; 80,000 morphisms)" "$cpu s" "was 33.6 s" "—" "linear" ;;
    *) row "check ${grp}_40000, one equation r^40000 = 1 (kernel 1)" "$cpu s" "was 5.2 s (Z), over 10 s (D)" "—" "linear" ;;
  esac
done

# ---- issue 14 item 3: loading a big spec ------------------------------------------
$GR 8 25 > "$T/reg.xml"
med3 xmllint --noout --huge "$T/reg.xml"; parse=$cpu
cpu xmllint --noout --huge --relaxng specs/schema/yoneda-1.rng "$T/reg.xml"; valid=$cpu
med3 $Y check --max-morphisms 2000000 "$T/reg.xml"; expect 0 "S_8 x Z_25 check"
row "check S_8 x Z_25 regular ($(du -m "$T/reg.xml" | cut -f1) MB, 1,008,000 morphisms; peak $mb MB)" "$cpu s" "xmllint --noout --huge $parse s" "$(ratio "$cpu" "$parse")" "≤ 3"
row "(xmllint with the RELAX NG schema on the same file)" "$valid s" "xmllint --noout --huge $parse s" "$(ratio "$valid" "$parse")" "—"
exit $fail
