// Row-labelled dividend tables, as press releases lay them out:
//
//                      FY2017 Year-end   Latest forecast   FY2016 Year-end
//   Record date        March 31, 2018    March 31, 2018    March 31, 2017
//   Dividend per share JPY13.50          JPY13.50          JPY13.50
//   Total amount       JPY608 million    -                 JPY608 million
//   Effective date     June 29, 2018     -                 June 29, 2017
//
// OCR often reads the column headings as separate lines in another order
// than the cells. Headings are therefore matched to columns by evidence,
// not position: a forecast column has no total and no effective date; a
// later fiscal year has a later record date, with one consistent offset
// between "FYnnnn" and the record year (0 or 1: many Japanese filers label
// the year ending March 2018 "FY2017"). Heading order only breaks ties.
// Each column becomes one Dividend; its span is the per-share cell.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_cells.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {

// Defined in dividend_annual_table.cc.
void AnnualTables(const Document& doc, const DividendContext& ctx,
                  const KeywordHits& hits, std::vector<Dividend>* out);

namespace {

enum class Row { kNone, kRecord, kPerShare, kTotal, kPayable, kOther };

// Row label at the start of a line; sets *len to the label's length.
Row RowLabel(std::string_view line, size_t* len) {
  static const RE2 re(
      "\\s*(?i:(record\\s+date|date\\s+of\\s+record)"
      "|((?:cash\\s+)?dividends?\\s+per\\s+(?:common\\s+|ordinary\\s+)?share"
      "|(?:amount\\s+)?per\\s+share(?:\\s+amount)?)"
      "|(total\\s+dividends?(?:\\s+amount)?|total\\s+amount|aggregate\\s+"
      "amount)"
      "|(effective\\s+date|payment\\s+date|payable\\s+date|date\\s+of\\s+"
      "payment"
      "|date\\s+paid)"
      "|(dividend\\s+resources?|source\\s+of\\s+dividends?))\\b\\s*:?");
  re2::StringPiece in(line.data(), line.size());
  re2::StringPiece m[6];
  // Most candidate lines are no label: without submatches RE2 answers from
  // its DFA, and the slower submatch engine runs only on labels.
  if (!re.Match(in, 0, line.size(), RE2::ANCHOR_START, nullptr, 0) ||
      !re.Match(in, 0, line.size(), RE2::ANCHOR_START, m, 6)) {
    return Row::kNone;
  }
  *len = m[0].size();
  if (m[1].data()) return Row::kRecord;
  if (m[2].data()) return Row::kPerShare;
  if (m[3].data()) return Row::kTotal;
  if (m[4].data()) return Row::kPayable;
  return Row::kOther;
}

struct Heading {
  std::string fiscal;
  std::string kind;
  bool forecast = false;
};

void ReadHeading(std::string_view cell, std::vector<Heading>* groups) {
  static const RE2 fy(
      "\\b(FY\\s?\\d{4}|[Ff]iscal\\s+(?:[Yy]ear\\s+)?\\d{4})\\b");
  std::string label;
  bool has_fy =
      RE2::PartialMatch(re2::StringPiece(cell.data(), cell.size()), fy, &label);
  bool forecast = ContainsLower(cell, "forecast");
  std::string kind;
  if (ContainsLower(cell, "interim"))
    kind = "interim";
  else if (ContainsLower(cell, "year-end") || ContainsLower(cell, "year end") ||
           ContainsLower(cell, "final"))
    kind = "year-end";
  else if (ContainsLower(cell, "quarterly"))
    kind = "quarterly";
  else if (ContainsLower(cell, "annual"))
    kind = "annual";
  if (has_fy || forecast) {
    if (groups->empty() || !groups->back().fiscal.empty() ||
        groups->back().forecast) {
      groups->emplace_back();
    }
    if (has_fy) groups->back().fiscal = FoldSpace(label);
    groups->back().forecast |= forecast;
  }
  if (!kind.empty()) {
    if (groups->empty() || !groups->back().kind.empty()) groups->emplace_back();
    groups->back().kind = kind;
  }
}

struct Column {
  const TableCell* record = nullptr;
  const TableCell* per_share = nullptr;
  const TableCell* total = nullptr;
  const TableCell* payable = nullptr;
  bool EmptyTail() const {
    return (!total || total->kind == TableCell::kDash) &&
           (!payable || payable->kind == TableCell::kDash);
  }
  std::string RecordIso() const { return record ? record->iso : ""; }
};

int Year(const std::string& s) {
  int y = 0;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) y = y * 10 + (c - '0');
  }
  return y;
}

