// Quarterly dividend history with quarters as rows and dividend columns,
// as Item 5 market-price tables and equity notes lay it out:
//
//                      2023                          2022
//                High     Low    Dividends     High     Low    Dividends
//   First quarter $150.10 $120.40  $0.95      $140.00  $118.20  $0.91
//
// A column is read only when its heading says dividend and nothing that
// makes it another measure (yield, payout, a total, a date), and when
// the table says its amounts are per share: "per share" in the heading
// block or just above it, or price columns (High and Low) beside it. Each
// quarter row gives one record per dividend column: kind "quarterly", the
// column's year (a year cell of the heading block over it, or a year row
// inside the table) as fiscal_year, the row and column headings in the
// provenance. Rows labelled by month give records without a kind; a title
// over all the year columns ("Dividends Declared Per Share" over "2023
// 2022") makes each year column a dividend column. A total row after two
// or more quarter rows is the year's dividend (kind "annual"); other rows
// that are neither quarters nor months (years) are not records.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

// ("ist", "lst": "1st" as OCR reads it; "Ath": "4th".)
// A row of a 20-F's dividend history named by the dividend's part of the
// year: "Interim", "Final dividend (proposed)", "Year-end", "Special
// interim dividend", "Interim (paid March 2024)". Group 1 is the part.
const RE2& PartLabelRe() {
  static const RE2 re(
      "(?i)((?:special\\s+)?(?:interim|final|year[\\s-]end|special))"
      "(?:\\s+(?:cash\\s+)?dividends?)?(?:\\s*\\([^)]{0,40}\\))?\\s*:?");
  return re;
}

// Months as rows: a dividend declared or paid in that month.
const RE2& MonthLabelRe() {
  static const RE2 re(
      "(?i)^(?:january|february|march|april|may|june|july|august|september|"
      "october|november|december)(?:\\s+\\d{1,2})?,?$");
  return re;
}

// (A typed year may stand inside the rule over its group: "-------- 2003
// --------".)
const RE2& YearCellRe() {
  static const RE2 re(
      "(?i)(?:-{2,}\\s)?(?:fiscal\\s+(?:year\\s+)?)?((?:19|20)\\d\\d)(?:\\s-{2,"
      "})?");
  return re;
}

// A row label as OCR reads it from a scan: specks before it ("‘Fourth
// Quarter", ": Second Quarter", "«First Quarter") are dropped, and a year
// joined to its first quarter in one cell ("2014 - First Quarter", one
// blank apart) becomes the year's cell and the quarter's.
void OcrRowLabel(std::vector<GridCell>& cells) {
  std::string& t = cells[0].cell.text;
  size_t letter = 0;
  while (letter < t.size() && !std::isalnum(static_cast<unsigned char>(t[letter])))
    ++letter;
  if (letter > 0 && letter < t.size() && letter <= 4 &&
      std::isalpha(static_cast<unsigned char>(t[letter]))) {
    t.erase(0, letter);
    cells[0].cell.kind = TableCell::kWords;
  }
  static const RE2 joined(
      "((?:19|20)\\d\\d)\\s*(?:[-:.]|\xe2\x80\x94|\xe2\x80\x93)?\\s+"
      "((?i:first|second|third|fourth|1st|2nd|3rd|4th)\\s+.*)");
  std::string year, quarter;
  if (RE2::FullMatch(t, joined, &year, &quarter) &&
      RE2::FullMatch(quarter, QuarterLabelRe())) {
    GridCell q = cells[0];
    q.cell.text = quarter;
    q.cell.kind = TableCell::kWords;
    cells[0].cell.text = year;
    cells.insert(cells.begin() + 1, q);
  }
}

// Words that make a "dividend" heading some other measure than the
// per-share amount of the quarter.
bool OtherMeasure(std::string_view h) {
  static const char* const kWords[] = {
      "yield",  "payout",  "million", "thousand", "total", "aggregate",
      "record", "payable", "date",    "ratio",    "%",     "percent"};
  for (const char* w : kWords) {
    if (ContainsLower(h, w)) return true;
  }
  return false;
}

// Per-share measures that are no dividend: prices, earnings, book value.
bool OtherPerShare(std::string_view h) {
  static const char* const kWords[] = {"price", "earning", "income", "loss",
                                       "value", "book",    "asset",  "high",
                                       "low",   "close",   "eps"};
  for (const char* w : kWords) {
    if (ContainsLower(h, w)) return true;
  }
  return false;
}

// A line of the heading block: words and years only, no amounts or dates.
bool HeadingLine(std::string_view text, Piece line, bool tabbed) {
  std::string_view l = text.substr(line.start, line.size());
  if (BlankText(l) || l.size() > 300) return false;
  if (tabbed && l.find('\t') == std::string_view::npos) return false;
  std::vector<GridCell> cells = GridLine(text, line);
  if (cells.empty()) return false;
  for (const GridCell& c : cells) {
    if (c.cell.kind == TableCell::kWords) {
      // Prose: a long cell, or a sentence ("The Company has paid quarterly
      // dividends since 1954.").
      const std::string& t = c.cell.text;
      if (t.size() > 60 ||
          (t.back() == '.' && std::count(t.begin(), t.end(), ' ') >= 3))
        return false;
      continue;
    }
    // A year, or the last day of one ("Fiscal Year Ended" over
    // "September 28, 2024").
    if (!RE2::FullMatch(c.cell.text, YearCellRe()) &&
        !(c.cell.kind == TableCell::kDate && c.cell.iso.size() == 10)) {
      return false;
    }
  }
  return true;
}

// The last sentence of a line: after the last ". " that ends a sentence (a
// lower-case letter, a digit or ")" before it, a capital after it; "U.S.
// dollars" goes on).
std::string_view LastSentence(std::string_view line) {
  for (size_t at = line.rfind(". "); at != std::string_view::npos && at > 0;
       at = line.rfind(". ", at - 1)) {
    unsigned char before = static_cast<unsigned char>(line[at - 1]);
    size_t next = line.find_first_not_of(' ', at + 1);
    if (next == std::string_view::npos) continue;
    unsigned char after = static_cast<unsigned char>(line[next]);
    // (Or a closing quotation mark: 'under the symbol "BFG". The table
    // below ...'.)
    // (Or a symbol in capitals: "under the symbol VMC. The following
    // table ...".)
    const bool symbol = std::isupper(before) && at >= 2 &&
                        std::isupper(static_cast<unsigned char>(line[at - 2]));
    if ((std::islower(before) || std::isdigit(before) || before == ')' ||
         before == '"' || before == 0x9D || symbol) &&
        (std::isupper(after) || after == '(' || after == '"' ||
         after == 0xE2)) {  // a quotation mark
      return line.substr(next);
    }
  }
  return line;
}

