#!/usr/bin/env python3
"""How much of a scanned page's truth OCR put in its text at all.

    scripts/scan-legibility.py CHECK_JSON [--secx build/secx] [--jobs N]
                               [--cache DIR] [--markdown]

CHECK_JSON is `secx check --format json` output (scripts/cover-accuracy.sh
--json DIR writes DIR/test.json and DIR/tune.json). For every value scored
on a scan it asks: does the text `secx text` gives for the file (the same
OCR the check read) contain the true value? A value is *legible* when it
does, written in any form a page prints it:

- file numbers, phones, ZIP codes: their digits, in order, on one line
  (blanks and punctuation between them ignored);
- dates: 12/31/05, 12/31/2005, December 31, 2005 or Dec 31 2005, on one
  line (blanks and punctuation ignored);
- names and addresses: their letters and digits, case ignored, each part
  of an address between commas on one line; a name on one line or over
  two.

A value that is not legible is out of reach of any cover rule: OCR lost
it (handwriting, a stamp over it, a misread character). The table gives,
per field, the values scored, those right, those legible, those legible
but not right (what better rules could still gain), and the rate a
perfect reader of this OCR text would reach ((right + legible but not
right) / scored: a value may be right without being legible, when a rule
read it elsewhere or repaired a misread digit), beside the rate reached
(right / scored). Nothing here changes what secx reads.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]


def fold(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())


def digits(s):
    return re.sub(r"[^0-9]", "", s)


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    name = MONTHS[mi - 1]
    forms = set()
    for mm in (m, str(mi)):
        for dd in (d, str(di)):
            for yy in (y, y[2:]):
                forms.add(f"{mm}{dd}{yy}")
    for n in (name, name[:3]):
        for dd in (d, str(di)):
            forms.add(f"{n}{dd}{y}")
    return forms


def legible(field, truth, lines):
    folded = [fold(l) for l in lines]
    if field in ("commission_file_number", "phone", "zip_code",
                 "irs_employer_id"):
        want = digits(truth)
        if field == "zip_code":
            want = want[:5]
        return bool(want) and any(want in digits(l) for l in lines)
    if field.startswith("reporting_period") or field.endswith("date"):
        forms = date_forms(truth)
        return any(f in l for l in folded for f in forms)
    if field == "address":
        parts = [fold(p) for p in truth.split(",") if fold(p)]
        return bool(parts) and all(any(p in l for l in folded) for p in parts)
    want = fold(truth)
    pairs = [a + b for a, b in zip(folded, folded[1:])]
    return bool(want) and any(want in l for l in folded + pairs)


def ocr_text(secx, path, cache):
    out = os.path.join(cache, os.path.basename(path) + ".txt")
    if not os.path.exists(out):
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        r = subprocess.run([secx, "text", path], capture_output=True,
                           text=True, env=env)
        with open(out, "w") as f:
            f.write(r.stdout)
    with open(out, errors="replace") as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("check_json")
    ap.add_argument("--secx", default="build/secx")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--cache", default="/tmp/secx-legibility")
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.cache, exist_ok=True)
    filings = [f for f in json.load(open(a.check_json))["filings"]
               if f["source"] == "scan"]
    if not filings:
        sys.exit("scan-legibility: no scanned filings in " + a.check_json)
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        texts = dict(zip([f["file"] for f in filings],
                         pool.map(lambda f: ocr_text(a.secx, f["file"], a.cache),
                                  filings)))
    counts = defaultdict(lambda: [0, 0, 0, 0])  # scored right legible lost
    for f in filings:
        lines = texts[f["file"]].split("\n")
        for v in f["values"]:
            c = counts[v["field"]]
            ok = legible(v["field"], v["truth"], lines)
            c[0] += 1
            c[1] += v["outcome"] == "right"
            c[2] += ok
            c[3] += ok and v["outcome"] != "right"
    total = [sum(c[i] for c in counts.values()) for i in range(4)]
    rows = sorted(counts.items()) + [("all", total)]
    if a.markdown:
        print("| field | scored | right | legible in the OCR text | legible, not right | rate reached | rate a perfect reader reaches |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for k, (n, r, l, lost) in rows:
            name = f"**{k}**" if k == "all" else k
            print(f"| {name} | {n} | {r} | {l} | {lost} | {100*r/n:.1f}% | {100*(r+lost)/n:.1f}% |")
    else:
        print(f"{'field':26} {'scored':>6} {'right':>6} {'legible':>8} {'lost':>5} {'rate':>7} {'ceiling':>8}")
        for k, (n, r, l, lost) in rows:
            print(f"{k:26} {n:6} {r:6} {l:8} {lost:5} {100*r/n:6.1f}% {100*(r+lost)/n:7.1f}%")


if __name__ == "__main__":
    main()
