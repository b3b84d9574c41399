// Per-share dividend rows under period column headings: the rows of
// financial highlights, equity notes and market-price tables,
//
//                               Fiscal     Fiscal     Fiscal
//                               2023       2022       2021
//   Cash dividends per share    $ 8.36     $ 7.60     $ 6.60
//
//                        Three Months Ended     Six Months Ended
//                        July 30,   July 31,    July 30,   July 31,
//                        2023       2022        2023       2022
//   Dividends declared per share  $ 0.57  $ 0.49  $ 1.14  $ 0.98
//
// The row label must say per share. Each amount takes the period of the
// heading above it: a year column gives kind "annual" with the heading as
// fiscal_year, a quarter or three-month column kind "quarterly", a six- or
// nine-month column (a year-to-date sum) no kind; the column heading is in
// the provenance. A row is read only when every amount has its own period
// heading. A label alone on its line takes the amounts of the next line
// when that line holds amounts only.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

const RE2& LabelRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:(?:common\\s+stock|common|ordinary|cash|declared|regular|"
      "quarterly|special|total|annual)\\s+)*(?:dividends?|distributions?)"
      "(?:\\s+and\\s+dividend\\s+equivalents)?"
      "(?:\\s+declared|\\s+paid|\\s+determined)?"
      "(?:\\s+and\\s+(?:paid|declared))?\\s*,?\\s+"
      // (A Swiss or German company's "registered share" or "bearer share"
      // is its share; an Indian company's "equity share".)
      "per[\\s-]+(?:(?:common\\s+|ordinary\\s+|registered\\s+|bearer\\s+|"
      "equity\\s+)?"
      "share|(?:common\\s+|limited\\s+"
      "partner\\s+)?unit|ads|american\\s+"
      "depositary\\s+share|class\\s+[a-z](?:\\s+and\\s+class\\s+[a-z])?\\s+"
      "(?:common\\s+)?share)"
      "(?:\\s+of\\s+(?:class\\s+[a-z]\\s+(?:and\\s+class\\s+[a-z]\\s+)?)?"
      "common\\s+"
      "stock|\\s+to\\s+(?:common\\s+)?"
      "(?:stock|share)holders|"
      // "Dividend per share for the year (DKK)".
      // "Cash dividends per share declared in respect of the year (Rp)".
      "(?:\\s+declared)?\\s+(?:for|in\\s+respect\\s+of)\\s+the\\s+"
      "(?:fiscal\\s+|financial\\s+)?year)?|"
      // "Per share dividends declared", "Per common share cash dividends".
      "per[\\s-]+(?:common\\s+)?share\\s+(?:cash\\s+)?dividends?"
      "(?:\\s+(?:declared|paid))?)"
      "(?:\\s*[-,\\x{2013}\\x{2014}]?\\s*(?:declared(?:\\s+and\\s+paid)?|paid|"
      "class\\s+[a-z](?:\\s+and\\s+class\\s+[a-z])?|common\\s+stock))?"
      // A year's total with its extras: "Cash dividends declared per share,
      // including year-end extra dividends".
      "(?:\\s*,?\\s*including\\s+(?:year-end\\s+)?(?:extra|special)\\s+"
      "dividends?)?"
      // One part of them on a row of its own: "Cash dividends declared per
      // share \u2013 regular quarterly dividend", "... \u2013 year-end extra
      // dividend".
      "(?:\\s*[-,\\x{2013}\\x{2014}]\\s*(?:regular(?:\\s+quarterly)?|(?:year-"
      "end\\s+)?"
      "extra|special)(?:\\s+(?:cash\\s+)?dividends?)?)?"
      "(?:\\s*\\((?:[a-z0-9]|class\\s+[a-z](?:\\s+and\\s+class\\s+[a-z])?|"
      "(?:in\\s+)?(?:(?:u\\.?s\\.?\\s+)?dollars|usd|"
      // A 20-F's own unit: "(pence)", "(yen)", "(in euro)", "(cent)"
      // (LabelUnit).
      "pence|yen|jpy|euros?|eur|\\x{20AC}|\\x{00A5}|swiss\\s+francs?|chf|"
      "dkk|sek|nok|" +
      std::string(kCurrencyUnitWords) +
      "|"
      "cents?)(?:\\s+per\\s+share)?|u\\.?s\\.?\\s*\\$|[ac]\\$|\\$|"
      "note\\s+\\d+)\\))*"
      // Footnote marks: stars, daggers, superscript digits.
      "[*\\x{2020}\\x{2021}\\x{00B9}\\x{00B2}\\x{00B3}]*\\s*:?\\s*");
  return re;
}

// The currency of a unit a row label states in parentheses ("Dividends per
// share (pence)") and the power of ten for its amounts (pence: -2); false
// for none.
bool LabelUnit(const std::string& label, std::string* currency, int* shift) {
  static const RE2 re(
      "(?i)\\(\\s*(?:in\\s+)?(pence|yen|jpy|euros?|eur|\\x{20AC}|\\x{00A5}|"
      "swiss\\s+francs?|chf|dkk|sek|nok|[ac]\\$|us\\$|u\\.s\\.\\s?\\$|\\$|" +
      std::string(kCurrencyUnitWords) +
      "|cents?)"
      "(?:\\s+per\\s+(?:ordinary\\s+|"
      "common\\s+)?share)?\\s*\\)");
  std::string u;
  if (!RE2::PartialMatch(label, re, &u)) return false;
  UnitCurrency(u, currency, shift);
  return true;
}

// A row that gives the row above it in another currency: "Dividend per
// ordinary share ($)" under "Dividend per ordinary share (\u20ac)", the same
// dividends translated for convenience, not dividends of their own.
bool TranslationOfRowAbove(std::string_view text, Piece hit,
                           const std::string& own) {
  std::vector<GridCell> above = GridLine(text, LineBefore(text, hit.start));
  if (above.empty() || above[0].cell.kind != TableCell::kWords) return false;
  // (A footnote's mark after the unit is no unit: "Dividend per equity
  // share (US$)(2)" under "... (Rs.)(1)".)
  static const RE2 unit_re(
      "^(.*?)\\s*\\(([^()]{1,20})\\)(?:\\s*\\((?:\\d|[a-z])\\))?\\s*$");
  std::string words_own, unit_own, words_above, unit_above;
  return RE2::FullMatch(own, unit_re, &words_own, &unit_own) &&
         RE2::FullMatch(above[0].cell.text, unit_re, &words_above,
                        &unit_above) &&
         words_own == words_above && unit_own != unit_above &&
         ContainsLower(words_own, "dividend");
}

// A row label that says per share only through its section: "Cash
// dividends declared" under a "Per common share:" line ("Regular cash
// dividends" beside a market table's "High" and "Low").
const RE2& SectionLabelRe() {
  static const RE2 re(
      // (A REIT's "Distributions declared" beside its price rows.)
      "(?i)\\s*(?:(?:regular|quarterly)\\s+)?(?:cash\\s+)?(?:dividends?|"
      "distributions)"
      "(?:\\s+(?:declared|paid))?"
      // A 20-F's "Cash dividends applicable to the year(1)".
      "(?:\\s+applicable\\s+to\\s+the\\s+(?:fiscal\\s+)?year)?"
      // A class's row: "Cash dividends \u2013 Class A".
      "(?:\\s*[-,\\x{2013}\\x{2014}]\\s*class\\s+[a-z])?"
      "(?:\\s*\\([a-z0-9]\\)|\\*+)?\\s*:?\\s*");
  return re;
}

const RE2& PerShareSectionRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:data\\s+)?per\\s+(?:common\\s+)?share(?:\\s+of\\s+"
      "common\\s+"
      "stock|\\s+data|\\s+information|\\s+amounts)?|common\\s+share\\s+data)"
      // Its unit: "(in dollars)", a 20-F's "(yen)", "(in euro)".
      "\\s*(?:\\((?:in\\s+)?(?:u\\.?s\\.?\\s+)?(?:dollars|yen|euros?|"
      "pence)\\))?"
      // Restated amounts: "Per share (split-adjusted):".
      "(?:\\s*\\((?:split[\\s-]adjusted|as\\s+adjusted|restated|adjusted)"
      "[^()]{0,30}\\))?"
      // A footnote's mark: "Per share (1):".
      "(?:\\s*\\([a-z0-9]\\)|\\*+)?\\s*:?\\s*");
  return re;
}

const RE2& PeriodCellRe() {
  static const RE2 re(
      "(?i)(?:(?:fiscal|years?|three|six|nine|twelve|months?|quarters?|qtrs?|"
      "weeks?|thirteen|twenty-six|thirty-nine|fifty-two|ended|ending|first|"
      "half|to|date|year-to-date|ytd|for|the|periods?|and|total|full|1st|2nd|"
      "3rd|4th|"
      "second|third|fourth|q[1-4]|fy|january|february|march|april|may|june|"
      "july|august|september|october|november|december|jan|feb|mar|apr|jun|"
      "jul|aug|sep|sept|oct|nov|dec|\\d{1,2}|fy\\d\\d|"
      // A year, with a footnote mark on it: "1995(1)", "2023 (a)".
      "(?:19|20)\\d\\d(?:\\s?\\((?:\\d|[a-z])\\))?)"
      "[\\s.,]*)+");
  return re;
}

// The year is group 1.
const RE2& YearRe() {
  // "FY2023" as well: the year against its prefix.
  static const RE2 re("(?:\\b|(?i:fy))((?:19|20)\\d\\d)\\b");
  return re;
}

// The heading of a column of changes between the periods: "% Change",
// "Change", "Increase (Decrease)", "% Inc. (Dec.)"; or of each period's
// shares of its total ("2016 | % | 2015 | %", a tax characterization's).
const RE2& ChangeRe() {
  static const RE2 re(
      "(?i)\\s*(?:%|percent(?:age)?)?\\s*(?:change|variance|"
      "inc(?:rease)?\\.?\\s*(?:/|\\s)?\\s*\\(?\\s*dec(?:rease)?\\.?\\s*\\)?)"
      "\\s*(?:\\(?%\\)?)?\\s*|\\s*(?:%|percent(?:age)?(?:\\s+of\\s+total)?)"
      "\\s*");
  return re;
}

// A sentence that states an amount of its own, ended by its full stop
// ("We declared a quarterly dividend of 23 cents per share in each
// quarter of 2023."): prose about a dividend, not a heading of the table
// under it. A sentence without an amount ("The following table presents
// the dividends of the three months ended March 31.") may still describe
// the columns, and a lead-in ends with a colon.
bool AmountSentence(std::string_view l) {
  std::string t = FoldSpace(l);
  if (t.empty() || t.back() != '.' ||
      std::count(t.begin(), t.end(), ' ') < 5) {
    return false;
  }
  static const RE2 amount_re("\\$\\s*\\.?\\d|\\b\\d+(?:\\.\\d+)?\\s+cents\\b");
  return RE2::PartialMatch(t, amount_re);
}

// A column of a preferred series' terms: "Redemption / liquidation
// amount", "Liquidation preference", "Par value".
const RE2& SeriesTermRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:redemption|liquidation|call)(?:\\s*(?:/|and|or)\\s*"
      "(?:redemption|liquidation))?\\s+(?:amount|price|preference|value)|"
      "(?:par|stated)\\s+value)(?:\\s+per\\s+share)?\\s*");
  return re;
}

// A heading of a column of dollars translated for convenience: "2023
// US$ million", "U.S. dollars", "Convenience translation".
const RE2& DollarTranslationRe() {
  static const RE2 re(
      "(?i).*(?:\\bus\\$|\\bu\\.s\\.\\s?\\$|\\busd\\b|\\bu\\.?s\\.?\\s+dollars?"
      "\\b|"
      "\\bconvenience\\b).*");
  return re;
}

// A series' term heading wrapped over two lines, `cell` its second:
// "Redemption" over "price".
bool TermWrappedAbove(std::string_view text, Piece line, const GridCell& cell) {
  static const RE2 second_re("(?i)\\s*(?:amount|price|preference|value)\\s*");
  if (line.start == 0 || !RE2::FullMatch(cell.cell.text, second_re)) {
    return false;
  }
  static const RE2 first_re("(?i)\\s*(?:redemption|liquidation|call)\\s*");
  for (const GridCell& a : GridLine(text, LineBefore(text, line.start))) {
    if (a.from < cell.to && a.to > cell.from &&
        RE2::FullMatch(a.cell.text, first_re)) {
      return true;
    }
  }
  return false;
}

