#!/usr/bin/python3
"""Made-up dividend disclosures of 10-K, 10-Q and 20-F filings, drawn from a
seed in the layouts annual reports use, read back by secx and scored per
record against the dividends they were drawn with: the truth comes with
each document.

Each seed makes one filing (HTML or 1990s fixed-width text) with one or two
dividend disclosures and some distractors beside them:
  - dated tables (declaration, record and payment dates, per share, total
    in millions or thousands; columns in any order; "$" in its own cell,
    with or without the heading row spanning it; long, abbreviated and
    numeric dates; a year row, a total row, headings in capitals), in HTML
    or fixed-width text;
  - Item 5 market-price tables (High, Low, dividends; one or two years;
    quarters named several ways), in HTML or fixed-width text;
  - quarterly financial data with a per-share dividend row among sales and
    earnings rows; selected financial data with years as columns; a 10-Q
    income statement's dividend row under three- and nine-month columns;
  - declaration sentences and "respectively" lists;
  - 20-F histories of interim and final dividends in euros, pence or yen.
Distractors: an option-pricing model's inputs, share repurchases at an
average price, a preferred stock's liquidation preference, earnings per
share, quarterly dividends paid in thousands. Names and numbers are drawn
at random; no filing is copied.

A record is right when it matches a dividend of the truth: the same amount
per share and currency, and every date, total and kind both give agree.
Precision is right records over records read; recall is dividends matched
over dividends drawn.

Seeds are a split: seeds 1-99 may be looked at while tuning the rules;
seeds 1001 and up are held out and measured only by totals.

Usage: scripts/made-up-dividends.py [--seeds FROM-TO] [--list] [--jobs N]
                                    [--scan] [--min-precision P] [--min-recall R]
                                    [SECX] [OUT_DIR]
  --scan  type each fixed-width text filing in a monospaced font on a page,
          photocopy it (blur, specks) and read it by OCR; HTML filings and
          those longer than a page are skipped
  --list  print each wrong record and each dividend missed
  --min-precision, --min-recall  exit 1 below these percentages (the
          test suite runs seeds 1-60 with 99 and 97)
"""
import datetime
import json
import os
import random
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from facing_scores import seed_parser, seeds_and_out

QUARTERS = [["First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter"],
            ["First quarter", "Second quarter", "Third quarter", "Fourth quarter"],
            ["1st Quarter", "2nd Quarter", "3rd Quarter", "4th Quarter"],
            ["Q1", "Q2", "Q3", "Q4"]]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec."]


def date_text(d, style):
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "abbr":
        return "%s %d, %d" % (ABBR[d.month - 1], d.day, d.year)
    return "%d/%d/%d" % (d.month, d.day, d.year)


def money(x, places=2):
    return "%.*f" % (places, x)


class Doc:
    """A filing being drawn: HTML blocks or text lines, and its truth."""

    def __init__(self, r, html, form, year):
        self.r, self.html, self.form, self.year = r, html, form, year
        self.parts, self.truth, self.layouts = [], [], []

    def p(self, s):
        self.parts.append("<p>%s</p>" % s if self.html else s + "\n")

    def table(self, rows):
        """rows: lists of cells; a cell is text or (text, colspan)."""
        if not self.html:
            raise ValueError("HTML only")
        out = ["<table>"]
        for row in rows:
            cells = []
            for c in row:
                if isinstance(c, tuple):
                    cells.append('<td colspan="%d">%s</td>' % (c[1], c[0]))
                else:
                    cells.append("<td>%s</td>" % c)
            out.append("<tr>%s</tr>" % "".join(cells))
        out.append("</table>")
        self.parts.append("\n".join(out))

    def add(self, **kw):
        kw.setdefault("currency", "USD")
        self.truth.append(kw)

    def render(self):
        period = "fiscal year ended December 31, %d" % self.year
        if self.form == "10-Q":
            period = "quarterly period ended September 30, %d" % self.year
        head = ["FORM %s" % self.form, "For the %s" % period]
        if self.html:
            return ("<html><body>" + "".join("<p>%s</p>" % h for h in head) + "\n" +
                    "\n".join(self.parts) + "\n</body></html>\n")
        return "".join("%s\n\n" % h for h in head) + "\n".join(self.parts)


