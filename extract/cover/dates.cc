#include "extract/cover/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "extract/cover/layout.h"

namespace secx {
namespace cover {
namespace {

#define SECX_MONTH                                                     \
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|" \
  "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"

// Each pattern captures three groups; `order` says which is which.
struct DatePattern {
  const char* name;
  const char* pattern;
  char order[4];  // 'M' month name, 'm' month number, 'd' day, 'y' year
};

const DatePattern kDatePatterns[] = {
    {"month_day_year",
     "(?i)\\b" SECX_MONTH
     "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b",
     "Mdy"},
    {"day_month_year",
     "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?" SECX_MONTH
     "\\.?,?\\s+(\\d{4})\\b",
     "dMy"},
    {"iso", "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", "ymd"},
    {"us_numeric", "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b", "mdy"},
};

struct CompiledDates {
  std::vector<std::unique_ptr<RE2>> res;
  std::unique_ptr<RE2> month_day;
  CompiledDates() {
    for (const DatePattern& p : kDatePatterns) {
      res.push_back(std::make_unique<RE2>(p.pattern));
    }
    month_day = std::make_unique<RE2>("(?i)\\b" SECX_MONTH
                                      "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
  }
};

const CompiledDates& Dates() {
  static const CompiledDates* const kDates = new CompiledDates();
  return *kDates;
}

std::string FromGroups(const char* order, const re2::StringPiece g[3]) {
  int y = 0, m = 0, d = 0;
  for (int i = 0; i < 3; ++i) {
    std::string s(g[i].data(), g[i].size());
    switch (order[i]) {
      case 'M':
        m = MonthOfName(s);
        break;
      case 'm':
        m = std::atoi(s.c_str());
        break;
      case 'd':
        d = std::atoi(s.c_str());
        break;
      case 'y':
        y = std::atoi(s.c_str());
        break;
    }
  }
  return IsoDate(y, m, d);
}

}  // namespace

std::optional<DateMatch> FindDate(std::string_view s) {
  const CompiledDates& dates = Dates();
  std::optional<DateMatch> best;
  re2::StringPiece input(s.data(), s.size());
  for (size_t i = 0; i < dates.res.size(); ++i) {
    re2::StringPiece text = input;
    re2::StringPiece g[4];
    size_t from = 0;
    // Keep looking when a match is not a real date ("February 30, 2001").
    while (from < s.size() && dates.res[i]->Match(text, from, text.size(),
                                                  RE2::UNANCHORED, g, 4)) {
      size_t start = g[0].data() - s.data();
      if (best && start >= best->start) break;
      std::string iso = FromGroups(kDatePatterns[i].order, g + 1);
      if (!iso.empty()) {
        best = DateMatch{iso, start, start + g[0].size()};
        break;
      }
      from = start + 1;
    }
  }
  return best;
}

// An anchored match at `start` is the match an unanchored search finds
// when its leftmost match starts there, so trying the offsets in order and
// keeping each pattern's first valid date reproduces FindDate up to
// `max_start`.
std::optional<DateMatch> FindDateNear(std::string_view s, size_t max_start) {
  const CompiledDates& dates = Dates();
  std::optional<DateMatch> best;
  re2::StringPiece input(s.data(), s.size());
  size_t last = std::min(max_start + 1, s.size());
  auto word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  };
  for (size_t i = 0; i < dates.res.size(); ++i) {
    re2::StringPiece g[4];
    for (size_t start = 0; start < last; ++start) {
      if (best && start >= best->start) break;
      // Every pattern starts with \b and a letter or digit (a byte over
      // 0x7F may case-fold to a month's first letter): offsets where that
      // cannot hold are not handed to RE2.
      unsigned char c = static_cast<unsigned char>(s[start]);
      if (c < 0x80 && (!std::isalnum(c) || (start > 0 && word(s[start - 1])))) {
        continue;
      }
      if (!dates.res[i]->Match(input, start, input.size(), RE2::ANCHOR_START, g,
                               4)) {
        continue;
      }
      std::string iso = FromGroups(kDatePatterns[i].order, g + 1);
      if (!iso.empty()) {
        best = DateMatch{iso, start, start + g[0].size()};
        break;
      }
    }
  }
  return best;
}

std::optional<std::string> ParseDate(std::string_view s) {
  std::string_view t = Trim(s);
  while (!t.empty() && (t.back() == '.' || t.back() == ',')) {
    t.remove_suffix(1);
  }
  // Only a date starting at 0 can qualify: FindDateNear does not scan the
  // rest of a line that does not start with one.
  std::optional<DateMatch> m = FindDateNear(t, 0);
  if (!m || m->start != 0 || m->end != t.size()) return std::nullopt;
  return m->iso;
}

std::optional<DateMatch> FindMonthDay(std::string_view s, int year) {
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece g[3];
  if (!Dates().month_day->Match(input, 0, input.size(), RE2::UNANCHORED, g,
                                3)) {
    return std::nullopt;
  }
  std::string iso =
      IsoDate(year, MonthOfName(std::string(g[1].data(), g[1].size())),
              std::atoi(std::string(g[2].data(), g[2].size()).c_str()));
  if (iso.empty()) return std::nullopt;
  size_t start = g[0].data() - s.data();
  return DateMatch{iso, start, start + g[0].size()};
}

std::optional<DateMatch> FindDamagedDateNear(std::string_view s,
                                             size_t max_start) {
  // A month word, its day, perhaps one speck, the year.
  static const RE2* const kDamaged = new RE2(
      R"((?i)([a-z]{3,10})\.?\s*(\d{1,2})\s*[,.]?\s*(?:[-~_'.]\s*|\d\s+)?((?:19|20)\d\d)\b)");
  static const char* const kMonths[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece g[4];
  size_t last = std::min(max_start + 1, s.size());
  for (size_t start = 0; start < last; ++start) {
    if (start > 0 && std::isalpha(static_cast<unsigned char>(s[start - 1]))) {
      continue;
    }
    if (!kDamaged->Match(input, start, input.size(), RE2::ANCHOR_START, g, 4)) {
      continue;
    }
    std::string_view word(g[1].data(), g[1].size());
    int month = MonthOfName(word);
    if (month == 0) return std::nullopt;
    // The name with one letter lost or added ("Apri", "Marchi"), or
    // its short form ("Oct", "Sept").
    const size_t full = std::string_view(kMonths[month - 1]).size();
    if (word.size() > 4 && word.size() + 1 < full) return std::nullopt;
    if (word.size() > full + 1) return std::nullopt;
    std::string iso =
        IsoDate(std::atoi(std::string(g[3].data(), g[3].size()).c_str()), month,
                std::atoi(std::string(g[2].data(), g[2].size()).c_str()));
    if (iso.empty()) return std::nullopt;
    return DateMatch{iso, start, start + g[0].size()};
  }
  return std::nullopt;
}

std::optional<DateMatch> LastFilledInDate(std::string_view s) {
  static const RE2* const kFilledIn = new RE2(
      "(?i)\\b" SECX_MONTH
      "\\.?\\s*(\\d{1,2})\\s*[.,]?\\s*,?\\s*((?:19|20)\\d\\d)\\b");
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece g[4];
  std::optional<DateMatch> last;
  for (size_t q = 0;
       q < s.size() && kFilledIn->Match(input, q, s.size(), RE2::UNANCHORED, g, 4);) {
    const size_t start = g[0].data() - s.data();
    q = start + g[0].size();
    last = DateMatch{FromGroups("Mdy", g + 1), start, q};
  }
  if (!last || last->iso.empty()) return std::nullopt;
  return last;
}

}  // namespace cover
}  // namespace secx
