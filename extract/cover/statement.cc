#include "extract/cover/statement.h"

#include <re2/re2.h>

#include <cctype>
#include <optional>
#include <string>

#include "extract/cover/dates.h"
#include "extract/cover/layout.h"
#include "extract/text_util.h"

namespace secx {
namespace cover {
namespace {

// Letters and digits, lower case: "BEAR, STEARNS & CO. INC." and
// "Bear, Stearns & Co. Inc." compare equal.
std::string Folded(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

// "(SEC I.D. No. 8-35008)", as OCR reads it too: "L.D.", "LD.", "|.D.",
// "ID,". Group 1 is the number.
const RE2& SecIdRe() {
  static const RE2* const re = new RE2(
      R"((?i)\bSEC\s*[|il1]\s*\.?\s*d\s*[.,]?\s*no\b\s*[.,:]?\s*(\d{1,3}\s?-\s?\d{3,8})\b)");
  return *re;
}

// The heading's lines above `at`: at most kHeadingLines lines with text,
// within kHeadingBytes.
constexpr int kHeadingLines = 3;
constexpr size_t kHeadingBytes = 300;

std::string_view HeadingAbove(std::string_view text, size_t from, size_t at) {
  size_t begin = at > kHeadingBytes && at - kHeadingBytes > from
                     ? at - kHeadingBytes
                     : from;
  size_t b = text.rfind('\n', at == 0 ? 0 : at - 1);
  b = (b == std::string_view::npos || b < begin) ? begin : b;
  int lines = 0;
  while (b > begin && lines < kHeadingLines) {
    size_t prev = text.rfind('\n', b - 1);
    size_t start = (prev == std::string_view::npos || prev < begin) ? begin
                                                                    : prev + 1;
    std::string_view line = text.substr(start, b - start);
    if (line.find_first_not_of(" \t\f\r") != std::string_view::npos) ++lines;
    b = start == begin ? begin : start - 1;
  }
  return text.substr(b, at - b);
}

// The one value every match of a rule gives, with the span of its first
// match: a second, different value means neither stands (`Agrees` turns
// false, and the rule reads nothing).
struct OneValue {
  std::string value;
  size_t start = 0, end = 0;
  bool Agrees(const std::string& v, size_t s, size_t e) {
    if (value.empty()) {
      value = v;
      start = s;
      end = e;
      return true;
    }
    return v == value;
  }
};

// True when `hits` hold no period end of the registrant; *start_day is
// the day its period starts, when known.
bool NoPeriodEnd(const std::vector<Hit>& hits, std::optional<long>* start_day) {
  for (const Hit& h : hits) {
    if (h.entity != 0) continue;
    if (h.name == "reporting_period_end") return false;
    if (h.name == "reporting_period_start") *start_day = DaysFromIsoDate(h.value);
  }
  return true;
}

// A period end read after the facing page stands when it falls after a
// known start, within thirteen months of it.
void AddPeriodEnd(const std::string& iso, size_t start, size_t end,
                  std::optional<long> start_day, const char* rule,
                  std::vector<Hit>* hits) {
  if (start_day) {
    std::optional<long> end_day = DaysFromIsoDate(iso);
    if (!end_day || *end_day <= *start_day || *end_day - *start_day > 400) {
      return;
    }
  }
  AddHit("reporting_period_end", iso, start, end, 0.6, rule, 0, hits);
}

}  // namespace

void StatementHeadingRules(std::string_view text, size_t from, size_t to,
                           std::string_view registrant,
                           std::vector<Hit>* hits) {
  for (const Hit& h : *hits) {
    if (h.name == "commission_file_number") return;
  }
  const std::string name = Folded(registrant);
  if (to <= from) return;
  re2::StringPiece in(text.data(), to);
  re2::StringPiece m[2];
  size_t pos = from;
  OneValue found;
  while (pos < to && SecIdRe().Match(in, pos, to, RE2::UNANCHORED, m, 2)) {
    const size_t start = m[1].data() - text.data();
    const size_t end = start + m[1].size();
    pos = end;
    if (name.size() >= 4 &&
        Folded(HeadingAbove(text, from, m[0].data() - text.data()))
                .find(name) == std::string::npos) {
      continue;
    }
    std::string value;
    for (char c : std::string_view(m[1].data(), m[1].size())) {
      if (c != ' ') value.push_back(c);
    }
    if (!found.Agrees(value, start, end)) return;  // two numbers: neither
  }
  if (!found.value.empty()) {
    AddHit("commission_file_number", found.value, found.start, found.end, 0.6,
           "cover.file_number.sec_id", 0, hits);
  }
}

void StatementNameRules(std::string_view text, size_t from, size_t to,
                        std::vector<Hit>* hits) {
  for (const Hit& h : *hits) {
    if (h.name == "registrant_name" && h.entity == 0) return;
  }
  if (to <= from) return;
  // "& SUBSIDIARIES", "AND SUBSIDIARY", "and its consolidated subsidiaries"
  // after the name.
  static const RE2* const kSubsidiaries = new RE2(
      R"((?i)(.*?[^\s,&\-])[\s,\-]*(?:&|and)[\s\-]+(?:its[\s\-]+)?(?:consolidated[\s\-]+)?subsid[a-z]*\W*)");
  re2::StringPiece in(text.data(), to);
  re2::StringPiece m;
  size_t pos = from;
  OneValue found;
  while (pos < to && SecIdRe().Match(in, pos, to, RE2::UNANCHORED, &m, 1)) {
    const size_t at = m.data() - text.data();
    pos = at + m.size();
    // The heading's lines above the number, nearest first: remarks in
    // parentheses ("(An indirect wholly-owned subsidiary of ...)") and a
    // line of "AND SUBSIDIARIES" are passed; the next line is the name.
    std::string_view above = HeadingAbove(text, from, at);
    std::string_view name_line;
    size_t name_at = 0;
    size_t end = above.size();
    while (end > 0) {
      size_t nl = above.rfind('\n', end - 1);
      size_t start = nl == std::string_view::npos ? 0 : nl + 1;
      std::string_view line = Trim(above.substr(start, end - start));
      end = nl == std::string_view::npos ? 0 : nl;
      if (line.empty() || line.front() == '(') continue;
      static const RE2* const kAlone =
          new RE2(R"((?i)(?:and|&)\s+(?:its\s+)?(?:consolidated\s+)?subsidiar[a-z]*)");
      if (RE2::FullMatch(re2::StringPiece(line.data(), line.size()), *kAlone))
        continue;
      name_line = line;
      name_at = static_cast<size_t>(line.data() - text.data());
      break;
    }
    if (name_line.empty()) continue;
    re2::StringPiece head;
    std::string_view name = name_line;
    if (RE2::FullMatch(re2::StringPiece(name.data(), name.size()),
                       *kSubsidiaries, &head)) {
      name = std::string_view(head.data(), head.size());
    }
    // A company's name: it ends in its legal form ("LLC", "Inc.").
    if (!EndsInLegalForm(name) || HasDigit(name)) continue;
    std::string value = NormalName(name);
    if (value.empty()) continue;
    if (!found.Agrees(value, name_at, name_at + name.size())) return;
  }
  if (!found.value.empty()) {
    AddHit("registrant_name", found.value, found.start, found.end, 0.6,
           "cover.name.sec_id", 0, hits);
  }
}

void LoneFileNumber(std::string_view text, size_t from, size_t to,
                    std::vector<Hit>* hits) {
  for (const Hit& h : *hits) {
    if (h.name == "commission_file_number") return;
  }
  if (to <= from) return;
  // The form's head ends where the period line or the registrant's part
  // begins.
  static const RE2* const kHeadEnd = new RE2(
      R"((?i)\breport\s+for\s+the\s+period|\bregistrant\s+identification)");
  re2::StringPiece in(text.data(), to);
  re2::StringPiece e;
  size_t head_end = std::min(to, from + 3000);
  if (kHeadEnd->Match(in, from, head_end, RE2::UNANCHORED, &e, 1)) {
    head_end = e.data() - text.data();
  }
  // A cell of its own: two blanks or a line's edge on each side.
  static const RE2* const kAlone =
      new RE2(R"((?m)(?:^|  )[ \t]*(8-\d{4,6})[ \t]*(?:  |$))");
  re2::StringPiece m[2];
  size_t pos = from;
  OneValue found;
  while (pos < head_end &&
         kAlone->Match(in, pos, head_end, RE2::UNANCHORED, m, 2)) {
    const size_t start = m[1].data() - text.data();
    pos = start + m[1].size();
    if (!found.Agrees(std::string(m[1].data(), m[1].size()), start, pos)) {
      return;  // two numbers: neither
    }
  }
  if (found.value.empty()) return;
  AddHit("commission_file_number", found.value, found.start, found.end, 0.6,
         "cover.file_number.broker_dealer", 0, hits);
}

void OathRules(std::string_view text, size_t from, size_t to,
               std::vector<Hit>* hits) {
  std::optional<long> start_day;
  if (!NoPeriodEnd(*hits, &start_day) || to <= from) return;
  static const RE2* const kTrue =
      new RE2(R"((?i)\ba[rf]e\s+true\s+and\s+correct\b)");
  static const RE2* const kPertaining = new RE2(R"((?i)\bpertaining\s+to\b)");
  constexpr size_t kOathBytes = 400;  // "pertaining to" ... "true and correct"
  re2::StringPiece in(text.data(), to);
  re2::StringPiece t;
  size_t pos = from;
  OneValue found;
  while (pos < to && kTrue->Match(in, pos, to, RE2::UNANCHORED, &t, 1)) {
    const size_t at = t.data() - text.data();
    pos = at + t.size();
    size_t w = at > from + kOathBytes ? at - kOathBytes : from;
    // The statements' date is the last date after the oath's last
    // "pertaining to" (a year's statements "for the year ended" a date,
    // their schedules "as of" it).
    re2::StringPiece p;
    size_t after = std::string_view::npos;
    while (w < at && kPertaining->Match(in, w, at, RE2::UNANCHORED, &p, 1)) {
      after = p.data() - text.data() + p.size();
      w = after;
    }
    if (after == std::string_view::npos) continue;
    std::optional<DateMatch> d = LastFilledInDate(text.substr(after, at - after));
    if (!d) continue;
    if (!found.Agrees(d->iso, after + d->start, after + d->end)) {
      return;  // two dates: neither
    }
  }
  if (found.value.empty()) return;
  AddPeriodEnd(found.value, found.start, found.end, start_day,
               "cover.period.oath", hits);
}

void StatementTitleRules(std::string_view text, size_t from, size_t to,
                         std::vector<Hit>* hits) {
  std::optional<long> start_day;
  if (!NoPeriodEnd(*hits, &start_day) || to <= from) return;
  // A title, in title case or capitals: the line opens with it (not a
  // sentence of the auditor's report that names the statement, "...
  // statement of financial condition taken as a whole.").
  static const RE2* const kTitle = new RE2(
      R"((?m)^[ \t]*(?:(?:Consolidated|CONSOLIDATED)[ \t]+)?(?:Statements?[ \t]+of[ \t]+Financial[ \t]+Condition|STATEMENTS?[ \t]+OF[ \t]+FINANCIAL[ \t]+CONDITION)\b[^\n.]{0,40}$)");
  static const RE2* const kAsOf = new RE2(R"((?i)^(?:as\s+(?:of|at)\s+))");
  constexpr int kTitleLines = 8;      // the title's lines under it
  constexpr size_t kLongLine = 70;    // a sentence: the title page is over
  re2::StringPiece in(text.data(), to);
  re2::StringPiece t;
  size_t pos = from;
  OneValue found;
  while (pos < to && kTitle->Match(in, pos, to, RE2::UNANCHORED, &t, 1)) {
    size_t at = text.find('\n', t.data() - text.data());
    pos = t.data() - text.data() + t.size();
    for (int lines = 0; at != std::string_view::npos && at < to &&
                        lines < kTitleLines;) {
      size_t start = at + 1;
      size_t end = std::min(to, text.find('\n', start));
      at = end;
      std::string_view line = Trim(text.substr(start, end - start));
      if (line.empty()) continue;
      ++lines;
      if (line.size() > kLongLine) break;
      re2::StringPiece l(line.data(), line.size());
      if (RE2::Consume(&l, *kAsOf)) line = std::string_view(l.data(), l.size());
      std::optional<DateMatch> d = FindDate(line);
      if (!d || d->start != 0 || d->end != line.size()) continue;
      const size_t ds = line.data() - text.data();
      if (!found.Agrees(d->iso, ds, ds + line.size())) {
        return;  // two dates: neither
      }
      break;
    }
  }
  if (found.value.empty() || !IsLastDayOfMonth(found.value)) return;
  AddPeriodEnd(found.value, found.start, found.end, start_day,
               "cover.period.statement_title", hits);
}

}  // namespace cover
}  // namespace secx