def amount_cells(d, value, style):
    """One amount as cells: "$" apart or together; (cells, colspan of a
    heading over them)."""
    if style == "joined":
        return ["$%s" % value], 1
    return ["$", value], 2


def quarter_amounts(r):
    base = round(r.uniform(0.05, 1.5), 2)
    step = r.choice([0, 0, 0.01, 0.02, 0.05])
    raise_at = r.randint(1, 3)
    return [round(base + (step if q >= raise_at else 0), 2) for q in range(4)]


def dated_table(doc):
    r = doc.r
    roles = ["declared", "record", "payable"]
    r.shuffle(roles)
    roles = roles[:r.randint(2, 3)]
    cols = roles + ["per_share"] + (["total"] if r.random() < 0.6 else [])
    r.shuffle(cols)
    if cols[0] == "per_share" and len(cols) > 1:
        cols[0], cols[1] = cols[1], cols[0]  # a date opens the row
    names = {"declared": ["Declaration Date", "Date Declared", "Declared"],
             "record": ["Record Date", "Date of Record", "Record"],
             "payable": ["Payment Date", "Payable Date", "Date Paid"],
             "per_share": ["Dividend per Share", "Per Share Amount",
                           "Amount per Share", "Dividends Per Share"],
             "total": ["Total Amount", "Total Dividends", "Aggregate Amount"]}
    unit, unit_word = r.choice([(10**6, "millions"), (10**3, "thousands")])
    style = r.choice(["joined", "apart-spanned", "apart-bare"])
    dstyle = r.choice(["long", "abbr", "numeric"])
    shares = r.randint(50, 3000) * 10**6
    amounts = quarter_amounts(r)
    year = doc.year
    rows = []
    for q in range(4):
        declared = datetime.date(year, 1 + 3 * q, r.randint(1, 20))
        record = declared + datetime.timedelta(days=r.randint(10, 25))
        payable = record + datetime.timedelta(days=r.randint(10, 25))
        total = round(amounts[q] * shares / unit)
        truth = {"per_share": money(amounts[q]), "kind": "quarterly"}
        dates = {"declared": declared, "record": record, "payable": payable}
        row = []
        for c in cols:
            if c in dates:
                row.append(date_text(dates[c], dstyle))
                truth[c + "_date"] = dates[c].isoformat()
            elif c == "per_share":
                row += amount_cells(doc, money(amounts[q]), style)[0]
            else:
                row += amount_cells(doc, "{:,}".format(total), style)[0]
                truth["total_amount"] = str(total * unit)
        doc.add(**truth)
        rows.append(row)
    heads = []
    for c in cols:
        width = 1 if c in ("declared", "record", "payable") else (
            1 if style == "joined" else 2)
        text = r.choice(names[c])
        if c == "total":
            text += " (in %s)" % unit_word
        heads.append((text, width) if style == "apart-spanned" and width > 1 else text)
    if r.random() < 0.3:
        heads = [(h[0].upper(), h[1]) if isinstance(h, tuple) else h.upper() for h in heads]
    if r.random() < 0.3:
        rows.insert(0, [r.choice(["Fiscal Year %d", "Fiscal %d", "%d"]) % year])
    if r.random() < 0.3:
        total_row = []
        for c in cols:
            if c == "per_share":
                total_row += amount_cells(doc, money(sum(amounts)), style)[0]
            elif c == "total":
                total_row += amount_cells(doc, "{:,}".format(
                    sum(round(a * shares / unit) for a in amounts)), style)[0]
            else:
                total_row.append("")
        total_row[0] = "Total" if total_row[0] == "" else total_row[0]
        rows.append(total_row)
    doc.p("The Board of Directors declared the following quarterly dividends in %d:" % year)
    doc.table([heads] + rows)
    doc.layouts.append("dated table, $ " + style)


