#include "analyze/mismatch.h"

#include "extract/cover/agreement.h"

namespace secx {

std::vector<Mismatch> FindMismatches(const Extraction& x) {
  std::vector<Mismatch> out;
  for (const FieldAgreement& a : HeaderAgreement(x)) {
    if (a.header_value.empty() || a.text_value.empty() || a.agree) continue;
    Mismatch m;
    m.source = a.source;
    m.field = a.field;
    m.header_value = a.header_value;
    m.text_value = a.text_value;
    m.entity = 0;  // HeaderAgreement compares the first registrant
    m.header_in_text = a.scored;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace secx
