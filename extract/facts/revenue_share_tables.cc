// Revenue shares in tables: one share per cell of a part's row under a
// period column, in the layouts annual and quarterly reports use:
//
//   Net sales by platform as a percentage of consolidated net sales were:
//                        December 30, 2023    December 31, 2022
//   Taste Elevation            34 %                 31 %
//
//   Revenue:                July 27, 2024        July 29, 2023
//   Americas               $ 31,971             $ 33,447
//   Percentage of revenue      59.4 %               58.7 %
//
// (1) A title at most three lines over the period headings says the
//     table's percentages are of the registrant's total ("as a percentage
//     of consolidated net sales", "% of total revenue", "customers that
//     represented 10% or more of total revenue"): each row names a part
//     (customer, segment, product, region).
// (2) A row named only by the measure ("Percentage of revenue", "% of net
//     sales") under a row of amounts: the share is that row's part.
// (3) A column headed "% of Net Sales" beside the amounts, or a bare "%"
//     column whose total row says of what ("Total revenue", or "Total"
//     under a title naming the measure); its period is the one written
//     over it ("Fiscal 2023" over "Net Sales | % of Net Sales").
// (4) A breakdown under a title that names the measure ("Net sales by
//     product category were as follows:"), when each column's
//     percentages add up to 100.
// A row that is a ratio to sales (cost of sales, gross margin, operating
// income: a common-size statement) makes the whole table no table of
// parts. A share of a part's own measure ("Percentage of product
// revenue") is no share of the total and is not read. Each cell takes its
// column heading's period (a date, else a year); change and variance
// columns give nothing, nor do "Total" rows.
#include <re2/re2.h>

#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/facts/dates.h"
#include "extract/facts/facts.h"
#include "extract/facts/revenue_shares_internal.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

// The measure words: group 1.
#define SECX_TOTAL_OF                                                  \
  "(?:(?:our|the\\s+company['\\x{2019}]s|total|consolidated|the)\\s+)*" \
  "((?:net\\s+)?(?:revenues?|sales))\\b"

// Titles of layout (1).
const RE2& TitleRe() {
  static const RE2 re(
      "(?i)(?:(?:as\\s+a\\s+)?(?:percent(?:age)?s?|%)\\s+of\\s+|"
      "(?:represent(?:ed|ing)|account(?:ed|ing)\\s+for|contribut(?:ed|ing)|"
      "compris(?:ed|ing)|(?:was|were)|generat(?:ed|ing))\\s+"
      "(?:(?:more\\s+than|over|at\\s+least)\\s+)?(?:\\d{1,2}\\s*%|ten\\s+percent)"
      "(?:\\s+or\\s+(?:more|greater))?\\s+(?:of|to)\\s+)" SECX_TOTAL_OF);
  return re;
}

// Rows of layout (2): the row says only what its cells are a share of.
const RE2& MeasureRowRe() {
  static const RE2 re(
      "(?i)\\s*(?:as\\s+a\\s+)?(?:percent(?:age)?|%)\\s+of\\s+" SECX_TOTAL_OF
      "\\s*(?:\\(\\d\\))?\\s*:?\\s*");
  return re;
}

// Words a period heading is made of ("Three Months Ended", "Fiscal",
// "July 27, 2024", "2023").
const RE2& PeriodWordsRe() {
  static const RE2 re(
      "(?i)(?:(?:fiscal|years?|three|six|nine|twelve|months?|quarters?|weeks?|"
      "ended|ending|for|the|and|first|second|third|fourth|q[1-4]|fy|"
      "january|february|march|april|may|june|july|august|september|october|"
      "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
      "\\d{1,2}|(?:19|20)\\d\\d|fy\\d\\d)[\\s.,]*)+");
  return re;
}

const RE2& YearRe() {
  static const RE2 re("\\b((?:19|20)\\d\\d)\\b");
  return re;
}

// A percentage cell: "34", "59.4", "34%"; its number is group 1.
const RE2& PercentCellRe() {
  static const RE2 re("\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*(%?)\\s*");
  return re;
}

// The total row of a table of parts: "Total revenue", "Total net sales";
// the measure is group 1.
const RE2& TotalOfRe() {
  static const RE2 re(
      "(?i)total\\s+(?:consolidated\\s+)?((?:net\\s+)?(?:revenues?|sales))");
  return re;
}

