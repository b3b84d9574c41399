// Quarterly dividends with years as rows and quarters as columns, as
// equity notes and selected-data tables lay them out:
//
//   Dividends declared per share of common stock were as follows:
//             First Quarter  Second Quarter  Third Quarter  Fourth Quarter
//             Total
//   2023          $0.47          $0.48           $0.48          $0.48 $1.91
//   2022           0.45           0.47            0.47 0.47        1.86
//
// Read only when a title over the quarter headings (at most three lines
// above them, or the first cell of the heading line) says dividend and per
// share, and nothing there makes the amounts another measure (millions,
// yield, payout). Each amount under a quarter heading gives kind
// "quarterly", under "Interim" / "Final" / "Year-end" (a 20-F's half
// years, amounts with their currency: "¥60") kind "interim" /
// "year-end", under a "Total" / "Year" heading kind "annual"; the row's
// year is the fiscal_year. Every amount of a row must have its own
// heading, or the row gives nothing.
#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

const RE2& QuarterHeadingRe() {
  static const RE2 re(
      "(?i)(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?:fiscal\\s+)?"
      "(?:quarter|qtr\\.?)|q[1-4])");
  return re;
}

// A quarter's heading by its last month: "June", "Sept.", "Dec. 31".
// Returns the month (1-12), 0 for none.
int MonthHeading(const std::string& h) {
  static const RE2 re(
      "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
      "(?:\\s+\\d{1,2},?)?");
  std::string m;
  return RE2::FullMatch(h, re, &m) ? MonthOfName(m) : 0;
}

// Four month headings in a row, each three months after the one before
// ("June | Sept. | Dec. | March"): the quarters of a year, in order.
bool MonthQuarters(const std::vector<GridCell>& cells) {
  std::vector<int> months;
  for (const GridCell& c : cells) {
    int m = MonthHeading(c.cell.text);
    if (m == 0) continue;
    if (!months.empty() && m != (months.back() + 2) % 12 + 1) return false;
    months.push_back(m);
  }
  return months.size() == 4;
}

// Half-year parts of a 20-F history ("Interim | Final | Total"), or a
// year's ordinary and special dividends ("Ordinary (NOK) | Special (NOK)
// | Total (NOK)").
const RE2& PartHeadingRe() {
  static const RE2 re(
      // (An Italian balance, "Balance (saldo)", is the final dividend;
      // the filer's own word may follow in parentheses.)
      "(?i)(?:interim|final|year[\\s-]end|ordinary|special|balance)(?:\\s+(?:"
      "cash\\s+)?"
      "dividends?)?(?:\\s*\\([a-z]{3,15}\\))?");
  return re;
}

// A footnote's mark closing a heading, a row's label or a cell of its
// own: "(1)", "(a)", "*".
const RE2& TrailingMarkRe() {
  static const RE2 re("\\s*(?:\\(\\w\\)|\\*+)\\s*$");
  return re;
}

const RE2& TotalHeadingRe() {
  static const RE2 re(
      "(?i)(?:total|year|annual|full\\s+year)(?:\\s+(?:cash\\s+)?dividends?)?");
  return re;
}

// A unit in parentheses: "(euro per share)", "(pence)", "(US$)",
// "(cents)"; the unit is group 1.
const std::string kUnitPattern =
    std::string(
        "\\(\\s*(?:in\\s+)?(euros?|eur|\\x{20AC}|pence|yen|jpy|\\x{00A5}|"
        "u\\.?s\\.?\\s*dollars?|us\\$|usd|\\$|swiss\\s+francs?|chf|pounds?\\s+"
        "sterling|gbp|a\\$|aud|c\\$|cad|"
        // A currency's cents: "(HK cents per share)", "(euro cents)".
        "(?:hk|euro|australian|us|u\\.s\\.)\\s+cents?|cents?|dkk|sek|nok|") +
    kCurrencyUnitWords +
    ")(?:\\s+per\\s+(?:ordinary\\s+)?share)?\\s*"
    "\\)";

// kUnitPattern compiled, case-insensitive.
const RE2& UnitRe() {
  static const RE2 re(std::string("(?i)") + kUnitPattern);
  return re;
}

// A line of the unit alone under the headings of a 20-F history: "(euro
// per share)", "(pence)", "(in U.S. dollars)". Gives the currency of bare
// numbers, and the power of ten to apply (pence: -2); false for none.
bool UnitLine(const std::vector<GridCell>& cells, std::string* currency,
              int* shift) {
  if (cells.size() != 1) return false;
  std::string unit;
  if (!RE2::FullMatch(cells[0].cell.text, UnitRe(), &unit)) return false;
  UnitCurrency(unit, currency, shift);
  return true;
}

