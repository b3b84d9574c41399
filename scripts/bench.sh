#!/usr/bin/env bash
# Measures secx in one run and writes a markdown table to stdout and to
# bench.md (or the path given):
#   - `secx extract` throughput on text + EDGAR SGML files and on HTML files
#     of the shared corpus (../shared/corpus relative to the repo root, else
#     the project's corpus/), with --jobs 1 (per core) and with all cores;
#   - SQLite load rate (fields/s) with the hidden `secx bench-load`;
#   - peak memory (max RSS) of each run, from /usr/bin/time -v.
# Builds a Release binary into build-release/ (or $SECX_BENCH_BUILD_DIR)
# first; the build is incremental.
# Targets: >= 50 MB/s per core text/SGML, >= 20 MB/s per core HTML,
# >= 200,000 fields/s load.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:-bench.md}
build=${SECX_BENCH_BUILD_DIR:-build-release}
min_mb=${SECX_BENCH_MIN_MB:-48}  # inputs repeated until a run reads this much
load_fields=${SECX_BENCH_FIELDS:-1000000}

echo "bench: building Release in $build" >&2
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSECX_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target secx >/dev/null
secx="$root/$build/secx"

if [ -d ../shared/corpus ]; then
  corpus=$(cd ../shared/corpus && pwd)
else
  corpus="$root/corpus"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# File lists (names never contain newlines in the corpus).
find "$corpus" -type f \( -name '*.txt' -o -name '*.nc' \) \
  ! -name '*.expected*' | sort >"$tmp/text.list"
find "$corpus" -type f \( -name '*.htm' -o -name '*.html' \) \
  ! -name '*.expected*' | sort >"$tmp/html.list"

have_time=0
if [ -x /usr/bin/time ]; then have_time=1; fi

