// Tesseract recognition of one prepared page image, at word level.
//
// Engines are expensive to create (the English LSTM model takes a few
// hundred milliseconds to load), so each is initialised once and reused for
// every later page. They live in a process-wide pool rather than in
// thread_local storage because the page workers of one document are
// short-lived threads: a thread_local engine would be loaded again for
// every document. A worker leases an engine for the duration of one page;
// no engine is ever used by two threads at once, and the pool never holds
// more engines than pages were ever recognised concurrently.
//
// Thread-safety: Recognize may be called from any number of threads.
#ifndef SECX_EXTRACT_OCR_ENGINE_H_
#define SECX_EXTRACT_OCR_ENGINE_H_

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/ocr/ocr.h"
#include "extract/status.h"

struct Pix;

namespace secx {

// One recognised word, in the coordinates of the image given to Recognize.
struct OcrWord {
  std::string text;  // UTF-8
  Box box;
  float confidence = 0;  // 0..100
  int line = 0;          // index of the Tesseract text line
  int block = 0;         // index of the Tesseract block
  bool para_start = false;
};

struct OcrLine {
  Box box;
  int block = 0;
};

struct Reading {
  std::vector<OcrWord> words;
  std::vector<OcrLine> lines;  // OcrWord::line indexes this
  float mean_confidence = 0;   // weighted by characters; 0 when no words
  size_t chars = 0;
};

// True when `text` has an ASCII letter or digit: a word of text rather
// than punctuation or a mark.
bool HasAlnum(const std::string& text);

// Median box height of the words with a letter or digit, the page's text
// size in pixels; 0 when fewer than 5 such words say what it is.
double MedianTextHeight(const Reading& reading);

// Whether `now`, a number read again with the ink beside `was`, is `was`
// with one or two digits more at an edge the ink was found at (`left`,
// `right`): "0019" -> "10019" on the left. Nothing else replaces a word.
bool DigitsGrownAtEdge(const std::string& was, const std::string& now,
                       bool left, bool right);

// Reads `image` (any depth Tesseract accepts) at `dpi`. Errors: the
// language data cannot be loaded, recognition failed or timed out.
Result<Reading> Recognize(Pix* image, int dpi, const OcrOptions& options);

// The doubtful words of `reading` (confidence 70 or less, of text
// height), each read again from its box and the room round it (a text
// height to each side, half of one above and below) with Tesseract's
// sparse-text segmentation, which reads each patch of ink on its own: a
// second reading for MendFromSecondReading at the cost of those boxes
// only (at most 40 a page, the least sure first). A word read at more
// than 70 cannot be mended (see there), so no other word is read again.
// `image` is the one `reading` was read from.
Result<Reading> RecognizeDoubtful(Pix* image, int dpi,
                                  const OcrOptions& options,
                                  const Reading& reading);

// Words a second reading of the same page (`other`) read with much more
// confidence where `reading` read something else: each word of `reading`
// whose box `other` read as one word of about the same place
// (intersection over union at least 0.8) takes that word's text when
// it is read with confidence 85 or more, 30 above the word's own, and
// differs in its form, not only in its letters or digits: "ease7a" or
// "345411" -> "8-45411" are mended, "272-2000" -> "272-2600" is not (a
// digit for a digit is the kind of change a second reading gets wrong as
// often as right), nor "FINANCIAL" -> "INANCIAL" (a part of the word).
// Words only `other` read are not added: on scanned covers they were as
// often stamps' and signatures' fragments as lost text. Returns the
// number of words mended.
int MendFromSecondReading(const Reading& other, Reading* reading);

// "5.3.0", without loading any model.
std::string TesseractVersion();

// Keeps libtesseract's OpenMP loops on the calling thread: secx runs its
// own page and document workers, and OpenMP threads on top of them
// oversubscribe the cores and run several times slower. Sets
// OMP_THREAD_LIMIT=1 for child processes and, because libgomp read the
// environment when the process started, also turns parallel regions off
// through the OpenMP runtime. Idempotent, thread-safe.
void LimitOpenMpThreads();

// True: serial_openmp.cc, the serial stand-in for the OpenMP entry points
// libtesseract calls, is linked into the program. Called by
// LimitOpenMpThreads so that the static library's object is always linked.
bool SerialOpenMpLinked();

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_ENGINE_H_
