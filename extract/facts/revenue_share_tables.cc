// Revenue shares in a table's percent-of-revenue column:
//
//                      Year Ended December 31, 2023
//                      Amount        % of Revenue
//   United States      $ 620.1       62%
//   International        380.0       38%
//   Total              $ 1,000.1     100%
//
// A column is read only when its heading says what the percentage is of
// ("% of Revenue", "Percent of Total Net Sales"), or it is headed "%" or
// "% of Total" and the table's total row names the measure at 100%
// ("Total net sales ... 100%"), a period
// heading stands over it (or one period over the whole table), and its
// rows are parts of the whole: they add up to 100 (within rounding), and
// none is the measure itself or a ratio to it. An income statement's
// "% of Net Sales" column (costs, margins) adds up to no whole and gives
// nothing; so does a table of shares without a stated period.
#include <re2/re2.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/facts/dates.h"
#include "extract/facts/facts.h"
#include "extract/facts/revenue_shares_internal.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"
#include "extract/text_util.h"

namespace secx {
namespace facts {
namespace {

// A heading cell of a share of revenue; the group is the measure.
const RE2& PercentHeadingRe() {
  static const RE2 re(
      "(?i)\\s*(?:%|percent(?:age)?)\\s+of\\s+((?:total\\s+|consolidated\\s+|"
      "net\\s+)*(?:revenues?|net\\s+sales|sales))\\s*");
  return re;
}

// A heading of shares that leaves the measure to the table's total row:
// "%", "% of Total", "Percent of total".
const RE2& BarePercentHeadingRe() {
  static const RE2 re(
      "(?i)\\s*(?:%|percent(?:age)?)(?:\\s+of\\s+(?:the\\s+)?total)?\\s*");
  return re;
}

// The total row that names the measure of such a heading: "Total net
// sales", "Total revenues", "Net sales".
const RE2& MeasureTotalRe() {
  static const RE2 re(
      "(?i)\\s*(?:total\\s+)?((?:consolidated\\s+|net\\s+)*(?:revenues?|"
      "sales))\\s*");
  return re;
}

// A share in a cell: "62%", "55.0", "55.0 %" (the sign may have a cell of
// its own after it). Parentheses (a decrease) are no share.
const RE2& PercentCellRe() {
  static const RE2 re("\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%?\\s*");
  return re;
}

// Row labels that are no part: the whole, or a ratio to it.
const RE2& WholeLabelRe() {
  static const RE2 re(
      "(?i)\\s*(?:total\\b.*|(?:(?:net|total|consolidated)\\s+)*"
      "(?:revenues?|sales)(?:,?\\s+net)?\\s*)");
  return re;
}

// The one period a heading names: its end date, else its year; "" when
// it names none or several.
std::string HeadingPeriod(std::string_view heading) {
  std::vector<DateHit> dates = FindDates(heading);
  if (dates.size() == 1) return dates[0].iso;
  if (!dates.empty()) return "";
  std::vector<std::string> ends = PeriodList(heading);
  return ends.size() == 1 ? ends[0] : "";
}

struct PeriodColumn {
  std::string period;
  size_t from = 0;
  size_t to = 0;
};

// Periods named in the heading lines above `line` (at most three lines,
// not across a blank line or prose).
std::vector<PeriodColumn> PeriodsAbove(std::string_view text, Piece line) {
  std::vector<PeriodColumn> out;
  size_t pos = line.start;
  for (int k = 0; k < 3 && pos > 1; ++k) {
    size_t start = text.rfind('\n', pos - 2);
    start = start == std::string_view::npos ? 0 : start + 1;
    Piece above{start, pos - 1};
    pos = start;
    std::string_view l = text.substr(above.start, above.size());
    if (l.find_first_not_of(" \t\r") == std::string_view::npos) break;
    if (!MayHaveSeveralCells(text, above) && l.size() > 80) break;
    for (const GridHeading& h : GridHeadings(text, {above})) {
      std::string p = HeadingPeriod(h.text);
      if (!p.empty()) out.push_back({p, h.from, h.to});
    }
  }
  return out;
}

// The period over a column starting at `from`: the period heading over
// it, else the only period named above.
std::string ColumnPeriod(const std::vector<PeriodColumn>& periods,
                         size_t from) {
  for (const PeriodColumn& p : periods) {
    if (p.from <= from && from < p.to) return p.period;
  }
  std::string only;
  for (const PeriodColumn& p : periods) {
    if (!only.empty() && p.period != only) return "";
    only = p.period;
  }
  return only;
}

struct Row {
  std::string label;
  std::string percent;
  size_t start = 0;
  size_t end = 0;
};

// The rows under the heading line `line` with a share in column `col`,
// up to the total row (or the table's end), and the total row as `whole`
// (empty label when there is none); false when the rows are no parts of
// a whole.
bool ColumnRows(std::string_view text, Piece line,
                const std::vector<GridHeading>& headings, int col,
                std::vector<Row>* rows, Row* whole) {
  size_t pos = line.end + 1;
  bool total = false;
  for (int k = 0; k < 40 && pos < text.size() && !total; ++k) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    Piece row{pos, nl};
    pos = nl + 1;
    std::string_view l = text.substr(row.start, row.size());
    if (l.find_first_not_of(" \t\r") == std::string_view::npos) break;
    if (RuleLine(l)) continue;
    std::vector<GridCell> cells = GridLine(text, row);
    // A section label over the first rows ("Revenue:" over "Product" and
    // "Services") is passed over.
    if (rows->empty() && k < 2 && cells.size() == 1 &&
        cells[0].cell.kind == TableCell::kWords) {
      continue;
    }
    if (cells.size() < 2 || cells[0].cell.kind != TableCell::kWords ||
        cells[0].from != 0) {
      break;
    }
    std::string label = cells[0].cell.text;
    std::string pct;
    size_t start = 0, end = 0;
    for (size_t c = 1; c < cells.size(); ++c) {
      if (HeadingOf(headings, cells[c]) != col) continue;
      if (RE2::FullMatch(cells[c].cell.text, PercentCellRe(), &pct)) {
        start = cells[c].cell.start;
        end = cells[c].cell.end;
        break;
      }
    }
    if (pct.empty()) return false;  // a row of the table without a share
    total = RE2::FullMatch(label, WholeLabelRe());
    if (total) {
      *whole = {label, pct, start, end};
      break;
    }
    if (RatioSubject(label) || EmptySubject(label)) return false;
    rows->push_back({label, pct, start, end});
  }
  if (rows->size() < 2) return false;
  double sum = 0;
  for (const Row& r : *rows) sum += std::strtod(r.percent.c_str(), nullptr);
  double slack = std::min(2.0, 0.5 * static_cast<double>(rows->size()));
  return std::fabs(sum - 100.0) <= slack;
}

// A lead-in to a table of customers' shares: "The following customers
// accounted for 10% or more of total revenue:" (the measure is its group).
// Receivables named anywhere in it make it no table of revenue alone.
const RE2& ConcentrationLeadRe() {
  static const RE2 re(
      "(?i)\\b(?:customers?|clients?|distributors?|retailers?|payers?)\\b"
      "[^.;]{0,120}?\\b(?:accounted\\s+for|represented|comprised)\\b"
      "[^.;]{0,80}?\\bof\\s+(?:(?:our|the\\s+company(?:'|\\x{2019})s|its|"
      "total|consolidated)\\s+)*((?:net\\s+)?(?:revenues?|sales))\\b"
      "[^.;]{0,80}(?::|\\bas\\s+follows\\b)[^.;]*$");
  return re;
}

// The same lead-in naming the percentage first: "The percentage of net
// sales to significant customers was as follows:".
const RE2& PercentageLeadRe() {
  static const RE2 re(
      "(?i)\\b(?:percentage|percent)\\s+of\\s+(?:(?:our|total|consolidated)"
      "\\s+)*((?:net\\s+)?(?:revenues?|sales))\\s+(?:from|to|attributable\\s+"
      "to|"
      "by)\\s+[^.;]{0,60}?\\b(?:customers?|clients?|distributors?|retailers?)"
      "\\b[^.;]{0,60}(?::|\\bas\\s+follows\\b)[^.;]*$");
  return re;
}

// A share with its sign in a cell of customers' shares: "23%", "23 %".
const RE2& SignedPercentRe() {
  static const RE2 re("\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*");
  return re;
}

// The table under a concentration lead-in at `lead`: year columns, a row
// per customer, a share (or a mark for "less than 10%") per year.
void ConcentrationTable(const Document& doc, Piece lead,
                        const std::string& metric,
                        std::vector<RevenueShare>* out) {
  std::string_view text = doc.text;
  std::vector<GridHeading> periods_line;
  std::vector<std::string> periods;
  size_t pos = lead.end + 1;
  bool rows_seen = false;
  for (int k = 0; k < 30 && pos < text.size(); ++k) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    Piece line{pos, nl};
    pos = nl + 1;
    std::string_view l = text.substr(line.start, line.size());
    if (l.find_first_not_of(" \t\r") == std::string_view::npos ||
        !MayHaveSeveralCells(text, line)) {
      if (rows_seen || k > 3) return;
      continue;
    }
    if (ContainsLower(l, "receivable")) return;
    std::vector<GridCell> cells = GridLine(text, line);
    bool row = !cells.empty() && cells[0].cell.kind == TableCell::kWords &&
               cells[0].from == 0 && cells.size() >= 2;
    std::string pct;
    bool has_share = false;
    for (size_t c = 1; row && c < cells.size(); ++c) {
      has_share = has_share ||
                  RE2::FullMatch(cells[c].cell.text, SignedPercentRe(), &pct);
    }
    if (!has_share) {
      if (rows_seen) return;
      // A heading line: the one with the most periods is the columns'.
      std::vector<GridHeading> hs = GridHeadings(text, {line});
      std::vector<std::string> ps;
      size_t named = 0;
      for (const GridHeading& h : hs) {
        ps.push_back(HeadingPeriod(h.text));
        named += ps.back().empty() ? 0 : 1;
      }
      size_t have = 0;
      for (const std::string& p : periods) have += p.empty() ? 0 : 1;
      if (named > have) {
        periods_line = hs;
        periods = ps;
      }
      continue;
    }
    rows_seen = true;
    std::string label = cells[0].cell.text;
    if (periods_line.empty() || RE2::FullMatch(label, WholeLabelRe()) ||
        RatioSubject(label) || EmptySubject(label)) {
      return;
    }
    for (size_t c = 1; c < cells.size(); ++c) {
      if (!RE2::FullMatch(cells[c].cell.text, SignedPercentRe(), &pct)) {
        continue;
      }
      int h = HeadingOf(periods_line, cells[c]);
      if (h < 0 || periods[h].empty()) continue;
      RevenueShare r;
      r.percent = pct;
      r.subject = label;
      r.metric = Lower(FoldSpace(metric));
      r.period_end = periods[h];
      r.span = MakeSpan(doc, cells[c].cell.start, cells[c].cell.end, 0.7,
                        "revenue_share.concentration_table");
      out->push_back(std::move(r));
    }
  }
}

}  // namespace

