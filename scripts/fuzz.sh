#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (ASan+UBSan) into
# build-fuzz/ and runs each for a while, starting from its seed corpus.
#
#   bash scripts/fuzz.sh            # every target, 600 s each
#   bash scripts/fuzz.sh 60 sgml    # one target, 60 s
#
# A crash leaves its input in build-fuzz/artifacts/<target>/; copy it to
# fuzz/crashes/<target>/ with the fix, so that the replay test (run by
# scripts/test.sh with the normal compiler) keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(sgml uudecode encoding html pipeline image correct)

build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSECX_FUZZ=ON -DSECX_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

seeds() {
  case "$1" in
    sgml) echo corpus/sgml ;;
    uudecode) echo fuzz/seeds/uudecode ;;
    encoding | pipeline) echo corpus/text corpus/seeds ;;
    html) echo corpus/html ;;
    image) echo corpus/scans fuzz/seeds/image ;;
    correct) echo corpus/seeds corpus/text ;;
  esac
}

# The corrector costs time per byte: shorter inputs, more of them.
max_len() {
  case "$1" in
    correct) echo 16384 ;;
    *) echo 65536 ;;
  esac
}

export OMP_THREAD_LIMIT=1
for t in "${targets[@]}"; do
  work="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  # The working corpus grows in build-fuzz/; the seeds are only read.
  for d in $(seeds "$t"); do
    find "$d" -type f ! -name '*.json' -exec cp -n {} "$work/" \;
  done
  echo "fuzz: $t for $seconds s"
  "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
    -rss_limit_mb=2048 -timeout=20 -artifact_prefix="$artifacts/" \
    -print_final_stats=1 "$work"
done
