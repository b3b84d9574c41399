// OCR error correction between reading and extraction.
//
// Works on OCR pages (and on text detected or declared to be OCR output):
// repairs tokens such as "11J" -> "IIJ" when a lexicon entry or a field
// format explains them much better than the token as read, records every
// repair, and shifts all spans in the Document to the corrected text.
// Thread-safe: the shared models are built once and read-only afterwards.
#ifndef SECX_EXTRACT_CORRECT_CORRECTOR_H_
#define SECX_EXTRACT_CORRECT_CORRECTOR_H_

#include <optional>
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
  // A token changes only when the best repair is this many log10 units more
  // likely than the token as read (2.0: 100 to 1). OCR words with a
  // Tesseract confidence above 60 need up to 2.0 more.
  double min_log_odds = 2.0;
  // The general vocabulary repair (vocabulary_repair.h) is decided by a
  // scorer learned on data (repair_scorer.h, data/calibration.tsv); a value
  // here replaces that decision by a plain margin on its log-odds
  // (scripts/correction-eval.py --calibrate runs with a very low one, to
  // see every proposal).
  std::optional<double> vocabulary_margin;
};

// True when the text's error profile says it is OCR output: digit/letter
// mixes that the confusion model turns into words ("11J"), odd glyphs in
// words ("11J°s"), impossible ordinals ("26w"), digits in letter-only ticker
// slots, and a high share of lower-case words missing from the word list.
bool LooksLikeOcrText(const Document& doc);

// Repairs doc->text in place where it is OCR output (OCR pages, or all text
// when options.force or LooksLikeOcrText, or when doc->ocr_text is set and
// no page is marked), shifts every span of the Document to the new text and
// returns the repairs in text order (offsets into the corrected text).
std::vector<Correction> CorrectOcr(Document* doc,
                                   const CorrectOptions& options);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_CORRECTOR_H_
