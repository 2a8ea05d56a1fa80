# Shards through GNU parallel: for N = 1..6 and S = 3 and 7 shards run as
# parallel jobs, census-merge of their outputs prints exactly what the
# unsharded run prints (so the shard counts add up, none is lost or counted
# twice).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for n in 1 2 3 4 5 6; do
  $YONEDA census --morphisms $n > "$T/full"
  for s in 3 7; do
    rm -f "$T"/shard-*.txt
    seq 1 $s | parallel -j 2 "$YONEDA census --morphisms $n --shard {}/$s > $T/shard-{}.txt" ||
      echo "parallel failed"
    $YONEDA census-merge "$T"/shard-*.txt > "$T/merged" || echo "merge failed"
    if cmp -s "$T/full" "$T/merged"; then
      echo "N=$n S=$s: merged = unsharded ($(tail -n 1 "$T/merged"))"
    else
      echo "N=$n S=$s: MISMATCH"; diff "$T/full" "$T/merged"
    fi
  done
done
cat "$T/shard-4.txt"
