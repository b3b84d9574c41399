// Layout of recognised words into text, from hand-made Tesseract results.
#include "extract/ocr/page_text.h"

#include <catch2/catch.hpp>
#include <string>

namespace secx {
namespace {

// Adds a word of `text` at x, on line `line` whose top is `top`; glyphs are
// 20 px wide and 30 px high.
void Add(Reading* r, const std::string& text, int x, int top, int line) {
  while (static_cast<int>(r->lines.size()) <= line) r->lines.push_back({});
  OcrWord w;
  w.text = text;
  w.box = {x, top, x + 20 * static_cast<int>(text.size()), top + 30};
  w.confidence = 90;
  w.line = line;
  r->words.push_back(w);
}

std::string Line(const std::string& text, int n) {
  size_t pos = 0;
  for (int i = 0; i < n; ++i) pos = text.find('\n', pos) + 1;
  return text.substr(pos, text.find('\n', pos) - pos);
}

TEST_CASE("columns of a cover page stay aligned across rows", "[ocr]") {
  Reading r;
  // Tesseract puts each column in its own block, so each row of the table
  // is three lines that only share a baseline.
  Add(&r, "Japan", 300, 1000, 0);
  Add(&r, "(State", 300, 1040, 1);
  Add(&r, "or", 440, 1040, 1);
  Add(&r, "0-30204", 1150, 1002, 2);
  Add(&r, "(Commission", 1150, 1041, 3);
  Add(&r, "98-1029639", 1900, 999, 4);
  Add(&r, "(IRS", 1900, 1040, 5);
  Add(&r, "Employer", 2000, 1040, 5);
  PageLayout layout = LayOutPage(r);
  INFO(layout.text);
  CHECK(layout.char_width == Approx(20));
  std::string row1 = Line(layout.text, 0), row2 = Line(layout.text, 1);
  CHECK(row1.find("Japan") == 0);
  CHECK(row1.find("0-30204") == row2.find("(Commission"));
  CHECK(row1.find("98-1029639") == row2.find("(IRS"));
  CHECK(row1.find("0-30204") == 43);  // round(850 px / 20 px)
  // Words of one line keep a single space.
  CHECK(row2.find("(State or") == 0);
  CHECK(row2.find("(IRS Employer") != std::string::npos);
}

TEST_CASE("stacked lines beside a tall box stay apart", "[ocr]") {
  Reading r;
  // A form's title in a tall font at the left; two lines of small print
  // beside it, each within the title's height; a number at the right.
  Add(&r, "FORM", 100, 100, 0);
  r.words.back().box.bottom = 160;
  Add(&r, "Information", 400, 98, 1);
  Add(&r, "Required", 650, 98, 1);
  Add(&r, "Pursuant", 400, 130, 2);
  Add(&r, "to", 580, 130, 2);
  Add(&r, "8-12345", 1200, 128, 3);
  PageLayout layout = LayOutPage(r);
  INFO(layout.text);
  std::string row1 = Line(layout.text, 0), row2 = Line(layout.text, 1);
  CHECK(row1.find("Information Required") != std::string::npos);
  CHECK(row1.find("Pursuant") == std::string::npos);
  CHECK(row2.find("Pursuant to") != std::string::npos);
  // Side by side, lines still share a row.
  CHECK(Line(layout.text, 0).find("FORM") == 0);
  CHECK(row2.find("8-12345") == 55);  // round(1100 px / 20 px)
}

TEST_CASE("word spans index the text; paragraph gaps become blank lines",
          "[ocr]") {
  Reading r;
  Add(&r, "FORM", 100, 100, 0);
  Add(&r, "SD", 200, 100, 0);
  Add(&r, "Item", 100, 140, 1);  // next line, no gap
  Add(&r, "1.01", 200, 140, 1);
  Add(&r, "Exhibit", 160, 260, 2);  // after a gap of three line heights
  PageLayout layout = LayOutPage(r);
  INFO(layout.text);
  CHECK(layout.text == "FORM SD\nItem 1.01\n\n   Exhibit\n");
  REQUIRE(layout.word_spans.size() == r.words.size());
  for (size_t i = 0; i < r.words.size(); ++i) {
    auto [start, end] = layout.word_spans[i];
    CHECK(layout.text.substr(start, end - start) == r.words[i].text);
  }
}

TEST_CASE("letters read into a drawn rule are left out", "[ocr]") {
  Reading r;
  Add(&r, "FORM", 100, 100, 0);
  Add(&r, "8-K", 200, 100, 0);
  Add(&r, "Item", 100, 140, 1);
  Add(&r, "5.02", 200, 140, 1);
  Add(&r, "Departure", 300, 140, 1);
  // A row of "=" read as flat, doubtful words: 8 px high among 30 px words.
  Add(&r, "EE", 100, 180, 2);
  Add(&r, "SSS", 200, 180, 2);
  r.words[5].box.bottom = r.words[5].box.top + 8;
  r.words[6].box.bottom = r.words[6].box.top + 8;
  r.words[5].confidence = r.words[6].confidence = 20;
  Add(&r, "of", 100, 220, 3);  // short, but a confident x-height word
  r.words[7].box.top += 9;
  PageLayout layout = LayOutPage(r);
  INFO(layout.text);
  CHECK(layout.text == "FORM 8-K\nItem 5.02 Departure\n\nof\n");
  CHECK(layout.word_spans[5] == std::make_pair<size_t, size_t>(0, 0));
  CHECK(layout.word_spans[6] == std::make_pair<size_t, size_t>(0, 0));
  // The same flat word read with confidence is kept.
  r.words[5].confidence = 95;
  CHECK(LayOutPage(r).text.find("EE") != std::string::npos);
}

TEST_CASE("an empty page lays out as empty text", "[ocr]") {
  PageLayout layout = LayOutPage(Reading());
  CHECK(layout.text.empty());
  CHECK(layout.word_spans.empty());
}

}  // namespace
}  // namespace secx
