#!/usr/bin/python3
"""Made-up X-17A-5 facing pages, typeset and read back: the cover values secx
reads from each page printed in serif, sans and mono type (10 pt, 200 dpi,
with specks: scripts/typeset.py --noise) and in 11 pt without specks, scored
against the values the page was written with (eval/synthetic/truth.tsv).

The pages in eval/synthetic/ were written for this check and were not used
to develop the rules (the two in tests/golden/data/ were); they are a small
held-out check of robustness to type and specks, next to the real scans of
scripts/cover-accuracy.sh. Values compare on their letters and digits.

Usage: scripts/synthetic-facing.py [--list] [SECX] [OUT_DIR]
  --list  also print every wrong and missing value (file, rendering, field,
          truth, value read)
"""
import csv
import json
import os
import subprocess
import sys
from collections import defaultdict

from facing_scores import Totals, outcome

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST = "--list" in sys.argv[1:]
ARGS = [a for a in sys.argv[1:] if a != "--list"]
SECX = ARGS[0] if len(ARGS) > 0 else os.path.join(ROOT, "build", "secx")
OUT = ARGS[1] if len(ARGS) > 1 else "/tmp/secx-synthetic-facing"
DATA = os.path.join(ROOT, "eval", "synthetic")
RENDERINGS = [("serif", 10, True), ("sans", 10, True), ("mono", 10, True),
              ("serif", 11, False), ("sans", 11, False)]


def main():
    os.makedirs(OUT, exist_ok=True)
    truth = defaultdict(dict)
    with open(os.path.join(DATA, "truth.tsv")) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            truth[row["file"]][row["field"]] = row["value"]
    totals = Totals()
    for name, fields in sorted(truth.items()):
        for font, size, noise in RENDERINGS:
            prefix = os.path.join(OUT, "%s-%s-%d%s" % (name, font, size,
                                                       "-noise" if noise else ""))
            cmd = ["/usr/bin/python3", os.path.join(ROOT, "scripts", "typeset.py"),
                   "--font", font, "--size", str(size), "--dpi", "200"]
            if noise:
                cmd.append("--noise")
            subprocess.run(cmd + [os.path.join(DATA, name), prefix], check=True,
                           stdout=subprocess.DEVNULL)
            out = subprocess.run([SECX, "extract", prefix + "-p1.png"], check=True,
                                 capture_output=True, text=True).stdout
            got = {}
            for line in out.splitlines():
                for fld in json.loads(line)["fields"]:
                    if fld.get("entity", 0) == 0:
                        got.setdefault(fld["name"], fld["value"])
            rendering = "%s %dpt%s" % (font, size, " specks" if noise else "")
            for field, value in fields.items():
                k = outcome(value, got.get(field))
                if k and LIST:
                    print("%s\t%s\t%s\t%s\t%s" % (name, rendering, field, value,
                                                  got.get(field, "")), file=sys.stderr)
                totals.add((("field", field), ("rendering", rendering), ("all", "all")), k)
    totals.print(by_width=10, what_width=26)

if __name__ == "__main__":
    main()
