#include "extract/facts/table_cells.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "extract/facts/dates.h"
#include "extract/facts/money.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

const RE2& TokenRe() {
  static const RE2 re(
      std::string("(") + kDateRe +
      ")"
      "|((?:" +
      kCurrencySignPattern +
      ")?\\s?\\(?\\d[\\d,]*(?:\\.\\d+)?\\)?"
      "(?:\\s*(?i:million|billion|thousand|yen|cents?))?"
      "(?:\\s*\\((?i:paid|forecast|plan|planned|expected|estimate)\\))?)"
      "|(-{1,2}|\xE2\x80\x93|\xE2\x80\x94|N/A|n/a|NA)(?:\\s|$)"
      "|([A-Za-z(][A-Za-z0-9'.():,&\\-]*(?: "
      "[A-Za-z(][A-Za-z0-9'.():,&\\-]*)*)");
  return re;
}

// Marks OCR leaves at the edges of a scanned cell: quotes, a copyright
// sign or a guillemet for a speck, rule fragments ("~", "_", "|"), and,
// after the value only, a dot or a dash of the leader ("1.13.",
// "November 4, 1998 ©", "‘October 17, 1998").
constexpr std::string_view kMarks[] = {
    "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D",
    "\xC2\xA9",      "\xC2\xAB",      "\xC2\xBB",      "\xC2\xB0",
    "\"",            "'",              "~",              "_",
    "|",             "*"};
constexpr std::string_view kLeaders = ".,;:-";

