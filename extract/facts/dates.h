// Small date parser for the disclosure extractors: "March 31, 2018",
// "Dec. 17, 2012", "31 March 2018", "3/31/2018", "2018-03-31" -> ISO
// "2018-03-31". Kept here rather than shared with extract/cover/dates so the
// two stages can evolve independently; fold them together once both settle.
//
// kDateRe is an RE2 fragment (no capturing groups) that matches the same
// forms, for embedding in larger patterns. Stateless and thread-safe.
#ifndef SECX_EXTRACT_FACTS_DATES_H_
#define SECX_EXTRACT_FACTS_DATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/text_util.h"

namespace secx {
namespace facts {

// Matches one written date; non-capturing, case-insensitive inside.
extern const char kDateRe[];

// ISO "YYYY-MM-DD" for a written date, "" when `text` is not one date.
std::string ParseDate(std::string_view text);

// One date found in a text, offsets relative to the text searched.
struct DateHit {
  size_t start = 0;
  size_t end = 0;
  std::string iso;
};

// Every date in `text`, in order.
std::vector<DateHit> FindDates(std::string_view text);

// Month numbers of names ("Dec."): MonthOfName in extract/text_util.h.

}  // namespace facts
}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_DATES_H_
