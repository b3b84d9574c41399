#!/usr/bin/env bash
# The OCR page policy's trade-off (--ocr-pages): CPU time and cover fields
# of one scanned filing read with --ocr-pages all and cover, against the
# tesseract CLI reading every page at the same resolution (300 dpi, pages
# rendered beforehand and not counted). Single-threaded
# (OMP_THREAD_LIMIT=1, --jobs 1). CPU (user+sys) seconds: steadier than wall
# time on a shared machine.
#
#   bash scripts/bench-ocr-pages.sh [SCANNED.pdf] [COPIES]
#
# Default: an image-only X-17A-5 of ../shared/corpus (3 pages) repeated
# COPIES (3) times with qpdf, as a stand-in for a longer annual report
# whose facing page comes first. Uses build/secx (or $SECX).
set -euo pipefail
cd "$(dirname "$0")/.."
secx=${SECX:-$PWD/build/secx}
src=${1:-../shared/corpus/x17a5/895502-2008-02-15.pdf}
copies=${2:-3}
export OMP_THREAD_LIMIT=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
parts=()
for _ in $(seq "$copies"); do parts+=("$src"); done
qpdf --empty --pages "${parts[@]}" -- "$tmp/filing.pdf"
pages=$(pdfinfo "$tmp/filing.pdf" | awk '/^Pages/ {print $2}')
pdftoppm -r 300 -gray -png "$tmp/filing.pdf" "$tmp/page"
cpu() { /usr/bin/time -f "%U %S" -o "$tmp/t" "$@" >/dev/null 2>&1 || true; awk '{printf "%.2f", $1 + $2}' "$tmp/t"; }
cli=0
for png in "$tmp"/page*.png; do
  t=$(cpu tesseract "$png" "$tmp/out" )
  cli=$(awk -v a="$cli" -v b="$t" 'BEGIN {print a + b}')
done
fields() {
  "$secx" extract --jobs 1 --ocr always --ocr-pages "$1" "$tmp/filing.pdf" 2>/dev/null |
    python3 -c 'import json,sys; d=json.loads(sys.stdin.readline()); print(len(d.get("fields") or []))'
}
echo "| reader | pages recognised | CPU s | vs CLI, all pages | fields found |"
echo "|---|---:|---:|---:|---:|"
echo "| tesseract CLI, every page | $pages | $cli | 1.00x | - |"
for policy in all cover; do
  t=$(cpu "$secx" extract --jobs 1 --ocr always --ocr-pages "$policy" "$tmp/filing.pdf")
  n=$("$secx" extract --jobs 1 --ocr always --ocr-pages "$policy" "$tmp/filing.pdf" 2>/dev/null |
      python3 -c 'import json,sys; d=json.loads(sys.stdin.readline()); print(d["ocr"]["pages"] if d.get("ocr") else 0)' 2>/dev/null || echo "?")
  printf '| secx --ocr-pages %s | %s | %s | %.2fx | %s |\n' "$policy" "$n" "$t" \
    "$(awk -v a="$t" -v b="$cli" 'BEGIN {print a / b}')" "$(fields "$policy")"
done
