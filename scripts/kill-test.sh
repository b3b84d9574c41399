#!/usr/bin/env bash
# kill -9 during ingest, many times, into one store: what a crash, an OOM
# kill or a pulled plug does to secx's SQLite store (analyze/store.h
# promises that a killed run loses at most its uncommitted batch, never
# part of a document).
#
#   bash scripts/kill-test.sh                # 100 kills, 60 copies of corpus/
#   bash scripts/kill-test.sh 20 4           # 20 kills, 4 copies
#
# Inputs: the files of corpus/ copied COPIES times, each copy made distinct
# by trailing newlines (so every copy is a new document with the same
# rows), ingested with OCR off and one job. A clean ingest into a fresh
# store times the whole run and is the reference. Then RUNS times: an
# ingest into the killed store, sent SIGKILL at a random moment (a run that
# finishes first is counted as such).
# After every kill:
#   - PRAGMA integrity_check and foreign_key_check are clean;
#   - no document is half-written: every stored document has exactly the
#     rows of each table (fields, tickers, dividends, revenue shares, facts,
#     corrections, mismatches, checks, pages, text, registrant) that the
#     clean ingest gave the same bytes.
# At the end, an uninterrupted ingest completes the store, and `secx
# compare` must find it the same as the clean one. Prints the figures;
# exit status 1 on any failure.
set -euo pipefail
export LC_ALL=C  # comm and the SQL ORDER BY agree on the order
cd "$(dirname "$0")/.."
runs=${1:-100}
copies=${2:-60}
secx=$(pwd)/${SECX_BUILD_DIR:-build}/secx
[ -x "$secx" ] || { echo "kill-test: $secx not built" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "kill-test: needs sqlite3" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/secx-kill.XXXXXX")
trap 'rm -rf "$work"' EXIT
inputs=$work/inputs
mkdir -p "$inputs"
for k in $(seq 1 "$copies"); do
  cp -r corpus "$inputs/copy-$k"
  head -c "$k" /dev/zero | tr '\0' '\n' > "$work/pad"
  find "$inputs/copy-$k" -type f -print0 |
    while IFS= read -r -d '' f; do cat "$work/pad" >> "$f"; done
done
export OMP_THREAD_LIMIT=1
flags=(ingest -q -j1 --ocr never)

# Rows per document and table, keyed by the bytes' sha256.
per_document() {
  sqlite3 -batch "$1" "
    SELECT d.sha256
      || ' ' || (SELECT COUNT(*) FROM fields x WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM tickers x WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM dividends x WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM revenue_shares x
                 WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM facts x WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM corrections x
                 WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM mismatches x
                 WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM checks x WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM pages x WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM document_texts x
                 WHERE x.document_id = d.id)
      || ' ' || (SELECT COUNT(*) FROM registrants x
                 WHERE x.document_id = d.id)
    FROM documents d ORDER BY d.sha256;"
}

now_ms() { date +%s%3N; }
# The clean ingest, watched for its first commit: how long an ingest takes
# before it has stored anything (start up, the first batch).
start=$(now_ms)
"$secx" "${flags[@]}" --db "$work/clean.db" "$inputs" 2>/dev/null &
pid=$!
first_commit_ms=0
while kill -0 "$pid" 2>/dev/null; do
  n=$(sqlite3 "$work/clean.db" "SELECT COUNT(*) FROM documents" 2>/dev/null ||
      echo 0)
  if [ "${n:-0}" -gt 0 ]; then
    first_commit_ms=$(($(now_ms) - start))
    break
  fi
  sleep 0.05
done
wait "$pid" || true  # some corpus inputs are refused on purpose: status 1
clean_ms=$(($(now_ms) - start))
clean_seconds=$(awk -v ms="$clean_ms" 'BEGIN { printf "%.1f", ms / 1000 }')
clean_docs=$(sqlite3 "$work/clean.db" "SELECT COUNT(*) FROM documents")
per_document "$work/clean.db" > "$work/clean.rows"
files=$(find "$inputs" -type f | wc -l)
echo "kill-test: $files input files, clean ingest ${clean_seconds} s," \
     "$clean_docs documents, first commit after $first_commit_ms ms"

killed=0 finished=0 bad_integrity=0 half_written=0
# Kill moments are spread over twice the time to the first commit (at
# least half a second): about half the runs are killed before they store
# anything (start up, the walk and hashing, the first batch), the others
# while batches are written and committed. Each run stores a little, so
# with enough copies the store fills over the whole series.
window_ms=$((2 * first_commit_ms))
[ "$window_ms" -lt 500 ] && window_ms=500
docs_before=0 grew=0
for i in $(seq 1 "$runs"); do
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % window_ms ))
  "$secx" "${flags[@]}" --db "$work/killed.db" "$inputs" 2>/dev/null &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  status=0
  wait "$pid" 2>/dev/null || status=$?
  if [ "$status" -eq 137 ]; then
    killed=$((killed + 1))
  else
    finished=$((finished + 1))
  fi
  [ -f "$work/killed.db" ] || continue  # killed before the file was made
  integrity=$(sqlite3 "$work/killed.db" "PRAGMA integrity_check" 2>&1 || true)
  fk=$(sqlite3 "$work/killed.db" "PRAGMA foreign_key_check" 2>&1 || true)
  if [ "$integrity" != ok ] || [ -n "$fk" ]; then
    bad_integrity=$((bad_integrity + 1))
    echo "kill-test: run $i: integrity: $integrity $fk" >&2
  fi
  # Every stored document's row counts appear in the clean store's.
  per_document "$work/killed.db" > "$work/killed.rows" 2>/dev/null || true
  missing=$(comm -23 "$work/killed.rows" "$work/clean.rows" | wc -l)
  if [ "$missing" -ne 0 ]; then
    half_written=$((half_written + missing))
    echo "kill-test: run $i: $missing documents unlike the clean ingest" >&2
    comm -23 "$work/killed.rows" "$work/clean.rows" | head -3 >&2
  fi
  docs=$(sqlite3 "$work/killed.db" "SELECT COUNT(*) FROM documents" \
         2>/dev/null || echo "?")
  echo "kill-test: run $i: ${delay_ms} ms, $docs documents stored"
  if [ "$status" -eq 137 ] && [ "$docs" != "?" ] &&
     [ "$docs" -gt "$docs_before" ]; then
    grew=$((grew + 1))
  fi
  [ "$docs" != "?" ] && docs_before=$docs
done

"$secx" "${flags[@]}" --db "$work/killed.db" "$inputs" 2>/dev/null || true
compare=$("$secx" compare "$work/killed.db" "$work/clean.db" 2>&1) &&
  same=1 || same=0
echo "kill-test: final ingest, compared with the clean store: $compare"
echo "kill-test: $runs runs ($killed killed, $grew of them after storing" \
     "documents; $finished finished before the kill), $docs_before of" \
     "$clean_docs documents stored before the final ingest," \
     "$bad_integrity integrity failures, $half_written half-written" \
     "documents, final store $([ $same = 1 ] && echo same || echo DIFFERENT)"
[ "$bad_integrity" -eq 0 ] && [ "$half_written" -eq 0 ] && [ "$same" -eq 1 ]
