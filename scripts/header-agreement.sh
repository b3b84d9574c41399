#!/usr/bin/env bash
# Text-derived cover fields vs the EDGAR SGML header, per field.
#
#   scripts/header-agreement.sh [-v] [FILE...]
#
# Defaults to the 50 full submissions in /work/shared/corpus/edgar-8k. A
# field is scored where the header's value appears in the cover text at
# all; -v lists every disagreement. Builds secx_header_agreement in
# build-cover/ (or $SECX_BUILD_DIR) first. The comparison itself lives in
# extract/cover/agreement.{h,cc} (HeaderAgreement).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SECX_BUILD_DIR:-$root/build-cover}"
cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j2 --target secx_header_agreement >/dev/null
args=()
files=()
for a in "$@"; do
  if [[ "$a" == -* ]]; then args+=("$a"); else files+=("$a"); fi
done
if [[ ${#files[@]} -eq 0 ]]; then
  files=(/work/shared/corpus/edgar-8k/*.txt)
fi
exec "$build/secx_header_agreement" "${args[@]}" "${files[@]}"
