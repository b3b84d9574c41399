// Preferred stock tables of utilities and banks, one row a series and the
// years' dividends per share in columns beside the series' other figures:
//
//   Series   Shares outstanding   Redemption price per share
//            Dividends declared per share 2004   ... per share 2003
//            Amount (thousands) 2004
//   4.50%    180,000   $ 102.50   $ 4.50   $ 4.50   $ 810
//
// A column is a dividend per share only when its heading says dividends
// (or distributions) and per share, and names its year; a price, a par or
// a liquidation value per share is not read. A row is read only when its
// label names a series ("4.50%", "$2.25 Series", "Series B", "5.20%
// Cumulative Preferred"), so each record is a preferred series' year:
// kind annual, its fiscal year from the heading, the class preferred. A
// column headed with an amount and the same year ("Amount (thousands)
// 2004") gives that year's total, in the unit its heading states.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

const RE2& YearRe() {
  static const RE2 re("\\b((?:19|20)\\d\\d)\\b");
  return re;
}

// "Dividends declared per share 2004", "2003 Dividends Paid Per Share":
// the year, or "" when the heading is no year's dividend per share.
std::string DividendYear(const std::string& h) {
  static const RE2 dividend_re(
      "(?i)\\b(?:dividends?|distributions?)\\b[^\\n]*\\bper\\s+"
      "(?:preferred\\s+)?share\\b");
  static const RE2 price_re(
      "(?i)\\b(?:price|par|liquidation|redemption|value|earnings)\\b");
  std::string year;
  if (!RE2::PartialMatch(h, dividend_re) || RE2::PartialMatch(h, price_re) ||
      !RE2::PartialMatch(h, YearRe(), &year)) {
    return "";
  }
  return year;
}

// "Amount (thousands) 2004", "Total 2004 (in thousands)": the year of a
// column of totals, "" otherwise.
std::string TotalYear(const std::string& h) {
  static const RE2 total_re("(?i)\\b(?:amount|total)\\b");
  static const RE2 per_share_re("(?i)\\bper\\s+share\\b");
  std::string year;
  // ("Dividends Declared (Thousands) 2005": dividends in a unit are the
  // year's total.)
  static const RE2 dividends_re("(?i)\\b(?:dividends?|distributions?)\\b");
  bool total = RE2::PartialMatch(h, total_re) ||
               (RE2::PartialMatch(h, dividends_re) && UnitOf(h) > 0);
  if (RE2::PartialMatch(h, per_share_re) || !total ||
      !RE2::PartialMatch(h, YearRe(), &year)) {
    return "";
  }
  return year;
}

// A preferred series' row label: "4.50%", "4.50% Series", "$2.25 Series",
// "Series B", "5.20% Cumulative Preferred".
bool SeriesLabel(const std::string& label) {
  static const RE2 re(
      "(?i)\\s*(?:\\$?\\d{1,2}(?:\\.\\d{1,4})?%?(?:\\s+(?:cumulative\\s+)?"
      "(?:series|preferred|preference)(?:\\s+[a-z0-9]{1,2})?)?|"
      "(?:cumulative\\s+)?(?:preferred\\s+|preference\\s+)?series\\s+[a-z0-9]{"
      "1,2}"
      "(?:\\s+(?:preferred|preference)(?:\\s+stock)?)?)"
      // A footnote's mark ("7.40% Series (a)"), its par ("4.75% Series
      // ($100 par)"), a typed row's dotted leader ("4.08% Series ....").
      "(?:\\s*\\((?:[a-z]|\\d|\\$\\d{1,4}(?:\\.\\d\\d)?\\s+(?:par|stated)"
      "(?:\\s+value)?)\\))?(?:\\s*\\.{2,})?\\s*");
  // A series named in full: "Series A 7.25% Cumulative Redeemable
  // Preferred Stock", "Series C Floating Rate Non-Cumulative Preferred
  // Stock (a)", "6.75% Series D", "Series A 4.50%".
  // ("6% Cumulative Preferred Stock, Series A", "$2.40 Convertible
  // Preferred Stock, Series B".)
  static const RE2 named_re(
      "(?i)\\s*(?:(?:series\\s+[a-z0-9]{1,2}|\\d{1,2}(?:\\.\\d{1,4})?%|\\$\\d{"
      "1,2}"
      "(?:\\.\\d{1,4})?)"
      "(?:\\s+[a-z0-9%.-]+){0,6}?\\s+(?:preferred|preference)(?:\\s+(?:stock|"
      "shares?))?(?:,?\\s+series\\s+[a-z0-9]{1,2})?|series\\s+[a-z0-9]{1,2}\\s+"
      "\\d{1,2}(?:\\.\\d{1,4})?%|"
      "\\d{1,2}(?:\\.\\d{1,4})?%\\s+series\\s+[a-z0-9]{1,2})"
      "(?:\\s*\\((?:[a-z]|\\d|\\$\\d{1,4}(?:\\.\\d\\d)?\\s+(?:par|stated)"
      "(?:\\s+value)?)\\))?(?:\\s*\\.{2,})?\\s*");
  return RE2::FullMatch(label, re) || RE2::FullMatch(label, named_re);
}

