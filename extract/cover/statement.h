// X-17A-5: the heading of the audited statements that follow the facing
// page names the broker-dealer and its SEC file number:
//
//   BEAR, STEARNS & CO. INC.
//   AND SUBSIDIARIES
//
//   (SEC I.D. No. 8-35008)
//
// A facing page whose file number is handwritten, stamped over or left
// blank still has it there. When the facing page gave the registrant's
// name, the number is read only under that name (a filing may bind the
// statements of an affiliate, under its own number); and only when the
// filing's headings give one number.
#ifndef SECX_EXTRACT_COVER_STATEMENT_H_
#define SECX_EXTRACT_COVER_STATEMENT_H_

#include <string_view>
#include <vector>

#include "extract/cover/cover_rules.h"

namespace secx {
namespace cover {

// Adds a commission_file_number hit (entity 0) read from a statement
// heading in text[from, to), when `hits` hold none; `registrant` is the
// name the facing page gave, or empty.
void StatementHeadingRules(std::string_view text, size_t from, size_t to,
                           std::string_view registrant,
                           std::vector<Hit>* hits);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_STATEMENT_H_