bool PeriodLine(std::string_view text, Piece line, bool tabbed) {
  std::string_view l = text.substr(line.start, line.size());
  if (tabbed && l.find('\t') == std::string_view::npos) return false;
  std::vector<GridCell> cells = GridLine(text, line);
  if (cells.empty()) return false;
  size_t period = 0;
  for (size_t i = 0; i < cells.size(); ++i) {
    const GridCell& c = cells[i];
    if (c.cell.kind == TableCell::kMoney &&
        !RE2::FullMatch(c.cell.text, YearRe())) {
      return false;
    }
    if (RE2::FullMatch(c.cell.text, PeriodCellRe()) ||
        c.cell.kind == TableCell::kDate) {
      ++period;
    } else if (i != 0 && RE2::FullMatch(c.cell.text, ChangeRe())) {
      continue;  // a column of changes beside the periods
    } else if (i != 0 && i + 1 == cells.size() && period > 0 &&
               RE2::FullMatch(c.cell.text, SeriesTermRe())) {
      // A last column of a preferred series' terms beside the periods
      // ("Redemption / liquidation amount"): its amounts have no period
      // and are not read.
      continue;
    } else if (i != 0 && i + 1 == cells.size() && period > 0 &&
               TermWrappedAbove(text, line, c)) {
      continue;  // the same, its heading over two lines
    } else if (i != 0 && i + 1 == cells.size() && period > 0 &&
               RE2::FullMatch(c.cell.text, DollarTranslationRe())) {
      // A last column of the dollars a 20-F translates its own currency
      // into for convenience ("2023 US$ million"): the same dividends, not
      // read (PeriodRowsOf drops it).
      continue;
    } else if (i != 0) {
      return false;  // only the first slot may hold a caption
    } else if (ContainsLower(c.cell.text, "date") ||
               ContainsLower(c.cell.text, "record") ||
               ContainsLower(c.cell.text, "pay")) {
      return false;  // a row of a row-labelled table ("Record date")
    }
  }
  return period > 0;
}

// The heading alone on its line above `hit` (over at most six rows of
// amounts, and of period headings when `over_periods`) when it matches
// `heading_re`, else empty.
bool SubHeadingLine(std::string_view text, Piece line);

std::string SectionHeading(std::string_view text, Piece hit,
                           const RE2& heading_re, bool over_periods = false,
                           bool over_sub = false) {
  size_t pos = hit.start;
  bool periods = false;
  std::string wrapped;  // a unit alone under the heading's first line
  for (int k = 0; k < 9 && pos > 0; ++k) {
    size_t end = pos - 1;
    size_t start =
        end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    pos = start;
    std::vector<GridCell> cells = GridLine(text, {start, end});
    if (cells.empty()) {
      if (over_periods && periods) continue;  // a title set apart
      return "";                              // a blank line ends the table
    }
    bool amounts = false;
    for (const GridCell& c : cells) {
      amounts |= c.cell.kind == TableCell::kMoney;
    }
    if (amounts) continue;  // a row of the section
    // (A typed sum's rule over a total row.)
    if (RuleLine(text.substr(start, end - start))) continue;
    if (over_periods && PeriodLine(text, {start, end}, false)) {
      periods = true;
      continue;
    }
    if (over_sub && SubHeadingLine(text, {start, end})) continue;
    // A heading wrapped over two lines: "Dividends per ordinary share" over
    // "(pence)(1)" (its unit on the second).
    if (cells.size() == 1 && !wrapped.empty()) {
      std::string joined = FoldSpace(cells[0].cell.text + " " + wrapped);
      if (RE2::FullMatch(joined, heading_re)) return joined;
    }
    if (cells.size() == 1 && RE2::FullMatch(cells[0].cell.text, heading_re)) {
      return cells[0].cell.text;
    }
    // Its unit set apart at the right: "CASH DIVIDENDS PER SHARE    (Yen)".
    if (cells.size() == 2 && UnitsOnly(cells[1].cell.text)) {
      std::string joined =
          FoldSpace(cells[0].cell.text + " " + cells[1].cell.text);
      if (RE2::FullMatch(joined, heading_re)) return joined;
    }
    if (cells.size() == 1 && wrapped.empty() && UnitsOnly(cells[0].cell.text)) {
      wrapped = cells[0].cell.text;
      continue;
    }
    return "";
  }
  return "";
}

// A row that says only which of the section's dividends it holds:
// "Declared" and "Paid" under a "Dividends per share:" line.
const RE2& StatusLabelRe() {
  static const RE2 re("(?i)\\s*(?:declared|paid)\\s*:?\\s*");
  return re;
}

// A row named by the kind of the dividend under a per-share dividend
// label: "Dividends declared per common share:" over "Regular" and
// "Special".
const RE2& KindLabelRe() {
  static const RE2 re(
      "(?i)\\s*(?:regular|special|extra)(?:\\s+(?:cash\\s+)?dividends?)?"
      "\\s*:?\\s*");
  return re;
}

// A row of a part of the year's dividend under a per-share dividend label
// (a 20-F's "Dividends per ordinary share (pence)" over "Interim",
// "Final" and "Total"; a Japanese filer's "Interim", "Year-end" and
// "Annual").
const RE2& PartLabelRe() {
  static const RE2 re(
      "(?i)\\s*(?:interim|final|year[\\s-]end|total|annual)"
      "(?:\\s+dividends?)?\\s*:?\\s*");
  return re;
}

// The start of a part row's "Total" (or "Annual") line: the word and its
// leader alone.
const RE2& PartTotalRe() {
  static const RE2 re(
      "^(?:Total|Annual)(?:\\s+dividends?)?\\s*[.:]*(?:\\s{2,}|\\t)");
  return re;
}

// A 20-F's rows of a year's dividend by its parts, the unit in the label:
// "Interim (pence per ordinary share)", "Final dividend (euro cents per
// share)", "Total (pence per ordinary share)", under a lead-in of dividends
// per share (DividendLeadRe).
const RE2& PartRowRe() {
  static const RE2 re(
      "(?i)\\s*(?:interim|final|total)(?:\\s+(?:cash\\s+)?dividends?)?"
      "\\s*\\(\\s*(?:pence|cents?|euro\\s+cents|yen|euros?|\\x{20AC})\\s+"
      "per\\s+(?:ordinary\\s+|common\\s+)?share\\s*\\)\\s*");
  return re;
}

// A lead-in line of prose that names dividends per share: "The table below
// sets out the dividends per ordinary share in respect of each of the last
// three financial years, ...", "... the cash dividends declared per share
// on each class of the Corporation's outstanding shares ...".
const RE2& DividendLeadRe() {
  static const RE2 re(
      "(?is).*\\bdividends?\\s+(?:declared\\s+|paid\\s+)?per\\s+"
      "(?:ordinary\\s+|common\\s+)?share\\b.*|"
      // "Dividends declared on each series ... were as follows (per
      // share):".
      ".*\\bdividends?\\b.{0,200}\\(per\\s+share\\)\\s*:\\s*");
  return re;
}

// A row named by a class of stock: "Class A common stock", "Class A
// Common"; "Common share",
// "Ordinary shares", "Preferred share" under "Dividends declared per
// share:".
const RE2& ClassNameRowRe() {
  static const RE2 re(
      "(?i)\\s*(?:class\\s+[a-z]\\s*(?:common(?:\\s+(?:stock|shares?))?|stock|"
      "shares?)?|"
      "(?:common|ordinary|preferred|preference)\\s+(?:stock|shares?))\\s*:?"
      "\\s*");
  return re;
}

// A row that says only that it is per share: "Per share", "Per common
// share", "Amount per share", "Per registered share (CHF)", under a
// dividend section or title.
const RE2& PerShareRowRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:amount|dividends?)\\s+)?per\\s+(?:common\\s+|"
      "registered\\s+|"
      "bearer\\s+)?share(?:\\s+amount)?(?:\\s*\\([a-z$\\x{20AC}\\x{00A3}]{1,5}"
      "\\))?"
      "\\s*:?\\s*");
  return re;
}

// A section line of common dividends over such a row: "Common stock
// dividends:", "Dividends declared:", "Cash dividends". Preferred
// dividends are left out.
const RE2& DividendSectionRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:common(?:\\s+stock)?|cash)\\s+)*dividends?"
      "(?:\\s+(?:declared|paid))?(?:\\s+on\\s+common\\s+stock)?\\s*:?\\s*");
  return re;
}

// A title or lead-in over a table of class rows that says the table holds
// dividends per share: "Dividends declared per share", "The following
// table presents dividends declared per share:".
// A row of a preferred series' per-share dividends: "Dividends declared
// per share of Series A Preferred Stock", "Per share of 5.875%
// Non-Cumulative Perpetual Preferred Stock, Series A" (the latter under a
// lead-in of its dividends, PreferredTitleRe).
const RE2& PreferredRowRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:cash\\s+)?dividends?\\s+(?:declared\\s+|paid\\s+)?)?per\\s+"
      "share\\s+(?:of|on)\\s+(?:the\\s+)?(?:\\d+(?:\\.\\d+)?%\\s+)?(?:series\\s+[a-z]\\s+)?"
      "(?:(?:non-?cumulative|cumulative|perpetual|redeemable)\\s+)*preferred\\s+"
      "(?:stock|shares?)(?:,?\\s+series\\s+[a-z])?\\s*:?\\s*");
  return re;
}

// A row named by a preferred series alone: "Series A Preferred Stock",
// "5.75% Non-Cumulative Preferred Stock, Series B".
// A Canadian issuer's series are numbered and their rates described:
// "Cumulative Redeemable Minimum Rate Reset Preferred Shares, Series 1",
// "Cumulative 5-Year Rate Reset First Preferred Shares, Series 3",
// its unit after it ("(US$)").
const RE2& SeriesRowRe() {
  static const RE2 re(
      // (Its terms may come first: "Non-cumulative 5.75% Class B Preferred
      // Shares, Series 14".)
      "(?i)\\s*(?:(?:non-?cumulative|cumulative)\\s+)?"
      "(?:\\d+(?:\\.\\d+)?%\\s+)?(?:series\\s+[a-z]\\s+)?"
      // A Canadian bank's "Class A Preferred Shares Series 12".
      "(?:class\\s+[a-z]\\s+)?"
      "(?:(?:non-?cumulative|cumulative|perpetual|redeemable|fixed[-\\s]rate|"
      "floating[-\\s]rate|minimum\\s+rate|rate\\s+reset|reset|first|"
      "second|\\d{1,2}-year)\\s+)*preferred\\s+"
      "(?:stock|shares?)(?:,?\\s+series\\s+(?:[a-z]|\\d{1,2}))?\\s*"
      "(?:\\((?:\\d|u\\.?s\\.?\\s*\\$|c\\$|cdn\\$)\\))?"
      // Its terms in parentheses: "(rate reset, non-cumulative)".
      "(?:\\s*\\((?:(?:non-?cumulative|cumulative|perpetual|redeemable|"
      "rate\\s+reset|fixed[-\\s]rate|floating[-\\s]rate)(?:\\s*,\\s*)?)+\\))?"
      // "Series A preferred stock, per share" (beside a row per
      // depositary share).
      "(?:\\s*,?\\s*per\\s+(?:preferred\\s+)?share)?\\s*");
  return re;
}

// A row of a preferred series: "Series A Preferred Stock", or, under a
// title that names the class, its series alone ("Series 14", "Series 18
// (issued March 2011)").
bool SeriesRow(const std::string& label) {
  // ("Series B", "Series 12 (rate reset)", a rate's series "4.75% Series
  // ($100 par)".)
  // (Its terms first: "Non-cumulative 8.50% Series 7".)
  static const RE2 bare_series_re(
      "(?i)\\s*(?:(?:non-?cumulative|cumulative)\\s+)?"
      "(?:(?:\\d{1,2}(?:\\.\\d{1,3})?%\\s+)?series\\s+(?:[a-z]{1,2}|\\d{1,3})|"
      "\\d{1,2}(?:\\.\\d{1,3})?%\\s+"
      "series(?:\\s+[a-z])?)(?:\\s*\\([^()]{1,40}\\))?\\s*");
  return RE2::FullMatch(label, SeriesRowRe()) ||
         RE2::FullMatch(label, bare_series_re);
}

// The line right above `row` is a section line of a preferred series or
// stock alone: one cell of words, "Series A ..." or naming preferred.
bool PreferredSectionAbove(std::string_view text, Piece row) {
  if (row.start == 0) return false;
  Piece above = LineBefore(text, row.start);
  std::vector<GridCell> cells = GridLine(text, above);
  static const RE2 section_re(
      "(?i)\\s*series\\s+[a-z0-9]{1,2}\\b.*|.*\\bpreferred\\b.*");
  return cells.size() == 1 && cells[0].cell.kind == TableCell::kWords &&
         !ContainsLower(cells[0].cell.text, "common") &&
         RE2::FullMatch(cells[0].cell.text, section_re);
}

// A row of a preferred series with its amounts.
bool SeriesRowLine(std::string_view text, Piece line) {
  std::vector<GridCell> cells = GridLine(text, line);
  return cells.size() >= 2 && cells[0].cell.kind == TableCell::kWords &&
         RE2::FullMatch(cells[0].cell.text, SeriesRowRe());
}

