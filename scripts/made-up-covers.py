#!/usr/bin/python3
"""Made-up covers of 10-K, 10-Q, 8-K, 10-KSB, S-1 and 20-F filings, each
written three ways: as a 1990s fixed-width text filing, as an HTML cover of
tables and paragraphs, and typeset in a proportional font and scanned (the
text with TABs between its cells, through scripts/typeset.py with specks).
secx reads each one back and every value is scored against the values the
cover was drawn with: the truth comes with the cover.

Each cover is drawn from a seed: the form, the wording of every caption
(among the wordings filers print), where each value sits (over its
caption, beside it after a colon, in a row of cells over a row of
captions, the zip in a column of its own or inside the address), how the
name and the address wrap, and the values themselves (made-up names from
word lists; cities come with a ZIP code and area code of their own
state). No filing is copied.

Seeds are a split: covers of seeds 1-99 may be looked at while tuning the
rules; seeds 1001 and up are the held-out part, measured only by totals.

Usage: scripts/made-up-covers.py [--seeds FROM-TO] [--ways text,html,scan]
                                 [--list] [--jobs N] [SECX] [OUT_DIR]
Needs Debian's python3-pil and fonts-liberation (scripts/setup.sh).
"""

import html
import importlib.util
import json
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from facing_scores import Totals, comparable, seed_parser, seeds_and_out

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location(
    "facing_forms", os.path.join(ROOT, "scripts", "facing-forms.py"))
_ff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ff)
CITIES, SURNAMES, PLACES, STREET_NAMES, STREET_TYPES, MONTHS, DAYS = (
    _ff.CITIES, _ff.SURNAMES, _ff.PLACES, _ff.STREET_NAMES, _ff.STREET_TYPES,
    _ff.MONTHS, _ff.DAYS)

BUSINESS = """Instruments Technologies Foods Energy Bancorp Pharmaceuticals
Industries Systems Holdings Resources Brands Semiconductor Networks Realty
Therapeutics Logistics Materials""".split()
LEGAL = ["Inc.", "Corporation", "Corp.", "Company", "Co.", "Incorporated",
         "Holdings, Inc.", "Group, Inc."]
STATES_INC = ["Delaware", "Nevada", "New York", "Maryland", "California",
              "Ohio", "Pennsylvania", "Texas", "Florida", "Minnesota"]
FORMS = ["10-K", "10-Q", "8-K", "10-KSB", "S-1", "20-F"]

CAP = {
    "name": ["(Exact name of registrant as specified in its charter)",
             "(Exact Name of Registrant as Specified in Its Charter)",
             "(EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)",
             "(Exact name of registrant as specified in charter)"],
    "name-ksb": ["(Name of small business issuer in its charter)",
                 "(Exact name of small business issuer as specified in its charter)"],
    "state": ["(State or other jurisdiction of incorporation or organization)",
              "(State or Other Jurisdiction of Incorporation)",
              "(State of incorporation)",
              "(Jurisdiction of incorporation or organization)"],
    "irs": ["(I.R.S. Employer Identification No.)",
            "(IRS Employer Identification Number)",
            "(I.R.S. Employer Identification Number)"],
    "file": ["(Commission File Number)", "(Commission file number)"],
    "address": ["(Address of principal executive offices)",
                "(Address of Principal Executive Offices)"],
    "zip": ["(Zip Code)", "(Zip code)"],
    "address-zip": ["(Address of principal executive offices, including zip code)",
                    "(Address of principal executive offices) (Zip Code)",
                    "(Address, including zip code, of principal executive offices)"],
    "phone": ["(Registrant's telephone number, including area code)",
              "(Registrant's Telephone Number, Including Area Code)",
              "(Telephone number, including area code)"],
    "phone-ksb": ["(Issuer's telephone number)"],
}


