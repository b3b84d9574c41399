// Applies text replacements to a Document and moves every span with them.
// Plain functions on values the caller owns; no shared state.
#ifndef SECX_EXTRACT_CORRECT_EDITS_H_
#define SECX_EXTRACT_CORRECT_EDITS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "extract/document.h"

namespace secx {

// Replace text[start, end) with `replacement`.
struct TextEdit {
  size_t start = 0;
  size_t end = 0;
  std::string replacement;
};

// Where `pos` in the old text lands in the new text. `edits` must be sorted
// and non-overlapping. A position inside an edited range maps to the start
// of the replacement (is_end = false) or to its end (is_end = true), so a
// span that covered the old bytes covers the new ones.
size_t ShiftOffset(const std::vector<TextEdit>& edits, size_t pos, bool is_end);

// Applies `edits` (sorted, non-overlapping) to doc->text and shifts pages,
// sections, words and header_fields spans (re-slicing a header field's
// `raw` when its bytes changed).
void ApplyEdits(Document* doc, const std::vector<TextEdit>& edits);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_EDITS_H_
