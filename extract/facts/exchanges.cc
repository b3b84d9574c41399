#include "extract/facts/exchanges.h"

#include <cctype>

#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {

std::string ExchangeCode(std::string_view name) {
  std::string folded = FoldSpace(name);
  std::string lower;
  for (char c : folded) {
    lower.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  // A parenthesised abbreviation wins: "Taiwan OTC Exchange (TWO)".
  size_t open = folded.rfind('(');
  size_t close = folded.rfind(')');
  if (open != std::string::npos && close != std::string::npos &&
      close > open + 1 && close - open <= 8) {
    std::string abbr = folded.substr(open + 1, close - open - 1);
    bool upper = true;
    for (char c : abbr)
      upper &= std::isupper(static_cast<unsigned char>(c)) ||
               std::isdigit(static_cast<unsigned char>(c));
    if (upper) return abbr;
  }
  struct Entry {
    const char* needle;  // lower case substring
    const char* code;
  };
  static const Entry kTable[] = {
      {"nyse american", "NYSE AMERICAN"},
      {"nyse mkt", "NYSE MKT"},
      {"nyse arca", "NYSE ARCA"},
      {"new york stock exchange", "NYSE"},
      {"nyse", "NYSE"},
      {"nasdaq", "NASDAQ"},
      {"american stock exchange", "AMEX"},
      {"amex", "AMEX"},
      {"pacific stock exchange", "PSE"},
      {"chicago stock exchange", "CHX"},
      {"boston stock exchange", "BSE"},
      {"tokyo stock exchange", "TSE"},
      {"toronto stock exchange", "TSX"},
      {"london stock exchange", "LSE"},
      {"otc bulletin board", "OTCBB"},
  };
  for (const Entry& e : kTable) {
    if (lower.find(e.needle) != std::string::npos) return e.code;
  }
  std::string out;
  for (char c : folded) {
    out.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

bool LetterSymbolExchange(std::string_view code) {
  return code == "NYSE" || code == "NASDAQ" || code == "AMEX" ||
         code.substr(0, 5) == "NYSE " || code == "OTCBB";
}

}  // namespace facts
}  // namespace secx
