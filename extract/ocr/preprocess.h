// Leptonica clean-up of one page image before recognition: grey
// conversion, resolution normalisation, deskew, removal of dark scan
// borders, and (for a second reading) adaptive binarisation.
//
// Everything here is a pure function of its inputs; safe on many threads.
// Returned images are owned by the caller through PixPtr.
#ifndef SECX_EXTRACT_OCR_PREPROCESS_H_
#define SECX_EXTRACT_OCR_PREPROCESS_H_

#include "extract/document.h"
#include "extract/ocr/ocr.h"
#include "extract/ocr/pix_ptr.h"
#include "extract/status.h"

namespace secx {

// A page ready for Tesseract, and how to map its pixels back.
struct PreparedPage {
  PixPtr grey;    // 8 bpp, scaled, deskewed, borders whitened
  int width = 0;  // original page size in pixels
  int height = 0;
  int dpi = 0;              // original resolution, claimed or estimated
  int prepared_dpi = 0;     // resolution of `grey`
  double scale = 1.0;       // prepared pixels per original pixel
  double skew_degrees = 0;  // rotation applied by deskew (clockwise > 0)
  int rotated_width = 0;    // size of the scaled image the rotation was about
  int rotated_height = 0;
  bool blank = false;  // no marks that could be text: skip recognition
};

// `claimed_dpi` is what the file says (0 when nothing); it is checked
// against the size of the glyphs on the page before it is believed.
Result<PreparedPage> PreparePage(const Pix* image, int claimed_dpi,
                                 const OcrOptions& options);

// Sauvola adaptive binarisation of a prepared page, for uneven lighting,
// stains and faint print that a global threshold loses.
PixPtr AdaptiveBinarize(const PreparedPage& page);

// Maps a box on the prepared image back to original page pixels, clamped
// to the page.
Box ToOriginal(const PreparedPage& page, const Box& box);

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_PREPROCESS_H_
