#!/usr/bin/env bash
# OCR speed: secx's OCR stage against the tesseract CLI on the same page
# images, both single-threaded (OMP_THREAD_LIMIT=1), and pages/s of one
# multi-page document with --jobs 1 and 2. Scans are rendered into a temp
# dir by scripts/make-scans.sh. Reports wall and CPU (user+sys) seconds;
# CPU time is the steadier figure on a shared machine.
#
# Usage: scripts/bench-ocr.sh [-b BUILD_DIR] [-n PAGES] [FILE.txt]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SECX_BUILD_DIR:-build}
pages=3
while getopts "b:n:" opt; do
  case $opt in
    b) build=$OPTARG ;;
    n) pages=$OPTARG ;;
    *) sed -n '2,9p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
src=${1:-corpus/seeds/iij-form-sd-2015.txt}
tool=$build/secx-ocr
[ -x "$tool" ] || { echo "bench-ocr: $tool not built (target secx_ocr_tool)" >&2; exit 1; }
export OMP_THREAD_LIMIT=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash scripts/make-scans.sh -o "$tmp" -n "$pages" -f serif -l clean -k all "$src" >/dev/null
mapfile -t images < <(ls "$tmp"/*-p*.png | sort -V)

# Prints "wall cpu" seconds of a command.
timed() {
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >/dev/null 2>&1 || true
  awk '{printf "%.2f %.2f", $1, $2 + $3}' "$tmp/time"
}

echo "per page (one process per image, model load included in both):"
printf "%-8s %10s %10s %10s %10s\n" page cli_wall cli_cpu secx_wall secx_cpu
for img in "${images[@]}"; do
  read -r cw cc <<<"$(timed tesseract "$img" "$tmp/cli")"
  read -r sw sc <<<"$(timed "$tool" --jobs 1 "$img")"
  printf "%-8s %10s %10s %10s %10s\n" "$(basename "${img%.*}" | sed 's/.*-//')" "$cw" "$cc" "$sw" "$sc"
done
doc=$(ls "$tmp"/*.tif)
n=${#images[@]}
declare -A wall
for jobs in 1 2 $(nproc); do
  [ -n "${wall[$jobs]:-}" ] && continue
  read -r w c <<<"$(timed "$tool" --jobs $jobs "$doc")"
  wall[$jobs]=$w
  awk -v n="$n" -v w="$w" -v c="$c" -v j="$jobs" \
    'BEGIN {printf "%d-page TIFF, --jobs %d: %.2f s wall, %.2f s cpu, %.2f pages/s\n", n, j, w, c, n / w}'
done
awk -v a="${wall[1]}" -v b="${wall[2]}" \
  'BEGIN {printf "scaling --jobs 2 vs 1: %.2fx (target >= 1.8x on 2 idle cores)\n", a / b}'
