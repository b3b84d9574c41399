#!/usr/bin/python3
"""Made-up X-17A-5 facing pages drawn as the paper form is filled in and
scanned, read back by secx and scored against the values they were drawn
with: the truth comes with each page.

Each page is drawn from a seed: the printed form (serif or sans captions,
boxes and rules, the 1990s-2000s SEC 1410 layout) with values typed on it
(a typewriter's mono or a word processor's serif or sans, in capitals or
not, a little off their rules), then, as a scan: a receipt stamp over some
part of the page, a skew, blur, specks, and sometimes a fax-like black and
white threshold. Names, streets, people and firms are made up from word
lists; cities come with a ZIP code and area code of their own state. No
filing is copied.

Seeds are a split: pages of seeds 1-99 may be looked at while tuning the
rules; seeds 1001 and up are the held-out part, measured only by totals
(scripts/cover-accuracy.sh does not run this; see README, "Made-up scanned
facing pages").

Usage: scripts/facing-forms.py [--seeds FROM-TO] [--list] [--keep]
                               [--jobs N] [SECX] [OUT_DIR]
  --seeds  which pages (default 1-30: the tuning pages)
  --list   print every value not read right (file, field, truth, value)
  --keep   keep the page images and their truth in OUT_DIR
Needs Debian's python3-pil and fonts-liberation (scripts/setup.sh).
"""
import json
import math
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from facing_scores import Totals, outcome, seed_parser, seeds_and_out

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB = "/usr/share/fonts/truetype/liberation/"
FACES = {
    "serif": "LiberationSerif-Regular.ttf",
    "serif-bold": "LiberationSerif-Bold.ttf",
    "sans": "LiberationSans-Regular.ttf",
    "sans-bold": "LiberationSans-Bold.ttf",
    "narrow": "LiberationSansNarrow-Regular.ttf",
    "mono": "LiberationMono-Regular.ttf",
}
DPI = 200

# Cities with a ZIP code and an area code of their own state.
CITIES = [
    ("New York", "New York", "NY", "10004", "212"),
    ("New York", "New York", "NY", "10022", "212"),
    ("New York", "New York", "NY", "10170", "646"),
    ("Purchase", "New York", "NY", "10577", "914"),
    ("Chicago", "Illinois", "IL", "60606", "312"),
    ("Chicago", "Illinois", "IL", "60603", "312"),
    ("Boston", "Massachusetts", "MA", "02110", "617"),
    ("San Francisco", "California", "CA", "94104", "415"),
    ("Los Angeles", "California", "CA", "90071", "213"),
    ("Irvine", "California", "CA", "92614", "949"),
    ("Dallas", "Texas", "TX", "75201", "214"),
    ("Houston", "Texas", "TX", "77002", "713"),
    ("Denver", "Colorado", "CO", "80202", "303"),
    ("Atlanta", "Georgia", "GA", "30303", "404"),
    ("Minneapolis", "Minnesota", "MN", "55402", "612"),
    ("Philadelphia", "Pennsylvania", "PA", "19103", "215"),
    ("Pittsburgh", "Pennsylvania", "PA", "15222", "412"),
    ("Seattle", "Washington", "WA", "98101", "206"),
    ("Miami", "Florida", "FL", "33131", "305"),
    ("Boca Raton", "Florida", "FL", "33431", "561"),
    ("Charlotte", "North Carolina", "NC", "28202", "704"),
    ("St. Louis", "Missouri", "MO", "63102", "314"),
    ("Kansas City", "Missouri", "MO", "64105", "816"),
    ("Jersey City", "New Jersey", "NJ", "07310", "201"),
    ("Red Bank", "New Jersey", "NJ", "07701", "732"),
    ("Baltimore", "Maryland", "MD", "21202", "410"),
    ("Phoenix", "Arizona", "AZ", "85004", "602"),
    ("Cleveland", "Ohio", "OH", "44114", "216"),
    ("Cincinnati", "Ohio", "OH", "45202", "513"),
    ("Richmond", "Virginia", "VA", "23219", "804"),
    ("Stamford", "Connecticut", "CT", "06901", "203"),
    ("Hartford", "Connecticut", "CT", "06103", "860"),
    ("Nashville", "Tennessee", "TN", "37219", "615"),
    ("Memphis", "Tennessee", "TN", "38103", "901"),
    ("Salt Lake City", "Utah", "UT", "84111", "801"),
    ("Portland", "Oregon", "OR", "97204", "503"),
    ("Milwaukee", "Wisconsin", "WI", "53202", "414"),
    ("Omaha", "Nebraska", "NE", "68102", "402"),
    ("Des Moines", "Iowa", "IA", "50309", "515"),
    ("Louisville", "Kentucky", "KY", "40202", "502"),
    ("New Orleans", "Louisiana", "LA", "70130", "504"),
    ("Indianapolis", "Indiana", "IN", "46204", "317"),
    ("Detroit", "Michigan", "MI", "48226", "313"),
]
SURNAMES = """Abernathy Ashgrove Bellweather Birchall Blackwood Brantley Calloway
Carrow Dunmore Eastlake Ellsworth Fairbairn Fenwick Galloway Garrick Hadley
Halloran Hartwell Kendrick Kingsley Lockhart Marlowe Merriweather Northcott
Oakhurst Pemberton Quimby Radcliffe Redfern Rowntree Sandoval Sheffield
Thackeray Underhill Vandermeer Wakefield Whitcombe Winslow Yardley Ashby
Holloway Brandt Lindqvist Okafor Castellano Nakamura Petrov Dubois Mendez
Fitzgerald Harrington Montague Prescott Stanhope Thornbury""".split()
FIRST = """Alan Barbara Catherine Daniel Eleanor Francis Gregory Helen Irene James
Karen Lawrence Margaret Nathan Olivia Patrick Rachel Samuel Theresa Victor
Walter Yvonne Anthony Beatrice Charles Dorothy Edward Florence George Harold
Priya Kenji Maria Thomas Ingrid Rafael""".split()
FIRM_WORDS = """Capital Securities Investments Financial Brokerage Partners Markets
Advisors Clearing Trading Equities Securities""".split()
PLACES = """Harbor Summit Granite Meridian Beacon Cedar Keystone Riverside Lakeshore
Pinnacle Sterling Bayview Crescent Ironwood Northgate Westbridge Fairview
Highland Kestrel Bluewater Copperfield Windmere""".split()
FORMS = ["Inc.", "LLC", "L.P.", "Corp.", "Corporation", "Incorporated", "Co.",
         "Company", "Ltd."]
