// Internal to extract/facts: the words around a revenue share (its
// periods, the text before and after it, its subject) that the rules of
// revenue_shares.cc read. Not a public interface; stateless and
// thread-safe (the RE2 patterns are compiled once and shared).
#ifndef SECX_EXTRACT_FACTS_REVENUE_SHARES_INTERNAL_H_
#define SECX_EXTRACT_FACTS_REVENUE_SHARES_INTERNAL_H_

#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {

// Period ends of a list of periods, in the order written ("fiscal 2024,
// 2023 and 2022", "the fiscal years ended June 30, 2024, 2023 and 2022").
std::vector<std::string> PeriodList(std::string_view periods);

// The percentages of a list ("25% and 14%"), in order.
std::vector<std::string> Percents(re2::StringPiece list);

// "two" -> 2, "12" -> 12.
int CountWord(const std::string& w);

// The period a share is bound to: from the words after the metric, else
// before the subject; "" when no words name one.
std::string PeriodEnd(std::string_view after, std::string_view before);

// The words after position `pos` that can still belong to the share (to
// the sentence end, another share, a comparison or a new clause).
std::string_view After(std::string_view para, size_t pos);

// The sentence before `pos`, at most 120 bytes.
std::string_view Before(std::string_view para, size_t pos);

// True when the words after the metric make it a part's measure ("of net
// sales in the Americas").
bool PartOfMetric(std::string_view after);

// True when the words after the metric make it a change or cost of the
// measure ("of revenue growth").
bool MetricQualified(std::string_view after);

// The part of `s` on the share's side of a sentence end.
std::string SentencePart(std::string s, bool keep_first);

// A subject cleaned of asides, counting words, clause leads and
// descriptions.
std::string CleanSubject(std::string s);

// Subjects that are ratios to sales (margins, costs, changes), and
// subjects that name no part (pronouns, negations, the measure itself).
bool RatioSubject(std::string_view subject);
bool EmptySubject(std::string_view subject);

// Shares written in tables (revenue_share_tables.cc): rows of parts under
// a title that says their cells are percentages of the total, and
// "Percentage of revenue" rows under a part's row of amounts.
void RevenueShareTables(const Document& doc, const KeywordHits& hits,
                        std::vector<RevenueShare>* out);

}  // namespace facts
}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_REVENUE_SHARES_INTERNAL_H_
