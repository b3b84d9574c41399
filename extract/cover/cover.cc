// Placeholder until the cover rules land.
#include "extract/cover/cover.h"

namespace secx {

std::vector<Field> ExtractCover(const Document& doc) {
  (void)doc;
  return {};
}

}  // namespace secx
