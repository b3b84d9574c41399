// One signer of a signature block: the typed name, the title under or
// beside it, and the date next to it.
//
//   By: /s/ ALEX C. HUI          ->  signatory_name  "Alex C. Hui"
//       Alex C. Hui                  signatory_title "President and Chief
//       President and Chief          Executive Officer"
//       Executive Officer
//
// The caller (signature.cc) finds the block and cuts it into one region per
// signer. Stateless and thread-safe; patterns compiled once and shared.
#ifndef SECX_EXTRACT_COVER_SIGNER_H_
#define SECX_EXTRACT_COVER_SIGNER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/cover/cover_rules.h"

namespace secx {
namespace cover {

// Whose signer the hits describe: the registrant and the signer's place
// among that registrant's signers.
struct SignerTarget {
  int entity = 0;
  int index = 0;
};

// Appends signatory_name and signatory_title read from text[begin, end).
// Returns the offset of the name, or npos when no name was found.
size_t ReadSigner(std::string_view text, size_t begin, size_t end,
                  const SignerTarget& to, std::vector<Hit>* out);

// Appends the signature_date: "Date: May 27, 2016" / "Dated: ..." in
// text[begin, end), else the first date near offset `near`. False if none.
bool ReadSignatureDate(std::string_view text, size_t begin, size_t end,
                       size_t near, const SignerTarget& to,
                       std::vector<Hit>* out);

// Start offsets of each signer's "/s/" line in text[begin, end): one per
// line, in order.
std::vector<size_t> SignerLines(std::string_view text, size_t begin,
                                size_t end);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_SIGNER_H_
