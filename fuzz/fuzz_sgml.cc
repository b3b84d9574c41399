// Fuzz target: the EDGAR SGML reader (and through it the header parser,
// uudecode and the HTML reader of embedded documents), plus the header
// parser alone on the whole input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/read/sgml_header.h"
#include "extract/read/sgml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  secx::Result<secx::Document> doc = secx::ReadSgml(bytes, "fuzz.txt");
  if (doc.ok()) {
    const secx::Document& d = doc.value();
    for (const secx::Page& p : d.pages) {
      if (p.start > p.end || p.end > d.text.size()) __builtin_trap();
    }
  }
  std::string text(bytes);
  std::vector<secx::Field> fields;
  secx::ParseSgmlHeader(text, 0, text.size(), &fields);
  for (const secx::Field& f : fields) {
    if (f.span.start > f.span.end || f.span.end > text.size()) {
      __builtin_trap();
    }
  }
  return 0;
}
