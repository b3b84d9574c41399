#include "extract/document.h"

#include <algorithm>

namespace secx {

int Document::PageAt(size_t pos) const {
  if (pages.empty()) return 0;
  // Pages are sorted by start; find the last page starting at or before pos.
  auto it = std::upper_bound(
      pages.begin(), pages.end(), pos,
      [](size_t p, const Page& page) { return p < page.start; });
  if (it == pages.begin()) return pages.front().number;
  return std::prev(it)->number;
}

}  // namespace secx
