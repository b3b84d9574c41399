"""Scoring shared by the made-up facing-page checks (facing-forms.py,
synthetic-facing.py): a value read is right, wrong or missing against the
page's truth, and the totals print as one table.
"""

import argparse
import os
import tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def comparable(value):
    """Letters and digits in capitals: how a value read is compared."""
    return "".join(c.upper() for c in value if c.isalnum())


def outcome(truth, got):
    """0 right, 1 wrong, 2 missing (`got` is None or "" when not read)."""
    if not got:
        return 2
    return 0 if comparable(got) == comparable(truth) else 1


class Totals:
    """Right, wrong and missing counts under keys such as ("field", "zip_code")."""

    def __init__(self):
        self.counts = defaultdict(lambda: [0, 0, 0])

    def add(self, keys, kind):
        for key in keys:
            self.counts[key][kind] += 1

    def print(self, by_width=6, what_width=24):
        print("%-*s %-*s %6s %6s %6s %8s %9s" % (by_width, "by", what_width, "what", "right",
                                                 "wrong", "missing", "rate", "precision"))
        for key in sorted(self.counts, key=lambda k: (k[0] != "all", k)):
            r, w, m = self.counts[key]
            print("%-*s %-*s %6d %6d %6d %7.1f%% %8.1f%%" % (
                by_width, key[0], what_width, key[1], r, w, m, 100.0 * r / (r + w + m),
                100.0 * r / (r + w) if r + w else 0.0))


def seed_parser(description):
    """The command line the seeded checks share: --seeds FROM-TO, --list,
    --jobs N, then SECX and OUT_DIR."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seeds", default="1-30")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("secx", nargs="?", default=os.path.join(ROOT, "build", "secx"))
    ap.add_argument("out", nargs="?")
    return ap


def seeds_and_out(args, prefix):
    """The seed range and the output folder (a fresh temporary one when
    none is given)."""
    lo, hi = (int(x) for x in args.seeds.split("-"))
    out = args.out or tempfile.mkdtemp(prefix=prefix)
    os.makedirs(out, exist_ok=True)
    return range(lo, hi + 1), out