size_t MarkBefore(std::string_view s) {
  for (std::string_view mark : kMarks) {
    if (s.substr(0, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// `leader`: a leader's dot, comma, colon or dash counts as a mark too.
size_t MarkAfter(std::string_view s, bool leader) {
  for (std::string_view mark : kMarks) {
    if (s.size() >= mark.size() && s.substr(s.size() - mark.size()) == mark)
      return mark.size();
  }
  if (leader && !s.empty() && kLeaders.find(s.back()) != std::string_view::npos)
    return 1;
  return 0;
}

// Narrows [*start, *end) past OCR marks at its edges (up to three at each
// end) and the blanks beside them; `leader_after` lets a leader's dot,
// comma, colon or dash after the value go too.
void StripMarks(std::string_view text, bool leader_after, size_t* start,
                size_t* end) {
  size_t s = *start, e = *end;
  for (int k = 0; k < 3; ++k) {
    std::string_view rest = text.substr(s, e - s);
    size_t before = MarkBefore(rest);
    size_t after = MarkAfter(rest, leader_after);
    if (before == 0 && after == 0) break;
    s += before;
    e -= std::min(after, e - s);
    while (s < e && std::isspace(static_cast<unsigned char>(text[s]))) ++s;
    while (e > s && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  }
  *start = s;
  *end = e;
}

// A cell that holds no amount: a dash or "n/a", with or without a
// footnote mark ("n/a(1)").
bool IsDash(std::string t) {
  if (t.size() > 3 && t.back() == ')' && t[t.size() - 3] == '(') {
    t.resize(t.size() - 3);
  }
  return t == "-" || t == "--" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" ||
         t == "N/A" || t == "n/a" || t == "NA";
}

TableCell MakeCell(std::string_view text, size_t start, size_t end) {
  TableCell c;
  while (start < end && std::isspace(static_cast<unsigned char>(text[start])))
    ++start;
  while (end > start && std::isspace(static_cast<unsigned char>(text[end - 1])))
    --end;
  // A footnote mark set against an amount ("0.93(2)", "1.20(a)"): the
  // amount is the cell's. (A deduction in parentheses stands apart or
  // alone: "(2)".)
  if (end - start >= 4 && text[end - 1] == ')' && text[end - 3] == '(' &&
      std::isalnum(static_cast<unsigned char>(text[end - 2])) &&
      std::isdigit(static_cast<unsigned char>(text[end - 4]))) {
    std::string inner = FoldSpace(text.substr(start, end - 3 - start));
    // (Or against a date: "21 September 2023(3)".)
    if (ParseMoneyCell(inner) ||
        (ParseDate(FoldSpace(text.substr(start, end - start))).empty() &&
         !ParseDate(inner).empty())) {
      end -= 3;
    }
  }
  // (Or one blank after it: "1.10 (2)", an amount with decimals.)
  if (end - start >= 6 && text[end - 1] == ')' && text[end - 3] == '(' &&
      text[end - 4] == ' ' &&
      std::isalnum(static_cast<unsigned char>(text[end - 2])) &&
      std::isdigit(static_cast<unsigned char>(text[end - 5]))) {
    std::string inner = FoldSpace(text.substr(start, end - 4 - start));
    if (inner.find('.') != std::string::npos && ParseMoneyCell(inner)) end -= 4;
  }
  // A cell that is no date or amount as it stands may be one inside OCR
  // marks: the marks are left out of the cell when that makes it one.
  size_t s2 = start, e2 = end;
  StripMarks(text, /*leader_after=*/true, &s2, &e2);
  if ((s2 != start || e2 != end) && e2 > s2) {
    std::string whole = FoldSpace(text.substr(start, end - start));
    std::string inner = FoldSpace(text.substr(s2, e2 - s2));
    if (ParseDate(whole).empty() && !ParseMoneyCell(whole) &&
        (!ParseDate(inner).empty() ||
         (ParseMoneyCell(inner) &&
          inner.find_first_of("0123456789") != std::string::npos))) {
      start = s2;
      end = e2;
    }
  }
  // A label inside OCR marks (an opening quote before "Third quarter",
  // "Fourth quarter" and a copyright sign): the marks are no part of it
  // (dots, commas and colons after words are kept).
  s2 = start;
  e2 = end;
  StripMarks(text, /*leader_after=*/false, &s2, &e2);
  if (e2 > s2 && std::isalpha(static_cast<unsigned char>(text[s2])) &&
      std::isalnum(static_cast<unsigned char>(text[e2 - 1]))) {
    start = s2;
    end = e2;
  }
  c.start = start;
  c.end = end;
  c.text = FoldSpace(text.substr(start, end - start));
  c.iso = ParseDate(c.text);
  if (!c.iso.empty()) {
    c.kind = TableCell::kDate;
  } else if (IsDash(c.text)) {
    c.kind = TableCell::kDash;
  } else if (ParseMoneyCell(c.text)) {
    c.kind = TableCell::kMoney;
  }
  return c;
}

}  // namespace

TableCell CellOf(std::string_view text, size_t start, size_t end) {
  return MakeCell(text, start, end);
}

std::vector<TableCell> SplitCells(std::string_view text, size_t start,
                                  size_t end) {
  std::vector<TableCell> out;
  std::string_view s = text.substr(start, end - start);
  if (s.find('\t') != std::string_view::npos) {
    size_t pos = 0;
    while (pos <= s.size()) {
      size_t tab = s.find('\t', pos);
      if (tab == std::string_view::npos) tab = s.size();
      TableCell c = MakeCell(text, start + pos, start + tab);
      if (!c.text.empty()) out.push_back(c);
      pos = tab + 1;
    }
    return out;
  }
  re2::StringPiece whole(text.data(), end);
  re2::StringPiece m[5];
  size_t pos = start;
  while (pos < end) {
    while (pos < end && std::isspace(static_cast<unsigned char>(text[pos])))
      ++pos;
    if (pos >= end) break;
    if (!TokenRe().Match(whole, pos, end, RE2::ANCHOR_START, m, 5) ||
        m[0].empty()) {
      ++pos;
      continue;
    }
    size_t tok_end = m[0].data() - text.data() + m[0].size();
    if (m[3].data() != nullptr)
      tok_end = m[3].data() - text.data() + m[3].size();
    out.push_back(MakeCell(text, pos, tok_end));
    pos = tok_end;
  }
  return out;
}

}  // namespace facts
}  // namespace secx
