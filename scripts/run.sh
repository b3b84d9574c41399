#!/usr/bin/env bash
# The main job: installs, builds, ingests corpus/ into secx.db and prints
# what it found. Re-running is cheap: unchanged files are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
db=${SECX_DB:-secx.db}
status=0
./build/secx ingest --db "$db" corpus/ || status=$?
if [ "$status" -ne 0 ]; then
  echo "run: some inputs failed (listed above); the rest are stored" >&2
fi
q() { echo; echo "== $1"; ./build/secx query --db "$db" "$2"; }
q "documents by kind" \
  "SELECT kind, COUNT(*) AS documents, COUNT(errors) AS with_errors,
          SUM(pages) AS pages FROM documents GROUP BY kind ORDER BY kind"
q "fields by name" \
  "SELECT name, COUNT(*) AS n, COUNT(DISTINCT document_id) AS documents
   FROM fields GROUP BY name ORDER BY n DESC"
q "records" \
  "SELECT (SELECT COUNT(*) FROM tickers) AS tickers,
          (SELECT COUNT(*) FROM dividends) AS dividends,
          (SELECT COUNT(*) FROM revenue_shares) AS revenue_shares,
          (SELECT COUNT(*) FROM facts) AS facts,
          (SELECT COUNT(*) FROM corrections) AS corrections,
          (SELECT COUNT(*) FROM mismatches) AS mismatches"
q "header vs text mismatches (first 20)" \
  "SELECT d.path, m.field, m.header_value, m.text_value
   FROM mismatches m JOIN documents d ON d.id = m.document_id
   ORDER BY d.path, m.field LIMIT 20"
exit 0