// A heading of a column of percentages that does not say of what: "%",
// "Percent", "% of Total"; its table's total row says.
const RE2& BareShareHeadingRe() {
  static const RE2 re("(?i)\\s*(?:%|percent(?:age)?|%\\s+of\\s+total)\\s*");
  return re;
}

// Moves `line` to the line above it; false at the text's start.
bool Up(std::string_view text, Piece* line) {
  if (line->start == 0) return false;
  *line = LineBefore(text, line->start);
  return true;
}

// A line of period headings: every cell a date or period words, and one
// of them with a year or the words of a period.
bool HeadingLine(std::string_view text, Piece line) {
  std::vector<GridCell> cells = GridLine(text, line);
  if (cells.empty()) return false;
  bool period = false;
  for (const GridCell& c : cells) {
    if (c.cell.kind == TableCell::kDate) {
      period = true;
      continue;
    }
    if (!RE2::FullMatch(c.cell.text, PeriodWordsRe())) {
      // A change column's heading beside the periods ("2024 vs. 2023",
      // "Variance in Percent") or a caption in the first slot.
      if (&c == &cells.front() || ContainsLower(c.cell.text, "vs") ||
          ContainsLower(c.cell.text, "change") ||
          ContainsLower(c.cell.text, "variance")) {
        continue;
      }
      return false;
    }
    // (A day of a month alone, "March 31," between "Three Months Ended"
    // and the years, is a period's line too.)
    static const RE2 day_re(
        "(?i)(?:january|february|march|april|may|june|july|august|september|"
        "october|november|december)\\s+\\d{1,2},?");
    period |= RE2::PartialMatch(c.cell.text, YearRe()) ||
              ContainsLower(c.cell.text, "month") ||
              ContainsLower(c.cell.text, "ended") ||
              RE2::FullMatch(c.cell.text, day_re);
  }
  return period;
}

// The period a heading names: its last date, else its last year; none for
// a change column.
std::string HeadingPeriod(const std::string& h) {
  if (ContainsLower(h, "vs") || ContainsLower(h, "change") ||
      ContainsLower(h, "variance") || h.find('%') != std::string::npos) {
    return "";
  }
  std::vector<DateHit> dates = FindDates(h);
  if (!dates.empty()) return dates.back().iso;
  re2::StringPiece in(h), y;
  std::string year;
  while (RE2::FindAndConsume(&in, YearRe(), &y)) year.assign(y.data(), y.size());
  return year;
}

// The percentages of a row: (cell, number) for each number cell written
// with a "%" in it or in the cell after it; under a title that says the
// cells are percentages (`titled`), every number cell, as the "%" is
// often printed on the first row only.
std::vector<std::pair<const GridCell*, std::string>> RowPercents(
    const std::vector<GridCell>& cells, bool titled = false) {
  std::vector<std::pair<const GridCell*, std::string>> got;
  for (size_t i = 1; i < cells.size(); ++i) {
    std::string number, sign;
    if (!RE2::FullMatch(cells[i].cell.text, PercentCellRe(), &number, &sign))
      continue;
    bool pct = titled || !sign.empty() ||
               (i + 1 < cells.size() && FoldSpace(cells[i + 1].cell.text) == "%");
    if (pct) got.push_back({&cells[i], number});
  }
  return got;
}

// The words of a line that can title the table below it: the line, or
// the last sentence of a paragraph that leads into the table ("... We sell
// through three channels. The following table sets forth revenue by
// channel as a percentage of total revenue:"); nothing when neither is
// short enough to be a title.
std::string_view LeadSentence(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
    line.remove_suffix(1);
  if (line.size() <= 300) return line;
  if (line.back() != ':') return {};
  size_t at = line.rfind(". ");
  if (at == std::string_view::npos || line.size() - at > 300) return {};
  return line.substr(at + 2);
}

// A title that states a share of its own ("Our ten largest customers
// accounted for 45% of net sales in 2023."): a sentence about that share,
// not the title of a table. A threshold ("10% or more") is no share.
bool ShareInTitle(std::string_view title) {
  // Thresholds: "10% or more", "more than 10%".
  static const RE2 threshold(
      "(?i)(?:(?:more\\s+than|over|at\\s+least)\\s+\\d{1,2}\\s*%|"
      "\\d{1,2}\\s*%\\s+or\\s+(?:more|greater))");
  static const RE2 share("\\d\\s*%");
  std::string t(title);
  RE2::GlobalReplace(&t, threshold, "");
  return RE2::PartialMatch(t, share);
}

