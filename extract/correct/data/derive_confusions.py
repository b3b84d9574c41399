#!/usr/bin/env python3
"""Derives extract/correct/data/confusions.tsv from real OCR errors.

Input: ocr-errors.tsv (`ocr<TAB>correct<TAB>count`, 109,337 real OCR errors
from the public ocr-postcorrection project). Each pair is aligned with a
unit-cost Levenshtein alignment; every maximal run of non-matching characters
between two matches, when both sides are at most two characters, is one
confusion event `correct -> ocr` (so "rn" -> "m" and "cl" -> "d" come out as
2:1 events, "1" <- "I" as a 1:1 event).

Output: `ocr<TAB>correct<TAB>events<TAB>log10 P(ocr | correct)` where the
probability is events / occurrences of `correct` in the corrected words of the
data. The data holds only erroneous words, so the absolute level is inflated;
the corrector uses the values relative to each other and to its threshold.

The data set encodes every non-ASCII glyph as '?'; an OCR glyph outside ASCII
(e.g. a degree sign read for an apostrophe) is therefore looked up as '?'
by the corrector.

Usage: derive_confusions.py ocr-errors.tsv > confusions.tsv
"""
import collections
import math
import sys

MAX_SEG = 2
MIN_EVENTS = 3
# Rare confusions add little over the corrector's floor for unseen pairs;
# dropping them keeps the embedded table small. Pairs with a digit on either
# side are kept regardless: digits are scarce in this (prose) data and they
# matter most for identifiers.
MIN_LOG10_P = -2.5


def align(a, b):
    """Returns a list of (a_seg, b_seg) runs of mismatches."""
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    ops = []  # ('=', i, j) or ('x', ...) walking back
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and a[i - 1] == b[j - 1] and d[i][j] == d[i - 1][j - 1]:
            ops.append(('=', a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + 1:
            ops.append(('x', a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            ops.append(('x', a[i - 1], ''))
            i -= 1
        else:
            ops.append(('x', '', b[j - 1]))
            j -= 1
    ops.reverse()
    runs, sa, sb = [], '', ''
    for op, x, y in ops + [('=', '', '')]:
        if op == 'x':
            sa += x
            sb += y
        elif sa or sb:
            runs.append((sa, sb))
            sa, sb = '', ''
    return runs, d[n][m]


def main():
    events = collections.Counter()
    occurrences = collections.Counter()
    for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) != 3:
            continue
        ocr, correct, count = parts[0], parts[1], int(parts[2])
        if not ocr.strip() or not correct.strip():
            continue
        if any(c.isspace() for c in ocr + correct):
            continue
        if abs(len(ocr) - len(correct)) > 2:
            continue
        runs, dist = align(correct, ocr)
        if dist * 2 > max(len(correct), 2):  # mostly unrelated strings
            continue
        # Insertions (empty correct segment) are normalised by the number of
        # character positions.
        occurrences[''] += count * (len(correct) + 1)
        for k in range(len(correct)):
            occurrences[correct[k]] += count
            if k + 1 < len(correct):
                occurrences[correct[k:k + 2]] += count
        for c, o in runs:
            if len(c) <= MAX_SEG and len(o) <= MAX_SEG:
                events[(o, c)] += count
    rows = []
    for (o, c), n in events.items():
        if n < MIN_EVENTS or not occurrences[c]:
            continue
        lp = math.log10(n / occurrences[c])
        if lp < MIN_LOG10_P and not any(ch.isdigit() for ch in o + c):
            continue
        rows.append((o, c, n, lp))
    rows.sort(key=lambda r: (-r[2], r[1], r[0]))
    print('# ocr\tcorrect\tevents\tlog10_p  (derived by derive_confusions.py)')
    for o, c, n, lp in rows:
        print(f'{o}\t{c}\t{n}\t{lp:.3f}')


if __name__ == '__main__':
    main()
