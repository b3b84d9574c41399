#!/usr/bin/env bash
# Cover accuracy on the development corpus, on the part of the split the
# rules were not tuned on (test) and on the part they were (tune), and on
# the held-out halves of the blind probe batches (probes).
#
#   scripts/cover-accuracy.sh [--part test|probes|tune|both|all] [--jobs N]
#                             [--readme] [--json DIR]
#
# Runs `secx check` with every source of truth that comes with the filings
# (their SGML headers, their visible inline XBRL dei: facts, the EDGAR index
# metadata of the 8-Ks, and the hand labels in eval/labels/) over
# ../shared/corpus/{edgar-8k,edgar-sgml,ixbrl,x17a5}, keeping the files that
# eval/split.tsv puts in the part, and prints markdown tables per
# source/form, decade and field ($SECX_SHARED_CORPUS overrides
# ../shared/corpus). The X-17A-5 scans are OCR'd (--ocr auto):
# a few minutes on two cores; progress goes to stderr. --readme also writes
# the tables into README.md (between the accuracy markers); --json DIR keeps
# the full per-value results. The probes part reads the covers-* sets of
# eval/probes/probes.tar.xz (covers made up by helper sessions that never
# saw secx, scored against their own SGML headers or dei: tags), only
# their even-numbered files: the odd ones were tuned on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SECX_BUILD_DIR:-$root/build}"
shared="${SECX_SHARED_CORPUS:-$root/../shared/corpus}"
parts="test probes tune"
jobs=$(nproc)
readme=0
json=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --part) parts=$2; [[ "$parts" == both ]] && parts="test probes tune"; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --readme) readme=1; shift ;;
    --json) json=$2; shift 2 ;;
    *) echo "usage: $0 [--part test|probes|tune|both|all] [--jobs N] [--readme] [--json DIR]" >&2
       exit 2 ;;
  esac
done
cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" --target secx >/dev/null

labels=()
if compgen -G "$root/eval/labels/*.tsv" >/dev/null; then
  labels=(--labels "$root/eval/labels")
else
  echo "cover-accuracy: no eval/labels/*.tsv: X-17A-5 pages are not scored" >&2
fi
corpus=()
for d in edgar-8k edgar-sgml ixbrl x17a5; do
  if [[ -d "$shared/$d" ]]; then corpus+=("$shared/$d"); fi
done
if [[ ${#corpus[@]} -eq 0 ]]; then
  echo "cover-accuracy: no corpus under $shared (set SECX_SHARED_CORPUS)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$tmp/tables.md"
: >"$out"
for part in $parts; do
  case $part in
    test) title="Test part (companies never tuned on)" ;;
    tune) title="Tuning part" ;;
    probes) title="Held-out halves of the blind probe batches (even files of eval/probes' covers-* sets: made-up covers of every form, 1993-2025, truth from their own SGML headers and dei: tags; never tuned on)" ;;
    *) echo "cover-accuracy: unknown part $part" >&2; exit 2 ;;
  esac
  echo "cover-accuracy: $part part" >&2
  if [[ $part == probes ]]; then
    mkdir -p "$tmp/probes" "$tmp/even"
    tar -C "$tmp/probes" -xJf "$root/eval/probes/probes.tar.xz"
    for f in "$tmp"/probes/covers-*/*.htm "$tmp"/probes/covers-*/*.txt; do
      [[ -e "$f" ]] || continue
      b=$(basename "$f"); n=${b%.*}; n=$((10#${n//[!0-9]/}))
      if (( n % 2 == 0 )); then
        set_name=$(basename "$(dirname "$f")")
        ln -s "$f" "$tmp/even/$set_name-$b"
      fi
    done
    # (--labels turns on the scoring per source, form and decade; no
    # probe is labelled: their truth is their own header or tags.)
    "$build/secx" check --jobs "$jobs" "${labels[@]}" --format json "$tmp/even" \
      >"$tmp/$part.json" 2>/dev/null || true
  else
    args=(check --ocr auto --jobs "$jobs" "${labels[@]}"
          --metadata "$shared/edgar-8k-metadata.csv"
          --split "$root/eval/split.tsv" --part "$part")
    # Exit status 1 means some input had an error (listed on stderr); the
    # tables still count every other filing.
    "$build/secx" "${args[@]}" --format json "${corpus[@]}" >"$tmp/$part.json" || true
  fi
  if [[ ! -s "$tmp/$part.json" ]]; then
    echo "cover-accuracy: secx check gave no report" >&2
    exit 1
  fi
  if [[ -n "$json" ]]; then mkdir -p "$json"; cp "$tmp/$part.json" "$json/$part.json"; fi
  {
    echo "#### $title"
    echo
    python3 - "$tmp/$part.json" <<'PY'
import json, sys
acc = json.load(open(sys.argv[1]))["accuracy"]
def table(dim, head):
    rows = acc.get(dim, {})
    if not rows:
        return
    print(f"| {head} | scored | right | wrong | missing | rate | precision |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    def row(k, t, bold=False):
        k = f"**{k}**" if bold else k
        print(f"| {k} | {t['scored']} | {t['right']} | {t['wrong']} | {t['missing']} "
              f"| {100*t['rate']:.1f}% | {100*t['precision']:.1f}% |")
    for k, t in rows.items():
        row(k, t)
    if "all" in acc.get("all", {}):
        row("all", acc["all"]["all"], True)
    print()
table("source/form", "source / form")
table("decade", "decade")
table("field", "field")
table("source/field", "source / field")
PY
  } >>"$out"
done
cat "$out"
if [[ $readme -eq 1 ]]; then
  python3 - "$root/README.md" "$out" <<'PY'
import re, sys
readme_path, body_path = sys.argv[1], sys.argv[2]
body = open(body_path).read().rstrip("\n")
readme = open(readme_path).read()
pat = re.compile(r"(<!-- accuracy:begin -->\n)(?:.*?\n)?(<!-- accuracy:end -->)", re.S)
readme, n = pat.subn(lambda m: m.group(1) + body + "\n" + m.group(2), readme)
if n != 1:
    sys.exit("README.md has no accuracy markers")
open(readme_path, "w").write(readme)
PY
  echo "cover-accuracy: README.md updated" >&2
fi
