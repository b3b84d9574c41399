#!/usr/bin/env bash
# Blind probe sets (eval/probes/probes.tar.xz): made-up 10-K, 10-Q and 20-F
# excerpts in the HTML and inline-XBRL markup of filing agents, written and
# labelled by helper sessions that never ran secx nor saw its source or the
# corpus (seventeenth session; README, "Dividends and revenue shares in
# annual reports", fourteenth round). Dividends and revenue shares are
# scored per record as scripts/annual-eval.sh scores the labelled corpus
# (scripts/annual_scores.py); the cover pages by `secx check` against
# their own dei: tags.
#
#   bash scripts/probe-eval.sh [--half odd|even|all] [--secx BIN]
#                              [--dir DIR] [--detail] [SET ...]
#
# --dir DIR reads the sets from DIR (one folder a set, as a helper writes
# a new batch) instead of the tarball; --detail also prints, after each
# set's line, what was not right: a cover's mismatches as `secx check`
# lists them, a dividend or revenue-share record found wrong or a label
# missed as scripts/annual_scores.py lists them. (Only on the half being
# tuned: the held-out half is measured by its totals.)
#
# Sets: dividends-a-10k, dividends-a-10q-20f, revenue-a (tuned on),
# dividends-b, dividends-c-ixbrl, revenue-b (seventeenth session), and
# dividends-d (10-K/20-F), dividends-e (10-Q, banks, REITs), dividends-f
# (large companies' 10-K/10-Q), covers-ixbrl-b and covers-ixbrl-c
# (eighteenth session), dividends-g (1990s text to 2025, banks, REITs,
# 20-F/40-F), dividends-h (inline-XBRL 10-K/10-Q), covers-ixbrl-d (10-Q),
# covers-ixbrl-e (10-K, 8-K, 20-F, 40-F), covers-ixbrl-f (filing agents'
# markup) and covers-sgml-a (EDGAR text submissions of 1994-2012, scored
# against their SGML headers) (nineteenth session), covers-sgml-b (text
# submissions of 1993-2016 in 20 forms), covers-sgml-html (HTML
# submissions of 2000-2018 in 14 forms), covers-ixbrl-g (10-Q, 10-K, 8-K,
# 20-F covers), dividends-i (1996-2018 10-K/10-Q/20-F text and HTML),
# dividends-j, dividends-k and dividends-l (2022-24 inline-XBRL 10-K/10-Q) (twentieth
# session), covers-ixbrl-h and covers-ixbrl-i (10-Q, 10-K, 8-K, 20-F,
# 10-KT in ten agents' markup), covers-sgml-c (EDGAR submissions of
# 1995-2020 in 18 forms, text and HTML), dividends-m (2022-25 inline-XBRL
# 10-K/10-Q/20-F), dividends-n (1994-2021 text and HTML 10-K, 10-Q, 20-F,
# 40-F, EX-13) and dividends-o (2021-25 inline-XBRL 10-Q/10-K)
# (twenty-first session), covers-sgml-d (proxy statements, 11-K, 12b-25,
# fund reports, 40-F/20-F, amendments, S-8/S-3/424B5, 1990s 8-K),
# covers-ixbrl-j (10-Q, 10-K, 8-K, 20-F in six agents' markup), dividends-p
# (2005-2018 HTML 10-K/10-Q) and dividends-q (1995-2024 text and HTML
# 10-K, 10-Q, 20-F, 40-F), dividends-r and dividends-s (twenty-second
# session), covers-sgml-f (10-Q, 10-K, 8-K, proxy, 11-K, 12b-25, N-CSR,
# 20-F/40-F/6-K submissions of 1995-2024), covers-ixbrl-k (10-Q, 10-K,
# 8-K, 20-F/40-F in five agents' markup), covers-sgml-g (10-Q, 10-K, 8-K
# submissions of 1996-2012), dividends-t (10-K/10-Q/20-F/40-F, banks,
# REITs, fixed-width text), dividends-u (funds and BDCs, REITs, preferred
# series, banks, 40-F/20-F/6-K), dividends-v (mainstream 10-K/10-Q of
# 1996-2022), and dividends-w and covers-ixbrl-l (written at the session's
# end and measured whole) (twenty-third session; split by halves in the
# twenty-fourth), covers-sgml-h (11-K, proxy, NT, 6-K, 20-F/40-F, S-1/S-4,
# SD, N-CSR, 10-K/10-Q/8-K submissions of 1994-2025), covers-ixbrl-m
# (10-Q, 10-K, 8-K, 20-F/40-F, co-registrants in six agents' markup),
# dividends-x (1995-2024 text and HTML of banks, utilities, REITs, MLPs,
# funds, foreign issuers, preferred series) and dividends-y (annual
# reports of 1994-2024: typed tables with fractions, selected data,
# 20-F/40-F, N-CSR), and dividends-z and covers-sgml-i (written at the
# session's end and measured whole; split by halves in the twenty-fifth)
# (twenty-fourth session), dividends-aa (1994-2025 annual reports: Item 5
# tables, declaration tables, selected data, statements of equity,
# 20-F/40-F histories, REITs, BDCs, preferred series), dividends-ab (10-Q
# columns and statements, quarterly data, two share classes, MLP units,
# 6-K/20-F in four currencies, typed 1994-2004 text), covers-sgml-j (10-K,
# 10-Q, 8-K, 20-F, 40-F, 10-KSB/QSB, 10-K405, S-3, DEF 14A, 11-K, NT 10-K,
# 6-K submissions of 1994-2025) and covers-ixbrl-n (10-Q-heavy
# inline-XBRL covers in seven agents' markup) (twenty-fifth session),
# dividends-ac (1994-2025 annual reports: totals stated in sentences,
# interim and final dividends in pence, euro cents, Australian and Swiss
# currencies, runs of quarters in prose, partnership units, BDC tables),
# dividends-ad (10-Q columns and statements, Item 5 tables of every
# orientation, quarterly data, two classes at different rates, preferred
# series, typed 1994-2004 text), dividends-ae (2022-25 inline-XBRL 10-K and
# 10-Q of large companies), covers-sgml-k (6-K, proxy, NT 10-K/10-Q,
# 10-KSB/QSB, 11-K, 20-F/40-F, S-1/S-4/S-8 and 10-K/10-Q/8-K submissions of
# 1994-2025) and covers-ixbrl-o (addresses in every layout, foreign
# addresses, split phone tags, co-registrants) (twenty-sixth session),
# dividends-af (1994-2025 annual reports: typed 20-F histories, preferred
# series tables, fund highlights, monthly REITs, MLPs, six currencies),
# covers-sgml-l (10-K/10-Q/8-K and 13 other forms of 1994-2025, typed and
# HTML) and covers-ixbrl-p (states and postal codes in every layout, contact
# persons, co-registrants), and dividends-ag (written while the session
# ran and measured before and after its changes) (twenty-seventh session),
# dividends-ah (1994-2025 10-K/10-Q/20-F/40-F, fund and BDC reports: UK
# dividends notes, Swiss registered shares, closed-end fund distribution
# tables), covers-sgml-m (17 forms of 1994-2025: dot leaders, transmittal
# letters, co-registrants, foreign names) and covers-ixbrl-q (six agents'
# markup, contact blocks, foreign addresses) (twenty-eighth session),
# dividends-ai (1994-2025: REIT/MLP 10-K, 20-F in pence/euro/yen/kroner/
# rand, 40-F, EX-13), covers-sgml-n (16 forms of 1994-2025, combined covers
# parent or subsidiary first), dividends-aj (1994-2025: 20-F in six
# currencies, a 40-F, an N-CSR, BDCs, banks, utilities' preferred series)
# covers-sgml-o (24 forms of 1994-2025: 13F, N-30D, 424B3 with an 8-K,
# transmittal letters) and covers-ixbrl-r (seven agents' markup, flexbox
# covers, co-registrants, nine countries) (twenty-ninth session),
# dividends-ak (1994-2025: 20-F in pence, euro, yen, CHF, A$, HK$, DKK,
# NOK, BRL, a 40-F, EX-13, N-30D; its pence labels converted to pounds),
# covers-sgml-p (20 forms of 1994-2025, four combined covers, foreign names
# with translations), dividends-al (1994-2025: 20-F in pence, MXN, INR,
# KRW, euro, a 40-F with preferred series, EX-13, N-CSR, 485BPOS, banks,
# MLPs, REITs), covers-sgml-q (27 forms of 1994-2025: 18-K, 425, ARS,
# N-30D, 12b-25 drawn in boxes, inline-XBRL covers) and covers-ixbrl-s
# (six agents' markup including covers drawn with absolutely placed
# blocks, 10-K/10-Q/20-F/40-F/8-K) (thirtieth session), dividends-am
# (1994-2025: 20-F in NZD, ILS, TWD, pence, CLP, SGD, euro, a 40-F, EX-13,
# N-CSR, a BDC, a monthly REIT, preferred series, Class A/B), covers-sgml-r
# (27 forms of 1994-2025: placed and flexbox covers, a 12b-25 in boxes,
# combined filings), dividends-an (1994-2025: 20-F in SEK, ZAR, PHP, DKK,
# IDR, yen, a 40-F, EX-13, N-30D, 485BPOS), covers-sgml-s (30 forms of
# 1994-2025: letter-spaced names, stacked registrant blocks, a Form 15 in
# boxes, 13F, 424B5) and covers-ixbrl-t (seven agents' markup, captions over
# values, area codes in cells of their own, foreign filers) (thirty-first
# session), dividends-ao (1994-2025: 20-F in NOK, MXN, JPY, AUD cents, KRW,
# CHF, euro, a 40-F, EX-13, N-30D, DEF 14A, Declared/Paid column pairs,
# registered and bearer shares) and covers-sgml-t (29 forms of 1994-2025:
# PREM14A, 424B4, T-3, SC 14D9, SC 13E3, 10-D in an ASCII grid, 497K, 1-K,
# foreign postal codes), dividends-ap (1994-2025: 20-F in pence, SGD and
# HKD cents, BRL per thousand shares, SEK, INR, ZAR cents, a 40-F, N-CSR,
# S-1, 424B2, 8-K declarations, base-plus-variable dividends) and
# covers-sgml-u (30 forms of 1994-2025: N-SAR answers, Form D and C in
# XML, values left of dot leaders, two registrants either side of one
# column of captions, letter postal codes) (thirty-second session),
# covers-ixbrl-u (nine agents' markup: CSS grid and placed blocks whose
# source order is not the reading order, a four-registrant 8-K, D.C., Virgin
# Islands, Hawaii, Brazil, Mexico, Hong Kong addresses), covers-sgml-v (30
# forms of 1995-2025: 10-KT, SC 13E4, 18-K, N-2, 1-A in XML, 13F-HR, two
# fixed-width columns, right-aligned blocks, co-registrants) and
# dividends-aq (1995-2024: 20-F in DKK, CLP, TWD, agorot, PLN, monthly
# REITs, depositary preferred, N-CSR, DEF 14A, 8-K declarations),
# covers-ixbrl-v (five more agents' markup: rowspan grids, caption and value
# in one cell, small capitals, words split into styled runs, two-column
# blocks; 6-K, 485BPOS, S-3, two-registrant 8-Ks, Eircodes, Luxembourg)
# and dividends-ar (1994-2023: utilities' long histories, quarters as
# columns and years as rows, "respectively" notes, semiannual dividends,
# an S-4's comparative data, preferred in arrears), covers-sgml-w (30
# typed covers of 1993-2007 in 17 forms: capitals with colons, dot and
# underscore leaders, covers over two pages, post office boxes, phones
# typed "806/555-0131") and dividends-as (1995-2024: ordinary 10-K, 10-Q
# and 8-K disclosures written many ways, with hard negatives beside them)
# (thirty-third session), covers-ixbrl-w (five more agents' markup:
# nested styled spans, spacer columns, paragraphs broken by <br>, Word
# export, PDF conversions placed by CSS classes; 10-KT, 40-F, S-11, three
# registrants), covers-sgml-x (30 submissions 1994-2025 in 28 forms: word
# processors' HTML, address and phone on one line, mailing addresses,
# letterheads, rural routes, "c/o" lines), covers-ixbrl-x (four more
# markups: EDGARizer captions under values, flex rows of divs, class-based
# CSS), dividends-at (annual reports: Item 5 tables with footnote marks,
# selected data, statements of equity, foreign currencies, stock
# dividends), dividends-au (10-Q, 8-K and 6-K: income statement columns,
# declarations written many ways, monthly schedules, preferred series) and
# dividends-av (banks, utilities, REITs, insurers in 10-K, 10-Q, 8-K, DEF
# 14A, S-1), and covers-sgml-y (the most common forms of 1995-2024 as
# filers type and format them) and dividends-aw (10-K and 10-Q dividend
# histories written by many hands) (written at the session's end)
# (thirty-fourth session), dividends-ax (annual reports of 1993-2025:
# Item 5 tables of every layout, selected and quarterly data, EX-13,
# 20-F), dividends-ay (10-Q, 8-K, 6-K, merger proxies, REITs, BDCs, funds),
# dividends-az and dividends-ba (inline-XBRL 10-K and 10-Q of 2019-2025
# in three agents' markup), covers-sgml-z (15 less common forms of
# 1994-2025: typed 10-K405/10-KSB with tabs, 20-F/6-K of six countries,
# fund reports, S-4/S-8/424B, 13D/13G, 11-K, proxies opening with a
# letterhead) and covers-ixbrl-y (four more markups: span runs, Toppan-
# and Donnelley-like cells, hand-written font/center HTML) (thirty-fifth
# session), dividends-bb (annual reports of less common kinds: typed
# 10-K405/10-KSB, EX-13, 20-F and 40-F of five countries, two-class banks,
# utilities' preferred series), dividends-bc (10-Q, 8-K, 6-K, S-1/424B4,
# proxies, REITs, BDCs), dividends-bd (10-K and 10-Q of mid-size
# companies, typed, HTML and inline XBRL), covers-sgml-aa and
# covers-sgml-ab (10-K/10-Q/8-K-heavy submissions of 1993-2025, typed and
# HTML, layouts of every kind) and covers-ixbrl-z (four more markups)
# (thirty-sixth session), dividends-be (annual reports of 1993-2025:
# Regular/Special columns, selected data only, quarterly data notes, two
# classes, declaration tables, stock dividends), dividends-bf (20-F, 40-F,
# 6-K and 10-K of foreign and Canadian filers in twelve currencies),
# covers-sgml-ac (10-K/10-Q/8-K-heavy submissions with wrapped captions,
# ASCII grids, values left of captions), covers-sgml-ad (less common
# forms: 11-K, proxies, 13D/13G, S-1..F-3, 424B, N-CSR, NT, 10-12, SD,
# 15-12G, 8-A12B) and covers-ixbrl-aa (four more markups: positioned
# lines, Word export, utility-class CSS, one big table) (thirty-seventh
# session), dividends-bg (US annual reports of 1993-2025: Item 5 tables
# in every orientation, selected data, quarterly data notes, declaration
# tables, two classes, 10-KT), dividends-bh (20-F, 40-F, 6-K of foreign
# and Canadian filers in 21 currencies, 1995-2024, some inline XBRL),
# covers-sgml-ae (10-K/10-Q/8-K-heavy submissions of 1993-2025: drawn
# grids, captions wrapped beside values, values left of captions) and
# covers-sgml-af (31 less common forms: proxies, registration statements,
# 11-K, NT, fund reports, ABS 10-D, 1-A) (thirty-eighth session),
# each split once by file number:
# odd files tuned on, even files held out (--half even measures the
# held-out half); covers-ixbrl. Default: every set, every file.
set -euo pipefail
cd "$(dirname "$0")/.."
half=all
secx=build/secx
from=
detail=0
sets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --half) half=$2; shift 2 ;;
    --secx) secx=$2; shift 2 ;;
    --dir) from=$2; shift 2 ;;
    --detail) detail=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "probe-eval: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) sets+=("$1"); shift ;;
  esac