def dated_text(doc):
    """A 1990s fixed-width table of declarations."""
    r = doc.r
    amounts = quarter_amounts(r)
    year = doc.year
    doc.p("The following table sets forth the cash dividends declared by the "
          "Company on its Common Stock during %d:" % year)
    lines = ["   %-20s%-20s%-20s%9s" % ("Declared", "Record", "Payable", "Per Share"),
             "   %-20s%-20s%-20s%9s" % ("--------", "------", "-------", "---------")]
    for q in range(4):
        declared = datetime.date(year, 1 + 3 * q, r.randint(1, 20))
        record = declared + datetime.timedelta(days=r.randint(10, 25))
        payable = record + datetime.timedelta(days=r.randint(10, 25))
        a = money(amounts[q])
        if a.startswith("0") and r.random() < 0.5:
            a = a[1:]
        lines.append("   %-20s%-20s%-20s%9s" % (
            date_text(declared, "long"), date_text(record, "long"),
            date_text(payable, "long"), ("$" if q == 0 else "") + a))
        doc.add(per_share=money(amounts[q]), kind="quarterly",
                declared_date=declared.isoformat(), record_date=record.isoformat(),
                payable_date=payable.isoformat())
    doc.parts.append("\n".join(lines) + "\n")
    doc.layouts.append("dated table, fixed-width")


def statement_rows(doc):
    """A 10-Q income statement's per-share rows under three- and nine-month
    columns."""
    r = doc.r
    doc.form = "10-Q"
    style = r.choice(["joined", "apart-spanned"])
    span = 2 if style == "apart-spanned" else 1
    y = doc.year
    q = round(r.uniform(0.1, 1.2), 2)
    q_prior = round(q * r.uniform(0.85, 1.0), 2)
    doc.p("CONDENSED CONSOLIDATED STATEMENTS OF INCOME")
    doc.p("(In millions, except per share amounts)")
    top = ["", ("Three Months Ended September 30,", 2 * span),
           ("Nine Months Ended September 30,", 2 * span)]
    years = ["", (str(y), span), (str(y - 1), span), (str(y), span), (str(y - 1), span)]
    if span == 1:
        years = ["", str(y), str(y - 1), str(y), str(y - 1)]
    vals = [q, q_prior, round(3 * q, 2), round(3 * q_prior, 2)]
    label = r.choice(["Dividends declared per common share",
                      "Cash dividends declared per share"])
    rows = [top, years,
            ["Net sales"] + sum((amount_cells(doc, "{:,}".format(r.randint(900, 9000)),
                                              style)[0] for _ in range(4)), []),
            ["Diluted earnings per share"] +
            sum((amount_cells(doc, money(r.uniform(0.5, 4)), style)[0] for _ in range(4)), []),
            [label] + sum((amount_cells(doc, money(v), style)[0] for v in vals), [])]
    doc.table(rows)
    doc.add(per_share=money(vals[0]), kind="quarterly", fiscal_year=str(y))
    doc.add(per_share=money(vals[1]), kind="quarterly", fiscal_year=str(y - 1))
    doc.add(per_share=money(vals[2]), kind="", fiscal_year=str(y))
    doc.add(per_share=money(vals[3]), kind="", fiscal_year=str(y - 1))
    doc.layouts.append("statement rows, $ " + style)


def market_table(doc):
    r = doc.r
    years = [doc.year] if r.random() < 0.4 else [doc.year, doc.year - 1]
    qnames = r.choice(QUARTERS)
    dname = r.choice(["Dividends Declared", "Cash Dividends", "Dividends Paid",
                      "Dividend", "Cash Dividends Declared"])
    style = r.choice(["joined", "apart-spanned", "apart-bare"])
    amounts = {y: quarter_amounts(r) for y in years}
    prices = {y: [round(r.uniform(15, 150), 2) for _ in range(4)] for y in years}
    status = "paid" if "Paid" in dname else "declared"
    if r.random() < 0.3:
        doc.p(r.choice(["Market Information", "Market Prices and Dividends",
                        "Stock Prices and Dividends per Share"]))
    else:
        doc.p("The following table sets forth the high and low sales prices of our "
              "common stock and the %s per share for the periods indicated." %
              ("dividends paid" if status == "paid" else "cash dividends declared"))
    span = 1 if style != "apart-spanned" else 2
    top = [""] + [(str(y), 3 * span) if style == "apart-spanned" else (str(y), 3)
                  for y in years]
    heads = [""]
    for _ in years:
        for h in ("High", "Low", dname):
            heads.append((h, 2) if span == 2 else h)
    rows = [top, heads]
    for q in range(4):
        row = [qnames[q]]
        for y in years:
            hi = prices[y][q]
            lo = round(hi * r.uniform(0.7, 0.95), 2)
            for v in (money(hi), money(lo), money(amounts[y][q])):
                row += amount_cells(doc, v, style)[0]
            doc.add(per_share=money(amounts[y][q]), kind="quarterly",
                    fiscal_year=str(y))
        rows.append(row)
    doc.table(rows)
    doc.layouts.append("market table, $ " + style)


