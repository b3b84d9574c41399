#!/usr/bin/env bash
# Replays the fuzz targets' seed corpora and kept crash inputs (the
# fuzz_replay_* tests, fuzz/CMakeLists.txt) under AddressSanitizer and
# UndefinedBehaviorSanitizer, with the normal compiler. A second build in
# build-asan/ (or $SECX_ASAN_BUILD_DIR) holds only the replay programs and
# the extraction libraries they link; the CLI, the store and the Catch2
# tests are not built there. scripts/test.sh runs this.
#
# -O1 keeps the build quick and the stacks readable (the usual choice for
# sanitizer builds); any UBSan report fails the test (halt_on_error), as
# any ASan report (and leak) does.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SECX_ASAN_BUILD_DIR:-build-asan}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
  -DSECX_SANITIZE=address,undefined >/dev/null
targets=$(sed -n 's/^set(secx_fuzz_targets \(.*\))$/\1/p' fuzz/CMakeLists.txt)
[ -n "$targets" ] || { echo "asan-replay: no fuzz targets found" >&2; exit 2; }
# shellcheck disable=SC2086  # one word per target
cmake --build "$build" -j"$(nproc)" --target $(printf 'replay_%s ' $targets)
export OMP_THREAD_LIMIT=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" -R '^fuzz_replay_'
