# census-merge refuses (exit 1, nothing on stdout) a missing shard, a
# repeated shard (also within one file), shards of different censuses, a file that is not a
# census output, and a total that is not the sum of its lines.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
for k in 1 2 3; do $YONEDA census --morphisms 4 --shard $k/3 > s$k.txt; done
$YONEDA census --morphisms 4 --objects 1 --shard 3/3 > other.txt
echo "== missing"; $YONEDA census-merge s1.txt s3.txt; echo "exit $?"
echo "== repeated"; $YONEDA census-merge s1.txt s2.txt s2.txt s3.txt; echo "exit $?"
echo "== different census"; $YONEDA census-merge s1.txt s2.txt other.txt; echo "exit $?"
echo "== not a census"; echo hello > junk.txt; $YONEDA census-merge junk.txt; echo "exit $?"
echo "== tampered"; sed 's/^objects 1: \(.*\)/objects 1: 999/' s2.txt > bad.txt
$YONEDA census-merge s1.txt bad.txt s3.txt; echo "exit $?"
echo "== repeated inside one file"; cat s1.txt s2.txt s1.txt > dup.txt
$YONEDA census-merge dup.txt s3.txt; echo "exit $?"
echo "== ok"; $YONEDA census-merge s3.txt s1.txt s2.txt; echo "exit $?"
echo "== ok, several shards in one file"; cat s2.txt s3.txt > two.txt
$YONEDA census-merge two.txt s1.txt | tail -n 1; echo "exit $?"