done
case "$half" in odd|even|all) ;; *) echo "probe-eval: --half odd|even|all" >&2; exit 2 ;; esac
[ -x "$secx" ] || { echo "probe-eval: no $secx; build first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "$from" ]; then
  [ -d "$from" ] || { echo "probe-eval: no directory $from" >&2; exit 2; }
  for d in "$from"/*/; do ln -s "$(cd "$d" && pwd)" "$work/$(basename "$d")"; done
else
  tar -C "$work" -xJf eval/probes/probes.tar.xz
fi
if [ ${#sets[@]} -eq 0 ]; then
  for d in "$work"/*/; do
    case "$(basename "$d")" in covers-*|dividends-*|revenue-*) sets+=("$(basename "$d")") ;; esac
  done
fi
printf '%-20s %-4s %6s %6s %8s %10s %9s %9s %7s\n' set half found right repeats precision labelled recalled recall
for set in "${sets[@]}"; do
  dir="$work/$set"
  [ -d "$dir" ] || { echo "probe-eval: no set $set" >&2; exit 2; }
  out="$work/out-$set"
  mkdir -p "$out" "$out/in"
  for f in "$dir"/*.htm "$dir"/*.txt; do
    [ -e "$f" ] || continue
    b=$(basename "$f")
    n=${b%.*}
    n=$((10#${n//[!0-9]/}))
    if [ "$half" = odd ] && [ $((n % 2)) -eq 0 ]; then continue; fi
    if [ "$half" = even ] && [ $((n % 2)) -eq 1 ]; then continue; fi
    ln -s "$f" "$out/in/$b"
  done
  if [ "${set#covers-}" != "$set" ]; then
    "$secx" check -q "$out/in" > "$out/check.txt" || true
    echo "$set $half: $(grep '^ALL' "$out/check.txt")"
    if [ "$detail" = 1 ]; then
      sed -n '/^Mismatches/,/^Dividend checks/p' "$out/check.txt" |
        grep -v '^Dividend checks' | sed "s|$out/in/||"
    fi
    continue
  fi
  : > "$out/files.tsv"
  for f in "$out"/in/*.htm "$out"/in/*.txt; do
    [ -e "$f" ] || continue
    b=$(basename "$f")
    printf 'tune\t%s\n' "$b" >> "$out/files.tsv"
    "$secx" extract -q "$f" > "$out/$b.json" 2>/dev/null || true
  done
  # Keep the labels of the files scored.
  labels="$out/labels.tsv"
  awk -F'\t' -v files="$out/files.tsv" '
    BEGIN { while ((getline l < files) > 0) { split(l, p, "\t"); keep[p[2]] = 1 } }
    /^#/ || $1 == "file" || keep[$1] { print }' "$dir/labels.tsv" > "$labels"
  if head -20 "$labels" | grep -q $'^file\tper_share'; then
    what=dividends; div=$labels; rev=/dev/null
  else
    what=revenue_shares; div=/dev/null; rev=$labels
  fi
  python3 scripts/annual_scores.py "$out" "$div" "$rev" > "$out/scores.txt"
  awk -v set="$set" -v half="$half" -v what="$what" '
      $1 == what && $2 == "tune" && $3 == "all" {
        printf "%-20s %-4s %6s %6s %8s %10s %9s %9s %7s\n", set, half, $4, $5, $6, $7, $8, $9, $10 }' \
    "$out/scores.txt"
  if [ "$detail" = 1 ]; then
    grep -E "^tune [^ ]+ $what (wrong|missed):" "$out/scores.txt" | sed 's/^tune /  /' || true
  fi
done