void TableShares(const Document& doc, const KeywordHits& hits,
                 std::vector<RevenueShare>* out) {
  std::string_view text = doc.text;
  for (Piece line : hits.LinesWith({"ccounted for", "epresented", "omprised",
                                    "ercentage of", "ercent of"})) {
    std::string_view l = text.substr(line.start, line.size());
    re2::StringPiece ls(l.data(), l.size());
    std::string metric;
    if (line.size() > 600 || l.find('\t') != std::string_view::npos ||
        ContainsLower(l, "receivable") ||
        !(RE2::PartialMatch(ls, ConcentrationLeadRe(), &metric) ||
          RE2::PartialMatch(ls, PercentageLeadRe(), &metric))) {
      continue;
    }
    ConcentrationTable(doc, line, metric, out);
  }
  for (Piece line : hits.LinesWith({"%", "ercent", "ERCENT"})) {
    if (line.size() > 400 || !MayHaveSeveralCells(text, line)) continue;
    // A heading line holds no amount and no share: a row whose sign has
    // a cell of its own ("55.0 | %") is no heading.
    bool values = false;
    for (const GridCell& c : GridLine(text, line)) {
      values = values || c.cell.text.find('$') != std::string::npos ||
               RE2::FullMatch(c.cell.text, PercentCellRe());
    }
    if (values) continue;
    std::vector<GridHeading> headings = GridHeadings(text, {line});
    std::vector<PeriodColumn> periods;
    bool periods_read = false;
    for (size_t h = 0; h < headings.size(); ++h) {
      std::string metric;
      bool bare = false;
      if (!RE2::FullMatch(headings[h].text, PercentHeadingRe(), &metric)) {
        if (!RE2::FullMatch(headings[h].text, BarePercentHeadingRe())) continue;
        bare = true;
      }
      if (!periods_read) {
        periods = PeriodsAbove(text, line);
        periods_read = true;
      }
      // A period in the column's own heading line: "2023 | % of Revenue".
      std::string period = h > 0 ? HeadingPeriod(headings[h - 1].text) : "";
      if (period.empty()) period = ColumnPeriod(periods, headings[h].from);
      if (period.empty()) continue;
      std::vector<Row> rows;
      Row whole;
      if (!ColumnRows(text, line, headings, static_cast<int>(h), &rows,
                      &whole)) {
        continue;
      }
      // A bare "%" column is of the measure its total row names ("Total
      // net sales"), or of the amount column just left of it ("Net Sales |
      // % of Total"), and its total row is at 100.
      if (bare) {
        bool named =
            RE2::FullMatch(whole.label, MeasureTotalRe(), &metric) ||
            (h > 0 && RE2::FullMatch(whole.label, WholeLabelRe()) &&
             RE2::FullMatch(headings[h - 1].text, MeasureTotalRe(), &metric));
        if (!named || std::fabs(std::strtod(whole.percent.c_str(), nullptr) -
                                100.0) > 0.5) {
          continue;
        }
      }
      for (const Row& r : rows) {
        RevenueShare s;
        s.percent = r.percent;
        s.subject = r.label;
        s.metric = Lower(FoldSpace(metric));
        s.period_end = period;
        s.span = MakeSpan(doc, r.start, r.end, 0.75, "revenue_share.table");
        out->push_back(std::move(s));
      }
    }
  }
}

}  // namespace facts
}  // namespace secx