def market_text(doc):
    r = doc.r
    years = [doc.year, doc.year - 1]
    qnames = r.choice(QUARTERS[:3])
    amounts = {y: quarter_amounts(r) for y in years}
    doc.p("The following table shows the range of high and low sale prices and "
          "the dividends paid per share for each quarter of the last two years.")
    lines = ["%-24s%8s%9s%11s" % ("", "High", "Low", "Dividend"),
             "%-24s%8s%9s%11s" % ("", "----", "---", "--------")]
    # The year on a line of its own over its quarters, or written before
    # the first quarter's label ("1996    First Quarter  $24.38 ...").
    year_first = r.random() < 0.4
    for y in years:
        if not year_first:
            lines.append("     %s" % (r.choice(["", "Fiscal "]) + str(y)))
        for q in range(4):
            hi = r.uniform(10, 90)
            lo = hi * r.uniform(0.7, 0.95)
            dollar = "$" if q == 0 else " "
            div = money(amounts[y][q])
            if r.random() < 0.5 and div.startswith("0"):
                div = div[1:]  # "$.11"
            lead = ("%-8s" % y if q == 0 else " " * 8) if year_first else " " * 8
            lines.append("%-24s%s%7.2f %s%7.2f %9s" % (
                lead + qnames[q], dollar, hi, dollar, lo, dollar + div))
            doc.add(per_share=money(amounts[y][q]), kind="quarterly",
                    fiscal_year=str(y))
        lines.append("")
    doc.parts.append("\n".join(lines) + "\n")
    doc.layouts.append("market table, fixed-width")


def quarterly_data(doc):
    r = doc.r
    style = r.choice(["joined", "apart-spanned", "apart-bare"])
    qnames = r.choice(QUARTERS)
    span = 2 if style == "apart-spanned" else 1
    label = r.choice(["Cash dividends declared per common share",
                      "Dividends declared per share", "Dividends per share",
                      "Cash dividends per share"])
    amounts = quarter_amounts(r)
    doc.p("Quarterly Financial Data (Unaudited)")
    heads = ["(In millions, except per share amounts)"] + [
        (q, 2) if span == 2 else q for q in qnames]
    rows = [heads, ["%d" % doc.year]]
    sales = [r.randint(800, 9000) for _ in range(4)]
    rows.append(["Net sales"] + sum((amount_cells(doc, "{:,}".format(s), style)[0]
                                     for s in sales), []))
    eps = [round(r.uniform(0.3, 4), 2) for _ in range(4)]
    rows.append(["Diluted earnings per share"] +
                sum((amount_cells(doc, money(e), style)[0] for e in eps), []))
    rows.append([label] + sum((amount_cells(doc, money(a), style)[0] for a in amounts), []))
    for a in amounts:
        doc.add(per_share=money(a), kind="quarterly", fiscal_year=str(doc.year))
    doc.table(rows)
    doc.layouts.append("quarterly data, $ " + style)


