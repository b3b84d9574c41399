// Disclosures over time: dividends and revenue shares per company, one row
// per period with the change from the period before.
//
// Reads the store's `dividend_history` and `revenue_share_history` views
// (analyze/store_schema.cc). A series is what can be compared
// from one period to the next:
//   dividends       company x share class x currency x kind group, where
//                   the groups are regular (quarterly, interim, year-end),
//                   annual totals, special and stock dividends;
//   revenue shares  company x subject x metric.
// A row is one period of a series: the same dividend reported in several
// filings (same series, kind, date and amount) is one row listing every
// filing. A period is dated by the record date, else the payable date,
// else the declared date, else the end of the fiscal year its label names
// ("Year ended March 31, 2018"), else the date of the filing.
//
// Functions here only read the Store they are given; a Store is used by one
// thread at a time (store.h). The returned values are owned by the caller.
#ifndef SECX_ANALYZE_TREND_H_
#define SECX_ANALYZE_TREND_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyze/store.h"
#include "analyze/svg_plot.h"
#include "extract/status.h"
#include "extract/text_util.h"  // NameKey

namespace secx {

enum class TrendKind { kDividends, kRevenueShares };

struct TrendFilter {
  std::string company;  // substring of the name key (see NameKey), or ticker
  std::string cik;      // exact CIK, leading zeros ignored
};

struct TrendRow {
  std::string company_key;  // registrants.company_key
  std::string company;      // display name: registrant name, else ticker
  std::string cik;          // the company's CIK where known
  std::string series;       // legend label, unique per series
  std::string unit;         // currency, "shares" (stock dividends) or "%"
  std::string date;         // ISO date of the period
  std::string date_basis;   // record, payable, declared, fiscal_year,
                            // period_end or document
  // Dividends: kind, share class, fiscal-year label, status (the furthest
  // along of the duplicates: paid > declared > proposed > forecast).
  // Revenue shares: kind = subject, share_class = metric.
  std::string kind;
  std::string share_class;
  std::string fiscal_year;
  std::string status;
  std::string value;  // as stored (decimal string)
  double number = 0;
  std::optional<double> change;          // number - previous number
  std::optional<double> change_percent;  // 100 * change / previous number
  std::string change_text;  // change with the values' decimals, signed
  std::vector<int64_t> document_ids;  // every filing that reports it
  std::vector<std::string> paths;
};

struct Trend {
  TrendKind kind = TrendKind::kDividends;
  std::vector<TrendRow> rows;  // grouped by series, in date order within
  int skipped = 0;             // records without a number or a date
};

// Reads, filters, collapses duplicates and computes changes. Errors: the
// store holds no such records ("ingest filings first"), or no company
// matches the filter (the message lists the closest names).
Result<Trend> LoadTrend(Store& store, TrendKind kind,
                        const TrendFilter& filter);

// The trend as a chart: one line per series, one panel per unit.
PlotSpec TrendPlot(const Trend& trend, const std::string& title);

}  // namespace secx

#endif  // SECX_ANALYZE_TREND_H_
