#!/usr/bin/env python3
"""Divides the development corpus once, by company, into a tuning part and a
test part, and writes eval/split.tsv (source, company key, part, files).

Company keys: the CIK in the file name (x17a5, edgar-8k), the ticker in the
file name (ixbrl), the file name itself (edgar-sgml, one filing each).
Companies whose filings are in the labelled golden corpus (corpus/) were
tuned on by earlier work and are always in the tuning part. The others are
ordered by SHA-256 of "secx-split-1:" + key and dealt alternately, test
first, within each source, so each source's test part is about half of its
companies. Run once; the file is committed and never regenerated to suit a
result.

Usage: scripts/make-split.py [SHARED_CORPUS] > eval/split.tsv
"""
import csv
import hashlib
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpus")

seen = set()
with open(os.path.join(root, "corpus", "manifest.csv")) as f:
    for row in csv.DictReader(f):
        base = os.path.basename(row["source"])
        seen.add(base.split("_")[0] if "_" in base else base)


def key_of(source, name):
    if source in ("x17a5", "edgar-8k"):
        return name.split("_")[0].split("-")[0]
    if source == "ixbrl":
        return name.split("_")[1]
    return name


print("source\tcompany\tpart\tfiles")
for source in ("edgar-8k", "edgar-sgml", "ixbrl", "x17a5"):
    files = {}
    for name in sorted(os.listdir(os.path.join(shared, source))):
        files.setdefault(key_of(source, name), []).append(name)
    fresh = sorted((k for k in files if k not in seen),
                   key=lambda k: hashlib.sha256(("secx-split-1:" + k).encode()).hexdigest())
    part = {k: "tune" for k in files if k in seen}
    for i, k in enumerate(fresh):
        part[k] = "test" if i % 2 == 0 else "tune"
    for k in sorted(files):
        print(f"{source}\t{k}\t{part[k]}\t{' '.join(files[k])}")
