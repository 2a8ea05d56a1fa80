# Shards through GNU parallel: for N = 1..6 and S = 3 and 7 shards run as
# parallel jobs (S = 3: one output file each; S = 7: all on parallel's stdout), census-merge of their outputs prints exactly what the
# unsharded run prints (so the shard counts add up, none is lost or counted
# twice).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for n in 1 2 3 4 5 6; do
  $YONEDA census --morphisms $n > "$T/full"
  for s in 3 7; do
    rm -f "$T"/shard-*.txt
    if [ $s = 3 ]; then   # one file per shard
      seq 1 $s | parallel -j 2 "$YONEDA census --morphisms $n --shard {}/$s > $T/shard-{}.txt" ||
        echo "parallel failed"
    else                  # all shards on parallel's stdout (grouped by job)
      seq 1 $s | parallel -j 2 "$YONEDA census --morphisms $n --shard {}/$s" > "$T/shard-all.txt" ||
        echo "parallel failed"
    fi
    $YONEDA census-merge "$T"/shard-*.txt > "$T/merged" || echo "merge failed"
    if cmp -s "$T/full" "$T/merged"; then
      echo "N=$n S=$s: merged = unsharded ($(tail -n 1 "$T/merged"))"
    else
      echo "N=$n S=$s: MISMATCH"; diff "$T/full" "$T/merged"
    fi
  done
done
$YONEDA census --morphisms 6 --shard 4/7
