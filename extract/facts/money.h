// Money amounts as written in filings -> normal forms of FIELDS.md.
//
//   "$0.135"        -> 0.135 USD        "90 cents" -> 0.90 USD
//   "JPY13.50"      -> 13.50 JPY        "¥13.50"   -> 13.50 JPY
//   "JPY608 million"-> 608000000 JPY    "$1.4 billion" -> 1400000000 USD
//
// Amounts stay decimal strings end to end (no binary floating point), so a
// value is exactly what the filing wrote, rescaled. Arithmetic checks use
// integer micro-units. Stateless and thread-safe.
#ifndef SECX_EXTRACT_FACTS_MONEY_H_
#define SECX_EXTRACT_FACTS_MONEY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text_util.h"

namespace secx {
namespace facts {

struct Money {
  std::string amount;    // decimal string, main currency unit
  std::string currency;  // ISO 4217; "" when the text names none
  bool scaled = false;   // written with million/billion/thousand: a total
  size_t start = 0;      // offsets into the text searched
  size_t end = 0;
};

// Every currency-marked amount in `text`, in order. Bare numbers without a
// currency sign or word are not money here.
std::vector<Money> FindMoney(std::string_view text);

// A table cell that is one amount ("JPY13.50", "13.50", "$ 0.18",
// "JPY608 million"); bare numbers are accepted with currency "".
std::optional<Money> ParseMoneyCell(std::string_view cell);

// The signs and codes written before an amount ("$", "US$", "R$", "JPY",
// "\u20ac"), as one RE2 alternation (no group) for other patterns.
extern const char kCurrencySignPattern[];

// Other currencies' signs, codes and names as a table heading or row label
// states its unit in parentheses ("(Rp)", "(NT$)", "(won)"), as one RE2
// alternation (no group), lower case; CurrencyCode knows each.
extern const char kCurrencyUnitWords[];

// Whether `s` is one such sign or code, whole.
bool IsCurrencySign(std::string_view s);

// ISO code for a currency sign or word ("$" -> "USD", "yen" -> "JPY").
std::string CurrencyCode(std::string_view token);

// ShiftDecimal (extract/text_util.h), used here throughout.
using ::secx::ShiftDecimal;

// Per-share form: at least two decimals ("1" -> "1.00", "0.135" kept).
std::string PerShareForm(std::string_view decimal);

// A total in whole units: "6170000000.0" -> "6170000000" (a fraction that
// is not zero is kept).
std::string WholeUnits(std::string_view amount);

// An amount written in hundredths of a currency (pence, cents) as the
// currency's units, its own digits kept and at least two decimals:
// "11.3" -> "0.113", "21.0" -> "0.21", "25" -> "0.25".
std::string FromHundredths(std::string_view decimal);

// Exact value in millionths, nullopt when not a decimal or out of range.
std::optional<int64_t> ToMicros(std::string_view decimal);

// Inverse of ToMicros with at least `min_decimals` decimals.
std::string FromMicros(int64_t micros, int min_decimals = 2);

}  // namespace facts
}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_MONEY_H_
