// Opens a Binary (an image, a multi-page TIFF or a PDF) and hands out its
// pages one at a time, so a 1,000-page file never sits decoded in memory.
//
// A PDF page comes from its text layer when that layer is usable and the
// PDF is not a scanned document (CountPageScans), and OCR is not forced;
// otherwise it is rendered to pixels for recognition.
//
// Ownership and threads: an ImageSource borrows the Binary's bytes, which
// must outlive it. LoadPage may be called from several threads at once for
// distinct or equal pages; each PDF page is read from a poppler document
// no other thread is using at that moment.
#ifndef SECX_EXTRACT_OCR_IMAGE_SOURCE_H_
#define SECX_EXTRACT_OCR_IMAGE_SOURCE_H_

#include <memory>
#include <string>
#include <string_view>

#include "extract/document.h"
#include "extract/ocr/ocr.h"
#include "extract/ocr/pix_ptr.h"
#include "extract/status.h"

namespace secx {

// One page as it comes out of its container.
struct SourcePage {
  PixPtr image;      // null when the page was read from a PDF text layer
  std::string text;  // text layer, physical layout, UTF-8
  bool from_text_layer = false;
  int dpi = 0;       // resolution claimed by the file or rendered at; 0 unknown
  std::string note;  // non-fatal remark, e.g. "JPEG decoded at 1/2 size"
};

class ImageSource {
 public:
  virtual ~ImageSource() = default;

  // Errors name the cause: "corrupt or unsupported png image",
  // "PDF is encrypted and needs a password", ...
  static Result<std::unique_ptr<ImageSource>> Open(const Binary& binary,
                                                   const OcrOptions& options);

  virtual int PageCount() const = 0;
  // `index` is 0-based and below PageCount().
  virtual Result<SourcePage> LoadPage(int index) const = 0;
};

// True when a PDF text layer reads as text rather than as nothing or as
// glyph-id soup from a font without a Unicode map.
bool UsableTextLayer(const std::string& utf8);

// Number of page scans a PDF holds: image XObjects of at least
// kPageScanPixels pixels (a letter page at 150 dpi) shaped like a page. A
// PDF with as many scans as pages is a scanned document:
// its text layer, if any, is another program's OCR (EDGAR's paper filings
// of 2009 on carry one that drops "&", apostrophes and middle initials),
// and `--ocr auto` reads its pages with secx's own OCR instead. Reads the
// image dictionaries in the raw bytes (streams are never inside object
// streams, so their dictionaries are always plain); bounded by the size.
constexpr long kPageScanPixels = 1500000;
int CountPageScans(std::string_view pdf_bytes);

// Number of images in a TIFF file, following the IFD chain; 0 when the
// bytes are not a TIFF. Never reads out of bounds, stops on loops.
int CountTiffPages(const std::string& bytes);

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_IMAGE_SOURCE_H_