// The columns of a table: heading text and place, and which of them
// hold a year's dividends per share or a year's totals.
struct Columns {
  std::vector<GridHeading> headings;
  std::map<int, std::string> per_share, totals;  // heading -> year
  std::map<int, std::string> kind;               // heading -> record kind
};

// The kind of a period heading's records: a quarter's ("Three Months
// Ended June 30, 2012") `quarterly`, a year to date's (six or nine
// months) none, a year's `annual`.
std::string PeriodKind(const std::string& h) {
  static const RE2 months_re("(?i)\\b(three|six|nine)\\s+months\\b");
  std::string months;
  if (!RE2::PartialMatch(h, months_re, &months)) return "annual";
  return Lower(months) == "three" ? "quarterly" : "";
}

// `stub`, when not empty, is the heading over the row labels: its
// dividends per share ("Dividends declared per preferred share") are
// every period column's.
bool ReadColumns(Columns* c, const std::string& stub = "") {
  for (size_t h = 0; h < c->headings.size(); ++h) {
    const std::string& ht = c->headings[h].text;
    std::string y = DividendYear(stub.empty() ? ht : stub + " " + ht);
    if (!y.empty() && !stub.empty() && !RE2::PartialMatch(ht, YearRe()))
      y.clear();  // (the stub's own year is no column's)
    if (!y.empty()) {
      c->per_share[static_cast<int>(h)] = y;
      c->kind[static_cast<int>(h)] = PeriodKind(ht);
    }
    y = TotalYear(c->headings[h].text);
    if (!y.empty()) c->totals[static_cast<int>(h)] = y;
  }
  return !c->per_share.empty();
}

// A preferred series' dividend of the period `year` read from the table
// line `line`: its kind, year, class, status and place, checked.
void SeriesRecord(const Document& doc, Piece line, const std::string& kind,
                  const std::string& year, Dividend* d) {
  d->kind = kind;
  d->fiscal_year = year;
  d->share_class = "Preferred";
  d->status = "declared";
  d->span = MakeSpan(doc, line.start, line.end, 0.8, "dividend.series_table");
  CheckDividendDates(d);
}

