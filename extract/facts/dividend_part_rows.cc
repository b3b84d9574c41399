// A dividends note of a half-yearly payer (UK, Australian, European
// filers' 6-K and 20-F) whose rows are the dividends, each named by its
// year and part, and whose columns are the rate and the total:
//
//                                            Pence per share   GBP million
//   1997 interim (payable 7 November 1997)               4.2           5.5
//   1996 interim (paid 8 November 1996)                  3.9           5.1
//   1996 final (paid 16 May 1997)                        8.1          10.6
//   1996 total                                          12.0          15.7
//
//   Dividend per share (EUR) | Amount | Paid
//   Interim 2012             | 0.22   | 4 Sep 2012
//
// A row is read when its label is a year and a part (interim, final,
// special, total) and the table has two such rows at least. The rate is
// the column whose heading says per share in a unit ("Pence per share",
// "Cents per share", "(EUR)"), or the one amount column under a stub
// heading that does ("Dividend per share (EUR) | Amount"); a column in
// millions or thousands of a currency gives the total, a column of dates
// (or the label's "(paid 8 November 1996)") the payment date. Kind: the
// part's (interim, year-end for final, special, annual for the total);
// fiscal year: the label's year; status: paid or payable as the label or
// the column says, else none. Cents take the dollar the table's other
// headings name ("A$ million"), else the U.S. dollar.
#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

// Groups: 1 year, 2 part (year first); 3 part, 4 year (part first); 5 the
// status word and 6 the date in parentheses; 7 and 8 the same after a
// comma.
const RE2& PartLabelRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:fiscal\\s+)?((?:19|20)\\d\\d)\\s+((?:first\\s+|second\\s+)"
      "?"
      "interim|final|special|total)|((?:first\\s+|second\\s+)?interim|final|"
      "special|total)\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d))(?:\\s+dividends?)?"
      "\\s*(?:\\(\\s*(paid|payable|to\\s+be\\s+paid|proposed)(?:\\s+on)?\\s+"
      "([^()]{6,30})\\)|"
      // (Or after a comma: "1997 interim, paid 7 November 1997".)
      ",\\s*(paid|payable|to\\s+be\\s+paid|proposed)(?:\\s+on)?\\s+"
      "([^(),]{3,20}(?:19|20)\\d\\d))?\\s*(?:\\(\\w\\)|\\*+)?\\s*");
  return re;
}

struct Label {
  std::string year, part, status, date;
};

std::optional<Label> ReadLabel(const std::string& cell) {
  std::string y1, p1, p2, y2, status, date, status2, date2;
  if (!RE2::FullMatch(cell, PartLabelRe(), &y1, &p1, &p2, &y2, &status, &date,
                      &status2, &date2))
    return std::nullopt;
  if (status.empty()) {
    status = status2;
    date = date2;
  }
  Label l;
  l.year = y1.empty() ? y2 : y1;
  l.part = Lower(p1.empty() ? p2 : p1);
  status = Lower(status);
  l.status = status == "paid"       ? "paid"
             : status == "proposed" ? "proposed"
             : status.empty()       ? ""
                                    : "declared";
  l.date = date.empty() ? "" : ParseDate(FoldSpace(date));
  return l;
}

std::string KindOf(const std::string& part) {
  if (part.find("interim") != std::string::npos) return "interim";
  if (part == "final") return "year-end";
  if (part == "special") return "special";
  return "annual";
}

// A rate heading's unit: "Pence per share", "Cents per ordinary share",
// "Dividend per share (EUR)". False when the heading is no rate's.
bool RateUnit(const std::string& heading, std::string* currency, int* shift) {
  static const RE2 words_re(
      "(?i)\\s*(pence|cents?)\\s+per\\s+(?:ordinary\\s+)?share\\b.*");
  std::string unit;
  if (RE2::FullMatch(heading, words_re, &unit)) {
    UnitCurrency(unit, currency, shift);
    return true;
  }
  // ("Earnings per share (EUR)" is none: the heading says dividend.)
  static const RE2 per_share_re(
      "(?i)\\b(?:dividends?|distributions?)\\b.*\\bper\\s+(?:ordinary\\s+)?"
      "share\\b");
  return RE2::PartialMatch(heading, per_share_re) &&
         HeadingUnit(heading, currency, shift);
}