// The last sentence of a lead-in, past a note that its amounts are
// restated or a count of holders ("The following cash dividends were declared
// in each quarter. Per share amounts have been restated to reflect the 5% stock
// dividend
// ...": the first).
std::string_view LeadSentence(std::string_view line) {
  std::string_view last = LastSentence(line);
  // (Or a count of the holders: "At February 28, 1995 there were 3,412
  // holders of record.")
  static const RE2 restated_re(
      "(?i)^per\\s+share\\s+(?:amounts|data|dividends)\\s+(?:have\\s+been|"
      "were|are)\\s+(?:restated|adjusted)\\b");
  static const RE2 holders_re(
      "(?i)^[^$]{0,80}\\b(?:share|stock)?holders\\s+of\\s+record\\b[^$]{0,40}"
      "$");
  re2::StringPiece lp(last.data(), last.size());
  if (last.size() < line.size() && (RE2::PartialMatch(lp, restated_re) ||
                                    (!ContainsLower(last, "dividend") &&
                                     RE2::PartialMatch(lp, holders_re)))) {
    std::string_view before = line.substr(0, line.size() - last.size());
    while (!before.empty() &&
           std::isspace(static_cast<unsigned char>(before.back())))
      before.remove_suffix(1);
    if (!before.empty() && before.back() == '.') return LastSentence(before);
  }
  return last;
}

// The last sentence of a prose line that introduces a table of dividends:
// ends with ":" and says dividend. `title` is set when it also says per
// share and no other measure ("Cash dividends paid per share were as
// follows:"): then every year column is a dividend column. A short title
// line of its own over an HTML table ("Dividends Declared Per Share" as a
// paragraph above "Quarter | 2024 | 2023"; no colon, no sentence, no
// amount) is read the same way.
bool LeadIn(std::string_view line, bool html_below, bool* title) {
  *title = false;
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
    line.remove_suffix(1);
  if (line.empty() || line.find('\t') != std::string_view::npos) return false;
  if (line.back() != ':') {
    static const RE2 title_re(
        "(?i)[a-z ,()\\-]{0,40}dividends?[a-z ,()\\-]{0,50}");
    if (html_below &&
        RE2::FullMatch(re2::StringPiece(line.data(), line.size()), title_re)) {
      return LeadIn(std::string(line) + ":", html_below, title);
    }
    // A paragraph about the dividends whose last sentence points at the
    // table ("... The US dollar amounts below are those paid per ADS.",
    // "... are set forth in the table below."): a lead-in, not a title.
    static const RE2 points_re("(?i)\\b(?:below|following|as\\s+follows)\\b");
    std::string_view last = LeadSentence(line);
    return line.back() == '.' && last.size() < 200 &&
           ContainsLower(line, "dividend") && !OtherMeasure(last) &&
           RE2::PartialMatch(re2::StringPiece(last.data(), last.size()),
                             points_re);
  }
  std::string_view last = LastSentence(line);
  if (last.size() >= 200 || !ContainsLower(last, "dividend")) return false;
  *title = (ContainsLower(last, "per share") ||
            ContainsLower(last, "per common share") ||
            ContainsLower(last, "per ordinary share")) &&
           !OtherMeasure(last);
  return true;
}

// Year of each heading column: a year cell of a heading line spans to the
// right up to the next year cell (HTML colspans sit at their first slot);
// in fixed-width text the year over the column, or nearest to it.
std::vector<std::string> ColumnYears(std::string_view text,
                                     const std::vector<Piece>& block,
                                     const std::vector<GridHeading>& hs,
                                     bool tabbed) {
  std::vector<std::string> years(hs.size());
  for (Piece line : block) {
    std::vector<GridCell> cells = GridLine(text, line);
    std::vector<std::pair<size_t, std::string>> ys;  // position, year
    std::vector<std::pair<size_t, size_t>> ranges;
    for (const GridCell& c : cells) {
      std::string y;
      if (c.cell.kind == TableCell::kDate && c.cell.iso.size() == 10) {
        y = c.cell.iso.substr(0, 4);
      } else if (!RE2::FullMatch(c.cell.text, YearCellRe(), &y)) {
        continue;
      }
      ys.push_back({c.from, y});
      ranges.push_back({c.from, c.to});
    }
    if (ys.empty()) continue;
    // Years over groups of the same columns ("1998 ... 1997" over "High
    // Low Dividend High Low Dividend"), each year typed anywhere over its
    // group (at its left edge, centred): the k-th group is the k-th year's.
    // (The row labels' own heading may come first: "Quarter" over
    // "First", left of the groups.)
    const size_t off = ys.size() >= 2 && hs.size() % ys.size() != 0 &&
                               (hs.size() - 1) % ys.size() == 0 &&
                               hs[0].from == 0
                           ? 1
                           : 0;
    if (!tabbed && ys.size() >= 2 && (hs.size() - off) % ys.size() == 0 &&
        hs.size() - off > ys.size()) {
      size_t width = (hs.size() - off) / ys.size();
      auto words = [](const std::string& t) {
        std::string w;
        for (char ch : t) {
          if (std::isalpha(static_cast<unsigned char>(ch))) {
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          }
        }
        return w;
      };
      bool repeated = true;
      for (size_t h = off + width; h < hs.size() && repeated; ++h) {
        repeated = words(hs[h].text) == words(hs[h - width].text) &&
                   !words(hs[h].text).empty();
      }
      // Each year over its own group, in order.
      for (size_t k = 0; k < ys.size() && repeated; ++k) {
        repeated = ranges[k].second > hs[off + k * width].from &&
                   ranges[k].first < hs[off + k * width + width - 1].to;
      }
      if (repeated) {
        for (size_t h = off; h < hs.size(); ++h)
          years[h] = ys[(h - off) / width].second;
        continue;
      }
    }
    for (size_t h = 0; h < hs.size(); ++h) {
      if (tabbed) {
        for (size_t k = 0; k < ys.size(); ++k) {
          if (ys[k].first <= hs[h].from) years[h] = ys[k].second;
        }
        continue;
      }
      size_t best = std::string::npos, best_gap = 0;
      size_t mid = (hs[h].from + hs[h].to) / 2;
      for (size_t k = 0; k < ys.size(); ++k) {
        size_t ymid = (ranges[k].first + ranges[k].second) / 2;
        size_t gap = ymid > mid ? ymid - mid : mid - ymid;
        if (best == std::string::npos || gap < best_gap) {
          best = k;
          best_gap = gap;
        }
      }
      if (best != std::string::npos && best_gap < 30)
        years[h] = ys[best].second;
    }
  }
  return years;
}

}  // namespace

// Also an ordinal with its months: "First (Oct.-Dec.)".
const RE2& QuarterLabelRe() {
  static const RE2 re(
      "(?i)^(?:(?:(?:first|second|third|fourth|1st|[il|]st|2nd|3rd|[4a]th)\\s+"
      "(?:fiscal\\s+)?(?:quarter|qtr)|q[1-4]|quarter\\s+ended|"
      "(?:three|3)[\\s-]+months?\\s+ended)\\b\\.?|"
      // (Or the ordinal alone under a heading of prices and dividends:
      // "1st  $20.00  $18.57  $.10".)
      "(?:1st|2nd|3rd|4th)\\.?\\s*$|"
      "(?:first|second|third|fourth|1st|2nd|3rd|4th)\\s*\\(\\s*"
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*"
      "(?:-|\\x{2013}|to|through)\\s*"
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\)|"
      // Its three months: "Jan.-Mar.", "Apr.-June", "July-Sept.".
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*"
      "(?:-|\\x{2013})\\s*"
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*$)"
      ".{0,40}$");
  return re;
}