// The series rows from `pos` on, read under `c`; `head` is the text of the
// heading and the lines just above it. Returns the end of the last row
// read (0 for none).
size_t ReadRows(const Document& doc, const Columns& c, std::string_view head,
                size_t pos, std::vector<Dividend>* out) {
  std::string_view text = doc.text;
  // The stock is preferred: the heading or the lines just above say so.
  if (!ContainsLower(head, "preferred") && !ContainsLower(head, "preference"))
    return 0;
  int unit = 0;
  for (const auto& [h, y] : c.totals)
    unit = std::max(unit, UnitOf(c.headings[h].text));
  if (unit == 0) unit = UnitOf(head);
  size_t end = 0;
  for (int rows = 0; rows < 20 && pos < text.size(); ++rows) {
    size_t le = text.find('\n', pos);
    if (le == std::string_view::npos) le = text.size();
    Piece line{pos, le};
    pos = le + 1;
    std::vector<GridCell> rc = GridLine(text, line);
    if (rc.empty() || !SeriesLabel(rc.front().cell.text)) break;
    std::string label = FoldSpace(rc.front().cell.text);
    while (!label.empty() && (label.back() == '.' || label.back() == ' '))
      label.pop_back();
    // (One record a period: two columns of one year and kind are one.)
    std::map<std::pair<std::string, std::string>, Dividend> by_period;
    std::map<std::string, std::string> total_of;
    for (size_t k = 1; k < rc.size(); ++k) {
      if (rc[k].cell.kind != TableCell::kMoney) continue;
      int h = HeadingOf(c.headings, rc[k]);
      std::optional<Money> m = ParseMoneyCell(rc[k].cell.text);
      if (h < 0 || !m || m->scaled) continue;
      if (c.per_share.count(h)) {
        Dividend& d = by_period[{c.kind.at(h), c.per_share.at(h)}];
        if (!d.per_share.empty()) continue;
        d.per_share = PerShareForm(m->amount);
        d.currency = m->currency.empty() ? "USD" : m->currency;
        d.provenance =
            "row '" + label + "'; per_share '" + c.headings[h].text + "'";
      } else if (c.totals.count(h) && unit > 0) {
        total_of[c.totals.at(h)] = ShiftDecimal(m->amount, unit);
      }
    }
    for (auto& [period, d] : by_period) {
      const auto& [kind, year] = period;
      auto t = total_of.find(year);
      if (kind == "annual" && t != total_of.end())
        d.total_amount = WholeUnits(t->second);
      SeriesRecord(doc, line, kind, year, &d);
      out->push_back(std::move(d));
    }
    end = le;
  }
  return end;
}

// A line with an amount or a date ("2005" over a column is a year, no
// amount).
bool ValueLine(const std::vector<GridCell>& cells) {
  static const RE2 year_re("(?:19|20)\\d\\d");
  for (const GridCell& c : cells) {
    if (c.cell.kind == TableCell::kDate ||
        (c.cell.kind == TableCell::kMoney &&
         !RE2::FullMatch(c.cell.text, year_re)))
      return true;
  }
  return false;
}

// Fixed-width text stacks a column's heading over several lines and sets
// a title over a group of columns, its extent ruled under it:
//
//                              Dividends         Dividends
//                 Call Price  Declared Per       Declared
//                             Share           (Thousands)
//                 ---------- ----------------- -----------------
//   Series                     2005     2004     2005     2004
//
// Each cell of the line right above the rows is a column; its heading is
// the text of the lines above within its rule's extent (or over the cell
// itself when no rule is drawn), then its own.
//
// (The finest line is the one with the most cells; a word wrapped under
// its cell on a line below it, "Redemption" over "Price", ends that
// column's heading.)
Columns StackedColumns(std::string_view text, const std::vector<Piece>& all) {
  Columns c;
  if (all.empty()) return c;
  size_t fine = all.size() - 1;
  for (size_t i = all.size() - 1; i-- > 0;) {
    if (GridLine(text, all[i]).size() > GridLine(text, all[fine]).size())
      fine = i;
  }
  const std::vector<Piece> lines(all.begin(), all.begin() + fine + 1);
  std::vector<GridCell> finest = GridLine(text, lines.back());
  // The rule between the titles and the finest line, as [from, to) runs.
  std::vector<std::pair<size_t, size_t>> runs;
  size_t rule_at = lines.size();
  for (size_t i = lines.size() - 1; i-- > 0;) {
    std::string_view l = text.substr(lines[i].start, lines[i].size());
    if (!RuleLine(l)) continue;
    rule_at = i;
    runs = RuleRuns(l);
    break;
  }
  for (const GridCell& f : finest) {
    size_t from = f.from, to = f.to;
    for (const auto& [a, b] : runs) {
      if (a < f.to && f.from < b) {
        from = a;
        to = b;
        break;
      }
    }
    std::string heading;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      if (i >= rule_at) break;
      for (const GridCell& t : GridLine(text, lines[i])) {
        if (t.from < to && from < t.to)
          heading += (heading.empty() ? "" : " ") + t.cell.text;
      }
    }
    heading += (heading.empty() ? "" : " ") + f.cell.text;
    for (size_t i = fine + 1; i < all.size(); ++i) {
      for (const GridCell& t : GridLine(text, all[i])) {
        if (t.from < f.to && f.from < t.to) heading += " " + t.cell.text;
      }
    }
    c.headings.push_back({heading, f.from, f.to});
  }
  return c;
}

