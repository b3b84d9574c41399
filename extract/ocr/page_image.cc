#include "extract/ocr/page_image.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdlib>

#include "extract/ocr/image_source.h"

namespace secx {

Result<std::string> PagePng(const Binary& binary, int index,
                            const std::vector<Box>& boxes,
                            const PageImageOptions& options) {
  // Pixels always: a PDF page is rendered even when OCR read its text
  // layer (OcrMode::kAlways), at the resolution the OCR stage renders at.
  OcrOptions ocr;
  ocr.mode = OcrMode::kAlways;
  Result<std::unique_ptr<ImageSource>> source = ImageSource::Open(binary, ocr);
  if (!source.ok()) return source.status();
  if (index < 0 || index >= source.value()->PageCount()) {
    return Status::Error("page " + std::to_string(index + 1) +
                         " is not in the image (it has " +
                         std::to_string(source.value()->PageCount()) + ")");
  }
  Result<SourcePage> page = source.value()->LoadPage(index);
  if (!page.ok()) return page.status();
  if (!page.value().image) return Status::Error("the page has no image");
  PixPtr colour(pixConvertTo32(page.value().image.get()));
  if (!colour) return Status::Error("cannot convert the page to colour");
  const int w = pixGetWidth(colour.get());
  const int h = pixGetHeight(colour.get());
  const double sx = options.width > 0 ? double(w) / options.width : 1.0;
  const double sy = options.height > 0 ? double(h) / options.height : 1.0;
  for (const Box& b : boxes) {
    const int left = static_cast<int>(b.left * sx);
    const int top = static_cast<int>(b.top * sy);
    const int right = static_cast<int>(b.right * sx);
    const int bottom = static_cast<int>(b.bottom * sy);
    if (right <= left || bottom <= top) continue;
    // A little margin, so the outline does not cover the value's ink.
    const int pad = options.line + 1;
    BOX* box = boxCreate(left - pad, top - pad, right - left + 2 * pad,
                         bottom - top + 2 * pad);
    if (box == nullptr) continue;
    pixRenderBoxArb(colour.get(), box, options.line, 220, 20, 20);
    boxDestroy(&box);
  }
  PixPtr shown = std::move(colour);
  if (options.max_width > 0 && w > options.max_width) {
    const float f = static_cast<float>(options.max_width) / w;
    PixPtr small(pixScale(shown.get(), f, f));
    if (small) shown = std::move(small);
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemPng(&data, &size, shown.get(), 0.0) != 0 || data == nullptr) {
    return Status::Error("cannot write the page as PNG");
  }
  std::string png(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return png;
}

}  // namespace secx
