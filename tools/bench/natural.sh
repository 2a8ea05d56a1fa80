#!/bin/sh
# Natural transformations and the Yoneda lemma (run by `make bench`):
# `nat --from hom:X` and `lemma` next to `check` (load + enumerate + kernels)
# on the same files, each with at least 10^5 morphisms:
#  - the rotation pretext task of Corollary 1 with 25,000 images (100,000
#    morphisms in 25,000 small blocks; tools/bench/gen_rotation.sh);
#  - Z_400 x Z_250 (one object, one block of 100,000 morphisms) with a task
#    of 4 elements (a turns them, b fixes them).
# Prints wall seconds and peak RSS (MB) of each run and the ratio to check
# (goal: lemma within 2x check).  The z3 engine runs only where Hom(X,-) is
# small: on the block of 100,000 it does not finish in 600 s (its Boolean
# encoding has 400,000 variables).
set -u
cd "$(dirname "$0")/../.." || exit 2
. tools/bench/common.sh
bench_tmp natbench
bench_need_time

echo "== natural transformations and the Yoneda lemma (rotation task, 25,000 images, 100,000 morphisms) =="
sh tools/bench/gen_rotation.sh 25000 > "$T/rot.xml"
run "yoneda check" $Y check "$T/rot.xml"; base=$wall
run "lemma --task Classify" $Y lemma --task Classify "$T/rot.xml"; l1=$wall
run "lemma --task AngleImage1" $Y lemma --task AngleImage1 "$T/rot.xml"
run "nat --from hom:x1 --to AngleImage1" $Y nat --from hom:x1 --to AngleImage1 "$T/rot.xml"; n1=$wall
run "nat ... --engine z3" $Y nat --from hom:x1 --to AngleImage1 --engine z3 --timeout 600 "$T/rot.xml"
echo "  lemma / check = $(ratio "$l1" "$base")  (goal <= 2)   nat / check = $(ratio "$n1" "$base")"
bench_row "lemma, rotation task (100,000 morphisms; wall)" "$l1 s" "check $base s" "$(ratio "$l1" "$base")" "≤ 2"

echo "== natural transformations and the Yoneda lemma (Z_400 x Z_250, one block of 100,000 morphisms) =="
cat > "$T/z.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<yoneda version="1">
  <category name="Z">
    <object name="x"/>
    <morphism name="a" source="x" target="x"/>
    <morphism name="b" source="x" target="x"/>
    <equation lhs="a^400" rhs="x"/>
    <equation lhs="b^250" rhs="x"/>
    <equation lhs="a b" rhs="b a"/>
  </category>
  <task name="Quarter" category="Z">
    <set object="x" elements="q0 q1 q2 q3"/>
    <map morphism="a" to="q1 q2 q3 q0"/>
    <map morphism="b" to="q0 q1 q2 q3"/>
  </task>
</yoneda>
XML
run "yoneda check" $Y check "$T/z.xml"; base=$wall
run "lemma --task Quarter" $Y lemma --task Quarter "$T/z.xml"; l2=$wall
run "nat --from hom:x --to Quarter" $Y nat --from hom:x --to Quarter "$T/z.xml"; n2=$wall
echo "  lemma / check = $(ratio "$l2" "$base")  (goal <= 2)   nat / check = $(ratio "$n2" "$base")"
bench_row "lemma, Z_400 × Z_250 (one block of 100,000; wall)" "$l2 s" "check $base s" "$(ratio "$l2" "$base")" "≤ 2"