STREET_NAMES = """Main Broad Wall Market Water Pine Maple Oak Elm Park Madison
Lexington Franklin Washington Jefferson Grand Commerce Liberty Church State
Walnut Chestnut Spring Wacker Peachtree Congress Canal""".split()
STREET_TYPES = ["Street", "Avenue", "Boulevard", "Drive", "Plaza", "Place",
                "Road", "Lane", "Way"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def make_values(r):
    v = {}
    if r.random() < 0.5:
        name = "%s %s %s" % (r.choice(PLACES), r.choice(FIRM_WORDS), r.choice(FORMS))
    elif r.random() < 0.5:
        name = "%s & %s %s, %s" % (r.choice(SURNAMES), r.choice(SURNAMES),
                                   r.choice(FIRM_WORDS), r.choice(FORMS))
    else:
        name = "%s %s %s %s" % (r.choice(SURNAMES), r.choice(PLACES),
                                r.choice(FIRM_WORDS), r.choice(FORMS))
    if "," not in name and r.random() < 0.4 and not name.endswith(("LLC", "L.P.")):
        name = name.replace(" Inc.", ", Inc.").replace(" Ltd.", ", Ltd.")
    v["registrant_name"] = name
    v["commission_file_number"] = "8-%d" % r.randrange(10000, 70000)
    # A fiscal year: ends on the last day of a month (December most often).
    year = r.randrange(1994, 2012)
    end_month = 12 if r.random() < 0.6 else r.randrange(1, 12)
    end_day = DAYS[end_month - 1]
    start_month = end_month % 12 + 1
    start_year = year - 1 if start_month != 1 else year
    v["reporting_period_start"] = "%04d-%02d-01" % (start_year, start_month)
    v["reporting_period_end"] = "%04d-%02d-%02d" % (year, end_month, end_day)
    city = r.choice(CITIES)
    number = str(r.choice([r.randrange(1, 99), r.randrange(100, 999),
                           r.randrange(1000, 9999)]))
    street = "%s %s %s" % (number, r.choice(STREET_NAMES), r.choice(STREET_TYPES))
    if r.random() < 0.35:
        street += r.choice([", Suite %d" % r.randrange(100, 4000),
                            ", %dth Floor" % r.randrange(4, 40)])
    v["_street"], v["_city"] = street, city[0]
    v["_state"] = city[1] if r.random() < 0.6 else city[2]
    v["zip_code"] = city[3]
    v["address"] = "%s, %s %s %s" % (street, city[0], v["_state"], city[3])
    first, last = r.choice(FIRST), r.choice(SURNAMES)
    contact = "%s %s. %s" % (first, chr(r.randrange(65, 91)), last)
    if r.random() < 0.2:
        contact = "%s %s" % (first, last)
    v["contact_name"] = contact
    v["phone"] = "(%s) %03d-%04d" % (city[4], r.randrange(200, 999),
                                     r.randrange(0, 10000))
    a, b = r.sample(SURNAMES, 2)
    v["auditor_name"] = r.choice(["%s %s LLP" % (a, b), "%s & %s LLP" % (a, b),
                                  "%s & Company, P.C." % a,
                                  "%s, %s & Co. LLP" % (a, b)])
    v["_auditor_city"] = r.choice(CITIES)
    return v


def fmt_date(iso, style, r):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:])
    if style == "numeric":
        return "%02d/%02d/%02d" % (m, d, y % 100)
    if style == "numeric4":
        return "%d/%d/%d" % (m, d, y)
    return "%s %d, %d" % (MONTHS[m - 1], d, y)


