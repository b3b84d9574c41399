// Small text helpers shared by every stage: blank folding, ASCII case
// folding, month names, ISO dates, company name keys. One home for them,
// so that two stages never disagree on what "the same text" means.
// Pure functions; thread-safe.
#ifndef SECX_EXTRACT_TEXT_UTIL_H_
#define SECX_EXTRACT_TEXT_UTIL_H_

#include <optional>
#include <string>
#include <string_view>

namespace secx {

// Runs of blanks (space, tab, newline, CR, FF, VT) folded to one space,
// leading and trailing blanks dropped.
std::string FoldSpace(std::string_view s);

// ASCII letters to upper or lower case; other bytes (UTF-8) unchanged.
std::string Upper(std::string_view s);
std::string Lower(std::string_view s);

// An ASCII digit anywhere in `s` (what RE2's \d matches). Inline, and a
// plain loop: find_first_of("0123456789") calls memchr once per byte.
inline bool HasAsciiDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// Only ASCII digits, and at least one.
inline bool AllAsciiDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// 1..12 for a word that starts like an English month name ("Sept",
// "sep.", "December"), any case; 0 otherwise. (The OCR corrector's
// MonthNumber in extract/correct/tokenizer.h is stricter: whole names.)
int MonthOfName(std::string_view name);

// "YYYY-MM-DD", or "" when the day does not exist in that month (leap
// years counted) or the year is outside 1900..2199.
std::string IsoDate(int year, int month, int day);

// Whether an ISO yyyy-mm-dd date is the last day of its month
// ("2004-02-29" is, "2003-02-28" is, "2004-02-28" is not).
bool IsLastDayOfMonth(const std::string& iso);

// Days since 1970-01-01 of a civil (proleptic Gregorian) date, and of an
// ISO yyyy-mm-dd date (nullopt when malformed; the day is not checked
// against its month's length).
long DaysFromCivil(int year, int month, int day);
std::optional<long> DaysFromIsoDate(const std::string& date);

// Moves the decimal point of `decimal` ("1.4", "608", "90") by `places`
// (positive = multiply by 10^places); drops grouping commas and leading
// zeros. ShiftDecimal("90", -2) == "0.90", ShiftDecimal("1.4", 9) ==
// "1400000000"; "" when `decimal` is not a decimal number.
std::string ShiftDecimal(std::string_view decimal, int places);

// The company name key that joins filings without a CIK: upper case
// (ASCII), dots and apostrophes dropped, other punctuation to spaces,
// spaces folded, legal words (THE, INC, CORP, CO, LTD, ...) removed.
// The store keeps it in registrants.name_key.
std::string NameKey(const std::string& name);

// True when the full stop at `dot` ends a common abbreviation ("Inc.",
// "Ltd.", "Mr.", "No.") or an initial, not a sentence.
bool EndsWithAbbreviation(std::string_view text, size_t dot);

// The part of `before` after its last full stop and space that ends no
// abbreviation: the start of the sentence `before` runs into ("Skagerrak
// LNG Carriers Ltd. declared" stays whole).
std::string_view SentenceTail(std::string_view before);

// The part of `after` before its first full stop and space that ends no
// abbreviation: the rest of the sentence `after` starts in.
std::string_view SentenceHead(std::string_view after);

// A typed line with its tabs set out as blanks to the next stop of every
// eight columns, as a terminal shows it; a tab that would give one blank
// gives two, so that cells a tab sets apart stay apart. Columns count
// characters (UTF-8 continuation bytes are none).
std::string ExpandTabs(std::string_view line);

}  // namespace secx

#endif  // SECX_EXTRACT_TEXT_UTIL_H_
