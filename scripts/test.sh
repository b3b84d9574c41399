#!/usr/bin/env bash
# Installs dependencies, builds, and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export OMP_THREAD_LIMIT=1
ctest --test-dir "${SECX_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
# The accuracy gate as users run it: fails when corpus/ accuracy drops
# below corpus/baseline.json.
"${SECX_BUILD_DIR:-build}/secx" eval corpus/ > /dev/null
