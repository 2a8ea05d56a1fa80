# --shard K/N: shards partition the claims (union = full run, no overlap),
# for N = 1..4, over two files.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
files="specs/rot.xml specs/claims-many.xml"
$YONEDA claims $files | grep -E '^(PASS|FAIL)' | sed 's/ (.*//' | sort > "$T/full"
echo "full run: $(wc -l < "$T/full") claims"
for n in 1 2 3 4; do
  : > "$T/union"
  k=1
  while [ $k -le $n ]; do
    $YONEDA claims $files --shard $k/$n > "$T/s" || echo "shard $k/$n failed"
    echo "shard $k/$n: $(tail -n 1 "$T/s")"
    grep -E '^(PASS|FAIL)' "$T/s" | sed 's/ (.*//' >> "$T/union"
    k=$((k + 1))
  done
  sort "$T/union" > "$T/union.sorted"
  if cmp -s "$T/union.sorted" "$T/full" && [ -z "$(uniq -d "$T/union.sorted")" ]; then
    echo "N=$n: union = full run, no overlap"
  else
    echo "N=$n: MISMATCH"; diff "$T/full" "$T/union.sorted"
  fi
done
