// Annual summary tables ("<Reference> Annual dividend payments"):
//
//   Dividend per share   Interim   Year-end        Total: Annual
//   Year ended March 31, 2018   JPY13.50 (paid)   JPY13.50          JPY27.00
//   Year ended March 31, 2017   JPY13.50 (paid)   JPY13.50 (paid)   JPY27.00
//
// Cells may sit on the row line or, as OCR reads columns, one per line
// after it. Representation chosen: each row yields one kind "annual" record
// (per_share = the total, fiscal_year = the row label as written, e.g.
// "Year ended March 31, 2018") and one kind "interim" record for the interim
// cell. The year-end cell is used only for the interim + year-end = total
// check: the year-end payout itself is reported by the main dividend table
// or sentence, and repeating it here would double count it.
// Status: "paid" when every part is marked "(paid)", "forecast" when a part
// is a forecast, otherwise "proposed" while shareholder approval is
// pending, else "declared".
#include <re2/re2.h>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_cells.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

enum class Part { kNone, kInterim, kYearEnd, kTotal };

Part PartOf(std::string_view line) {
  if (ContainsLower(line, "total") || ContainsLower(line, "annual")) {
    return Part::kTotal;
  }
  if (ContainsLower(line, "interim") || ContainsLower(line, "semi-annual")) {
    return Part::kInterim;
  }
  if (ContainsLower(line, "year-end") || ContainsLower(line, "year end") ||
      ContainsLower(line, "final")) {
    return Part::kYearEnd;
  }
  return Part::kNone;
}

const RE2& RowLabelRe() {
  static const RE2 re(
      std::string("\\s*((?i:fiscal\\s+)?(?i:year)\\s+(?i:ended)\\s+") +
      kDateRe + "|FY\\s?\\d{4}|[Ff]iscal\\s+(?:[Yy]ear\\s+)?\\d{4})");
  return re;
}

bool RowLabelAt(std::string_view text, Piece line, size_t* label_end,
                std::string* label) {
  re2::StringPiece m[2];
  if (!RowLabelRe().Match(re2::StringPiece(text.data(), line.end), line.start,
                          line.end, RE2::ANCHOR_START, m, 2)) {
    return false;
  }
  *label = FoldSpace(std::string_view(m[1].data(), m[1].size()));
  *label_end = m[0].data() - text.data() + m[0].size();
  return true;
}

std::string Mark(const TableCell& c) {
  if (ContainsLower(c.text, "(paid)")) return "paid";
  if (ContainsLower(c.text, "(forecast)") || ContainsLower(c.text, "(plan") ||
      ContainsLower(c.text, "(expected)") ||
      ContainsLower(c.text, "(estimate)")) {
    return "forecast";
  }
  return "";
}

// A heading's unit (HeadingUnit): the currency and power of ten of the
// table's amounts ("Dividends per share (cents)": -2).
struct Unit {
  std::string currency;
  int shift = 0;
};

// A cell's amount in the table's unit, and its currency.
void Amount(const TableCell& c, const Unit& unit, std::string* per_share,
            std::string* currency) {
  auto m = ParseMoneyCell(c.text);
  *per_share = m->amount;
  *currency = m->currency;
  if (m->currency.empty() && !unit.currency.empty()) {
    *currency = unit.currency;
    if (unit.shift == -2) *per_share = FromHundredths(m->amount);
  }
}