// A title that names the measure and how it is broken down ("Net sales by
// product category were as follows:", "Revenue by geographic region");
// the measure is group 1.
bool BreakdownTitle(std::string_view title, std::string* metric) {
  static const RE2 measure_by(
      "(?i)\\b((?:net\\s+)?(?:revenues?|sales))\\b[^.;%]{0,40}?\\bby\\s+[a-z]");
  static const RE2 by_measure(
      "(?i)\\bby\\s+[a-z][^.;%]{0,40}?\\b(?:of|in)\\s+(?:(?:our|total|"
      "consolidated|the)\\s+)*((?:net\\s+)?(?:revenues?|sales))\\b");
  re2::StringPiece in(title.data(), title.size());
  return RE2::PartialMatch(in, measure_by, metric) ||
         RE2::PartialMatch(in, by_measure, metric);
}

// A title of a common-size statement: its rows are ratios to sales, and
// its revenue lines are read from the sentences that state them.
bool StatementTitle(std::string_view title) {
  static const RE2 re(
      "(?i)statements?\\s+of\\s+(?:operations|income|earnings)|"
      "income\\s+statement|results\\s+of\\s+operations|operations\\s+data|"
      "operating\\s+data|line\\s+items|costs?\\s+and\\s+expenses");
  return RE2::PartialMatch(re2::StringPiece(title.data(), title.size()), re);
}

bool HasAmounts(const std::vector<GridCell>& cells) {
  for (size_t i = 1; i < cells.size(); ++i) {
    if (cells[i].cell.kind == TableCell::kMoney) return true;
  }
  return false;
}

// A row label as a subject: footnote marks and a closing colon dropped.
std::string Subject(const std::string& label) {
  static const RE2 marks("(?:\\s*\\(\\d\\)|\\s*[*:])+\\s*$");
  std::string s = label;
  RE2::Replace(&s, marks, "");
  return FoldSpace(s);
}

// Rows that name no part: the total, the measure itself.
// (A measure row, "% of total net sales" under a part's amounts, is the
// part's: layout (2) reads it.)
bool TotalRow(const std::string& subject) {
  static const RE2 re(
      "(?i)(?:total|consolidated|combined)\\b.*|(?:net\\s+)?(?:revenues?|"
      "sales)|net\\s+sales|all\\s+other\\s+customers");
  return RE2::FullMatch(subject, re) ||
         RE2::FullMatch(subject, MeasureRowRe());
}

void Emit(const Document& doc, const std::string& pct,
          const std::string& subject, const std::string& metric,
          const std::string& period, Piece line, double confidence,
          std::vector<RevenueShare>* out) {
  double v = std::strtod(pct.c_str(), nullptr);
  if (v <= 0 || v >= 100 || period.empty() || subject.empty() ||
      RatioSubject(subject) || EmptySubject(subject) || TotalRow(subject)) {
    return;
  }
  RevenueShare r;
  r.percent = pct;
  r.subject = subject;
  r.metric = Lower(FoldSpace(metric));
  r.period_end = period;
  r.span = MakeSpan(doc, line.start, line.end, confidence,
                    "revenue_share.table");
  out->push_back(std::move(r));
}

// A column whose cells are shares: its heading, measure and period.
struct ShareColumn {
  int heading;
  std::string metric;
  std::string period;
};

