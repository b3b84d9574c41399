#!/usr/bin/env bash
# The main job: installs, builds, ingests corpus/ into secx.db and prints
# what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
db=${SECX_DB:-secx.db}
./build/secx ingest --db "$db" corpus/
./build/secx query --db "$db" "SELECT name, COUNT(*) AS n FROM fields GROUP BY name ORDER BY n DESC"
