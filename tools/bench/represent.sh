#!/bin/sh
# Representability benchmark (run by `make bench`): decision time next to
# load+enumerate+kernel time (`yoneda check`) on the same files.
#  - direct engine on S_8 x Z_25 (1,008,000 morphisms, regular representation)
#  - direct engine on S_8 and S_9 by their Coxeter presentations
#    (tools/bench/gen_symtask.py), a representable and a not-representable
#    task each (the negative certificate: N! collision witnesses)
#  - z3 engine on the rotation task with 25,000 images (100,000 morphisms,
#    many small blocks) and on S_6 x Z_4 (one block of 2,880: the z3 engine's
#    cost grows superlinearly with the size of a candidate block)
#  - `represent --all` next to a single `represent` on S_7 and S_8 regular
#    (5,040 and 40,320 universal pairs, all proved; target ratio <= 3)
#  - with BENCH_Z3_CURVE=1: the z3 engine on one block of 1,440 .. 50,400
#    morphisms (S_6 x Z_2 .. S_7 x Z_10; minutes on the big ones)
# Prints wall seconds and peak RSS (MB) of each run and the ratio.
set -u
cd "$(dirname "$0")/../.." || exit 2
. tools/bench/common.sh
bench_tmp bench
bench_need_time

echo "== representability (direct engine, 1,008,000 morphisms: S_8 x Z_25 regular) =="
$G 8 25 > "$T/big.xml"
echo "  spec: $(du -m "$T/big.xml" | cut -f1) MB"
run "yoneda check (load+enumerate+kernel)" $Y check --max-morphisms 2000000 "$T/big.xml"; base=$wall
run "yoneda represent --engine direct" $Y represent --max-morphisms 2000000 "$T/big.xml"; dec=$wall
echo "  represent / check = $(ratio "$dec" "$base")  (target <= 1.30)"
bench_row "represent S_8 × Z_25 regular (1,008,000 morphisms; wall)" "$dec s" "check $base s" "$(ratio "$dec" "$base")" "≤ 1.3"

$G 8 25 --broken > "$T/bigq.xml"
run "yoneda represent (quotient, not repr.)" $Y represent --max-morphisms 2000000 "$T/bigq.xml"
bench_row "represent S_8 × Z_25 quotient, not representable (wall)" "$wall s" "check $base s" "$(ratio "$wall" "$base")" "≤ 1.5"

echo "== representability on S_8 and S_9 (Coxeter presentation; $(bench_load)) =="
echo "  (Regular: representable; Sign: N!/2 copies of the sign action, not"
echo "   representable with |Hom(x,x)| = |T(x)|: one collision witness per element)"
for n in 8 9; do
  for kind in regular sign; do
    python3 tools/bench/gen_symtask.py "$n" "$kind" > "$T/sym.xml" || exit 2
    run "yoneda check S_$n $kind" $Y check "$T/sym.xml"; base=$wall
    run "yoneda represent S_$n $kind" $Y represent "$T/sym.xml"; dec=$wall
    run "yoneda represent --cert, then verify" $Y represent "$T/sym.xml" --cert "$T/sym.cert"
    run "yoneda verify (the certificate, from the file)" $Y verify "$T/sym.xml" --cert "$T/sym.cert"
    echo "  S_$n $kind: represent / check = $(ratio "$dec" "$base")  (target <= 1.50)"
    bench_row "represent S_$n $kind (Coxeter; wall)" "$dec s" "check $base s" "$(ratio "$dec" "$base")" "≤ 1.5"
  done
done

echo "== representability (z3 engine, 100,000 morphisms: rotation task of Corollary 1, 25,000 images) =="
sh tools/bench/gen_rotation.sh 25000 > "$T/rot.xml"
run "yoneda check" $Y check "$T/rot.xml"; base=$wall
run "represent AngleImage1 --engine direct" $Y represent --task AngleImage1 "$T/rot.xml"
run "represent AngleImage1 --engine z3" $Y represent --task AngleImage1 --engine z3 --timeout 600 "$T/rot.xml"; dec=$wall
echo "  z3 represent / check = $(ratio "$dec" "$base")"
bench_row "represent --engine z3, rotation task (100,000 morphisms, 25,000 blocks; wall)" "$dec s" "check $base s" "$(ratio "$dec" "$base")" "—"
run "represent Classify --engine z3" $Y represent --task Classify --engine z3 --timeout 600 "$T/rot.xml"

echo "== representability (z3 engine, one big block: S_6 x Z_4 regular, 2,880 morphisms) =="
$G 6 4 > "$T/mid.xml"
run "represent --engine direct" $Y represent "$T/mid.xml"
run "represent --engine z3" $Y represent --engine z3 --timeout 600 "$T/mid.xml"

echo "== representability (z3 engine, one block of 10^5: S_7 x Z_20 regular, 100,800 morphisms) =="
$G 7 20 > "$T/huge.xml"
run "represent --engine direct" $Y represent "$T/huge.xml"; one=$wall
run "represent --engine z3" $Y represent --engine z3 --timeout 600 "$T/huge.xml"
bench_row "represent --engine z3, one block S_7 × Z_20 (100,800 morphisms; wall)" "$wall s" "direct $one s" "$(ratio "$wall" "$one")" "< 10 s"

echo "== represent --all: every universal pair proved (S_7, S_8 regular) =="
for k in 7 8; do
  $G $k 1 > "$T/s$k.xml"
  run "S_$k represent" $Y represent "$T/s$k.xml"; one=$wall
  run "S_$k represent --all" $Y represent --all "$T/s$k.xml"; all=$wall
  echo "  S_$k --all / single = $(ratio "$all" "$one")  (target <= 3)"
  bench_row "represent --all, S_$k regular ($k! universal pairs; wall)" "$all s" "represent $one s" "$(ratio "$all" "$one")" "≤ 3"
done

if [ "${BENCH_Z3_CURVE:-0}" = 1 ]; then
  echo "== z3 engine, one block: the curve (docs/represent.md) =="
  for gk in "6 2" "6 4" "7 1" "7 2" "7 5" "7 10"; do
    $G $gk > "$T/c.xml"
    set -- $gk
    run "S_$1 x Z_$2 ($(grep -c '<morphism' "$T/c.xml") gens) --engine z3" \
      $Y represent --engine z3 --timeout 900 "$T/c.xml"
  done
fi
