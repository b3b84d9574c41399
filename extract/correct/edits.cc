#include "extract/correct/edits.h"

#include <algorithm>

namespace secx {

size_t ShiftOffset(const std::vector<TextEdit>& edits, size_t pos,
                   bool is_end) {
  // Edits are few per document (tens), so a linear walk is enough.
  long long delta = 0;
  for (const TextEdit& e : edits) {
    if (pos < e.start || (pos == e.start && !is_end) ||
        (pos == e.start && is_end && e.end > e.start)) {
      break;
    }
    long long d = static_cast<long long>(e.replacement.size()) -
                  static_cast<long long>(e.end - e.start);
    if (pos < e.end) {
      // Inside the edited range.
      size_t new_start =
          static_cast<size_t>(static_cast<long long>(e.start) + delta);
      return is_end ? new_start + e.replacement.size() : new_start;
    }
    delta += d;
  }
  return static_cast<size_t>(static_cast<long long>(pos) + delta);
}

void ApplyEdits(Document* doc, const std::vector<TextEdit>& edits) {
  if (edits.empty()) return;
  std::string out;
  out.reserve(doc->text.size() + 64);
  size_t at = 0;
  for (const TextEdit& e : edits) {
    out.append(doc->text, at, e.start - at);
    out += e.replacement;
    at = e.end;
  }
  out.append(doc->text, at, std::string::npos);
  auto shift = [&](size_t* start, size_t* end) {
    *start = ShiftOffset(edits, *start, false);
    *end = std::max(*start, ShiftOffset(edits, *end, true));
  };
  for (Page& p : doc->pages) shift(&p.start, &p.end);
  for (Section& s : doc->sections) shift(&s.start, &s.end);
  for (Word& w : doc->words) shift(&w.start, &w.end);
  for (Field& f : doc->header_fields) {
    size_t old_start = f.span.start, old_end = f.span.end;
    shift(&f.span.start, &f.span.end);
    bool touched =
        std::any_of(edits.begin(), edits.end(), [&](const TextEdit& e) {
          return e.start < old_end && e.end > old_start;
        });
    if (touched && f.span.end <= out.size()) {
      f.raw = out.substr(f.span.start, f.span.end - f.span.start);
    }
  }
  doc->text = std::move(out);
}

}  // namespace secx
