// Internal to extract/facts: the pieces ExtractDividends puts together.
// Not a public interface; may change with the rules.
#ifndef SECX_EXTRACT_FACTS_DIVIDENDS_INTERNAL_H_
#define SECX_EXTRACT_FACTS_DIVIDENDS_INTERNAL_H_

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {

class KeywordHits;  // text_scan.h; every `hits` below is built on doc.text

// What the whole document says that helps date and classify a dividend.
struct DividendContext {
  std::string release_date;       // ISO press-release date, "" if none
  bool approval_pending = false;  // "subject to the approval of ... meeting"
};

DividendContext ReadDividendContext(const Document& doc,
                                    const KeywordHits& hits);

// Sentences longer than this are not read as declarations (see
// DividendSentences).
constexpr size_t kMaxSentenceBytes = 4096;

// Declarations and payments written as sentences. A sentence that names a
// dividend but is over kMaxSentenceBytes (a file that is one unpunctuated
// line) is not read: parsing it would cost time growing with its length
// times its amounts. Such sentences are counted into one line appended to
// `warnings` (when not null), so that the skip is never silent.
std::vector<Dividend> DividendSentences(const Document& doc,
                                        const DividendContext& ctx,
                                        const KeywordHits& hits,
                                        std::vector<std::string>* warnings);

// Tables: row-labelled (label, then one cell per column; OCR'd columns
// may come with scrambled headings), annual summaries (interim / year-end /
// total) and column-headed tables (record date, payment date, amount).
std::vector<Dividend> DividendTables(const Document& doc,
                                     const DividendContext& ctx,
                                     const KeywordHits& hits);

// Tables with column headings (declaration / record / payment date, per
// share, total): one record per row (dividend_column_table.cc). Appends the
// byte ranges of the tables read to `regions`.
void ColumnTables(const Document& doc, const KeywordHits& hits,
                  std::vector<Dividend>* out, std::vector<Piece>* regions);

// Per-share dividend rows under period headings (years, quarters):
// dividend_period_rows.cc. Appends the rows read to `regions`.
void PeriodRows(const Document& doc, const KeywordHits& hits,
                std::vector<Dividend>* out, std::vector<Piece>* regions);

// Quarter rows under dividend column headings (market-price tables):
// dividend_quarter_rows.cc. Appends the tables read to `regions`.
void QuarterRows(const Document& doc, const KeywordHits& hits,
                 std::vector<Dividend>* out, std::vector<Piece>* regions);

// Arithmetic and date checks on one record: record <= payable, declared <=
// record. A failure lowers the confidence and appends to check_failures.
void CheckDividendDates(Dividend* d);

// interim + year-end == annual total; on failure marks `annual`.
void CheckAnnualSum(const std::string& interim, const std::string& year_end,
                    Dividend* annual);

// per_share x shares ~ total (within 1%) when the share count is known.
void CheckTotal(const std::string& shares, Dividend* d);

// Release date of a press release: "TOKYO - May 24, 2018 -",
// "ENGLEWOOD CLIFFS, NJ, February 11, 2004 --". Offsets into doc.text.
struct ReleaseDate {
  std::string iso;
  size_t start = 0;
  size_t end = 0;
};
ReleaseDate FindReleaseDate(const Document& doc);

}  // namespace facts
}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_DIVIDENDS_INTERNAL_H_
