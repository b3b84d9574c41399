// Money facts and other disclosures from a Document: tickers, dividends,
// revenue shares, press-release and Form SD facts. Rules are RE2 tables
// compiled once; all functions are thread-safe.
#ifndef SECX_EXTRACT_FACTS_FACTS_H_
#define SECX_EXTRACT_FACTS_FACTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace secx {
namespace facts {
class KeywordHits;  // text_scan.h
}

std::vector<Ticker> ExtractTickers(const Document& doc);
std::vector<Dividend> ExtractDividends(const Document& doc);
std::vector<RevenueShare> ExtractRevenueShares(const Document& doc);
std::vector<Fact> ExtractFacts(const Document& doc);

// The same, sharing one keyword scan of doc.text (facts::KeywordHits built
// on doc.text) between the four extractors.
std::vector<Ticker> ExtractTickers(const Document& doc,
                                   const facts::KeywordHits& hits);
// `warnings`, when not null, receives one line for each part of the text
// a rule chose not to read (e.g. a dividend sentence too long to be prose);
// the pipeline reports them as the document's warnings.
// `registrant`, when known, is the registrant's name (the cover's): a
// corporation's dividends are per share, and records per unit are then
// another entity's (a partnership it controls) and left out.
std::vector<Dividend> ExtractDividends(
    const Document& doc, const facts::KeywordHits& hits,
    std::vector<std::string>* warnings = nullptr,
    std::string_view registrant = {});
std::vector<RevenueShare> ExtractRevenueShares(const Document& doc,
                                               const facts::KeywordHits& hits);
std::vector<Fact> ExtractFacts(const Document& doc,
                               const facts::KeywordHits& hits);

}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_FACTS_H_
