#include "extract/facts/dates.h"

#include <re2/re2.h>

#include <cctype>
#include <cstdio>

#include "extract/text_util.h"

namespace secx {
namespace facts {
namespace {

#define SECX_MONTH                                                        \
  "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|" \
  "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"           \
  "dec(?:ember)?)\\.?"
#define SECX_DAY "[0-3]?\\d(?:st|nd|rd|th)?"
#define SECX_YEAR "(?:19|20)\\d\\d"

// Month-day-year, day-month-year, m/d/y and ISO; each alternative keeps its
// own capture groups so the parser knows which order it saw.
const RE2& DateParts() {
  static const RE2 re(
      "\\b(" SECX_MONTH ")\\s+(" SECX_DAY ")\\s*,?\\s*(" SECX_YEAR
      ")\\b"
      "|\\b(" SECX_DAY ")\\s+(" SECX_MONTH ")\\s*,?\\s*(" SECX_YEAR
      ")\\b"
      "|\\b([01]?\\d)/([0-3]?\\d)/((?:19|20)?\\d\\d)\\b"
      "|\\b(" SECX_YEAR ")-([01]\\d)-([0-3]\\d)\\b");
  return re;
}

std::string Iso(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2099) return "";
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > kDays[m - 1]) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

int ToInt(const std::string& s) {
  int v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

const char kDateRe[] =
    "(?:\\b" SECX_MONTH "\\s+" SECX_DAY "\\s*,?\\s*" SECX_YEAR
    "\\b"
    "|\\b" SECX_DAY "\\s+" SECX_MONTH "\\s*,?\\s*" SECX_YEAR
    "\\b"
    "|\\b[01]?\\d/[0-3]?\\d/(?:19|20)?\\d\\d\\b"
    "|\\b" SECX_YEAR "-[01]\\d-[0-3]\\d\\b)";

namespace {

std::string FromGroups(const std::string g[12]) {
  if (!g[0].empty()) return Iso(ToInt(g[2]), MonthOfName(g[0]), ToInt(g[1]));
  if (!g[4].empty()) return Iso(ToInt(g[5]), MonthOfName(g[4]), ToInt(g[3]));
  if (!g[6].empty()) {
    int y = ToInt(g[8]);
    if (g[8].size() == 2) y += y < 50 ? 2000 : 1900;
    return Iso(y, ToInt(g[6]), ToInt(g[7]));
  }
  if (!g[9].empty()) return Iso(ToInt(g[9]), ToInt(g[10]), ToInt(g[11]));
  return "";
}

}  // namespace

std::vector<DateHit> FindDates(std::string_view text) {
  std::vector<DateHit> out;
  // Every form has a digit (RE2's \d is ASCII): most table cells and
  // labels have none and need no search.
  if (!HasAsciiDigit(text)) return out;
  const RE2& re = DateParts();
  re2::StringPiece m[13];
  size_t pos = 0;
  while (pos < text.size() &&
         re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(),
                  RE2::UNANCHORED, m, 13)) {
    std::string g[12];
    for (int i = 0; i < 12; ++i)
      g[i] = std::string(m[i + 1].data(), m[i + 1].size());
    DateHit h;
    h.start = m[0].data() - text.data();
    h.end = h.start + m[0].size();
    h.iso = FromGroups(g);
    if (!h.iso.empty()) out.push_back(h);
    pos = h.end > pos ? h.end : pos + 1;
  }
  return out;
}

std::string ParseDate(std::string_view text) {
  // Trim, then require the date to be the whole text.
  while (!text.empty() &&
         std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  std::vector<DateHit> hits = FindDates(text);
  if (hits.size() != 1 || hits[0].start != 0 || hits[0].end != text.size()) {
    return "";
  }
  return hits[0].iso;
}

}  // namespace facts
}  // namespace secx
