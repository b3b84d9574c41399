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
#include "extract/ocr/page_policy.h"
#include "extract/status.h"
#include "extract/thread_budget.h"

namespace secx {

enum class OcrMode { kAuto, kAlways, kNever };

// Hears of pages as RunOcr finds and reads them, for a progress display.
// Called from page worker threads, several at once: implementations must be
// thread-safe and quick.
class OcrProgress {
 public:
  virtual ~OcrProgress() = default;
  virtual void PagesFound(int pages) = 0;  // an input's pages, before reading
  virtual void PageRead() = 0;             // one page read (or failed)
};

struct OcrOptions {
  OcrMode mode = OcrMode::kAuto;  // auto: PDF text layer when usable
  int jobs = 1;                   // worker threads for the pages of one input
  // Idle threads of a batch (not owned; may be null). While at least two
  // pages of this input are still unread, RunOcr takes a spare thread from
  // it to read pages as well, and gives it back when no page is left.
  ThreadBudget* spare_threads = nullptr;
  OcrProgress* progress = nullptr;  // not owned; may be null
  std::string language = "eng";
  // Pages read per binary (image file, TIFF, PDF); the rest are skipped with
  // a warning, so a 1,000-page upload cannot hold a batch for hours.
  int max_pages = 500;
  // Which pages are recognised (page_policy.h): all, a range, or only
  // until the cover page. Pages left out are named in one warning.
  OcrPagePolicy pages;
  // Largest decoded page, in pixels. Bigger JPEGs are decoded reduced,
  // bigger PDF pages rendered at a lower resolution; other images are
  // refused (a 20,000 x 20,000 RGB image would need 1.6 GB).
  long long max_pixels = 100'000'000;
  // Resolution text is normalised to before recognition.
  int target_dpi = 300;
  // Resolution PDF pages without a usable text layer are rendered at.
  int pdf_dpi = 300;
  // Below this mean word confidence (0..100) a page is read a second time
  // from an adaptively binarised image, and the better reading kept.
  float retry_confidence = 70.0f;
  // On a page whose reading looks like a cover or facing page
  // (LooksLikeCover), the doubtful words are read again with sparse-text
  // segmentation (RecognizeDoubtful), and words that reading reads far
  // more surely mend the first (MendFromSecondReading: a file number in a
  // box, "ease7a" -> "8-43978").
  bool reread_covers = true;
  // Recognition time limit per page; 0 for none.
  int page_timeout_ms = 120'000;
};

// Appends the text of every binary in `doc` as pages (Page::ocr set, words
// with boxes in original page pixels), each page after a form feed, then
// clears doc->binaries. PDF pages with a usable text layer are read from it
// (Page::ocr false) unless the mode is kAlways. The Section of a binary,
// when still empty, is set to span the text appended for it. Fills *info
// when at least one page was OCR'd. A page that cannot be read adds a
// warning and the rest go on; an error only when the input had no other
// text and nothing could be read at all.
//
// Pages are spread over options.jobs threads; libtesseract's own OpenMP
// threads are switched off (see LimitOpenMpThreads in engine.h).
Status RunOcr(Document* doc, const OcrOptions& options, OcrInfo* info);

// "tesseract 5.3.0"
std::string OcrEngineVersion();

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_OCR_H_
