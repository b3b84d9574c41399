#include "extract/ocr/ink_runs.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace secx {
namespace {

// Leptonica's 1 bpp rows: 32-bit words, the leftmost pixel in the most
// significant bit.
constexpr uint32_t kAll = 0xffffffffu;

// Bits of word `wi` that are pixels of the image (the last word of a row
// has padding past the width).
uint32_t ValidBits(int wi, int width) {
  int left = width - wi * 32;
  if (left >= 32) return kAll;
  return left <= 0 ? 0 : kAll << (32 - left);
}

// Sets pixels [start, end) of a row.
void SetSpan(uint32_t* row, int start, int end) {
  while (start < end) {
    int wi = start >> 5;
    int bit = start & 31;
    int n = std::min(32 - bit, end - start);
    uint32_t mask =
        (n == 32 ? kAll : ((uint32_t{1} << n) - 1) << (32 - bit - n));
    row[wi] |= mask;
    start += n;
  }
}

// Calls f(start, end) for each run of set pixels of a row.
template <typename F>
void ForEachRun(const uint32_t* row, int wpl, int width, F f) {
  int wi = 0;
  while (wi < wpl) {
    uint32_t word = row[wi] & ValidBits(wi, width);
    if (word == 0) {
      ++wi;
      continue;
    }
    // Runs starting in this word; a run may continue over later words.
    int bit = 0;
    while (bit < 32) {
      uint32_t rest = bit == 0 ? word : word & (kAll >> bit);
      if (rest == 0) break;
      int start = wi * 32 + __builtin_clz(rest);
      // The end: the first clear pixel at or after start.
      int ewi = start >> 5;
      uint32_t clear =
          ~(row[ewi] & ValidBits(ewi, width)) & (kAll >> (start & 31));
      while (clear == 0 && ewi + 1 < wpl) {
        ++ewi;
        clear = ~(row[ewi] & ValidBits(ewi, width));
      }
      int end =
          clear == 0 ? width : std::min(width, ewi * 32 + __builtin_clz(clear));
      f(start, end);
      if (end >= width) return;
      if ((end >> 5) != wi) {
        // The run left this word: go on from the word where it ended.
        wi = end >> 5;
        word = row[wi] & ValidBits(wi, width);
      }
      bit = end & 31;
    }
    ++wi;
  }
}

}  // namespace

bool ClearLongRuns(Pix* ink, int across, int down) {
  if (ink == nullptr || pixGetDepth(ink) != 1) return false;
  const int width = pixGetWidth(ink), height = pixGetHeight(ink);
  const int wpl = pixGetWpl(ink);
  uint32_t* data = pixGetData(ink);
  std::vector<uint32_t> clear(static_cast<size_t>(wpl) * height, 0);
  // Across: runs of a row.
  for (int y = 0; y < height; ++y) {
    const uint32_t* row = data + static_cast<size_t>(y) * wpl;
    uint32_t* out = clear.data() + static_cast<size_t>(y) * wpl;
    ForEachRun(row, wpl, width, [&](int start, int end) {
      if (end - start >= across) SetSpan(out, start, end);
    });
  }
  // Down: a run length per column, carried from row to row; a column is
  // read only where it has ink in this row or the one before.
  std::vector<int> run(width, 0);
  for (int y = 0; y <= height; ++y) {
    const uint32_t* row =
        y < height ? data + static_cast<size_t>(y) * wpl : nullptr;
    const uint32_t* prev =
        y > 0 ? data + static_cast<size_t>(y - 1) * wpl : nullptr;
    for (int wi = 0; wi < wpl; ++wi) {
      const uint32_t valid = ValidBits(wi, width);
      const uint32_t cur = row ? row[wi] & valid : 0;
      const uint32_t before = prev ? prev[wi] & valid : 0;
      uint32_t bits = cur | before;
      while (bits != 0) {
        int b = __builtin_clz(bits);
        bits &= ~(uint32_t{1} << (31 - b));
        int x = wi * 32 + b;
        if (cur & (uint32_t{1} << (31 - b))) {
          ++run[x];
          continue;
        }
        if (run[x] >= down) {
          const uint32_t bit = uint32_t{1} << (31 - b);
          for (int r = y - run[x]; r < y; ++r) {
            clear[static_cast<size_t>(r) * wpl + wi] |= bit;
          }
        }
        run[x] = 0;
      }
    }
  }
  const size_t n = static_cast<size_t>(wpl) * height;
  for (size_t i = 0; i < n; ++i) data[i] &= ~clear[i];
  return true;
}

Pix* DilateAcross(Pix* ink, int size) {
  if (ink == nullptr || pixGetDepth(ink) != 1) return nullptr;
  if (size <= 1) return pixCopy(nullptr, ink);
  const int width = pixGetWidth(ink), height = pixGetHeight(ink);
  const int wpl = pixGetWpl(ink);
  Pix* out = pixCreateTemplate(ink);  // cleared
  if (out == nullptr) return nullptr;
  const uint32_t* data = pixGetData(ink);
  uint32_t* od = pixGetData(out);
  const int before = size / 2, after = size - 1 - size / 2;
  for (int y = 0; y < height; ++y) {
    const uint32_t* row = data + static_cast<size_t>(y) * wpl;
    uint32_t* orow = od + static_cast<size_t>(y) * wpl;
    ForEachRun(row, wpl, width, [&](int start, int end) {
      SetSpan(orow, std::max(0, start - before), std::min(width, end + after));
    });
  }
  return out;
}

}  // namespace secx