class Page:
    def __init__(self, r):
        self.r = r
        self.img = Image.new("L", (int(8.5 * DPI), int(11 * DPI)), 255)
        self.draw = ImageDraw.Draw(self.img)
        serif = r.random() < 0.6
        self.cap = self.font("serif" if serif else "sans", r.uniform(7.5, 9))
        self.bold = self.font("serif-bold" if serif else "sans-bold", r.uniform(10, 13))
        self.small = self.font("serif" if serif else "sans", r.uniform(6, 7))
        kind = r.choice(["mono", "mono", "serif", "sans"])
        self.typed = self.font(kind, r.uniform(9.5, 12) if kind == "mono"
                               else r.uniform(10, 12))
        self.caps = r.random() < 0.3
        self.kind = kind

    def font(self, face, pt):
        return ImageFont.truetype(LIB + FACES[face], round(pt * DPI / 72))

    def text(self, x, y, s, font=None, center=False, fill=0):
        font = font or self.cap
        if center:
            x -= font.getlength(s) / DPI / 2
        self.draw.text((x * DPI, y * DPI), s, font=font, fill=fill)

    def rule(self, x0, x1, y, width=2):
        self.draw.line([(x0 * DPI, y * DPI), (x1 * DPI, y * DPI)], fill=0, width=width)

    def box(self, x0, y0, x1, y1):
        self.draw.rectangle([x0 * DPI, y0 * DPI, x1 * DPI, y1 * DPI], outline=0, width=2)

    def typed_value(self, x, y_rule, s):
        """A value typed on the rule at y_rule, a little off it."""
        r = self.r
        if self.caps:
            s = s.upper()
        h = self.typed.size / DPI
        y = y_rule - h * r.uniform(1.05, 1.35)
        self.text(x + r.uniform(-0.05, 0.12), y, s, self.typed)