// A heading of a 20-F history that carries its unit and basis: "Interim
// dividend per share (€)", "Final per ordinary share (pence)",
// "Total per ADS (US$)". `bare` is the heading without them ("Interim
// dividend"), with the unit's currency and shift when there is one;
// `ads` when the amounts are per ADS, not per share.
struct ColumnUnit {
  std::string bare;
  std::string currency;
  int shift = 0;
  bool ads = false;
  bool translation = false;  // another column's amount in US dollars
};

ColumnUnit ColumnUnitOf(const std::string& heading) {
  ColumnUnit u;
  u.bare = heading;
  static const RE2 unit_re(std::string("(?i)\\s*") + kUnitPattern);
  // Or a unit word last, without parentheses (a typed column's "pence"
  // under its part: "Interim pence").
  static const RE2 last_word_re("(?i)\\s+(pence|yen|euro|euros|cents)\\s*$");
  std::string unit;
  if (RE2::PartialMatch(u.bare, unit_re, &unit)) {
    UnitCurrency(unit, &u.currency, &u.shift);
    RE2::Replace(&u.bare, unit_re, "");
  } else if (RE2::PartialMatch(u.bare, last_word_re, &unit)) {
    UnitCurrency(unit, &u.currency, &u.shift);
    RE2::Replace(&u.bare, last_word_re, "");
  }
  static const RE2 basis_re(
      "(?i)\\s*per\\s+(ordinary\\s+share|common\\s+share|share|ads|"
      "american\\s+depositary\\s+share)\\b");
  // A typed heading whose "Total per" stands a line above: "ADS(1)".
  static const RE2 ads_alone_re("(?i)^\\s*(ads)\\b");
  std::string basis;
  if (RE2::PartialMatch(u.bare, basis_re, &basis) ||
      RE2::PartialMatch(u.bare, ads_alone_re, &basis)) {
    u.ads = !ContainsLower(basis, "share") ||
            ContainsLower(basis, "depositary");
    RE2::Replace(&u.bare, basis_re, "");
  }
  // Without a footnote mark ("Total dividend per ADS(1)").
  RE2::Replace(&u.bare, TrailingMarkRe(), "");
  u.bare = FoldSpace(u.bare);
  return u;
}

// A column group's line: a unit per share or per ADS ("Yen per share",
// "Euro per ordinary share", "U.S. dollars per ADS").
const RE2& GroupUnitRe() {
  static const RE2 re("(?i)\\bper\\s+(?:ordinary\\s+|common\\s+)?(?:share|ads)\\b");
  return re;
}

// The unit a column group or a row of a basis opens with ("Yen per
// share", "Euro per ordinary share", "Pence per ordinary share", "U.S.
// dollars per ADS"): its currency and power of ten (UnitCurrency); false
// for none.
bool GroupUnit(const std::string& g, std::string* currency, int* shift) {
  static const RE2 re(
      "(?i)^\\s*(euros?|eur|pence|yen|jpy|u\\.?s\\.?\\s*dollars?|us\\$|usd|"
      "swiss\\s+francs?|chf|pounds?\\s+sterling|gbp)\\b");
  std::string w;
  if (!RE2::PartialMatch(g, re, &w)) return false;
  UnitCurrency(w, currency, shift);
  return true;
}

// A year's regular or special dividends' part of a row label ("1998 -
// Regular", "1998 - Special").
#define SECX_YEAR_PART \
  "\\s*(?:-|:|\\x{2013}|\\x{2014})?\\s*(?:regular|special|extra)"

// A row's year, its footnote mark left out ("2019 (2)"), with the year's
// part or none.
const RE2& YearRowRe() {
  static const RE2 re(
      "(?i)(?:fiscal\\s+(?:year\\s+)?)?((?:19|20)\\d\\d)(?:\\s*\\(\\w\\)|\\*+)"
      "?(?:" SECX_YEAR_PART ")?");
  return re;
}

// The special or extra dividends' row of a year ("1998 - Special").
bool SpecialYearRow(const std::string& label) {
  static const RE2 re("(?i)\\b(?:special|extra)\\s*$");
  return RE2::PartialMatch(label, re);
}

// A row's label as its fiscal year: "2019 (2)" is "2019", "1998 -
// Regular" is "1998".
std::string RowYear(const std::string& label) {
  std::string y = FoldSpace(label);
  static const RE2 part_re("(?i)" SECX_YEAR_PART "$");
  RE2::Replace(&y, part_re, "");
  RE2::Replace(&y, TrailingMarkRe(), "");
  return y;
}

