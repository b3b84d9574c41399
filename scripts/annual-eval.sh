#!/usr/bin/env bash
# Dividend and revenue-share records of the annual and quarterly reports
# (10-K, 10-Q) in ../shared/corpus/ixbrl/ against the labels in eval/labels/:
# per-record precision and recall, by part of eval/split.tsv (tune: rules
# were developed on these; test: held out) and by form.
#
#   bash scripts/annual-eval.sh [CORPUS_DIR] [SECX_BINARY]
#   PARTS=tune bash scripts/annual-eval.sh     # one part only
#
# Matching (one filing at a time): a dividend found is right when a label
# has the same per_share (as a number) and currency, and every field both
# give agrees: declared/record/payable date, total_amount, share class and
# kind (a record without a kind agrees with any; labels say "ytd" for
# year-to-date totals, which have no kind in the contract, and "" for a
# dividend neither quarterly nor annual, which agrees with the contract's
# other kinds: special, semiannual, interim, final, ...). A label is found when
# some record matches it; records are paired with labels one to one where
# they can be, and a right record left over (the same dividend stated
# twice) is counted as right and reported as a repeat (the pairing is a
# maximum one-to-one matching, so a record that fits two labels does not
# hold the one another record needs). A revenue share is
# right when a label of the filing has the same percent, the metric names
# the same measure (revenues / net sales / sales), the period the same year
# and the subject contains the label's subject key (or one of its
# alternatives: "united states|u.s"). Rows rs_sentences and rs_tables give
# the revenue-share recall of the labels written in sentences and of those
# written in tables (labels whose evidence starts with "table").
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-}
if [ -z "$corpus" ]; then  # beside the checkout, or beside a worktree
  for d in ../shared/corpus ../../shared/corpus; do
    [ -d "$d/ixbrl" ] && corpus=$d && break
  done
fi
[ -d "$corpus/ixbrl" ] || { echo "annual-eval: no corpus (give CORPUS_DIR)" >&2; exit 2; }
secx=${2:-build/secx}
[ -x "$secx" ] || { echo "annual-eval: no $secx; build first" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
parts=${PARTS:-test tune}
awk -F'\t' -v parts=" $parts " '$1 == "ixbrl" && index(parts, " " $3 " ") { n = split($4, f, " "); for (i = 1; i <= n; ++i) print $3 "\t" f[i] }' \
  eval/split.tsv > "$out/files.tsv"
while IFS=$'\t' read -r part file; do
  "$secx" extract "$corpus/ixbrl/$file" > "$out/$file.json" || true
done < "$out/files.tsv"
python3 scripts/annual_scores.py "$out" eval/labels/annual-dividends.tsv eval/labels/annual-revenue-shares.tsv