def draw_form(r, v, styles):
    p = Page(r)
    L, R = 0.75, 7.75
    # Headings and the boxes at the top right.
    p.box(5.6, 0.55, 7.75, 1.35)
    p.text(6.675, 0.58, "OMB APPROVAL", p.cap, center=True)
    p.text(5.65, 0.75, "OMB Number:        3235-0123")
    p.text(5.65, 0.9, "Expires:   %s %d, %d" % (r.choice(MONTHS[::3]), 30, r.randrange(1995, 2013)))
    p.text(5.65, 1.05, "Estimated average burden")
    p.text(5.65, 1.2, "hours per response . . . 12.00")
    p.text(3.6, 0.6, "UNITED STATES", p.cap, center=True)
    p.text(3.6, 0.75, "SECURITIES AND EXCHANGE COMMISSION", p.cap, center=True)
    p.text(3.6, 0.9, "Washington, D.C. 20549", p.cap, center=True)
    p.text(3.6, 1.15, "ANNUAL AUDITED REPORT", p.bold, center=True)
    p.text(3.6, 1.38, "FORM X-17A-5", p.bold, center=True)
    p.text(3.6, 1.61, "PART III", p.bold, center=True)
    p.box(5.9, 1.5, 7.5, 2.05)
    p.text(6.7, 1.53, "SEC FILE NUMBER", p.cap, center=True)
    p.rule(5.9, 7.5, 1.68, 1)
    p.typed_value(6.1, 1.98, v["commission_file_number"])
    p.text(3.6, 1.95, "FACING PAGE", p.bold, center=True)
    p.text(4.25, 2.2, "Information Required of Brokers and Dealers Pursuant to Section 17 of the",
           p.cap, center=True)
    p.text(4.25, 2.35, "Securities Exchange Act of 1934 and Rule 17a-5 Thereunder", p.cap, center=True)
    # The period boxes.
    y = 2.75
    p.text(L, y - 0.13, "REPORT FOR THE PERIOD BEGINNING")
    p.rule(3.05, 4.6, y)
    p.text(4.7, y - 0.13, "AND ENDING")
    p.rule(5.5, 7.3, y)
    p.text(3.8, y + 0.03, "MM/DD/YY", p.small, center=True)
    p.text(6.4, y + 0.03, "MM/DD/YY", p.small, center=True)
    # A typist fits the date on its rule: a long one too wide is numeric.
    dates = [fmt_date(v[k], styles["date"], r)
             for k in ("reporting_period_start", "reporting_period_end")]
    if max(p.typed.getlength(d.upper() if p.caps else d) for d in dates) > 1.45 * DPI:
        dates = [fmt_date(v[k], "numeric", r)
                 for k in ("reporting_period_start", "reporting_period_end")]
    p.typed_value(3.2, y, dates[0])
    p.typed_value(5.6, y, dates[1])
    p.rule(L, R, 3.0, 3)
    p.text(4.25, 3.05, "A. REGISTRANT IDENTIFICATION", p.bold, center=True)
    p.rule(L, R, 3.3, 1)
    # Name, with the official-use box beside it.
    p.text(L, 3.45, "NAME OF BROKER-DEALER:")
    p.box(5.9, 3.4, 7.6, 3.95)
    p.text(6.75, 3.43, "OFFICIAL USE ONLY", p.cap, center=True)
    p.rule(5.9, 7.6, 3.6, 1)
    p.text(6.75, 3.8, "FIRM ID. NO.", p.cap, center=True)
    p.typed_value(L + 0.1, 3.85, v["registrant_name"])
    p.text(L, 4.0, "ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)")
    p.typed_value(L + 0.1, 4.45, v["_street"])
    p.rule(L, R, 4.45, 1)
    p.text(4.25, 4.48, "(No. and Street)", p.small, center=True)
    p.typed_value(L + 0.1, 4.9, v["_city"])
    p.typed_value(3.6, 4.9, v["_state"])
    p.typed_value(6.3, 4.9, v["zip_code"])
    p.rule(L, R, 4.9, 1)
    p.text(1.6, 4.93, "(City)", p.small, center=True)
    p.text(4.0, 4.93, "(State)", p.small, center=True)
    p.text(6.7, 4.93, "(Zip Code)", p.small, center=True)
    p.rule(L, R, 5.15, 1)
    p.text(L, 5.22, "NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT")
    p.typed_value(L + 0.1, 5.65, v["contact_name"])
    p.typed_value(5.6, 5.65, v["phone"])
    p.rule(L, R, 5.65, 1)
    p.text(6.4, 5.68, "(Area Code - Telephone No.)", p.small, center=True)
    p.rule(L, R, 5.95, 3)
    p.text(4.25, 6.0, "B. ACCOUNTANT IDENTIFICATION", p.bold, center=True)
    p.rule(L, R, 6.25, 1)
    p.text(L, 6.35, "INDEPENDENT PUBLIC ACCOUNTANT whose opinion is contained in this Report*")
    p.typed_value(L + 0.1, 6.8, v["auditor_name"])
    p.rule(L, R, 6.8, 1)
    p.text(4.25, 6.83, "(Name - if individual, state last, first, middle name)", p.small,
           center=True)
    ac = v["_auditor_city"]
    p.typed_value(L + 0.1, 7.3, "%d %s %s" % (r.randrange(1, 999), r.choice(STREET_NAMES),
                                              r.choice(STREET_TYPES)))
    p.typed_value(3.4, 7.3, ac[0])
    p.typed_value(5.3, 7.3, ac[2] if r.random() < 0.5 else ac[1])
    p.typed_value(6.7, 7.3, ac[3])
    p.rule(L, R, 7.3, 1)
    for x, s in ((1.3, "(Address)"), (3.9, "(City)"), (5.7, "(State)"), (7.0, "(Zip Code)")):
        p.text(x, 7.33, s, p.small, center=True)
    p.text(L, 7.6, "CHECK ONE:")
    for i, s in enumerate(("Certified Public Accountant", "Public Accountant",
                           "Accountant not resident in United States or any of its possessions.")):
        p.box(L + 0.2, 7.82 + i * 0.2, L + 0.32, 7.94 + i * 0.2)
        p.text(L + 0.45, 7.8 + i * 0.2, s)
    p.text(L + 0.21, 7.79, "X", p.typed)
    p.box(L, 8.55, R, 9.3)
    p.text(4.25, 8.58, "FOR OFFICIAL USE ONLY", p.bold, center=True)
    p.text(L, 9.5, "*Claims for exemption from the requirement that the annual report be covered "
           "by the opinion of an independent public accountant", p.small)
    p.text(L, 9.62, "must be supported by a statement of facts and circumstances relied on as "
           "the basis for the exemption. See section 240.17a-5(e)(2).", p.small)
    p.text(L, 10.1, "SEC 1410 (%02d-%02d)" % (r.randrange(1, 12), r.randrange(90, 100)), p.small)
    return p


