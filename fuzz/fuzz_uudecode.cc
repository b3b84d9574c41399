// Fuzz target: uudecode of an EDGAR exhibit ("begin 644 name" ... "end").
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/read/uudecode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  secx::Result<secx::UuFile> file = secx::UuDecode(text);
  // A line gives at most 63 bytes (its length character), and characters
  // a tool stripped decode as zero: "M\n" alone gives 45 bytes. So the
  // output is bounded by ~32x the input, never more.
  if (file.ok() && file->bytes.size() > 32 * size + 64) __builtin_trap();
  return 0;
}
