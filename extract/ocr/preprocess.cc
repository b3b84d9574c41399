#include "extract/ocr/preprocess.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace secx {
namespace {

// Median height, in pixels, of connected components on a 300 dpi page of
// 10-12 pt type (a mix of x-height letters and ascenders). Tesseract's
// models read best near this size.
constexpr double kGlyphHeightAt300 = 25.0;
// Scale factors this close to 1 are not worth a resample (nor the time
// the tesseract CLI does not spend either).
constexpr double kScaleSlack = 0.2;

// Median height of the marks that look like glyphs; 0 when there are none.
// Runs on a fixed-threshold binary image: it only has to find letters,
// not read them.
double MedianGlyphHeight(Pix* grey, int* marks) {
  PixPtr bin(pixConvertTo1(grey, 128));
  *marks = 0;
  if (!bin) return 0;
  int h = pixGetHeight(grey);
  BOXA* boxa = pixConnCompBB(bin.get(), 8);
  if (boxa == nullptr) return 0;
  std::vector<int> heights;
  int n = boxaGetCount(boxa);
  heights.reserve(n);
  for (int i = 0; i < n; ++i) {
    l_int32 bx, by, bw, bh;
    boxaGetBoxGeometry(boxa, i, &bx, &by, &bw, &bh);
    // Skip specks, rules, frames and pictures.
    if (bh < 4 || bh > h / 4 || bw > 4 * bh || bw * 8 < bh) continue;
    heights.push_back(bh);
  }
  boxaDestroy(&boxa);
  *marks = static_cast<int>(heights.size());
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2,
                   heights.end());
  return heights[heights.size() / 2];
}

// Grey 8 bpp copy of any Leptonica image; transparency laid over white.
PixPtr ToGrey(const Pix* image) {
  Pix* src = const_cast<Pix*>(image);  // Leptonica is not const-correct
  PixPtr blended;
  if (pixGetDepth(src) == 32 && pixGetSpp(src) == 4) {
    blended.reset(pixAlphaBlendUniform(src, 0xffffff00));
    if (blended) src = blended.get();
  }
  return PixPtr(pixConvertTo8(src, 0));
}

// Chooses the scale to the target resolution. A claimed resolution is used
// when the glyphs it implies are of a plausible size; screenshots and
// logos often claim 72 or 96 dpi whatever their real scale.
double ChooseScale(int claimed_dpi, double glyph_h, const OcrOptions& o,
                   int* dpi) {
  double target_glyph = kGlyphHeightAt300 * o.target_dpi / 300.0;
  double scale = 1.0;
  bool claimed_ok = claimed_dpi >= 70 && claimed_dpi <= 2400;
  if (claimed_ok) {
    scale = static_cast<double>(o.target_dpi) / claimed_dpi;
    double scaled_glyph = glyph_h * scale;
    if (glyph_h > 0 && (scaled_glyph < 0.5 * target_glyph ||
                        scaled_glyph > 3.5 * target_glyph)) {
      claimed_ok = false;
    }
  }
  if (!claimed_ok) scale = glyph_h > 0 ? target_glyph / glyph_h : 1.0;
  scale = std::clamp(scale, 0.25, 4.0);
  if (std::fabs(scale - 1.0) < kScaleSlack) scale = 1.0;
  *dpi = claimed_ok ? claimed_dpi
                    : static_cast<int>(std::lround(o.target_dpi / scale));
  return scale;
}

// Whitens large dark regions touching the page edge: the black margins a
// scanner leaves around a page, which Tesseract would try to read.
void WhitenBorders(Pix* grey) {
  int w = pixGetWidth(grey), h = pixGetHeight(grey);
  if (w < 400 || h < 400) return;  // a cropped logo may touch its edges
  PixPtr bin(pixConvertTo1(grey, 100));
  if (!bin) return;
  PixPtr border(pixExtractBorderConnComps(bin.get(), 8));
  if (!border) return;
  l_int32 changed = 0;
  PixPtr big(pixSelectBySize(border.get(), w / 4, h / 4, 8, L_SELECT_IF_EITHER,
                             L_SELECT_IF_GT, &changed));
  if (!big) return;
  l_int32 empty = 1;
  pixZero(big.get(), &empty);
  if (!empty) pixSetMasked(grey, big.get(), 255);
}

}  // namespace

