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
      "(?i)\\b(?:dividends?|distributions?)\\b[^\\n]*\\bper\\s+share\\b");
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
  if (RE2::PartialMatch(h, per_share_re) || !RE2::PartialMatch(h, total_re) ||
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
      "(?:cumulative\\s+)?(?:preferred\\s+|preference\\s+)?series\\s+[a-z0-9]{1,2}"
      "(?:\\s+(?:preferred|preference)(?:\\s+stock)?)?)\\s*");
  return RE2::FullMatch(label, re);
}

}  // namespace

void SeriesTables(const Document& doc, const KeywordHits& hits,
                  std::vector<Dividend>* out, std::vector<Piece>* regions) {
  std::string_view text = doc.text;
  size_t done = 0;
  for (Piece hit : hits.LinesWith({"er share", "ER SHARE", "er Share"})) {
    if (hit.start < done || hit.size() > 400) continue;
    if (!MayHaveSeveralCells(text, hit)) continue;
    std::vector<GridCell> cells = GridLine(text, hit);
    bool values = false;
    for (const GridCell& c : cells) {
      values |= c.cell.kind == TableCell::kMoney ||
                c.cell.kind == TableCell::kDate;
    }
    if (cells.size() < 2 || values) continue;
    std::vector<GridHeading> headings = GridHeadings(text, {hit});
    if (text.substr(hit.start, hit.size()).find('\t') != std::string_view::npos)
      SeatHeadings(FirstRows(text, hit.end + 1), &headings);
    std::map<int, std::string> per_share, totals;  // heading -> year
    for (size_t h = 0; h < headings.size(); ++h) {
      std::string y = DividendYear(headings[h].text);
      if (!y.empty()) per_share[static_cast<int>(h)] = y;
      y = TotalYear(headings[h].text);
      if (!y.empty()) totals[static_cast<int>(h)] = y;
    }
    if (per_share.empty()) continue;
    // The stock is preferred: the heading or the lines just above say so,
    // and none of them speaks of common stock.
    size_t from = hit.start > 400 ? hit.start - 400 : 0;
    std::string_view above = text.substr(from, hit.end - from);
    if (!ContainsLower(above, "preferred") &&
        !ContainsLower(above, "preference")) {
      continue;
    }
    int unit = 0;
    for (const auto& [h, y] : totals) unit = std::max(unit, UnitOf(headings[h].text));
    if (unit == 0) unit = UnitOf(above);
    std::vector<Dividend> got;
    size_t pos = hit.end + 1, end = hit.end;
    for (int rows = 0; rows < 20 && pos < text.size(); ++rows) {
      size_t le = text.find('\n', pos);
      if (le == std::string_view::npos) le = text.size();
      Piece line{pos, le};
      pos = le + 1;
      std::vector<GridCell> rc = GridLine(text, line);
      if (rc.empty() || !SeriesLabel(rc.front().cell.text)) {
        break;
      }
      std::string label = FoldSpace(rc.front().cell.text);
      std::map<std::string, Dividend> by_year;
      std::map<std::string, std::string> total_of;
      for (size_t k = 1; k < rc.size(); ++k) {
        if (rc[k].cell.kind != TableCell::kMoney) continue;
        int h = HeadingOf(headings, rc[k]);
        std::optional<Money> m = ParseMoneyCell(rc[k].cell.text);
        if (h < 0 || !m || m->scaled) continue;
        if (per_share.count(h)) {
          Dividend& d = by_year[per_share[h]];
          if (!d.per_share.empty()) continue;
          d.per_share = PerShareForm(m->amount);
          d.currency = m->currency.empty() ? "USD" : m->currency;
          d.provenance = "row '" + label + "'; per_share '" +
                         headings[h].text + "'";
        } else if (totals.count(h) && unit > 0) {
          total_of[totals[h]] = ShiftDecimal(m->amount, unit);
        }
      }
      for (auto& [year, d] : by_year) {
        d.kind = "annual";
        d.fiscal_year = year;
        d.share_class = "Preferred";
        d.status = "declared";
        auto t = total_of.find(year);
        if (t != total_of.end()) {
          std::string whole = t->second;
          size_t dot = whole.find('.');
          if (dot != std::string::npos &&
              whole.find_first_not_of('0', dot + 1) == std::string::npos) {
            whole.erase(dot);
          }
          d.total_amount = whole;
        }
        d.span = MakeSpan(doc, line.start, line.end, 0.8,
                          "dividend.series_table");
        CheckDividendDates(&d);
        got.push_back(std::move(d));
      }
      end = le;
    }
    if (got.empty()) continue;
    for (Dividend& d : got) out->push_back(std::move(d));
    regions->push_back({hit.start, end});
    done = end;
  }
}

}  // namespace facts
}  // namespace secx
