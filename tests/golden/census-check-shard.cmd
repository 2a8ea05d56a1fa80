# one level of the census in two shards: each answers for its part, and the
# categories and tasks they checked add up to the unsharded run
d=$(mktemp -d "${TMPDIR:-/tmp}/yoneda-shards-XXXXXX") || exit 2
for k in 1 2; do
  $YONEDA census --check specs/search-basic.xml --search initial --morphisms 4 --shard $k/2 > "$d/shard$k"; echo "shard $k/2: exit $?"
  head -n 1 "$d/shard$k"
done
$YONEDA census --check specs/search-basic.xml --search initial --morphisms 4 > "$d/whole"
tail -n 1 "$d/whole"
sum=$(cat "$d/shard1" "$d/shard2" | awk '/^checked/ { c += $2; t += $(NF - 1) } END { print c, t }')
whole=$(awk '/^checked/ { print $2, $(NF - 1) }' "$d/whole")
rm -rf "$d"
if [ "$sum" = "$whole" ]; then echo "shards add up: $sum"; else echo "shards: $sum, whole: $whole"; fi