def draw(seed):
    r = random.Random(seed)
    form = r.choice(FORMS)
    year = r.randrange(1994, 2008) if form == "10-KSB" else r.randrange(1994, 2024)
    name = "%s %s %s" % (r.choice(PLACES + SURNAMES), r.choice(BUSINESS), r.choice(LEGAL))
    if r.random() < 0.4:
        name = name.upper()
    city, state, st, zip5, area = r.choice(CITIES)
    street = "%d %s %s" % (r.randrange(1, 9999), r.choice(STREET_NAMES), r.choice(STREET_TYPES))
    if r.random() < 0.25:
        street += ", Suite %d" % r.randrange(100, 2000)
    zip_code = zip5 + ("-%04d" % r.randrange(1, 9999) if r.random() < 0.3 else "")
    phone = "(%s) 555-%04d" % (area, r.randrange(100, 10000))
    v = {
        "form": form,
        "registrant_name": name,
        "state_of_incorporation": r.choice(STATES_INC),
        "irs_employer_id": "%02d-%07d" % (r.randrange(10, 99), r.randrange(0, 9999999)),
        "street": street,
        "city_line": "%s, %s" % (city, r.choice([state, st])),
        "zip_code": zip_code,
        "phone": phone,
    }
    if form == "S-1":
        v["commission_file_number"] = "333-%d" % r.randrange(10000, 250000)
    else:
        v["commission_file_number"] = r.choice(["0-%d", "1-%d", "001-%d", "000-%d"]) % (
            r.randrange(1000, 40000))
    m = r.randrange(12)
    if form == "8-K":
        d = r.randrange(1, DAYS[m] + 1)
        v["report_date"] = "%04d-%02d-%02d" % (year, m + 1, d)
        v["date_text"] = "%s %d, %d" % (MONTHS[m], d, year)
    elif form != "S-1":
        if form == "10-Q":
            m = r.choice([2, 5, 8])
        v["reporting_period_end"] = "%04d-%02d-%02d" % (year, m + 1, DAYS[m])
        v["date_text"] = "%s %d, %d" % (MONTHS[m], DAYS[m], year)
    if form == "20-F":  # no IRS number; the phone is printed further on
        del v["irs_employer_id"]
    v["layout"] = {
        "caps": {k: r.choice(c) for k, c in CAP.items()},
        "name_split": len(name) > 28 and r.random() < 0.4,
        "state_row_with_file": form == "8-K" or r.random() < 0.2,
        "address": r.choice(["one-line-zip-column", "two-lines-zip-inside",
                             "one-line-zip-inside", "combined-with-phone"]),
        "phone": r.choice(["below", "colon"]),
        "file_place": r.choice(["own-line", "beside-period"]),
    }
    if form in ("8-K", "20-F") or v["layout"]["state_row_with_file"]:
        v["layout"]["file_place"] = "row" if form != "20-F" else "own-line"
    return v


def truth_of(v):
    t = {k: v[k] for k in ("registrant_name", "state_of_incorporation", "commission_file_number",
                           "irs_employer_id", "zip_code", "phone", "report_date",
                           "reporting_period_end") if k in v}
    t["address"] = "%s, %s" % (v["street"], v["city_line"])
    if v["form"] == "20-F":
        del t["phone"]
    return t


def blocks(v):
    """The cover as rows of cells: [[cell, ...], ...] ("" is a blank line)."""
    L, form = v["layout"], v["form"]
    cap = L["caps"]
    ksb = form == "10-KSB"
    rows = [["UNITED STATES"], ["SECURITIES AND EXCHANGE COMMISSION"],
            ["Washington, D.C. 20549"], [""], ["FORM %s" % form], [""]]
    title = {"10-K": "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             "10-KSB": "ANNUAL REPORT UNDER SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             "10-Q": "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             "8-K": "CURRENT REPORT Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934",
             "S-1": "REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933",
             "20-F": "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"}[form]
    rows += [[title], [""]]
    period = None
    if form == "8-K":
        period = "Date of Report (Date of earliest event reported): %s" % v["date_text"]
    elif form == "10-Q":
        period = "For the quarterly period ended %s" % v["date_text"]
    elif form != "S-1":
        period = "For the fiscal year ended %s" % v["date_text"]
    fno = v["commission_file_number"]
    fline = ("Registration No. %s" if form == "S-1" else "Commission file number %s") % fno
    if period and L["file_place"] == "beside-period":
        rows += [[period, fline], [""]]
    else:
        if period:
            rows += [[period], [""]]
        if L["file_place"] != "row":
            rows += [[fline], [""]]
    name = v["registrant_name"]
    if L["name_split"]:
        words = name.split()
        half = len(words) // 2
        rows += [[" ".join(words[:half])], [" ".join(words[half:])]]
    else:
        rows += [[name]]
    rows += [[cap["name-ksb"] if ksb else cap["name"]], [""]]
    if form == "20-F":
        rows += [[v["state_of_incorporation"]], ["(Jurisdiction of incorporation or organization)"], [""]]
    elif L["file_place"] == "row":
        rows += [[v["state_of_incorporation"], fno, v["irs_employer_id"]],
                 [cap["state"], cap["file"], cap["irs"]], [""]]
    else:
        rows += [[v["state_of_incorporation"], v["irs_employer_id"]],
                 [cap["state"], cap["irs"]], [""]]
    street, cl, zc, ph = v["street"], v["city_line"], v["zip_code"], v["phone"]
    a = L["address"]
    if form == "S-1":
        a = "combined-with-phone"
    if a == "one-line-zip-column":
        rows += [["%s, %s" % (street, cl), zc], [cap["address"], cap["zip"]], [""]]
    elif a == "two-lines-zip-inside":
        rows += [[street], ["%s %s" % (cl, zc)], [cap["address-zip"]], [""]]
    elif a == "one-line-zip-inside":
        rows += [["%s, %s %s" % (street, cl, zc)], [cap["address-zip"]], [""]]
    else:
        rows += [[street], ["%s %s" % (cl, zc)], [ph],
                 ["(Address, including zip code, and telephone number, including area code, of registrant's principal executive offices)"],
                 [""]]
    if a != "combined-with-phone" and form != "20-F":
        pcap = cap["phone-ksb"] if ksb else cap["phone"]
        if L["phone"] == "colon":
            rows += [["%s: %s" % (pcap.strip("()"), ph)], [""]]
        else:
            rows += [[ph], [pcap], [""]]
    rows += [["Securities registered pursuant to Section 12(b) of the Act: None"]]
    return rows


