# one level of the census in two shards: each answers for its part, and the
# categories and tasks they checked add up to the unsharded run
for k in 1 2; do
  $YONEDA census --check specs/search-basic.xml --search initial --morphisms 4 --shard $k/2 > shard$k.tmp; echo "shard $k/2: exit $?"
  head -n 1 shard$k.tmp
done
$YONEDA census --check specs/search-basic.xml --search initial --morphisms 4 > whole.tmp
tail -n 1 whole.tmp
sum=$(cat shard1.tmp shard2.tmp | awk '/^checked/ { c += $2; t += $(NF - 1) } END { print c, t }')
whole=$(awk '/^checked/ { print $2, $(NF - 1) }' whole.tmp)
rm -f shard1.tmp shard2.tmp whole.tmp
if [ "$sum" = "$whole" ]; then echo "shards add up: $sum"; else echo "shards: $sum, whole: $whole"; fi