// The rows from `at` on, each cell under a share column a share of the
// row's part. A row that is a ratio to sales (a common-size statement)
// makes the whole table none: nothing is added. A column without a
// measure (a bare "%") takes the one its table's total row names ("Total
// revenue ... 100 %"; a bare "Total" row, `table_metric`), or gives
// nothing. With `whole`, a column's shares count only when they add up to
// 100, give or take rounding. With `section`, the rows are one section of
// a larger table and the next section's label ends them.
void ReadRows(const Document& doc, size_t at,
              const std::vector<GridHeading>& hs,
              const std::vector<ShareColumn>& cols, bool whole,
              std::vector<RevenueShare>* out,
              const std::string& table_metric = "", bool section = false) {
  static const RE2 bare_total("(?i)total:?");
  std::string_view text = doc.text;
  std::vector<RevenueShare> got;
  std::vector<size_t> got_col;  // each record's column, an index of `cols`
  std::string total_of;         // the measure the total row names
  int blanks = 0;
  for (int rows = 0; at < text.size() && rows < 40; ++rows) {
    Piece l = LineAt(text, at);
    at = l.end + 1;
    std::string_view s = text.substr(l.start, l.size());
    if (BlankText(s)) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    if (RuleLine(s)) continue;
    std::vector<GridCell> cells = GridLine(text, l);
    if (cells.empty() || cells[0].cell.kind != TableCell::kWords) break;
    std::string subject = Subject(cells[0].cell.text);
    if (cells.size() == 1) {
      // A section label ("Customers:") inside the table; prose ends it.
      // (Reading one section of a table, the next section's label ends
      // it: "Segment operating margin:" after "Percentage of total
      // revenue:".)
      if (subject.size() <= 60 && !section) continue;
      break;
    }
    if (RatioSubject(subject)) return;
    std::string row_total;
    bool total_row = RE2::FullMatch(subject, TotalOfRe(), &row_total);
    if (!total_row && !table_metric.empty() &&
        RE2::FullMatch(subject, bare_total)) {
      total_row = true;
      row_total = table_metric;
    }
    // A row that writes "%" by its shares has no other: its other numbers
    // are amounts ("96.8 | 8.5 %", the amount of a part under 100).
    auto pcts = RowPercents(cells);
    if (pcts.empty()) pcts = RowPercents(cells, true);
    for (const auto& [cell, pct] : pcts) {
      int h = HeadingOf(hs, *cell);
      for (size_t k = 0; k < cols.size(); ++k) {
        if (cols[k].heading != h) continue;
        if (total_row && cols[k].metric.empty() &&
            std::strtod(pct.c_str(), nullptr) == 100.0) {
          total_of = row_total;
        }
        size_t before = got.size();
        Emit(doc, pct, subject, cols[k].metric, cols[k].period, l, 0.75, &got);
        if (got.size() > before) got_col.push_back(k);
      }
    }
    if (total_row) break;
  }
  // (By column: a 10-Q's three- and six-month columns end on one day.)
  std::map<size_t, double> sums;
  for (size_t k = 0; k < got.size(); ++k) {
    sums[got_col[k]] += std::strtod(got[k].percent.c_str(), nullptr);
  }
  for (size_t k = 0; k < got.size(); ++k) {
    double sum = sums[got_col[k]];
    if (whole && (sum < 98.5 || sum > 101.5)) continue;
    if (cols[got_col[k]].metric.empty()) {
      if (total_of.empty()) continue;
      got[k].metric = Lower(FoldSpace(total_of));
    }
    out->push_back(std::move(got[k]));
  }
}

// Layout (1): the table under the title line `title`.
void TitledTable(const Document& doc, Piece title, const std::string& metric,
                 bool whole, std::vector<RevenueShare>* out) {
  std::string_view text = doc.text;
  // The period headings: the first run of heading lines within three
  // lines of the title.
  std::vector<Piece> heads;
  size_t at = title.end + 1;
  for (int k = 0; k < 4 && at < text.size(); ++k) {
    Piece l = LineAt(text, at);
    at = l.end + 1;
    std::string_view s = text.substr(l.start, l.size());
    if (BlankText(s)) continue;
    if (HeadingLine(text, l)) {
      heads.push_back(l);
    } else if (!heads.empty()) {
      at = l.start;
      break;
    } else if (FoldSpace(s).size() > 60 || s.find('%') != std::string_view::npos) {
      return;  // not the title's table: prose or another share
    }
  }
  if (heads.empty()) return;
  std::vector<GridHeading> hs = GridHeadings(text, heads);
  std::vector<ShareColumn> cols;
  for (size_t h = 0; h < hs.size(); ++h) {
    cols.push_back({static_cast<int>(h), metric, HeadingPeriod(hs[h].text)});
  }
  ReadRows(doc, at, hs, cols, whole, out);
}

// A heading that says its column's cells are shares of the total: "% of
// Net Sales", "Percent of total revenue"; the measure is group 1.
const RE2& ShareHeadingRe() {
  static const RE2 re(
      "(?i).*?(?:%|percent(?:age)?)\\s+of\\s+" SECX_TOTAL_OF ".*");
  return re;
}

