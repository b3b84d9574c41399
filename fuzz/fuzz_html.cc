// Fuzz target: the HTML reader (libxml2 parse, layout to text). The text
// must be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/read/encoding.h"
#include "extract/read/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  (void)secx::LooksLikeHtml(html);
  secx::Result<std::string> text = secx::HtmlToText(html);
  if (text.ok() && !secx::IsValidUtf8(text.value())) __builtin_trap();
  return 0;
}
