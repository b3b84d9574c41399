#include "analyze/search_snippet.h"

#include <algorithm>

namespace secx {
namespace {

bool WordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || c >= 0x80;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

bool Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Length of the term matched at text[i] (a word start), 0 when none.
size_t MatchAt(const std::string& text, size_t i, size_t end,
               const std::vector<std::string>& terms) {
  for (const std::string& term : terms) {
    const bool prefix = !term.empty() && term.back() == '*';
    const size_t n = term.size() - (prefix ? 1 : 0);
    if (n == 0 || i + n > end) continue;
    bool same = true;
    for (size_t k = 0; k < n && same; ++k) same = Lower(text[i + k]) == term[k];
    if (!same) continue;
    size_t j = i + n;
    if (prefix) {
      while (j < end && WordByte(text[j])) ++j;
      return j - i;
    }
    if (j >= end || !WordByte(text[j])) return n;
  }
  return 0;
}

}  // namespace

std::vector<std::string> SearchTerms(const std::string& query) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < query.size()) {
    if (!WordByte(query[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < query.size() && (WordByte(query[j]) || query[j] == '_')) ++j;
    std::string word = query.substr(i, j - i);
    const bool column = j < query.size() && query[j] == ':';
    const bool star = j < query.size() && query[j] == '*';
    i = j + (star || column ? 1 : 0);
    if (column || word == "AND" || word == "OR" || word == "NOT" ||
        word == "NEAR") {
      continue;
    }
    for (char& c : word) c = Lower(c);
    if (star) word += '*';
    if (std::find(out.begin(), out.end(), word) == out.end()) {
      out.push_back(word);
    }
  }
  return out;
}

std::string Snippet(const std::string& text, size_t start, size_t end,
                    const std::vector<std::string>& terms, int width,
                    const std::string& open, const std::string& close) {
  end = std::min(end, text.size());
  start = std::min(start, end);
  size_t first = std::string::npos;
  for (size_t i = start; i < end && first == std::string::npos; ++i) {
    if ((i == start || !WordByte(text[i - 1])) && WordByte(text[i]) &&
        MatchAt(text, i, end, terms) > 0) {
      first = i;
    }
  }
  const size_t w = static_cast<size_t>(std::max(width, 20));
  size_t from = first == std::string::npos ? start
                : first - start > w / 4    ? first - w / 4
                                           : start;
  while (from > start && Continuation(text[from])) --from;
  size_t to = std::min(end, from + w);
  while (to < end && Continuation(text[to])) ++to;
  std::string out = from > start ? "..." : "";
  bool blank = false;
  for (size_t i = from; i < to;) {
    const unsigned char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      blank = true;
      ++i;
      continue;
    }
    if (blank && out.size() > 3) out += ' ';
    blank = false;
    size_t n = 0;
    if ((i == start || !WordByte(text[i - 1])) && WordByte(c)) {
      n = MatchAt(text, i, end, terms);
    }
    if (n > 0) {
      out += open + text.substr(i, n) + close;
      i += n;
    } else {
      out += static_cast<char>(c);
      ++i;
    }
  }
  if (to < end) out += "...";
  return out;
}

}  // namespace secx
