// Checks on dividend records. A failed check never changes a value: it
// lowers the confidence and says what failed, so a reviewer sees both the
// value as written and the doubt.
#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/text_util.h"

namespace secx {
namespace facts {
namespace {

void Fail(Dividend* d, std::string what) {
  d->check_failures.push_back(std::move(what));
  d->span.confidence *= 0.6;
}

// A record date at the end of the half or year that a board declares the
// dividend for afterwards, as Japanese companies do ("Date of Resolution
// Nov. 14, 2001 | Record Date Sept. 30, 2001 | Payment Date Dec. 7,
// 2001"): the last day of a month, the declaration within about three
// months after it, the payment after both.
bool PeriodEndRecord(const Dividend& d) {
  std::optional<long> record = DaysFromIsoDate(d.record_date);
  std::optional<long> declared = DaysFromIsoDate(d.declared_date);
  return record && declared && IsLastDayOfMonth(d.record_date) &&
         *declared > *record && *declared - *record <= 100 &&
         !d.payable_date.empty() && d.payable_date >= d.declared_date;
}

}  // namespace

void CheckDividendDates(Dividend* d) {
  // ISO dates compare correctly as strings.
  if (!d->record_date.empty() && !d->payable_date.empty() &&
      d->record_date > d->payable_date) {
    Fail(d, "record_date " + d->record_date + " is after payable_date " +
                d->payable_date);
  }
  if (!d->declared_date.empty() && !d->record_date.empty() &&
      d->declared_date > d->record_date && d->status == "declared" &&
      !PeriodEndRecord(*d)) {
    Fail(d, "declared_date " + d->declared_date + " is after record_date " +
                d->record_date);
  }
}

void CheckAnnualSum(const std::string& interim, const std::string& year_end,
                    Dividend* annual) {
  auto a = ToMicros(interim);
  auto b = ToMicros(year_end);
  auto t = ToMicros(annual->per_share);
  if (!a || !b || !t) return;
  if (*a + *b != *t) {
    Fail(annual, "interim " + interim + " + year-end " + year_end + " = " +
                     FromMicros(*a + *b) + ", not the annual total " +
                     annual->per_share);
  }
}

void CheckTotal(const std::string& shares, Dividend* d) {
  if (shares.empty() || d->total_amount.empty() || d->per_share.empty()) return;
  auto n = ToMicros(shares);
  auto per = ToMicros(d->per_share);
  auto total = ToMicros(d->total_amount);
  if (!n || !per || !total || *total == 0) return;
  // micros * micros: scale back once; long double keeps 64 bits of mantissa.
  long double implied = static_cast<long double>(*n) * *per / 1e6L;
  long double diff = implied - *total;
  if (diff < 0) diff = -diff;
  if (diff > 0.01L * *total) {
    Fail(d, "per_share " + d->per_share + " x " + shares + " shares is not " +
                "the total " + d->total_amount);
  }
}

namespace {

// ColumnAgrees for the amounts of one column.
std::vector<bool> OneColumnAgrees(const std::vector<std::string>& written) {
  const size_t n = written.size();
  std::vector<bool> keep(n, true);
  if (n < 2) return keep;
  // Amounts with a decimal point beside amounts without one: the bare
  // ones lost their point (".10" read as "10").
  size_t dotted = 0;
  for (const std::string& w : written) {
    dotted += w.find('.') != std::string::npos;
  }
  if (dotted >= 1 && dotted < n) {
    for (size_t i = 0; i < n; ++i) {
      keep[i] = written[i].find('.') != std::string::npos;
    }
  }
  // An amount three times above or below its column's median is taken as
  // a misreading (".90" read as "8.90"); a special dividend among
  // quarterly ones is lost with it, which a wrong amount would cost more.
  std::vector<double> values;
  for (size_t i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    std::string digits;
    for (char c : written[i]) {
      if ((c >= '0' && c <= '9') || c == '.') digits += c;
    }
    values.push_back(std::strtod(digits.c_str(), nullptr));
  }
  if (values.size() < 3) return keep;
  std::vector<double> sorted = values;
  std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2,
                   sorted.end());
  double median = sorted[sorted.size() / 2];
  if (median <= 0) return keep;
  for (size_t i = 0, k = 0; i < n; ++i) {
    if (!keep[i]) continue;
    double v = values[k++];
    if (v > 3 * median || v < median / 3) keep[i] = false;
  }
  return keep;
}

}  // namespace

std::vector<bool> ColumnAgrees(
    const std::vector<std::pair<int, std::string>>& cells, bool ocr) {
  std::vector<bool> keep(cells.size(), true);
  // Typed and HTML text loses no decimal point: its columns are as their
  // filer wrote them ("$1" beside "$0.50" included).
  if (!ocr) return keep;
  std::set<int> columns;
  for (const auto& [column, written] : cells) columns.insert(column);
  for (int column : columns) {
    std::vector<size_t> at;
    std::vector<std::string> written;
    for (size_t k = 0; k < cells.size(); ++k) {
      if (cells[k].first != column || cells[k].second.empty()) continue;
      at.push_back(k);
      written.push_back(cells[k].second);
    }
    std::vector<bool> agree = OneColumnAgrees(written);
    for (size_t i = 0; i < at.size(); ++i) keep[at[i]] = agree[i];
  }
  return keep;
}

bool AllCents(const std::vector<std::pair<int, std::string>>& cells,
              const std::vector<Dividend>& got) {
  for (const auto& [column, written] : cells) {
    if (!written.empty() && written.find('.') == std::string::npos)
      return false;
  }
  for (const Dividend& d : got) {
    if (!(std::strtod(d.per_share.c_str(), nullptr) < 10.0)) return false;
  }
  return true;
}

}  // namespace facts
}  // namespace secx
