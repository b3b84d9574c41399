#!/usr/bin/env bash
# Submits a sharded ingest to Slurm: an array of N ingest tasks
# (ingest.sbatch) and a merge job that runs when all of them have ended
# (merge.sbatch). Prints the two job ids: "ARRAY_JOB MERGE_JOB".
#
#   bash scripts/slurm/submit.sh -n 64 -c 8 /shared/edgar-run /shared/edgar/feed/
#
# -n N        shards (array tasks), default 4
# -c C        CPUs per task, = secx --jobs, default 1
# -p PART     partition; -t TIME  time limit per task (sbatch --time)
# Extra sbatch options go in $SECX_SBATCH_OPTS; $SECX is the secx binary
# (use an absolute path every node sees).
set -euo pipefail
n=4 c=1 part="" time=""
while getopts "n:c:p:t:" o; do
  case $o in
    n) n=$OPTARG ;; c) c=$OPTARG ;; p) part=$OPTARG ;; t) time=$OPTARG ;;
    *) echo "usage: submit.sh [-n N] [-c C] [-p PART] [-t TIME] OUT PATH..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || { echo "usage: submit.sh [-n N] [-c C] [-p PART] [-t TIME] OUT PATH..." >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
out=$1
shift
mkdir -p "$out"
out=$(cd "$out" && pwd)
opts=(--parsable --chdir="$out" --export=ALL,SECX_SHARDS="$n")
[ -n "$part" ] && opts+=(--partition="$part")
[ -n "$time" ] && opts+=(--time="$time")
# shellcheck disable=SC2206
[ -n "${SECX_SBATCH_OPTS:-}" ] && opts+=($SECX_SBATCH_OPTS)
# The tasks run in OUT: relative paths are made absolute (the shards are
# defined by the paths, so every task and any later run must see the same).
paths=()
for p in "$@"; do
  case $p in /*) paths+=("$p") ;; *) paths+=("$PWD/$p") ;; esac
done
array=$(sbatch "${opts[@]}" --array="1-$n" --cpus-per-task="$c" \
  "$here/ingest.sbatch" "$out" "${paths[@]}")
array=${array%%;*}
merge=$(sbatch "${opts[@]}" --dependency="afterany:$array" \
  "$here/merge.sbatch" "$out" "$n")
echo "${array} ${merge%%;*}"