def stamp(p, r, where):
    """A receipt stamp: a rotated grey box with its words and a date."""
    w, h = int(2.0 * DPI), int(0.9 * DPI)
    s = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(s)
    grey = r.choice([60, 90, 120])
    d.rectangle([4, 4, w - 5, h - 5], outline=grey, width=5)
    f = ImageFont.truetype(LIB + FACES["sans-bold"], int(0.16 * DPI))
    words = r.choice(["RECEIVED", "SEC MAIL PROCESSING", "PROCESSED"])
    d.text((20, 12), words, font=f, fill=grey)
    d.text((20, 12 + int(0.25 * DPI)), "%s %02d %d" % (
        r.choice(MONTHS)[:3].upper(), r.randrange(1, 29), r.randrange(1995, 2013)),
        font=f, fill=grey)
    s = s.rotate(r.uniform(-25, 25), expand=True, fillcolor=255)
    x, y = where
    mask = s.point(lambda c: 255 if c < 250 else 0)
    p.img.paste(s, (int(x * DPI), int(y * DPI)), mask)


def scan(p, r, styles):
    img = p.img
    if styles["stamp"]:
        stamp(p, r, styles["stamp"])
    img = img.rotate(styles["skew"], resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(r.uniform(0.4, 0.9)))
    pix = img.load()
    width, height = img.size
    for _ in range(int(width * height * styles["specks"])):
        pix[r.randrange(width), r.randrange(height)] = r.choice((0, 80, 160))
    if styles["fax"]:
        img = img.point(lambda c: 0 if c < 150 else 255)
    return img


def make_page(seed):
    r = random.Random(seed)
    v = make_values(r)
    styles = {
        "date": r.choice(["numeric", "numeric", "numeric4", "long"]),
        "stamp": r.choice([None, None, (0.3, 0.4), (2.0, 2.3), (4.5, 2.2), (4.8, 0.3),
                           (5.0, 4.6), (1.0, 5.9)]),
        "skew": r.uniform(-1.2, 1.2),
        "specks": r.choice([0.0002, 0.0005, 0.001]),
        "fax": r.random() < 0.3,
    }
    p = draw_form(r, v, styles)
    img = scan(p, r, styles)
    style = "%s %s%s%s" % (p.kind, "caps " if p.caps else "", "fax" if styles["fax"] else "grey",
                           " stamp" if styles["stamp"] else "")
    truth = {k: x for k, x in v.items() if not k.startswith("_")}
    return img, truth, style


def read_page(secx, seed, out):
    img, truth, style = make_page(seed)
    path = os.path.join(out, "facing-%d.png" % seed)
    img.save(path, dpi=(DPI, DPI))
    with open(os.path.join(out, "facing-%d.truth.json" % seed), "w") as f:
        json.dump(truth, f, indent=1)
    res = subprocess.run([secx, "extract", path], capture_output=True, text=True,
                         env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    got = {}
    for line in res.stdout.splitlines():
        for fld in json.loads(line).get("fields", []):
            if fld.get("entity", 0) == 0:
                got.setdefault(fld["name"], fld["value"])
    return seed, truth, got, style


def main():
    ap = seed_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()
    seeds, out = seeds_and_out(a, "secx-facing-forms-")
    totals = Totals()
    with ThreadPoolExecutor(a.jobs) as pool:
        results = list(pool.map(lambda s: read_page(a.secx, s, out), seeds))
    for seed, truth, got, style in results:
        for field, value in truth.items():
            k = outcome(value, got.get(field))
            if k and a.list:
                print("facing-%d\t%s\t%s\t%s\t%s" % (seed, style, field, value,
                                                    got.get(field, "")), file=sys.stderr)
            totals.add((("field", field), ("style", style.split()[0]),
                        ("scan", "stamp" if "stamp" in style else "no stamp"),
                        ("all", "all")), k)
    totals.print()
    if not a.keep and not a.out:
        for f in os.listdir(out):
            os.remove(os.path.join(out, f))
        os.rmdir(out)


if __name__ == "__main__":
    main()
