#!/usr/bin/env bash
# Measures the OCR corrector.
#
# 1. False repairs: runs `secx fix-ocr` (correction forced on) over the
#    born-digital text of the shared corpus (EDGAR 8-Ks and SGML
#    submissions) and reports repairs per 100,000 tokens; the target is under
#    1. Also reports how many clean files LooksLikeOcrText flags.
# 2. Seeds: the dividend seed against its hand-checked expected text.
# 3. Rendered scans: the Form SD seed rendered as a degraded scan by
#    scripts/make-scans.sh, read by tesseract, then corrected; CER and
#    token error rates (numbers/identifiers, names, words) before and after.
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

# Rendered scans: text -> degraded scan -> tesseract -> fix-ocr, scored
# against the rendered ground truth. Character error rate and word error
# rate, split into numbers/identifiers (tokens with a digit), names
# (capitalised) and other words.
if [ -x scripts/make-scans.sh ] && command -v tesseract >/dev/null && command -v convert >/dev/null; then
  scan_inputs=(corpus/seeds/iij-form-sd-2015.txt)
  if scripts/make-scans.sh -o "$tmp/scans" -l degraded -f serif -n 2 -k png "${scan_inputs[@]}" >/dev/null 2>&1; then
    for gt in "$tmp"/scans/*.gt.txt; do
      base=${gt%.gt.txt}
      : >"$base.ocr.txt"
      for png in "$base"-p*.png "$base"-p*.jpg; do
        [ -e "$png" ] || continue
        OMP_THREAD_LIMIT=1 tesseract "$png" - 2>/dev/null >>"$base.ocr.txt" || true
        printf '\f' >>"$base.ocr.txt"
      done
      "$secx" fix-ocr "$base.ocr.txt" >"$base.fixed.txt" 2>/dev/null
      python3 - "$gt" "$base.ocr.txt" "$base.fixed.txt" <<'PY'
import sys
def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
def norm(s):
    return " ".join(s.split())
def kind(w):
    if any(c.isdigit() for c in w): return "number/identifier"
    if w[:1].isupper(): return "name"
    return "word"
gt, ocr, fixed = (norm(open(p, encoding="utf-8", errors="replace").read()) for p in sys.argv[1:4])
name = sys.argv[1].rsplit("/", 1)[-1]
for label, text in (("before", ocr), ("after", fixed)):
    cer = lev(gt, text) / max(1, len(gt))
    have = {}
    for w in text.split(): have[w] = have.get(w, 0) + 1
    miss, total = {}, {}
    for w in gt.split():
        k = kind(w); total[k] = total.get(k, 0) + 1
        if have.get(w, 0) > 0: have[w] -= 1
        else: miss[k] = miss.get(k, 0) + 1
    rates = ", ".join(f"{k} {miss.get(k, 0) / total[k]:.3f}" for k in sorted(total))
    print(f"scan {name} {label} correction: CER {cer:.4f}; token error rates: {rates}")
PY
    done
  else
    echo "scans: scripts/make-scans.sh failed; CER not measured"
  fi
else
  echo "scans: missing scripts/make-scans.sh, tesseract or convert; CER and identifier/number/name error rates not measured"
fi