// HTML heading rows: the last row's cells are columns, and a cell of a
// row above heads every column from its slot to the next cell's of its
// row (a colspan sits at its first slot), so "Dividends Declared Per
// Share" over "2005 | 2004" heads both years; a cell above over no column
// of the last row is a column of its own ("Call Price Per Share" beside).
std::vector<GridHeading> SpannedHeadings(std::string_view text,
                                         const std::vector<Piece>& rows) {
  std::vector<std::vector<GridCell>> cells;
  for (Piece r : rows) cells.push_back(GridLine(text, r));
  std::vector<GridHeading> out;
  for (const GridCell& f : cells.back()) out.push_back({"", f.from, f.to});
  std::vector<GridHeading> own;
  for (size_t i = 0; i + 1 < cells.size(); ++i) {
    for (size_t k = 0; k < cells[i].size(); ++k) {
      size_t from = cells[i][k].from;
      size_t to = k + 1 < cells[i].size() ? cells[i][k + 1].from
                                          : std::string_view::npos;
      bool over = false;
      for (GridHeading& h : out) {
        if (from <= h.from && h.from < to) {
          h.text += cells[i][k].cell.text + " ";
          over = true;
        }
      }
      if (!over) own.push_back({cells[i][k].cell.text, from, from + 1});
    }
  }
  for (size_t k = 0; k < out.size(); ++k)
    out[k].text += cells.back()[k].cell.text;
  out.insert(out.end(), own.begin(), own.end());
  std::sort(out.begin(), out.end(),
            [](const GridHeading& a, const GridHeading& b) {
              return a.from < b.from;
            });
  for (size_t i = 0; i < out.size(); ++i)
    out[i].to = i + 1 < out.size() ? out[i + 1].from : out[i].from + 1000;
  return out;
}

// A lead-in paragraph right above a table (at most two blank lines
// between) that ends with a colon and says its amounts are a preferred
// stock's dividends per share: "Dividends paid per share on the Company's
// preferred stock were as follows (...):". Its table's year columns are
// then the years' dividends per share of each series.
bool LeadInSaysRates(std::string_view text, size_t table) {
  Piece l{table, table};
  int blanks = 0;
  while (l.start > 0) {
    l = LineBefore(text, l.start);
    if (!BlankText(text.substr(l.start, l.size()))) break;
    if (++blanks > 2) return false;
  }
  if (l.start == l.end) return false;
  std::string para = std::string(text.substr(l.start, l.size()));
  for (int up = 0; up < 6 && l.start > 0; ++up) {
    Piece above = LineBefore(text, l.start);
    if (BlankText(text.substr(above.start, above.size()))) break;
    para = std::string(text.substr(above.start, above.size())) + " " + para;
    l = above;
  }
  para = FoldSpace(para);
  static const RE2 says_re(
      "(?i)\\b(?:dividends?|distributions?)\\b.*\\bper\\s+share\\b.*"
      "\\bpreferred\\b|\\bpreferred\\b.*\\b(?:dividends?|distributions?)\\b.*"
      "\\bper\\s+share\\b");
  return !para.empty() && para.back() == ':' &&
         RE2::PartialMatch(para, says_re);
}

