// A dividends note as UK and other IFRS filers write it: one row per
// dividend, its rate and the prior year's in the label, the two years'
// totals in the columns (cells of an HTML table, one line a row):
//
//   |                                              | 2021    | 2020    |
//   |                                              | £ million | £ million |
//   | Final dividend for the year ended 31 December  |         |         |
//   |   2020 of 45.0p (2019: 44.2p) per share        | 1,051   | 1,031   |
//   | Interim dividend for the year ended 31         |         |         |
//   |   December 2021 of 27.3p (2020: 26.5p) ...     | 638     | 619     |
//
// (each label one cell; a typed label wrapped over two lines is not read).
//
// A row gives two records: the label's rate with the first column's total,
// of the year the label's date ends; and the rate in parentheses with the
// second column's, of the year it names (not for a proposed dividend:
// its prior rate is last year's proposal, paid since). Their kind is the part
// the label names (interim, final, special); a proposed dividend is proposed,
// the others paid. Totals are read only in the unit the lines above the rows
// state ("£ million", "(in millions)"); a row with other than two amounts
// gives its rates without totals, and one rate takes the one amount its
// columns all give ("Six months to 30 June 2021 | Year to 31 December
// 2021": 59.0 | 59.0).
#include <re2/re2.h>

#include <algorithm>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

// Group 1: "proposed"; 2: the part; 3: the date the year ends; 4: the
// rest (the rates).
const RE2& NoteLabelRe() {
  static const RE2 re(
      "(?i)\\s*(proposed\\s+)?((?:first\\s+|second\\s+)?interim|final|"
      "special)\\s+(?:ordinary\\s+|equity\\s+)?dividends?\\s+(?:for|in\\s+"
      "respect\\s+of)\\s+the\\s+(?:financial\\s+|fiscal\\s+)?(?:year|period)"
      "\\s+"
      "end(?:ed|ing)\\s+(\\d{1,2}\\s+[A-Za-z]+\\s+(?:19|20)\\d\\d|[A-Za-z]+\\s+"
      "\\d{1,2},?"
      "\\s+(?:19|20)\\d\\d)\\s+of\\s+(.*?\\bper\\s+(?:ordinary\\s+)?share)"
      "\\s*");
  return re;
}

}  // namespace

void NoteRows(const Document& doc, const KeywordHits& hits,
              std::vector<Dividend>* out, std::vector<Piece>* regions) {
  std::string_view text = doc.text;
  // Column headings UnitOf does not read: "\u00a3m", "$m", a bare
  // "million" (UnitOf reads "\u00a3 million", "(in millions)").
  static const RE2 million_re(
      "(?i)(?:^|\\s)(?:\\S{1,3}\\s?)?millions?(?:\\s|$)|"
      "(?:^|\\s)(?:\\x{00a3}|\\$|\\x{20ac}|us\\$)\\s?m(?:\\s|$)");
  for (Piece hit : hits.LinesWith({"ividend", "IVIDEND"})) {
    if (hit.size() > 400) continue;
    std::vector<GridCell> cells = GridLine(text, hit);
    if (cells.empty() || cells.front().cell.kind != TableCell::kWords) continue;
    std::string label = FoldSpace(cells.front().cell.text);
    std::string proposed, part, date, rates;
    if (!RE2::FullMatch(label, NoteLabelRe(), &proposed, &part, &date, &rates))
      continue;
    // The rates: this year's, then "(2019: 44.2p)".
    static const RE2 prior_re("\\(\\s*((?:19|20)\\d\\d)\\s*:\\s*[^)]*\\)");
    std::vector<Money> amounts = FindMoney(rates);
    std::string prior_year;
    RE2::PartialMatch(rates, prior_re, &prior_year);
    if (amounts.empty() || amounts.size() > 2 || amounts[0].scaled ||
        (amounts.size() == 2 && (prior_year.empty() || amounts[1].scaled)))
      continue;
    std::string iso = ParseDate(date);
    if (iso.size() != 10) continue;
    // The totals: the row's amounts after its label, in the unit stated
    // within the ten lines above the row.
    std::vector<std::string> totals;
    for (size_t k = 1; k < cells.size(); ++k) {
      if (cells[k].cell.kind != TableCell::kMoney) continue;
      std::optional<Money> m = ParseMoneyCell(cells[k].cell.text);
      if (!m || m->scaled) {
        totals.clear();
        break;
      }
      totals.push_back(m->amount);
    }
    int unit = 0;
    for (size_t p = hit.start, k = 0; p > 0 && k < 10 && unit == 0; ++k) {
      Piece l = LineBefore(text, p);
      p = l.start;
      std::string_view t = text.substr(l.start, l.size());
      unit = UnitOf(t);
      if (unit == 0 &&
          RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), million_re))
        unit = 6;
    }
    // (One rate over several columns, as a half-year report sets them: its
    // total is the one amount they all give.)
    if (amounts.size() == 1 && totals.size() > 1 &&
        std::all_of(totals.begin(), totals.end(),
                    [&](const std::string& t) { return t == totals[0]; }))
      totals.resize(1);
    if (totals.size() != amounts.size() || unit == 0) totals.clear();
    std::string lower_part = Lower(part);
    std::string kind = lower_part == "final"     ? "year-end"
                       : lower_part == "special" ? "special"
                                                 : "interim";
    // (A proposed dividend's prior rate is last year's proposal, a row of
    // its own now paid.)
    const size_t rates_read = proposed.empty() ? amounts.size() : 1;
    for (size_t i = 0; i < rates_read; ++i) {
      Dividend d;
      d.kind = kind;
      d.fiscal_year = i == 0 ? iso.substr(0, 4) : prior_year;
      d.per_share = PerShareForm(amounts[i].amount);
      d.currency = amounts[i].currency;
      d.status = proposed.empty() ? "paid" : "proposed";
      if (!totals.empty())
        d.total_amount = WholeUnits(ShiftDecimal(totals[i], unit));
      d.provenance =
          "row '" + label + "'" +
          (i == 0 ? std::string() : "; rate in parentheses") +
          (totals.empty() ? std::string()
                          : "; total column " + std::to_string(i + 1));
      d.span = MakeSpan(doc, hit.start, hit.end, 0.8, "dividend.note_row");
      CheckDividendDates(&d);
      out->push_back(std::move(d));
    }
    regions->push_back(hit);
  }
}

}  // namespace facts
}  // namespace secx
