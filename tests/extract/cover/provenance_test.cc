#include "extract/provenance.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/cover/cover.h"
#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace {

// A two-page document: page 1 typed text, page 2 OCR'd with one Word per
// blank-separated token (boxes 10 px apart, confidences as given).
Document OcrDocument(const std::string& typed, const std::string& scanned,
                     float confidence) {
  Document doc;
  doc.kind = "pdf";
  doc.text = typed + scanned;
  doc.sections.push_back({"TEXT", 0, "", "", "text", 0, doc.text.size()});
  Page p1;
  p1.number = 1;
  p1.start = 0;
  p1.end = typed.size();
  Page p2;
  p2.number = 2;
  p2.start = typed.size();
  p2.end = doc.text.size();
  p2.ocr = true;
  p2.width = 2550;
  p2.height = 3300;
  doc.pages = {p1, p2};
  int x = 100, y = 100;
  for (size_t i = typed.size(); i < doc.text.size();) {
    if (doc.text[i] == ' ' || doc.text[i] == '\n') {
      if (doc.text[i] == '\n') {
        x = 100;
        y += 40;
      }
      ++i;
      continue;
    }
    size_t j = doc.text.find_first_of(" \n", i);
    if (j == std::string::npos) j = doc.text.size();
    Word w;
    w.start = i;
    w.end = j;
    w.page = 2;
    int width = static_cast<int>(j - i) * 20;
    w.box = {x, y, x + width, y + 30};
    w.confidence = confidence;
    doc.words.push_back(w);
    x += width + 10;
    i = j;
  }
  doc.ocr_text = true;
  return doc;
}

TEST_CASE("OCR spans carry the union box and the words' confidence",
          "[provenance]") {
  Document doc = OcrDocument("typed page\n", "alpha beta\ngamma\n", 80.0f);
  doc.words[1].confidence = 60.0f;  // "beta"
  // "beta\ngamma" on page 2: beta at (210,100)-(290,130), gamma on the
  // next line at (100,140)-(200,170).
  size_t start = doc.text.find("beta");
  size_t end = doc.text.find("gamma") + 5;
  Span s = MakeSpan(doc, start, end, 0.9, "test.rule");
  CHECK(s.page == 2);
  CHECK(s.rule == "test.rule");
  REQUIRE(s.bbox.has_value());
  CHECK(s.bbox->left == 100);
  CHECK(s.bbox->top == 100);
  CHECK(s.bbox->right == 290);
  CHECK(s.bbox->bottom == 170);
  CHECK(s.confidence == Approx(0.9 * 0.70));

  std::optional<OcrEvidence> ev = OcrWordsUnder(doc, 2, start, end);
  REQUIRE(ev);
  CHECK(ev->words == 2);
  CHECK(ev->min_confidence == Approx(60.0f));
  CHECK(ev->mean_confidence == Approx(70.0f));

  // A range that only touches part of a word still takes its box.
  Span part = MakeSpan(doc, start + 1, start + 2, 1.0, "r");
  REQUIRE(part.bbox);
  CHECK(part.bbox->left == 210);
  CHECK(part.bbox->right == 290);
}

TEST_CASE("typed pages and ranges without words get no box", "[provenance]") {
  Document doc = OcrDocument("typed page\n", "alpha beta\n", 90.0f);
  Span typed = MakeSpan(doc, 0, 5, 0.8, "r");
  CHECK(typed.page == 1);
  CHECK_FALSE(typed.bbox.has_value());
  CHECK(typed.confidence == Approx(0.8));
  // Only the newline between words: nothing recognised there.
  size_t nl = doc.text.find('\n', doc.pages[1].start);
  Span gap = MakeSpan(doc, nl, nl + 1, 0.8, "r");
  CHECK_FALSE(gap.bbox.has_value());
  CHECK(gap.confidence == Approx(0.8));
  // Words on another page than the span's are not used.
  doc.words[0].page = 3;
  std::optional<OcrEvidence> ev =
      OcrWordsUnder(doc, 2, doc.pages[1].start, doc.text.size());
  REQUIRE(ev);
  CHECK(ev->words == 1);
}

TEST_CASE("cover fields read from an OCR page carry boxes", "[provenance]") {
  Document doc =
      OcrDocument("",
                  "FORM 8-K\n\nACME WIDGETS INC.\n(Exact name of registrant as "
                  "specified in its charter)\n",
                  50.0f);
  doc.pages.erase(doc.pages.begin());
  doc.pages[0].number = 1;
  for (Word& w : doc.words) w.page = 1;
  std::vector<Field> fields = ExtractCover(doc);
  const Field* name = testing::Find(fields, "registrant_name");
  REQUIRE(name);
  CHECK(name->value == "ACME WIDGETS INC.");
  REQUIRE(name->span.bbox);
  CHECK(name->span.bbox->top == 180);  // third text line (one blank line)
  CHECK(name->span.confidence < 0.5);
  CHECK(name->span.confidence > 0.0);
  const Field* form = testing::Find(fields, "form_type");
  REQUIRE(form);
  REQUIRE(form->span.bbox);
  CHECK(form->span.bbox->top == 100);
}

}  // namespace
}  // namespace secx
