// Line and column geometry of a cover page.
//
// Cover pages put several values side by side on one line and their labels
// on the line(s) below. To pair them we cut each line into cells (at TABs
// and at runs of two or more blanks) and give every cell its display
// columns, with TABs expanded to stops of 8 as a terminal would show them.
// Cells keep their byte offsets into Document::text so that every value can
// be traced back to its bytes.
//
// Plain values; no shared state. Lines and cells point into the text they
// were cut from, which must outlive them.
#ifndef SECX_EXTRACT_COVER_LAYOUT_H_
#define SECX_EXTRACT_COVER_LAYOUT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace secx {
namespace cover {

struct LayoutCell {
  size_t start = 0;  // byte offsets into the whole text
  size_t end = 0;
  int col_start = 0;  // display columns, TABs expanded
  int col_end = 0;
  int tab_index = 0;  // index of the TAB-separated segment holding the cell
  std::string_view text;
};

enum class LineKind {
  kBlank,      // nothing but blanks
  kRule,       // ----- or _____ or =====
  kMarkup,     // <PAGE>, <TABLE>, <S> <C> ... left by EDGAR text filings
  kText,       // anything else, until classified further
  kLabel,      // holds a cover label such as "(Commission File Number)"
  kLabelCont,  // continues a label opened on a line above
};

struct Line {
  size_t start = 0;  // byte offsets of the line, without the line break
  size_t end = 0;
  std::string_view text;
  std::vector<LayoutCell> cells;
  LineKind kind = LineKind::kText;
  bool has_tab = false;
};

// Cuts text[begin, end) into lines and cells. Offsets are absolute.
std::vector<Line> SplitLines(std::string_view text, size_t begin, size_t end);

// Cuts one line (absolute offset `start`) into cells. `box_sides`: a bar
// standing alone is the side of a box drawn in characters ("|  1140
// Parkway, Suite 5   |"), a blank (typed text only: on a page read by OCR
// a bar may be a misread digit, "8-454] |").
std::vector<LayoutCell> SplitCells(std::string_view line, size_t start,
                                   bool box_sides = false);

// True for lines that only draw a rule: dashes, underscores, '=' or '*'.
bool IsRuleText(std::string_view s);

// True for a line made only of SGML/HTML tags (<PAGE>, <S> <C>, </TABLE>).
bool IsMarkupText(std::string_view s);

// Columns shared by two cells (0 when they do not overlap).
int Overlap(const LayoutCell& a, const LayoutCell& b);

// Distance between the centres of two cells, in columns.
int CentreDistance(const LayoutCell& a, const LayoutCell& b);

// Trims ASCII blanks, NBSP and line breaks from both ends.
std::string_view Trim(std::string_view s);

// Folds runs of whitespace (including NBSP and line breaks) to one blank and
// trims the ends.
std::string FoldSpace(std::string_view s);

// Folded form for comparing names whatever their case, spacing and
// punctuation: the letters and digits only, lower-cased.
std::string NameKey(std::string_view s);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_LAYOUT_H_
