// Placeholder until the decoder lands.
#include "extract/read/uudecode.h"

namespace secx {

Result<UuFile> UuDecode(std::string_view text) {
  (void)text;
  return Status::Error("uudecode not built in this version");
}

}  // namespace secx
