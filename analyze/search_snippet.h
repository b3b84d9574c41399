// Snippets of search hits: the words of an FTS5 query, and a short piece
// of a page's text around the first of them with every one marked. The
// index is contentless (analyze/text_store.h), so SQLite's snippet() has no
// text to cut from; this does the same from the stored text.
//
// Pure functions; thread-safe.
#ifndef SECX_ANALYZE_SEARCH_SNIPPET_H_
#define SECX_ANALYZE_SEARCH_SNIPPET_H_

#include <cstddef>
#include <string>
#include <vector>

namespace secx {

// The terms of a query, lower case, longest first, without FTS5 operators
// (AND, OR, NOT, NEAR), parentheses or column filters: words, phrases
// ("record date" gives one term "record date") and prefixes ("divid*",
// the star kept to say it is one).
std::vector<std::string> SearchTerms(const std::string& query);

// About `width` bytes of text[start, end) on one line, starting shortly
// before the first term found, every whole-word (or prefix) occurrence of a
// term between `open` and `close`; blanks folded, cut at UTF-8 boundaries,
// "..." where the page goes on.
std::string Snippet(const std::string& text, size_t start, size_t end,
                    const std::vector<std::string>& terms, int width,
                    const std::string& open, const std::string& close);

}  // namespace secx

#endif  // SECX_ANALYZE_SEARCH_SNIPPET_H_
