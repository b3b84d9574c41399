#!/usr/bin/env bash
# Sharded-ingest figures for the README: throughput of 1, 2 and 4 shards
# run side by side (each `secx ingest --jobs 1 --shard K/N` into its own
# store, as Slurm array tasks would), the merge rate of `secx merge`, and
# the cost of reading the same inputs from a .tar.gz instead of a
# directory. Inputs: the text, SGML and HTML filings of ../shared/corpus
# (edgar-8k, edgar-sgml, ixbrl), OCR off; else corpus/.
#
#   bash scripts/bench-shards.sh [SHARD_COUNTS...]   # default: 1 2 4
#
# Uses build/secx (or $SECX). Prints a markdown table on stdout. The
# machine's other load is printed too: these are wall-clock figures.
set -euo pipefail
cd "$(dirname "$0")/.."
secx=${SECX:-$PWD/build/secx}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 2 4)
if [ -d ../shared/corpus/edgar-8k ]; then
  inputs=()
  for d in edgar-8k edgar-sgml ixbrl; do inputs+=("$(cd ../shared/corpus/$d && pwd)"); done
else
  inputs=("$PWD/corpus")
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export OMP_THREAD_LIMIT=1
now() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN {printf "%.1f", n / (b - a)}'; }
docs() { "$secx" query --db "$1" --format csv "SELECT COUNT(*) FROM documents" | tail -1; }

bytes=$(find "${inputs[@]}" -type f | grep -Ev '\.(json|md|csv|tsv|sh)$' | xargs -d '\n' cat | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
echo "bench-shards: $mb MB of inputs; load before: $(cut -d' ' -f1-3 /proc/loadavg); $(getconf _NPROCESSORS_ONLN) cores" >&2
echo "| shards (processes, --jobs 1 each) | documents | wall s | documents/s | MB/s |"
echo "|---:|---:|---:|---:|---:|"
for n in "${counts[@]}"; do
  mkdir -p "$tmp/$n"
  t0=$(now)
  pids=()
  for k in $(seq 1 "$n"); do
    "$secx" ingest --ocr never --jobs 1 --shard "$k/$n" --db "$tmp/$n/shard-$k.db" \
      "${inputs[@]}" 2>"$tmp/$n/shard-$k.log" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || true; done
  t1=$(now)
  m0=$(now)
  "$secx" merge --db "$tmp/$n/merged.db" "$tmp/$n"/shard-*.db 2>"$tmp/$n/merge.log"
  m1=$(now)
  d=$(docs "$tmp/$n/merged.db")
  printf '| %s | %s | %.1f | %s | %s |\n' "$n" "$d" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" \
    "$(rate "$d" "$t0" "$t1")" "$(rate "$mb" "$t0" "$t1")"
  echo "$n shards: merge $(rate "$d" "$m0" "$m1") documents/s ($(tail -1 "$tmp/$n/merge.log"))" >>"$tmp/merge.txt"
done
# The same inputs from one .tar.gz, one process.
tar -czf "$tmp/inputs.tar.gz" "${inputs[@]}" 2>/dev/null
t0=$(now)
"$secx" ingest --ocr never --jobs 1 --db "$tmp/tar.db" "$tmp/inputs.tar.gz" 2>/dev/null || true
t1=$(now)
d=$(docs "$tmp/tar.db")
printf '| 1, from a .tar.gz | %s | %.1f | %s | %s |\n' "$d" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" \
  "$(rate "$d" "$t0" "$t1")" "$(rate "$mb" "$t0" "$t1")"
echo
cat "$tmp/merge.txt"
# Merge rate at a larger size: a store of 20,000 synthetic documents of 20
# fields (secx bench-load) merged into an empty store, then again (all
# already there).
"$secx" bench-load --db "$tmp/synthetic.db" --fields 400000 --per-doc 20 >/dev/null 2>&1
"$secx" merge --db "$tmp/big.db" "$tmp/synthetic.db" 2>&1 | tail -1 | sed 's/^/20,000 synthetic documents, new: /'
"$secx" merge --db "$tmp/big.db" "$tmp/synthetic.db" 2>&1 | tail -1 | sed 's/^/20,000 synthetic documents, again: /'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