// A line of sub-headings under period headings: "Per Share | Amount | Per
// Share | Amount". True when every cell is one of them.
bool SubHeadingLine(std::string_view text, Piece line) {
  std::vector<GridCell> cells = GridLine(text, line);
  if (cells.size() < 2) return false;
  static const RE2 re(
      "(?i)\\s*(?:per\\s+(?:common\\s+|preferred\\s+|depositary\\s+)?share|"
      "(?:total\\s+)?amount(?:\\s*\\([^)]*\\))?|total|dividends?)\\s*");
  for (const GridCell& c : cells) {
    if (c.cell.kind != TableCell::kWords || !RE2::FullMatch(c.cell.text, re))
      return false;
  }
  return true;
}

// A lead-in of a preferred series' dividends: "Dividends declared on the
// Series A Preferred Stock were as follows:".
// Also "Preferred share dividends declared per share:".
const RE2& PreferredTitleRe() {
  static const RE2 re(
      "(?i).*\\bdividends?\\b[^:]{0,120}\\bpreferred\\b[^:]{0,80}:\\s*|"
      "\\s*preferred\\s+(?:stock|shares?)\\s+dividends?\\b[^:]{0,80}:\\s*");
  return re;
}

const RE2& DividendTitleRe() {
  static const RE2 re(
      "(?i)[^\\n]{0,120}\\bdividends?\\b[^\\n]{0,40}\\bper\\s+(?:common\\s+)?"
      "share\\b(?:\\(\\d\\)|[^\\n\\d$]){0,40}|"
      // A lead-in sentence ending in a colon: "The following table shows
      // the dividends per share relating to each of the last five
      // financial years; the dividend for a financial year is paid ...:".
      "[^\\n]{0,120}\\bdividends?\\s+per\\s+share\\b[^\\n$]{0,200}:\\s*");
  return re;
}

// A market-price table with quarters as columns: "High" and "Low" rows of
// amounts beside the row (up to four lines above it, two below, no blank
// line between), so a bare "Cash dividends" row there is per share.
bool PriceRowsBeside(std::string_view text, Piece hit) {
  // (The row's year may open the label: "2008 \u2014 High"; the low row
  // may repeat only the dash of "Sales price - High" or "Price range -
  // High": "- Low".)
  static const RE2 high(
      "(?i)\\s*(?:(?:fiscal\\s+)?(?:19|20)\\d\\d\\s*[-:\\x{2013}\\x{2014}]?\\s*"
      ")?"
      "(?:(?:(?:stock|market|sales?)\\s+)?price(?:\\s+range)?\\s*"
      "[-:\\x{2013}\\x{2014}]?\\s*)?"
      "high(?:est)?"
      "(?:\\s+(?:sales?\\s+)?price)?\\s*:?\\s*");
  static const RE2 low(
      "(?i)\\s*(?:(?:fiscal\\s+)?(?:19|20)\\d\\d\\s*[-:\\x{2013}\\x{2014}]?\\s*"
      ")?"
      "(?:(?:(?:stock|market|sales?)\\s+)?price(?:\\s+range)?\\s*)?"
      "[-:\\x{2013}\\x{2014}]?\\s*low("
      "?:est)?"
      "(?:\\s+(?:sales?\\s+)?price)?\\s*:?\\s*");
  bool has_high = false, has_low = false;
  auto look = [&](Piece line) {
    std::vector<GridCell> cells = GridLine(text, line);
    if (cells.empty()) return false;
    bool amounts = false;
    for (size_t i = 1; i < cells.size(); ++i)
      amounts |= cells[i].cell.kind == TableCell::kMoney;
    if (amounts && RE2::FullMatch(cells[0].cell.text, high)) has_high = true;
    if (amounts && RE2::FullMatch(cells[0].cell.text, low)) has_low = true;
    return true;
  };
  size_t pos = hit.start;
  for (int k = 0; k < 4 && pos > 0; ++k) {
    size_t end = pos - 1;
    size_t start =
        end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    pos = start;
    if (!look({start, end})) break;
  }
  pos = hit.end;
  for (int k = 0; k < 2 && pos < text.size(); ++k) {
    size_t start = pos + 1;
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    pos = end;
    if (!look({start, end})) break;
  }
  return has_high && has_low;
}

// Rows per share beside the row (up to three lines above or below, no
// blank line between: "Net income per share", "Book value per share"),
// and the row's amounts all a share's (cents with their point, under $10),
// so a bare "Cash dividends declared" row of selected data is per share
// too.
bool PerShareRowsBeside(std::string_view text, Piece hit) {
  static const RE2 cents_re("\\$?\\s*\\d?\\.\\d{2,4}");
  std::vector<GridCell> own = GridLine(text, hit);
  if (own.size() < 3) return false;
  for (size_t i = 1; i < own.size(); ++i) {
    if (own[i].cell.kind != TableCell::kMoney ||
        !RE2::FullMatch(own[i].cell.text, cents_re))
      return false;
  }
  static const RE2 per_share_re(
      "(?i).*\\bper\\s+(?:common\\s+|diluted\\s+|basic\\s+)?share\\b.*");
  auto per_share_row = [&](const std::vector<GridCell>& cells) {
    if (cells.size() < 3 || cells[0].cell.kind != TableCell::kWords ||
        !RE2::FullMatch(cells[0].cell.text, per_share_re))
      return false;
    for (size_t i = 1; i < cells.size(); ++i) {
      if (cells[i].cell.kind == TableCell::kMoney) return true;
    }
    return false;
  };
  // (Up to three rows each way, the table's lines: another measure's row,
  // "Dividend payout ratio", may stand between.)
  Piece up = hit, down = hit;
  for (int k = 0; k < 3; ++k) {
    if (up.start > 0) {
      up = LineBefore(text, up.start);
      std::vector<GridCell> cells = GridLine(text, up);
      if (per_share_row(cells)) return true;
      if (cells.size() < 2) up.start = 0;  // the table's top
    }
    if (down.end < text.size()) {
      down = LineAt(text, down.end + 1);
      std::vector<GridCell> cells = GridLine(text, down);
      if (per_share_row(cells)) return true;
      if (cells.size() < 2) down.end = text.size();
    }
  }
  return false;
}

// A line that holds a year alone ("2024", "Fiscal 2024", "Fiscal Year
// 2024:"): the year as written to *year.
bool YearRow(std::string_view text, Piece line, std::string* year) {
  static const RE2 year_row(
      "(?i)\\s*((?:fiscal\\s+(?:year\\s+)?)?(?:19|20)\\d\\d)\\s*:?\\s*");
  std::vector<GridCell> cells = GridLine(text, line);
  return cells.size() == 1 && RE2::FullMatch(cells[0].cell.text, year_row, year);
}

// The nearest line between `from` and `to` that holds a year alone, as
// written; else empty.
std::string YearRowAbove(std::string_view text, size_t from, size_t to) {
  std::string found;
  for (size_t at = from; at < to;) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos || end > to) end = to;
    std::string y;
    if (YearRow(text, {at, end}, &y)) found = y;
    at = end + 1;
  }
  return found;
}

// A fund's or business development company's financial highlights:
// per-share rows under "Per share data" (the first cell of the period
// headings or a line of its own), the distributions a deduction in
// parentheses,
//
//   Per share data                                   2023     2022
//   Net investment income                            1.79     1.49
//   Distributions declared from net investment income (1.74)  (1.52)
//
// The row of distributions from net investment income, or of all
// distributions, is the year's dividend per share. Capital gains and a
// return of capital are other distributions: a row of income only is read
// when no such row is beside it (a "Total distributions" row is read, and
// so is one "from net investment income and capital gains"). A footnote
// mark after the label ("(2)") is no part of it.
const RE2& FundDistributionRe() {
  static const RE2 re(
      "(?i)\\s*(?:less\\s*:?\\s*)?(total\\s+)?(?:dividends?|distributions?)"
      "(?:\\s+(?:and\\s+distributions|declared|paid))*"
      "(?:\\s+to\\s+(?:common\\s+)?(?:stock|share)holders)?"
      "(?:\\s+(?:from|of|out\\s+of)\\s+(?:net\\s+)?investment\\s+income"
      "(?:\\s*,\\s*net|\\s+net)?"
      // "... and capital gains": all of them, a total.
      "(\\s+and\\s+(?:net\\s+)?(?:realized\\s+)?(?:capital\\s+)?gains)?)?"
      "(?:\\s*\\(\\d\\))?\\s*:?\\s*");
  return re;
}

const RE2& FundPerShareHeadingRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:selected\\s+)?per[\\s-]+(?:common\\s+)?share\\s+"
      "(?:operating\\s+performance|data|information)"
      "(?:\\s*\\((?:[a-z0-9]|for\\s+a\\s+share[^)]*)\\))?|"
      // "Selected data for a share of common stock outstanding throughout
      // each period:", "For a common share outstanding throughout each
      // year ended December 31:", in parentheses under a class's title
      // ("(For a share outstanding throughout each year ended August
      // 31)").
      "\\(?(?:(?:selected\\s+)?(?:data|information)\\s+)?for\\s+a\\s+"
      "(?:common\\s+)?"
      "share\\b[^.()]{0,80}?\\boutstanding\\b[^.()]{0,60}\\)?)\\s*:?\\s*");
  return re;
}

// True when `hit` is a distributions row of a fund's per-share table.
bool FundDistributionRow(std::string_view text, Piece hit,
                         const std::string& own) {
  std::string total, gains;
  if (!RE2::FullMatch(own, FundDistributionRe(), &total, &gains)) return false;
  total += gains;
  // Up the table, to its first blank line, for the per-share heading;
  // rows of other distributions beside the row, up and down.
  static const RE2 other_re(
      "(?i)^\\s*(?:less\\s*:?\\s*)?(?:total\\s+)?(?:dividends?|distributions?)"
      "\\b[^\\t]*(?:realized|capital\\s+gains?|return\\s+of\\s+capital|"
      "paid[-\\s]+in\\s+capital|tax\\s+return)|^\\s*total\\s+(?:dividends?|"
      "distributions?)\\b");
  bool heading = false, others = false;
  int blanks = 0;  // a title may stand a blank line above the headings
  for (size_t p = hit.start, k = 0; p > 0 && k < 30; ++k) {
    Piece l = LineBefore(text, p);
    p = l.start;
    std::string_view t = text.substr(l.start, l.size());
    if (BlankText(t)) {
      if (++blanks > 1) break;
      continue;
    }
    std::vector<GridCell> cells = GridLine(text, l);
    if (!cells.empty() &&
        RE2::FullMatch(cells[0].cell.text, FundPerShareHeadingRe())) {
      heading = true;
      break;
    }
    // A fund's financial highlights open with the net asset value per
    // share ("Net asset value, beginning of year | $ 24.18 | ..."): the
    // table is per share though no line says so.
    static const RE2 nav_re(
        "(?i)\\s*net\\s+asset\\s+value,?\\s+beginning\\s+of\\s+(?:the\\s+)?"
        "(?:year|period)\\s*");
    if (cells.size() >= 2 && RE2::FullMatch(cells[0].cell.text, nav_re)) {
      heading = true;
      break;
    }
    if (k < 4 &&
        RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), other_re)) {
      others = true;
    }
  }
  if (!heading) return false;
  if (!total.empty()) return true;
  for (size_t p = hit.end, k = 0; p < text.size() && k < 4; ++k) {
    Piece l = LineAt(text, p + 1);
    p = l.end;
    std::string_view t = text.substr(l.start, l.size());
    if (BlankText(t)) break;
    others |= RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), other_re);
  }
  return !others;
}

// The row's label, with the heading of its section when the row says per
// share only through it; empty when the row is no per-share dividend row.
// A class of preferred shares alone: "Class A Preferred Shares", "First
// Preferred Shares".
const RE2& PreferredClassRe() {
  static const RE2 re(
      "(?i)\\s*(?:class\\s+[a-z]\\s+)?(?:first\\s+|second\\s+)?"
      "preferred\\s+(?:stock|shares?)\\s*:?\\s*");
  return re;
}