// A title that makes the amounts per-share dividends.
bool DividendTitle(std::string_view t) {
  if (!ContainsLower(t, "dividend")) return false;
  // (An Indian company's "equity share", a Swiss one's "registered
  // share".)
  if (!ContainsLower(t, "per share") && !ContainsLower(t, "per common share") &&
      !ContainsLower(t, "per ordinary share") &&
      !ContainsLower(t, "per equity share") &&
      !ContainsLower(t, "per registered share")) {
    return false;
  }
  // "Dividend equivalents" are not dividends; "the equivalent amounts per
  // ADS" beside them are.
  for (const char* w : {"million", "thousand", "yield", "payout",
                        "dividend equivalent", "preferred", "noncontrolling"}) {
    if (ContainsLower(t, w)) return false;
  }
  return true;
}

// A typed heading of part groups ruled over their columns, the columns'
// own headings below the rule:
//
//                              Interim            Final             Total
//                         ----------------- ----------------- -----------------
//                                     $ per             $ per             $ per
//   Year ended 31 December    pence      ADS    pence      ADS    pence ADS
//                           -------  -------  -------  -------  ------- -------
//
// Each column of the last heading line is headed by its group (the part
// whose rule spans it), the words above it under the rule, and its own:
// "Interim pence", "Interim $ per ADS". `head` is the line of the groups;
// `end` receives the end of the last heading line. False when the lines
// under `head` are no such headings (a column outside every group but the
// rows' caption at the left makes them none).
bool GroupedHeadings(std::string_view text, Piece head,
                     std::vector<GridHeading>* out, size_t* end) {
  if (head.end + 1 >= text.size()) return false;
  Piece rule = LineAt(text, head.end + 1);
  std::string_view r = text.substr(rule.start, rule.size());
  if (!RuleLine(r) || BlankText(r)) return false;
  std::vector<std::pair<size_t, size_t>> runs = RuleRuns(r);
  std::vector<GridCell> groups = GridLine(text, head);
  if (runs.size() != groups.size() || runs.size() < 2) return false;
  // The word lines under the rule, up to the next rule.
  std::vector<Piece> lines;
  for (Piece l = rule; l.end + 1 < text.size() && lines.size() < 3;) {
    l = LineAt(text, l.end + 1);
    std::string_view t = text.substr(l.start, l.size());
    if (RuleLine(t)) break;
    std::vector<GridCell> lc = GridLine(text, l);
    if (lc.empty()) return false;
    for (const GridCell& c : lc) {
      if (c.cell.kind == TableCell::kMoney || c.cell.kind == TableCell::kDate)
        return false;
    }
    lines.push_back(l);
  }
  if (lines.empty()) return false;
  std::vector<GridCell> finest = GridLine(text, lines.back());
  std::vector<std::vector<GridCell>> middle;  // the word lines above it
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    middle.push_back(GridLine(text, lines[i]));
  std::vector<GridHeading> hs;
  for (const GridCell& f : finest) {
    int g = -1;
    for (size_t k = 0; k < runs.size(); ++k) {
      if (runs[k].first < f.to && f.from < runs[k].second)
        g = static_cast<int>(k);
    }
    if (g < 0) {
      if (!hs.empty()) return false;  // only the rows' caption, leftmost
      hs.push_back({f.cell.text, f.from, f.to});
      continue;
    }
    std::string h = groups[g].cell.text;
    for (const std::vector<GridCell>& line : middle) {
      for (const GridCell& c : line) {
        if (c.from < f.to + 2 && f.from < c.to + 2) h += " " + c.cell.text;
      }
    }
    hs.push_back({h + " " + f.cell.text, f.from, f.to});
  }
  *out = std::move(hs);
  *end = lines.back().end;
  return true;
}

}  // namespace

