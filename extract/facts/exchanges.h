// Stock exchange names -> the short upper-case forms of FIELDS.md
// ("New York Stock Exchange" -> "NYSE", "The Nasdaq Global Select Market" ->
// "NASDAQ"). Names not in the table come back upper-cased as written.
// Stateless and thread-safe.
#ifndef SECX_EXTRACT_FACTS_EXCHANGES_H_
#define SECX_EXTRACT_FACTS_EXCHANGES_H_

#include <string>
#include <string_view>

namespace secx {
namespace facts {

std::string ExchangeCode(std::string_view name);

// True for exchanges whose symbols are letters (US markets); a digit in such
// a symbol is likely an OCR error ("111" for "IIJI").
bool LetterSymbolExchange(std::string_view code);

}  // namespace facts
}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_EXCHANGES_H_
