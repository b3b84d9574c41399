// Labels beside their values, and the cover's free-standing facts.
//
//   Commission File Number: 001-31269
//   Date of Report (Date of earliest event reported): February 19, 1998
//   Registrant's telephone number, including area code: (610) 272-1717
//   FORM 8-K
//   ... for the reporting period from January 1 to December 31, 2015.
//
// A pattern table (one RE2 per row, with a name) runs over the cover region
// text, so a label and its value may sit on different lines. Stateless and
// thread-safe.
#ifndef SECX_EXTRACT_COVER_BESIDE_H_
#define SECX_EXTRACT_COVER_BESIDE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/cover/cover_rules.h"
#include "extract/cover/layout.h"

namespace secx {
namespace cover {

// Appends label-beside values found in text[begin, end) (`lines` are the
// classified lines of the same range).
void BesideRules(std::string_view text, size_t begin, size_t end,
                 const std::vector<Line>& lines, std::vector<Hit>* out);

// The registrant's address as a block under its name prints it, in any
// column of the cover: "Horicon Marsh Foods, Inc." over "N7650 County
// Road E" over "Horicon, Wisconsin 53032" in the block of the person
// authorized to receive notices, beside the buyer's block. `name` is the
// registrant's name read from its caption. Appends the address and zip at
// low confidence (every captioned reading outranks them).
void AddressUnderName(const std::vector<Line>& lines, std::string_view name,
                      std::vector<Hit>* out);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_BESIDE_H_
