// The run-length morphology of the lone-mark search gives Leptonica's
// pixels exactly (ink_runs.h), on images with rules, boxes, specks and
// ink at every edge, of widths that are and are not multiples of 32.
#include "extract/ocr/ink_runs.h"

#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>

namespace secx {
namespace {

Pix* RandomInk(int width, int height, uint32_t seed) {
  std::mt19937 rng(seed);
  Pix* pix = pixCreate(width, height, 1);
  auto set = [&](int x, int y) {
    if (x >= 0 && y >= 0 && x < width && y < height) pixSetPixel(pix, x, y, 1);
  };
  std::uniform_int_distribution<int> px(0, width - 1), py(0, height - 1);
  // Specks and glyph-sized blobs.
  for (int i = 0; i < width * height / 40; ++i) set(px(rng), py(rng));
  for (int i = 0; i < 60; ++i) {
    int x = px(rng), y = py(rng), w = 1 + rng() % 12, h = 1 + rng() % 14;
    for (int dy = 0; dy < h; ++dy) {
      for (int dx = 0; dx < w; ++dx) {
        if (rng() % 3 != 0) set(x + dx, y + dy);
      }
    }
  }
  // Rules across and down of lengths around the thresholds, some from
  // an edge, some to it, some the whole width or height.
  for (int i = 0; i < 30; ++i) {
    int len = 1 + rng() % (i % 5 == 0 ? width : 90);
    int x = i % 7 == 0 ? 0 : (i % 7 == 1 ? width - len : px(rng));
    int y = py(rng);
    for (int k = 0; k < len; ++k) set(x + k, y);
  }
  for (int i = 0; i < 30; ++i) {
    int len = 1 + rng() % (i % 5 == 0 ? height : 60);
    int y = i % 7 == 0 ? 0 : (i % 7 == 1 ? height - len : py(rng));
    int x = px(rng);
    for (int k = 0; k < len; ++k) set(x, y + k);
  }
  return pix;
}

bool SamePixels(Pix* a, Pix* b) {
  l_int32 same = 0;
  return pixEqual(a, b, &same) == 0 && same == 1;
}

TEST_CASE("ClearLongRuns and DilateAcross give Leptonica's pixels") {
  const int sizes[][2] = {{32, 32},   {31, 40},   {33, 17}, {64, 64}, {100, 90},
                          {257, 130}, {300, 301}, {1, 50},  {50, 1},  {95, 64}};
  uint32_t seed = 1;
  for (const auto& s : sizes) {
    for (int k = 0; k < 4; ++k, ++seed) {
      const int across = 4 + static_cast<int>(seed % 5) * 9;  // 4 .. 40
      const int down = 2 + static_cast<int>(seed % 7) * 5;    // 2 .. 32
      Pix* ink = RandomInk(s[0], s[1], seed);
      Pix* want = pixCopy(nullptr, ink);
      Pix* a = pixOpenBrick(nullptr, want, across, 1);
      Pix* d = pixOpenBrick(nullptr, want, 1, down);
      pixSubtract(want, want, a);
      pixSubtract(want, want, d);
      Pix* got = pixCopy(nullptr, ink);
      REQUIRE(ClearLongRuns(got, across, down));
      INFO("size " << s[0] << "x" << s[1] << " seed " << seed);
      CHECK(SamePixels(got, want));
      for (int size : {1, 2, 3, 8, 13, 35}) {
        Pix* dw = pixDilateBrick(nullptr, got, size, 1);
        Pix* dg = DilateAcross(got, size);
        INFO("dilation " << size);
        CHECK(SamePixels(dg, dw));
        pixDestroy(&dw);
        pixDestroy(&dg);
      }
      pixDestroy(&ink);
      pixDestroy(&want);
      pixDestroy(&a);
      pixDestroy(&d);
      pixDestroy(&got);
    }
  }
}

TEST_CASE("ClearLongRuns and DilateAcross refuse a Pix that is not 1 bpp") {
  Pix* gray = pixCreate(10, 10, 8);
  CHECK_FALSE(ClearLongRuns(gray, 4, 2));
  CHECK(DilateAcross(gray, 3) == nullptr);
  pixDestroy(&gray);
}

}  // namespace
}  // namespace secx
