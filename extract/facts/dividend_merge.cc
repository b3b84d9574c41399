// ExtractDividends: table rows first (they carry the most fields), then
// sentences. A sentence that restates a table row or an earlier sentence
// (same amount, no conflicting field) fills that record's gaps instead of
// adding a duplicate; table rows are never merged with each other.
#include <string>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/facts.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace {

bool Compatible(const Dividend& a, const Dividend& b) {
  if (a.per_share != b.per_share || a.currency != b.currency) return false;
  std::string Dividend::*const keys[] = {
      &Dividend::kind,        &Dividend::fiscal_year,  &Dividend::total_amount,
      &Dividend::record_date, &Dividend::payable_date, &Dividend::declared_date,
      &Dividend::status,      &Dividend::share_class};
  for (auto k : keys) {
    if (!(a.*k).empty() && !(b.*k).empty() && a.*k != b.*k) return false;
  }
  return true;
}

void Fill(const Dividend& from, Dividend* into) {
  std::string Dividend::*const keys[] = {
      &Dividend::kind,        &Dividend::fiscal_year,  &Dividend::total_amount,
      &Dividend::record_date, &Dividend::payable_date, &Dividend::declared_date,
      &Dividend::status,      &Dividend::share_class};
  for (auto k : keys) {
    if ((into->*k).empty()) into->*k = from.*k;
  }
  for (const std::string& f : from.check_failures) {
    into->check_failures.push_back(f);
  }
}

}  // namespace

std::vector<Dividend> ExtractDividends(const Document& doc) {
  // Every rule needs the word somewhere ("dividend", "Dividend per share",
  // "Interim dividend"); one memchr pass on the rare 'v' rules most
  // documents out.
  if (facts::ParagraphsWith(doc.text, {"vidend", "VIDEND"}).empty()) return {};
  facts::DividendContext ctx = facts::ReadDividendContext(doc);
  std::vector<Dividend> out = facts::DividendTables(doc, ctx);
  for (Dividend& d : facts::DividendSentences(doc, ctx)) {
    bool merged = false;
    for (Dividend& have : out) {
      if (Compatible(have, d)) {
        Fill(d, &have);
        merged = true;
        break;
      }
    }
    if (!merged) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace secx
