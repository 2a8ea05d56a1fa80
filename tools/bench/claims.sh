#!/bin/sh
# Many tasks on one category (run by `make bench`): the working category
# (the opposite, for contravariant tasks) and kernel 1 are built once per
# category and shared by every task of the file (proofs/check.h check_cache),
# and `represent --all` checks each further universal pair with kernel 3
# alone against the prepared context.
#  - `claims` and `check` on S_7 x Z_3 (15,120 morphisms) with its regular
#    task and 100 small tasks (the sign action, 50 covariant, 50
#    contravariant), one claim each
#  - the same 101 tasks on S_7 x Z_20 (100,800 morphisms): `claims` next to
#    a single `represent` of the regular task (target ratio <= 3)
#  - `represent --all` on S_7 (5,040 universal pairs, all proved) next to a
#    single `represent` (target ratio <= 3)
# Prints wall seconds and peak RSS (MB) of each run and the ratios.
set -u
cd "$(dirname "$0")/../.." || exit 2
. tools/bench/common.sh
bench_tmp claimsbench
bench_need_time
RUN_LINE=tail   # the summary line of `claims`

# signs K N: S_7 x Z_K, its regular task and 2 x 50 sign tasks, one claim
# each, in $T/sign$K.xml
signs() {
$G 7 "$1" > "$T/base.xml"
gens=$(sed -n 's/.*<morphism name="\([^"]*\)".*/\1/p' "$T/base.xml")
{
  sed '$d' "$T/base.xml"
  echo '<claim name="regular" task="Regular" expect="representable"/>'
  i=0
  while [ $i -lt 50 ]; do
    for v in covariant contravariant; do
      echo "<task name=\"Sign$v$i\" category=\"G\" variance=\"$v\">"
      echo '  <set object="o" elements="p m"/>'
      for g in $gens; do
        case $g in t) echo "  <map morphism=\"$g\" to=\"p m\"/>" ;;
                   *) echo "  <map morphism=\"$g\" to=\"m p\"/>" ;; esac
      done
      echo '</task>'
      echo "<claim name=\"sign$v$i\" task=\"Sign$v$i\" expect=\"not-representable\"/>"
    done
    i=$((i + 1))
  done
  echo '</yoneda>'
} > "$T/sign$1.xml"
}
signs 3

echo "== many tasks on one category (S_7 x Z_3, 15,120 morphisms; 101 tasks, 50 contravariant) =="
run "yoneda claims (101 claims)" $Y claims "$T/sign3.xml"
run "yoneda check" $Y check "$T/sign3.xml"
echo "== the same 101 claims on S_7 x Z_20 (100,800 morphisms) =="
signs 20
run "yoneda represent --task Regular" $Y represent --task Regular "$T/sign20.xml"; one=$wall
run "yoneda claims (101 claims)" $Y claims "$T/sign20.xml"; many=$wall
echo "  claims / represent = $(ratio "$many" "$one")  (target <= 3)"
bench_row "claims: 101 claims on S_7 × Z_20 (100,800 morphisms; wall)" "$many s" "represent $one s" "$(ratio "$many" "$one")" "≤ 3"
echo "== every universal pair proved (S_7 regular: 5,040 pairs) =="
$G 7 1 > "$T/s7.xml"
run "yoneda represent" $Y represent "$T/s7.xml"; one=$wall
run "yoneda represent --all" $Y represent --all "$T/s7.xml"; all=$wall
echo "  --all / represent = $(ratio "$all" "$one")  (target <= 3)"
