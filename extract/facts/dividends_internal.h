// Internal to extract/facts: the pieces ExtractDividends puts together.
// Not a public interface; may change with the rules.
#ifndef SECX_EXTRACT_FACTS_DIVIDENDS_INTERNAL_H_
#define SECX_EXTRACT_FACTS_DIVIDENDS_INTERNAL_H_

#include <re2/re2.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/facts/money.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {

class KeywordHits;  // text_scan.h; every `hits` below is built on doc.text

// What the whole document says that helps date and classify a dividend.
struct DividendContext {
  std::string release_date;       // ISO press-release date, "" if none
  bool approval_pending = false;  // "subject to the approval of ... meeting"
  // An annual or quarterly report (10-K, 10-Q, 20-F) by its cover: there
  // the old rate of an increase ("raised the quarterly dividend from $2.09
  // to $2.25") is the dividend of the period reported.
  bool periodic_report = false;
  // Each dividend is one amount made of a base and a variable part ("each
  // quarter our Board declares a single cash dividend composed of a fixed
  // base dividend and a variable dividend"): the parts' amounts, said on
  // their own, are no dividends.
  bool base_plus_variable = false;
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

// Preferred stock tables of one row a series, the years' dividends per
// share in columns (dividend_series_table.cc). Appends the rows read to
// `regions`.
void SeriesTables(const Document& doc, const KeywordHits& hits,
                  std::vector<Dividend>* out, std::vector<Piece>* regions);

// Per-share dividend rows under period headings (years, quarters):
// dividend_period_rows.cc. Appends the rows read to `regions`.
// `registrant` (its name, may be empty) tells its group of rows in a
// comparison of companies ("Chipola - Historical" over "Towaliga -
// Historical" and pro forma groups): only its own group is read.
void PeriodRows(const Document& doc, const KeywordHits& hits,
                std::vector<Dividend>* out, std::vector<Piece>* regions,
                std::string_view registrant = {});

// Dividends per share tagged in inline XBRL (Document::tagged_numbers):
// dividend_tagged.cc. A number a record in `out` already spans is not
// read again. At most 2,000 numbers are read; a document with more gets
// one line in `warnings` (when not null).
void TaggedDividends(const Document& doc, std::vector<Dividend>* out,
                     std::vector<std::string>* warnings);

// Quarter rows under dividend column headings (market-price tables):
// dividend_quarter_rows.cc. Appends the tables read to `regions`.
// `registrant` (may be empty) tells its columns in companies' groups of
// columns side by side ("Chipola | Towaliga" over "High Low Dividend").
void QuarterRows(const Document& doc, const KeywordHits& hits,
                 std::vector<Dividend>* out, std::vector<Piece>* regions,
                 std::string_view registrant = {});

// True when `heading` names the registrant: the first word of its name
// (of three letters or more, "The" skipped) stands in it as a word.
bool NamesRegistrant(std::string_view heading, std::string_view registrant);

// A dividends note's rows, each naming its part, year and rates with the
// prior year's ("Final dividend for the year ended 31 December 2020 of
// 45.0p (2019: 44.2p) per share | 1,051 | 1,031"): dividend_note_rows.cc.
// Appends the rows read to `regions`.
void NoteRows(const Document& doc, const KeywordHits& hits,
              std::vector<Dividend>* out, std::vector<Piece>* regions);

// A half-yearly payer's dividends note, one row a dividend named by its
// year and part ("1996 final (paid 16 May 1997) | 8.1 | 10.6" under
// "Pence per share | GBP million"): dividend_part_rows.cc. Appends the
// tables read to `regions`.
void PartRows(const Document& doc, const KeywordHits& hits,
              std::vector<Dividend>* out, std::vector<Piece>* regions);

// A quarter's row label: "First Quarter", "2nd qtr.", "Q3", "Three months
// ended", "First (Oct.-Dec.)" (dividend_quarter_rows.cc).
const RE2& QuarterLabelRe();

// Year rows under quarter column headings, a title saying dividends per
// share above: dividend_year_rows.cc. Appends the tables read to `regions`.
void YearRows(const Document& doc, const KeywordHits& hits,
              std::vector<Dividend>* out, std::vector<Piece>* regions);

// A row's label: its first cell in a table of TAB-separated cells; in
// fixed-width text, the words before the dot leaders or the gap before its
// amounts (dividends.cc).
std::string_view RowLabel(std::string_view line);

// Kind, fiscal year and total of the dividend rows read from their labels
// in a statement of equity, from the balance rows around them
// (dividend_statement_rows.cc).
void StatementPeriods(const Document& doc, std::vector<Dividend>* out);

// Distributions of REITs and partnerships that are per-share dividends
// ("a quarterly distribution of $0.4625 per unit", "Distributions declared
// per common share"): when `text` has any, fills `reworded` with a copy of
// it where each such word reads "dividend(s)", padded to the same length
// (offsets unchanged), `where` (when not null) with their byte ranges, and
// returns true (dividend_distributions.cc). `hits` is built on `text`.
bool DistributionsAsDividends(std::string_view text, const KeywordHits& hits,
                              std::string* reworded, std::vector<Piece>* where);

// Position of the last occurrence of any of `words` in lower[from, to) that
// starts at a word boundary, npos if none (dividend_amounts.cc).
size_t LastOf(const std::string& lower, size_t from, size_t to,
              std::initializer_list<const char*> words);

// A per-share dividend amount of one sentence (dividend_amounts.cc).
struct AmountCandidate {
  Money money;
  bool increase = false;
  bool old_rate = false;  // "from $2.09" of "from $2.09 to $2.25 per share"
  // Another period's amount compared with the one before it ("compared
  // to $0.47 for the same period in 2023", "(2023: $0.47)"): the
  // sentence's dates are not its own.
  bool compared = false;
  size_t lead = 0;                   // end of the previous amount
  size_t limit = std::string::npos;  // start of the next amount
};

// Power of ten a stated unit means: "(in millions)", "(millions)", "(C$
// thousands)", "(US$ in millions)", "in billions" -> 6, 3, 9; 0 for none
// (dividend_column_table.cc).
int UnitOf(std::string_view s);

// The currency of a unit word ("euro", "pence", "yen", "US$") and the
// power of ten to apply to amounts in it (pence: -2), for 20-F tables
// (dividend_year_rows.cc).
void UnitCurrency(const std::string& unit, std::string* currency, int* shift);

// The unit a column heading states in parentheses ("Dividend per share
// (\u20ac)", "(US$) (1)", "(pence)"): its currency and power of ten as
// UnitCurrency; false for none (dividend_year_rows.cc).
bool HeadingUnit(const std::string& heading, std::string* currency, int* shift);

// A sentence whose dividend is another party's (dividend_amounts.cc): a
// merger's other party, or an entity the registrant holds a stake in (said
// in the sentence or the one before, `previous`), as the subject of
// "declared" or "paid".
bool OtherParty(std::string_view sentence, std::string_view previous);

// A dividend on shares others hold in a subsidiary (dividend_amounts.cc):
// `before` and `after` are the sentence around the amount, `previous` the
// sentence before it (empty when not known).
bool NoncontrollingShares(std::string_view before, std::string_view after,
                          std::string_view previous);

// The per-share dividend amounts of a sentence (lower-cased) among all its
// amounts, in order: per share only when the text says so, prices, terms,
// totals, increments and other payers' dividends left out, old rates of
// an increase marked `old_rate`.
// `dividend_row`: the text is a class's row under a heading row of
// dividends ("Common stock ($0.51 per share)"), which says "dividend"
// for it.
std::vector<AmountCandidate> PerShareAmounts(const std::string& lower,
                                             const std::vector<Money>& all,
                                             bool dividend_row = false);

// The quarters one rate of a sentence (lower-cased) was paid in, said
// right after the amount ending at `at`: "$0.74 per share in each of the
// first and second quarters of 2023", "$.12 per share paid in each of
// the first three quarters of 1996", "$.08 per share in each quarter of
// 2003". One (fiscal year, quarter) pair a quarter, in the order written;
// empty when the sentence says none (dividends.cc).
std::vector<std::pair<std::string, std::string>> EachQuarter(
    const std::string& lower, size_t at);

// The total of the dividend whose per-share amount is `m` (of a sentence,
// lower-cased), stated beside it: "$0.52 per share ($312 million in the
// aggregate)", "dividends declared totaled $1.2 billion, or $2.08 per
// share", "dividends of $2,400,000, or $.24 per share". `lead` and `limit`
// bound the words read (the per-share amounts before and after). Whole units in
// the amount's currency; "" when none is stated.
std::string SentenceTotal(const std::string& lower, const Money& m, size_t lead,
                          size_t limit);

// The year bound to each amount ("$1.88 in fiscal 2024", "... in 2023,
// 2022 and 2021, respectively"); "" where none is.
std::vector<std::string> AmountYears(const std::string& lower,
                                     const std::vector<AmountCandidate>& cands);

// Arithmetic and date checks on one record: record <= payable, declared <=
// record. A failure lowers the confidence and appends to check_failures.
void CheckDividendDates(Dividend* d);

// interim + year-end == annual total; on failure marks `annual`.
void CheckAnnualSum(const std::string& interim, const std::string& year_end,
                    Dividend* annual);

// per_share x shares ~ total (within 1%) when the share count is known.
void CheckTotal(const std::string& shares, Dividend* d);

// Which per-share amounts of a table to keep, given each one's column and
// its text as written (in row order; an empty text is not judged and
// kept). In OCR text (`ocr`; all are kept otherwise), within a column:
// where some amounts are written with a decimal point, those without one
// lost it and are dropped, and so is an amount over three times or under
// a third of the median of a column of three or more.
std::vector<bool> ColumnAgrees(
    const std::vector<std::pair<int, std::string>>& cells, bool ocr);

// A table's amounts are per share by a lead-in that does not say so
// ("... the dividends declared on our common stock:") only when every one
// is small and in cents: each written with a decimal point (an empty text,
// a total's, is not judged; `cells` as for ColumnAgrees) and under $10.
bool AllCents(const std::vector<std::pair<int, std::string>>& cells,
              const std::vector<Dividend>& got);

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
