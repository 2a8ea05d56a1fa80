# The sharding examples of docs/census.md work as documented:
# docs/examples/census-parallel.sh (GNU parallel; here with --sshlogin 2/:,
# i.e. two job slots on this machine through parallel's ssh-login path) and
# docs/examples/census-slurm.sh (its array tasks emulated one by one).
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
EX=$(cd ../../docs/examples && pwd)
mkdir "$T/bin" && ln -s "$YONEDA" "$T/bin/yoneda"
cd "$T" || exit 2
echo "== GNU parallel, 5 shards"
PATH="$T/bin:$PATH" sh "$EX/census-parallel.sh" 6 5 --sshlogin 2/: | tail -n 1
echo "shard reports collected: $(grep -c '^shard:' census-6-of-5/shards.txt)"
echo "== rerun: nothing left to do, same result"
PATH="$T/bin:$PATH" sh "$EX/census-parallel.sh" 6 5 --sshlogin 2/: | tail -n 1
echo "== Slurm array, 3 tasks"
for k in 1 2 3; do
  PATH="$T/bin:$PATH" N=5 S=3 SLURM_ARRAY_TASK_ID=$k bash "$EX/census-slurm.sh" 2>/dev/null || echo "task $k failed"
done
ls census-5
yoneda_merge() { "$YONEDA" census-merge "$@"; }
yoneda_merge census-5/shard-*.txt | tail -n 1