// The typed paragraph (two to six prose lines, no TAB, no column gap)
// that `line` belongs to: its span and its text on one line. False when
// the line stands alone or is no prose.
bool TypedParagraph(std::string_view text, Piece line, Piece* para,
                    std::string* joined) {
  auto prose = [&](Piece p) {
    std::string_view l = text.substr(p.start, p.size());
    if (BlankText(l) || l.find('\t') != std::string_view::npos) return false;
    size_t from = l.find_first_not_of(' ');
    return l.find("   ", from) == std::string_view::npos &&
           l.size() - from >= 30;
  };
  if (!prose(line)) return false;
  Piece first = line, last = line;
  int n = 1;
  while (n < 6 && first.start > 0) {
    Piece above = LineBefore(text, first.start);
    if (!prose(above)) break;
    first = above;
    ++n;
  }
  while (n < 6 && last.end + 1 < text.size()) {
    Piece next = LineAt(text, last.end + 1);
    if (!prose(next)) {
      // (Its last line may be short: "holders of record." ending the
      // sentence.)
      std::string_view l = text.substr(next.start, next.size());
      size_t e = l.find_last_not_of(" \t\r");
      if (e != std::string_view::npos && l[e] == '.' &&
          l.find('\t') == std::string_view::npos &&
          l.find("   ", l.find_first_not_of(' ')) == std::string_view::npos) {
        last = next;
        ++n;
      }
      break;
    }
    last = next;
    ++n;
  }
  if (n < 2) return false;
  *para = {first.start, last.end};
  *joined = FoldSpace(text.substr(first.start, last.end - first.start));
  return true;
}

