// Owning pointer for a Leptonica image, so Leptonica's types stay out of the
// OCR stage's headers (Pix is only forward-declared here).
//
// Thread-safety: a PixPtr is a plain owner; one thread at a time.
#ifndef SECX_EXTRACT_OCR_PIX_PTR_H_
#define SECX_EXTRACT_OCR_PIX_PTR_H_

#include <memory>

struct Pix;  // Leptonica's image, see leptonica/pix.h

namespace secx {

struct PixDeleter {
  void operator()(Pix* pix) const;  // pixDestroy
};

// Owns one reference to a Pix (Leptonica images are reference counted).
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_PIX_PTR_H_