rows=()
# run NAME LIST JOBS TARGET: extract the list's files, repeated to at least
# $min_mb MB, and add a table row.
run() {
  local name=$1 list=$2 jobs=$3 target=$4
  local files bytes reps
  files=$(wc -l <"$list")
  if [ "$files" -eq 0 ]; then
    rows+=("| $name | 0 | - | $jobs | - | no files | $target | - |")
    return
  fi
  bytes=$(xargs -d '\n' cat <"$list" | wc -c)
  reps=$(( (min_mb * 1000000 + bytes - 1) / bytes ))
  : >"$tmp/args"
  for ((i = 0; i < reps; i++)); do cat "$list" >>"$tmp/args"; done
  local t0 t1 secs mb mbps rss="n/a"
  t0=$(date +%s.%N)
  if [ $have_time -eq 1 ]; then
    xargs -d '\n' /usr/bin/time -v -o "$tmp/time" "$secx" extract --ocr never \
      --jobs "$jobs" <"$tmp/args" >/dev/null 2>"$tmp/err" || true
    rss=$(awk -F: '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$tmp/time")
  else
    xargs -d '\n' "$secx" extract --ocr never --jobs "$jobs" <"$tmp/args" \
      >/dev/null 2>"$tmp/err" || true
  fi
  t1=$(date +%s.%N)
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')
  mb=$(awk -v n="$bytes" -v r="$reps" 'BEGIN {print n * r / 1e6}')
  mbps=$(awk -v m="$mb" -v s="$secs" 'BEGIN {print m / s}')
  rows+=("$(printf '| %s | %d x %d | %.1f | %d | %.2f | %.1f MB/s | %s | %s |' \
    "$name" "$files" "$reps" "$mb" "$jobs" "$secs" "$mbps" "$target" "$rss")")
  echo "bench: $name jobs=$jobs: $(printf '%.1f' "$mbps") MB/s" >&2
}

all=$(nproc)
run "extract text+SGML" "$tmp/text.list" 1 "≥ 50 MB/s per core"
run "extract text+SGML" "$tmp/text.list" "$all" "-"
run "extract HTML" "$tmp/html.list" 1 "≥ 20 MB/s per core"
run "extract HTML" "$tmp/html.list" "$all" "-"

# SQLite load: synthetic fields, 50 per document, into a fresh temp file.
load=$("$secx" bench-load --db "$tmp/load.db" --fields "$load_fields")
fps=$(sed -n 's/.*fields_per_s=\([0-9.]*\).*/\1/p' <<<"$load")
lsecs=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$load")
lrss=$(sed -n 's/.*peak_rss_mb=\([0-9.]*\).*/\1/p' <<<"$load")
rows+=("$(printf '| SQLite load (bench-load) | %d fields | - | 1 | %.2f | %.0f fields/s | ≥ 200,000 fields/s | %.0f |' \
  "$load_fields" "$lsecs" "$fps" "$lrss")")
echo "bench: load: $fps fields/s" >&2

# OCR (rows appended by the scan-corpus owner): the Form SD seed rendered
# by scripts/make-scans.sh as clean 300 dpi letter pages (serif), read by
# `secx extract --ocr always` (the whole pipeline, as users run it).
#   - pages/s of a batch (the seed in serif, sans and mono, clean and
#     degraded: six 4-page TIFFs, 24 pages) with --jobs 1 and --jobs
#     $(nproc), alternating, best of SECX_BENCH_OCR_ROUNDS (2), and the
#     ratio (target >= 1.8x with 2 jobs on 2 cores), next to what the
#     machine gives a plain arithmetic loop run on every core at once (a
#     virtual machine's cores may be shared). Files run one per worker and
#     a worker left without a file lends its thread to the pages of those
#     still running, so a batch keeps every core busy to its end;
#   - the same for one 4-page TIFF alone (pages spread over the jobs; four
#     pages of unequal length cap the ratio below 2 whatever the engine);
#   - per-page time of secx and of the tesseract CLI on the same PNG pages,
#     one process per page (model load included in both), both with
#     OMP_THREAD_LIMIT=1 (target: secx within 10% of the CLI);
#   - peak RSS.
# Seconds are wall and CPU (user+sys): on a loaded machine the CPU figure is
# the steadier one, and the per-page comparison uses it.
ocr_pages=${SECX_BENCH_OCR_PAGES:-4}
if command -v tesseract >/dev/null && command -v tiffcp >/dev/null &&
  convert -version 2>/dev/null | grep -q ImageMagick; then
  export OMP_THREAD_LIMIT=1
  bash scripts/make-scans.sh -o "$tmp/ocr" -n "$ocr_pages" -f serif -l clean \
    -k all corpus/seeds/iij-form-sd-2015.txt >/dev/null
  mapfile -t ocr_images < <(ls "$tmp"/ocr/*-p*.png | sort -V)
  ocr_tif=$(ls "$tmp"/ocr/*.tif)
  ocr_n=${#ocr_images[@]}
  bash scripts/make-scans.sh -o "$tmp/ocr-batch" -n "$ocr_pages" -f all -l both \
    -k tiff corpus/seeds/iij-form-sd-2015.txt >/dev/null
  mapfile -t batch_tifs < <(ls "$tmp"/ocr-batch/*.tif | sort)
  batch_n=$(( ${#batch_tifs[@]} * ocr_n ))
  # timed CMD...: prints "wall cpu max_rss_mb".
  timed() {
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/otime" "$@" >/dev/null 2>&1 || true
    awk '{printf "%.2f %.2f %.0f", $1, $2 + $3, $4 / 1024}' "$tmp/otime"
  }
  # The batch runs $ocr_rounds times with 1 and with all jobs, alternating,
  # and the fastest run of each counts: on a shared virtual machine the
  # other tenants take a varying share of the cores, and the fastest run is
  # the one they disturbed least.
  ocr_rounds=${SECX_BENCH_OCR_ROUNDS:-2}
  declare -A batch_wall batch_cpu batch_rss
  for ((round = 0; round < ocr_rounds; round++)); do
    for jobs in 1 "$all"; do
      read -r w c m <<<"$(timed "$secx" extract --ocr always --jobs "$jobs" "${batch_tifs[@]}")"
      echo "bench: OCR batch round $((round + 1)) jobs=$jobs: $w s wall, $c s CPU for $batch_n pages" >&2
      if [ -z "${batch_wall[$jobs]:-}" ] || awk -v a="$w" -v b="${batch_wall[$jobs]}" 'BEGIN {exit !(a < b)}'; then
        batch_wall[$jobs]=$w; batch_cpu[$jobs]=$c; batch_rss[$jobs]=$m
      fi
    done
  done
  for jobs in 1 "$all"; do
    rows+=("$(awk -v n="$batch_n" -v f="${#batch_tifs[@]}" -v w="${batch_wall[$jobs]}" -v c="${batch_cpu[$jobs]}" -v j="$jobs" -v m="${batch_rss[$jobs]}" -v r="$ocr_rounds" 'BEGIN {
      printf "| OCR batch: %d scanned filings, %d pages, clean and degraded, best of %d (wall / CPU s) | %d x %d pages | - | %d | %.2f / %.2f | %.2f pages/s | %s | %s |",
        f, n, r, f, n / f, j, w, c, n / w, (j == 1 ? "~0.65 pages/s per core" : "-"), m }')")
  done
  rows+=("$(awk -v a="${batch_wall[1]}" -v b="${batch_wall[$all]}" -v j="$all" 'BEGIN {
    printf "| OCR batch scaling, --jobs %d vs --jobs 1 (wall) | - | - | %d | - | %.2fx | >= 1.8x with 2 jobs on 2 cores | - |", j, j, a / b }')")
  # What the machine itself gives: the same pure arithmetic loop run once,
  # then $all times at once, best of three. A figure under $all shows cores
  # shared with other tenants, a ceiling no program's scaling can pass.
  spin() { awk 'BEGIN { for (i = 0; i < 4e7; i++) x += i * i; print x }' >/dev/null; }
  best_one=""; best_all=""
  for ((round = 0; round < 3; round++)); do
    t0=$(date +%s.%N); spin; t1=$(date +%s.%N)
    for ((k = 0; k < all; k++)); do spin & done; wait; t2=$(date +%s.%N)
    one=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')
    par=$(awk -v a="$t1" -v b="$t2" 'BEGIN {print b - a}')
    if [ -z "$best_one" ] || awk -v a="$one" -v b="$best_one" 'BEGIN {exit !(a < b)}'; then best_one=$one; fi
    if [ -z "$best_all" ] || awk -v a="$par" -v b="$best_all" 'BEGIN {exit !(a < b)}'; then best_all=$par; fi
  done
  rows+=("$(awk -v a="$best_one" -v b="$best_all" -v j="$all" 'BEGIN {
    printf "| machine: %d copies of an arithmetic loop at once vs one (throughput, best of 3) | - | - | %d | %.2f / %.2f | %.2fx | ceiling for any scaling | - |", j, j, a, b, j * a / b }')")
  echo "bench: machine scaling: one loop $best_one s, $all at once $best_all s" >&2
  declare -A ocr_wall ocr_cpu
  for jobs in 1 "$all"; do
    read -r w c m <<<"$(timed "$secx" extract --ocr always --jobs "$jobs" "$ocr_tif")"
    ocr_wall[$jobs]=$w; ocr_cpu[$jobs]=$c
    rows+=("$(awk -v n="$ocr_n" -v w="$w" -v c="$c" -v j="$jobs" -v m="$m" 'BEGIN {
      printf "| OCR %d-page TIFF, 300 dpi (wall / CPU s) | 1 x %d pages | - | %d | %.2f / %.2f | %.2f pages/s | %s | %s |",
        n, n, j, w, c, n / w, (j == 1 ? "~0.65 pages/s per core" : "-"), m }')")
    echo "bench: OCR jobs=$jobs: $w s wall, $c s CPU for $ocr_n pages" >&2
  done
  rows+=("$(awk -v a="${ocr_wall[1]}" -v b="${ocr_wall[$all]}" -v j="$all" 'BEGIN {
    printf "| OCR scaling, one 4-page file, --jobs %d vs --jobs 1 (wall) | - | - | %d | - | %.2fx | - (page-bound) | - |", j, j, a / b }')")
  cli_w=0; cli_c=0; sx_w=0; sx_c=0; sx_m=0; cli_m=0
  for img in "${ocr_images[@]}"; do
    read -r w c m <<<"$(timed tesseract "$img" "$tmp/cli")"
    cli_w=$(awk -v a="$cli_w" -v b="$w" 'BEGIN {print a + b}')
    cli_c=$(awk -v a="$cli_c" -v b="$c" 'BEGIN {print a + b}')
    cli_m=$(( m > cli_m ? m : cli_m ))
    read -r w c m <<<"$(timed "$secx" extract --ocr always --jobs 1 "$img")"
    sx_w=$(awk -v a="$sx_w" -v b="$w" 'BEGIN {print a + b}')
    sx_c=$(awk -v a="$sx_c" -v b="$c" 'BEGIN {print a + b}')
    sx_m=$(( m > sx_m ? m : sx_m ))
  done
  rows+=("$(awk -v n="$ocr_n" -v w="$cli_w" -v c="$cli_c" -v m="$cli_m" 'BEGIN {
    printf "| OCR per page: tesseract CLI, one process per PNG (wall / CPU s) | %d pages | - | 1 | %.2f / %.2f | %.2f s CPU/page | - | %s |", n, w / n, c / n, c / n, m }')")
  rows+=("$(awk -v n="$ocr_n" -v w="$sx_w" -v c="$sx_c" -v m="$sx_m" -v cc="$cli_c" 'BEGIN {
    printf "| OCR per page: secx extract, one process per PNG (wall / CPU s) | %d pages | - | 1 | %.2f / %.2f | %.2f s CPU/page, %.2fx the CLI | within 10%% of the CLI | %s |", n, w / n, c / n, c / n, c / cc, m }')")
  echo "bench: OCR per page: secx $sx_c s CPU, tesseract CLI $cli_c s CPU over $ocr_n pages" >&2
else
  rows+=("| OCR | - | - | - | - | skipped: tesseract, tiffcp or ImageMagick missing | - | - |")
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || echo unknown)
{
  echo "# secx benchmark"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?'),"\
    "$(getconf _NPROCESSORS_ONLN) cores, $cpu, $(free -g 2>/dev/null | awk '/Mem:/ {print $2 " GB RAM"}')."
  echo "Release build; corpus: $corpus; OCR off; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| measurement | files | MB | jobs | seconds | throughput | target | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$out"
