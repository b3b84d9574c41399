// Which pages of a scanned input are recognised (`--ocr-pages`).
//
// Recognition is where the time of a scanned archive goes (seconds per
// page), and a user who wants cover fields needs one page of a 40-page
// annual report: the cover (a Form 10-K's first page, an X-17A-5's facing
// page, sometimes after a cover letter).
//   all    every page (the default)
//   N-M    pages N to M of each image or PDF (1-based; "N" alone, "N-" to
//          the end)
//   cover  pages in order until one reads like a cover or facing page
//          (LooksLikeCover), at most `cover_search` of them; the pages
//          after it are not recognised. Pages with a usable PDF text layer
//          cost nothing and follow the same rule.
// Plain data; thread-safe.
#ifndef SECX_EXTRACT_OCR_PAGE_POLICY_H_
#define SECX_EXTRACT_OCR_PAGE_POLICY_H_

#include <string>
#include <string_view>

#include "extract/status.h"

namespace secx {

struct OcrPagePolicy {
  enum class Kind { kAll, kRange, kCover };
  Kind kind = Kind::kAll;
  int first = 1;         // kRange, 1-based, inclusive
  int last = 0;          // kRange; 0 = to the end
  int cover_search = 3;  // kCover: pages read at most while looking

  // Whether page `index` (0-based) is in a kRange / kAll selection.
  bool Selects(int index) const {
    if (kind != Kind::kRange) return true;
    return index + 1 >= first && (last == 0 || index + 1 <= last);
  }
};

// Parses "all", "cover", "N", "N-M" or "N-". The error says what is wrong.
Result<OcrPagePolicy> ParseOcrPages(const std::string& text);

// True when a page's text carries what SEC cover and facing pages print:
// the Commission's name with a form name, a "Commission File Number", an
// "(Exact name of registrant ...)" caption, or an X-17A-5 facing page's
// "ANNUAL AUDITED REPORT" / "FACING PAGE". Case and spacing ignored.
bool LooksLikeCover(std::string_view text);

}  // namespace secx

#endif  // SECX_EXTRACT_OCR_PAGE_POLICY_H_
