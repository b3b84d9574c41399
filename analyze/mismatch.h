// Header-versus-text checks: an EDGAR <SEC-HEADER> value (rule "sgml.*")
// and the same field read from the filing's prose should agree.
//
// Pure functions; thread-safe.
#ifndef SECX_ANALYZE_MISMATCH_H_
#define SECX_ANALYZE_MISMATCH_H_

#include <string>
#include <vector>

#include "extract/document.h"

namespace secx {

struct Mismatch {
  std::string field;
  std::string header_value;
  std::string text_value;
  int entity = 0;
};

// True when the two values say the same thing. For now a normalised
// comparison: case, blanks and punctuation are ignored ("98-1029639" ==
// "981029639", "ACME, INC." == "Acme Inc").
bool ValuesAgree(const std::string& field, const std::string& header_value,
                 const std::string& text_value);

// For every field name present both from the header (rule "sgml.*") and
// from the text (any other rule) for the same entity: one Mismatch per
// header value that no text value agrees with.
std::vector<Mismatch> FindMismatches(const std::vector<Field>& fields);

}  // namespace secx

#endif  // SECX_ANALYZE_MISMATCH_H_
