// Fuzz target: the OCR corrector (extract/correct/) on arbitrary text.
//
// The bytes are read as the plain-text reader reads them (so the text is
// UTF-8, with pages at form feeds), every page is marked as OCR output, and
// each whitespace-separated token becomes an OCR word with a confidence
// taken from its first byte, so the confidence thresholds and the shifting
// of words are exercised too; or, by the input's last byte, CorrectOcr runs
// with `force` and known entities instead.
//
// Checked: the corrected text is valid UTF-8; each correction lies inside
// it, in text order, and reads what it says it wrote; pages, sections and
// words still lie inside the text, in order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/correct/corrector.h"
#include "extract/document.h"
#include "extract/read/encoding.h"
#include "extract/read/reader.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

bool IsBlank(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// OCR words over the tokens of the text, page by page.
void AddWords(secx::Document* doc) {
  const std::string& t = doc->text;
  for (const secx::Page& p : doc->pages) {
    size_t i = p.start;
    while (i < p.end) {
      while (i < p.end && IsBlank(t[i])) ++i;
      size_t start = i;
      while (i < p.end && !IsBlank(t[i])) ++i;
      if (i == start) break;
      secx::Word w;
      w.start = start;
      w.end = i;
      w.page = p.number;
      w.box = {static_cast<int>(start), 0, static_cast<int>(i), 10};
      w.confidence = static_cast<unsigned char>(t[start]) % 101;
      doc->words.push_back(w);
    }
  }
}

void CheckDocument(const secx::Document& doc,
                   const std::vector<secx::Correction>& corrections) {
  const size_t n = doc.text.size();
  Check(secx::IsValidUtf8(doc.text));
  size_t last_end = 0;
  for (const secx::Correction& c : corrections) {
    Check(c.start >= last_end && c.start <= c.end && c.end <= n);
    Check(doc.text.compare(c.start, c.end - c.start, c.to) == 0);
    last_end = c.end;
  }
  size_t last_page = 0;
  for (const secx::Page& p : doc.pages) {
    Check(p.start <= p.end && p.end <= n && p.start >= last_page);
    last_page = p.start;
  }
  for (const secx::Section& s : doc.sections) {
    Check(s.start <= s.end && s.end <= n);
  }
  for (const secx::Word& w : doc.words) Check(w.start <= w.end && w.end <= n);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  secx::Document doc = secx::ReadText(bytes, "fuzz.txt");
  for (secx::Page& p : doc.pages) p.ocr = true;
  // The last byte picks the configuration, so one run covers both and each
  // input costs one correction.
  secx::KnownEntities known;
  known.names = {"Internet Initiative Japan Inc.", "IIJ"};
  known.tickers = {"IIJI"};
  secx::CorrectOptions options;
  if (size > 0 && (data[size - 1] & 1) != 0) {
    options.force = true;
    options.known = &known;
  } else {
    AddWords(&doc);
  }
  std::vector<secx::Correction> c = secx::CorrectOcr(&doc, options);
  CheckDocument(doc, c);
  return 0;
}
