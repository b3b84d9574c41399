// OCR error correction between reading and extraction.
//
// Works on OCR pages (and on text detected or declared to be OCR output):
// repairs tokens such as "11J" -> "IIJ" when a lexicon entry or a field
// format explains them much better than the token as read, records every
// repair, and shifts all spans in the Document to the corrected text.
// Thread-safe: the shared models are built once and read-only afterwards.
#ifndef SECX_EXTRACT_CORRECT_CORRECTOR_H_
#define SECX_EXTRACT_CORRECT_CORRECTOR_H_

#include <string>
#include <vector>

#include "extract/document.h"

namespace secx {

// Names and tickers known from elsewhere (e.g. the SQLite store), used as an
// extra lexicon.
struct KnownEntities {
  std::vector<std::string> names;
  std::vector<std::string> tickers;
};

struct CorrectOptions {
  const KnownEntities* known = nullptr;
  bool force = false;  // treat all text as OCR output
};

// True when the text's error profile says it is OCR output.
bool LooksLikeOcrText(const Document& doc);

// Repairs doc->text in place where it is OCR output (OCR pages, or all text
// when options.force or LooksLikeOcrText), and returns the repairs.
std::vector<Correction> CorrectOcr(Document* doc,
                                   const CorrectOptions& options);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_CORRECTOR_H_