// The typed paragraph over a table, above its heading lines (years,
// rules, units in parentheses, a class's line alone) and one blank line
// at most: its lines joined ("Dividends declared on each series of Class
// A Preferred Shares in the last" / "three fiscal years were as follows
// (per share):"); "" when there is none. With `colon` the paragraph must
// end in one, and its last five lines are read; else its last twelve.
std::string LeadParagraphAbove(std::string_view text, Piece hit,
                               bool colon = true) {
  size_t pos = hit.start;
  int blanks = 0;
  for (int k = 0; k < 14 && pos > 0; ++k) {
    Piece l = LineBefore(text, pos);
    pos = l.start;
    std::string_view t = text.substr(l.start, l.size());
    if (BlankText(t)) {
      if (++blanks > 1) return "";
      continue;
    }
    std::vector<GridCell> cells = GridLine(text, l);
    bool amounts = false, units = !cells.empty();
    for (const GridCell& c : cells) {
      amounts |= c.cell.kind == TableCell::kMoney;
      // ("(Yen per share)", "(Dollars" / "per share)(1)".)
      units &=
          !c.cell.text.empty() && (c.cell.text.front() == '(' ||
                                   c.cell.text.find(')') != std::string::npos);
    }
    const bool class_line =
        cells.size() == 1 && cells[0].cell.kind == TableCell::kWords &&
        RE2::FullMatch(cells[0].cell.text, PreferredClassRe());
    if (blanks == 0 && (amounts || RuleLine(t) || class_line || units ||
                        PeriodLine(text, l, false))) {
      continue;
    }
    size_t last = t.find_last_not_of(" \t\r");
    if (last == std::string_view::npos || (colon && t[last] != ':')) return "";
    std::string lead(t);
    for (int up = 0; up < (colon ? 4 : 11) && pos > 0; ++up) {
      Piece a = LineBefore(text, pos);
      std::string_view at = text.substr(a.start, a.size());
      if (BlankText(at) || MayHaveSeveralCells(text, a)) break;
      lead = std::string(at) + " " + lead;
      pos = a.start;
    }
    return FoldSpace(lead);
  }
  return "";
}

// A lead-in sentence of dividends per share over a table of classes'
// rows ("The following table sets out the cash dividends declared per
// share on each class of the Corporation's outstanding shares for each of
// the three most recently completed financial years."): its last
// sentence, when it names dividends per share of classes; else empty.
std::string ClassesLead(std::string_view text, Piece hit) {
  std::string lead = SectionHeading(text, hit, DividendLeadRe(), true);
  if (lead.empty()) lead = LeadParagraphAbove(text, hit);
  size_t dot = lead.rfind(". ");
  if (dot != std::string::npos) lead = lead.substr(dot + 2);
  // ("... on TLFC's common shares and Class A Preferred Shares".)
  // (Or of one class's series: "Dividends declared per share on the
  // Class B Preferred Shares in each of the last three fiscal years were:",
  // "Dividends declared on each series of Class A Preferred Shares ...".)
  static const RE2 classes_re(
      "(?i)\\b(?:each\\s+class|classes|each\\s+series|(?:on|of)\\s+(?:the\\s+|"
      "its\\s+)?(?:class\\s+[a-z]\\s+)?(?:first\\s+)?preferred\\s+shares\\b|"
      "common\\s+(?:(?:stock|shares?)\\s+)?"
      "and\\s+"
      "(?:class\\s+[a-z]\\s+)?preferred|preferred\\s+(?:(?:stock|shares?)\\s+)?"
      "and\\s+"
      "common)\\b");
  return RE2::PartialMatch(lead, DividendLeadRe()) &&
                 RE2::PartialMatch(lead, classes_re)
             ? lead
             : std::string();
}

// The stub's caption of the period line over a row's block, when it
// titles the years beside it as dividends per share ("Dividends declared
// per share | 2007 | 2006" over "Common shares | $ 1.21 | $ 1.08" and
// "Class A Preferred Shares, Series 1 | 1.1875 | 1.1875"): the rows are
// the classes' dividends. "" otherwise.
std::string StubTitle(std::string_view text, Piece hit) {
  size_t pos = hit.start;
  for (int k = 0; k < 8 && pos > 0; ++k) {
    Piece line = LineBefore(text, pos);
    pos = line.start;
    if (RuleLine(text.substr(line.start, line.size()))) continue;
    std::vector<GridCell> cells = GridLine(text, line);
    if (cells.empty()) return "";
    bool amounts = false;
    for (const GridCell& c : cells) amounts |= c.cell.kind == TableCell::kMoney;
    static const RE2 year_re("\\s*(?:fiscal\\s+)?(?:19|20)\\d\\d\\s*");
    bool years = cells.size() >= 3 && cells[0].cell.kind == TableCell::kWords;
    for (size_t i = 1; years && i < cells.size(); ++i)
      years = RE2::FullMatch(cells[i].cell.text, year_re);
    if (years && RE2::FullMatch(cells[0].cell.text, DividendTitleRe())) {
      return cells[0].cell.text;
    }
    // Or the stub names a class of preferred shares and a title of
    // dividends per share spans its years from the line above: "Dividends
    // per share | Redemption" over "Class A Preferred Shares | 1997 | 1996
    // | price" (the class's series below).
    if (cells.size() >= 3 && line.start > 0 &&
        cells[0].cell.kind == TableCell::kWords &&
        RE2::FullMatch(cells[0].cell.text, PreferredClassRe()) &&
        RE2::FullMatch(cells[1].cell.text, year_re) &&
        RE2::FullMatch(cells[2].cell.text, year_re)) {
      static const RE2 title_re(
          "(?i)\\s*(?:cash\\s+)?dividends?\\s+(?:declared\\s+|paid\\s+)?per\\s+"
          "share\\s*");
      for (const GridCell& t : GridLine(text, LineBefore(text, line.start))) {
        if (t.from < cells[2].to && t.to > cells[1].from &&
            RE2::FullMatch(t.cell.text, title_re)) {
          return FoldSpace(t.cell.text + " " + cells[0].cell.text);
        }
      }
      return "";
    }
    if (years || !amounts) return "";
  }
  return "";
}

std::string RowLabel(std::string_view text, Piece hit, const std::string& own) {
  if (RE2::FullMatch(own, LabelRe())) return own;
  // A section's caption joined to its row's label ("Per share: Cash
  // dividends declared"): per share by its own words.
  {
    static const RE2 prefixed_re(
        "(?i)\\s*per\\s+(?:common\\s+)?share(?:\\s+data)?\\s*:\\s*(.+)");
    std::string rest;
    if (RE2::FullMatch(own, prefixed_re, &rest) &&
        RE2::FullMatch(rest, SectionLabelRe())) {
      return own;
    }
  }
  std::string heading;
  if (RE2::FullMatch(own, SectionLabelRe())) {
    heading = SectionHeading(text, hit, PerShareSectionRe());
    if (!heading.empty() || PriceRowsBeside(text, hit) ||
        PerShareRowsBeside(text, hit))
      return own;
    // A fund's "Distributions declared" under "Per share data:" in the
    // first cell of its period headings (its amounts on its own line).
    if (MayHaveSeveralCells(text, hit) && FundDistributionRow(text, hit, own))
      return FoldSpace("Per share " + own);
    return "";
  }
  if (FundDistributionRow(text, hit, own)) return FoldSpace("Per share " + own);
  bool series = SeriesRow(own);
  if (series || RE2::FullMatch(own, PreferredRowRe())) {
    if (!series && ContainsLower(own, "dividend")) return own;
    // Under a lead-in of the preferred stock's dividends; a series' row
    // is per share only through a "Per Share" column over sub-headings
    // (SubHeadingLine), which the lead-in may sit above.
    heading = SectionHeading(text, hit, PreferredTitleRe(), true, series);
    size_t dot = heading.rfind(". ");  // the lead-in's last sentence only
    if (dot != std::string::npos) heading = heading.substr(dot + 2);
    // The class alone ("Preferred share") under a title of every class's
    // dividends per share ("Dividends declared per share:" over "Common
    // share" and "Preferred share"); a series under a lead-in of every
    // class's ("The following table sets out the cash dividends declared
    // per share on each class of the Corporation's outstanding shares").
    if (heading.empty() && RE2::FullMatch(own, ClassNameRowRe())) {
      heading = SectionHeading(text, hit, DividendTitleRe(), true);
    }
    if (heading.empty()) heading = StubTitle(text, hit);
    if (heading.empty()) heading = ClassesLead(text, hit);
    // A series under its class's line ("Class A Preferred Shares" over
    // "Non-cumulative Series 6"), the lead-in over the class's line.
    if (heading.empty() && series && PreferredSectionAbove(text, hit)) {
      heading = ClassesLead(text, LineBefore(text, hit.start));
    }
  } else if (RE2::FullMatch(own, StatusLabelRe()) ||
             RE2::FullMatch(own, KindLabelRe())) {
    heading = SectionHeading(text, hit, LabelRe());
  } else if (RE2::FullMatch(own, PartLabelRe())) {
    // (Over a heading of years in words: "Fiscal 2000 | Fiscal 1999".)
    heading = SectionHeading(text, hit, LabelRe(), true);
    // Or under a typed paragraph of dividends per share over the table's
    // headings ("The following table sets forth the cash dividends per
    // share of Common Stock declared in respect of each of the fiscal
    // years indicated. ..." over "Fiscal year ended March 31," and the
    // years, "Interim ...." and "Year-end ...." rows).
    // The amounts' unit must stand in the headings ("(Yen per share)",
    // the leftmost): it becomes the title's.
    if (heading.empty()) {
      std::string lead = LeadParagraphAbove(text, hit, false);
      std::string unit;
      static const RE2 unit_re(
          "\\(\\s*(?:in\\s+)?([a-z\\x{A5}\\x{A3}\\x{20AC}$.]+(?:\\s+[a-z]+)?)"
          "\\s+per\\s+"
          "(?:ordinary\\s+|common\\s+)?share\\s*\\)");
      size_t pos = hit.start;
      for (int k = 0; k < 8 && pos > 0 && unit.empty(); ++k) {
        Piece l = LineBefore(text, pos);
        pos = l.start;
        for (const GridCell& c : GridLine(text, l)) {
          std::string u;
          if (RE2::FullMatch(Lower(c.cell.text), unit_re, &u)) {
            unit = u;
            break;
          }
        }
      }
      if (!unit.empty() && !lead.empty() &&
          RE2::PartialMatch(lead, DividendLeadRe())) {
        heading = "Dividends per share (" + unit + ")";
      }
    }
  } else if (RE2::FullMatch(own, PartRowRe())) {
    if (!SectionHeading(text, hit, DividendLeadRe(), true).empty()) return own;
  } else if (RE2::FullMatch(own, ClassNameRowRe())) {
    heading = SectionHeading(text, hit, DividendTitleRe(), true);
    if (heading.empty()) heading = StubTitle(text, hit);
    if (heading.empty()) heading = ClassesLead(text, hit);
  } else if (RE2::FullMatch(own, PerShareRowRe())) {
    heading = SectionHeading(text, hit, DividendSectionRe());
    if (heading.empty()) {
      heading = SectionHeading(text, hit, DividendTitleRe(), true);
    }
  }
  return heading.empty() ? "" : FoldSpace(heading + " " + own);
}

// A row label wrapped over two lines: "Cash dividends declared per" with
// the amounts, then "common share" alone; or "Dividends declared per share
// of" alone, then "common stock" with the amounts. The joined label must
// be a per-share dividend label; `cells` and `value_line` become those of
// the amounts.
bool WrappedLabel(std::string_view text, std::vector<GridCell>* cells,
                  Piece* value_line, std::string* label) {
  size_t ns = value_line->end + 1;
  if (ns >= text.size()) return false;
  size_t ne = text.find('\n', ns);
  if (ne == std::string_view::npos) ne = text.size();
  std::vector<GridCell> next = GridLine(text, {ns, ne});
  if (next.empty() || next[0].cell.kind != TableCell::kWords) return false;
  std::string joined =
      FoldSpace((*cells)[0].cell.text + " " + next[0].cell.text);
  bool label_of_two = RE2::FullMatch(joined, LabelRe());
  if (!label_of_two && (cells->size() != 1 || next.size() != 1)) return false;
  if (label_of_two && cells->size() >= 2 && next.size() == 1) {
    *label = joined;
    return true;
  }
  if (label_of_two && cells->size() == 1 && next.size() >= 2) {
    cells->insert(cells->end(), next.begin() + 1, next.end());
    *value_line = {ns, ne};
    *label = joined;
    return true;
  }
  // Over three lines, as a narrow stub column of typed selected data
  // wraps it: "Cash dividends" / "declared per common" / "share ....
  // .52 1/2   .47 1/2".
  if (!label_of_two && ne < text.size()) {
    size_t ts = ne + 1;
    size_t te = text.find('\n', ts);
    if (te == std::string_view::npos) te = text.size();
    std::vector<GridCell> third = GridLine(text, {ts, te});
    if (third.size() < 2 || third[0].cell.kind != TableCell::kWords)
      return false;
    std::string three = FoldSpace((*cells)[0].cell.text + " " +
                                  next[0].cell.text + " " + third[0].cell.text);
    if (!RE2::FullMatch(three, LabelRe())) return false;
    cells->insert(cells->end(), third.begin() + 1, third.end());
    *value_line = {ts, te};
    *label = three;
    return true;
  }
  return false;
}

// Drops the cells of `values` under a column of changes; false when a cell
// left is no amount (the row is of another kind).
bool DropChanges(std::string_view text, const std::vector<Piece>& block,
                 std::vector<const GridCell*>* values) {
  std::vector<const GridCell*> kept;
  for (const GridCell* v : *values) {
    bool change = false;
    for (Piece line : block) {
      std::vector<GridHeading> hs = GridHeadings(text, {line});
      int h = HeadingOf(hs, *v);
      change |= h >= 0 && RE2::FullMatch(hs[h].text, ChangeRe());
    }
    if (change) continue;
    if (v->cell.kind != TableCell::kMoney) return false;
    kept.push_back(v);
  }
  *values = std::move(kept);
  return !values->empty();
}

