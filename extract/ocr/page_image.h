// A page of an input drawn again, with boxes on it: what `secx show --png`
// and `secx serve` display so that a person sees where a value was read.
//
// The page comes from the same Binary and the same ImageSource the OCR
// stage read (so its pixels are the ones the stored boxes are in), drawn
// in colour, optionally scaled down, and written as PNG.
//
// Pure function of its inputs; safe on many threads.
#ifndef SECX_EXTRACT_OCR_PAGE_IMAGE_H_
#define SECX_EXTRACT_OCR_PAGE_IMAGE_H_

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/ocr/ocr.h"
#include "extract/status.h"

namespace secx {

struct PageImageOptions {
  // The page size the boxes were measured on (Page::width, height); when
  // the page loads at another size the boxes are scaled to it. 0: as loaded.
  int width = 0;
  int height = 0;
  int max_width = 0;  // scale the picture down to this width; 0: full size
  int line = 3;       // box outline, pixels of the full-size page
};

// PNG bytes of page `index` (0-based) of `binary` with `boxes` outlined in
// red. An error when the page has no pixels (a PDF page read from its text
// layer is rendered all the same) or cannot be decoded.
Result<std::string> PagePng(const Binary& binary, int index,
                            const std::vector<Box>& boxes,
                            const PageImageOptions& options);

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_PAGE_IMAGE_H_