def selected_data(doc):
    r = doc.r
    style = r.choice(["joined", "apart-spanned", "apart-bare"])
    years = [doc.year - k for k in range(r.randint(3, 5))]
    span = 2 if style == "apart-spanned" else 1
    heads = [""] + [(str(y), 2) if span == 2 else str(y) for y in years]
    base = round(r.uniform(0.4, 4), 2)
    amounts = [round(base * (1 - 0.05 * k), 2) for k in range(len(years))]
    label = r.choice(["Cash dividends declared per common share",
                      "Dividends declared per share", "Cash dividends per share"])
    # Two classes of common stock, each a row under a title row; a
    # sentence with an amount and a quarter of its own right above the
    # table instead of its title.
    classes = r.random() < 0.25
    if r.random() < 0.3:
        doc.p("Fourth-quarter net sales were $%.1f billion, and diluted earnings "
              "per share were $%.2f." % (r.uniform(1, 9), r.uniform(0.5, 3)))
    else:
        doc.p("Selected Financial Data")
        doc.p("(In millions, except per share amounts)")
    if classes:
        extra = round(r.uniform(0.02, 0.2), 2)
        dividend_rows = [[label + ":"] + [""] * (len(heads) - 1),
                         ["Class A common stock"] +
                         sum((amount_cells(doc, money(a), style)[0] for a in amounts), []),
                         ["Class B common stock"] +
                         sum((amount_cells(doc, money(a + extra), style)[0] for a in amounts), [])]
    else:
        dividend_rows = [[label] + sum((amount_cells(doc, money(a), style)[0] for a in amounts), [])]
    rows = [heads,
            ["Net income per share - diluted"] +
            sum((amount_cells(doc, money(r.uniform(1, 9)), style)[0] for _ in years), [])] + \
        dividend_rows + \
        [["Book value per share"] +
         sum((amount_cells(doc, money(r.uniform(10, 60)), style)[0] for _ in years), [])]
    # Rows beside the dividend that are none: a payout ratio, a yield, the
    # year's total paid in millions.
    if r.random() < 0.5:
        rows.append(["Dividend payout ratio"] + sum(
            ([("%.1f%%" % r.uniform(20, 70))] if style == "joined" else ["", "%.1f%%" % r.uniform(20, 70)]
             for _ in years), []))
    if r.random() < 0.5:
        rows.append(["Cash dividends paid"] + sum(
            (amount_cells(doc, "{:,}".format(r.randint(100, 9000)), style)[0] for _ in years), []))
    for y, a in zip(years, amounts):
        if classes:
            doc.add(per_share=money(a), kind="annual", fiscal_year=str(y),
                    share_class="Class A")
            doc.add(per_share=money(a + extra), kind="annual", fiscal_year=str(y),
                    share_class="Class B")
        else:
            doc.add(per_share=money(a), kind="annual", fiscal_year=str(y))
    doc.table(rows)
    doc.layouts.append("selected data, $ " + style + (", classes" if classes else ""))


def sentences(doc):
    r = doc.r
    if r.random() < 0.5:
        d = datetime.date(doc.year + 1, r.randint(1, 2), r.randint(1, 27))
        rec = d + datetime.timedelta(days=r.randint(10, 25))
        pay = rec + datetime.timedelta(days=r.randint(10, 25))
        a = money(round(r.uniform(0.05, 1.5), 2))
        style = r.choice(["long", "abbr"])
        cents = int(round(float(a) * 100))
        verb = r.choice(["declared a quarterly cash dividend of $%s per share" % a,
                         "declared a regular quarterly dividend of $%s per share of "
                         "common stock" % a,
                         "declared a quarterly dividend of %d cents per share" % cents])
        doc.p("On %s, our Board of Directors %s, payable on %s to stockholders of "
              "record at the close of business on %s." % (
                  date_text(d, style), verb, date_text(pay, style),
                  date_text(rec, style)))
        doc.add(per_share=a, kind="quarterly", declared_date=d.isoformat(),
                record_date=rec.isoformat(), payable_date=pay.isoformat())
        doc.layouts.append("declaration sentence")
    else:
        years = [doc.year, doc.year - 1, doc.year - 2]
        base = r.uniform(0.5, 4)
        amounts = [money(base * (1 - 0.04 * k)) for k in range(3)]
        doc.p("Dividends declared per common share were $%s, $%s and $%s for the years "
              "ended December 31, %d, %d and %d, respectively." % (
                  amounts[0], amounts[1], amounts[2], years[0], years[1], years[2]))
        for y, a in zip(years, amounts):
            doc.add(per_share=a, kind="annual", fiscal_year=str(y))
        doc.layouts.append("respectively list")


