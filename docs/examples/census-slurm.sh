#!/bin/bash
# census-slurm.sh — the census as a Slurm job array: one array task per
# shard, then one dependent job that merges them.
#
#   N=9 S=1000 sbatch --array=1-1000%200 docs/examples/census-slurm.sh
#   sbatch --dependency=afterok:<JOBID> --wrap "yoneda census-merge census-9/shard-*.txt > census-9.txt"
#
# (--array=1-S must match S; %200 runs at most 200 shards at once.  Slurm's
# MaxArraySize is often 1001: for more shards, submit several arrays with
# --array=1-1000, 1001-2000, ... — the task id is the shard number.)  Each
# task writes census-N/shard-K.txt only when its shard finished: a failed or
# timed-out task leaves no file, census-merge then names the missing shard,
# and `sbatch --array=K ...` reruns just that one.
#SBATCH --job-name=census
#SBATCH --cpus-per-task=1
#SBATCH --mem=256M
#SBATCH --time=02:00:00
#SBATCH --output=census-%A-%a.log
set -euo pipefail
N=${N:?set N, the number of morphisms}
S=${S:?set S, the number of shards}
K=${SLURM_ARRAY_TASK_ID:?run as a job array}
mkdir -p "census-$N"
yoneda census --morphisms "$N" --shard "$K/$S" --stats > "census-$N/shard-$K.tmp"
mv "census-$N/shard-$K.tmp" "census-$N/shard-$K.txt"
