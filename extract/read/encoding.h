// Character-set detection and conversion to UTF-8.
//
// EDGAR text is mostly ASCII, but older filings carry Latin-1 or
// Windows-1252 bytes (curly quotes, section signs, accented names). secx
// converts every input to UTF-8 once, so that all later offsets are UTF-8
// byte offsets. Pure functions; safe from any thread.
#ifndef SECX_EXTRACT_READ_ENCODING_H_
#define SECX_EXTRACT_READ_ENCODING_H_

#include <string>
#include <string_view>

namespace secx {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

// Guesses "utf-8", "windows-1252" or "iso-8859-1" for text bytes.
std::string DetectEncoding(std::string_view bytes);

// Converts `bytes` in `encoding` to UTF-8. Every input byte yields a code
// point: bytes that Windows-1252 leaves undefined become the matching C1
// control, so nothing is dropped. Invalid UTF-8 sequences in "utf-8" input
// become U+FFFD, and *replaced counts them.
std::string ToUtf8(std::string_view bytes, const std::string& encoding,
                   size_t* replaced = nullptr);

// The code point Windows-1252 gives byte `c` (0x80-0x9F map to curly
// quotes, dashes, ...; the five undefined bytes and all others map to
// themselves). HTML uses this for numeric references such as "&#147;".
char32_t Windows1252ToUnicode(unsigned char c);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// When `bytes` start with a UTF-32 or UTF-16 byte order mark, decodes them
// (BOM dropped) into *utf8, names the encoding in *encoding ("utf-16le",
// "utf-16be", "utf-32le", "utf-32be") and counts in *replaced the units
// that are not valid code points (unpaired surrogates, a trailing odd
// byte), each written as U+FFFD. False, touching nothing, without a BOM.
bool DecodeUnicodeBom(std::string_view bytes, std::string* utf8,
                      std::string* encoding, size_t* replaced);

// Heuristic: the bytes look like a binary file rather than text (NUL bytes
// or many control characters near the start).
bool LooksBinary(std::string_view bytes);

}  // namespace secx

#endif  // SECX_EXTRACT_READ_ENCODING_H_
