// Placeholder until the disclosure extractors land.
#include "extract/facts/facts.h"

namespace secx {

std::vector<Ticker> ExtractTickers(const Document&) { return {}; }
std::vector<Dividend> ExtractDividends(const Document&) { return {}; }
std::vector<RevenueShare> ExtractRevenueShares(const Document&) { return {}; }
std::vector<Fact> ExtractFacts(const Document&) { return {}; }

}  // namespace secx
