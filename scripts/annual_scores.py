#!/usr/bin/python3
"""Per-record precision and recall of dividends and revenue shares against
labels (used by scripts/annual-eval.sh and scripts/probe-eval.sh; the
matching rules are described at the top of scripts/annual-eval.sh).

  annual_scores.py OUT_DIR DIVIDEND_LABELS REVENUE_SHARE_LABELS

OUT_DIR holds files.tsv (one "part<TAB>file" line per filing) and one
"<file>.json" (secx extract output) per filing.
"""
import json, re, sys
from decimal import Decimal
out, div_path, rev_path = sys.argv[1:4]

def rows(path):
    head, data = None, []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        if head is None:
            head = cells
            continue
        data.append(dict(zip(head, cells + [""] * (len(head) - len(cells)))))
    return data

files = [l.rstrip("\n").split("\t") for l in open(out + "/files.tsv")]
div_labels, rev_labels = rows(div_path), rows(rev_path)

# A labels file may say, in a comment line "# convention: untied
# declarations have no kind", that a declaration its text ties to no
# quarter ("declared a quarterly cash dividend of $0.25 per share, payable
# ...") is labelled with kind "" and no period, where this project's labels
# say "quarterly" (FIELDS.md: kind is the dividend's frequency). Such a
# label then agrees with a record of kind quarterly too.
untied_blank = any(
    l.startswith("#") and "untied declarations have no kind" in l
    for l in open(div_path, encoding="utf-8"))

def num(s):
    try:
        return Decimal(s)
    except Exception:
        return None

def div_match(p, l):
    if num(p.get("per_share", "")) != num(l["per_share"]):
        return False
    if p.get("currency", "") not in ("", l["currency"]):
        return False
    for k in ("declared_date", "record_date", "payable_date"):
        if p.get(k) and l[k] and p[k] != l[k]:
            return False
    if p.get("total_amount") and l["total_amount"] and \
            num(p["total_amount"]) != num(l["total_amount"]):
        return False
    pc = "preferred" if "prefer" in p.get("share_class", "").lower() else ""
    lc = l["share_class"].lower()
    if pc != ("preferred" if "prefer" in lc else ""):
        return False
    # A label naming a class of common stock ("class A") needs a record of
    # that class; a label without one agrees with any common class.
    letter = re.search(r"\bclass\s+([a-z])\b", lc)
    if letter and not re.search(r"(?i)\bclass\s+" + letter.group(1) + r"\b",
                                p.get("share_class", "")):
        return False
    k = p.get("kind", "")
    if untied_blank and k == "quarterly" and not l["kind"] and \
            not l.get("period", "") and l["declared_date"]:
        return True
    if k and k != l["kind"] and (l["kind"] or k in ("quarterly", "annual")):
        return False
    return True

def measure(m):
    m = m.lower()
    if "revenue" in m: return "revenue"
    if "sales" in m: return "sales"
    return m

def rev_match(p, l):
    if num(p.get("percent", "")) != num(l["percent"]):
        return False
    if measure(p.get("metric", "")) != measure(l["metric"]):
        return False
    y = re.findall(r"(?:19|20)\d\d", p.get("period_end", ""))
    if not y or y[0] != l["period_year"]:
        return False
    subject = p.get("subject", "").lower()
    return any(k in subject for k in l["subject_key"].lower().split("|"))

FIELDS = ("declared_date", "record_date", "payable_date", "total_amount",
          "kind", "subject_key")

def agree(p, l):
    return sum(1 for k in FIELDS if l.get(k) and p.get(k) == l.get(k))

def score(records, labels, match):
    right, repeats = 0, 0
    wrong = []
    # Records that say more first, each to the label it agrees with most;
    # then records and labels are paired one to one as far as they can be
    # (a record whose first label another record holds takes another one
    # it matches: "customers outside of North America", 14%, would hold
    # the label "customer", 14%, that the customer's own record needs).
    order = sorted(records, key=lambda p: -sum(1 for k in FIELDS if p.get(k)))
    cands = []
    for p in order:
        c = [i for i, l in enumerate(labels) if match(p, l)]
        c.sort(key=lambda i: -agree(p, labels[i]))
        cands.append(c)
    owner = {}  # label -> record index

    def augment(r, seen):
        for i in cands[r]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = r
                return True
        return False

    for r in range(len(order)):
        augment(r, set())
    paired = set(owner.values())
    for r, p in enumerate(order):
        if r in paired:
            right += 1
        elif cands[r]:
            right += 1; repeats += 1
        else:
            wrong.append(p)
    missed = [l for i, l in enumerate(labels) if i not in owner]
    return right, repeats, wrong, missed

tot = {}
by_kind = {}  # revenue-share labels by where written: (part, kind) -> [labelled, recalled]
detail = []
for part, f in files:
    form = f.split("_")[0]
    try:
        x = json.loads(open(out + "/" + f + ".json").read().splitlines()[0])
    except Exception:
        x = {"dividends": [], "revenue_shares": []}
    for what, recs, labels, match in (
            ("dividends", x.get("dividends", []),
             [l for l in div_labels if l["file"] == f], div_match),
            ("revenue_shares", x.get("revenue_shares", []),
             [l for l in rev_labels if l["file"] == f], rev_match)):
        right, repeats, wrong, missed = score(recs, labels, match)
        for key in ((what, part, form), (what, part, "all")):
            t = tot.setdefault(key, [0, 0, 0, 0, 0])
            t[0] += len(recs); t[1] += right; t[2] += repeats
            t[3] += len(labels); t[4] += len(labels) - len(missed)
        for p in wrong:
            detail.append("%s %s %s wrong: %s" % (part, f, what, json.dumps(
                {k: v for k, v in p.items() if k not in ("start", "end", "page", "confidence")})))
        for l in missed:
            detail.append("%s %s %s missed: %s" % (part, f, what, json.dumps(l)))
        if what == "revenue_shares":  # recall of sentence and table labels
            for l in labels:
                kind = "tables" if l.get("evidence", "").startswith("table") else "sentences"
                t = by_kind.setdefault((part, kind), [0, 0])
                t[0] += 1
                t[1] += all(l is not m for m in missed)

def pct(a, b):
    return "%.3f" % (a / b) if b else "-"

print("what            part  form  found  right  repeats  precision  labelled  recalled  recall")
for what in ("dividends", "revenue_shares"):
    for part in ("test", "tune"):
        for form in ("10-K", "10-Q", "all"):
            t = tot.get((what, part, form), [0, 0, 0, 0, 0])
            print("%-15s %-5s %-5s %6d %6d %8d %10s %9d %9d %7s" % (
                what, part, form, t[0], t[1], t[2], pct(t[1], t[0]), t[3], t[4], pct(t[4], t[3])))
for part in ("test", "tune"):
    for kind in ("sentences", "tables"):
        t = by_kind.get((part, kind), [0, 0])
        print("%-15s %-5s %-5s %6s %6s %8s %10s %9d %9d %7s" % (
            "rs_" + kind, part, "all", "-", "-", "-", "-", t[0], t[1], pct(t[1], t[0])))
print()
for d in detail:
    print(d)
