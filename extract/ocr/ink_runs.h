// Run-length forms of the two Leptonica morphology steps of the lone-mark
// search (engine.cc), with the same pixels as a result: Leptonica's brick
// operations shift and combine the whole page once per pixel of the brick
// (hundreds of full-page passes for a rule-sized brick), while these read
// the ink once and skip blank 32-pixel words, which are most of a page
// once the words read are whitened.
#ifndef SECX_EXTRACT_OCR_INK_RUNS_H_
#define SECX_EXTRACT_OCR_INK_RUNS_H_

struct Pix;

namespace secx {

// Clears, in the 1 bpp `ink`, every pixel of a horizontal run of at least
// `across` pixels or of a vertical run of at least `down` pixels (runs
// measured in `ink` as given, ending at the image's edges). The same as
//   a = pixOpenBrick(nullptr, ink, across, 1);
//   d = pixOpenBrick(nullptr, ink, 1, down);
//   pixSubtract(ink, ink, a); pixSubtract(ink, ink, d);
// with Leptonica's default (asymmetric) boundary condition. Returns false
// (and leaves `ink` as it was) for a Pix that is not 1 bpp.
bool ClearLongRuns(Pix* ink, int across, int down);

// The same as pixDilateBrick(nullptr, ink, size, 1) on a 1 bpp `ink`: each
// pixel spread over `size` pixels of its row, from size / 2 to its left.
// Null for a Pix that is not 1 bpp.
Pix* DilateAcross(Pix* ink, int size);

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_INK_RUNS_H_
