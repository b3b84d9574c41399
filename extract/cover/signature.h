// The signature block: who signed, as what, and when.
//
//   SIGNATURES
//   Pursuant to the requirements of the Securities Exchange Act of 1934 ...
//   By: /s/ Koichi Suzuki   Date: May 27, 2016
//   Name: Koichi Suzuki     Title: Chairman, Chief Executive Officer ...
//
// Finds the "SIGNATURE(S)" heading (or the "Pursuant to the requirements"
// boilerplate) in the primary document and reads a few kilobytes after it,
// so long documents cost one linear scan. Every signer of the block is
// read (Hit::index numbers them); on a cover with several registrants each
// signer goes to the registrant named above it. Stateless and thread-safe.
#ifndef SECX_EXTRACT_COVER_SIGNATURE_H_
#define SECX_EXTRACT_COVER_SIGNATURE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cover/cover_rules.h"

namespace secx {
namespace cover {

// Appends signature_date, signatory_name and signatory_title found in
// text[begin, end). `registrants` holds the registrant names by entity
// (empty or one name for a single-registrant cover).
void SignatureRules(std::string_view text, size_t begin, size_t end,
                    const std::vector<std::string>& registrants,
                    std::vector<Hit>* out);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_SIGNATURE_H_