def twenty_f(doc):
    r = doc.r
    cur, unit, shift = r.choice([("EUR", "(&#8364;)", 1), ("GBP", "(pence)", 100),
                                 ("JPY", "(&#165;)", 1)])
    doc.form = "20-F"
    years = [doc.year - k for k in range(3)]
    doc.p("The following table sets forth the dividends per ordinary share paid in "
          "respect of each of the years indicated.")
    rows = [["Year", "Interim dividend per share %s" % unit,
             "Final dividend per share %s" % unit]]
    for y in years:
        if cur == "JPY":
            i, f = r.randint(10, 80), r.randint(10, 80)
            cells = [str(i), str(f)]
            vals = [money(i), money(f)]
        elif cur == "GBP":
            i, f = round(r.uniform(2, 30), 1), round(r.uniform(2, 30), 1)
            cells = [str(i), str(f)]
            vals = [str(round(i / 100, 4)), str(round(f / 100, 4))]
        else:
            i, f = round(r.uniform(0.1, 2), 2), round(r.uniform(0.1, 2), 2)
            cells = [money(i), money(f)]
            vals = cells
        rows.append([str(y)] + cells)
        doc.add(per_share=vals[0], kind="interim", fiscal_year=str(y), currency=cur)
        doc.add(per_share=vals[1], kind="year-end", fiscal_year=str(y), currency=cur)
    doc.table(rows)
    doc.layouts.append("20-F history " + cur)


def distractors(doc):
    r = doc.r
    picks = r.sample(range(4), r.randint(1, 3))
    for k in picks:
        if k == 0 and doc.html:
            doc.p("The fair value of each option was estimated on the grant date using "
                  "the Black-Scholes option-pricing model with these assumptions:")
            doc.table([["", str(doc.year), str(doc.year - 1)],
                       ["Risk-free interest rate", "4.1%", "2.9%"],
                       ["Expected volatility", "28%", "31%"],
                       ["Dividends per share", "$%s" % money(r.uniform(0.2, 3)),
                        "$%s" % money(r.uniform(0.2, 3))]])
        elif k == 1:
            doc.p("During %d we repurchased %.1f million shares of common stock at an "
                  "average price of $%s per share." % (
                      doc.year, r.uniform(1, 30), money(r.uniform(20, 300))))
        elif k == 2:
            doc.p("The Series A Preferred Stock has a liquidation preference of $25.00 "
                  "per share; dividends on it are cumulative.")
        elif k == 3 and doc.html and r.random() < 0.5:
            doc.p("Dividends paid by quarter (in thousands):")
            doc.table([["", "Dividends Paid"],
                       ["First quarter", "{:,}".format(r.randint(1000, 90000))],
                       ["Second quarter", "{:,}".format(r.randint(1000, 90000))]])
        elif k == 3:
            doc.p("Diluted earnings per share were $%s in %d." % (
                money(r.uniform(0.5, 9)), doc.year))


def draw(seed):
    r = random.Random(seed)
    html = r.random() < 0.75
    doc = Doc(r, html, r.choice(["10-K", "10-K", "10-Q"]), r.randint(1996, 2024))
    if not html:
        doc.form = "10-K"
        kinds = [market_text, sentences, dated_text]
        r.shuffle(kinds)
        for k in kinds[:r.randint(1, 2)]:
            k(doc)
        doc.p("As of March 1, there were approximately %d holders of record." %
              r.randint(500, 9000))
        return doc
    kinds = [dated_table, market_table, quarterly_data, selected_data, sentences,
             twenty_f, statement_rows]
    first = r.choice(kinds)
    first(doc)
    if first not in (twenty_f, statement_rows) and r.random() < 0.4:
        second = r.choice([k for k in kinds if k not in (first, twenty_f, statement_rows)])
        second(doc)
    distractors(doc)
    return doc


def num(s):
    try:
        return round(float(s), 6)
    except (TypeError, ValueError):
        return None