// A line of a heading block: words, years, dates and captions, no
// amount but a year; several cells, or one with a year.
bool HeadingBlockLine(std::string_view text, Piece line) {
  std::string_view s = text.substr(line.start, line.size());
  if (BlankText(s)) return false;
  std::vector<GridCell> cells = GridLine(text, line);
  if (cells.empty()) return false;
  for (const GridCell& c : cells) {
    if (c.cell.kind == TableCell::kMoney &&
        !RE2::FullMatch(c.cell.text, YearRe())) {
      return false;
    }
  }
  if (cells.size() >= 2) return true;
  // One cell with a year: a heading ("Year Ended December 31, 2023"), not
  // the sentence leading into the table ("... for the years ended December
  // 31, 2023 and 2022:").
  const std::string& t = cells[0].cell.text;
  return t.size() <= 60 && t.back() != ':' && t.back() != '.' &&
         RE2::PartialMatch(t, YearRe());
}

// Layout (3): the heading block around `line` has share columns ("Fiscal
// 2023" over "Net Sales | % of Net Sales"); each takes the period written
// over it.
void ShareColumns(const Document& doc, Piece line,
                  std::vector<RevenueShare>* out) {
  std::string_view text = doc.text;
  std::vector<Piece> block{line};
  Piece l = line;
  for (int k = 0; k < 3 && Up(text, &l) &&
                  HeadingBlockLine(text, l);
       ++k) {
    block.insert(block.begin(), l);
  }
  size_t at = line.end + 1;
  for (int k = 0; k < 3 && at < text.size(); ++k) {
    Piece next = LineAt(text, at);
    if (!HeadingBlockLine(text, next)) break;
    std::vector<GridCell> cells = GridLine(text, next);
    // A row label with values is the first row, not a heading.
    if (cells[0].from == 0 && cells[0].cell.kind == TableCell::kWords &&
        cells.size() >= 2 && !RE2::FullMatch(cells[0].cell.text, PeriodWordsRe()) &&
        !ContainsLower(cells[0].cell.text, "million") &&
        !ContainsLower(cells[0].cell.text, "thousand") &&
        !ContainsLower(cells[0].cell.text, "dollar")) {
      break;
    }
    block.push_back(next);
    at = next.end + 1;
  }
  bool tabbed = text.substr(line.start, line.size()).find('\t') !=
                std::string_view::npos;
  std::vector<GridHeading> hs = GridHeadings(text, block);
  std::vector<std::vector<GridCell>> block_cells;
  for (Piece b : block) block_cells.push_back(GridLine(text, b));
  std::vector<ShareColumn> cols;
  for (size_t h = 0; h < hs.size(); ++h) {
    std::string metric;
    if (!RE2::FullMatch(hs[h].text, ShareHeadingRe(), &metric) &&
        !RE2::FullMatch(hs[h].text, BareShareHeadingRe())) {
      continue;
    }
    // The period over the column: on each line of the block, the cell over
    // it (in HTML the last cell at or before its slot, a group heading
    // sitting at its first slot), other share headings left out.
    std::string over;
    for (const std::vector<GridCell>& cells : block_cells) {
      const GridCell* best = nullptr;
      for (const GridCell& c : cells) {
        // Other share headings are no period ("2023 | % of total | 2022 |
        // % of total": the year before the column names it).
        if (c.cell.text.find('%') != std::string::npos ||
            ContainsLower(c.cell.text, "percent")) {
          continue;
        }
        bool covers = tabbed ? c.from <= hs[h].from
                             : c.from < hs[h].to && hs[h].from < c.to;
        if (covers && (!best || c.from > best->from)) best = &c;
      }
      if (best) over += " " + best->cell.text;
    }
    std::string period = HeadingPeriod(over);
    if (!period.empty()) cols.push_back({static_cast<int>(h), metric, period});
  }
  if (cols.empty()) return;
  // The measure a bare "Total" row totals: named by the title over the
  // headings ("Revenue by geographic area") or by a section row under
  // them ("Net sales:"), when neither names a ratio (income, margin).
  std::string table_metric;
  static const RE2 measure_re("(?i)\\b((?:net\\s+)?(?:revenues?|sales))\\b");
  static const RE2 section_re("(?i)\\s*((?:net\\s+)?(?:revenues?|sales))\\s*:?\\s*");
  Piece t = block.front();
  for (int k = 0; k < 2 && Up(text, &t);) {
    std::string_view ts = text.substr(t.start, t.size());
    if (BlankText(ts)) continue;
    ++k;
    if (ts.size() <= 200 && !RatioSubject(ts) && !StatementTitle(ts) &&
        RE2::PartialMatch(re2::StringPiece(ts.data(), ts.size()), measure_re,
                          &table_metric)) {
      break;
    }
  }
  if (table_metric.empty() && at < text.size()) {
    Piece first = LineAt(text, at);
    std::string_view fs = text.substr(first.start, first.size());
    RE2::FullMatch(re2::StringPiece(fs.data(), fs.size()), section_re,
                   &table_metric);
  }
  ReadRows(doc, at, hs, cols, false, out, table_metric);
}