// The year's total of a row of quarters, value `total_k`, when it is the
// sum of the quarterly records the row gave (from `before` on): kind
// "annual". A total with a special dividend in it, or of another measure,
// gives nothing.
void AddYearTotal(const Document& doc,
                  const std::vector<const GridCell*>& values, size_t total_k,
                  const std::string& heading, size_t before,
                  std::vector<Dividend>* out) {
  if (total_k >= values.size() || out->size() < before + 2) return;
  double sum = 0;
  for (size_t i = before; i < out->size(); ++i) {
    if ((*out)[i].kind != "quarterly") return;
    sum += std::stod((*out)[i].per_share);
  }
  auto m = ParseMoneyCell(values[total_k]->cell.text);
  if (!m || m->scaled || std::abs(std::stod(m->amount) - sum) >= 0.006) {
    return;
  }
  Dividend d = (*out)[before];
  d.kind = "annual";
  d.per_share = PerShareForm(m->amount);
  d.provenance = d.provenance.substr(0, d.provenance.find("; column")) +
                 "; column '" + heading + "'";
  d.span = MakeSpan(doc, values[total_k]->cell.start, values[total_k]->cell.end,
                    0.8, "dividend.period_row");
  out->push_back(std::move(d));
}

// True when the table whose headings start at `from` is a valuation's
// inputs (an option-pricing model's "Risk-free interest rate", "Expected
// volatility", "Dividends per share"): the dividend there is an
// assumption, not one declared or paid. Read: the line of text right
// above the headings (the table's lead-in) and the table's lines from the
// headings on, up to the first blank line or paragraph (at most 40
// lines).
bool ValuationInputs(std::string_view text, size_t from) {
  auto says = [](std::string_view w) {
    for (const char* word : {"volatility", "risk-free", "black-scholes",
                             "option-pricing", "option pricing",
                             "monte carlo", "lattice"}) {
      if (ContainsLower(w, word)) return true;
    }
    return false;
  };
  if (from >= 2) {
    size_t end = from - 1;
    while (end > 0 && text[end - 1] == '\n') --end;  // blank lines
    size_t start = text.rfind('\n', end == 0 ? 0 : end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    if (end > start && says(text.substr(start, end - start))) return true;
  }
  size_t at = from;
  for (int k = 0; k < 40 && at < text.size(); ++k) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(at, end - at);
    if (l.find_first_not_of(" \t\r") == std::string_view::npos) break;
    // A paragraph after an HTML table (a line of prose without a TAB)
    // ends it too.
    if (k > 0 && l.find('\t') == std::string_view::npos && l.size() > 60 &&
        l.find("   ") == std::string_view::npos) {
      break;
    }
    if (says(l)) return true;
    at = end + 1;
  }
  return false;
}

// A 20-F's history gives each year's dividend per share and again per ADS
// ("Cash dividends per share (\u00a5)" over "Cash dividends per ADS
// (US$)"): the ADS's row is the same dividend in another unit, mostly
// translated at some later day's rate, and its amount is no amount per
// share. Such rows are dropped, also when the row per share is not read
// (its amounts under a lead-in, "Dividends declared per share:" over
// "Common share | R$ | 1.10").

// The row label of a period row's provenance ("row 'Cash dividends per
// ADS (US$)'; column '2019'"), as PeriodRowsOf writes it; false for
// another form.
bool RowOf(const std::string& provenance, std::string* row) {
  static const RE2 row_re("row '(.*)'; column '.*'");
  return RE2::FullMatch(provenance, row_re, row);
}

void DropDepositaryRows(size_t from, std::vector<Dividend>* out) {
  static const RE2 ads_re(
      "(?i)\\bads\\b|\\badss\\b|american\\s+depositary|depositary\\s+share");
  auto ads = [](const Dividend& d) {
    std::string row;
    return RowOf(d.provenance, &row) && RE2::PartialMatch(row, ads_re);
  };
  out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(from),
                            out->end(), ads),
             out->end());
}

// A row of a statement of retained earnings or equity whose label states
// the rates of its columns' dividends: "Common stock ($1.64, $1.58 and
// $1.52 per share)" under "Cash dividends declared:", its cells the
// totals of the year columns; "Preferred stock, 5.00% Series C ($5.00 per
// share)", "$2.20 Cumulative Preferred Stock ($2.20 per share)", one rate
// for every column. The rates go to *rates; the label
// or a line just above it must say dividend.
bool StatedRates(std::string_view text, Piece hit, const std::string& own,
                 std::vector<std::string>* rates) {
  static const RE2 rates_re(
      "(?i)(?:\\$\\d{1,3}\\.\\d{2}\\s+)?[^()$]*\\(((?:\\$\\s?[\\d,]*\\.?\\d+"
      "\\s*(?:,\\s*|,?\\s+and\\s+))*"
      "\\$\\s?[\\d,]*\\.?\\d+)\\s+per\\s+(?:common\\s+|preferred\\s+)?share\\)"
      "\\s*:?");
  std::string list;
  if (!RE2::FullMatch(own, rates_re, &list)) return false;
  bool dividend = ContainsLower(own, "dividend");
  // (Up to six lines up, rows of other classes between; no blank line.)
  for (size_t p = hit.start, k = 0; !dividend && p > 0 && k < 6; ++k) {
    Piece l = LineBefore(text, p);
    p = l.start;
    std::string_view t = text.substr(l.start, l.size());
    if (BlankText(t)) break;
    dividend = ContainsLower(t, "dividend") && t.size() < 80 &&
               t.find('\t') == std::string_view::npos;
  }
  if (!dividend) return false;
  static const RE2 amount_re("\\$\\s?([\\d,]*\\.?\\d+)");
  re2::StringPiece in(list);
  std::string a;
  rates->clear();
  while (RE2::FindAndConsume(&in, amount_re, &a)) {
    a.erase(std::remove(a.begin(), a.end(), ','), a.end());
    rates->push_back(a);
  }
  return !rates->empty();
}

// A row under a group of another company's or hypothetical amounts in a
// comparison of companies (a merger's proxy statement): the nearest line
// between the headings and the row that heads a group ("Towaliga -
// Historical", "Pro Forma Combined", "Towaliga Equivalent Pro Forma (2)")
// is pro forma or equivalent, or is a company's historical group that
// does not name the registrant (none does when the registrant is not
// known).
bool OtherCompanyGroup(std::string_view text, size_t from, size_t row,
                       std::string_view registrant) {
  static const RE2 group_re(
      "(?i).*\\b(?:pro\\s+forma|equivalent|historical)\\b.*");
  static const RE2 hypothetical_re("(?i)\\b(?:pro\\s+forma|equivalent)\\b");
  for (size_t p = row; p > from;) {
    Piece l = LineBefore(text, p);
    if (l.start < from) break;
    p = l.start;
    std::vector<GridCell> cells = GridLine(text, l);
    if (cells.size() != 1 || cells[0].cell.kind != TableCell::kWords ||
        cells[0].cell.text.size() > 80 ||
        !RE2::FullMatch(cells[0].cell.text, group_re)) {
      continue;
    }
    std::string g = cells[0].cell.text;
    if (RE2::PartialMatch(g, hypothetical_re)) return true;
    // ("Historical" alone, over the registrant's own amounts beside its
    // pro forma ones, names no other company.)
    static const RE2 bare_re(
        "(?i)[\\s:,\\-\\x{2013}\\x{2014}]*historical[\\s:,\\-\\x{2013}\\x{2014}"
        "]*");
    if (RE2::FullMatch(g, bare_re)) return false;
    return !NamesRegistrant(g, registrant);
  }
  return false;
}

