// The progress line secx prints on a terminal during long runs: files done,
// throughput and, once scans turn up, OCR pages done, pages per second and
// an estimate of the time left. One line on stderr, rewritten in place at
// most five times a second; messages printed through it clear the line
// first so that they never mix with it.
//
// Thread-safety: every member may be called from any thread.
#ifndef SECX_ANALYZE_PROGRESS_H_
#define SECX_ANALYZE_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <string>

#include "extract/ocr/ocr.h"

namespace secx {

// `text` with every control character (newline, carriage return, escape,
// ...) written as a visible escape (\n, \r, \x1b): messages hold paths
// and text from inputs, and one input must not be able to print what looks
// like another line of secx's (a forged "secx: PATH: cause").
std::string OneLine(const std::string& text);

class ProgressLine : public OcrProgress {
 public:
  // Prints to `out` only when `enabled` (callers pass isatty(stderr)).
  ProgressLine(std::FILE* out, bool enabled);
  ~ProgressLine() override;

  // Files handed back so far, and the bytes they held (bytes_total 0 when
  // unknown: no MB figures then).
  void Files(size_t done, size_t total, size_t bytes_done = 0,
             size_t bytes_total = 0);
  void PagesFound(int pages) override;
  void PageRead() override;

  // Prints `line` (a newline is added) above the progress line. Always
  // prints, enabled or not. Control characters in `line` are escaped
  // (OneLine), so that a file name or input text cannot start a line.
  void Message(const std::string& line);
  // Removes the progress line (at the end of a run).
  void Clear();

  // The line as it would be shown now, without the terminal codes.
  std::string Text() const;

 private:
  std::string TextLocked(double seconds) const;
  void ShowLocked(bool force);
  double Seconds() const;

  std::FILE* out_;
  const bool enabled_;
  const std::chrono::steady_clock::time_point start_;
  mutable std::mutex mu_;
  size_t files_done_ = 0, files_total_ = 0;
  size_t bytes_done_ = 0, bytes_total_ = 0;
  long pages_found_ = 0, pages_read_ = 0;
  double first_page_seconds_ = -1;  // when the first page was found
  double last_shown_ = -1;
  bool shown_ = false;  // a line is on screen
};

}  // namespace secx

#endif  // SECX_ANALYZE_PROGRESS_H_