Result<PreparedPage> PreparePage(const Pix* image, int claimed_dpi,
                                 const OcrOptions& options) {
  PreparedPage page;
  page.width = pixGetWidth(image);
  page.height = pixGetHeight(image);
  PixPtr grey = ToGrey(image);
  if (!grey) return Status::Error("image cannot be converted to grey");

  int marks = 0;
  double glyph_h = MedianGlyphHeight(grey.get(), &marks);
  if (marks == 0) {
    page.blank = true;
    page.dpi = claimed_dpi;
    page.prepared_dpi = claimed_dpi;
    page.grey = std::move(grey);
    return page;
  }
  page.scale = ChooseScale(claimed_dpi, glyph_h, options, &page.dpi);
  // Never scale past the pixel budget, whatever the glyphs suggest.
  double pixels = static_cast<double>(page.width) * page.height;
  double max_scale = std::sqrt(options.max_pixels / std::max(pixels, 1.0));
  if (page.scale > max_scale) page.scale = std::max(max_scale, 0.1);
  if (page.scale != 1.0) {
    PixPtr scaled(pixScale(grey.get(), static_cast<float>(page.scale),
                           static_cast<float>(page.scale)));
    if (!scaled) return Status::Error("image cannot be scaled");
    grey = std::move(scaled);
  }
  page.prepared_dpi = static_cast<int>(std::lround(page.dpi * page.scale));
  page.rotated_width = pixGetWidth(grey.get());
  page.rotated_height = pixGetHeight(grey.get());

  // Deskew. Leptonica returns a clone (the same Pix) when the skew is too
  // small or too uncertain to correct; only a real rotation is recorded.
  l_float32 angle = 0, conf = 0;
  Pix* deskewed = pixFindSkewAndDeskew(grey.get(), 2, &angle, &conf);
  if (deskewed != nullptr) {
    if (deskewed != grey.get()) page.skew_degrees = angle;
    grey.reset(deskewed);  // drops the extra reference when it is a clone
  }
  WhitenBorders(grey.get());
  pixSetResolution(grey.get(), page.prepared_dpi, page.prepared_dpi);
  page.grey = std::move(grey);
  return page;
}

PixPtr AdaptiveBinarize(const PreparedPage& page) {
  Pix* grey = page.grey.get();
  int w = pixGetWidth(grey), h = pixGetHeight(grey);
  // Half-window of about 1/12 inch: several glyphs wide, well under a
  // paragraph, the usual choice for printed text.
  int dpi = page.prepared_dpi > 0 ? page.prepared_dpi : 300;
  int whsize = std::max(8, dpi / 12);
  if (w < 2 * whsize + 3 || h < 2 * whsize + 3) return nullptr;
  // Tiles keep Sauvola's summed-area tables small on big pages.
  int nx = std::max(1, std::min(w / 1000, w / (2 * whsize + 3)));
  int ny = std::max(1, std::min(h / 1000, h / (2 * whsize + 3)));
  Pix* bin = nullptr;
  if (pixSauvolaBinarizeTiled(grey, whsize, 0.34f, nx, ny, nullptr, &bin) !=
      0) {
    return nullptr;
  }
  if (bin != nullptr) pixSetResolution(bin, dpi, dpi);
  return PixPtr(bin);
}

Box ToOriginal(const PreparedPage& page, const Box& box) {
  double xs[2] = {static_cast<double>(box.left),
                  static_cast<double>(box.right)};
  double ys[2] = {static_cast<double>(box.top),
                  static_cast<double>(box.bottom)};
  double left = 1e18, top = 1e18, right = -1e18, bottom = -1e18;
  // Undo the deskew rotation (Leptonica turns clockwise for positive
  // angles about the image centre, keeping the size), then the scale.
  double t = -page.skew_degrees * M_PI / 180.0;
  double cx = page.rotated_width / 2.0, cy = page.rotated_height / 2.0;
  for (double x : xs) {
    for (double y : ys) {
      double ox = x, oy = y;
      if (page.skew_degrees != 0) {
        ox = cx + (x - cx) * std::cos(t) - (y - cy) * std::sin(t);
        oy = cy + (x - cx) * std::sin(t) + (y - cy) * std::cos(t);
      }
      left = std::min(left, ox);
      right = std::max(right, ox);
      top = std::min(top, oy);
      bottom = std::max(bottom, oy);
    }
  }
  Box out;
  out.left = std::clamp(static_cast<int>(std::floor(left / page.scale)), 0,
                        page.width);
  out.top = std::clamp(static_cast<int>(std::floor(top / page.scale)), 0,
                       page.height);
  out.right = std::clamp(static_cast<int>(std::ceil(right / page.scale)), 0,
                         page.width);
  out.bottom = std::clamp(static_cast<int>(std::ceil(bottom / page.scale)), 0,
                          page.height);
  return out;
}

}  // namespace secx