void PeriodRowsOf(const Document& doc, const KeywordHits& hits,
                  std::vector<Dividend>* out, std::vector<Piece>* regions,
                  std::string_view registrant) {
  std::string_view text = doc.text;
  std::vector<Piece> lines =
      hits.LinesWith({"er share", "ER SHARE", "er Share", "er common share",
                      "er Common Share", "er ADS", "er American Depositary",
                      "er ordinary share", "er Ordinary Share",
                      // "Per registered share (CHF)" ("Per bearer share"
                      // has "er share").
                      "egistered share", "egistered Share"});
  std::vector<Piece> more =
      hits.LinesWith({"ividend", "IVIDEND", "istribution"});
  lines.insert(lines.end(), more.begin(), more.end());
  // Rows of a preferred series under its dividends' lead-in ("Series A
  // Preferred Stock | $ 14.6875 | $ 2,938 | ...").
  more = hits.LinesWith({"referred", "REFERRED"});
  lines.insert(lines.end(), more.begin(), more.end());
  // Rows of a section or a class: only lines that open with the word.
  for (Piece line :
       hits.LinesWith({"Declared", "Paid", "Class", "CLASS", "Regular",
                       "Special", "Extra", "Series", "Interim", "Final",
                       "Total", "Year-end", "Year-End", "Annual"})) {
    std::string_view l = text.substr(line.start, line.size());
    size_t at = l.find_first_not_of(" \t");
    if (at == std::string_view::npos) continue;
    l = l.substr(at);
    // (A series, named with its terms first or not: "Series 5",
    // "Non-cumulative Series 6".)
    static const RE2 series_re(
        "^(?i:non-?cumulative\\s+|cumulative\\s+)?(?:\\d{1,2}(?:\\.\\d{1,3})?%"
        "\\s+)?Series");
    if (l.substr(0, 8) == "Declared" || l.substr(0, 4) == "Paid" ||
        RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), series_re) ||
        l.substr(0, 5) == "Class" || l.substr(0, 5) == "CLASS" ||
        l.substr(0, 7) == "Regular" || l.substr(0, 7) == "Special" ||
        l.substr(0, 5) == "Extra" || l.substr(0, 7) == "Interim" ||
        l.substr(0, 5) == "Final" || l.substr(0, 8) == "Year-end" ||
        l.substr(0, 8) == "Year-End" ||
        ((l.substr(0, 5) == "Total" || l.substr(0, 6) == "Annual") &&
         RE2::PartialMatch(re2::StringPiece(l.data(), l.size()),
                           PartTotalRe()))) {
      lines.push_back(line);
    }
  }
  // Rows of classes under a lead-in of dividends per share
  // ("Dividends declared per share(1):" over "Common share | R$ | 1.10"
  // and "Preferred share | R$ | 1.21"): the four lines after it.
  for (size_t i = 0, n = lines.size(); i < n; ++i) {
    std::string_view l = text.substr(lines[i].start, lines[i].size());
    size_t last = l.find_last_not_of(" \t");
    if (last == std::string_view::npos) continue;
    const bool title =
        l[last] == ':' && l.size() <= 200 &&
        RE2::FullMatch(re2::StringPiece(l.data(), l.size()), DividendTitleRe());
    // (Or a lead-in sentence of every class's dividends per share.)
    // (Or a period line whose stub titles its years: "Dividends declared
    // per share | 2007 | 2006" over the classes' rows.)
    bool stub = false;
    if (!title && l.size() <= 200 && lines[i].end + 1 < text.size()) {
      Piece below = LineAt(text, lines[i].end + 1);
      stub = !StubTitle(text, below).empty() &&
             LineBefore(text, below.start).start == lines[i].start;
    }
    const bool lead =
        !title && !stub && l.size() <= 600 && lines[i].end + 1 < text.size() &&
        RE2::PartialMatch(re2::StringPiece(l.data(), l.size()),
                          DividendLeadRe()) &&
        !ClassesLead(text, LineAt(text, lines[i].end + 1)).empty();
    if (!title && !lead && !stub) continue;
    Piece next = lines[i];
    for (int k = 0; k < (lead || stub ? 6 : 4) && next.end < text.size(); ++k) {
      next = LineAt(text, next.end + 1);
      lines.push_back(next);
    }
  }
  // A quarterly report's cover ("QUARTERLY REPORT ON FORM 10-Q", "For the
  // quarter ended"): its statements' two columns headed by a bare year are
  // the quarter's or the year to date's, no fiscal years.
  static const RE2 quarterly_re(
      "(?i)\\bform\\s+10-q\\b|\\bquarterly\\s+report\\b|"
      "\\bfor\\s+the\\s+(?:fiscal\\s+)?quarter(?:ly\\s+period)?\\s+ended\\b");
  const bool quarterly_report = RE2::PartialMatch(
      re2::StringPiece(text.data(), std::min<size_t>(text.size(), 3000)),
      quarterly_re);
  std::set<size_t> seen;
  for (Piece hit : lines) {
    if (hit.size() > 400 || !seen.insert(hit.start).second) continue;
    std::vector<GridCell> cells = GridLine(text, hit);
    if (cells.empty() || cells[0].cell.kind != TableCell::kWords) continue;
    // A row that opens with its year ("2022 Cash dividends declared",
    // "2008 \u2014 Dividends declared" under quarter columns, beside "2022
    // High" and "2022 Low"): the year of its quarters, the rest its label.
    static const RE2 row_year_re(
        "(?i)\\s*((?:fiscal\\s+)?(?:19|20)\\d\\d)\\s*(?:[-:\\x{2013}\\x{2014}]\\s*)?"
        "(\\pL.*)");
    std::string row_year, row_rest;
    if (RE2::FullMatch(cells[0].cell.text, row_year_re, &row_year, &row_rest)) {
      cells[0].cell.text = row_rest;
    }
    // A typed label's dot leader is no part of it ("Interim ..........",
    // "Ordinary dividend per share (NOK) (1)..", "Cash dividends declared
    // per share.." cut short by the column).
    static const RE2 leader_re(
        "\\s*(?:\\.\\s?){3,}:?\\s*$|([\\w)])\\.{2,}\\s*$");
    RE2::Replace(&cells[0].cell.text, leader_re, "\\1");
    std::vector<std::string> rates;
    // A stated rate wrapped under its class ("Cumulative Preferred Stock,
    // 5% Series" over "($5.00 per share) |  300 |  300"): the two lines are
    // the label, read from the upper one.
    Piece rate_from = hit;
    {
      static const RE2 rate_only_re(
          "(?i)\\s*\\(\\$\\s?[\\d,]*\\.?\\d+\\s+per\\s+(?:common\\s+|"
          "preferred\\s+)?"
          "share\\)\\s*");
      if (hit.start > 0 && cells.size() >= 2 &&
          RE2::FullMatch(cells[0].cell.text, rate_only_re)) {
        Piece up = LineBefore(text, hit.start);
        std::vector<GridCell> above = GridLine(text, up);
        // (A class named by its rate, "$2.20 Cumulative Preferred Stock",
        // reads as an amount cell.)
        static const RE2 class_words_re(
            "(?i).*\\b(?:preferred|preference|common|stock|shares?|series)\\b."
            "*");
        if (above.size() == 1 && above[0].cell.text.size() <= 60 &&
            above[0].cell.text.back() != ':' &&
            RE2::FullMatch(above[0].cell.text, class_words_re)) {
          cells[0].cell.text = above[0].cell.text + " " + cells[0].cell.text;
          rate_from = up;
        }
      }
    }
    std::string label = StatedRates(text, rate_from, cells[0].cell.text, &rates)
                            ? FoldSpace(cells[0].cell.text)
                            : RowLabel(text, hit, cells[0].cell.text);
    if (TranslationOfRowAbove(text, hit, cells[0].cell.text)) continue;
    Piece value_line = hit;
    // A fund's distributions row wrapped in a typed stub column: "Less
    // distributions from net" over "investment income .... (.747)".
    if (label.empty() && cells.size() == 1 && hit.end < text.size()) {
      Piece next_line = LineAt(text, hit.end + 1);
      std::vector<GridCell> next = GridLine(text, next_line);
      if (next.size() >= 2 && next[0].cell.kind == TableCell::kWords) {
        std::string joined =
            FoldSpace(cells[0].cell.text + " " + next[0].cell.text);
        if (FundDistributionRow(text, hit, joined)) {
          label = FoldSpace("Per share " + joined);
          cells[0].cell.text = joined;
          cells.insert(cells.end(), next.begin() + 1, next.end());
          value_line = next_line;
        }
      }
    }
    if (label.empty() && !WrappedLabel(text, &cells, &value_line, &label)) {
      continue;
    }
    if (cells.size() == 1 && hit.end < text.size()) {
      // The label alone on its line, its amounts on the next one and
      // nothing else there: "Cash dividends declared per share" over
      // "$ 0.95   $ 0.91".
      size_t ns = hit.end + 1;
      size_t ne = text.find('\n', ns);
      if (ne == std::string_view::npos) ne = text.size();
      std::vector<GridCell> next = GridLine(text, {ns, ne});
      bool amounts = !next.empty();
      for (const GridCell& c : next) {
        amounts &=
            c.cell.kind == TableCell::kMoney || c.cell.kind == TableCell::kDash;
      }
      // (Under a section that makes the row per share, "Per share:", the
      // label's second line, in small letters, may add no more than a
      // word: "Cash dividends" over "declared (1)   1.36   .82".)
      bool goes_on =
          !label.empty() && next.size() >= 2 &&
          next[0].cell.kind == TableCell::kWords &&
          std::islower(static_cast<unsigned char>(next[0].cell.text[0])) &&
          next[0].cell.text.size() <= 30;
      for (size_t i = 1; goes_on && i < next.size(); ++i) {
        goes_on = next[i].cell.kind == TableCell::kMoney ||
                  next[i].cell.kind == TableCell::kDash;
      }
      if (amounts) {
        value_line = {ns, ne};
        cells.insert(cells.end(), next.begin(), next.end());
      } else if (goes_on) {
        value_line = {ns, ne};
        cells.insert(cells.end(), next.begin() + 1, next.end());
        label = FoldSpace(label + " " + next[0].cell.text);
      } else {
        // A label of its section wrapped on ("Cash dividends" over
        // "declared per common" over "share .... .52 1/2").
        std::string joined;
        if (!WrappedLabel(text, &cells, &value_line, &joined)) continue;
        label = joined;
      }
    }
    if (cells.size() < 2) continue;
    // A stated-rates row's totals and a fund's distributions are
    // deductions: "(141,850" and ")" in cells of their own are the amount
    // 141,850.
    if (!rates.empty() ||
        RE2::FullMatch(cells[0].cell.text, FundDistributionRe())) {
      for (size_t i = 1; i < cells.size(); ++i) {
        std::string t = cells[i].cell.text;
        if (t == ")") {
          cells[i].cell.kind = TableCell::kDash;
          continue;
        }
        if (!t.empty() && t.front() == '(') t.erase(0, 1);
        if (!t.empty() && t.back() == ')') t.pop_back();
        if (ParseMoneyCell(t)) {
          cells[i].cell.text = t;
          cells[i].cell.kind = TableCell::kMoney;
        }
      }
    }
    // The row's cells but dashes; all amounts, but for those under a
    // column of changes ("% Change"), which are dropped below.
    std::vector<const GridCell*> values;
    bool money = false;
    // A footnote's mark in a cell of its own after an amount ("$ | 1.5775
    // | (1) | $ | 1.455") is no value.
    static const RE2 mark_re("\\(?(?:\\d|[a-z])\\)|\\*+|\\x{2020}|\\x{2021}");
    // Nor is a currency's sign in a cell of its own ("$ | 1.21 | $ |
    // 1.08"): the amount after it is the column's.
    for (size_t i = 1; i < cells.size(); ++i) {
      if (cells[i].cell.kind == TableCell::kWords &&
          (RE2::FullMatch(cells[i].cell.text, mark_re) ||
           SignCell(cells[i].cell.text))) {
        continue;
      }
      if (cells[i].cell.kind != TableCell::kDash) values.push_back(&cells[i]);
      money |= cells[i].cell.kind == TableCell::kMoney;
    }
    if (!money) continue;
    // A row of years ("Dividends declared per share | 2007 | 2006") heads
    // the rows under it: it holds no amounts.
    {
      static const RE2 year_re("\\s*(?:19|20)\\d\\d\\s*");
      if (std::all_of(values.begin(), values.end(), [](const GridCell* c) {
            return RE2::FullMatch(c->cell.text, year_re);
          })) {
        continue;
      }
    }
    bool tabbed = text.substr(value_line.start, value_line.size()).find('\t') !=
                  std::string_view::npos;
    // Walk up to the nearest run of period heading lines. In a market
    // table with quarter columns, a year alone on its line over its price
    // and dividend rows ("1995" over "Market price - High", "Low",
    // "Dividends paid") is the rows' year, read below, not a heading.
    bool price_rows = PriceRowsBeside(text, hit);
    std::vector<Piece> block;
    size_t pos = hit.start, scanned = 0, untabbed = 0;
    bool in_block = false;
    // Up to 60 lines up; past them, up to 150 for a row of cells (an
    // income statement's per-share rows sit under all of its lines), while
    // fewer than four lines without cells (titles between tables) passed.
    while (pos > 0 &&
           (scanned < 60 || (tabbed && scanned < 150 && untabbed < 4))) {
      size_t end = pos - 1;  // the '\n' before the current line
      size_t start = text.rfind('\n', end == 0 ? 0 : end - 1);
      start = start == std::string_view::npos || end == 0 ? 0 : start + 1;
      Piece line{start, end};
      pos = start;
      ++scanned;
      std::string_view l = text.substr(line.start, line.size());
      if (l.find_first_not_of(" \t\r") == std::string_view::npos) {
        if (in_block) break;
        continue;
      }
      std::string lone_year;
      if (!in_block && price_rows && YearRow(text, line, &lone_year)) continue;
      // A year alone right above a row of several amounts is no heading
      // of them: the year of a group of rows under headings of quarter
      // ends ("March 31 | June 30 | ..." over "2003" over its rows).
      if (!in_block && values.size() > 1 && YearRow(text, line, &lone_year))
        continue;
      if (PeriodLine(text, line, tabbed)) {
        block.insert(block.begin(), line);
        in_block = true;
        continue;
      }
      // A fixed-width table's rule between its heading lines ("Three
      // Months Ended" over "--------" over "1997  1996") is part of them.
      if (in_block && !tabbed && RuleLine(l)) continue;
      if (in_block) break;
      // Prose: the table began below. A row of cells is none, however
      // long its label.
      if (l.find('\t') == std::string_view::npos) {
        ++untabbed;
        if (FoldSpace(l).size() > 150) break;
      }
    }
    if (block.empty() || !DropChanges(text, block, &values)) continue;
    if (OtherCompanyGroup(text, block.back().end + 1, hit.start, registrant))
      continue;
    // A preferred series' row: only the amounts under "Per Share" of the
    // sub-heading line right above it (the "Amount" beside each is the
    // total).
    // (A title that says per share needs none: "Preferred share dividends
    // declared per share:".)
    // (Nor one whose unit says so: "Dividends declared on Class A First
    // Preferred Shares (per share, Canadian dollars):".)
    static const RE2 per_share_title_re(
        "(?i)\\bdividends?\\s+(?:declared\\s+|paid\\s+)?per\\s+share\\b|"
        "\\bdividends?\\b.*\\(per\\s+share\\b");
    if (SeriesRow(cells[0].cell.text) &&
        !RE2::PartialMatch(
            label.substr(0,
                         label.size() - FoldSpace(cells[0].cell.text).size()),
            per_share_title_re)) {
      Piece sub{0, 0};
      for (size_t p = hit.start; p > block.back().end + 1;) {
        Piece l = LineBefore(text, p);
        p = l.start;
        if (BlankText(text.substr(l.start, l.size()))) continue;
        if (SubHeadingLine(text, l)) sub = l;
        if (SeriesRowLine(text, l)) continue;  // another series' row above
        break;
      }
      if (sub.end == 0) continue;
      std::vector<GridHeading> subs = GridHeadings(text, {sub});
      if (tabbed) SeatHeadings(FirstRows(text, sub.end + 1), &subs);
      std::vector<const GridCell*> kept;
      for (const GridCell* v : values) {
        int h = HeadingOf(subs, *v);
        if (h >= 0 && ContainsLower(subs[h].text, "per") &&
            ContainsLower(subs[h].text, "share") &&
            !ContainsLower(subs[h].text, "depositary")) {
          kept.push_back(v);
        }
      }
      if (kept.empty()) continue;
      values = kept;
    }
    if (ValuationInputs(text, block.front().start)) continue;
    // A heading of years only may sit under a heading of periods set apart
    // by a blank line ("Three Months Ended" ... "2023  2022"): then a year
    // column is no fiscal year. Lines up to 8 above the block are read for
    // such words; finding any leaves the year columns without a period.
    bool months_above = false;
    {
      size_t p2 = block.front().start;
      int paragraphs = 0;
      for (int k = 0; k < 8 && p2 > 0; ++k) {
        size_t end = p2 - 1;
        size_t start = text.rfind('\n', end == 0 ? 0 : end - 1);
        start = start == std::string_view::npos || end == 0 ? 0 : start + 1;
        std::string_view l = text.substr(start, end - start);
        p2 = start;
        if (FoldSpace(l).size() > 150) break;  // prose
        if (AmountSentence(l)) break;
        // (A typed paragraph's wrapped line: one run of words, long.)
        if (!tabbed && FoldSpace(l).size() > 60 &&
            !MayHaveSeveralCells(text, {start, end}))
          break;
        // A section's heading ("ITEM 6. SELECTED FINANCIAL DATA"): the
        // text above it is another section's, no heading of this table.
        static const RE2 item_re("(?i)^\\s*item\\s+\\d");
        if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), item_re))
          break;
        // Above an HTML table, lines without a TAB are paragraphs: the
        // table's title ("Quarterly Financial Data") and unit line may say
        // its columns are quarters, but two such lines up the table has
        // begun, and the cover's "For the quarterly period ended ..." says
        // nothing of it.
        if (tabbed && l.find('\t') == std::string_view::npos) {
          static const RE2 cover_re(
              "(?i)\\b(?:period|year)\\s+ended\\b|\\bquarterly\\s+report\\b");
          if (++paragraphs > 2 ||
              RE2::PartialMatch(re2::StringPiece(l.data(), l.size()),
                                cover_re)) {
            break;
          }
        }
        // A row of amounts is another table's ("Fourth Quarter" and its
        // figures above a table of years): no heading of this one.
        bool amounts = false;
        for (const GridCell& c : GridLine(text, {start, end})) {
          amounts |= c.cell.kind == TableCell::kMoney &&
                     !RE2::FullMatch(c.cell.text, YearRe());
        }
        if (amounts) break;
        if (ContainsLower(l, "months") || ContainsLower(l, "quarter") ||
            ContainsLower(l, "weeks")) {
          months_above = true;
          break;
        }
      }
    }
    // Per heading line, the heading over each amount; the finest line must
    // give each amount its own heading.
    std::vector<std::string> period(values.size());
    bool ok = false;
    std::vector<std::vector<GridCell>> first_rows;
    if (tabbed) first_rows = FirstRows(text, block.back().end + 1);
    // In an HTML table a line's last heading runs on to the right, but
    // not past a column a line above it heads: the rest of a wrapped
    // heading ("First | ... | Fourth | Year" over "Quarter | ... |
    // Quarter") stays under its own columns, and the year's column is no
    // quarter's. (A title over finer columns below it, "Nine Months
    // Ended" over "2014 | 2013", spans them.)
    std::vector<GridHeading> above;
    for (Piece line : block) {
      std::vector<GridHeading> hs = GridHeadings(text, {line});
      if (tabbed) {
        SeatHeadings(first_rows, &hs);
        if (!hs.empty()) {
          GridHeading& last = hs.back();
          for (const GridHeading& c : above) {
            if (c.from > last.from && c.from < last.to) last.to = c.from;
          }
        }
        above.insert(above.end(), hs.begin(), hs.end());
      }
      std::vector<int> idx;
      for (const GridCell* v : values) {
        int h = HeadingOf(hs, *v);
        // (In a table a cell is under a heading whose slots hold it, not
        // under the nearest one.)
        if (tabbed && h >= 0 && (v->from < hs[h].from || v->from >= hs[h].to))
          h = -1;
        // (In fixed-width text a title far from the amount, over other
        // columns, is none of its: "Three Months" over the last two
        // columns heads no year's column to their left.)
        if (!tabbed && h >= 0 && hs.size() == 1) {
          size_t gap = v->to <= hs[h].from   ? hs[h].from - v->to
                       : hs[h].to <= v->from ? v->from - hs[h].to
                                             : 0;
          if (gap > 12) h = -1;
        }
        idx.push_back(h);
      }
      // Fixed-width text centres a group's title over its columns
      // ("Thirteen Weeks Ended" over "July 31, 1999   Aug. 1, 1998"), so
      // a group's last column may lie nearer the next title. When the
      // titles are fewer than the amounts, an equal share of them each,
      // and each title stands over its own share's span, the amounts go to
      // the titles in order.
      // (A stub heading left of the amounts, "(In thousands, except per
      // share amounts)", heads none of them.)
      std::vector<int> titles;
      for (size_t j = 0; j < hs.size(); ++j) {
        if (hs[j].to + 3 > values.front()->from)
          titles.push_back(static_cast<int>(j));
      }
      if (!tabbed && titles.size() > 1 && titles.size() < values.size() &&
          values.size() % titles.size() == 0) {
        size_t m = values.size() / titles.size();
        bool shares = true;
        for (size_t j = 0; j < titles.size() && shares; ++j) {
          const GridHeading& t = hs[titles[j]];
          size_t mid = (t.from + t.to) / 2;
          size_t lo = values[j * m]->from, hi = values[j * m + m - 1]->to;
          shares = mid + 12 >= lo && mid <= hi + 12 &&
                   (j == 0 || values[j * m - 1]->to <= t.from + 12);
        }
        if (shares) {
          for (size_t k = 0; k < values.size(); ++k) idx[k] = titles[k / m];
        }
      }
      // One title centred over all the amounts ("1997" over "First |
      // Second | Third | Fourth") heads them all.
      if (!tabbed && titles.size() == 1 && hs.size() == 1 &&
          values.size() > 1) {
        size_t mid = (hs[0].from + hs[0].to) / 2;
        size_t centre = (values.front()->from + values.back()->to) / 2;
        if (mid + 6 >= centre && mid <= centre + 6) {
          for (size_t k = 0; k < values.size(); ++k) idx[k] = titles[0];
        }
      }
      // Fixed-width figures set a few characters off their headings
      // ("2003" over "$.33", each amount nearer the next year): as many
      // amounts as headings, each within ten characters of its own rank's
      // heading, go to the headings in order.
      {
        std::set<int> d(idx.begin(), idx.end());
        if (!tabbed && (d.count(-1) || d.size() != values.size()) &&
            hs.size() == values.size() && values.size() > 1) {
          bool near = true;
          for (size_t k = 0; k < values.size() && near; ++k) {
            long hc = static_cast<long>(hs[k].from + hs[k].to) / 2;
            long vc = static_cast<long>(values[k]->from + values[k]->to) / 2;
            near = std::labs(hc - vc) <= 10;
          }
          if (near) {
            for (size_t k = 0; k < values.size(); ++k)
              idx[k] = static_cast<int>(k);
          }
        }
      }
      std::set<int> distinct(idx.begin(), idx.end());
      // A line heading some of the amounts only: their headings go on.
      if (distinct.count(-1)) {
        for (size_t k = 0; k < values.size(); ++k) {
          if (idx[k] < 0) continue;
          period[k] += (period[k].empty() ? "" : " ") + hs[idx[k]].text;
        }
        continue;
      }
      if (distinct.size() == values.size() && hs.size() >= values.size())
        ok = true;
      for (size_t k = 0; k < values.size(); ++k) {
        period[k] += (period[k].empty() ? "" : " ") + hs[idx[k]].text;
      }
    }
    if (!ok) continue;
    // A line of the columns' currencies under the headings ("2001 | 2001 |
    // 2000" over "US$(1) | Ps. | Ps."): each column's currency, so that a
    // column of dollars beside the same year in pesos is known for the
    // translation it is (below).
    // (Typed in fixed-width columns too.)
    std::vector<std::string> unit_of(values.size());
    {
      static const RE2 currency_cell_re(
          "(?i)\\s*(?:u\\.?s\\.?\\s?\\$|[a-z]{2}\\.|[a-z]{0,2}\\$|\\x{20AC}|"
          "\\x{00A3}|\\x{00A5}|[a-z]{3})\\s*(?:\\((?:\\d|[a-z])\\))?\\s*");
      for (size_t at = block.front().start; at < hit.start;) {
        Piece line = LineAt(text, at);
        at = line.end + 1;
        std::vector<GridCell> cells_u = GridLine(text, line);
        if (cells_u.size() < 2) continue;
        // (The label column may hold the table's unit: "(in millions,
        // except per share data) | US$ | SEK | ...".)
        bool all_currency = true;
        for (const GridCell& c : cells_u) {
          if (c.to <= values.front()->from && &c == &cells_u.front()) continue;
          all_currency &= RE2::FullMatch(c.cell.text, currency_cell_re);
        }
        if (!all_currency) continue;
        std::vector<GridHeading> hs = GridHeadings(text, {line});
        SeatHeadings(first_rows, &hs);
        for (size_t k = 0; k < values.size(); ++k) {
          int h = HeadingOf(hs, *values[k]);
          // (Overlapping it: a typed column's figure may start a
          // character before its currency.)
          if (h >= 0 && values[k]->from < hs[h].to &&
              values[k]->to > hs[h].from) {
            unit_of[k] = hs[h].text;
          }
        }
        break;
      }
    }
    // A convenience translation: a column repeating an earlier column's
    // period in another currency ("2008 | ... | 2008" over "\u00a565 | ... |
    // $0.65", a 20-F's yen and its dollars) is the same dividend.
    {
      std::vector<std::string> cur(values.size());
      for (size_t k = 0; k < values.size(); ++k) {
        auto m = ParseMoneyCell(values[k]->cell.text);
        if (m) cur[k] = m->currency;
      }
      std::vector<const GridCell*> kept;
      std::vector<std::string> kept_period;
      for (size_t k = 0; k < values.size(); ++k) {
        bool translation = false;
        for (size_t j = 0; j < k && !translation; ++j) {
          translation = FoldSpace(period[j]) == FoldSpace(period[k]) &&
                        !cur[j].empty() && !cur[k].empty() && cur[j] != cur[k];
        }
        // (Or its heading names the dollar beside another column's year:
        // "2023 US$ million" after "2023" in a table of rupiah, "2001
        // US$(1)" before "2001 Ps." in a table of pesos.)
        std::string year;
        auto headed = [&](size_t c) { return period[c] + " " + unit_of[c]; };
        if (!translation && RE2::FullMatch(headed(k), DollarTranslationRe()) &&
            RE2::PartialMatch(period[k], YearRe(), &year)) {
          for (size_t j = 0; j < values.size() && !translation; ++j) {
            if (j == k) continue;
            translation = period[j].find(year) != std::string::npos &&
                          !RE2::FullMatch(headed(j), DollarTranslationRe());
          }
        }
        if (translation) continue;
        kept.push_back(values[k]);
        kept_period.push_back(period[k]);
      }
      values = kept;
      period = kept_period;
    }
    const std::string& own = cells[0].cell.text;
    // Stated rates fit the columns: one each, or one for all, two columns
    // or more, in a table whose rows run from the headings down to this
    // one (rows of amounts and "Cash dividends declared:" lines between;
    // a heading of other columns or a title between is another table's
    // top: a statement of equity's columns are no years).
    if (!rates.empty()) {
      if (values.size() < 2 ||
          (rates.size() != 1 && rates.size() != values.size())) {
        continue;
      }
      bool same_table = true;
      for (size_t at = block.back().end + 1; same_table && at < hit.start;) {
        Piece line = LineAt(text, at);
        std::vector<GridCell> row = GridLine(text, line);
        at = line.end + 1;
        if (row.empty()) continue;
        // (A typed table's "<S> <C> <C>" line and its rules are none of
        // its rows.)
        std::string raw = FoldSpace(text.substr(line.start, line.size()));
        if ((!raw.empty() && raw.front() == '<' && raw.back() == '>') ||
            RuleLine(raw)) {
          continue;
        }
        if (row.size() == 1) {
          // A section's line ("Dividends declared:"), or a class's name
          // wrapped over its rate ("Cumulative Preferred Stock, 5%
          // Series" over "($5.00 per share) ... 300").
          std::string t = FoldSpace(row[0].cell.text);
          static const RE2 class_re(
              "(?i).*\\b(?:preferred|common|stock|shares?|series)\\b.*");
          same_table =
              !t.empty() && (t.back() == ':' ||
                             (t.size() <= 60 && RE2::FullMatch(t, class_re)));
          continue;
        }
        // (A deduction is typed "(2,336" and ")".)
        static const RE2 number_re("\\(?[\\d,]*\\.?\\d+\\)?");
        bool amounts = false;
        for (const GridCell& c : row) {
          amounts |= c.cell.kind == TableCell::kMoney ||
                     c.cell.kind == TableCell::kDash ||
                     RE2::FullMatch(c.cell.text, number_re);
        }
        same_table = amounts;
      }
      if (!same_table) continue;
    }
    // "Per share" says no status; its section or title may.
    const std::string& says =
        RE2::FullMatch(own, PerShareRowRe()) ? label : own;
    std::string status = ContainsLower(says, "declared") ? "declared"
                         : ContainsLower(says, "paid")   ? "paid"
                                                         : "";
    // (Not the sign of a translation's column, the last year again at
    // the right: see below.)
    auto translation = [&](size_t k) {
      return k > 0 && k + 1 == values.size() && !FoldSpace(period[k]).empty() &&
             FoldSpace(period[k]) == FoldSpace(period[k - 1]);
    };
    std::string currency;
    for (size_t k = 0; k < values.size(); ++k) {
      if (translation(k)) continue;
      auto m = ParseMoneyCell(values[k]->cell.text);
      if (m && !m->currency.empty()) currency = m->currency;
    }
    // Amounts without a sign take the sign of the table's rows between
    // the headings and the row ("$11.20" in a fund's net asset value row
    // over its distributions "(1.28)").
    std::string table_currency;
    for (size_t p = block.back().end + 1; currency.empty() &&
                                          table_currency.empty() &&
                                          p < hit.start && p < text.size();) {
      Piece l = LineAt(text, p);
      for (const GridCell& c : GridLine(text, l)) {
        if (c.cell.kind != TableCell::kMoney) continue;
        auto m = ParseMoneyCell(c.cell.text);
        if (m && !m->currency.empty() && !m->scaled) {
          table_currency = m->currency;
          break;
        }
      }
      p = l.end + 1;
    }
    // The label column's heading says the columns are quarters: "Quarter
    // | First | Second | Third | Fourth | Year".
    bool quarter_stub = false;
    for (const Piece& b : block) {
      static const RE2 stub_re("(?i)(?:fiscal\\s+)?quarters?(?:\\s+ended)?");
      std::vector<GridCell> cells_b = GridLine(text, b);
      quarter_stub |= !cells_b.empty() && cells_b[0].from <= cells[0].to &&
                      RE2::FullMatch(cells_b[0].cell.text, stub_re);
    }
    // A row of the year alone between the headings and the row ("2024",
    // "Fiscal 2024"): the fiscal year of quarter columns below it.
    std::string group_year = row_year.empty()
                                 ? YearRowAbove(text, block.back().end, hit.start)
                                 : row_year;
    // Or the label column's heading: "Fiscal 1996 | First Quarter | ...".
    for (const Piece& b : block) {
      if (!group_year.empty()) break;
      // (After the table's unit: "(In thousands, except per share) 2000".)
      static const RE2 stub_year_re(
          "(?i)(?:\\([^()]{0,60}\\)\\s*)?((?:fiscal\\s+(?:year\\s+)?)?"
          "(?:19|20)\\d\\d)");
      std::vector<GridCell> cells_b = GridLine(text, b);
      // (It starts where the labels do and ends before the amounts: an
      // HTML heading's first year is a column's, not the stub's.)
      std::string stub_year;
      if (cells_b.size() >= 2 && cells_b[0].from <= cells[0].from &&
          cells_b[0].to <= values[0]->from &&
          RE2::FullMatch(cells_b[0].cell.text, stub_year_re, &stub_year)) {
        group_year = FoldSpace(stub_year);
      }
    }
    size_t before = out->size();
    // A column of the year's total after quarter columns ("Total", "Year",
    // "Full Year"): read after the quarters, and only as their sum.
    size_t total_k = values.size();
    static const RE2 quarter_end_re(
        "(?i)(?:mar(?:ch)?|june?|sept?(?:ember)?|dec(?:ember)?)\\.?\\s+3["
        "01]");
    // (Four quarter ends side by side say so without a title: "March 31 |
    // June 30 | Sept. 30 | Dec. 31" under a year.)
    bool four_ends = values.size() == 4 && !group_year.empty();
    for (size_t j = 0; four_ends && j < values.size(); ++j) {
      four_ends = RE2::FullMatch(FoldSpace(period[j]), quarter_end_re);
    }
    // Or four months alone, three months apart ("September | December |
    // March | June": the quarters' last months), under a year.
    auto month_only = [](const std::string& h) {
      static const RE2 month_re(
          "(?i)\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
          "\\s*");
      std::string m;
      return RE2::FullMatch(h, month_re, &m) ? MonthOfName(m) : 0;
    };
    bool four_months = values.size() == 4 && !group_year.empty();
    for (size_t j = 0, prev = 0; four_months && j < values.size(); ++j) {
      size_t m = static_cast<size_t>(month_only(period[j]));
      four_months = m > 0 && (j == 0 || (m + 12 - prev) % 12 == 3);
      prev = m;
    }
    static const RE2 total_re("(?i)(?:total|(?:full\\s+|fiscal\\s+)?year)");
    static const RE2 ordinal_re("(?i)(?:first|second|third|fourth)");
    // So do "First | Second | Third | Fourth" in order (a year's total
    // after them), under a year.
    bool four_ordinals = !group_year.empty();
    {
      static const char* const kOrdinals[] = {"first", "second", "third",
                                              "fourth"};
      size_t n = 0;
      for (size_t j = 0; four_ordinals && j < values.size(); ++j) {
        std::string p = Lower(FoldSpace(period[j]));
        if (n == 4 && j + 1 == values.size() && RE2::FullMatch(p, total_re))
          break;
        four_ordinals = n < 4 && p == kOrdinals[n++];
      }
      four_ordinals &= n == 4;
    }
    // The years the columns name: two at most (a year on a year, the
    // quarter's columns and the year to date's) in a quarterly report's
    // statement; three or more are a history of years.
    std::set<std::string> years;
    for (size_t k = 0; k < values.size(); ++k) {
      std::string y;
      if (RE2::PartialMatch(period[k], YearRe(), &y)) years.insert(y);
    }
    const bool quarter_statement = quarterly_report && years.size() <= 2;
    for (size_t k = 0; k < values.size(); ++k) {
      std::string p = FoldSpace(period[k]);
      if (RE2::FullMatch(p, total_re)) {
        total_k = k;
        continue;
      }
      // The last year's column again at the right ("1992 ... 1996 | 1996"
      // over "(SEK in millions ...) | (US$ in millions)"): that year in
      // another currency, its translation; not read.
      if (translation(k)) continue;
      // Bare "First" ... "Fourth" are quarters under a heading or title
      // that says so ("Quarterly Financial Data").
      std::string p_kind = p;
      if ((months_above || quarter_stub || four_ordinals) &&
          RE2::FullMatch(p, ordinal_re))
        p_kind += " quarter";
      // Quarter ends without a year under a title of quarters ("Quarterly
      // Financial Data": "March 31 | June 30 | Sept. 30 | Dec. 31"), the
      // year a row above the group.
      bool quarter_end = (months_above || four_ends) &&
                         RE2::FullMatch(p, quarter_end_re) &&
                         !group_year.empty();
      if (quarter_end || (four_months && month_only(period[k]) > 0))
        p_kind += " quarter";
      // A quarter's last day with its year under a "Quarter ended" stub
      // ("Quarter ended | Sept. 30 1998 | ... | June 30 1999 | Year"); the
      // fiscal year is the group's row ("Fiscal 1999"), when one names it.
      static const RE2 dated_end_re(
          "(?i)[a-z]{3,9}\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d");
      const bool dated_quarter =
          quarter_stub && RE2::FullMatch(p, dated_end_re);
      if (dated_quarter) p_kind += " quarter";
      // A year over "Fourth | Third | Second | First" (quarterly data of a
      // 10-K, the year a row of its own above them): that year's quarters.
      static const RE2 year_ordinal_re(
          "(?i)(?:fiscal\\s+)?((?:19|20)\\d\\d)\\s+(?:first|second|third|fourth)");
      std::string ordinal_year;
      if (RE2::FullMatch(p, year_ordinal_re, &ordinal_year)) p_kind += " quarter";
      std::string kind;
      // Weeks by number: up to 16 a quarter, up to 47 a year to date.
      static const RE2 weeks_re("(?i)\\b(\\d{1,2})\\s+weeks");
      static const RE2 q_re("(?i)\\bq[1-4]\\b");
      int weeks = 0;
      RE2::PartialMatch(p_kind, weeks_re, &weeks);
      if (ContainsLower(p_kind, "six") || ContainsLower(p_kind, "nine") ||
          ContainsLower(p_kind, "twenty-six") ||
          ContainsLower(p_kind, "thirty-nine") ||
          ContainsLower(p_kind, "to date") ||
          ContainsLower(p_kind, "to-date") || ContainsLower(p_kind, "half") ||
          ContainsLower(p_kind, "ytd") || (weeks > 16 && weeks < 48)) {
        kind = "";  // a year-to-date total: no kind of the contract
      } else if ((weeks > 0 && weeks <= 16) ||
                 ContainsLower(p_kind, "three months") ||
                 ContainsLower(p_kind, "quarter") ||
                 ContainsLower(p_kind, "qtr") ||
                 ContainsLower(p_kind, "thirteen weeks") ||
                 RE2::PartialMatch(p_kind, q_re)) {
        kind = "quarterly";
      } else if (RE2::PartialMatch(p_kind, YearRe())) {
        if (months_above) continue;
        kind = quarter_statement ? "" : "annual";
      } else {
        continue;
      }
      if (kind.empty() && !RE2::PartialMatch(p_kind, YearRe())) {
        continue;
      }
      auto m = ParseMoneyCell(values[k]->cell.text);
      if (!m || m->scaled) continue;
      Dividend d;
      d.kind = kind;
      if (kind == "annual") {
        // Without the heading's footnote mark ("Fiscal 1995(1)").
        static const RE2 mark_re("\\s*\\((?:\\d{1,2}|[a-z])\\)\\s*$");
        d.fiscal_year = p;
        RE2::Replace(&d.fiscal_year, mark_re, "");
      }
      if (kind == "quarterly" &&
          (!RE2::PartialMatch(p, YearRe()) || dated_quarter))
        d.fiscal_year = group_year;
      if (kind == "quarterly" && !ordinal_year.empty())
        d.fiscal_year = ordinal_year;
      // (Not a total "including year-end extra dividends".)
      if ((ContainsLower(own, "special") || ContainsLower(own, "extra")) &&
          !ContainsLower(own, "including")) {
        d.kind = "special";
      }
      if (RE2::FullMatch(own, PartRowRe()) ||
          RE2::FullMatch(own, PartLabelRe())) {
        // A part of the year's dividend: the interim, the final.
        if (ContainsLower(own, "interim")) d.kind = "interim";
        if (ContainsLower(own, "final") || ContainsLower(own, "year-end") ||
            ContainsLower(own, "year end")) {
          d.kind = "year-end";
        }
      }
      d.per_share = PerShareForm(m->amount);
      d.currency = m->currency.empty() ? currency : m->currency;
      std::string unit_currency;
      int unit_shift = 0;
      if (m->currency.empty() && currency.empty() &&
          LabelUnit(label, &unit_currency, &unit_shift)) {
        d.currency = unit_currency;
        if (unit_shift != 0) d.per_share = FromHundredths(m->amount);  // pence
      } else if (d.currency.empty()) {
        d.currency = table_currency;
      }
      if (!rates.empty() && kind != "annual") continue;
      if (!rates.empty()) {
        // The label states the rate; the cell is the column's total, in
        // the unit the statement states above it.
        d.per_share = PerShareForm(rates[rates.size() == 1 ? 0 : k]);
        d.currency = "USD";
        size_t from = block.front().start > 600 ? block.front().start - 600 : 0;
        int unit = UnitOf(text.substr(from, block.front().start - from));
        d.total_amount = unit > 0 ? ShiftDecimal(m->amount, unit) : "";
        if (ContainsLower(own, "preferred")) d.share_class = "Preferred";
      }
      d.status = status;
      static const RE2 class_re("(?i)\\bclass\\s+([a-z])\\b");
      static const RE2 two_classes_re(
          "(?i)\\bclass\\s+[a-z]\\b.*\\bclass\\s+[a-z]\\b");
      std::string cls;
      if (RE2::FullMatch(own, PreferredRowRe()) || SeriesRow(own)) {
        d.share_class = "Preferred";
      }
      // One class named; "Class A and Class B" is every class. (A class
      // of preferred shares, "Class A Preferred Shares Series 12", stays
      // preferred.) A row named by its class ("Common shares") is that
      // class's, whatever classes its lead-in names.
      // A row of no class under a section line of a preferred series
      // ("Series A Adjustable Rate (annual rate 6.50%-6.88% in 1995)" over
      // "Dividends declared per share") is that series'.
      if (d.share_class.empty() && PreferredSectionAbove(text, hit)) {
        d.share_class = "Preferred";
      }
      const std::string& named =
          RE2::FullMatch(own, ClassNameRowRe()) ? own : label;
      if (d.share_class != "Preferred" &&
          RE2::PartialMatch(named, class_re, &cls) &&
          !RE2::PartialMatch(named, two_classes_re)) {
        d.share_class =
            "Class " + std::string(1, static_cast<char>(std::toupper(
                                          static_cast<unsigned char>(cls[0]))));
      }
      d.provenance = "row '" + label + "'; column '" + p + "'";
      d.span = MakeSpan(doc, values[k]->cell.start, values[k]->cell.end, 0.8,
                        "dividend.period_row");
      out->push_back(std::move(d));
    }
    // (A row of one part of the year's dividends, "– regular quarterly
    // dividend" beside "– year-end extra dividend", totals that part only.)
    if (!ContainsLower(own, "regular")) {
      AddYearTotal(doc, values, total_k,
                   FoldSpace(period[std::min(total_k, values.size() - 1)]),
                   before, out);
    }
    if (out->size() > before) regions->push_back({hit.start, value_line.end});
  }
}

}  // namespace

void PeriodRows(const Document& doc, const KeywordHits& hits,
                std::vector<Dividend>* out, std::vector<Piece>* regions,
                std::string_view registrant) {
  const size_t from = out->size();
  PeriodRowsOf(doc, hits, out, regions, registrant);
  DropDepositaryRows(from, out);
}

}  // namespace facts
}  // namespace secx