// A table whose columns are the series, one row a figure of each:
//
//                                        Series A 4.50%   Series D 6.75%
//   Shares outstanding                   60,000           400,000
//   Dividends Declared Per Share - 2005  $4.50            $6.75
//
// `row` is a line whose label is a year's dividend per share; above it,
// over rows of the series' other figures (up to eight), the heading line
// names a series in every cell, and the heading or the lines just above
// say preferred. Each amount is its column's series' dividend of the
// label's year. Returns false when `row` is no such line.
bool SeriesColumnsRow(const Document& doc, Piece row,
                      std::vector<Dividend>* out) {
  std::string_view text = doc.text;
  std::vector<GridCell> cells = GridLine(text, row);
  if (cells.size() < 2 || cells.front().cell.kind == TableCell::kMoney)
    return false;
  std::string label = FoldSpace(cells.front().cell.text);
  std::string year = DividendYear(label);
  std::string kind = "annual";
  size_t at = row.start;
  if (year.empty()) {
    // Or a period's row under a section line of the dividends per share:
    // "Dividends declared per share:" over "Three months ended March 31,
    // 2018 | $ 406.25 | $ 14.375".
    static const RE2 period_re(
        "(?i)\\s*(?:(three|six|nine|twelve)\\s+months\\s+|(?:fiscal\\s+)?"
        "year\\s+)"
        "ended\\s+[a-z]+\\.?\\s+\\d{1,2},?\\s+((?:19|20)\\d\\d)\\s*|"
        "\\s*(?:fiscal\\s+)?((?:19|20)\\d\\d)\\s*");
    static const RE2 section_re(
        "(?i)\\s*(?:cash\\s+)?(?:dividends?|distributions?)\\s+(?:declared\\s+|"
        "paid\\s+)?"
        "per\\s+(?:preferred\\s+)?share\\s*:?\\s*");
    std::string months, y1, y2;
    if (!RE2::FullMatch(label, period_re, &months, &y1, &y2)) return false;
    year = y1.empty() ? y2 : y1;
    months = Lower(months);  // ("THREE MONTHS ENDED" in capitals too)
    if (months == "three")
      kind = "quarterly";
    else if (!months.empty() && months != "twelve")
      kind = "";
    bool section = false;
    for (int up = 0; up < 6 && at > 0 && !section; ++up) {
      Piece l = LineBefore(text, at);
      at = l.start;
      std::vector<GridCell> lc = GridLine(text, l);
      if (lc.size() == 1 && RE2::FullMatch(lc[0].cell.text, section_re)) {
        section = true;
      } else if (lc.empty() || !RE2::FullMatch(lc[0].cell.text, period_re) ||
                 !ValueLine(lc)) {
        return false;  // no other period's row between
      }
    }
    if (!section) return false;
  }
  Piece heading{0, 0};
  bool found = false;
  for (int up = 0; up < 9 && at > 0; ++up) {
    Piece l = LineBefore(text, at);
    at = l.start;
    std::string_view lt = text.substr(l.start, l.size());
    if (BlankText(lt) || RuleLine(lt)) continue;
    std::vector<GridCell> lc = GridLine(text, l);
    if (ValueLine(lc)) continue;  // another figure of the series
    for (const GridCell& c : lc) {
      found = SeriesLabel(c.cell.text);
      if (!found) break;
    }
    heading = l;
    break;
  }
  if (!found) return false;
  size_t from = heading.start > 400 ? heading.start - 400 : 0;
  std::string_view head = text.substr(from, heading.end - from);
  if (!ContainsLower(head, "preferred") && !ContainsLower(head, "preference"))
    return false;
  std::vector<GridHeading> headings = GridHeadings(text, {heading});
  bool any = false;
  for (size_t k = 1; k < cells.size(); ++k) {
    if (cells[k].cell.kind != TableCell::kMoney) continue;
    int h = HeadingOf(headings, cells[k]);
    std::optional<Money> m = ParseMoneyCell(cells[k].cell.text);
    if (h < 0 || !m || m->scaled) continue;
    Dividend d;
    d.per_share = PerShareForm(m->amount);
    d.currency = m->currency.empty() ? "USD" : m->currency;
    d.provenance = "row '" + label + "'; per_share '" + headings[h].text + "'";
    SeriesRecord(doc, row, kind, year, &d);
    out->push_back(std::move(d));
    any = true;
  }
  return any;
}

