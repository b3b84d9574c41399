// Cells of a text table row: TAB-separated (HTML reader output) or read
// token by token from OCR / fixed-width text, where a cell is a date, an
// amount ("JPY608 million", "$0.18"), a not-applicable mark ("-", "N/A")
// or a run of words. Internal to extract/facts; thread-safe.
#ifndef SECX_EXTRACT_FACTS_TABLE_CELLS_H_
#define SECX_EXTRACT_FACTS_TABLE_CELLS_H_

#include <string>
#include <string_view>
#include <vector>

namespace secx {
namespace facts {

struct TableCell {
  enum Kind { kDate, kMoney, kDash, kWords };
  Kind kind = kWords;
  size_t start = 0;  // absolute offsets into the text given
  size_t end = 0;
  std::string text;  // whitespace-folded
  std::string iso;   // kDate: ISO date
};

// Cells of text[start, end).
std::vector<TableCell> SplitCells(std::string_view text, size_t start,
                                  size_t end);

// text[start, end) as one cell, trimmed and classified.
TableCell CellOf(std::string_view text, size_t start, size_t end);

}  // namespace facts
}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_TABLE_CELLS_H_