void QuarterRows(const Document& doc, const KeywordHits& hits,
                 std::vector<Dividend>* out, std::vector<Piece>* regions,
                 std::string_view registrant) {
  std::string_view text = doc.text;
  size_t done = 0;
  // Rows the period rows' reader has read (its regions are its rows'
  // lines, one or two; other readers' are whole tables): not read again
  // here under other headings.
  std::vector<Piece> read_rows;
  for (const Piece& r : *regions) {
    std::string_view t = text.substr(r.start, r.size());
    if (std::count(t.begin(), t.end(), '\n') <= 1) read_rows.push_back(r);
  }
  // (And headings "Regular | Special" beside High and Low, which name no
  // dividend: looked for apart, "Regular" being no keyword of the scan.)
  std::vector<Piece> lines = hits.LinesWith({"ividend", "IVIDEND", "Div."});
  for (Piece l : hits.LinesWith({"Regular"})) lines.push_back(l);
  SortUniqueLines(&lines);
  for (Piece hit : lines) {
    if (hit.start < done) continue;
    // A lead-in sentence that names the table's amounts ("Cash dividends
    // paid per share were as follows:") over a heading of years: the
    // table starts on the next line and every year column is a dividend
    // column.
    bool lead_title = false, lead_in = false;
    std::string_view lead_line;
    Piece below = LineAt(text, std::min(hit.end + 1, text.size()));
    // (One blank line may set the lead-in apart from the headings.)
    if (BlankText(text.substr(below.start, below.size())) &&
        below.end + 1 < text.size()) {
      below = LineAt(text, below.end + 1);
    }
    std::string_view b = text.substr(below.start, below.size());
    bool tab = b.find('\t') != std::string_view::npos;
    if (hit.end + 1 < text.size() &&
        LeadIn(text.substr(hit.start, hit.size()), tab, &lead_title)) {
      if (HeadingLine(text, below, tab)) {
        lead_line = text.substr(hit.start, hit.size());
        hit = below;
        lead_in = true;
      }
    }
    // A typed lead-in paragraph wrapped over lines ("... The following
    // cash dividends were declared\nin each quarter. Per share amounts
    // have been restated ...\n\n   1998   1997"): its lines read as one.
    if (!lead_in) {
      Piece para;
      std::string joined;
      if (TypedParagraph(text, hit, &para, &joined) &&
          para.end + 1 < text.size()) {
        Piece under = LineAt(text, para.end + 1);
        if (BlankText(text.substr(under.start, under.size())) &&
            under.end + 1 < text.size()) {
          under = LineAt(text, under.end + 1);
        }
        std::string_view u = text.substr(under.start, under.size());
        if (u.find('\t') == std::string_view::npos &&
            LeadIn(joined, false, &lead_title) &&
            HeadingLine(text, under, false)) {
          lead_line = text.substr(para.start, para.size());
          hit = under;
          lead_in = true;
        }
      }
    }
    if (!lead_in) lead_title = false;
    if (hit.size() > 300) continue;
    bool tabbed =
        text.substr(hit.start, hit.size()).find('\t') != std::string_view::npos;
    if (!HeadingLine(text, hit, tabbed)) continue;
    // The heading block: heading lines directly above and below the hit.
    std::vector<Piece> block{hit};
    size_t pos = hit.start;
    while (block.size() < 4 && pos > 0) {
      const Piece above = LineBefore(text, pos);
      if (!HeadingLine(text, above, tabbed)) {
        // A rule under a heading of years spanning their columns
        // ("1995          1994" over "-------- --------" over "High  Low
        // Dividends ..."): the heading goes on above it.
        static const RE2 rule_re("[ \\t]*-{3,}[ \\t-]*");
        std::string_view l = text.substr(above.start, above.size());
        if (tabbed || above.start == 0 ||
            !RE2::FullMatch(re2::StringPiece(l.data(), l.size()), rule_re)) {
          break;
        }
        if (!HeadingLine(text, LineBefore(text, above.start), tabbed)) break;
        pos = above.start;
        continue;
      }
      block.insert(block.begin(), above);
      pos = above.start;
    }
    size_t next = hit.end + 1;
    // A year alone under column headings ("High  Low  Declared" over
    // "Fiscal 1998") opens the year's rows: no heading.
    auto columns_above = [&] {
      for (Piece l : block) {
        if (GridLine(text, l).size() >= 2) return true;
      }
      return false;
    };
    // A title alone on its line may stand a blank line above its years
    // ("Cash Dividends Declared per Share", blank, "1996  1995").
    if (block.size() == 1 && GridLine(text, hit).size() == 1 &&
        next < text.size()) {
      Piece gap = LineAt(text, next);
      if (BlankText(text.substr(gap.start, gap.size())) &&
          gap.end + 1 < text.size()) {
        Piece l = LineAt(text, gap.end + 1);
        std::vector<GridCell> cells = GridLine(text, l);
        bool years = cells.size() >= 2 && HeadingLine(text, l, tabbed);
        for (const GridCell& c : cells)
          years &= RE2::FullMatch(c.cell.text, YearCellRe());
        if (years) next = l.start;
      }
    }
    while (block.size() < 6 && next < text.size() &&
           HeadingLine(text, LineAt(text, next), tabbed)) {
      std::vector<GridCell> lone = GridLine(text, LineAt(text, next));
      if (lone.size() == 1 && RE2::FullMatch(lone[0].cell.text, YearCellRe()) &&
          columns_above()) {
        break;
      }
      block.push_back(LineAt(text, next));
      next = block.back().end + 1;
    }
    std::vector<GridHeading> hs = GridHeadings(text, block);
    // "Div." is a dividend column's heading abbreviated ("Quarter ended |
    // Div. | High | Low").
    for (GridHeading& h : hs) {
      static const RE2 abbreviated_re("(?i)\\s*(?:cash\\s+)?divs?\\.\\s*");
      if (RE2::FullMatch(h.text, abbreviated_re)) h.text = "Dividends";
    }
    std::vector<std::string> years = ColumnYears(text, block, hs, tabbed);
    if (tabbed) SeatHeadings(FirstRows(text, next), &hs);
    // A year in a column's own heading ("2024 Dividend", "High 2024"):
    // that column's year.
    for (size_t h = 0; h < hs.size(); ++h) {
      static const RE2 own_year(
          "(?i)^(?:fiscal\\s+)?((?:19|20)\\d\\d)\\s+[a-z][^\\d]*$|"
          "^[a-z][^\\d]*\\s((?:19|20)\\d\\d)$");
      std::string a, b;
      if (years[h].empty() && RE2::FullMatch(hs[h].text, own_year, &a, &b))
        years[h] = a.empty() ? b : a;
    }
    // Per share: said in the block or the two lines above it, or prices
    // beside the dividends.
    size_t above = block.front().start;
    for (int k = 0; k < 2 && above > 0; ++k) {
      size_t s = text.rfind('\n', above >= 2 ? above - 2 : 0);
      above = s == std::string_view::npos ? 0 : s + 1;
    }
    std::string_view near = text.substr(above, block.back().end - above);
    // "Price Range", "Market Price", "Stock Price" (no option's price).
    static const RE2 price_re(
        "(?i)\\b(?:price\\s+range|(?:market|stock|sales?|share)\\s+"
        "prices?)\\b");
    bool high = false, low = false, price = false;
    std::vector<bool> price_col(hs.size(), false);  // High, Low, a price
    for (size_t h = 0; h < hs.size(); ++h) {
      bool hi = ContainsLower(hs[h].text, "high");
      bool lo = ContainsLower(hs[h].text, "low");
      bool pr = RE2::PartialMatch(hs[h].text, price_re);
      high |= hi;
      low |= lo;
      price |= pr;
      price_col[h] = hi || lo || pr;
    }
    bool per_share = ContainsLower(near, "per share") ||
                     ContainsLower(near, "per common share") ||
                     ContainsLower(near, "per ordinary share") ||
                     ContainsLower(near, "per registered share") ||
                     (high && low) || price;
    // Tables with date columns (declared / record / payable) are the
    // column-headed tables' rule.
    bool dated = false;
    for (const GridHeading& h : hs) {
      dated |= ContainsLower(h.text, "date") ||
               ContainsLower(h.text, "record") ||
               ContainsLower(h.text, "payable");
    }
    if (dated) continue;
    // "(In millions, except per share amounts)": only columns headed per
    // share are read.
    bool millions = ContainsLower(near, "in millions") ||
                    ContainsLower(near, "in thousands");
    bool except = ContainsLower(near, "except per share") ||
                  ContainsLower(near, "except per-share");
    // A unit in a column's own heading ("Amount (in millions)") is that
    // column's: the per-share columns beside it are still read.
    bool unit_in_heading = false;
    for (const GridHeading& h : hs) {
      unit_in_heading |= ContainsLower(h.text, "in millions") ||
                         ContainsLower(h.text, "in thousands");
    }
    // A lead-in of the common stock's quarterly dividends without "per
    // share" ("Cash dividends declared on common stock in each quarter
    // were:"), no unit said near: the amounts are per share when every
    // one is a small amount in cents (checked below, `inferred`).
    static const RE2 quarterly_lead_re(
        "(?i)\\b(?:each|every|per)\\s+(?:fiscal\\s+)?quarter|\\bquarterly\\b|"
        "\\bby\\s+quarter\\b");
    static const RE2 others_re(
        "(?i)subsidiar|non-?controlling|investee|affiliate|received|"
        "preferred|equivalent|billion");
    // Other per-share measures, as words ("following" is no "low").
    static const RE2 other_words_re(
        "(?i)\\b(?:prices?|earnings?|income|loss|values?|book|assets?|high|low|"
        "closing|eps)\\b");
    std::string_view lead_last = LeadSentence(lead_line);
    // Or a lead-in of the common stock's dividends over a "Quarter"
    // heading ("The following table sets forth the dividends declared on
    // our common stock:" over "Quarter | Amount").
    static const RE2 common_lead_re(
        "(?i)\\bon\\s+(?:our|its|the\\s+company's)?\\s*(?:common|ordinary)\\s+"
        "(?:stock|shares)");
    static const RE2 quarter_heading_re(
        "(?i)(?:fiscal\\s+)?quarters?(?:\\s+ended)?");
    bool quarter_heading = false;
    for (const GridHeading& h : hs)
      quarter_heading |= RE2::FullMatch(h.text, quarter_heading_re);
    bool inferred =
        !per_share && lead_in && !millions &&
        (RE2::PartialMatch(re2::StringPiece(lead_last.data(), lead_last.size()),
                           quarterly_lead_re) ||
         (quarter_heading &&
          RE2::PartialMatch(
              re2::StringPiece(lead_last.data(), lead_last.size()),
              common_lead_re))) &&
        !RE2::PartialMatch(
            re2::StringPiece(lead_last.data(), lead_last.size()), others_re) &&
        !OtherMeasure(lead_last) &&
        !RE2::PartialMatch(
            re2::StringPiece(lead_last.data(), lead_last.size()),
            other_words_re);
    // Or the stub's own heading beside the years says the columns hold the
    // common stock's dividends ("Common share dividends declared | Fiscal
    // 1997 | Fiscal 1996" over quarter rows): per share when every amount
    // is a small one in cents (as under a lead-in).
    if (!per_share && !millions && !inferred) {
      static const RE2 stub_re(
          "(?i)^(?:(?:cash|common(?:\\s+(?:share|stock))?|quarterly)\\s+)*"
          "dividends\\s+(?:declared|paid)$");
      for (Piece line : block) {
        std::vector<GridCell> cells = GridLine(text, line);
        if (cells.size() < 2 ||
            !RE2::FullMatch(FoldSpace(cells[0].cell.text), stub_re)) {
          continue;
        }
        bool years = true;
        for (size_t k = 1; k < cells.size(); ++k)
          years &= RE2::FullMatch(cells[k].cell.text, YearCellRe());
        inferred |= years;
      }
    }
    per_share |= inferred;
    lead_title |= inferred;
    if (!per_share || (millions && !except && !unit_in_heading)) continue;
    // Amounts in a currency's hundredth named above them ("US cents per
    // ordinary share", "Pence per share"): bare numbers are in it.
    std::string cents_currency;
    {
      std::string above_text = std::string(lead_line) + " " + std::string(near);
      static const RE2 cents_re(
          "(?i)\\b(u\\.?s\\.?\\s+cents|euro\\s+cents|cents|pence)\\b");
      std::string unit;
      int shift = 0;
      if (RE2::PartialMatch(above_text, cents_re, &unit))
        UnitCurrency(unit, &cents_currency, &shift);
    }
    // A title over all the year columns ("Dividends Declared Per Share"
    // over "2023  2022  2021") makes each year column a dividend column.
    // So does one over the row labels beside them ("Dividends Per Share |
    // 2018 | 2017").
    bool title = false;
    for (Piece line : block) {
      std::vector<GridCell> cells = GridLine(text, line);
      bool years_beside = cells.size() >= 2;
      for (size_t k = 1; k < cells.size(); ++k) {
        years_beside &= RE2::FullMatch(cells[k].cell.text, YearCellRe());
      }
      title |= (cells.size() == 1 || years_beside) &&
               ContainsLower(cells[0].cell.text, "dividend") &&
               !OtherMeasure(cells[0].cell.text);
    }
    title |= lead_title;
    // Under a lead-in or title that says the table's amounts are
    // dividends, columns named by a class of shares are its dividend columns
    // ("Common Stock | Series A Preferred"): the class is the record's, as
    // it is of a dividend column that ends in one ("Dividends Declared"
    // over "Class A | Class B").
    std::vector<std::string> classes(hs.size());
    for (size_t h = 0; h < hs.size(); ++h) {
      static const RE2 class_re(
          "(?i)(?:^|.*?\\s)((?:class\\s+[a-c]\\s+)?common(?:\\s+(?:stock|shares))?|"
          "class\\s+[a-c](?:\\s+common)?(?:\\s+(?:stock|shares))?|"
          "(?:series\\s+[a-z]\\s+)?preferred(?:\\s+(?:stock|shares))?|"
          "series\\s+[a-z](?:\\s+preferred)?)"
          "\\s*(?:\\(\\d\\)|\\*)?");
      std::string cls;
      if (!RE2::FullMatch(hs[h].text, class_re, &cls)) continue;
      // (A year over the column may have joined its heading: "2023 Class
      // A" is the class alone.)
      std::string bare = hs[h].text;
      static const RE2 year_first_re("^(?:fiscal\\s+)?(?:19|20)\\d\\d\\s+");
      RE2::Replace(&bare, year_first_re, "");
      bool alone = cls.size() + 4 >= bare.size();
      // (Or the class under the tail of a title wrapped across the
      // columns, "Dividends" / "per share" over "Common | Preferred":
      // "per share Preferred", under a lead-in or title of dividends.)
      static const RE2 tail_re("(?i)\\s*per\\s+share\\s+\\S.*");
      if (alone ? title
                : (ContainsLower(hs[h].text, "dividend") ||
                   ((title || lead_in || ContainsLower(near, "dividend")) &&
                    RE2::FullMatch(bare, tail_re))) &&
                      !OtherMeasure(hs[h].text)) {
        classes[h] = cls;
      }
    }
    // A line of classes over groups of columns, in the headings or above
    // them and their underlines ("Class A Common Stock | Class B Common
    // Stock" over "High Low Dividends | High Low Dividends"): each group's
    // dividend column is its class's.
    {
      std::vector<Piece> over(block.begin(), block.end());
      size_t p = block.front().start;
      for (int k = 0; k < 3 && p > 0; ++k) {
        Piece l = LineBefore(text, p);
        p = l.start;
        if (RuleLine(text.substr(l.start, l.size()))) continue;
        over.insert(over.begin(), l);
        break;
      }
      static const RE2 group_class_re(
          "(?i)class\\s+([a-c])(?:\\s+common)?(?:\\s+(?:stock|shares))?");
      for (Piece l : over) {
        std::vector<GridCell> groups = GridLine(text, l);
        std::vector<std::string> letters(groups.size());
        bool all = groups.size() >= 2 && !tabbed;
        for (size_t g = 0; all && g < groups.size(); ++g)
          all = RE2::FullMatch(groups[g].cell.text, group_class_re, &letters[g]);
        if (!all) continue;
        for (size_t h = 0; h < hs.size(); ++h) {
          if (!ContainsLower(hs[h].text, "dividend") || OtherMeasure(hs[h].text))
            continue;
          size_t mid = (hs[h].from + hs[h].to) / 2;
          for (size_t g = 0; g < groups.size(); ++g) {
            size_t start = g == 0 ? 0 : (groups[g - 1].to + groups[g].from) / 2;
            size_t stop = g + 1 < groups.size()
                              ? (groups[g].to + groups[g + 1].from) / 2
                              : std::string::npos;
            if (mid >= start && mid < stop) {
              classes[h] = "Class " + std::string(1, static_cast<char>(std::toupper(
                                                  static_cast<unsigned char>(letters[g][0]))));
            }
          }
        }
        break;
      }
    }
    // A year in the labels' column of the headings ("1997" over "First
    // Quarter", left of "High  Low  Dividends"): every column's.
    if (!tabbed && hs.size() >= 3 && hs[0].from == 0) {
      std::string y;
      if (RE2::FullMatch(hs[0].text, YearCellRe(), &y)) {
        for (std::string& year : years) {
          if (year.empty()) year = y;
        }
      }
    }
    // Whether a column holds the dividend per share (not per ADS).
    auto PerAds = [](const std::string& t) {
      return ContainsLower(t, "per ads") ||
             ContainsLower(t, "american depositary");
    };
    bool share_dividend_col = false;
    for (const GridHeading& g : hs) {
      share_dividend_col |= ContainsLower(g.text, "dividend") &&
                            ContainsLower(g.text, "per share") &&
                            !OtherMeasure(g.text) && !PerAds(g.text);
    }
    std::vector<int> dividend_cols;
    for (size_t h = 0; h < hs.size(); ++h) {
      // A year, or a year's last day ("Fiscal Year Ended September 28,
      // 2024").
      static const RE2 year_end_re(
          "(?i)(?:(?:fiscal\\s+)?(?:years?\\s+)?ended\\s+)?[a-z]+\\.?\\s+"
          "\\d{1,2},?\\s+(?:19|20)\\d\\d");
      bool year_col =
          RE2::FullMatch(hs[h].text, YearCellRe()) ||
          (!years[h].empty() && RE2::FullMatch(hs[h].text, year_end_re));
      // A column headed "Per Share" in a table of dividends (a lead-in
      // that says dividend, or "dividend" in the heading block).
      bool per_share_col =
          (ContainsLower(hs[h].text, "per share") ||
           ContainsLower(hs[h].text, "per common share") ||
           ContainsLower(hs[h].text, "per ordinary share") ||
           ContainsLower(hs[h].text, "per registered share")) &&
          !OtherMeasure(hs[h].text) && !OtherPerShare(hs[h].text) &&
          (lead_in || ContainsLower(near, "dividend"));
      if (millions) {
        if (per_share_col) dividend_cols.push_back(static_cast<int>(h));
        continue;
      }
      // Under a title of dividends per share, "Declared" and "Paid" (with
      // the year over them) are its columns: "Cash dividends per share
      // were as follows:" over "2023: Declared | Paid".
      static const RE2 declared_paid_re(
          "(?i)(?:(?:fiscal\\s+)?(?:19|20)\\d\\d\\s+)?(?:declared|paid)"
          "(?:\\s+(?:19|20)\\d\\d)?");
      bool declared_paid =
          title && !high && RE2::FullMatch(hs[h].text, declared_paid_re);
      // (And beside High and Low under a lead-in of the prices and the
      // dividends: "... the high and low sale prices ... and the cash
      // dividends paid per share for each quarter" over "High | Low |
      // Paid".)
      static const RE2 status_re("(?i)\\s*(?:cash\\s+)?(?:declared|paid)\\s*");
      declared_paid |= lead_in && high && low &&
                       ContainsLower(LeadSentence(lead_line), "dividend") &&
                       RE2::FullMatch(hs[h].text, status_re);
      // (And "Regular" beside High, Low and "Special": the regular
      // dividend's column, a market table's without the word; the special
      // one's amounts are the special dividends prose declares.)
      static const RE2 regular_re("(?i)\\s*regular(?:\\s+dividends?)?\\s*");
      static const RE2 special_re("(?i)\\s*special(?:\\s+dividends?)?\\s*");
      declared_paid |=
          high && low && RE2::FullMatch(hs[h].text, regular_re) &&
          std::any_of(hs.begin(), hs.end(), [](const GridHeading& o) {
            return RE2::FullMatch(o.text, special_re);
          });
      // (A heading that also names a price column, "Low Dividend" run
      // together by a scan, is two headings: none of the dividend's.)
      static const RE2 price_word_re("(?i)\\b(?:high|low)\\b");
      // Under an inferred lead-in, "Amount" is the dividend's column.
      static const RE2 amount_re("(?i)(?:dividend\\s+)?amount");
      // (A column of the dividend per American depositary share beside
      // the share's is the same dividend: "Dividend per share | Dividend
      // per ADS (US$)".)
      if ((ContainsLower(hs[h].text, "dividend") && !OtherMeasure(hs[h].text) &&
           !(share_dividend_col && PerAds(hs[h].text)) &&
           // (Nor the dividend "translated into US$", a "U.S. dollar
           // equivalent".)
           !ContainsLower(hs[h].text, "translated") &&
           !ContainsLower(hs[h].text, "equivalent") &&
           !RE2::PartialMatch(hs[h].text, price_word_re)) ||
          (inferred && RE2::FullMatch(hs[h].text, amount_re)) ||
          (title && year_col && !high) || per_share_col || declared_paid ||
          !classes[h].empty()) {
        dividend_cols.push_back(static_cast<int>(h));
      }
    }
    if (dividend_cols.empty()) continue;
    // Units in the headings ("Dividend per share (\u20ac) | Dividend per
    // share (US$) (1)"): each column's currency; a US-dollar column beside
    // one in another currency is its convenience translation, not read.
    std::vector<std::string> unit_currency(hs.size());
    std::vector<int> unit_shift(hs.size(), 0);
    bool foreign_unit = false;
    // (Or the unit opening the heading: "CHF per share | US$ per share".)
    static const RE2 unit_first_re(
        "(?i)^\\s*(chf|eur|\\x{20AC}|gbp|\\x{00A3}|jpy|\\x{00A5}|yen|sek|dkk|"
        "nok|a\\$|c\\$|us\\$|u\\.s\\.\\s?\\$|usd)\\s*per\\s+"
        "(?:ordinary\\s+|common\\s+|registered\\s+)?share\\b");
    for (int h : dividend_cols) {
      std::string unit;
      if (HeadingUnit(hs[h].text, &unit_currency[h], &unit_shift[h])) {
        foreign_unit |= unit_currency[h] != "USD";
      } else if (RE2::PartialMatch(hs[h].text, unit_first_re, &unit)) {
        UnitCurrency(Lower(unit), &unit_currency[h], &unit_shift[h]);
        foreign_unit |= unit_currency[h] != "USD";
      }
    }
    if (foreign_unit) {
      std::vector<int> kept;
      for (int h : dividend_cols) {
        if (unit_currency[h] != "USD") kept.push_back(h);
      }
      dividend_cols = kept;
    }
    // Dividend columns of one year and one heading, no class telling them
    // apart: which is which is not known, and none is read.
    std::vector<bool> twin(hs.size(), false);
    for (int h : dividend_cols) {
      for (int h2 : dividend_cols) {
        twin[h] = twin[h] || (h2 != h && classes[h].empty() &&
                              !years[h].empty() && years[h2] == years[h] &&
                              hs[h2].text == hs[h].text);
      }
    }
    // Dividend columns of one heading and no year of their own, no class
    // telling them apart, in groups headed by names ("Chipola | Towaliga"
    // over "High Low Dividend | High Low Dividend", a merger's two
    // companies side by side): the group that names the registrant is
    // its own, the others are another company's; none is read when no
    // group names it.
    {
      std::vector<int> same;
      for (int h : dividend_cols) {
        bool pair = false;
        for (int h2 : dividend_cols) {
          pair |= h2 != h && classes[h].empty() && classes[h2].empty() &&
                  years[h].empty() && years[h2].empty() &&
                  hs[h2].text == hs[h].text;
        }
        if (pair) same.push_back(h);
      }
      if (!same.empty()) {
        int own = -1;  // the registrant's column; -2: a second one named
        bool class_groups = false;
        size_t p = block.front().start;
        std::vector<Piece> over(block.begin(), block.end());
        for (int k = 0; k < 2 && p > 0; ++k) {
          Piece l = LineBefore(text, p);
          p = l.start;
          if (RuleLine(text.substr(l.start, l.size()))) continue;
          over.insert(over.begin(), l);
        }
        for (Piece l : over) {
          // (One name a group, in order: a name may stand centred over its
          // group or at its left, nearer the group before.)
          std::vector<GridHeading> groups = GridHeadings(text, {l});
          if (groups.size() != same.size()) continue;
          // (Groups of classes, "Class A Common | Class B Common", are one
          // company's.)
          static const RE2 class_group_re(
              "(?i)\\b(?:class\\s+[a-c]|common|preferred|series\\s+[a-z])\\b");
          // (Groups that differ in more than their class words are
          // companies': "Ashby Common Stock | Corrine Common Stock".)
          std::string rest;
          bool same_rest = true;
          for (size_t g = 0; g < groups.size(); ++g) {
            class_groups |= RE2::PartialMatch(groups[g].text, class_group_re);
            std::string r = Lower(groups[g].text);
            RE2::GlobalReplace(&r, class_group_re, "");
            r = FoldSpace(r);
            if (g > 0 && r != rest) same_rest = false;
            rest = r;
          }
          class_groups &= same_rest;
          for (size_t g = 0; g < same.size(); ++g) {
            if (NamesRegistrant(groups[g].text, registrant))
              own = own < 0 ? same[g] : -2;
          }
          if (class_groups || own != -1) break;
        }
        if (!class_groups) {
          for (int h : same) twin[h] = h != own;
        }
      }
    }
    // A "Quarter" heading over the labels makes "First" ... "Fourth" quarters.
    bool quarter_col = false;
    for (const GridHeading& h : hs) {
      quarter_col |= RE2::FullMatch(h.text, quarter_heading_re);
    }
    // So does a lead-in right above that speaks of quarters ("... the
    // distributions declared per share for each quarter"), for ordinals
    // only (its months stay months).
    const bool ordinal_quarters = quarter_col || ContainsLower(near, "quarter");
    static const RE2 ordinal(
        "(?i)(?:first|second|third|fourth|1st|2nd|3rd|4th)");
    // Rows: quarter rows, year rows as groups; anything else ends it.
    std::vector<Dividend> got;
    // Per record: its column, and its amount as written unless a total.
    std::vector<std::pair<int, std::string>> got_cell;
    std::string group, table_currency;
    int blanks = 0;
    int quarters = 0, months = 0;  // rows read since the last year or total
    int quarters_read = 0;         // quarter rows of the whole table
    bool half_table = false;       // rows of interim and final dividends
    // Headings of the year's parts or quarters ("Interim | Final | Total"):
    // a row of a year there is the year rows' reader's (YearRows).
    bool parts_headed = false;
    for (const GridHeading& h : hs) {
      static const RE2 parts_re(
          "(?i)\\b(?:interim|final|year[\\s-]end|total|annual|quarter|q[1-4])\\b");
      // (Not another measure's "Total revenue per share".)
      if (OtherPerShare(h.text) || ContainsLower(h.text, "revenue")) continue;
      parts_headed |= RE2::PartialMatch(h.text, parts_re);
    }
    std::vector<double> sums(hs.size(), 0.0);  // their amounts by column
    double low_price = 0;  // lowest price of a market table's rows
    size_t end = next;
    for (size_t at = next; at < text.size() && at < next + 8000;) {
      Piece line = LineAt(text, at);
      at = line.end + 1;
      std::string_view l = text.substr(line.start, line.size());
      if (BlankText(l)) {
        if (++blanks > 2) break;
        continue;
      }
      blanks = 0;
      if (RuleLine(l)) continue;
      std::vector<GridCell> cells = GridLine(text, line);
      if (doc.ocr_text && !cells.empty()) OcrRowLabel(cells);
      // The amounts' unit alone on a line before the first row ("(in
      // reais)" under the headings' rule): the unit of every dividend
      // column that names none.
      if (got.empty() && cells.size() == 1 &&
          cells[0].cell.kind == TableCell::kWords &&
          !cells[0].cell.text.empty() && cells[0].cell.text[0] == '(') {
        std::string cur;
        int shift = 0;
        if (HeadingUnit(cells[0].cell.text, &cur, &shift)) {
          for (int h : dividend_cols) {
            if (unit_currency[h].empty()) {
              unit_currency[h] = cur;
              unit_shift[h] = shift;
            }
          }
          continue;
        }
      }
      // A quarter's label wrapped in a typed stub column: "Quarter ended
      // September 30," over "1995 .......   $18 3/4   $14 1/8   $.08".
      if (cells.size() == 1 && cells[0].cell.kind == TableCell::kWords &&
          at < text.size()) {
        Piece rest = LineAt(text, at);
        std::vector<GridCell> more = GridLine(text, rest);
        if (more.size() >= 2 &&
            (more[0].cell.kind != TableCell::kMoney ||
             RE2::FullMatch(more[0].cell.text, YearCellRe()))) {
          std::string tail = more[0].cell.text;
          while (!tail.empty() && (tail.back() == '.' || tail.back() == ' '))
            tail.pop_back();
          std::string joined = FoldSpace(cells[0].cell.text + " " + tail);
          if (RE2::FullMatch(joined, QuarterLabelRe()) &&
              (RE2::FullMatch(tail, YearCellRe()) ||
               !RE2::FullMatch(cells[0].cell.text, QuarterLabelRe()))) {
            more[0].cell.text = joined;
            more[0].cell.kind = TableCell::kWords;
            cells = std::move(more);
            line = rest;
            at = rest.end + 1;
          }
        }
      }
      // Under a "Quarter Ended" heading a row may be named by the
      // quarter's last day ("March 31, 2024"): a quarter (no fiscal year
      // is claimed for it, see below).
      bool quarter_end = quarter_col && !cells.empty() &&
                         cells[0].cell.kind == TableCell::kDate &&
                         cells[0].cell.iso.size() == 10;
      // A row of the year alone ("2024", read as a number; "Fiscal 2024:")
      // opens the year's group of quarter rows.
      // ("Fiscal year ended June 30, 2002" opens fiscal 2002's.)
      static const RE2 group_re(
          "(?i)(?:fiscal\\s+(?:year\\s+)?(?:ended\\s+[a-z]+\\.?\\s+\\d{1,2},?"
          "\\s+)?)?"
          "((?:19|20)\\d\\d)\\s*:?");
      std::string y;
      // In OCR text a year row may carry specks read as short cells ("2017
      // Oe  7", "2004  Looe  ."): cells beside the year of at most three
      // characters without a decimal point, or of a few letters without a
      // digit, are no values.
      bool specks_only = doc.ocr_text && cells.size() > 1;
      for (size_t k = 1; specks_only && k < cells.size(); ++k) {
        const std::string& t = cells[k].cell.text;
        bool digit = t.find_first_of("0123456789") != std::string::npos;
        specks_only = (t.size() <= 3 && t.find('.') == std::string::npos) ||
                      (!digit && t.size() <= 6);
      }
      if ((cells.size() == 1 || specks_only) &&
          RE2::FullMatch(cells[0].cell.text, group_re, &y)) {
        group = y;
        quarters = months = 0;
        std::fill(sums.begin(), sums.end(), 0.0);
        end = at;
        continue;
      }
      // The year written before the first quarter of its rows ("2014
      // First Quarter $59.60 ..."): it opens the year's group, and the
      // quarter is the row's label.
      if (cells.size() >= 3 &&
          RE2::FullMatch(cells[0].cell.text, group_re, &y) &&
          cells[1].cell.kind == TableCell::kWords &&
          RE2::FullMatch(cells[1].cell.text, QuarterLabelRe())) {
        group = y;
        quarters = months = 0;
        std::fill(sums.begin(), sums.end(), 0.0);
        cells.erase(cells.begin());
      }
      // A year's own row beside its amounts ("2023 | CHF 3.40", "2024
      // (proposed)(2) | CHF 3.60") under a per-share dividend column: the
      // year's dividend (a 20-F's yearly history).
      static const RE2 year_row_re(
          "(?i)(?:fiscal\\s+(?:year\\s+)?)?((?:19|20)\\d\\d)(?:\\s*\\([^)]{0,30}\\))*");
      std::string row_year;
      bool year_row =
          quarters == 0 && cells.size() >= 2 && !parts_headed &&
          RE2::FullMatch(cells[0].cell.text, year_row_re, &row_year) &&
          cells[1].cell.kind == TableCell::kMoney &&
          !RE2::FullMatch(cells[1].cell.text, YearCellRe());
      if (year_row) cells[0].cell.kind = TableCell::kWords;
      // A row of amounts without a label after four quarter rows (the
      // year's total under a rule): read as a total, so only as their sum.
      // (A year there opens the next year's table: "2010 | Class A | ...".)
      bool bare_total = quarters == 4 && months == 0 && !cells.empty() &&
                        (cells[0].cell.kind == TableCell::kMoney ||
                         cells[0].cell.text == "$") &&
                        !RE2::FullMatch(cells[0].cell.text, YearCellRe());
      if (cells.empty() || (cells[0].cell.kind != TableCell::kWords &&
                            !quarter_end && !bare_total))
        break;
      std::string label = bare_total ? "" : cells[0].cell.text;
      // Under "Quarter Ended", "March" or "March 31" names a quarter too.
      bool quarter = quarter_end || RE2::FullMatch(label, QuarterLabelRe()) ||
                     (ordinal_quarters && RE2::FullMatch(label, ordinal)) ||
                     (quarter_col && RE2::FullMatch(label, MonthLabelRe()));
      std::string row_group =
          quarter_end ? cells[0].cell.iso.substr(0, 4) : group;
      // The total of the quarters above ("Total", "Year", "Full year"):
      // the year's dividend, kind annual.
      static const RE2 total_re(
          "(?i)(?:total|annual|year|full\\s+year|fiscal\\s+year)"
          "(?:\\s+dividends?(?:\\s+(?:declared|paid))?)?"
          "(?:\\s+per\\s+(?:common\\s+)?share)?"
          // "Total for 2023", "Total fiscal 2024", "Total dividend for the
          // year" (a 20-F's parts of the year above it).
          "(?:\\s+(?:for\\s+(?:the\\s+year|(?:fiscal\\s+)?(?:19|20)\\d\\d)|"
          "(?:fiscal\\s+)?(?:19|20)\\d\\d))?:?");
      bool total = bare_total || (quarters >= 2 && months == 0 &&
                                  RE2::FullMatch(label, total_re));
      std::string part;
      bool half = !total && !quarter &&
                  RE2::FullMatch(label, PartLabelRe(), &part);
      if (year_row) {
        // neither a quarter nor a total: counted apart
      } else if (total) {
        quarters = 0;
      } else if (quarter || half) {
        half_table |= half;
        ++quarters;  // parts of the year count as its quarters do
        ++quarters_read;
      } else if (RE2::FullMatch(label, MonthLabelRe())) {
        ++months;
      } else {
        break;
      }
      end = at;
      // The row's prices (the cells under High, Low or a price heading),
      // and the table's lowest, for the checks below.
      std::vector<std::pair<const GridCell*, double>> prices;
      if (high && low) {
        for (const GridCell& o : cells) {
          int oh = o.cell.kind == TableCell::kMoney ? HeadingOf(hs, o) : -1;
          if (oh < 0 || !price_col[oh]) continue;
          auto p = ParseMoneyCell(o.cell.text);
          if (!p || p->scaled) continue;
          double pv = std::strtod(p->amount.c_str(), nullptr);
          if (pv <= 0) continue;
          prices.push_back({&o, pv});
          if (low_price == 0 || pv < low_price) low_price = pv;
        }
      }
      for (int h : dividend_cols) {
        for (const GridCell& c : cells) {
          if (c.cell.kind != TableCell::kMoney || HeadingOf(hs, c) != h)
            continue;
          auto m = ParseMoneyCell(c.cell.text);
          // (A bare year, "1995", is a heading the table repeats, no
          // amount.)
          if (!m || m->scaled || RE2::FullMatch(c.cell.text, YearCellRe()))
            break;
          // Beside the quarter's prices a dividend is a small part of
          // them: an amount over a quarter of any of them is a price in
          // the wrong column.
          double v = std::strtod(m->amount.c_str(), nullptr);
          bool price_like = false;
          for (const auto& [o, pv] : prices) {
            price_like |= o != &c && v > 0.25 * pv;
          }
          if (price_like) break;
          if (!m->currency.empty()) table_currency = m->currency;
          std::string year = year_row           ? row_year
                             : !years[h].empty() ? years[h]
                                                 : row_group;
          // Columns without a year are told apart by their classes only.
          if (year.empty() && dividend_cols.size() > 1 && classes[h].empty())
            break;
          // Nor are two columns of one year and one heading without their
          // classes ("Declared" and "Paid" are two columns of a year).
          if (twin[h]) break;
          // A total that is not the sum of its quarters (a special
          // dividend counted in, a misread column) is left out.
          double value = std::strtod(m->amount.c_str(), nullptr);
          if (total) {
            bool adds_up = std::abs(sums[h] - value) < 0.006;
            sums[h] = 0.0;
            if (!adds_up) break;
          } else {
            sums[h] += value;
          }
          Dividend d;
          d.kind = total || year_row ? "annual"
                   : quarter ? "quarterly"
                   : !half   ? ""
                   : ContainsLower(part, "special") ? "special"
                   : ContainsLower(part, "interim") ? "interim"
                                                    : "year-end";
          // A year's row under a column of special dividends ("Special
          // dividend per registered share") is that year's special one.
          static const RE2 special_re("(?i)\\b(?:special|extra)\\b");
          // So is a quarter's under such a column ("Regular Dividend |
          // Special Dividend" beside High and Low): a special dividend paid
          // in that quarter, no quarter's dividend.
          if ((year_row || quarter) &&
              RE2::PartialMatch(hs[h].text, special_re))
            d.kind = "special";
          // A quarter's end date names no fiscal year (fiscal years may
          // end in any month): the date stays in the provenance only.
          d.fiscal_year = year == row_group && quarter_end ? "" : year;
          d.per_share = PerShareForm(m->amount);
          d.currency = m->currency;
          if (d.currency.empty() && !unit_currency[h].empty()) {
            d.currency = unit_currency[h];
            if (unit_shift[h] != 0) d.per_share = FromHundredths(m->amount);
          }
          d.share_class = classes[h];
          d.status =
              ContainsLower(hs[h].text, "paid") ||
                      (lead_title && !ContainsLower(hs[h].text, "dividend") &&
                       ContainsLower(lead_line, "paid"))
                  ? "paid"
                  : "declared";
          d.provenance = "row '" + label + "'; per_share '" + hs[h].text + "'";
          if (!d.fiscal_year.empty())
            d.provenance += "; year '" + d.fiscal_year + "'";
          d.span =
              MakeSpan(doc, line.start, line.end, 0.8, "dividend.quarter_rows");
          got.push_back(std::move(d));
          got_cell.push_back({h, total ? "" : c.cell.text});
          break;
        }
      }
    }
    // A column's amounts that do not look like the column's others are
    // misreadings (ColumnAgrees).
    std::vector<bool> keep = ColumnAgrees(got_cell, doc.ocr_text);
    // Per share by the lead-in only: at least two quarters, all in cents.
    if (inferred && (quarters_read < 2 || !AllCents(got_cell, got)))
      got.clear();
    for (size_t k = 0; k < got.size(); ++k) {
      if (!keep[k]) continue;
      // Nor is a dividend over a quarter of the table's lowest price one:
      // a price whose row lost its other prices to the reading.
      if (low_price > 0 &&
          std::strtod(got[k].per_share.c_str(), nullptr) > 0.25 * low_price)
        continue;
      Dividend& d = got[k];
      if (d.currency.empty()) d.currency = table_currency;
      if (d.currency.empty() && !cents_currency.empty()) {
        // No currency sign in the whole table, cents named above it: the
        // amounts are cents, given in the currency's units (at least two
        // decimals).
        d.per_share = FromHundredths(d.per_share);
        d.currency = cents_currency;
      }
      // A 20-F's parts of the year in no currency the table states: the
      // unit is unknown, so nothing is claimed.
      if (d.currency.empty() && half_table) continue;
      if (std::any_of(read_rows.begin(), read_rows.end(), [&](const Piece& r) {
            return d.span.start < r.end && r.start < d.span.end;
          })) {
        continue;
      }
      out->push_back(std::move(d));
    }
    if (!got.empty()) regions->push_back({block.front().start, end});
    done = end;
  }
}

}  // namespace facts
}  // namespace secx
