#!/usr/bin/env bash
# Character error rate (CER) of secx's OCR, and of the tesseract CLI for
# comparison, against the text a scan was rendered from. Renders the given
# text filings with scripts/make-scans.sh (clean 300 dpi and degraded
# 200 dpi, each font) into a temp dir, reads every page with `secx-ocr`
# (the OCR stage alone, before OCR correction) and with
# `OMP_THREAD_LIMIT=1 tesseract`.
#
# CER = Levenshtein distance / reference length, on text with whitespace
# runs folded to one space, so layout padding is not counted as an error.
#
# Usage: scripts/ocr-accuracy.sh [-b BUILD_DIR] [-n PAGES] [-f FONTS] [FILE.txt...]
# Default input: corpus/seeds/iij-form-sd-2015.txt, 2 pages, all fonts.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SECX_BUILD_DIR:-build}
pages=2
fonts=all
while getopts "b:n:f:" opt; do
  case $opt in
    b) build=$OPTARG ;;
    n) pages=$OPTARG ;;
    f) fonts=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- corpus/seeds/iij-form-sd-2015.txt
tool=$build/secx-ocr
[ -x "$tool" ] || { echo "ocr-accuracy: $tool not built (target secx_ocr_tool)" >&2; exit 1; }
export OMP_THREAD_LIMIT=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash scripts/make-scans.sh -o "$tmp" -n "$pages" -f "$fonts" -k png "$@" >/dev/null

printf "%-40s %5s %9s %9s %6s\n" scan pages cer_secx cer_cli conf
for gt in "$tmp"/*.gt.txt; do
  name=${gt%.gt.txt}
  mapfile -t images < <(ls "$name"-p*.* | sort -V)
  "$tool" "${images[@]}" >"$name.secx.txt" 2>"$name.secx.log" || true
  : >"$name.cli.txt"
  for img in "${images[@]}"; do
    tesseract "$img" - 2>/dev/null >>"$name.cli.txt" || true
  done
  python3 - "$gt" "$name" <<'PY'
import re, sys
gt, name = sys.argv[1:3]

def fold(s):
    return re.sub(r"\s+", " ", s).strip()

def distance(a, b):
    # Levenshtein over code points, keeping two rows of the table.
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def read(p):
    return open(p, encoding="utf-8", errors="replace").read()

ref = fold(read(gt))
secx = fold(read(name + ".secx.txt"))
cli = fold(read(name + ".cli.txt"))
confs = [float(c) for c in re.findall(r"conf=([0-9.]+)", read(name + ".secx.log"))]
pages = sum(int(p) for p in re.findall(r" pages=(\d+)", read(name + ".secx.log")))
conf = sum(confs) / len(confs) if confs else float("nan")
cer = lambda hyp: distance(ref, hyp) / max(1, len(ref))
print(f"{name.rsplit('/', 1)[-1]:40s} {pages:5d} {cer(secx):9.4f} {cer(cli):9.4f} {conf:6.1f}")
PY
done
