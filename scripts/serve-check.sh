#!/usr/bin/env bash
# Serves a store of corpus/ with `secx serve --port 0`, loads the document
# view of the scanned cover and the review queue in headless Chromium,
# saves screenshots, and fails when Chromium logs a console error.
# Optional (not part of scripts/test.sh): Chromium is a large install;
# without it the script only checks that both pages answer.
# Usage: scripts/serve-check.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="${2:-/tmp}"
secx="$build/secx"
[ -x "$secx" ] || { echo "serve-check: $secx not built" >&2; exit 1; }

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
db="$work/serve-check.db"
# Exit status 1 means some input failed; the others are still stored.
"$secx" ingest -q --db "$db" "$root/corpus/" || [ $? -eq 1 ]
scan="$("$secx" query --db "$db" -f csv \
  "SELECT id FROM documents WHERE path LIKE '%form-sd-cover.png'" | sed -n 2p)"
[ -n "$scan" ] || { echo "serve-check: the scanned cover is not stored" >&2; exit 1; }

"$secx" serve -q --db "$db" --port 0 > "$work/address" &
server=$!
for _ in $(seq 1 100); do [ -s "$work/address" ] && break; sleep 0.1; done
base="$(head -1 "$work/address")"
[ -n "$base" ] || { echo "serve-check: the server did not start" >&2; exit 1; }
echo "serve-check: serving on $base"

pages=("doc/$scan" "queue")
for page in "${pages[@]}"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "$base$page" || true)"
  [ "$code" = 200 ] || { echo "serve-check: $base$page answered $code" >&2; exit 1; }
done

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "serve-check: chromium not installed; pages answer, not rendered (ok)"
  exit 0
fi
status=0
for page in "${pages[@]}"; do
  name="serve-$(echo "$page" | tr '/' '-').png"
  profile="$(mktemp -d)"
  rm -f "$out/$name"
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --user-data-dir="$profile" --enable-logging=stderr --v=0 \
    --screenshot="$out/$name" --window-size=1400,1000 "$base$page" \
    > /dev/null 2> "$work/console" || true
  rm -rf "$profile"
  if [ ! -s "$out/$name" ]; then
    echo "serve-check: no screenshot of $page" >&2
    status=1
  fi
  if grep -q 'CONSOLE' "$work/console" && grep 'CONSOLE' "$work/console" | grep -qi 'error'; then
    echo "serve-check: console errors on $page:" >&2
    grep 'CONSOLE' "$work/console" >&2
    status=1
  fi
  echo "serve-check: wrote $out/$name"
done
exit $status
