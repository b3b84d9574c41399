#!/usr/bin/env bash
# Text-derived cover fields vs the EDGAR SGML header, per field.
#
#   scripts/header-agreement.sh [--all] [--format json] [FILE|DIR ...]
#
# Defaults to the full submissions (*.txt) in ../shared/corpus/edgar-8k. A
# field is scored where the header's value appears in the cover text at
# all; mismatches are listed with both values. This is `secx check`; the
# comparison lives in extract/cover/agreement.{h,cc}.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SECX_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" --target secx >/dev/null
args=()
files=()
for a in "$@"; do
  if [[ "$a" == -* ]]; then args+=("$a"); else files+=("$a"); fi
done
if [[ ${#files[@]} -eq 0 ]]; then
  files=("$root"/../shared/corpus/edgar-8k/*.txt)
fi
exec "$build/secx" check "${args[@]}" "${files[@]}"
