#!/usr/bin/env bash
# Measures the OCR corrector.
#
# 1. False repairs: runs `secx fix-ocr` (correction forced on) over the
#    born-digital text of the shared corpus (EDGAR 8-Ks and SGML
#    submissions) and reports repairs per 100,000 tokens; the target is under
#    1. Also reports how many clean files LooksLikeOcrText flags.
# 2. Seeds: the dividend seed against its hand-checked expected text.
# 3. Rendered scans (CER, identifier/number/name error rates before and after
#    correction) need scripts/make-scans.sh from the OCR stage; reported as
#    missing until it exists.
#
# Usage: scripts/ocr-correction-eval.sh [SECX_BINARY] [CORPUS_DIR...]
set -euo pipefail
cd "$(dirname "$0")/.."
secx=${1:-${SECX:-build/secx}}
shift || true
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  dirs=(/work/shared/corpus/edgar-8k /work/shared/corpus/edgar-sgml)
fi
[ -x "$secx" ] || { echo "ocr-eval: no secx binary at $secx (build first)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

files=0 tokens=0 repairs=0 flagged=0 failed=0
for dir in "${dirs[@]}"; do
  while IFS= read -r -d '' f; do
    files=$((files + 1))
    if ! "$secx" fix-ocr --stats --repairs "$tmp/r.json" "$f" >/dev/null 2>"$tmp/err"; then
      failed=$((failed + 1))
      continue
    fi
    line=$(grep '^fix-ocr: ' "$tmp/err" | tail -1)
    t=$(sed -E 's/.*tokens=([0-9]+).*/\1/' <<<"$line")
    r=$(sed -E 's/.*repairs=([0-9]+).*/\1/' <<<"$line")
    o=$(sed -E 's/.*looks_like_ocr=([01]).*/\1/' <<<"$line")
    tokens=$((tokens + t))
    repairs=$((repairs + r))
    flagged=$((flagged + o))
    if [ "$r" -gt 0 ]; then
      echo "  $(basename "$f"): $r repair(s)"
      grep -o '"from": "[^"]*"\|"to": "[^"]*"\|"rule": "[^"]*"' "$tmp/r.json" |
        paste -d' ' - - - | sed 's/^/    /'
    fi
    if [ "$o" -eq 1 ]; then echo "  $(basename "$f"): looks like OCR text"; fi
  done < <(find "$dir" -type f ! -name '*.md' ! -name '*.csv' -print0 | sort -z)
done

rate=$(awk -v r="$repairs" -v t="$tokens" 'BEGIN { printf "%.3f", t ? r * 100000 / t : 0 }')
echo "false repairs (born-digital, forced): $repairs in $tokens tokens over $files files = $rate per 100,000 tokens (target < 1)"
echo "clean files flagged as OCR text: $flagged of $files"
[ "$failed" -eq 0 ] || echo "files secx could not read: $failed"

seed=corpus/seeds/iij-dividend-2018-ocr.txt
want=corpus/seeds/iij-dividend-2018-ocr.expected-corrected.txt
"$secx" fix-ocr "$seed" >"$tmp/seed.txt" 2>"$tmp/seed.err"
n=$(wc -l <"$tmp/seed.err")
if cmp -s "$tmp/seed.txt" "$want"; then
  echo "dividend seed: $n repairs, corrected text equals the expected text"
else
  echo "dividend seed: $n repairs, corrected text DIFFERS from the expected text:"
  diff "$want" "$tmp/seed.txt" | head -20 || true
fi

if [ -x scripts/make-scans.sh ]; then
  echo "scans: scripts/make-scans.sh exists; CER before/after correction not wired yet"
else
  echo "scans: missing scripts/make-scans.sh (OCR stage); CER and identifier/number/name error rates not measured"
fi