double Score(const std::vector<Heading>& h, const std::vector<Column>& cols,
             const std::vector<int>& perm, bool tail_evidence) {
  double score = 0;
  std::map<int, int> offsets;
  for (size_t g = 0; g < h.size(); ++g) {
    const Column& c = cols[perm[g]];
    if (tail_evidence) {
      if (h[g].forecast)
        score += c.EmptyTail() ? 3 : -3;
      else if (c.EmptyTail())
        score -= 2;
    }
    if (perm[g] == static_cast<int>(g)) score += 0.1;
    if (h[g].fiscal.empty() || c.RecordIso().empty()) continue;
    int off = Year(c.RecordIso().substr(0, 4)) - Year(h[g].fiscal);
    score += (off == 0 || off == 1) ? 1 : -1;
    offsets[off]++;
    for (size_t k = 0; k < h.size(); ++k) {
      const Column& d = cols[perm[k]];
      if (k == g || h[k].fiscal.empty() || d.RecordIso().empty()) continue;
      if (Year(h[g].fiscal) < Year(h[k].fiscal)) {
        if (c.RecordIso() < d.RecordIso())
          score += 2;
        else if (c.RecordIso() > d.RecordIso())
          score -= 4;
      }
    }
  }
  if (offsets.size() > 1) score -= 2;
  return score;
}

// One row-labelled table whose rows are `rows` (line pieces) and whose
// headings are the short lines `heads` above it.
void EmitTable(const Document& doc, const DividendContext& ctx,
               const std::vector<Piece>& heads,
               const std::vector<std::pair<Row, std::vector<TableCell>>>& rows,
               std::vector<Dividend>* out) {
  size_t n = 0;
  for (const auto& [row, cells] : rows) {
    if (row == Row::kRecord || row == Row::kPerShare)
      n = std::max(n, cells.size());
  }
  if (n == 0 || n > 8) return;
  std::vector<Column> cols(n);
  bool tail_evidence = false;
  for (const auto& [row, cells] : rows) {
    if (cells.size() != n) continue;
    for (size_t j = 0; j < n; ++j) {
      if (row == Row::kRecord && cells[j].kind == TableCell::kDate)
        cols[j].record = &cells[j];
      if (row == Row::kPerShare && cells[j].kind == TableCell::kMoney)
        cols[j].per_share = &cells[j];
      if (row == Row::kTotal) cols[j].total = &cells[j], tail_evidence = true;
      if (row == Row::kPayable)
        cols[j].payable = &cells[j], tail_evidence = true;
    }
  }
  std::vector<Heading> groups;
  for (Piece p : heads) {
    for (const TableCell& c : SplitCells(doc.text, p.start, p.end)) {
      ReadHeading(c.text, &groups);
    }
  }
  std::vector<int> perm(n);
  std::iota(perm.begin(), perm.end(), 0);
  const char* rule = "dividend.table";
  double conf = 0.85;
  if (groups.size() == n && n <= 6) {
    std::vector<int> best = perm, trial = perm;
    double best_score = Score(groups, cols, perm, tail_evidence);
    while (std::next_permutation(trial.begin(), trial.end())) {
      double s = Score(groups, cols, trial, tail_evidence);
      if (s > best_score) best_score = s, best = trial;
    }
    if (best != perm) rule = "dividend.table_headings_matched", conf = 0.8;
    perm = best;
  } else {
    groups.resize(n);  // headings unreadable: columns without labels
    conf = 0.6;
  }
  std::string latest;
  for (size_t g = 0; g < n; ++g) {
    if (!groups[g].forecast)
      latest = std::max(latest, cols[perm[g]].RecordIso());
  }
  // Records in column (text) order.
  std::vector<size_t> by_column(n);
  for (size_t g = 0; g < n; ++g) by_column[perm[g]] = g;
  for (size_t g : by_column) {
    const Column& c = cols[perm[g]];
    if (!c.per_share) continue;
    auto money = ParseMoneyCell(c.per_share->text);
    // Without a date or a year label a row of amounts is a history line of
    // financial statements, not a payout this filing reports.
    if (!c.record && !c.payable && groups[g].fiscal.empty()) continue;
    Dividend d;
    d.per_share = money->amount;
    d.currency = money->currency;
    d.record_date = c.RecordIso();
    if (c.payable && c.payable->kind == TableCell::kDate)
      d.payable_date = c.payable->iso;
    if (c.total && c.total->kind == TableCell::kMoney) {
      auto total = ParseMoneyCell(c.total->text);
      d.total_amount = WholeUnits(total->amount);
      if (d.currency.empty()) d.currency = total->currency;
    }
    d.fiscal_year = groups[g].fiscal;
    d.kind = groups[g].kind;
    if (groups[g].forecast) {
      d.status = "forecast";
      // A forecast of the same payout as a labelled column shares its year.
      for (size_t k = 0; k < n; ++k) {
        if (k == g || groups[k].forecast) continue;
        if (cols[perm[k]].RecordIso() == d.record_date) {
          if (d.fiscal_year.empty()) d.fiscal_year = groups[k].fiscal;
          if (d.kind.empty()) d.kind = groups[k].kind;
        }
      }
    } else if ((!d.payable_date.empty() && !ctx.release_date.empty() &&
                d.payable_date < ctx.release_date) ||
               (!d.record_date.empty() && d.record_date < latest)) {
      d.status = "paid";
    } else {
      d.status = ctx.approval_pending ? "proposed" : "declared";
    }
    d.span = MakeSpan(doc, c.per_share->start, c.per_share->end, conf, rule);
    CheckDividendDates(&d);
    out->push_back(std::move(d));
  }
}

