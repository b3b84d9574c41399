// Helpers shared by the cover tests: a Document from inline text and a
// lookup of fields by name and registrant.
#ifndef SECX_TESTS_EXTRACT_COVER_COVER_TEST_UTIL_H_
#define SECX_TESTS_EXTRACT_COVER_COVER_TEST_UTIL_H_

#include <string>
#include <vector>

#include "extract/cover/cover.h"
#include "extract/document.h"
#include "extract/read/reader.h"

namespace secx {
namespace testing {

inline Document TextDocument(const std::string& text) {
  return ReadText(text, "inline.txt");
}

// The field's value, "" when absent. Checks the span on the way: raw must
// be exactly the text slice.
inline std::string Value(const Document& doc, const std::vector<Field>& fields,
                         const std::string& name, int entity = 0) {
  for (const Field& f : fields) {
    if (f.name != name || f.entity != entity) continue;
    if (f.span.end > doc.text.size() ||
        doc.text.substr(f.span.start, f.span.end - f.span.start) != f.raw) {
      return "<bad span>";
    }
    return f.value;
  }
  return "";
}

// The registrant's value of `field` on a page of text, "" when absent.
inline std::string CoverValue(const std::string& text, const char* field) {
  Document doc = TextDocument(text);
  std::vector<Field> fields = ExtractCover(doc);
  return Value(doc, fields, field, 0);
}

// The same for a page read by OCR (speck clean-up applies).
inline std::string OcrCoverValue(const std::string& text, const char* field) {
  Document doc = TextDocument(text);
  doc.ocr_text = true;
  std::vector<Field> fields = ExtractCover(doc);
  return Value(doc, fields, field, 0);
}

// The same for an HTML page, read as `secx` reads an .htm file.
inline std::string HtmlCoverValue(const std::string& html, const char* field,
                                  int entity = 0) {
  Result<Document> doc = ReadDocument(html, "inline.htm");
  if (!doc.ok()) return "<unread>";
  std::vector<Field> fields = ExtractCover(doc.value());
  return Value(doc.value(), fields, field, entity);
}

inline const Field* Find(const std::vector<Field>& fields,
                         const std::string& name, int entity = 0) {
  for (const Field& f : fields) {
    if (f.name == name && f.entity == entity) return &f;
  }
  return nullptr;
}

}  // namespace testing
}  // namespace secx

#endif  // SECX_TESTS_EXTRACT_COVER_COVER_TEST_UTIL_H_
