// OCR stage: turns Document::binaries (images, PDFs, GRAPHIC exhibits) into
// pages of text with word boxes and confidences, using Tesseract's C++ API
// and Leptonica preprocessing.
//
// Thread-safety: RunOcr may be called from several threads at once; each
// thread uses its own Tesseract engine, created on first use and reused.
#ifndef SECX_EXTRACT_OCR_OCR_H_
#define SECX_EXTRACT_OCR_OCR_H_

#include <string>

#include "extract/document.h"
#include "extract/status.h"

namespace secx {

enum class OcrMode { kAuto, kAlways, kNever };

struct OcrOptions {
  OcrMode mode = OcrMode::kAuto;  // auto: PDF text layer when usable
  int jobs = 1;                   // worker threads for the pages of one input
  std::string language = "eng";
};

// Appends the text of every binary in `doc` as pages (Page::ocr set, words
// with boxes), then clears doc->binaries. Fills *info when OCR ran. A page
// that cannot be read adds a warning and the rest go on; an error only when
// nothing could be read at all.
Status RunOcr(Document* doc, const OcrOptions& options, OcrInfo* info);

// "tesseract 5.3.0"
std::string OcrEngineVersion();

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_OCR_H_
