// Helpers shared by the facts tests.
#ifndef SECX_TESTS_EXTRACT_FACTS_TEST_UTIL_H_
#define SECX_TESTS_EXTRACT_FACTS_TEST_UTIL_H_

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/read/reader.h"

namespace secx {
namespace testing {

inline Document TextDoc(const std::string& text) {
  return ReadText(text, "test.txt");
}

// An HTML filing made up in a test, read as secx reads any input.
inline Document HtmlDoc(const std::string& html) {
  auto doc = ReadDocument(html, "test.htm");
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

// A made-up 10-K or 10-Q: a line naming the form, then `body` (HTML).
inline Document FilingBody(const std::string& body,
                           const std::string& form = "10-K") {
  return HtmlDoc("<html><body><p>FORM " + form + "</p>\n" + body +
                 "\n</body></html>");
}

// One string per record, made by `f`, sorted.
template <typename F>
std::vector<std::string> SortedRows(const std::vector<Dividend>& got, F f) {
  std::vector<std::string> out;
  for (const Dividend& d : got) out.push_back(f(d));
  std::sort(out.begin(), out.end());
  return out;
}

// The first record of `per_share`, or nullptr.
inline const Dividend* WithAmount(const std::vector<Dividend>& got,
                                  const std::string& per_share) {
  for (const Dividend& d : got) {
    if (d.per_share == per_share) return &d;
  }
  return nullptr;
}

inline std::string ReadRepoFile(const std::string& relative) {
  std::ifstream in(std::string(SECX_SOURCE_DIR) + "/" + relative,
                   std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace testing
}  // namespace secx

#endif  // SECX_TESTS_EXTRACT_FACTS_TEST_UTIL_H_
