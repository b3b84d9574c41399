// GridLine: cells of a fixed-width or tabbed line, and
// MayHaveSeveralCells, the cheap test callers run before GridLine: false
// only where GridLine gives at most one cell.
#include "extract/facts/table_grid.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace secx {
namespace facts {
namespace {

TEST_CASE("a line without two blanks in a row or a tab is one cell",
          "[facts][grid]") {
  struct Case {
    const char* line;
    bool several;
  };
  const Case cases[] = {
      {"The record date is March 1, 2024.", false},
      {"   Record date   ", false},  // blanks at the ends only
      {"Record date\r", false},
      {"Record date \r", false},
      {"", false},
      {"    ", false},
      {"Record date  Payable date", true},
      {"Record date\tPayable date", true},
      {"Record date\t", true},  // a tab splits, even at the end
      {"$  0.25", true},        // joined into one cell by GridLine itself
      {"<S>  <C>", true},       // EDGAR markers, dropped by GridLine
  };
  for (const Case& c : cases) {
    std::string text = std::string("x\n") + c.line + "\ny";
    Piece line{2, 2 + std::string(c.line).size()};
    INFO(c.line);
    CHECK(MayHaveSeveralCells(text, line) == c.several);
    if (!c.several) CHECK(GridLine(text, line).size() <= 1);
  }
}

std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> out;
  for (const GridCell& c : GridLine(line, Piece{0, line.size()}))
    out.push_back(c.cell.text);
  return out;
}

TEST_CASE("a run of a table line splits where a scan ran two cells together",
          "[facts][grid]") {
  using V = std::vector<std::string>;
  // A speck token between a heading and the next; between a label and its
  // amount; a dash before an amount.
  CHECK(Cells("        High  Low \u00a9 Dividend") == V{"High", "Low", "Dividend"});
  CHECK(Cells("Second quarter \u00a9 17.28    13.56   .60") ==
        V{"Second quarter", "17.28", "13.56", ".60"});
  CHECK(Cells("First quarter   $ 40.08 $ 28.18   \u2014 $.89-") ==
        V{"First quarter", "$ 40.08", "$ 28.18", "$.89"});
  CHECK(Cells("Third quarter   68.69 .- 50.43   .91") ==
        V{"Third quarter", "68.69", "50.43", ".91"});
  CHECK(Cells("- January 14, 1996    May 7, 1996 \u2014   0.90") ==
        V{"January 14, 1996", "May 7, 1996", "0.90"});
  // Specks at a cell's ends.
  CHECK(Cells("Fourth quarter    61.64   57.73.   @.62") ==
        V{"Fourth quarter", "61.64", "57.73", ".62"});
  // Two amounts one blank apart are two cells, but not amounts with words
  // between them, whole numbers (a date's day and year), or prose: a line
  // without two blanks in a row stays one cell.
  CHECK(Cells("Dividends   $3.94, $3.78 and $3.62 per share") ==
        V{"Dividends", "$3.94, $3.78 and $3.62 per share"});
  CHECK(Cells("Paid   December 31 2024   $0.25") ==
        V{"Paid", "December 31 2024", "$0.25"});
  CHECK(Cells("We paid $ 0.25 $ 0.30 in the quarters.") ==
        V{"We paid $ 0.25 $ 0.30 in the quarters."});
  CHECK(Cells("Total   1,234.5   (12.3)") == V{"Total", "1,234.5", "(12.3)"});
}

}  // namespace
}  // namespace facts
}  // namespace secx
