// Checks on dividend records. A failed check never changes a value: it
// lowers the confidence and says what failed, so a reviewer sees both the
// value as written and the doubt.
#include <string>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"

namespace secx {
namespace facts {
namespace {

void Fail(Dividend* d, std::string what) {
  d->check_failures.push_back(std::move(what));
  d->span.confidence *= 0.6;
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
      d->declared_date > d->record_date && d->status == "declared") {
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

}  // namespace facts
}  // namespace secx
