// Splits text into the tokens the OCR corrector works on, each with the slot
// it fills: a word, a name, a number, a date part, an identifier (EIN, file
// number, phone, zip), an ordinal or a ticker. The slot decides which
// repairs are legal: a ticker after "NASDAQ:" must be letters, a day after a
// month name must be a day that exists, and so on.
//
// Stateless; the shape patterns are compiled once and shared by all threads.
#ifndef SECX_EXTRACT_CORRECT_TOKENIZER_H_
#define SECX_EXTRACT_CORRECT_TOKENIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace secx {

enum class Slot {
  kWord,        // lower-case prose word
  kName,        // capitalised, upper-case or mixed letters/digits
  kNumber,      // mostly digits: amounts, years, counts
  kDate,        // day after a month name ("May 3l")
  kIdentifier,  // digit groups joined by '-': EIN, file number, phone, zip
  kOrdinal,     // digits + lower-case suffix ("26th", "26w")
  kTicker,      // symbol after an exchange name and a colon
};

const char* SlotName(Slot slot);

struct Token {
  size_t start = 0;     // byte range of the core in the text
  size_t end = 0;       // (leading/trailing punctuation stripped)
  size_t stem_end = 0;  // start of a possessive suffix ("’s"), else end
  std::string text;     // the core
  std::string raw;      // the whole whitespace-delimited chunk
  Slot slot = Slot::kWord;
  bool letters_only = false;  // kTicker: the exchange uses letter symbols
  int month = 0;              // kDate: 1..12 from the preceding month name
  std::string exchange;       // kTicker: exchange as written
};

// Tokens of text[begin, end), in order. Chunks with no letter or digit are
// skipped.
std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end);

// UTF-8 <-> UTF-32 for the corrector's per-character work. Invalid bytes
// decode to U+FFFD.
std::u32string DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);

// Month number for "May", "Sept." ... (case-insensitive), 0 for others.
int MonthNumber(std::string_view word);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_TOKENIZER_H_
