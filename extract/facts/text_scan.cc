#include "extract/facts/text_scan.h"

#include <string.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <map>

namespace secx {
namespace facts {
namespace {

bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)); }

bool BlankLine(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (!IsSpace(text[i])) return false;
  }
  return true;
}

// Start of the line holding `pos`, searching back no further than `floor`
// (returned when the line starts before it). The bound keeps a search per
// hit linear: walking back to the start of a 50 MB line for every hit on it
// made one-line inputs quadratic.
size_t LineStart(std::string_view text, size_t pos, size_t floor = 0) {
  if (pos <= floor) return floor;
  const void* nl = memrchr(text.data() + floor, '\n', pos - floor);
  return nl == nullptr ? floor : static_cast<const char*>(nl) - text.data() + 1;
}

// End of the line holding `pos`, searching no further than `ceil` (returned
// when the line ends after it); see LineStart.
size_t LineEnd(std::string_view text, size_t pos,
               size_t ceil = std::string_view::npos) {
  ceil = std::min(ceil, text.size());
  if (pos >= ceil) return ceil;
  const void* nl = memchr(text.data() + pos, '\n', ceil - pos);
  return nl == nullptr ? ceil : static_cast<const char*>(nl) - text.data();
}

Piece ParagraphAround(std::string_view text, size_t hit) {
  size_t floor = hit > kMaxParagraph ? hit - kMaxParagraph : 0;
  size_t ceil = std::min(text.size(), hit + kMaxParagraph);
  size_t start = LineStart(text, hit, floor);
  while (start > floor) {
    size_t prev = LineStart(text, start - 1, floor);
    if (BlankLine(text, prev, start - 1)) break;
    start = prev;
  }
  size_t end = LineEnd(text, hit, ceil);
  while (end < ceil) {
    size_t next_end = LineEnd(text, end + 1, ceil);
    if (BlankLine(text, end + 1, next_end)) break;
    end = next_end;
  }
  return {start, end};
}

// Finds, in text order, the occurrences of a set of needles. Each needle
// is searched with glibc's memmem (a skip-table search), and its next hit
// is remembered: a needle is searched again only once the scan
// has passed that hit, so every needle reads the text at most once per
// cursor however many hits the others have (searching every needle afresh
// from each hit read the text again for each paragraph found).
class NeedleCursor {
 public:
  NeedleCursor(std::string_view text,
               std::initializer_list<std::string_view> needles)
      : text_(text), needles_(needles), next_(needles.size(), kUnsearched) {}

  // Earliest occurrence at or after `pos` of any needle, or npos.
  size_t Next(size_t pos) {
    size_t best = std::string_view::npos;
    if (pos >= text_.size()) return best;
    for (size_t i = 0; i < needles_.size(); ++i) {
      std::string_view n = needles_[i];
      if (n.empty()) continue;
      size_t& hit = next_[i];
      if (hit == kUnsearched || (hit != std::string_view::npos && hit < pos)) {
        const void* p =
            memmem(text_.data() + pos, text_.size() - pos, n.data(), n.size());
        hit = p == nullptr ? std::string_view::npos
                           : static_cast<const char*>(p) - text_.data();
      }
      best = std::min(best, hit);
    }
    return best;
  }

 private:
  static constexpr size_t kUnsearched = std::string_view::npos - 1;
  std::string_view text_;
  std::vector<std::string_view> needles_;
  std::vector<size_t> next_;  // next hit per needle, npos when none is left
};

// Paragraphs around the hits that `next(pos)` returns in text order (npos
// when there are no more); `pos` never decreases between calls.
template <typename NextHit>
std::vector<Piece> ParagraphsAround(std::string_view text, NextHit next) {
  std::vector<Piece> out;
  size_t pos = 0;
  while ((pos = next(pos)) != std::string_view::npos) {
    Piece p = ParagraphAround(text, pos);
    if (!out.empty() && p.start < out.back().end) {
      out.back().end = std::max(out.back().end, p.end);
    } else {
      out.push_back(p);
    }
    // Later hits in the same paragraph add nothing.
    pos = std::max(p.end, pos + 1);
  }
  return out;
}

// Lines around the hits that `next(pos)` returns, as ParagraphsAround.
template <typename NextHit>
std::vector<Piece> LinesAround(std::string_view text, NextHit next) {
  std::vector<Piece> out;
  size_t pos = 0;
  while ((pos = next(pos)) != std::string_view::npos) {
    Piece line{LineStart(text, pos), LineEnd(text, pos)};
    out.push_back(line);
    pos = std::max(line.end, pos + 1);
  }
  return out;
}