def agrees(rec, t):
    if num(rec.get("per_share")) != num(t["per_share"]):
        return False
    if rec.get("currency") and rec["currency"] != t["currency"]:
        return False
    for k in ("declared_date", "record_date", "payable_date"):
        if rec.get(k) and t.get(k) and rec[k] != t[k]:
            return False
    if rec.get("total_amount") and t.get("total_amount") and \
            num(rec["total_amount"]) != num(t["total_amount"]):
        return False
    if rec.get("kind") and t.get("kind") and rec["kind"] != t["kind"]:
        return False
    if rec.get("fiscal_year") and t.get("fiscal_year") and \
            rec["fiscal_year"] != t["fiscal_year"]:
        return False
    if "share_class" in t and rec.get("share_class", "") != t["share_class"]:
        return False
    return True


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def check(secx, seed, out, scan=False):
    """Draws the seed's filing, has secx read it and scores the records.
    With `scan`, a fixed-width text filing is typed in a monospaced font on
    a page, photocopied (blur and specks) and read back by OCR; an HTML
    filing, or one longer than a page, gives None."""
    doc = draw(seed)
    path = os.path.join(out, "dividends-%d.%s" % (seed, "htm" if doc.html else "txt"))
    with open(path, "w") as f:
        f.write(doc.render())
    if scan:
        if doc.html:
            return None
        prefix = os.path.join(out, "dividends-%d-scan" % seed)
        pages = subprocess.run(
            ["/usr/bin/python3", os.path.join(ROOT, "scripts", "typeset.py"),
             "--font", "mono", "--size", "10", "--noise", "--pages", "2", path, prefix],
            capture_output=True, text=True, check=True).stdout.strip()
        if pages != "1":
            return None
        path = prefix + "-p1.png"
    run = subprocess.run([secx, "extract", "-q", path], capture_output=True, text=True)
    records = []
    for line in run.stdout.splitlines():
        records += json.loads(line).get("dividends", [])
    # One to one: each truth takes the first record that agrees with it.
    free = list(range(len(records)))
    matched, missed = 0, []
    for t in doc.truth:
        hit = next((i for i in free if agrees(records[i], t)), None)
        if hit is None:
            missed.append(t)
        else:
            free.remove(hit)
            matched += 1
    # A record left over that agrees with some truth states a dividend
    # twice: a repeat, not counted as wrong.
    wrong = [records[i] for i in free if not any(agrees(records[i], t) for t in doc.truth)]
    return seed, doc, matched, len(records) - len(wrong), wrong, missed, path


def main():
    ap = seed_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--min-precision", type=float, default=0.0,
                    help="exit 1 when precision (%%) is below this")
    ap.add_argument("--min-recall", type=float, default=0.0,
                    help="exit 1 when recall (%%) is below this")
    ap.add_argument("--scan", action="store_true",
                    help="type the fixed-width filings on a page, photocopy and OCR "
                         "them (HTML filings are skipped; needs python3-pil)")
    a = ap.parse_args()
    seeds, out = seeds_and_out(a, "secx-made-up-dividends-")
    with ThreadPoolExecutor(a.jobs) as pool:
        done = [d for d in pool.map(lambda s: check(a.secx, s, out, a.scan), seeds) if d]
    tot = defaultdict(lambda: [0, 0, 0, 0])  # right records, wrong, truths, found
    for seed, doc, matched, right, wrong, missed, path in done:
        source = "scan" if a.scan else "html" if doc.html else "text"
        keys = [("all", "all"), ("form", doc.form), ("source", source)]
        keys += [("layout", l) for l in doc.layouts]
        for key in keys:
            t = tot[key]
            t[0] += right
            t[1] += len(wrong)
            t[2] += len(doc.truth)
            t[3] += matched
        if a.list:
            for w in wrong:
                print("%s\twrong\t%s" % (os.path.basename(path), {
                    k: w.get(k) for k in ("per_share", "currency", "kind", "total_amount",
                                          "declared_date", "record_date", "payable_date",
                                          "rule") if w.get(k)}), file=sys.stderr)
            for m in missed:
                print("%s\tmissed\t%s" % (os.path.basename(path), m), file=sys.stderr)
    print("%-7s %-34s %8s %6s %9s %7s %9s %7s" % (
        "by", "what", "records", "wrong", "precision", "drawn", "recalled", "recall"))
    for key in sorted(tot, key=lambda k: (k[0] != "all", k)):
        right, wrong, truths, found = tot[key]
        print("%-7s %-34s %8d %6d %8.1f%% %7d %9d %6.1f%%" % (
            key[0], key[1], right + wrong, wrong,
            100.0 * right / (right + wrong) if right + wrong else 100.0,
            truths, found, 100.0 * found / truths if truths else 100.0))
    if not a.out:
        for f in os.listdir(out):
            os.remove(os.path.join(out, f))
        os.rmdir(out)
    right, wrong, truths, found = tot[("all", "all")]
    precision = 100.0 * right / (right + wrong) if right + wrong else 100.0
    recall = 100.0 * found / truths if truths else 100.0
    if precision < a.min_precision or recall < a.min_recall:
        print("made-up-dividends: precision %.1f%% (at least %.1f%%), recall %.1f%% "
              "(at least %.1f%%)" % (precision, a.min_precision, recall, a.min_recall),
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
