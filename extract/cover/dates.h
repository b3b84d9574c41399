// Dates as filings write them, to ISO 8601.
//
// "May 27, 2016", "May 27 , 2016", "Sept. 3, 1997", "27 May 2016",
// "February 19,1998", "June 30 2005", "2016-05-27" and "5/27/2016" (US
// order). A date is returned only when it exists in the calendar. The RE2
// patterns are compiled once and shared; all functions are thread-safe.
#ifndef SECX_EXTRACT_COVER_DATES_H_
#define SECX_EXTRACT_COVER_DATES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/text_util.h"

namespace secx {
namespace cover {

struct DateMatch {
  std::string iso;   // YYYY-MM-DD
  size_t start = 0;  // offsets into the searched string
  size_t end = 0;
};

// The first valid date in `s`, if any.
std::optional<DateMatch> FindDate(std::string_view s);

// FindDate(s) when that date starts at or before `max_start`, else nullopt.
// Tries the patterns anchored at each of the first max_start + 1 offsets,
// so a long `s` without a date near its start is not scanned to the end.
std::optional<DateMatch> FindDateNear(std::string_view s, size_t max_start);

// FindDateNear's fallback for a date OCR damaged in a phrase that names
// one ("For the fiscal year ended Marchi 31, 1996"): a month name with one
// letter lost or added ("Apri", "Marchi"), and one speck before the year
// ("October 31, -1995", "February 28, 2 2008"). The month word starts at
// or before `max_start`.
std::optional<DateMatch> FindDamagedDateNear(std::string_view s,
                                             size_t max_start);

// The last month-name date in `s` as a form's typed-in blanks hold it
// ("December 31 , 2005", "December 31. , 2004", "December 31 2006");
// nullopt when there is none, or when the last is no calendar date.
std::optional<DateMatch> LastFilledInDate(std::string_view s);

// `s` (trimmed) is a date and nothing else.
std::optional<std::string> ParseDate(std::string_view s);

// "January 1" (no year) with the year supplied; "" when invalid.
std::optional<DateMatch> FindMonthDay(std::string_view s, int year);

// IsoDate ("YYYY-MM-DD" when the date exists) is the shared helper; so is
// MonthOfName (1..12 for an English month name or abbreviation).
using secx::IsoDate;

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_DATES_H_