// Every keyword the disclosure extractors look for (case variants are
// separate keywords). A needle missing here still works (KeywordHits
// searches the text for it), only slower.
constexpr std::string_view kKeywords[] = {
    // tickers.cc
    "NASDAQ", "Nasdaq", "NYSE", "AMEX", "Amex", "TSE", "TSX", "OTC", "LSE",
    "ymbol", "YMBOL",
    // facts.cc: meetings, then Form SD
    "Meeting", "meeting", "MEETING", "flict mineral", "flict Mineral",
    "FLICT MINERAL", "onflict mineral", "onflict Mineral", "ONFLICT MINERAL",
    "13p-1", "direct supplier", "OECD", "RCOI", "due diligence",
    // dividends
    "vidend", "VIDEND", "pproval", "resolved at", "Interim", "interim",
    "INTERIM",
    // dividend_column_table.cc: the date roles of a heading row
    "ecord", "ECORD", "ayable", "AYABLE", "ayment", "AYMENT", "eclar", "ECLAR",
    // dividend_period_rows.cc: per-share row labels
    "er share", "ER SHARE", "er Share", "er common share", "er Common Share",
    "er ADS", "er American Depositary",
    // revenue_shares.cc, revenue_share_tables.cc
    "%", "percent", "Percent", "PERCENT",
    // dividend_quarter_rows.cc, dividend_period_rows.cc: row labels;
    // dividend_year_rows.cc: quarter and interim headings ("Q" for "Q1"
    // and "1st Qtr")
    "ividend", "IVIDEND", "uarter", "UARTER", "Q", "nterim", "NTERIM", "Div.",
    // dividend_period_rows.cc: section and class rows
    "Declared", "Paid", "Class", "CLASS",
    // dividend_period_rows.cc: a fund's distributions rows
    "istribution"};
static_assert(std::size(kKeywords) <= 64, "one bit of a uint64_t per keyword");

// The keywords, indexed by the two bytes they start with: each position of
// the text is one look-up in a table, and the few keywords listed for its
// two bytes are compared there (an RE2 search restarted after every hit
// cost more than the whole scan, '%' and the dividend words being common).
struct KeywordTable {
  std::vector<std::string_view> keywords{std::begin(kKeywords),
                                         std::end(kKeywords)};
  // Keywords of one byte, by that byte (bit i: keyword i).
  uint64_t single[256] = {};
  // By the first two bytes at a position: 1 + the index in `lists` of the
  // keywords that may start there (those of one byte that is the first,
  // those of more that start with both); 0: none.
  std::vector<uint16_t> slot_of = std::vector<uint16_t>(1 << 16, 0);
  std::vector<std::vector<uint8_t>> lists;

  KeywordTable() {
    // The keywords of each pair of bytes that starts one.
    std::map<unsigned, std::vector<uint8_t>> of_pair;
    for (size_t i = 0; i < keywords.size(); ++i) {
      std::string_view k = keywords[i];
      if (k.empty()) continue;
      const unsigned first = static_cast<unsigned char>(k[0]) << 8;
      if (k.size() > 1) {
        of_pair[first | static_cast<unsigned char>(k[1])].push_back(
            static_cast<uint8_t>(i));
        continue;
      }
      for (unsigned second = 0; second < 256; ++second) {
        of_pair[first | second].push_back(static_cast<uint8_t>(i));
      }
    }
    std::map<std::vector<uint8_t>, uint16_t> slots;  // one list per content
    for (auto& [pair, list] : of_pair) {
      auto [it, added] =
          slots.emplace(list, static_cast<uint16_t>(lists.size() + 1));
      if (added) lists.push_back(list);
      slot_of[pair] = it->second;
    }
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (keywords[i].size() == 1) {
        single[static_cast<unsigned char>(keywords[i][0])] |= uint64_t{1} << i;
      }
    }
  }

  // Bit i set for each keyword i of list `slot` that starts at text[at]
  // (the list's first two bytes already match there).
  uint64_t Matching(std::string_view text, size_t at, uint16_t slot) const {
    uint64_t mask = 0;
    const size_t left = text.size() - at;
    const char* p = text.data() + at;
    for (uint8_t i : lists[slot - 1]) {
      std::string_view k = keywords[i];
      if (k.size() > left) continue;
      size_t j = 2;
      while (j < k.size() && p[j] == k[j]) ++j;
      if (j >= k.size()) mask |= uint64_t{1} << i;
    }
    return mask;
  }

  // Bit i set for each keyword i among `needles`; false when a needle is
  // not in the table.
  bool MaskOf(std::initializer_list<std::string_view> needles,
              uint64_t* mask) const {
    *mask = 0;
    for (std::string_view n : needles) {
      if (n.empty()) continue;
      auto it = std::find(keywords.begin(), keywords.end(), n);
      if (it == keywords.end()) return false;
      *mask |= uint64_t{1} << (it - keywords.begin());
    }
    return true;
  }
};

