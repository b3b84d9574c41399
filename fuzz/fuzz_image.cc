// Fuzz target: image and PDF inputs up to the OCR call. The bytes are
// sniffed as the reader sniffs them (extract/read/reader.h), opened as the
// OCR stage opens them (ImageSource: the PNG/JPEG/TIFF checks, the pixel
// limit, Leptonica and poppler decoding, PDF text layers and rendering),
// and each page is prepared for recognition (PreparePage, the second
// reading's AdaptiveBinarize). Tesseract itself is not run: it is slow,
// and its input here is a clean 8-bit image whatever the file held.
//
// The limits are smaller than the defaults (1 Mpixel, 72 dpi PDFs, four
// pages) so that one input takes milliseconds, and so that the guards
// against huge images are reached by small inputs. Checked: no page is
// handed out over the pixel limit, nor prepared much over it.
#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "extract/document.h"
#include "extract/ocr/image_source.h"
#include "extract/ocr/preprocess.h"
#include "extract/read/reader.h"

namespace {

constexpr long long kMaxPixels = 1'000'000;
constexpr int kMaxPages = 4;

long long Pixels(const Pix* pix) {
  Pix* p = const_cast<Pix*>(pix);  // Leptonica is not const-correct
  return static_cast<long long>(pixGetWidth(p)) * pixGetHeight(p);
}

void ReadPages(const secx::Binary& binary, const secx::OcrOptions& options) {
  secx::Result<std::unique_ptr<secx::ImageSource>> source =
      secx::ImageSource::Open(binary, options);
  if (!source.ok()) return;
  const secx::ImageSource& src = *source.value();
  if (src.PageCount() <= 0) __builtin_trap();
  const int pages = std::min(src.PageCount(), kMaxPages);
  for (int i = 0; i < pages; ++i) {
    secx::Result<secx::SourcePage> page = src.LoadPage(i);
    if (!page.ok()) continue;
    const secx::SourcePage& p = page.value();
    if (p.from_text_layer) {
      (void)secx::UsableTextLayer(p.text);
      continue;
    }
    if (!p.image || Pixels(p.image.get()) > options.max_pixels) {
      __builtin_trap();
    }
    secx::Result<secx::PreparedPage> prepared =
        secx::PreparePage(p.image.get(), p.dpi, options);
    if (!prepared.ok()) continue;
    const secx::PreparedPage& pp = prepared.value();
    if (!pp.grey) __builtin_trap();
    // Scaling rounds each side up by at most a pixel.
    const long long slack = 2LL * (pp.width + pp.height) + 4;
    if (Pixels(pp.grey.get()) > options.max_pixels + slack) __builtin_trap();
    if (!pp.blank) (void)secx::AdaptiveBinarize(pp);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)secx::CountTiffPages(std::string(bytes));
  const std::string kind = secx::SniffKind(bytes);
  if (kind != "pdf" && kind != "image") return 0;
  secx::Binary binary;
  binary.filename = "fuzz";
  binary.format = kind == "pdf" ? "pdf" : secx::SniffImageFormat(bytes);
  binary.section = 0;
  binary.bytes.assign(bytes.data(), bytes.size());
  secx::OcrOptions options;
  options.max_pixels = kMaxPixels;
  options.pdf_dpi = 72;
  ReadPages(binary, options);
  if (kind == "pdf") {
    // Rendered as well, as OCR reads a page whose text layer is unusable.
    options.mode = secx::OcrMode::kAlways;
    ReadPages(binary, options);
  }
  return 0;
}