void EmitRow(const Document& doc, const DividendContext& ctx,
             const std::string& label, const std::vector<Part>& parts,
             const Unit& unit, const std::vector<TableCell>& cells,
             std::vector<Dividend>* out) {
  const TableCell* part_cell[4] = {nullptr, nullptr, nullptr, nullptr};
  for (size_t i = 0; i < cells.size() && i < parts.size(); ++i) {
    part_cell[static_cast<int>(parts[i])] = &cells[i];
  }
  const TableCell* total = part_cell[static_cast<int>(Part::kTotal)];
  const TableCell* interim = part_cell[static_cast<int>(Part::kInterim)];
  const TableCell* year_end = part_cell[static_cast<int>(Part::kYearEnd)];
  if (!total || total->kind != TableCell::kMoney) return;
  bool all_paid = true, any_forecast = false;
  for (const TableCell* c : {interim, year_end}) {
    if (!c || c->kind != TableCell::kMoney) continue;
    all_paid &= Mark(*c) == "paid";
    any_forecast |= Mark(*c) == "forecast";
  }
  Dividend annual;
  annual.kind = "annual";
  annual.fiscal_year = label;
  Amount(*total, unit, &annual.per_share, &annual.currency);
  annual.status = any_forecast           ? "forecast"
                  : all_paid             ? "paid"
                  : ctx.approval_pending ? "proposed"
                                         : "declared";
  annual.span =
      MakeSpan(doc, total->start, total->end, 0.8, "dividend.annual_table");
  // (A year with parts besides the interim and the year-end, a special
  // dividend's, sums them all: no check of two.)
  int other_parts = 0;
  for (size_t i = 0; i < cells.size() && i < parts.size(); ++i) {
    other_parts +=
        parts[i] == Part::kNone && cells[i].kind == TableCell::kMoney;
  }
  if (interim && year_end && interim->kind == TableCell::kMoney &&
      year_end->kind == TableCell::kMoney && other_parts == 0) {
    std::string a, b, unused;
    Amount(*interim, unit, &a, &unused);
    Amount(*year_end, unit, &b, &unused);
    CheckAnnualSum(a, b, &annual);
  }
  out->push_back(std::move(annual));
  if (interim && interim->kind == TableCell::kMoney) {
    Dividend d;
    d.kind = "interim";
    d.fiscal_year = label;
    Amount(*interim, unit, &d.per_share, &d.currency);
    if (d.currency.empty()) d.currency = annual.currency;
    std::string mark = Mark(*interim);
    d.status = mark.empty() ? "declared" : mark;
    d.span = MakeSpan(doc, interim->start, interim->end, 0.8,
                      "dividend.annual_table");
    out->push_back(std::move(d));
  }
}

}  // namespace

void AnnualTables(const Document& doc, const DividendContext& ctx,
                  const KeywordHits& hits, std::vector<Dividend>* out) {
  std::string_view text = doc.text;
  size_t done = 0;
  for (Piece hit : hits.LinesWith({"Interim", "interim", "INTERIM"})) {
    if (hit.start < done || hit.size() > 200) continue;
    std::vector<Piece> lines =
        Lines(text, {hit.start, std::min(text.size(), hit.start + 4000)});
    // Headings: short label lines from the hit to the first row label.
    std::vector<Part> parts;
    Unit unit;
    size_t i = 0;
    size_t label_end = 0;
    std::string label;
    for (; i < lines.size() && i < 12; ++i) {
      if (RowLabelAt(text, lines[i], &label_end, &label)) break;
      std::string_view l = text.substr(lines[i].start, lines[i].size());
      if (l.size() > 60 || !FindMoney(l).empty()) break;
      std::vector<TableCell> cells =
          SplitCells(text, lines[i].start, lines[i].end);
      // A row of several parts' headings keeps a slot for each column,
      // a part of none too ("Interim | Final | Special | Total"); the
      // label column's heading ("Dividends per share (cents)") has none.
      int known = 0;
      for (const TableCell& c : cells) known += PartOf(c.text) != Part::kNone;
      for (size_t k = 0; k < cells.size(); ++k) {
        const TableCell& c = cells[k];
        Part p = PartOf(c.text);
        std::string currency;
        int shift = 0;
        if (HeadingUnit(c.text, &currency, &shift)) {
          unit.currency = currency;
          unit.shift = shift;
        }
        if (p != Part::kNone) {
          parts.push_back(p);
        } else if (known >= 2 && k > 0) {
          parts.push_back(Part::kNone);
        }
      }
    }
    if (parts.size() < 2 || i >= lines.size() || i >= 12) continue;
    bool has_total = false;
    for (Part p : parts) has_total |= p == Part::kTotal;
    if (!has_total) continue;
    // Rows: a label, then its cells on the same line or the next lines.
    while (i < lines.size() && RowLabelAt(text, lines[i], &label_end, &label)) {
      std::vector<TableCell> cells = SplitCells(text, label_end, lines[i].end);
      size_t k = i + 1;
      for (; k < lines.size() && cells.size() < parts.size(); ++k) {
        std::string dummy;
        size_t dummy_end;
        if (RowLabelAt(text, lines[k], &dummy_end, &dummy)) break;
        std::vector<TableCell> more =
            SplitCells(text, lines[k].start, lines[k].end);
        if (more.empty() || more[0].kind != TableCell::kMoney) break;
        cells.insert(cells.end(), more.begin(), more.end());
      }
      EmitRow(doc, ctx, label, parts, unit, cells, out);
      done = lines[k - 1].end;
      i = k;
    }
  }
}

}  // namespace facts
}  // namespace secx
