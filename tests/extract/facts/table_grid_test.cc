// MayHaveSeveralCells, the cheap test callers run before GridLine: false
// only where GridLine gives at most one cell.
#include "extract/facts/table_grid.h"

#include <catch2/catch.hpp>
#include <string>

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

}  // namespace
}  // namespace facts
}  // namespace secx
