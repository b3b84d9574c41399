#!/usr/bin/env bash
# Draws the dividend trend of corpus/ as SVG and, when Chromium is
# installed, renders it headless to PNG and checks the picture is not
# blank. Optional (not part of scripts/test.sh): Chromium is a large
# install. Usage: scripts/plot-check.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="${2:-/tmp}"
secx="$build/secx"
[ -x "$secx" ] || { echo "plot-check: $secx not built" >&2; exit 1; }

db="$(mktemp -d)/plot-check.db"
trap 'rm -rf "$(dirname "$db")"' EXIT
# Exit status 1 means some input failed; the others are still stored.
"$secx" ingest --db "$db" "$root/corpus/" > /dev/null 2>&1 || [ $? -eq 1 ]
"$secx" trend dividends --db "$db" --plot "$out/x.svg" > /dev/null
echo "plot-check: wrote $out/x.svg ($(wc -c < "$out/x.svg") bytes)"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "plot-check: chromium not installed; SVG not rendered (ok)"
  exit 0
fi
profile="$(mktemp -d)"
rm -f "$out/x.png"
# The SVG's own size decides the window, so nothing is cut off.
size="$(sed -n 's/.*<svg [^>]*width="\([0-9]*\)" height="\([0-9]*\)".*/\1,\2/p' \
  "$out/x.svg" | head -1)"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
  --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --user-data-dir="$profile" --screenshot="$out/x.png" \
  --window-size="${size:-900,600}" "file://$out/x.svg" > /dev/null 2>&1 || true
rm -rf "$profile"
[ -s "$out/x.png" ] || { echo "plot-check: no screenshot" >&2; exit 1; }

# A blank page compresses to a few KB; the chart has lines, text, colour.
bytes="$(wc -c < "$out/x.png")"
colours="unknown"
if command -v identify > /dev/null; then
  colours="$(identify -format '%k' "$out/x.png")"
fi
echo "plot-check: $out/x.png: $bytes bytes, $colours colours"
if [ "$bytes" -lt 10000 ] || { [ "$colours" != unknown ] && [ "$colours" -lt 16 ]; }; then
  echo "plot-check: screenshot looks blank" >&2
  exit 1
fi
echo "plot-check: ok"
