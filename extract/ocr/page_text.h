// Lays the words Tesseract recognised on one page out as plain text that
// keeps the page's shape: words on the same visual row share a line (also
// when Tesseract put them in different blocks, as it does with the columns
// of a cover page), wide gaps become runs of spaces proportional to the x
// position, and paragraph gaps become blank lines. That way a value and
// the label printed under it stay in the same character columns, as in an
// EDGAR text filing, and the cover-page extractor reads OCR text and native
// text alike. Letters and digits Tesseract reads into a drawn rule (flat,
// doubtful "words" such as "EE SSS" from a line of "=") are left out.
//
// Pure function; safe on many threads.
#ifndef SECX_EXTRACT_OCR_PAGE_TEXT_H_
#define SECX_EXTRACT_OCR_PAGE_TEXT_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extract/ocr/engine.h"

namespace secx {

struct PageLayout {
  std::string text;  // rows separated by '\n', no trailing blanks
  // [start, end) of each Reading::words[i] in `text`; {0, 0} for a word
  // left out as no text.
  std::vector<std::pair<size_t, size_t>> word_spans;
  double char_width = 0;  // pixels per character column used
};

PageLayout LayOutPage(const Reading& reading);

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_PAGE_TEXT_H_
