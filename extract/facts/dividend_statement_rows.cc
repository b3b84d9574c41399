// The period and total of a dividend row in a statement of equity. Such a
// statement lists each period's changes between two balance rows:
//
//   Balance at December 31, 1994 ..........  $  12,000  $ 200,069
//     Net earnings ........................                36,240
//     Cash dividends declared:
//       Common stock ($.44 per share) .....                (9,555)
//   Balance at December 31, 1995 ..........  $  12,000  $ 226,214
//
// A dividend row read from its label (rule dividend.table_label) between
// two balance rows a year apart is the year's (kind "annual", fiscal_year
// the later balance's year); a quarter apart, the quarter's (kind
// "quarterly"); six or nine months apart, the year to date's (no kind).
// So is one under a section heading that names its period ("Year ended
// December 31, 2022"). A kind the label itself said must be the period's.
// The row's total is its amount when every amount on the row is the same
// (the retained earnings and total columns), in the unit the statement
// states ("(In thousands, except per share data)") above its balance rows
// (at most 60 lines above); with no unit stated, no total.
#include <re2/re2.h>

#include <cstdlib>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

// The date of a balance row ("Balance at December 31, 1995 ......",
// "Balances, June 30, 2024"), "" when the line is none.
std::string BalanceDate(std::string_view line) {
  static const RE2 re(
      "(?i)\\s*balances?\\s*(?:,|\\bat\\b|\\bas\\s+of\\b)?\\s*,?\\s*(.*)");
  std::string_view label = RowLabel(line);
  std::string rest;
  if (!RE2::FullMatch(re2::StringPiece(label.data(), label.size()), re,
                      &rest)) {
    return "";
  }
  return ParseDate(FoldSpace(rest));
}

// A section heading of a statement that names its period: "Year ended
// December 31, 2022", "Three Months Ended June 30, 2024". Sets `what`
// ("year", "three", "six", "nine") and `end` (ISO); false for none.
bool SectionPeriod(std::string_view line, std::string* what, std::string* end) {
  static const RE2 re(
      "(?i)\\s*(?:for\\s+the\\s+)?(?:fiscal\\s+)?(year|three|six|nine)"
      "(?:\\s+months)?\\s+ended\\s*,?\\s*(.+?)\\s*:?\\s*");
  std::string w, date;
  std::string_view label = RowLabel(line);
  if (FoldSpace(label) != FoldSpace(line)) return false;  // a row of amounts
  if (!RE2::FullMatch(re2::StringPiece(label.data(), label.size()), re, &w,
                      &date)) {
    return false;
  }
  std::string iso = ParseDate(date);
  if (iso.size() != 10) return false;
  *what = Lower(w);
  *end = iso;
  return true;
}

int MonthsBetween(const std::string& a, const std::string& b) {
  int ya = std::atoi(a.substr(0, 4).c_str()),
      ma = std::atoi(a.substr(5, 2).c_str());
  int yb = std::atoi(b.substr(0, 4).c_str()),
      mb = std::atoi(b.substr(5, 2).c_str());
  return (yb - ya) * 12 + (mb - ma);
}

}  // namespace

void StatementPeriods(const Document& doc, std::vector<Dividend>* out) {
  std::string_view text = doc.text;
  for (Dividend& d : *out) {
    if (d.span.rule != "dividend.table_label" || !d.fiscal_year.empty() ||
        d.span.end > text.size()) {
      continue;
    }
    Piece row = LineAt(text, d.span.end > 0 ? d.span.end - 1 : 0);
    // The balance rows below and above, at most 15 and 30 lines away.
    std::string after, before;
    Piece l = row;
    for (int k = 0; k < 15 && l.end < text.size() && after.empty(); ++k) {
      l = LineAt(text, l.end + 1);
      after = BalanceDate(text.substr(l.start, l.size()));
    }
    Piece top = row;
    for (int k = 0; k < 30 && top.start > 0 && before.empty(); ++k) {
      top = LineBefore(text, top.start);
      before = BalanceDate(text.substr(top.start, top.size()));
    }
    // Or a section of the statement under its period's heading ("Year
    // ended December 31, 2022" over "Net income", "Cash dividends ...").
    int months = 0;
    if (after.empty() || before.empty()) {
      std::string what;
      after.clear();
      Piece up = row;
      for (int k = 0; k < 8 && up.start > 0 && after.empty(); ++k) {
        up = LineBefore(text, up.start);
        SectionPeriod(text.substr(up.start, up.size()), &what, &after);
      }
      if (after.empty()) continue;
      top = up;
      months = what == "year"    ? 12
               : what == "three" ? 3
               : what == "six"   ? 6
                                 : 9;
    } else {
      months = MonthsBetween(before, after);
    }
    std::string kind;
    if (months >= 11 && months <= 13) {
      kind = "annual";
    } else if (months >= 2 && months <= 4) {
      kind = "quarterly";
    } else if (months >= 5 && months <= 10) {
      // A year to date: no kind (FIELDS.md).
    } else {
      continue;
    }
    // (A kind the label said, "annual", must be the period's.)
    if (!d.kind.empty() && d.kind != kind) continue;
    d.kind = kind;
    d.fiscal_year = after.substr(0, 4);
    if (!d.total_amount.empty()) continue;
    // The row's amounts: all one value, in the statement's unit.
    std::vector<GridCell> cells = GridLine(text, row);
    std::string amount;
    bool one = true;
    for (size_t i = 1; i < cells.size() && one; ++i) {
      if (cells[i].cell.kind == TableCell::kDash) continue;
      // A deduction in parentheses: "(9,555)".
      std::string c = cells[i].cell.text;
      if (c.size() > 2 && c.front() == '(' && c.back() == ')')
        c = c.substr(1, c.size() - 2);
      // (Its ")" in a cell of its own: "(93,756 | )".)
      if (c.size() > 1 && c.front() == '(') c = c.substr(1);
      if (c.find_first_of("0123456789") == std::string::npos) continue;
      auto m = ParseMoneyCell(c);
      if (!m || m->scaled) {
        one = false;
        continue;
      }
      std::string a = m->amount;
      if (!a.empty() && a[0] == '-') a.erase(0, 1);
      if (!amount.empty() && a != amount) one = false;
      amount = a;
    }
    if (!one || amount.empty()) continue;
    int unit = 0;
    Piece up = top;
    for (int k = 0; k < 60 && up.start > 0 && unit == 0; ++k) {
      up = LineBefore(text, up.start);
      std::string_view u = text.substr(up.start, up.size());
      if (ContainsLower(u, "except per share") ||
          ContainsLower(u, "in thousands") || ContainsLower(u, "in millions")) {
        unit = UnitOf(u);
      }
    }
    if (unit == 0) continue;
    d.total_amount = WholeUnits(ShiftDecimal(amount, unit));
  }
}

}  // namespace facts
}  // namespace secx