// The currency of a unit ("euro", "pence", "US$") and the power of ten to
// apply to amounts in it (pence: -2).
void UnitCurrency(const std::string& unit, std::string* currency, int* shift) {
  std::string u = Lower(unit);
  *shift = 0;
  if (u.rfind("eur", 0) == 0 || u == "\xE2\x82\xAC") {
    *currency = "EUR";
  } else if (u == "pence") {
    *currency = "GBP";
    *shift = -2;
  } else if (u == "yen" || u == "jpy" || u == "\xC2\xA5") {
    *currency = "JPY";
  } else if (u.find("french") != std::string::npos || u == "frf" || u == "ff") {
    *currency = "FRF";
  } else if (u.find("franc") != std::string::npos || u == "chf") {
    *currency = "CHF";
  } else if (u.find("pound") != std::string::npos || u == "gbp") {
    *currency = "GBP";
  } else if (u.find(" cent") != std::string::npos) {
    // Another currency's cents: "HK cents", "euro cents".
    std::string code = u.rfind("hk", 0) == 0           ? "HKD"
                       : u.rfind("euro", 0) == 0       ? "EUR"
                       : u.rfind("australian", 0) == 0 ? "AUD"
                                                       : "USD";
    *currency = code;
    *shift = -2;
  } else if (u == "cent" || u == "cents") {
    // Cents of the filing's currency (DocumentEuros makes euro cents of
    // them in a filing in euro).
    *currency = "USD";
    *shift = -2;
  } else if (u == "a$" || u == "aud") {
    *currency = "AUD";
  } else if (u == "c$" || u == "cad") {
    *currency = "CAD";
  } else if (u == "dkk" || u == "sek" || u == "nok") {
    *currency = Upper(u);  // the Danish, Swedish, Norwegian crown
  } else {
    // Another currency's sign or code ("Rp", "NT$", "won"), else the
    // dollar.
    *currency = CurrencyCode(u);
    if (currency->empty()) *currency = "USD";
  }
}

bool HeadingUnit(const std::string& heading, std::string* currency,
                 int* shift) {
  std::string unit;
  if (!RE2::PartialMatch(heading, UnitRe(), &unit)) return false;
  UnitCurrency(unit, currency, shift);
  return true;
}

