#!/usr/bin/env bash
# Installs dependencies, builds, and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export OMP_THREAD_LIMIT=1
ctest --test-dir "${SECX_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
# The fuzz targets' seed corpora and crash inputs again, under ASan+UBSan
# (a second, smaller build in build-asan/).
bash scripts/asan-replay.sh
# The accuracy gate as users run it: fails when corpus/ accuracy drops
# below corpus/baseline.json.
"${SECX_BUILD_DIR:-build}/secx" eval corpus/ > /dev/null
# The one-node Slurm test (scripts/slurm/cluster-test.sh): a 4-shard array
# ingest of corpus/ merged must equal a single-process ingest. Needs Slurm
# and munge (scripts/setup.sh installs them) and root for the daemons.
if command -v sbatch >/dev/null && [ -x /usr/sbin/slurmctld ] && [ -x /usr/sbin/munged ]; then
  if [ "$(id -u)" -eq 0 ]; then
    bash scripts/slurm/cluster-test.sh 4 1
  else
    echo "test.sh: Slurm test skipped: the local cluster's daemons need root"
  fi
else
  echo "test.sh: Slurm test skipped: slurm-wlm or munge not installed"
fi