// A table whose columns are the series and whose rows are quarters, under
// a lead-in paragraph that says what its amounts are:
//
//   The following table shows distributions declared per share in 2000 on
//   the Trust's 8 1/2% Series A Cumulative Redeemable Preferred Shares and
//   9% Series B ..., and the equivalent amount per Series B depositary share:
//
//                                                     Series B
//                                                   Depositary
//   2000                       Series A     Series B        Share
//                           -----------  -----------  -----------
//   First Quarter ........  $    .53125  $     5.625  $     .5625
//
// `lead` is a line of the paragraph; the paragraph ends with a colon and
// says dividends or distributions, per share and preferred. The table
// follows it within two blank lines: heading lines without values, then
// rows labelled by quarters. A column is read when its heading names a
// series and no depositary share (an amount per depositary share is a
// fraction of the share's); the year is the first heading's, else the
// lead-in's when it names one year only. Returns the end of the last row
// read, 0 when there is no such table.
size_t SeriesQuarterTable(const Document& doc, Piece lead,
                          std::vector<Dividend>* out) {
  std::string_view text = doc.text;
  Piece first = lead, last = lead;
  for (int up = 0; up < 8 && first.start > 0; ++up) {
    Piece l = LineBefore(text, first.start);
    if (BlankText(text.substr(l.start, l.size()))) break;
    first = l;
  }
  for (int down = 0; down < 8 && last.end + 1 < text.size(); ++down) {
    // (HTML sets no blank line between a lead-in and its table.)
    std::string_view lt = text.substr(last.start, last.size());
    while (!lt.empty() && std::isspace(static_cast<unsigned char>(lt.back())))
      lt.remove_suffix(1);
    if (!lt.empty() && lt.back() == ':') break;
    Piece l = LineAt(text, last.end + 1);
    if (BlankText(text.substr(l.start, l.size()))) break;
    last = l;
  }
  std::string para =
      FoldSpace(text.substr(first.start, last.end - first.start));
  static const RE2 says_re(
      "(?i)\\b(?:dividends?|distributions?)\\b.*\\bper\\s+share\\b");
  if (para.empty() || para.back() != ':' || !RE2::PartialMatch(para, says_re) ||
      (!ContainsLower(para, "preferred") && !ContainsLower(para, "preference")))
    return 0;
  // The heading lines: up to four without values, after at most two blank
  // lines; rules under them are skipped.
  std::vector<Piece> heading;
  size_t pos = last.end + 1;
  int blanks = 0;
  bool ruled = false;
  while (pos < text.size()) {
    Piece l = LineAt(text, pos);
    std::string_view lt = text.substr(l.start, l.size());
    std::vector<GridCell> lc = GridLine(text, l);
    if (BlankText(lt)) {
      if (!heading.empty() || ++blanks > 2) return 0;
    } else if (RuleLine(lt)) {
      if (heading.empty()) return 0;
      ruled = true;
    } else if (ValueLine(lc)) {
      if (!RE2::FullMatch(lc.front().cell.text, QuarterLabelRe())) return 0;
      break;
    } else if (ruled || heading.size() == 4) {
      return 0;
    } else {
      heading.push_back(l);
    }
    pos = l.end + 1;
  }
  if (heading.empty()) return 0;
  // (HTML: one row of cells; fixed-width text: headings stacked.)
  Columns c;
  if (text.substr(heading[0].start, heading[0].size()).find('\t') !=
      std::string_view::npos) {
    c.headings = GridHeadings(text, heading);
    SeatHeadings(FirstRows(text, heading.back().end + 1), &c.headings);
  } else {
    c = StackedColumns(text, heading);
  }
  std::string year;
  std::map<int, std::string> series;  // heading -> its text
  for (size_t h = 0; h < c.headings.size(); ++h) {
    const std::string& ht = c.headings[h].text;
    std::string y;
    if (BlankText(ht)) continue;
    if (series.empty() && year.empty() && RE2::FullMatch(ht, YearRe(), &y)) {
      year = y;
    } else if (SeriesLabel(ht)) {
      series[static_cast<int>(h)] = ht;
    } else if (!ContainsLower(ht, "depositary")) {
      return 0;  // a column of some other figure
    }
  }
  if (series.empty()) return 0;
  if (year.empty()) {
    // The lead-in's one year: "declared per share in 2000".
    re2::StringPiece in(para);
    std::string y;
    while (RE2::FindAndConsume(&in, YearRe(), &y)) {
      if (!year.empty() && y != year) return 0;
      year = y;
    }
    if (year.empty()) return 0;
  }
  size_t end = 0;
  for (int rows = 0; rows < 8 && pos < text.size(); ++rows) {
    Piece row = LineAt(text, pos);
    pos = row.end + 1;
    std::vector<GridCell> rc = GridLine(text, row);
    if (rc.size() < 2 || !ValueLine(rc) ||
        !RE2::FullMatch(rc.front().cell.text, QuarterLabelRe()))
      break;
    std::string label = FoldSpace(rc.front().cell.text);
    while (!label.empty() && (label.back() == '.' || label.back() == ' '))
      label.pop_back();
    for (size_t k = 1; k < rc.size(); ++k) {
      if (rc[k].cell.kind != TableCell::kMoney) continue;
      int h = HeadingOf(c.headings, rc[k]);
      std::optional<Money> m = ParseMoneyCell(rc[k].cell.text);
      if (!series.count(h) || !m || m->scaled) continue;
      Dividend d;
      d.per_share = PerShareForm(m->amount);
      d.currency = m->currency.empty() ? "USD" : m->currency;
      d.provenance = "row '" + label + "'; per_share '" + series.at(h) + "'";
      SeriesRecord(doc, row, "quarterly", year, &d);
      out->push_back(std::move(d));
    }
    end = row.end;
  }
  return end;
}

}  // namespace