const KeywordTable& Keywords() {
  static const KeywordTable* const kTable = new KeywordTable();
  return *kTable;
}

}  // namespace

std::vector<Piece> ParagraphsWith(
    std::string_view text, std::initializer_list<std::string_view> needles) {
  NeedleCursor cursor(text, needles);
  return ParagraphsAround(text, [&](size_t pos) { return cursor.Next(pos); });
}

bool ContainsAny(std::string_view text,
                 std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (!n.empty() && memmem(text.data(), text.size(), n.data(), n.size())) {
      return true;
    }
  }
  return false;
}

void SortUniqueLines(std::vector<Piece>* lines) {
  std::sort(lines->begin(), lines->end(),
            [](const Piece& a, const Piece& b) { return a.start < b.start; });
  lines->erase(std::unique(lines->begin(), lines->end(),
                           [](const Piece& a, const Piece& b) {
                             return a.start == b.start;
                           }),
               lines->end());
}

std::vector<Piece> LinesWith(std::string_view text,
                             std::initializer_list<std::string_view> needles) {
  NeedleCursor cursor(text, needles);
  return LinesAround(text, [&](size_t pos) { return cursor.Next(pos); });
}

KeywordHits::KeywordHits(std::string_view text) : text_(text) {
  const KeywordTable& table = Keywords();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (n == 0) return;
  const uint16_t* slot_of = table.slot_of.data();
  // Every start of a keyword, overlapping ones included, in text order.
  auto at_pos = [&](size_t at) {
    const uint16_t slot = slot_of[(p[at] << 8) | p[at + 1]];
    if (slot == 0) return;
    uint64_t mask = table.Matching(text, at, slot);
    if (mask != 0) hits_.push_back({at, mask});
  };
  size_t at = 0;
  // Four positions per step while bytes at + 4 exist: most steps find no
  // pair that starts a keyword and cost one test.
  for (; at + 4 < n; at += 4) {
    const unsigned b0 = p[at], b1 = p[at + 1], b2 = p[at + 2], b3 = p[at + 3],
                   b4 = p[at + 4];
    if ((slot_of[(b0 << 8) | b1] | slot_of[(b1 << 8) | b2] |
         slot_of[(b2 << 8) | b3] | slot_of[(b3 << 8) | b4]) == 0) {
      continue;
    }
    for (size_t k = 0; k < 4; ++k) at_pos(at + k);
  }
  for (; at + 1 < n; ++at) at_pos(at);
  // The last byte: keywords of one byte only.
  if (uint64_t mask = table.single[p[n - 1]]; mask != 0) {
    hits_.push_back({n - 1, mask});
  }
}

std::vector<Piece> KeywordHits::ParagraphsWith(
    std::initializer_list<std::string_view> needles) const {
  uint64_t mask = 0;
  if (!Keywords().MaskOf(needles, &mask)) {
    return facts::ParagraphsWith(text_, needles);
  }
  size_t i = 0;
  return ParagraphsAround(text_,
                          [&](size_t pos) { return Next(mask, pos, &i); });
}

std::vector<Piece> KeywordHits::LinesWith(
    std::initializer_list<std::string_view> needles) const {
  uint64_t mask = 0;
  if (!Keywords().MaskOf(needles, &mask)) {
    return facts::LinesWith(text_, needles);
  }
  size_t i = 0;
  return LinesAround(text_, [&](size_t pos) { return Next(mask, pos, &i); });
}

bool KeywordHits::ContainsAny(
    std::initializer_list<std::string_view> needles) const {
  uint64_t mask = 0;
  if (!Keywords().MaskOf(needles, &mask)) {
    return facts::ContainsAny(text_, needles);
  }
  size_t i = 0;
  return Next(mask, 0, &i) != std::string_view::npos;
}

size_t KeywordHits::Next(uint64_t mask, size_t pos, size_t* i) const {
  while (*i < hits_.size() &&
         (hits_[*i].pos < pos || (hits_[*i].mask & mask) == 0)) {
    ++*i;
  }
  return *i < hits_.size() ? hits_[*i].pos : std::string_view::npos;
}

