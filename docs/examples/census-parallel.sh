#!/bin/sh
# census-parallel.sh — the census of categories with N morphisms in S shards
# run by GNU parallel, on this machine or on ssh hosts, summed by
# `yoneda census-merge` (which refuses a missing or repeated shard).
#
#   sh docs/examples/census-parallel.sh N S [GNU parallel options...]
#
#   sh docs/examples/census-parallel.sh 8 64                  # here, one job per core
#   sh docs/examples/census-parallel.sh 8 64 -j 2             # here, 2 jobs at a time
#   sh docs/examples/census-parallel.sh 9 4000 --sshlogin 16/alice@node1,16/alice@node2
#   sh docs/examples/census-parallel.sh 9 4000 --sshloginfile hosts.txt
#
# Over ssh every host needs the same `yoneda` on its PATH (same version: the
# split into shards is the program's) and password-less ssh; `:` in the
# login list is this machine (`--sshlogin 2/:,16/node1`).  The shards' outputs
# come back over ssh and are collected here in OUT/shards.txt (GNU parallel
# prints each job's output whole; census-merge reads several shards from one
# file).  Many more shards than cores even out shards of unequal cost.  A
# shard that fails or times out prints nothing: it is retried (--retries),
# and rerunning the script resumes (--joblog + --resume-failed) and appends
# the missing shards.  OUT defaults to census-N-of-S; set YONEDA to use
# another binary (e.g. YONEDA=build/yoneda).
set -eu
[ $# -ge 2 ] || { echo "usage: $0 N S [parallel options...]" >&2; exit 2; }
N=$1 S=$2
shift 2
Y=${YONEDA:-yoneda}
OUT=${OUT:-census-$N-of-$S}
mkdir -p "$OUT"
seq 1 "$S" | parallel --joblog "$OUT/joblog" --resume-failed --retries 3 "$@" \
  "$Y census --morphisms $N --shard {}/$S" >> "$OUT/shards.txt" || true
"$Y" census-merge "$OUT/shards.txt" | tee "$OUT/census.txt"
