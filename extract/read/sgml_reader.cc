// Placeholder until the EDGAR submission reader lands.
#include "extract/read/sgml_reader.h"

#include "extract/read/reader.h"

namespace secx {

bool LooksLikeSgml(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  return head.find("<SEC-DOCUMENT>") != std::string_view::npos ||
         head.find("<IMS-DOCUMENT>") != std::string_view::npos ||
         head.find("<SEC-HEADER>") != std::string_view::npos;
}

Result<Document> ReadSgml(std::string_view bytes, const std::string& source) {
  Document doc = ReadText(bytes, source);
  doc.kind = "sgml";
  return doc;
}

}  // namespace secx