namespace {

// True when the line ending at `end` (not before `from`) ends in a figure
// set apart from the words before it by three blanks or more (typed):
// "Dividend paid for 1995 (DKK 7.00 per share)       (84,000)".
bool EndsInFigureCell(std::string_view text, size_t from, size_t end) {
  size_t e = end;
  while (e > from && (text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
  size_t b = e;
  while (b > from &&
         (std::isdigit(static_cast<unsigned char>(text[b - 1])) ||
          text[b - 1] == ',' || text[b - 1] == '.' || text[b - 1] == '(' ||
          text[b - 1] == ')' || text[b - 1] == '$' || text[b - 1] == '-')) {
    --b;
  }
  if (b == e || b == from) return false;
  bool digit = false;
  for (size_t k = b; k < e; ++k) {
    digit |= std::isdigit(static_cast<unsigned char>(text[k])) != 0;
  }
  if (!digit) return false;
  size_t gap = 0;
  while (b > from && text[b - 1] == ' ') --b, ++gap;
  // (The line holds words before the gap: a row's label.)
  return gap >= 3 && b > from && text[b - 1] != '\n';
}

}  // namespace

std::vector<Piece> Sentences(std::string_view text, Piece piece) {
  std::vector<Piece> out;
  size_t start = piece.start;
  while (start < piece.end && IsSpace(text[start])) ++start;
  for (size_t i = start; i < piece.end; ++i) {
    char c = text[i];
    // A typed table's row ends at its line's end: a line whose last cell
    // is a figure set apart by a wide gap ("Dividend paid for 1995 (DKK
    // 7.00 per share)      (84,000)"), over a rule or another such row,
    // is no prose going on below. (A label wrapped under its figures goes
    // on: "Dividends paid to      (1,989)" over "shareowners ($0.46 per
    // share)".)
    if (c == '\n' && i > start && EndsInFigureCell(text, start, i)) {
      size_t k = i + 1;
      while (k < piece.end && IsSpace(text[k])) ++k;
      if (k >= piece.end) break;
      size_t next_end = text.find('\n', k);
      if (next_end == std::string_view::npos || next_end > piece.end) {
        next_end = piece.end;
      }
      std::string_view next = text.substr(k, next_end - k);
      const bool rule =
          next.find_first_not_of("-=_ \r") == std::string_view::npos;
      if (!rule && !EndsInFigureCell(text, k, next_end)) continue;
      size_t e = i;
      while (e > start && IsSpace(text[e - 1])) --e;
      out.push_back({start, e});
      start = k;
      i = k - 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    size_t j = i + 1;
    while (j < piece.end && (text[j] == '"' || text[j] == ')')) ++j;
    if (j >= piece.end || !IsSpace(text[j])) continue;
    size_t k = j;
    while (k < piece.end && IsSpace(text[k])) ++k;
    if (k >= piece.end) break;
    unsigned char next = static_cast<unsigned char>(text[k]);
    if (!std::isupper(next) && !std::isdigit(next) && next != '"' &&
        next != '(' && next != 0xE2) {
      continue;
    }
    if (c == '.' && EndsWithAbbreviation(text, i)) continue;
    out.push_back({start, j});
    start = k;
    i = k - 1;
  }
  if (start < piece.end) {
    size_t end = piece.end;
    while (end > start && IsSpace(text[end - 1])) --end;
    if (end > start) out.push_back({start, end});
  }
  return out;
}

Piece LineAt(std::string_view text, size_t start) {
  size_t end = text.find('\n', start);
  return {start, end == std::string_view::npos ? text.size() : end};
}

Piece LineBefore(std::string_view text, size_t start) {
  if (start == 0) return {0, 0};
  size_t end = start - 1;
  size_t from = end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
  from = from == std::string_view::npos ? 0 : from + 1;
  return {from, end};
}

bool BlankText(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::vector<Piece> Lines(std::string_view text, Piece piece) {
  std::vector<Piece> out;
  size_t pos = piece.start;
  while (pos < piece.end) {
    size_t nl = text.find('\n', pos);
    size_t end =
        nl == std::string_view::npos || nl > piece.end ? piece.end : nl;
    size_t e = end;
    if (e > pos && text[e - 1] == '\r') --e;
    if (!BlankLine(text, pos, e)) out.push_back({pos, e});
    pos = end + 1;
  }
  return out;
}

bool ContainsLower(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (hay.size() < needle.size()) return false;
  // ASCII folding inline: std::tolower is a call per byte, and the program
  // runs in the "C" locale where it folds ASCII only anyway.
  auto lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
  };
  const char first = needle[0];
  // For a letter, c | 0x20 == first exactly when c is the letter in either
  // case: one test per byte until a candidate.
  const bool letter = first >= 'a' && first <= 'z';
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    char c = hay[i];
    if (letter ? (c | 0x20) != first : c != first) continue;
    size_t k = 1;
    while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

}  // namespace facts
}  // namespace secx
