// --ocr-pages: parsing, the cover test, and which pages RunOcr reads under
// each policy (on PDF text layers, so no recognition time is spent).
#include "extract/ocr/page_policy.h"

#include <catch2/catch.hpp>

#include "extract/ocr/ocr.h"
#include "tests/extract/ocr/ocr_test_util.h"

namespace secx {
namespace {

using testing::MakePdf;
using testing::PdfPage;

TEST_CASE("ocr page policies parse strictly", "[ocr][pages]") {
  CHECK(ParseOcrPages("all").value().kind == OcrPagePolicy::Kind::kAll);
  CHECK(ParseOcrPages("cover").value().kind == OcrPagePolicy::Kind::kCover);
  OcrPagePolicy range = ParseOcrPages("2-4").value();
  CHECK(range.kind == OcrPagePolicy::Kind::kRange);
  CHECK((range.first == 2 && range.last == 4));
  CHECK_FALSE(range.Selects(0));
  CHECK(range.Selects(1));
  CHECK(range.Selects(3));
  CHECK_FALSE(range.Selects(4));
  CHECK(ParseOcrPages("3").value().Selects(2));
  CHECK_FALSE(ParseOcrPages("3").value().Selects(3));
  CHECK(ParseOcrPages("3-").value().Selects(99));
  for (const char* bad :
       {"", "0", "0-2", "4-2", "-3", "a", "1-b", "cover2", "1--2", "ALL"}) {
    INFO(bad);
    Result<OcrPagePolicy> r = ParseOcrPages(bad);
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::StartsWith("--ocr-pages '"));
  }
}

TEST_CASE("cover and facing pages are told from other pages", "[ocr][pages]") {
  CHECK(
      LooksLikeCover("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\n"
                     "Washington, D.C. 20549\nFORM 10-K"));
  CHECK(LooksLikeCover("ANNUAL AUDITED REPORT\nFORM X-17A-5\nPART III"));
  CHECK(LooksLikeCover("FACING PAGE Information Required of Brokers"));
  CHECK(LooksLikeCover("Commission File Number: 0-30204"));
  CHECK(
      LooksLikeCover("(Exact name of registrant as specified in its "
                     "charter)"));
  // OCR splits words; case varies.
  CHECK(LooksLikeCover("Annual Aud ited Rep ort"));
  CHECK_FALSE(
      LooksLikeCover("Dear Sirs,\nEnclosed please find our annual "
                     "report for the year."));
  CHECK_FALSE(LooksLikeCover("Notes to the financial statements"));
  // The Commission named in a letter is not a cover without a form.
  CHECK_FALSE(
      LooksLikeCover("Securities and Exchange Commission\n"
                     "450 Fifth Street"));
}

PdfPage TextPage(const std::string& text) {
  PdfPage p;
  p.text = text;
  return p;
}

// A four-page PDF with text layers: a letter, the cover, two more pages.
Document Filing() {
  Document doc;
  doc.source = "filing.pdf";
  Binary b;
  b.format = "pdf";
  b.bytes = MakePdf(
      {TextPage("Dear Sirs enclosed please find the annual report of the "
                "company for the year"),
       TextPage("SECURITIES AND EXCHANGE COMMISSION Washington DC FORM "
                "10-K Annual report of the company"),
       TextPage("Notes to the financial statements of the company for "
                "the year ended"),
       TextPage("Schedule of the computation of net capital of the company "
                "for the year")});
  doc.binaries.push_back(b);
  return doc;
}

int PagesRead(const std::string& policy, Document* doc) {
  OcrOptions options;
  options.pages = ParseOcrPages(policy).value();
  OcrInfo info;
  REQUIRE(RunOcr(doc, options, &info).ok());
  return static_cast<int>(doc->pages.size());
}

TEST_CASE("RunOcr reads the pages the policy selects", "[ocr][pages]") {
  Document all = Filing();
  CHECK(PagesRead("all", &all) == 4);
  CHECK(all.warnings.empty());

  Document cover = Filing();
  CHECK(PagesRead("cover", &cover) == 2);  // the letter, then the cover
  CHECK_THAT(cover.text, Catch::Contains("FORM 10-K"));
  CHECK_THAT(cover.text, !Catch::Contains("Notes to"));
  REQUIRE(cover.warnings.size() == 1);
  CHECK(cover.warnings[0] == "2 of 4 pages read (--ocr-pages cover)");

  Document range = Filing();
  CHECK(PagesRead("3-4", &range) == 2);
  CHECK_THAT(range.text, Catch::StartsWith("Notes to"));
  REQUIRE(range.warnings.size() == 1);
  CHECK(range.warnings[0] == "2 of 4 pages read (--ocr-pages range)");
}

}  // namespace
}  // namespace secx