// Cells that read as a table row, not as prose that starts like a label
// ("Per share results reflect ... a 100% stock dividend"): dates, amounts,
// dashes and at most short word cells, no percentages.
bool TabularRow(const std::vector<TableCell>& cells, std::string_view line) {
  if (cells.empty() || line.find('%') != std::string_view::npos) return false;
  bool value = false;
  for (const TableCell& c : cells) {
    if (c.kind == TableCell::kWords) {
      if (std::count(c.text.begin(), c.text.end(), ' ') >= 3) return false;
    } else {
      value = true;
    }
  }
  return value;
}

// Lines that may start with a row label: one pass over line starts, with a
// three-letter test before any regex runs.
std::vector<Piece> LabelLines(std::string_view text) {
  static const char* const kStarts[] = {"rec", "dat", "div", "cas",
                                        "amo", "per", "tot", "agg",
                                        "eff", "pay", "sou"};
  std::vector<Piece> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    size_t i = pos;
    while (i < end && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (end - i >= 8) {
      char p[3];
      for (int k = 0; k < 3; ++k) {
        char c = text[i + k];
        p[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
      }
      for (const char* s : kStarts) {
        if (p[0] == s[0] && p[1] == s[1] && p[2] == s[2]) {
          out.push_back({pos, end});
          break;
        }
      }
    }
    pos = end + 1;
  }
  return out;
}

bool ProseLine(std::string_view line) {
  static const RE2 numbered_re("^\\d+\\.\\s");
  std::string f = FoldSpace(line);
  return f.size() > 90 || (!f.empty() && f.back() == '.') ||
         RE2::PartialMatch(f, numbered_re);
}

}  // namespace

std::vector<Dividend> DividendTables(const Document& doc,
                                     const DividendContext& ctx,
                                     const KeywordHits& hits) {
  std::vector<Dividend> out;
  std::string_view text = doc.text;
  size_t done = 0;
  for (Piece hit : LabelLines(text)) {
    if (hit.start < done) continue;
    {
      // Cheap test first: a row label with cells on this very line.
      size_t len = 0;
      std::string_view l = text.substr(hit.start, hit.size());
      if (RowLabel(l, &len) == Row::kNone ||
          !TabularRow(SplitCells(text, hit.start + len, hit.end), l)) {
        continue;
      }
    }
    // Tables are laid out with blank lines between rows: widen the window.
    size_t from = hit.start > 2500 ? hit.start - 2500 : 0;
    size_t to = std::min(text.size(), hit.end + 2500);
    std::vector<Piece> lines = Lines(text, {from, to});
    if (from > 0 && !lines.empty()) lines.erase(lines.begin());  // partial
    size_t first = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].start < hit.start) continue;
      size_t len = 0;
      std::string_view l = text.substr(lines[i].start, lines[i].size());
      if (RowLabel(l, &len) != Row::kNone &&
          !SplitCells(text, lines[i].start + len, lines[i].end).empty()) {
        first = i;
        break;
      }
    }
    if (first == lines.size()) continue;
    std::vector<std::pair<Row, std::vector<TableCell>>> rows;
    size_t i = first;
    for (; i < lines.size(); ++i) {
      size_t len = 0;
      std::string_view l = text.substr(lines[i].start, lines[i].size());
      Row r = RowLabel(l, &len);
      if (r == Row::kNone) break;
      rows.emplace_back(r,
                        SplitCells(text, lines[i].start + len, lines[i].end));
      if (rows.back().second.empty()) break;
    }
    done = i < lines.size() ? lines[i].start : to;
    std::vector<Piece> heads;
    for (size_t k = first; k > 0 && heads.size() < 12; --k) {
      std::string_view l = text.substr(lines[k - 1].start, lines[k - 1].size());
      if (ProseLine(l)) break;
      heads.insert(heads.begin(), lines[k - 1]);
    }
    EmitTable(doc, ctx, heads, rows, &out);
  }
  AnnualTables(doc, ctx, hits, &out);
  return out;
}

}  // namespace facts
}  // namespace secx
