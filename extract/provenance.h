// Provenance of an extracted value: the Span of doc.text[start, end) with
// its page and, on OCR pages, the pixel box of the recognised words under
// it and a confidence lowered by how sure the OCR engine was of them.
//
// One helper for every extractor (cover, facts, ...), so that a value read
// from a scan is traced to the same pixels whichever rule found it.
// Stateless; reads the Document only, so distinct threads may call it on
// the same Document.
#ifndef SECX_EXTRACT_PROVENANCE_H_
#define SECX_EXTRACT_PROVENANCE_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/document.h"

namespace secx {

// What the OCR words under a text range say about it.
struct OcrEvidence {
  Box box;                      // union of the words' boxes
  float min_confidence = 0.0f;  // 0..100, Tesseract's scale
  float mean_confidence = 0.0f;
  int words = 0;
};

// The OCR words of page `page` that overlap doc.text[start, end); nullopt
// when the page is not an OCR page or no word overlaps. Expects
// Document::words in text order (as OCR appends them, page by page).
std::optional<OcrEvidence> OcrWordsUnder(const Document& doc, int page,
                                         size_t start, size_t end);

// Span for doc.text[start, end): page (of `start`), rule, confidence. On an
// OCR page, bbox is the union of the overlapping words' boxes and the
// confidence is the rule's times the words' mean confidence / 100 (a value
// over half-recognised words is worth about half as much).
Span MakeSpan(const Document& doc, size_t start, size_t end, double confidence,
              std::string_view rule);

// Adds the OCR box and confidence to a span whose start, end, page and
// rule confidence are already set. No change off OCR pages.
void AddOcrProvenance(const Document& doc, Span* span);

}  // namespace secx

#endif  // SECX_EXTRACT_PROVENANCE_H_
