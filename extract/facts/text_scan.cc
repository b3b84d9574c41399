#include "extract/facts/text_scan.h"

#include <string.h>

#include <algorithm>
#include <cctype>
#include <cstring>

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

size_t LineStart(std::string_view text, size_t pos) {
  size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

size_t LineEnd(std::string_view text, size_t pos) {
  size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos ? text.size() : nl;
}

Piece ParagraphAround(std::string_view text, size_t hit) {
  size_t floor = hit > kMaxParagraph ? hit - kMaxParagraph : 0;
  size_t ceil = std::min(text.size(), hit + kMaxParagraph);
  size_t start = LineStart(text, hit);
  while (start > floor) {
    size_t prev = LineStart(text, start - 1);
    if (BlankLine(text, prev, start - 1)) break;
    start = prev;
  }
  if (start < floor) start = floor;
  size_t end = LineEnd(text, hit);
  while (end < ceil) {
    size_t next_end = LineEnd(text, end + 1);
    if (BlankLine(text, end + 1, next_end)) break;
    end = next_end;
  }
  if (end > ceil) end = ceil;
  return {start, end};
}

bool EndsWithAbbreviation(std::string_view text, size_t dot) {
  static const char* const kAbbrev[] = {
      "inc", "co", "corp", "ltd", "no",  "mr",  "mrs", "ms",  "dr",  "st",
      "jr",  "sr", "vs",   "e.g", "i.e", "u.s", "n.a", "etc", "fig", "approx"};
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
    return b == 0 || IsSpace(text[b - 1]) || text[b - 1] == '(';
  }
  for (const char* a : kAbbrev) {
    if (word == a) return true;
  }
  return false;
}

}  // namespace

// Earliest occurrence at or after `pos` of any needle. Each needle is
// searched with glibc's memmem (two-way with a SIMD first-byte scan), each
// search bounded by the best hit so far; common first bytes ("d", "%") no
// longer stop the scan at every candidate as a memchr loop would.
size_t FindAny(std::string_view text,
               std::initializer_list<std::string_view> needles, size_t pos) {
  const char* data = text.data();
  size_t best = std::string_view::npos;
  for (std::string_view n : needles) {
    if (n.empty() || pos >= text.size()) continue;
    size_t limit = std::min(best == std::string_view::npos
                                ? text.size()
                                : std::min(text.size(), best + n.size()),
                            text.size());
    if (limit <= pos) continue;
    const void* hit = memmem(data + pos, limit - pos, n.data(), n.size());
    if (hit == nullptr) continue;
    size_t at = static_cast<const char*>(hit) - data;
    if (at < best) best = at;
  }
  return best;
}

std::vector<Piece> ParagraphsWith(
    std::string_view text, std::initializer_list<std::string_view> needles) {
  std::vector<Piece> out;
  size_t pos = 0;
  while ((pos = FindAny(text, needles, pos)) != std::string_view::npos) {
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

std::vector<Piece> LinesWith(std::string_view text,
                             std::initializer_list<std::string_view> needles) {
  std::vector<Piece> out;
  size_t pos = 0;
  while ((pos = FindAny(text, needles, pos)) != std::string_view::npos) {
    Piece line{LineStart(text, pos), LineEnd(text, pos)};
    out.push_back(line);
    pos = std::max(line.end, pos + 1);
  }
  return out;
}

std::vector<Piece> Sentences(std::string_view text, Piece piece) {
  std::vector<Piece> out;
  size_t start = piece.start;
  while (start < piece.end && IsSpace(text[start])) ++start;
  for (size_t i = start; i < piece.end; ++i) {
    char c = text[i];
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

std::string FoldSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool ContainsLower(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (hay.size() < needle.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() &&
           std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k]) {
      ++k;
    }
    if (k == needle.size()) return true;
  }
  return false;
}

}  // namespace facts
}  // namespace secx
