#!/usr/bin/env bash
# Regenerates the figures in README.md from the project's own commands, so
# that no number there is typed by hand:
#   <!-- eval:begin/end -->    secx eval corpus/ --format markdown
#   <!-- check:begin/end -->   secx check over the shared 8-K submissions
#   <!-- bench:begin/end -->   scripts/bench.sh
# Usage: scripts/readme-figures.sh [--no-bench]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
secx=./build/secx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$secx" eval corpus/ --format markdown >"$tmp/eval" 2>/dev/null || true
if [ -d ../shared/corpus/edgar-8k ]; then
  "$secx" check ../shared/corpus/edgar-8k/*.txt 2>/dev/null |
    awk 'BEGIN{print "```"} /^Mismatches/{exit} {print} END{print "```"}' >"$tmp/check"
fi
if [ "${1:-}" != "--no-bench" ]; then
  bash scripts/bench.sh "$tmp/bench" >/dev/null
fi

# splice NAME FILE: replace the block between the NAME markers.
splice() {
  local name=$1 file=$2
  [ -s "$file" ] || return 0
  python3 - "$name" "$file" <<'PY'
import sys, re
name, path = sys.argv[1], sys.argv[2]
body = open(path).read().rstrip("\n")
readme = open("README.md").read()
pat = re.compile(r"(<!-- %s:begin -->\n)(?:.*?\n)?(<!-- %s:end -->)" % (name, name), re.S)
readme, n = pat.subn(lambda m: m.group(1) + body + "\n" + m.group(2), readme)
if n != 1:
    sys.exit("README.md has no %s markers" % name)
open("README.md", "w").write(readme)
PY
}
splice eval "$tmp/eval"
splice check "$tmp/check"
splice bench "$tmp/bench"
echo "README.md figures updated" >&2
