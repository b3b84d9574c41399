#include "analyze/search_snippet.h"

#include <algorithm>

namespace secx {
namespace {

bool WordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || c >= 0x80;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

bool Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Length of one word of a term at text[i], 0 when none ("divid*" is a
// prefix and takes the rest of the word).
size_t WordAt(const std::string& text, size_t i, size_t end,
              const std::string& word) {
  const bool prefix = !word.empty() && word.back() == '*';
  const size_t n = word.size() - (prefix ? 1 : 0);
  if (n == 0 || i + n > end) return 0;
  for (size_t k = 0; k < n; ++k) {
    if (Lower(text[i + k]) != word[k]) return 0;
  }
  size_t j = i + n;
  if (prefix) {
    while (j < end && WordByte(text[j])) ++j;
    return j - i;
  }
  return j >= end || !WordByte(text[j]) ? n : 0;
}

// Length of the term matched at text[i] (a word start), 0 when none. The
// words of a phrase may be apart by any run of non-word bytes, as FTS5's
// tokens are.
size_t MatchAt(const std::string& text, size_t i, size_t end,
               const std::vector<std::string>& terms) {
  for (const std::string& term : terms) {
    size_t j = i;
    size_t pos = 0;
    bool ok = true;
    while (ok && pos < term.size()) {
      size_t space = term.find(' ', pos);
      if (space == std::string::npos) space = term.size();
      if (pos > 0) {
        const size_t gap = j;
        while (j < end && !WordByte(text[j])) ++j;
        ok = j > gap;
      }
      const size_t n =
          ok ? WordAt(text, j, end, term.substr(pos, space - pos)) : 0;
      ok = n > 0;
      j += n;
      pos = space + 1;
    }
    if (ok && j > i) return j - i;
  }
  return 0;
}

}  // namespace

std::vector<std::string> SearchTerms(const std::string& query) {
  std::vector<std::string> out;
  auto add = [&](std::string term) {
    if (!term.empty() && std::find(out.begin(), out.end(), term) == out.end()) {
      out.push_back(std::move(term));
    }
  };
  std::string phrase;
  bool quoted = false;
  size_t i = 0;
  while (i < query.size()) {
    if (query[i] == '"') {
      if (quoted) add(phrase);
      phrase.clear();
      quoted = !quoted;
      ++i;
      continue;
    }
    if (!WordByte(query[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < query.size() && (WordByte(query[j]) || query[j] == '_')) ++j;
    std::string word = query.substr(i, j - i);
    const bool column = !quoted && j < query.size() && query[j] == ':';
    const bool star = j < query.size() && query[j] == '*';
    i = j + (star || column ? 1 : 0);
    if (column) continue;
    if (!quoted &&
        (word == "AND" || word == "OR" || word == "NOT" || word == "NEAR")) {
      continue;
    }
    for (char& c : word) c = Lower(c);
    if (star) word += '*';
    if (quoted) {
      phrase += (phrase.empty() ? "" : " ") + word;
    } else {
      add(word);
    }
  }
  if (quoted) add(phrase);
  // Longer terms first: a phrase is marked whole before its words.
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
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
  bool blank = false, wrote = false;
  auto folded = [](const std::string& piece) {
    std::string f;
    bool gap = false;
    for (char c : piece) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        gap = true;
        continue;
      }
      if (gap && !f.empty()) f += ' ';
      gap = false;
      f += c;
    }
    return f;
  };
  for (size_t i = from; i < to;) {
    const unsigned char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      blank = true;
      ++i;
      continue;
    }
    if (blank && wrote) out += ' ';
    blank = false;
    wrote = true;
    size_t n = 0;
    if ((i == start || !WordByte(text[i - 1])) && WordByte(c)) {
      n = MatchAt(text, i, end, terms);
    }
    if (n > 0) {
      out += open + folded(text.substr(i, n)) + close;
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
