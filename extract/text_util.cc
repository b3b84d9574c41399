#include "extract/text_util.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace secx {
namespace {

bool IsBlank(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  // Left to right, non-overlapping: what SQLite's replace() does.
  std::string out;
  size_t pos = 0;
  for (size_t hit; (hit = s->find(from, pos)) != std::string::npos;
       pos = hit + from.size()) {
    out.append(*s, pos, hit - pos);
    out += to;
  }
  out.append(*s, pos, std::string::npos);
  *s = std::move(out);
}

}  // namespace

std::string FoldSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsBlank(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

int MonthOfName(std::string_view name) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr",
                                        "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  const std::string p = Lower(name.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (p == kMonths[i]) return i + 1;
  }
  return 0;
}

std::string IsoDate(int year, int month, int day) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) {
    return "";
  }
  int max_day = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  if (day > max_day) return "";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool IsLastDayOfMonth(const std::string& iso) {
  if (iso.size() != 10 || !std::isdigit(static_cast<unsigned char>(iso[0])) ||
      !std::isdigit(static_cast<unsigned char>(iso[5])) ||
      !std::isdigit(static_cast<unsigned char>(iso[8]))) {
    return false;
  }
  int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2));
  int d = std::stoi(iso.substr(8, 2));
  return !IsoDate(y, m, d).empty() && IsoDate(y, m, d + 1).empty();
}

long DaysFromCivil(int y, int m, int d) {  // H. Hinnant's days_from_civil
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<long> DaysFromIsoDate(const std::string& date) {
  int y, m, d;
  char tail;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-' ||
      std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      m < 1 || m > 12 || d < 1 || d > 31) {
    return std::nullopt;
  }
  return DaysFromCivil(y, m, d);
}

std::string ShiftDecimal(std::string_view decimal, int places) {
  std::string digits;
  int point = -1;
  for (char c : decimal) {
    if (c == ',') continue;
    if (c == '.') {
      if (point >= 0) return "";
      point = static_cast<int>(digits.size());
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c))) return "";
    digits.push_back(c);
  }
  if (digits.empty()) return "";
  if (point < 0) point = static_cast<int>(digits.size());
  point += places;
  while (point > static_cast<int>(digits.size())) digits.push_back('0');
  while (point < 1) {
    digits.insert(digits.begin(), '0');
    ++point;
  }
  std::string whole = digits.substr(0, point);
  std::string frac = digits.substr(point);
  size_t nz = whole.find_first_not_of('0');
  whole = nz == std::string::npos ? "0" : whole.substr(nz);
  if (places > 0) {
    // A rescaled total: trailing zeros after the point carry no meaning.
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
  }
  return frac.empty() ? whole : whole + "." + frac;
}

std::string NameKey(const std::string& name) {
  static const char* const kSteps[][2] = {{".", ""},
                                          {"'", ""},
                                          {"\xE2\x80\x99", ""},
                                          {",", " "},
                                          {"&", " AND "},
                                          {"-", " "},
                                          {"/", " "},
                                          {"(", " "},
                                          {")", " "},
                                          {":", " "},
                                          {";", " "},
                                          {"!", " "},
                                          {"\"", " "},
                                          {"\t", " "},
                                          {"  ", " "},
                                          {"  ", " "},
                                          {"  ", " "},
                                          {"  ", " "},
                                          {"  ", " "},
                                          {" THE ", " "},
                                          {" KABUSHIKI KAISHA ", " "},
                                          {" INCORPORATED ", " "},
                                          {" INC ", " "},
                                          {" CORPORATION ", " "},
                                          {" CORP ", " "},
                                          {" COMPANY ", " "},
                                          {" CO ", " "},
                                          {" LIMITED ", " "},
                                          {" LTD ", " "},
                                          {" LLC ", " "},
                                          {" LP ", " "},
                                          {" PLC ", " "}};
  std::string s = " " + Upper(name) + " ";
  for (const auto& step : kSteps) ReplaceAll(&s, step[0], step[1]);
  // Spaces only, as SQLite's trim() (the key was first computed in SQL).
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

bool EndsWithAbbreviation(std::string_view text, size_t dot) {
  static const char* const kAbbrev[] = {
      "inc", "co", "corp", "ltd", "no", "mr", "mrs", "ms", "dr", "st", "jr",
      "sr", "vs", "e.g", "i.e", "u.s", "n.a", "etc", "fig", "approx",
      // Currency signs of letters before an amount: "Ps. 0.42", "Rs. 12.50".
      "ps", "rs", "rp"};
  size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) ||
                   text[b - 1] == '.')) {
    --b;
  }
  std::string word;
  for (size_t i = b; i < dot; ++i) {
    word.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
  }
  // Initials ("John Q. Public"), but not "Form 8-K." or "Item 5.".
  if (word.size() == 1) {
    return b == 0 || std::isspace(static_cast<unsigned char>(text[b - 1])) ||
           text[b - 1] == '(';
  }
  for (const char* a : kAbbrev) {
    if (word == a) return true;
  }
  return false;
}

std::string_view SentenceTail(std::string_view before) {
  size_t stop = before.rfind(". ");
  while (stop != std::string_view::npos && stop > 0 &&
         EndsWithAbbreviation(before, stop)) {
    stop = before.rfind(". ", stop - 1);
  }
  if (stop != std::string_view::npos) before.remove_prefix(stop + 2);
  return before;
}

std::string_view SentenceHead(std::string_view after) {
  size_t stop = after.find(". ");
  while (stop != std::string_view::npos && EndsWithAbbreviation(after, stop)) {
    stop = after.find(". ", stop + 1);
  }
  return after.substr(0, std::min(stop, after.size()));
}

std::string ExpandTabs(std::string_view line) {
  std::string out;
  out.reserve(line.size() + 16);
  size_t column = 0;
  for (char c : line) {
    if (c == '\t') {
      size_t blanks = 8 - column % 8;
      if (blanks == 1) blanks = 2;
      out.append(blanks, ' ');
      column += blanks;
      continue;
    }
    out.push_back(c);
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
    if (c == '\n') column = 0;
  }
  return out;
}

}  // namespace secx