// A total column's heading: "GBP million", "A$ million", "(EUR million)";
// the power of ten and the currency named ("" for none).
int TotalUnit(const std::string& heading, std::string* currency) {
  // (A year's column: "1998 GBP m", a heading wrapped over two lines.)
  static const RE2 re(
      "(?i)(?:(?:19|20)\\d\\d\\s+)?\\(?\\s*(a\\$|c\\$|us\\$|nz\\$|\\$|gbp|"
      "\\x{00A3}|eur|\\x{20AC}|aud|cad|usd)?\\s*(million|thousand|mn|m)s?"
      "\\s*\\)?");
  std::string sign, scale;
  if (!RE2::FullMatch(heading, re, &sign, &scale)) return 0;
  // ("m" alone is no unit without its currency.)
  if (sign.empty() && (Lower(scale) == "m" || Lower(scale) == "mn")) return 0;
  *currency = sign.empty() ? "" : CurrencyCode(sign);
  if (Lower(sign) == "\xc2\xa3") *currency = "GBP";
  return Lower(scale) == "thousand" ? 3 : 6;
}

// Reads the table whose first row is the line at `first`; returns the end
// of its last row (0 for none read).
size_t ReadTable(const Document& doc, Piece first, std::vector<Dividend>* out) {
  std::string_view text = doc.text;
  const bool tabbed = text.substr(first.start, first.size()).find('\t') !=
                      std::string_view::npos;
  // The heading line: the nearest line above that is no rule.
  Piece head = first;
  for (int k = 0; k < 3 && head.start > 0; ++k) {
    head = LineBefore(text, head.start);
    if (!RuleLine(text.substr(head.start, head.size()))) break;
  }
  if (head.start == first.start) return 0;
  std::vector<GridCell> head_cells = GridLine(text, head);
  if (head_cells.size() < 2) return 0;
  for (const GridCell& c : head_cells) {
    if (c.cell.kind == TableCell::kMoney) return 0;
  }
  // The heading may wrap onto a second line ("Pence per | 1998 | 1997"
  // over "share | GBP m | GBP m"): the line above goes with it.
  std::vector<Piece> heading{head};
  if (head.start > 0) {
    Piece above = LineBefore(text, head.start);
    std::string_view at = text.substr(above.start, above.size());
    std::vector<GridCell> ac = GridLine(text, above);
    bool values = false;
    static const RE2 year_re("\\s*(?:19|20)\\d\\d\\s*");
    for (const GridCell& c : ac) {
      values |= c.cell.kind == TableCell::kMoney &&
                !RE2::FullMatch(c.cell.text, year_re);
    }
    if (!BlankText(at) && !RuleLine(at) && ac.size() >= 2 && !values &&
        (at.find('\t') != std::string_view::npos) == tabbed) {
      heading.insert(heading.begin(), above);
    }
  }
  // The rows: part labels, rules between them.
  std::vector<Piece> rows;
  for (Piece l = first; l.end <= text.size();) {
    std::string_view lt = text.substr(l.start, l.size());
    if (RuleLine(lt) && !BlankText(lt)) {
      // (A rule over the total row.)
    } else {
      std::vector<GridCell> cells = GridLine(text, l);
      if (cells.size() < 2 || !ReadLabel(cells[0].cell.text)) break;
      rows.push_back(l);
    }
    if (l.end >= text.size() || rows.size() > 12) break;
    l = LineAt(text, l.end + 1);
  }
  if (rows.size() < 2) return 0;
  std::vector<GridHeading> hs = GridHeadings(text, heading);
  if (tabbed) SeatHeadings(FirstRows(text, first.start), &hs);
  // The columns: the rate, the total, the date.
  int rate = -1, date = -1, stub = -1;
  std::vector<int> totals;  // columns of totals (one a year: "1998 GBP m")
  std::string currency, total_currency;
  int shift = 0, total_shift = 0;
  {
    std::vector<GridCell> cells = GridLine(text, rows.front());
    stub = HeadingOf(hs, cells[0]);
  }
  static const RE2 date_re(
      "(?i)\\s*(?:paid|payable|payment\\s+date|date\\s+paid)\\s*");
  for (size_t h = 0; h < hs.size(); ++h) {
    const std::string& t = hs[h].text;
    std::string cur;
    int s = 0;
    if (static_cast<int>(h) == stub) continue;
    if (RateUnit(t, &cur, &s)) {
      if (rate >= 0) return 0;
      rate = static_cast<int>(h);
      currency = cur;
      shift = s;
    } else if (int scale = TotalUnit(t, &cur); scale > 0) {
      totals.push_back(static_cast<int>(h));
      total_shift = scale;
      total_currency = cur;
    } else if (RE2::FullMatch(t, date_re)) {
      date = static_cast<int>(h);
    }
  }
  // Or the stub says the rate: "Dividend per share (EUR) | Amount".
  static const RE2 amount_re("(?i)\\s*(?:amount|per\\s+share)\\s*");
  if (rate < 0 && stub >= 0 && RateUnit(hs[stub].text, &currency, &shift)) {
    for (size_t h = 0; h < hs.size(); ++h) {
      if (static_cast<int>(h) != stub && RE2::FullMatch(hs[h].text, amount_re))
        rate = rate < 0 ? static_cast<int>(h) : -2;
    }
  }
  if (rate < 0) return 0;
  static const RE2 dividend_re("(?i)\\bdividends?\\b");
  std::string above = std::string(
      text.substr(head.start > 300 ? head.start - 300 : 0,
                  head.end - (head.start > 300 ? head.start - 300 : 0)));
  if (!RE2::PartialMatch(above, dividend_re)) return 0;
  // Cents of the dollar the total's heading names.
  if (shift == -2 && currency == "USD" && !total_currency.empty() &&
      total_currency != "GBP" && total_currency != "EUR")
    currency = total_currency;
  size_t end = 0;
  for (Piece row : rows) {
    std::vector<GridCell> cells = GridLine(text, row);
    std::optional<Label> label = ReadLabel(cells[0].cell.text);
    if (!label) continue;
    Dividend d;
    for (size_t k = 1; k < cells.size(); ++k) {
      int h = HeadingOf(hs, cells[k]);
      if (h == rate && cells[k].cell.kind == TableCell::kMoney) {
        std::optional<Money> m = ParseMoneyCell(cells[k].cell.text);
        if (!m || m->scaled) continue;
        d.per_share =
            shift == -2 ? FromHundredths(m->amount) : PerShareForm(m->amount);
        d.currency = m->currency.empty() ? currency : m->currency;
        d.span = MakeSpan(doc, cells[k].cell.start, cells[k].cell.end, 0.8,
                          "dividend.part_rows");
      } else if (std::find(totals.begin(), totals.end(), h) != totals.end() &&
                 cells[k].cell.kind == TableCell::kMoney &&
                 d.total_amount.empty()) {
        // (The first total column that holds one: a year's columns hold
        // the dividends paid in that year.)
        std::optional<Money> m = ParseMoneyCell(cells[k].cell.text);
        if (m)
          d.total_amount = WholeUnits(ShiftDecimal(m->amount, total_shift));
      } else if (h == date && cells[k].cell.kind == TableCell::kDate) {
        d.payable_date = cells[k].cell.iso;
      }
    }
    if (d.per_share.empty() || d.currency.empty()) continue;
    if (!d.total_amount.empty() && !total_currency.empty() &&
        total_currency != d.currency)
      d.total_amount.clear();
    d.kind = KindOf(label->part);
    d.fiscal_year = label->year;
    d.status = label->status;
    if (d.payable_date.empty() && label->status != "proposed")
      d.payable_date = label->date;
    d.provenance = "row '" + FoldSpace(cells[0].cell.text) + "'; per_share '" +
                   hs[rate].text + "'";
    CheckDividendDates(&d);
    out->push_back(std::move(d));
    end = row.end;
  }
  return end;
}

}  // namespace

void PartRows(const Document& doc, const KeywordHits& hits,
              std::vector<Dividend>* out, std::vector<Piece>* regions) {
  std::string_view text = doc.text;
  size_t done = 0;
  for (Piece hit : hits.LinesWith({"nterim", "NTERIM"})) {
    if (hit.start < done || hit.size() > 400 || !MayHaveSeveralCells(text, hit))
      continue;
    std::vector<GridCell> cells = GridLine(text, hit);
    if (cells.size() < 2 || !ReadLabel(cells[0].cell.text)) continue;
    // The table's first row: up over the rows of parts.
    Piece first = hit;
    for (int k = 0; k < 12 && first.start > 0; ++k) {
      Piece up = LineBefore(text, first.start);
      std::vector<GridCell> uc = GridLine(text, up);
      if (uc.size() < 2 || !ReadLabel(uc[0].cell.text)) break;
      first = up;
    }
    size_t end = ReadTable(doc, first, out);
    if (end == 0) continue;
    regions->push_back({first.start, end});
    done = end;
  }
}

}  // namespace facts
}  // namespace secx