def as_text(rows, sep):
    """Fixed-width text (sep None: cells in 38-column slots) or cells
    joined by `sep` (a TAB, for typesetting)."""
    out = []
    for row in rows:
        if len(row) == 1:
            out.append(row[0].center(76).rstrip() if sep is None and len(row[0]) < 76 else row[0])
        elif sep is None:
            width = 76 // len(row)
            out.append("".join(c.ljust(width) if len(c) < width else c + "  " for c in row).rstrip())
        else:
            out.append(sep.join(row))
    return "\n".join(out) + "\n"


def as_html(rows, r):
    parts = ["<html><body>"]
    i = 0
    while i < len(rows):
        row = rows[i]
        if len(row) == 1:
            style = ' style="text-align:center"' if r.random() < 0.7 else ""
            parts.append("<p%s>%s</p>" % (style, html.escape(row[0]) or "&#160;"))
            i += 1
            continue
        table = []
        while i < len(rows) and len(rows[i]) > 1:
            table.append(rows[i])
            i += 1
        parts.append("<table>")
        for t in table:
            parts.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in t) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def read(secx, path):
    res = subprocess.run([secx, "extract", "-q", path], capture_output=True, text=True,
                         env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    got = {}
    for line in res.stdout.splitlines():
        for f in json.loads(line)["fields"]:
            if f.get("entity", 0) == 0 and not f["rule"].startswith(("sgml.", "ixbrl.")):
                got.setdefault(f["name"], f["value"])
    return got


def same_address(truth, got, zip_code):
    """Addresses compare without their zip (the contract keeps it when the
    cover prints it inside the address)."""
    def key(s):
        k = comparable(s)
        digits = "".join(c for c in zip_code if c.isdigit())
        for tail in (digits, digits[:5]):
            if k.endswith(tail):
                return k[:-len(tail)]
        return k
    return key(truth) == key(got)


def same(field, truth, got):
    """As secx check compares: ZIP codes on their first five digits."""
    if field == "zip_code":
        return comparable(got)[:5] == comparable(truth)[:5]
    return comparable(got) == comparable(truth)


def check(secx, seed, way, out):
    v = draw(seed)
    r = random.Random(seed * 7 + len(way))
    rows = blocks(v)
    base = os.path.join(out, "cover-%d-%s" % (seed, way))
    if way == "text":
        path = base + ".txt"
        with open(path, "w") as f:
            f.write(as_text(rows, None))
    elif way == "html":
        path = base + ".htm"
        with open(path, "w") as f:
            f.write(as_html(rows, r))
    else:
        src = base + ".src.txt"
        with open(src, "w") as f:
            f.write(as_text(rows, "\t"))
        font = r.choice(["serif", "sans"])
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "typeset.py"),
                        "--font", font, "--size", str(r.choice([10, 11, 12])), "--dpi", "200",
                        "--pages", "1", "--noise", src, base],
                       check=True, stdout=subprocess.DEVNULL)
        path = base + "-p1.png"
    got = read(secx, path)
    results = []
    for field, value in truth_of(v).items():
        g = got.get(field)
        if not g:
            k = 2
        elif field == "address":
            k = 0 if same_address(value, g, v["zip_code"]) else 1
        else:
            k = 0 if same(field, value, g) else 1
        results.append((field, value, g or "", k))
    return seed, way, v["form"], results


def main():
    ap = seed_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--ways", default="text,html,scan")
    a = ap.parse_args()
    seeds, out = seeds_and_out(a, "secx-made-up-covers-")
    jobs = [(s, w) for s in seeds for w in a.ways.split(",")]
    with ThreadPoolExecutor(a.jobs) as pool:
        done = list(pool.map(lambda j: check(a.secx, j[0], j[1], out), jobs))
    totals = Totals()
    for seed, way, form, results in done:
        for field, value, got, k in results:
            if k and a.list:
                print("cover-%d-%s\t%s\t%s\t%s\t%s" % (seed, way, form, field, value, got),
                      file=sys.stderr)
            totals.add((("way", way), ("form", form), ("field", field), ("all", "all")), k)
    totals.print()
    if not a.out:
        for f in os.listdir(out):
            os.remove(os.path.join(out, f))
        os.rmdir(out)


if __name__ == "__main__":
    main()