// The period headings of the table `row` is in: the nearest run of
// heading lines above it, over rows of the table only (at most 24 lines
// up); none when prose comes first.
std::vector<Piece> HeadingsAbove(std::string_view text, Piece row) {
  std::vector<Piece> heads;
  Piece l = row;
  for (int k = 0; k < 24 && Up(text, &l);) {
    std::string_view s = text.substr(l.start, l.size());
    if (BlankText(s)) {
      if (!heads.empty()) break;
      continue;
    }
    ++k;
    if (HeadingLine(text, l)) {
      heads.insert(heads.begin(), l);
      continue;
    }
    if (!heads.empty()) break;
    std::vector<GridCell> c = GridLine(text, l);
    if (c.empty() || (c.size() == 1 && s.size() > 100)) return {};  // prose
  }
  return heads;
}

// A section of a table headed by the measure alone ("Percentage of total
// revenue:" under the amounts' rows): its rows are the parts' shares, under
// the table's period headings above.
void SectionRows(const Document& doc, Piece label, const std::string& metric,
                 std::vector<RevenueShare>* out) {
  std::string_view text = doc.text;
  std::vector<Piece> heads = HeadingsAbove(text, label);
  if (heads.empty()) return;
  std::vector<GridHeading> hs = GridHeadings(text, heads);
  std::vector<ShareColumn> cols;
  for (size_t h = 0; h < hs.size(); ++h) {
    std::string period = HeadingPeriod(hs[h].text);
    if (!period.empty()) cols.push_back({static_cast<int>(h), metric, period});
  }
  if (cols.empty()) return;
  ReadRows(doc, label.end + 1, hs, cols, false, out, metric, true);
}

// Layout (2): the measure row `row` under its part's row of amounts.
void MeasureRow(const Document& doc, Piece row,
                const std::vector<GridCell>& cells, const std::string& metric,
                std::vector<RevenueShare>* out) {
  std::string_view text = doc.text;
  // The part: the row of amounts right above (blank lines skipped).
  Piece l = row;
  std::string subject;
  while (Up(text, &l)) {
    std::string_view s = text.substr(l.start, l.size());
    if (BlankText(s)) continue;
    std::vector<GridCell> above = GridLine(text, l);
    if (!above.empty() && above[0].cell.kind == TableCell::kWords &&
        HasAmounts(above) && !RE2::FullMatch(above[0].cell.text, MeasureRowRe())) {
      subject = Subject(above[0].cell.text);
    }
    break;
  }
  // An expense line's share of revenue is a ratio to sales.
  static const RE2 expense_re(
      "(?i)\\b(?:marketing|administrative|research|development|engineering|"
      "operating|selling|general|expenses?|costs?)\\b");
  if (subject.empty() || RE2::PartialMatch(subject, expense_re)) return;
  std::vector<Piece> heads = HeadingsAbove(text, row);
  if (heads.empty()) return;
  std::vector<GridHeading> hs = GridHeadings(text, heads);
  for (const auto& [cell, pct] : RowPercents(cells)) {
    int h = HeadingOf(hs, *cell);
    if (h < 0) continue;
    Emit(doc, pct, subject, metric, HeadingPeriod(hs[h].text), row, 0.7, out);
  }
}

}  // namespace

