// Positioned cells of table lines, for tables read by their column
// headings. Two layouts reach the extractors:
//   - HTML tables, which the reader writes one row a line with a TAB before
//     each column slot (empty columns dropped, colspans at their first
//     slot): a cell's position is its slot number;
//   - fixed-width text (1990s filings), where columns are runs separated
//     by two or more blanks: a cell's position is its character range.
// Headings are placed the same way, so a value belongs to the heading its
// position overlaps. Internal to extract/facts; stateless and thread-safe.
#ifndef SECX_EXTRACT_FACTS_TABLE_GRID_H_
#define SECX_EXTRACT_FACTS_TABLE_GRID_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/facts/table_cells.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {

struct GridCell {
  TableCell cell;
  size_t from = 0;  // position: slot (HTML) or character column (text)
  size_t to = 0;    // one past
};

// Cells of one line. A lone currency sign ("$") is folded into the cell
// after it, so "$ | 0.83" reads as one amount.
std::vector<GridCell> GridLine(std::string_view text, Piece line);
// False when GridLine(text, line) gives at most one cell: no tab, and no
// two blanks in a row between the line's first and last non-blank bytes.
// A scan without allocation, for callers that skip one-cell lines (prose).
bool MayHaveSeveralCells(std::string_view text, Piece line);

// True when the line is a rule ("-----", "=====") or empty of text.
bool RuleLine(std::string_view line);

// True when a cell holds only one to three units in parentheses, as a
// heading states them apart: "(Yen)", "(in reais)", "(US$)(1)".
bool UnitsOnly(const std::string& cell);

// The runs of a rule line, [from, to) character columns each: a typed
// table rules each column, or a group of columns, apart.
std::vector<std::pair<size_t, size_t>> RuleRuns(std::string_view line);

// A heading column: its text (lines of a wrapped heading joined) and range.
struct GridHeading {
  std::string text;
  size_t from = 0;
  size_t to = 0;
};

// Headings from the heading lines, merged by position: wrapped headings
// ("Record" over "Date") become one. In HTML each heading runs to the next
// heading's slot, so a "$" slot and its amount fall under the same one.
std::vector<GridHeading> GridHeadings(std::string_view text,
                                      const std::vector<Piece>& lines);

// A currency's sign alone in a cell ("$", "US$", a euro or pound sign): in
// an HTML row it stands before its amount's cell.
bool SignCell(std::string_view t);

// In an HTML table whose heading row has one cell per column while its
// rows spread an amount over two ("High | Low | Dividends" over
// "$ | 58.12 | $ | 49.30 | $ | 0.31"), the headings sit on the wrong
// slots: 49.30 would fall under "Dividends". Given the cells of the first
// rows below the headings: when those rows all have their cells on the
// same slots, as many of them as there are headings (a row label before
// them may have none), reaching past the last heading's slot, and some
// cell would not fall under the heading of its rank, each heading moves
// onto its column's slot, in order. Returns true when it moved them.
// Fixed-width text (placed by characters) is not for this.
bool SeatHeadings(const std::vector<std::vector<GridCell>>& rows,
                  std::vector<GridHeading>* headings);
// The cells of the first three lines of several cells from `at` on (blank
// and rule lines skipped; at most 12 lines looked at): SeatHeadings' rows.
std::vector<std::vector<GridCell>> FirstRows(std::string_view text,
                                             size_t at);

// Index of the heading a cell belongs to, -1 when none: the largest
// overlap; in fixed-width text a cell touching no heading goes to the
// nearest one within 3 columns.
int HeadingOf(const std::vector<GridHeading>& headings, const GridCell& c);

}  // namespace facts
}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_TABLE_GRID_H_
