// The input a stored document was read from, found again and checked, and
// its pages drawn with boxes: what `secx show --png` and `secx serve` show
// of scanned filings.
//
// Why the store keeps the path and SHA-256 of the input rather than page
// images: a page image good enough to read a value off (300 dpi, grey) is
// 0.3-1 MB even as PNG, several times the whole text and records of a
// filing, and most stores never draw a page. The input is the one exact
// copy; the SHA-256 (documents.sha256) proves it is the same bytes, so the
// boxes land on the pixels they were measured on. When inputs move, give
// their new place (--source FILE or DIR): a file there with the stored
// name (or any file given explicitly) is used when its SHA-256 matches.
//
// Thread-safety: one PageSource per thread; it caches the last input read.
#ifndef SECX_ANALYZE_PAGE_SOURCE_H_
#define SECX_ANALYZE_PAGE_SOURCE_H_

#include <string>
#include <vector>

#include "analyze/store_reader.h"
#include "extract/document.h"
#include "extract/status.h"

namespace secx {

class PageSource {
 public:
  // `places`: files and directories to look in besides the stored path.
  explicit PageSource(std::vector<std::string> places = {})
      : places_(std::move(places)) {}

  // PNG of `page` of `doc` with `boxes` outlined; max_width 0: full size.
  // Errors say why in one line: no image on that page, the input is gone
  // (and where it was looked for), or its bytes changed.
  Result<std::string> Png(const StoredDocument& doc, const PageRecord& page,
                          const std::vector<Box>& boxes, int max_width = 0);

  // Whether the input of `doc` can be found with its stored SHA-256.
  Status Available(const StoredDocument& doc) { return Load(doc); }

 private:
  Status Load(const StoredDocument& doc);

  std::vector<std::string> places_;
  int64_t loaded_id_ = -1;
  std::vector<Binary> binaries_;
};

}  // namespace secx

#endif  // SECX_ANALYZE_PAGE_SOURCE_H_
