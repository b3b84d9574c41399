// Repairs of punctuation and spacing, which the token rules do not see
// (tokens are words stripped of their punctuation). Each is a glyph or a
// blank that the printed page cannot have had:
//   checkbox  mismatched or doubled brackets of a check box ("{ ]", "{[ ]"
//             -> "[ ]"); a box is written "[ ]" and OCR reads "[" as "{"
//   cents     a blank after a dollar amount's decimal point ("$2. 80" ->
//             "$2.80")
//   url       a blank after "www." or "http://" inside a web address
//             ("http://www. iij.ad.jp" -> "http://www.iij.ad.jp")
//   quote     in a document that writes straight quotes and apostrophes, a
//             curly quote that pairs with a straight one ("“Company\"" ->
//             "\"Company\""), doubles one ("\"“Westell\"" -> "\"Westell\""),
//             or closes nothing after a word ("Agreement’ by")
//   paren     a line whose last parenthesis closes one attached to a
//             reference inside another and leaves that one open, where the
//             rest of the paragraph does not close it
//             ("(17 CFR 240.14d-2(b)" -> "(17 CFR 240.14d-2(b))": OCR reads
//             "))" as ")"), or splits it ("240.14d-2(b) )" -> "(b))").
//             (A blank before ")" after a word, as in "(Commission File
//             Number )", is left: clean filings have it where a quote was
//             lost in conversion, "(the Conversion )".)
//
// Pure function; thread-safe.
#ifndef SECX_EXTRACT_CORRECT_TEXT_REPAIRS_H_
#define SECX_EXTRACT_CORRECT_TEXT_REPAIRS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/correct/token_repairs.h"

namespace secx {

// Repairs inside text[begin, end), in text order, non-overlapping. The
// quote style is judged on the whole text.
std::vector<Repair> ProposeTextRepairs(std::string_view text, size_t begin,
                                       size_t end);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_TEXT_REPAIRS_H_