void RevenueShareTables(const Document& doc, const KeywordHits& hits,
                        std::vector<RevenueShare>* out) {
  std::string_view text = doc.text;
  // A table reached from its title and from its rows is read once.
  std::set<size_t> titles;
  // A heading line of layout (3) ("% of" over "Net Sales").
  static const RE2 share_word("(?i)(?:%|percent(?:age)?)\\s+of\\b");
  auto bare_column = [](const std::vector<GridCell>& cells) {
    for (const GridCell& c : cells) {
      if (RE2::FullMatch(c.cell.text, BareShareHeadingRe())) return true;
    }
    return false;
  };
  const size_t first = out->size();
  std::vector<size_t> pass_of;  // each record's reading (line of the hit)
  for (Piece line : hits.LinesWith({"%", "percent", "Percent", "PERCENT"})) {
    pass_of.resize(out->size() - first, line.start);
    std::string_view l = text.substr(line.start, line.size());
    if (l.size() > 400 && LeadSentence(l).empty()) continue;
    std::vector<GridCell> cells = GridLine(text, line);
    if (cells.empty()) continue;
    std::string metric;
    re2::StringPiece in(l.data(), l.size());
    const bool percents = !RowPercents(cells).empty();
    if (cells[0].cell.kind == TableCell::kWords &&
        RE2::FullMatch(cells[0].cell.text, MeasureRowRe(), &metric)) {
      if (cells.size() == 1) {
        SectionRows(doc, line, metric, out);
      } else {
        MeasureRow(doc, line, cells, metric, out);
      }
    } else if (cells.size() >= 2 && !percents &&
               HeadingBlockLine(text, line) &&
               (RE2::PartialMatch(in, share_word) || bare_column(cells))) {
      ShareColumns(doc, line, out);
    } else if (std::string_view lead = LeadSentence(l);
               !percents && !lead.empty() && !ShareInTitle(lead) &&
               !StatementTitle(lead) &&
               RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()),
                                 TitleRe(), &metric)) {
      if (titles.insert(line.start).second)
        TitledTable(doc, line, metric, false, out);
    } else if (cells[0].cell.kind == TableCell::kWords && percents) {
      // Layout (4): the first row of percentages under period headings
      // and a title naming the measure's breakdown.
      Piece above = line, title;
      bool heads = false;
      while (Up(text, &above)) {
        std::string_view a = text.substr(above.start, above.size());
        if (BlankText(a)) continue;
        if (HeadingLine(text, above)) {
          heads = true;
          continue;
        }
        title = above;
        break;
      }
      if (!heads || title.end <= title.start) continue;
      std::string_view t = LeadSentence(text.substr(title.start, title.size()));
      if (t.empty() || ShareInTitle(t) || StatementTitle(t)) continue;
      // (A title of layout (1) without "%" or a lower-case "percent" is
      // reached from its rows: "Percentage of Total Revenue".)
      if (!titles.insert(title.start).second) continue;
      if (RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), TitleRe(),
                            &metric)) {
        TitledTable(doc, title, metric, false, out);
      } else if (BreakdownTitle(t, &metric)) {
        TitledTable(doc, title, metric, true, out);
      }
    }
  }
  // A table reached by two layouts (a title that says percentages over a
  // "% of Total" column) gives each cell once: the reading whose period
  // says more ("2022-12-31" from "Year Ended December 31," over "2022").
  // (Two cells of one reading are two shares: a 10-Q's three- and
  // nine-month columns may hold the same percentage.)
  std::vector<RevenueShare>& v = *out;
  pass_of.resize(v.size() - first, text.size());
  std::vector<bool> gone(v.size(), false);
  for (size_t i = first; i < v.size(); ++i) {
    for (size_t j = i + 1; j < v.size() && !gone[i]; ++j) {
      if (gone[j] || pass_of[j - first] == pass_of[i - first] ||
          v[j].span.start != v[i].span.start ||
          v[j].percent != v[i].percent || v[j].subject != v[i].subject ||
          v[j].metric != v[i].metric ||
          v[j].period_end.substr(0, 4) != v[i].period_end.substr(0, 4)) {
        continue;
      }
      gone[v[j].period_end.size() > v[i].period_end.size() ? i : j] = true;
    }
  }
  size_t kept = first;
  for (size_t i = first; i < v.size(); ++i) {
    if (gone[i]) continue;
    if (kept != i) v[kept] = std::move(v[i]);
    ++kept;
  }
  v.resize(kept);
}

}  // namespace facts
}  // namespace secx
