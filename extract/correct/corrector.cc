// Placeholder until the correction stage lands: changes nothing.
#include "extract/correct/corrector.h"

namespace secx {

bool LooksLikeOcrText(const Document& doc) {
  (void)doc;
  return false;
}

std::vector<Correction> CorrectOcr(Document* doc,
                                   const CorrectOptions& options) {
  (void)doc;
  (void)options;
  return {};
}

}  // namespace secx
