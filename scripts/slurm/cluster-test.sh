#!/usr/bin/env bash
# The one-node Slurm test: brings up a Slurm cluster on localhost
# (local-cluster.sh), submits a 4-shard ingest of corpus/ (submit.sh: an
# array job and a merge job depending on it), waits, and checks that the
# merged store equals a single-process ingest (secx compare: same
# documents, same rows). Exit status 0 when equal.
#
#   bash scripts/slurm/cluster-test.sh [SHARDS] [CPUS_PER_TASK]
#
# Uses build/secx (or $SECX). Everything lives in a temporary directory,
# removed at the end with the daemons stopped ($SECX_KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-4}
c=${2:-1}
secx=$(cd "$(dirname "${SECX:-build/secx}")" && pwd)/$(basename "${SECX:-build/secx}")
work=$(mktemp -d "${TMPDIR:-/tmp}/secx-slurm-XXXXXX")
cleanup() {
  bash scripts/slurm/local-cluster.sh down "$work/cluster" || true
  if [ "${SECX_KEEP:-0}" != 1 ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT
eval "$(bash scripts/slurm/local-cluster.sh up "$work/cluster")"
corpus="$PWD/corpus"
start=$(date +%s.%N)
read -r array merge < <(SECX="$secx" bash scripts/slurm/submit.sh -n "$n" -c "$c" "$work/run" "$corpus")
echo "cluster-test: submitted array job $array ($n shards) and merge job $merge"
# Wait for both jobs to leave the queue (at most 15 minutes).
for _ in $(seq 1800); do
  [ -z "$(squeue -h -j "$array,$merge" 2>/dev/null)" ] && break
  sleep 0.5
done
end=$(date +%s.%N)
if [ -n "$(squeue -h -j "$array,$merge" 2>/dev/null)" ]; then
  echo "cluster-test: jobs still queued after 15 minutes" >&2
  squeue >&2
  exit 1
fi
cat "$work/run"/secx-merge-*.log >&2 || true
[ -s "$work/run/secx.db" ] || { echo "cluster-test: no merged store" >&2; cat "$work/run"/*.log >&2; exit 1; }
OMP_THREAD_LIMIT=1 "$secx" ingest --jobs "$c" --db "$work/single.db" "$corpus" 2>/dev/null
printf 'cluster-test: %s shards through Slurm in %.1f s (submit to merged)\n' \
  "$n" "$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')"
"$secx" compare "$work/run/secx.db" "$work/single.db"
