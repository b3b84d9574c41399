// Container-level pieces of the OCR stage: TIFF page counting, the PDF
// text-layer test, and mapping boxes back to original page pixels.
#include "extract/ocr/image_source.h"

#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "extract/ocr/preprocess.h"
#include "tests/extract/ocr/ocr_test_util.h"

namespace secx {
namespace {

TEST_CASE("TIFF pages are counted from the IFD chain", "[ocr]") {
  std::string tiff = testing::ReadFileOrEmpty(
      testing::SourcePath("tests/extract/ocr/data/two-pages.tif"));
  REQUIRE_FALSE(tiff.empty());
  CHECK(CountTiffPages(tiff) == 2);
  CHECK(CountTiffPages("not a tiff at all") == 0);
  CHECK(CountTiffPages("") == 0);
  // An IFD that points at itself is one page, not an endless loop.
  std::string loop("II*\0\x08\0\0\0\0\0\x08\0\0\0", 14);
  CHECK(CountTiffPages(loop) == 1);
  // An IFD offset past the end of the file: no pages.
  std::string past("II*\0\xFF\xFF\0\0", 8);
  CHECK(CountTiffPages(past) == 0);
}

TEST_CASE("page scans are counted from a PDF's image dictionaries",
          "[ocr]") {
  auto image = [](const std::string& w, const std::string& h) {
    return "7 0 obj\n<< /Type /XObject /Subtype /Image /Width " + w +
           " /Height " + h +
           " /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << "
           "/K -1 /Columns " + w + " >> /Length 3 >>\nstream\nabc\nendstream\n"
           "endobj\n";
  };
  // A letter page at 300 dpi, either way up; a legal page at 200 dpi.
  CHECK(CountPageScans(image("2550", "3300")) == 1);
  CHECK(CountPageScans(image("3300", "2550")) == 1);
  CHECK(CountPageScans(image("1700", "2800")) == 1);
  CHECK(CountPageScans(image("2550", "3300") + image("2544", "3296")) == 2);
  // A logo, a photograph strip, a page scan's thumbnail: not page scans.
  CHECK(CountPageScans(image("300", "400")) == 0);
  // A page image and its soft mask, of the same size: one page scan.
  std::string masked =
      "8 0 obj\n<< /Type /XObject /Subtype /Image /Width 2550 /Height 3300 "
      "/SMask 9 0 R /Length 3 >>\nstream\nabc\nendstream\nendobj\n"
      "9 0 obj\n<< /Type /XObject /Subtype /Image /Width 2550 /Height 3300 "
      "/ColorSpace /DeviceGray /Length 3 >>\nstream\nabc\nendstream\n"
      "endobj\n";
  CHECK(CountPageScans(masked) == 1);
  CHECK(CountPageScans(image("1700", "1000")) == 0);
  CHECK(CountPageScans(image("800", "1000")) == 0);
  // No dictionary, or one without sizes: nothing, and no read past the end.
  CHECK(CountPageScans("") == 0);
  CHECK(CountPageScans("/Subtype /Image") == 0);
  CHECK(CountPageScans("<< /Subtype/Image /Width 2550") == 0);
  CHECK(CountPageScans("<< /Subtype /ImageMask true /Width 2550 /Height "
                       "3300 >>") == 0);
}

TEST_CASE("libjpeg's complaints become the page's note, not stderr",
          "[ocr]") {
  Pix* pix = pixCreate(64, 32, 8);
  pixSetAllArbitrary(pix, 200);
  pixSetResolution(pix, 300, 300);
  l_uint8* data = nullptr;
  size_t size = 0;
  REQUIRE(pixWriteMemJpeg(&data, &size, pix, 90, 0) == 0);
  pixDestroy(&pix);
  std::string jpeg(reinterpret_cast<char*>(data), size);
  lept_free(data);
  // Bytes a broken scanner left before the end marker.
  jpeg.insert(jpeg.rfind("\xFF\xD9"), std::string(12, '\0'));
  Binary b;
  b.filename = "bad.jpg";
  b.format = "jpeg";
  b.bytes = jpeg;
  OcrOptions options;
  auto source = ImageSource::Open(b, options);
  REQUIRE(source.ok());
  auto page = source.value()->LoadPage(0);
  REQUIRE(page.ok());
  REQUIRE(page->image);
  CHECK(pixGetWidth(page->image.get()) == 64);
  CHECK(page->dpi == 300);
  CHECK(page->note.find("jpeg: Corrupt JPEG data") != std::string::npos);
}

TEST_CASE("a PDF text layer is used only when it reads as text", "[ocr]") {
  CHECK(UsableTextLayer(
      "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nForm 8-K\n"));
  CHECK_FALSE(UsableTextLayer(""));
  CHECK_FALSE(UsableTextLayer("   \n\f  \n"));
  CHECK_FALSE(UsableTextLayer("Page 3"));  // a stamp on a scanned page
  // Glyph ids from a font without a Unicode map.
  CHECK_FALSE(UsableTextLayer("!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~!\"#$%&'()"));
  std::string pua;
  for (int i = 0; i < 40; ++i) pua += "\xEE\x80\x81";  // U+E001
  CHECK_FALSE(UsableTextLayer(pua));
  std::string replacement;
  for (int i = 0; i < 40; ++i) replacement += "ab\xEF\xBF\xBD";  // U+FFFD
  CHECK_FALSE(UsableTextLayer(replacement));
  CHECK(UsableTextLayer("Kabushiki Kaisha Internet Initiative (IIJ) 日本"));
}

TEST_CASE("boxes on the prepared image map back to the original page",
          "[ocr]") {
  PreparedPage page;
  page.width = 1000;
  page.height = 2000;
  page.scale = 1.5;
  page.rotated_width = 1500;
  page.rotated_height = 3000;
  Box b = ToOriginal(page, {300, 600, 450, 630});
  CHECK(b.left == 200);
  CHECK(b.top == 400);
  CHECK(b.right == 300);
  CHECK(b.bottom == 420);
  // Boxes are clamped to the page.
  Box out = ToOriginal(page, {-10, -10, 5000, 5000});
  CHECK(out.left == 0);
  CHECK(out.right == 1000);
  CHECK(out.bottom == 2000);

  // A point rotated clockwise by the deskew comes back to where it was.
  page.skew_degrees = 2.0;
  double t = 2.0 * M_PI / 180, cx = 750, cy = 1500, x = 300, y = 600;
  double rx = cx + (x - cx) * std::cos(t) - (y - cy) * std::sin(t);
  double ry = cy + (x - cx) * std::sin(t) + (y - cy) * std::cos(t);
  Box r =
      ToOriginal(page, {static_cast<int>(rx), static_cast<int>(ry),
                        static_cast<int>(rx) + 1, static_cast<int>(ry) + 1});
  CHECK(std::abs(r.left - 200) <= 1);
  CHECK(std::abs(r.top - 400) <= 1);
}

}  // namespace
}  // namespace secx