void SeriesTables(const Document& doc, const KeywordHits& hits,
                  std::vector<Dividend>* out, std::vector<Piece>* regions) {
  std::string_view text = doc.text;
  size_t done = 0;
  const size_t first_region = regions->size();
  const std::vector<Piece> per_share =
      hits.LinesWith({"er share", "ER SHARE", "er Share"});
  for (Piece hit : per_share) {
    if (hit.size() > 400) continue;
    if (MayHaveSeveralCells(text, hit)) {
      if (SeriesColumnsRow(doc, hit, out)) regions->push_back(hit);
      continue;
    }
    // A section line of the dividends per share: its periods' rows below.
    for (Piece row = hit; row.end + 1 < text.size();) {
      row = LineAt(text, row.end + 1);
      if (row.size() > 400 || !SeriesColumnsRow(doc, row, out)) break;
      regions->push_back(row);
    }
  }
  // A lead-in paragraph over a table of quarters, the series in columns.
  for (Piece hit : per_share) {
    if (hit.start < done || hit.size() > 400) continue;
    size_t end = SeriesQuarterTable(doc, hit, out);
    if (end == 0) continue;
    regions->push_back({hit.start, end});
    done = end;
  }
  done = 0;
  // HTML: one heading row, each heading whole ("Dividends declared per
  // share 2004").
  for (Piece hit : per_share) {
    if (hit.start < done || hit.size() > 400) continue;
    if (text.substr(hit.start, hit.size()).find('\t') == std::string_view::npos)
      continue;
    std::vector<GridCell> cells = GridLine(text, hit);
    if (cells.size() < 2 || ValueLine(cells)) continue;
    Columns c;
    c.headings = GridHeadings(text, {hit});
    SeatHeadings(FirstRows(text, hit.end + 1), &c.headings);
    if (!ReadColumns(&c)) continue;
    size_t from = hit.start > 400 ? hit.start - 400 : 0;
    size_t end =
        ReadRows(doc, c, text.substr(from, hit.end - from), hit.end + 1, out);
    if (end == 0) continue;
    regions->push_back({hit.start, end});
    done = end;
  }
  // The series rows from `row_at` on under the headings from `top`, the
  // lines above them read for the stock's class.
  auto read_under = [&](const Columns& c, size_t top, size_t row_at) {
    size_t from = top > 400 ? top - 400 : 0;
    size_t end =
        ReadRows(doc, c, text.substr(from, row_at - from), row_at, out);
    if (end == 0) return;
    regions->push_back({top, end});
    done = end;
  };
  // HTML: from a series row up to its heading rows, where a heading spans
  // its years' columns ("Dividends Declared Per Share" over "2005 | 2004")
  // or the stub's heading says what every period column holds
  // ("Dividends declared per preferred share | 2012 | 2011" under "Three
  // Months Ended June 30,").
  // (Rows of a table read above are passed over.)
  const std::vector<Piece> read(regions->begin() + first_region,
                                regions->end());
  done = 0;
  for (Piece hit : hits.LinesWith({"eries", "ERIES", "%"})) {
    if (hit.start < done || hit.size() > 400) continue;
    if (text.substr(hit.start, hit.size()).find('\t') == std::string_view::npos)
      continue;
    bool seen = false;
    for (Piece r : read) seen |= r.start <= hit.start && hit.start <= r.end;
    if (seen) continue;
    std::vector<GridCell> row = GridLine(text, hit);
    if (row.size() < 2 || !SeriesLabel(row.front().cell.text) ||
        !ValueLine(row))
      continue;
    // The heading rows above: table rows without values, up to four.
    std::vector<Piece> block;
    for (size_t at = hit.start; at > 0 && block.size() < 4;) {
      Piece l = LineBefore(text, at);
      std::string_view lt = text.substr(l.start, l.size());
      if (BlankText(lt) || lt.find('\t') == std::string_view::npos ||
          ValueLine(GridLine(text, l)))
        break;
      at = l.start;
      block.insert(block.begin(), l);
    }
    if (block.empty()) continue;
    Columns c;
    c.headings = SpannedHeadings(text, block);
    SeatHeadings(FirstRows(text, hit.start), &c.headings);
    int stub = HeadingOf(c.headings, row.front());
    std::string stub_text = stub < 0 ? "" : c.headings[stub].text;
    if (!ReadColumns(&c) && !ReadColumns(&c, stub_text)) continue;
    read_under(c, block.front().start, hit.start);
  }
  // Fixed-width text: from a series row up to its stacked headings.
  for (Piece hit : hits.LinesWith({"eries", "ERIES", "%"})) {
    if (hit.start < done || hit.size() > 400) continue;
    if (!MayHaveSeveralCells(text, hit) ||
        text.substr(hit.start, hit.size()).find('\t') != std::string_view::npos)
      continue;
    std::vector<GridCell> row = GridLine(text, hit);
    if (row.size() < 3 || !SeriesLabel(row.front().cell.text) ||
        !ValueLine(row)) {
      continue;
    }
    // The heading lines above: no values, up to a blank line (rules kept).
    std::vector<Piece> block;
    size_t at = hit.start;
    while (at > 0 && block.size() < 8) {
      Piece l = LineBefore(text, at);
      std::string_view lt = text.substr(l.start, l.size());
      std::vector<GridCell> lc = GridLine(text, l);
      if (BlankText(lt) || ValueLine(lc)) break;
      at = l.start;
      // (A typed table's "<S> <C> <C>" line holds no cells: no heading.)
      if (lc.empty() && !RuleLine(lt)) continue;
      block.insert(block.begin(), l);
    }
    // The finest heading line is the last one that is no rule.
    while (!block.empty() &&
           RuleLine(text.substr(block.back().start, block.back().size())))
      block.pop_back();
    if (block.empty()) continue;
    Columns c = StackedColumns(text, block);
    if (!ReadColumns(&c) && !(LeadInSaysRates(text, block.front().start) &&
                              ReadColumns(&c, "Dividends per share")))
      continue;
    read_under(c, block.front().start, hit.start);
  }
}

}  // namespace facts
}  // namespace secx
