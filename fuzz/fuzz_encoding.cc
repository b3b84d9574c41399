// Fuzz target: encoding detection and conversion. Whatever the bytes, the
// conversion must be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/read/encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)secx::LooksBinary(bytes);
  const std::string detected = secx::DetectEncoding(bytes);
  for (const char* encoding : {"utf-8", "windows-1252", "iso-8859-1"}) {
    size_t replaced = 0;
    std::string out = secx::ToUtf8(bytes, encoding, &replaced);
    if (!secx::IsValidUtf8(out)) __builtin_trap();
  }
  if (detected == "utf-8" && !secx::IsValidUtf8(bytes)) __builtin_trap();
  std::string out, name;
  size_t replaced = 0;
  if (secx::DecodeUnicodeBom(bytes, &out, &name, &replaced) &&
      !secx::IsValidUtf8(out)) {
    __builtin_trap();
  }
  return 0;
}