void YearRows(const Document& doc, const KeywordHits& hits,
              std::vector<Dividend>* out, std::vector<Piece>* regions) {
  std::string_view text = doc.text;
  std::vector<Piece> heads =
      hits.LinesWith({"uarter", "UARTER", "Q", "nterim", "NTERIM"});
  // (And "Ordinary | Special" headings: "Special" is no keyword of the
  // scan, looked for apart.)
  for (Piece l : hits.LinesWith({"Special"})) heads.push_back(l);
  // Quarters headed by their last months ("June | Sept. | Dec. | March"):
  // on a dividend line or within three lines under one.
  for (Piece hit : hits.LinesWith({"ividend", "IVIDEND"})) {
    Piece l = hit;
    for (int k = 0; k < 4 && l.end <= text.size(); ++k) {
      if (k > 0) {
        if (l.end >= text.size()) break;
        l = LineAt(text, l.end + 1);
      }
      if (l.size() <= 400 && MayHaveSeveralCells(text, l) &&
          MonthQuarters(GridLine(text, l)))
        heads.push_back(l);
    }
  }
  SortUniqueLines(&heads);
  for (Piece head : heads) {
    if (head.size() > 400 || !MayHaveSeveralCells(text, head)) continue;
    std::vector<GridCell> cells = GridLine(text, head);
    if (cells.size() < 3) continue;
    const bool month_quarters = MonthQuarters(cells);
    // A line of "Quarter" words alone is the second line of headings
    // wrapped from the line above ("First    Second     Third    Fourth"
    // over "Quarter   Quarter   Quarter   Quarter"): the headings start
    // there.
    {
      static const RE2 quarter_word_re("(?i)\\s*quarters?\\s*");
      bool words = true;
      for (const GridCell& c : cells) {
        words &= RE2::FullMatch(c.cell.text, quarter_word_re);
      }
      if (words && head.start > 0) {
        Piece above = LineBefore(text, head.start);
        static const RE2 ordinals_re(
            "(?i).*\\bfirst\\b.*\\bsecond\\b.*\\bthird\\b.*");
        std::string_view a = text.substr(above.start, above.size());
        if (!RE2::FullMatch(re2::StringPiece(a.data(), a.size()), ordinals_re))
          continue;
        head = above;
        cells = GridLine(text, head);
        if (cells.size() < 3) continue;
      }
    }
    // Headings wrapped over the lines below ("Interim" over "dividend
    // per" over "ordinary share" over "(\u20ac)"): lines of words only, no
    // row's label, read with the heading line.
    // A last line of units in parentheses over groups of columns ("(pence
    // per ordinary share) | (US$)") gives each unit to the columns from its
    // own on.
    std::vector<Piece> heading_lines = {head};
    std::vector<GridCell> group_units;
    size_t head_end = head.end;
    // (Typed text: the lines of words under the heading line, up to the
    // rule over the rows: "Year  (pence)  (pence)  (pence)  ($)".)
    const bool typed = text.substr(head.start, head.size()).find('\t') ==
                       std::string_view::npos;
    for (Piece l = head; heading_lines.size() < 5 && l.end < text.size();) {
      l = LineAt(text, l.end + 1);
      if (typed ? RuleLine(text.substr(l.start, l.size()))
                : text[l.start] != '\t') {
        break;
      }
      std::vector<GridCell> lc = GridLine(text, l);
      bool words = !lc.empty(), units = !lc.empty();
      for (const GridCell& c : lc) {
        words &= c.cell.kind == TableCell::kWords;
        units &= RE2::FullMatch(c.cell.text, UnitRe());
      }
      if (!words) break;
      // (One unit for all: the unit line read under the headings below.
      // But one under an HTML table's last column alone is that column's:
      // "Interim | Year-end | Annual | Annual" over "| | | | (U.S.
      // dollars)".)
      if (units && lc.size() == 1 &&
          (typed || cells.size() < 3 || lc[0].from < cells.back().from)) {
        break;
      }
      if (units) {
        group_units = lc;
        head_end = l.end;
        break;
      }
      heading_lines.push_back(l);
    }
    if (group_units.empty()) head_end = heading_lines.back().end;
    std::vector<GridHeading> wrapped = heading_lines.size() > 1
                                           ? GridHeadings(text, heading_lines)
                                           : std::vector<GridHeading>{};
    // Quarter headings, or interim and final ones (and a total) after an
    // optional caption.
    std::string caption;
    size_t quarters = 0, parts = 0;
    bool heading = true;
    // A heading line that opens with a TAB has no caption cell: its first
    // cell is a column's ("\tInterim\t\tFinal\t\tTotal").
    // Nor has a typed heading line whose first cell is a part's heading
    // ("Interim  Final  Total", the rows' years under a caption below).
    bool no_caption =
        text[head.start] == '\t' ||
        (typed && RE2::FullMatch(ColumnUnitOf(cells[0].cell.text).bare,
                                 PartHeadingRe()));
    for (size_t i = 0; i < cells.size(); ++i) {
      // (A heading wrapped below is read whole: "Total per" over "ADS".)
      int w = HeadingOf(wrapped, cells[i]);
      const ColumnUnit unit =
          ColumnUnitOf(w >= 0 && (i > 0 || no_caption) ? wrapped[w].text
                                                       : cells[i].cell.text);
      const std::string& c = unit.bare;
      bool column = i > 0 || no_caption;
      // A last column per ADS whose "Total per" stands a line above
      // ("ADS(1)", "ADS (US$)"): not read, no other measure either.
      if (column && unit.ads && i + 1 == cells.size()) continue;
      if (RE2::FullMatch(c, QuarterHeadingRe()) ||
          (month_quarters && column && MonthHeading(c))) {
        ++quarters;
      } else if (column && RE2::FullMatch(c, PartHeadingRe())) {
        ++parts;
      } else if (column && RE2::FullMatch(c, TotalHeadingRe())) {
        // a column of year totals
      } else if (i == 0 && cells[i].cell.kind == TableCell::kWords) {
        caption = c;
      } else {
        heading = false;
      }
    }
    if (!heading || (quarters < 2 && (parts < 2 || quarters > 0))) continue;
    // The title: the caption cell, or one of the three lines above.
    std::string title;
    // (Its basis and unit are the caption's too: "Dividends declared per
    // common share (Canadian dollars)".)
    if (DividendTitle(caption)) title = caption;
    // Quarters headed by months under a caption of dividends without "per
    // share" ("Cash dividends declared | June | Sept. | Dec. | March"):
    // its amounts must read as a share's (see `loose` below).
    const bool loose = title.empty() && month_quarters &&
                       DividendTitle(caption + " per share");
    if (loose) title = caption;
    if (title.empty() && !caption.empty() && !no_caption &&
        DividendTitle(cells[0].cell.text)) {
      title = FoldSpace(cells[0].cell.text);
    }
    Piece up = head;
    // A line of column groups between the title and the headings ("Yen per
    // share | U.S. dollars per ADS"): each group's unit and basis are its
    // columns'.
    Piece groups{0, 0};
    // (One blank line between the lead-in and the groups does not count.)
    int blanks = 0;
    for (int k = 0; k < 3 && title.empty() && up.start > 0; ++k) {
      up = LineBefore(text, up.start);
      std::string_view l = text.substr(up.start, up.size());
      if (BlankText(l)) {
        if (groups.end > 0 && blanks++ == 0) --k;
        continue;
      }
      // (A typed group title's rule under it.)
      if (typed && RuleLine(l)) continue;
      // A unit alone between the title and the headings ("(Yen)").
      static const RE2 unit_line_re(std::string("(?i)\\s*") + kUnitPattern +
                                    "\\s*");
      if (RE2::FullMatch(re2::StringPiece(l.data(), l.size()), unit_line_re))
        continue;
      // (Typed: "Year ended  Per Ordinary Share   Per ADS", cells set
      // apart by blanks, no sentence.)
      const bool group_line =
          groups.end == 0 &&
          (typed ? MayHaveSeveralCells(text, up) &&
                       l.find(". ") == std::string_view::npos
                 : l.find('\t') != std::string_view::npos) &&
          RE2::PartialMatch(re2::StringPiece(l.data(), l.size()),
                            GroupUnitRe());
      if (DividendTitle(l)) {
        title = FoldSpace(l);
      } else if (group_line) {
        groups = up;
        continue;
      } else if (typed) {
        // A typed lead-in wrapped over several lines: its paragraph, up to
        // the blank line above it ("The following table shows the
        // dividends paid or proposed per Ordinary Share and per ADS ...").
        std::string para = std::string(l);
        Piece p = up;
        for (int n = 0; n < 6 && p.start > 0; ++n) {
          p = LineBefore(text, p.start);
          std::string_view pl = text.substr(p.start, p.size());
          if (BlankText(pl)) break;
          para = std::string(pl) + " " + para;
        }
        if (DividendTitle(para)) title = FoldSpace(para);
      }
      break;  // only the nearest line of text
    }
    if (title.empty()) continue;
    std::vector<GridHeading> hs = GridHeadings(text, heading_lines);
    // (An HTML row may spread its cells over more slots than the headings
    // have: "2009 | | 6.50 | | - | 6.50 | 1.12" under "Fiscal year |
    // Ordinary | Special | Total | Total (US$)".)
    if (!typed && head_end + 1 < text.size())
      SeatHeadings(FirstRows(text, head_end + 1), &hs);
    if (typed && heading_lines.size() == 1) {
      std::vector<GridHeading> grouped;
      size_t end = head_end;
      if (GroupedHeadings(text, head, &grouped, &end)) {
        hs = std::move(grouped);
        head_end = end;
      }
    }
    std::vector<ColumnUnit> units;
    for (const GridHeading& h : hs) units.push_back(ColumnUnitOf(h.text));
    for (size_t h = 0; h < hs.size(); ++h) {
      const GridCell* g = nullptr;
      for (const GridCell& c : group_units) {
        if (c.from <= hs[h].from) g = &c;
      }
      if (g && units[h].currency.empty()) {
        ColumnUnit u = ColumnUnitOf(g->cell.text);
        units[h].currency = u.currency;
        units[h].shift = u.shift;
      }
    }
    if (groups.end > 0) {
      std::vector<GridHeading> gs = GridHeadings(text, {groups});
      for (size_t h = 0; h < hs.size(); ++h) {
        // The group over the heading: the last one starting at or before
        // it; in typed text, where a group's title is centred over its
        // columns, the one whose middle is nearest.
        const GridHeading* g = nullptr;
        for (const GridHeading& c : gs) {
          if (typed) {
            auto mid = [](const GridHeading& x) {
              return static_cast<long>(x.from + x.to);
            };
            if (!g || std::labs(mid(c) - mid(hs[h])) <
                          std::labs(mid(*g) - mid(hs[h])))
              g = &c;
          } else if (c.from <= hs[h].from) {
            g = &c;
          }
        }
        if (!g) continue;
        if (units[h].currency.empty())
          GroupUnit(g->text, &units[h].currency, &units[h].shift);
        units[h].ads |= ContainsLower(g->text, " ads") ||
                        ContainsLower(g->text, "depositary");
      }
    }
    // A column in US dollars beside columns in another currency ("Total
    // (NOK) | Total (US$)") is their translation: not read.
    if (std::any_of(units.begin(), units.end(), [](const ColumnUnit& u) {
          return !u.currency.empty() && u.currency != "USD";
        })) {
      for (ColumnUnit& u : units) {
        if (u.currency == "USD") u.translation = true;
      }
    }
    // So is one in US dollars under the same heading as a column without
    // a unit ("Total | Total (US$)"): the other's in the filing's own
    // currency.
    for (ColumnUnit& u : units) {
      if (u.currency != "USD") continue;
      for (const ColumnUnit& o : units) {
        if (&o != &u && o.currency != "USD" && !u.bare.empty() &&
            Lower(o.bare) == Lower(u.bare)) {
          u.translation = true;
        }
      }
    }
    // Year rows under the heading, until a line that is none.
    size_t before = out->size();
    std::string currency;  // "$" is often written in the first row only
    std::string unit_currency;
    int unit_shift = 0;
    // A unit in the title ("dividends per share (in yen)").
    HeadingUnit(title, &unit_currency, &unit_shift);
    // Under a caption "Fiscal year ended" (or "Year ended") a row may be
    // named by the year's last day ("March 31, 2024").
    static const RE2 year_ended_re("(?i)(?:fiscal\\s+)?years?\\s+ended");
    bool by_year_end = RE2::PartialMatch(caption, year_ended_re);
    Piece row{head_end, head_end};
    size_t last_row_end = head_end;
    std::string group_year;
    while (row.end < text.size()) {
      row = LineAt(text, row.end + 1);
      // (A typed table's rule between its headings and its rows.)
      if (typed && row.start == head_end + 1 &&
          RuleLine(text.substr(row.start, row.size()))) {
        head_end = row.end;
        continue;
      }
      std::vector<GridCell> rc = GridLine(text, row);
      if (row.start == head_end + 1 &&
          UnitLine(rc, &unit_currency, &unit_shift)) {
        continue;
      }
      // A line of the columns' units under their headings, its caption
      // cell naming the rows ("Year | (\u20ac) | (\u20ac) | (US$)"): each unit
      // is its column's.
      if (row.start == head_end + 1 && rc.size() >= 3 &&
          rc[0].cell.kind == TableCell::kWords &&
          !RE2::FullMatch(rc[0].cell.text, YearRowRe())) {
        bool units_only = true;
        for (size_t i = 1; i < rc.size() && units_only; ++i)
          units_only = RE2::FullMatch(rc[i].cell.text, UnitRe());
        if (units_only) {
          for (size_t i = 1; i < rc.size(); ++i) {
            int h = HeadingOf(hs, rc[i]);
            if (h < 0 || !units[h].currency.empty()) continue;
            ColumnUnit u = ColumnUnitOf(hs[h].text + " " + rc[i].cell.text);
            units[h].currency = u.currency;
            units[h].shift = u.shift;
          }
          continue;
        }
      }
      // A year alone on its row opens that year's rows of bases ("2023"
      // over "Pence per ordinary share | 12.5 | 25.0 | 37.5" and "US$ per
      // ADS | ...").
      std::string lone;
      if (rc.size() == 1 && RE2::FullMatch(rc[0].cell.text, YearRowRe(), &lone)) {
        group_year = RowYear(rc[0].cell.text);
        continue;
      }
      if (rc.size() < 2) break;
      std::string year;
      // Or "Fiscal year ended March 31, 2024" as the row's own label.
      // ("Year ended 30 June 2023" as well.)
      static const RE2 year_ended_label_re(
          "(?i)(?:fiscal\\s+)?years?\\s+ended\\s+(?:[a-z]+\\.?\\s+\\d{1,2},?|"
          "\\d{1,2}\\s+[a-z]+)\\s+(?:19|20)\\d\\d");
      ColumnUnit basis;  // a row of a basis under a year ("Pence per share")
      bool basis_row = false;
      if (!group_year.empty() && rc[0].cell.kind == TableCell::kWords) {
        bool unit = GroupUnit(rc[0].cell.text, &basis.currency, &basis.shift);
        basis_row = RE2::PartialMatch(rc[0].cell.text, GroupUnitRe()) &&
                    (unit || ContainsLower(rc[0].cell.text, "ads"));
        basis.ads = ContainsLower(rc[0].cell.text, "ads") ||
                    ContainsLower(rc[0].cell.text, "depositary");
      }
      if (!basis_row && !RE2::FullMatch(rc[0].cell.text, YearRowRe(), &year) &&
          !(by_year_end && rc[0].cell.kind == TableCell::kDate &&
            rc[0].cell.iso.size() == 10) &&
          !RE2::FullMatch(rc[0].cell.text, year_ended_label_re)) {
        break;
      }
      std::vector<const GridCell*> values;
      bool other = false;
      for (size_t i = 1; i < rc.size(); ++i) {
        // A footnote mark in a cell of its own after a value ("\u2014 | (1)").
        if (i > 1 && RE2::FullMatch(rc[i].cell.text, TrailingMarkRe()))
          continue;
        if (rc[i].cell.kind == TableCell::kMoney) {
          values.push_back(&rc[i]);
        } else if (rc[i].cell.kind != TableCell::kDash) {
          other = true;
        }
      }
      if (values.empty() || other) break;
      std::vector<int> idx;
      for (const GridCell* v : values) idx.push_back(HeadingOf(hs, *v));
      std::set<int> distinct(idx.begin(), idx.end());
      if (distinct.count(-1) || distinct.size() != values.size()) break;
      for (size_t k = 0; k < values.size(); ++k) {
        // The column's own unit ("Interim dividend per share (€)"); a
        // column per ADS beside those per share is not read.
        ColumnUnit col = units[idx[k]];
        if (basis_row) {
          // The row's basis is its columns': per ADS rows are not read.
          if (basis.ads) continue;
          if (col.currency.empty()) {
            col.currency = basis.currency;
            col.shift = basis.shift;
          }
        }
        if (col.ads || col.translation) continue;
        const std::string& h = col.bare;
        std::string kind;
        if (RE2::PartialMatch(h, QuarterHeadingRe()) ||
            (month_quarters && MonthHeading(h))) {
          kind = "quarterly";
        } else if (RE2::FullMatch(h, PartHeadingRe())) {
          kind = ContainsLower(h, "interim")    ? "interim"
                 : ContainsLower(h, "special")  ? "special"
                 : ContainsLower(h, "ordinary") ? "annual"
                                                : "year-end";
        } else if (RE2::PartialMatch(h, TotalHeadingRe())) {
          kind = "annual";
        } else {
          continue;
        }
        auto m = ParseMoneyCell(values[k]->cell.text);
        if (!m || m->scaled) continue;
        // (A share's dividend: cents written with their point, under $10.)
        if (loose && (values[k]->cell.text.find('.') == std::string::npos ||
                      std::stod(m->amount) >= 10))
          continue;
        // Half-year histories are a 20-F's, often in a unit its heading
        // names ("(pence)"): bare numbers there are left out, unless a unit
        // line under the headings names it.
        std::string column_currency =
            col.currency.empty() ? unit_currency : col.currency;
        int column_shift = col.currency.empty() ? unit_shift : col.shift;
        bool in_unit = m->currency.empty() && !column_currency.empty();
        // A column in US dollars beside amounts in another currency on
        // the same row ("\u00a560 | $0.54") is their translation.
        if ((col.currency == "USD" || m->currency == "USD") &&
            std::any_of(values.begin(), values.end(), [&](const GridCell* o) {
              auto om = ParseMoneyCell(o->cell.text);
              return om && !om->currency.empty() && om->currency != "USD";
            })) {
          continue;
        }
        if (parts > 0 && m->currency.empty() && currency.empty() && !in_unit)
          continue;
        Dividend d;
        d.kind = kind;
        if (kind == "quarterly" && SpecialYearRow(rc[0].cell.text))
          d.kind = "special";
        d.fiscal_year = basis_row ? group_year : RowYear(rc[0].cell.text);
        d.per_share = PerShareForm(m->amount);
        // Pence as pounds keep their own digits ("11.3" pence is "0.113").
        if (in_unit && column_shift != 0) d.per_share = FromHundredths(m->amount);
        if (!m->currency.empty()) currency = m->currency;
        d.currency = in_unit ? column_currency : m->currency;
        d.status = ContainsLower(title, "declared") ? "declared"
                   : ContainsLower(title, "paid")   ? "paid"
                                                    : "";
        d.provenance =
            "row '" +
            (d.kind == "special" ? FoldSpace(rc[0].cell.text) : d.fiscal_year) +
            "'; column '" + h + "'; title '" + title.substr(0, 120) + "'";
        d.span = MakeSpan(doc, values[k]->cell.start, values[k]->cell.end, 0.8,
                          "dividend.year_rows");
        // A year's total equal to its ordinary dividend (no special one
        // that year) is that dividend: one record.
        if (ContainsLower(h, "total") &&
            std::any_of(out->begin() + static_cast<std::ptrdiff_t>(before),
                        out->end(), [&](const Dividend& o) {
                          return o.kind == "annual" &&
                                 o.fiscal_year == d.fiscal_year &&
                                 o.per_share == d.per_share &&
                                 o.currency == d.currency;
                        })) {
          continue;
        }
        out->push_back(std::move(d));
        last_row_end = row.end;
      }
    }
    for (size_t k = before; k < out->size(); ++k) {
      if ((*out)[k].currency.empty()) (*out)[k].currency = currency;
    }
    // (The table ends with its last row read: the line that ended it, a
    // sentence under the table, is no part of it.)
    if (out->size() > before) regions->push_back({head.start, last_row_end});
  }
}

}  // namespace facts
}  // namespace secx
