// End-to-end tests of the OCR stage on committed scans, an EDGAR submission
// with an embedded JPEG, multi-page TIFF, PDFs with and without a text
// layer, and broken inputs.
#include "extract/ocr/ocr.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/ocr/engine.h"
#include "extract/ocr/image_source.h"
#include "extract/pipeline.h"
#include "extract/read/reader.h"
#include "tests/extract/ocr/ocr_test_util.h"

namespace secx {
namespace {

using testing::BinaryDocument;
using testing::ColumnOf;
using testing::MakePdf;
using testing::PdfPage;
using testing::ReadFileOrEmpty;
using testing::SourcePath;

const char kCoverPng[] = "corpus/scans/form-sd-cover.png";
const char kCoverJpeg[] = "corpus/scans/form-sd-cover-degraded.jpg";
const char kTwoPageTiff[] = "tests/extract/ocr/data/two-pages.tif";
const char kLonePageNumber[] = "tests/extract/ocr/data/lone-page-number.png";

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// The first OCR word whose text is exactly `text`, or nullptr.
const Word* FindWord(const Document& doc, const std::string& text) {
  for (const Word& w : doc.words) {
    if (doc.text.compare(w.start, w.end - w.start, text) == 0 &&
        w.end - w.start == text.size()) {
      return &w;
    }
  }
  return nullptr;
}

Document Ocr(Document doc, const OcrOptions& options, OcrInfo* info,
             Status* status) {
  *status = RunOcr(&doc, options, info);
  return doc;
}

// Document::words in text order, as provenance looks them up
// (extract/provenance.h).
bool WordsInTextOrder(const Document& doc) {
  return std::is_sorted(
      doc.words.begin(), doc.words.end(),
      [](const Word& a, const Word& b) { return a.start < b.start; });
}

TEST_CASE("rendered Form SD cover is read with boxes and confidences",
          "[ocr]") {
  std::string png = ReadFileOrEmpty(SourcePath(kCoverPng));
  REQUIRE_FALSE(png.empty());
  OcrInfo info;
  Status st;
  Document doc = Ocr(BinaryDocument(png, "png"), OcrOptions(), &info, &st);
  REQUIRE(st.ok());
  INFO(doc.text);

  CHECK(Contains(doc.text, "SECURITIES AND EXCHANGE COMMISSION"));
  CHECK(Contains(doc.text, "SPECIALIZED DISCLOSURE REPORT"));
  CHECK(Contains(doc.text, "Internet Initiative Japan Inc."));
  CHECK(Contains(doc.text, "+81-3-5205-6333"));
  CHECK(doc.ocr_text);
  CHECK(doc.binaries.empty());
  CHECK(info.engine.rfind("tesseract 5", 0) == 0);
  CHECK(info.pages == 1);
  CHECK(info.mean_confidence > 85);

  REQUIRE(doc.pages.size() == 1);
  const Page& page = doc.pages[0];
  CHECK(page.ocr);
  CHECK(page.width == 2550);
  CHECK(page.height == 1850);
  CHECK(page.dpi == 300);
  CHECK(page.start == 0);
  CHECK(page.end == doc.text.size());
  CHECK(doc.sections[0].start == 0);
  CHECK(doc.sections[0].end == doc.text.size());

  REQUIRE(doc.words.size() > 50);
  // In text order, as provenance looks them up (extract/provenance.h),
  // whatever order Tesseract read the page's blocks in.
  CHECK(WordsInTextOrder(doc));
  for (const Word& w : doc.words) {
    CHECK(w.page == 1);
    CHECK(w.end > w.start);
    CHECK(w.box.left < w.box.right);
    CHECK(w.box.top < w.box.bottom);
    CHECK(w.box.right <= page.width);
    CHECK(w.box.bottom <= page.height);
    CHECK(w.confidence > 0);
    CHECK(w.confidence <= 100);
  }
  // The file number was drawn in the middle third of the page, the IRS
  // number in the right third, both on one baseline.
  const Word* file_no = FindWord(doc, "0-30204");
  const Word* irs = FindWord(doc, "98-1029639");
  REQUIRE(file_no != nullptr);
  REQUIRE(irs != nullptr);
  CHECK((file_no->box.left > 2550 / 3 && file_no->box.left < 2550 / 2));
  CHECK(irs->box.left > 2 * 2550 / 3 - 100);
  CHECK(std::abs(file_no->box.top - irs->box.top) < 15);
  CHECK(file_no->confidence > 80);
}

TEST_CASE("OCR text keeps values above their labels in the same columns",
          "[ocr]") {
  std::string png = ReadFileOrEmpty(SourcePath(kCoverPng));
  OcrInfo info;
  Status st;
  Document doc = Ocr(BinaryDocument(png, "png"), OcrOptions(), &info, &st);
  REQUIRE(st.ok());
  INFO(doc.text);
  size_t value = doc.text.find("0-30204");
  size_t label = doc.text.find("(Commission");
  size_t irs = doc.text.find("98-1029639");
  size_t irs_label = doc.text.find("(IRS Employer");
  REQUIRE(value != std::string::npos);
  REQUIRE(label != std::string::npos);
  REQUIRE(irs != std::string::npos);
  REQUIRE(irs_label != std::string::npos);
  // Same line for the three values, next line for the labels.
  CHECK(doc.text.find('\n', value) == doc.text.find('\n', irs));
  CHECK(doc.text.find('\n', value) < label);
  CHECK(std::abs(ColumnOf(doc.text, value) - ColumnOf(doc.text, label)) <= 2);
  CHECK(std::abs(ColumnOf(doc.text, irs) - ColumnOf(doc.text, irs_label)) <= 2);
}

TEST_CASE("cover fields come out of a scanned cover page", "[ocr][cover]") {
  std::string png = ReadFileOrEmpty(SourcePath(kCoverPng));
  ExtractOptions options;
  Extraction x = ExtractBytes(png, "form-sd-cover.png", options);
  REQUIRE(x.errors.empty());
  REQUIRE(x.ocr.has_value());
  auto value_of = [&](const std::string& name) {
    for (const Field& f : x.fields) {
      if (f.name == name) return f.value;
    }
    return std::string();
  };
  CHECK(value_of("commission_file_number") == "0-30204");
  CHECK(value_of("irs_employer_id") == "98-1029639");
  CHECK(value_of("state_of_incorporation") == "Japan");
}

TEST_CASE("a degraded 200 dpi JPEG is rescaled and boxes map back", "[ocr]") {
  std::string jpeg = ReadFileOrEmpty(SourcePath(kCoverJpeg));
  REQUIRE_FALSE(jpeg.empty());
  OcrInfo info;
  Status st;
  Document doc = Ocr(BinaryDocument(jpeg, "jpeg"), OcrOptions(), &info, &st);
  REQUIRE(st.ok());
  INFO(doc.text);
  CHECK(Contains(doc.text, "SECURITIES AND EXCHANGE COMMISSION"));
  CHECK(Contains(doc.text, "0-30204"));
  REQUIRE(doc.pages.size() == 1);
  CHECK(doc.pages[0].width == 1700);
  CHECK(doc.pages[0].height == 1000);
  CHECK(doc.pages[0].dpi == 200);
  CHECK(info.mean_confidence > 70);
  const Word* file_no = FindWord(doc, "0-30204");
  REQUIRE(file_no != nullptr);
  // Drawn at x = 1 in + 6.5 in / 3 = 633 px at 200 dpi, then tilted.
  CHECK(file_no->box.left > 600);
  CHECK(file_no->box.left < 680);
  CHECK(file_no->box.right < 1700);
}

TEST_CASE("the JPEG inside an EDGAR submission becomes an OCR page",
          "[ocr][sgml]") {
  std::string path = SourcePath("corpus/sgml/0001213900-25-032135.txt");
  std::string bytes = ReadFileOrEmpty(path);
  REQUIRE_FALSE(bytes.empty());
  Result<Document> read = ReadDocument(bytes, path);
  REQUIRE(read.ok());
  Document doc = std::move(read).value();
  REQUIRE(doc.binaries.size() == 1);
  CHECK(doc.binaries[0].format == "jpeg");
  int section = doc.binaries[0].section;
  REQUIRE(section >= 0);
  const std::string before = doc.text;
  const size_t text_before = before.size();
  size_t pages_before = doc.pages.size();

  OcrInfo info;
  REQUIRE(RunOcr(&doc, OcrOptions(), &info).ok());
  INFO(doc.text.substr(text_before));
  REQUIRE(doc.pages.size() == pages_before + 1);
  const Page& page = doc.pages.back();
  CHECK(page.ocr);
  CHECK(page.number == static_cast<int>(pages_before) + 1);
  CHECK(page.start > text_before);  // after the "\f" page break
  CHECK(doc.text[page.start - 1] == '\f');
  CHECK(page.width == 112);
  CHECK(page.height == 67);
  std::string ocr_text = doc.text.substr(page.start, page.end - page.start);
  CHECK(Contains(ocr_text, "ABVC"));
  CHECK(Contains(ocr_text, "BIOPHARMA"));
  // The GRAPHIC section now spans the text read from its image.
  CHECK(doc.sections[section].start == page.start);
  CHECK(doc.sections[section].end == page.end);
  CHECK(doc.ocr_text);
  CHECK(info.pages == 1);
  // The text read before OCR is unchanged, so header spans stay valid.
  CHECK(doc.text.compare(0, text_before, before) == 0);
}

TEST_CASE("every page of a multi-page TIFF is read, with any job count",
          "[ocr]") {
  std::string tiff = ReadFileOrEmpty(SourcePath(kTwoPageTiff));
  REQUIRE_FALSE(tiff.empty());
  std::string texts[3];
  ThreadBudget spare;
  spare.Give(1);
  for (int jobs : {1, 2, 3}) {
    OcrOptions options;
    options.jobs = jobs == 3 ? 1 : jobs;
    // Run 3: one thread of its own plus one lent by the batch.
    if (jobs == 3) options.spare_threads = &spare;
    OcrInfo info;
    Status st;
    Document doc = Ocr(BinaryDocument(tiff, "tiff"), options, &info, &st);
    REQUIRE(st.ok());
    INFO(doc.text);
    REQUIRE(doc.pages.size() == 2);
    CHECK(info.pages == 2);
    std::string p1 = doc.text.substr(doc.pages[0].start,
                                     doc.pages[0].end - doc.pages[0].start);
    std::string p2 = doc.text.substr(doc.pages[1].start,
                                     doc.pages[1].end - doc.pages[1].start);
    CHECK(Contains(p1, "FORM SD"));
    CHECK(Contains(p2, "Telecommunication equipment"));
    CHECK(doc.pages[1].height == 900);
    for (const Word& w : doc.words) {
      CHECK(w.page == (w.start < doc.pages[1].start ? 1 : 2));
    }
    texts[jobs - 1] = doc.text;
  }
  CHECK(texts[0] == texts[1]);  // page order does not depend on threads
  CHECK(texts[0] == texts[2]);
  CHECK(spare.taken() == 1);  // the lent thread read the second page
  CHECK(spare.spare() == 1);  // and was given back
}

extern "C" void GOMP_parallel(void (*)(void*), void*, unsigned, unsigned);

TEST_CASE("OpenMP regions resolve to the serial runtime, not libgomp's",
          "[ocr]") {
  // serial_openmp.cc must win the dynamic symbol lookup that libtesseract's
  // calls go through; were it not exported, libgomp's would be found.
  REQUIRE(SerialOpenMpLinked());
  void* found = dlsym(RTLD_DEFAULT, "GOMP_parallel");
  CHECK(found == reinterpret_cast<void*>(&GOMP_parallel));
  void* gomp = dlopen("libgomp.so.1", RTLD_LAZY | RTLD_NOLOAD);
  if (gomp != nullptr) {  // libtesseract brought libgomp in
    CHECK(dlsym(gomp, "GOMP_parallel") != found);
    dlclose(gomp);
  }
}

TEST_CASE("a lone page number under the text is read", "[ocr]") {
  // Tesseract's page layout drops a line of one short glyph ("2" centred
  // near the foot of the page); secx reads uncovered ink again.
  Document in;
  in.source = "lone-page-number.png";
  Binary b;
  b.format = "png";
  b.bytes = ReadFileOrEmpty(SourcePath(kLonePageNumber));
  REQUIRE_FALSE(b.bytes.empty());
  in.binaries.push_back(b);
  OcrInfo info;
  Status st;
  Document doc = Ocr(in, OcrOptions(), &info, &st);
  REQUIRE(st.ok());
  INFO(doc.text);
  CHECK(Contains(doc.text, "deemed filed."));
  const Word* two = FindWord(doc, "2");
  REQUIRE(two != nullptr);
  // On its own line, after the body, where the page prints it.
  CHECK(doc.text.rfind('\n', two->start) > doc.text.find("deemed filed."));
  CHECK(two->box.top > 2900);
  CHECK(two->box.left > 1200);
  CHECK(two->box.right < 1350);
  CHECK(two->confidence >= 75);
  // A word read again after the page's reading still sits in text order.
  CHECK(WordsInTextOrder(doc));
  // Nothing else turned up: the body reads as before.
  for (const Word& w : doc.words) {
    CHECK(w.end > w.start);
  }
  CHECK(doc.words.size() == 37);
}

TEST_CASE("words read again above the body keep the text order",
          "[ocr]") {
  // The lone page number moved to the head of the page: read after the
  // page's words, it comes first in the text, and Document::words must
  // still be in text order for provenance to find every word's box.
  std::string png = ReadFileOrEmpty(SourcePath(kLonePageNumber));
  REQUIRE_FALSE(png.empty());
  Pix* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.data()),
                        png.size());
  REQUIRE(pix != nullptr);
  Pix* grey = pixConvertTo8(pix, 0);
  pixDestroy(&pix);
  REQUIRE(grey != nullptr);
  // The "2" sits in (1150..1400, 2850..3050); the band above the body
  // (y 40..240) is blank paper.
  pixRasterop(grey, 1150, 40, 250, 200, PIX_SRC, grey, 1150, 2850);
  pixRasterop(grey, 1150, 2850, 250, 200, PIX_SET, nullptr, 0, 0);
  l_uint8* data = nullptr;
  size_t size = 0;
  REQUIRE(pixWriteMemPng(&data, &size, grey, 0.0) == 0);
  pixDestroy(&grey);
  Document in;
  in.source = "moved-page-number.png";
  Binary b;
  b.format = "png";
  b.bytes.assign(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  in.binaries.push_back(b);
  OcrInfo info;
  Status st;
  Document doc = Ocr(in, OcrOptions(), &info, &st);
  REQUIRE(st.ok());
  INFO(doc.text);
  const Word* two = FindWord(doc, "2");
  REQUIRE(two != nullptr);
  CHECK(two->box.top < 300);
  CHECK(two->start < doc.text.find("deemed filed."));
  CHECK(WordsInTextOrder(doc));
}

// A PDF whose first page has a text layer and whose second is a scan.
std::string MixedPdf() {
  PdfPage text;
  text.text = "Commission File Number 0-30204 for Internet Initiative Japan";
  PdfPage scan;
  scan.jpeg = ReadFileOrEmpty(SourcePath(kCoverJpeg));
  scan.jpeg_width = 1700;
  scan.jpeg_height = 1000;
  return MakePdf({text, scan});
}

TEST_CASE("PDF: text layer read directly, image-only page OCR'd",
          "[ocr][pdf]") {
  std::string pdf = MixedPdf();
  OcrInfo info;
  Status st;
  Document doc = Ocr(BinaryDocument(pdf, "pdf"), OcrOptions(), &info, &st);
  REQUIRE(st.ok());
  INFO(doc.text);
  REQUIRE(doc.pages.size() == 2);
  CHECK_FALSE(doc.pages[0].ocr);
  CHECK(doc.pages[1].ocr);
  std::string p1 = doc.text.substr(doc.pages[0].start,
                                   doc.pages[0].end - doc.pages[0].start);
  CHECK(Contains(p1, "Commission File Number 0-30204"));
  std::string p2 = doc.text.substr(doc.pages[1].start,
                                   doc.pages[1].end - doc.pages[1].start);
  CHECK(Contains(p2, "SECURITIES AND EXCHANGE COMMISSION"));
  CHECK(doc.pages[1].dpi == 300);  // rendered at OcrOptions::pdf_dpi
  CHECK(info.pages == 1);
  for (const Word& w : doc.words) CHECK(w.page == 2);
}

// The cover scan padded to a letter page (1700 x 2200 at 200 dpi), as
// JPEG bytes.
std::string LetterPageJpeg() {
  std::string jpeg = ReadFileOrEmpty(SourcePath(kCoverJpeg));
  Pix* pix = pixReadMem(reinterpret_cast<const l_uint8*>(jpeg.data()),
                        jpeg.size());
  if (pix == nullptr) return "";
  Pix* page = pixAddBorderGeneral(pix, 0, 0, 0, 2200 - pixGetHeight(pix),
                                  255);
  pixDestroy(&pix);
  l_uint8* data = nullptr;
  size_t size = 0;
  if (page == nullptr || pixWriteMemJpeg(&data, &size, page, 90, 0) != 0) {
    pixDestroy(&page);
    return "";
  }
  pixDestroy(&page);
  std::string out(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return out;
}

TEST_CASE("PDF: a scanned page's text layer is another program's OCR",
          "[ocr][pdf]") {
  // A page scan with an invisible text layer that misreads it, as paper
  // filings scanned with OCR software come: auto reads the image.
  PdfPage page;
  page.jpeg = LetterPageJpeg();
  REQUIRE_FALSE(page.jpeg.empty());
  page.jpeg_width = 1700;
  page.jpeg_height = 2200;
  page.text = "SECURITIES AND EXCHANGE COMMISSION Internet Initiative "
              "Japan Co Kabushiki Kaisha Commission File Number 0-30204";
  std::string pdf = MakePdf({page});
  REQUIRE(CountPageScans(pdf) == 1);
  SECTION("auto: the page is OCR'd") {
    OcrInfo info;
    Status st;
    Document doc = Ocr(BinaryDocument(pdf, "pdf"), OcrOptions(), &info, &st);
    REQUIRE(st.ok());
    REQUIRE(doc.pages.size() == 1);
    CHECK(doc.pages[0].ocr);
    CHECK(Contains(doc.text, "Inc."));  // printed on the scan, not the layer
  }
  SECTION("never: the text layer as it is") {
    OcrOptions options;
    options.mode = OcrMode::kNever;
    OcrInfo info;
    Status st;
    Document doc = Ocr(BinaryDocument(pdf, "pdf"), options, &info, &st);
    REQUIRE(st.ok());
    CHECK_FALSE(doc.pages[0].ocr);
    CHECK_FALSE(Contains(doc.text, "Inc."));
  }
}

TEST_CASE("PDF: --ocr always OCRs text pages, never skips scans",
          "[ocr][pdf]") {
  std::string pdf = MixedPdf();
  SECTION("always") {
    OcrOptions options;
    options.mode = OcrMode::kAlways;
    OcrInfo info;
    Status st;
    Document doc = Ocr(BinaryDocument(pdf, "pdf"), options, &info, &st);
    REQUIRE(st.ok());
    REQUIRE(doc.pages.size() == 2);
    CHECK(doc.pages[0].ocr);
    CHECK(doc.pages[1].ocr);
    CHECK(info.pages == 2);
    CHECK(Contains(doc.text, "0-30204"));
  }
  SECTION("never") {
    OcrOptions options;
    options.mode = OcrMode::kNever;
    OcrInfo info;
    Status st;
    Document doc = Ocr(BinaryDocument(pdf, "pdf"), options, &info, &st);
    REQUIRE(st.ok());
    REQUIRE(doc.pages.size() == 2);
    CHECK_FALSE(doc.pages[0].ocr);
    CHECK_FALSE(doc.pages[1].ocr);
    CHECK(info.pages == 0);
    CHECK_FALSE(doc.ocr_text);
    CHECK(Contains(doc.text, "0-30204"));
    CHECK_FALSE(Contains(doc.text, "SECURITIES"));
  }
}

TEST_CASE("a 1,000-page PDF stops at max_pages with a warning", "[ocr][pdf]") {
  std::vector<PdfPage> pages(1000);
  for (size_t i = 0; i < pages.size(); ++i) {
    pages[i].text = "Page " + std::to_string(i + 1) +
                    " of the annual report with enough words to count";
  }
  OcrOptions options;
  options.max_pages = 40;
  OcrInfo info;
  Status st;
  Document doc =
      Ocr(BinaryDocument(MakePdf(pages), "pdf"), options, &info, &st);
  REQUIRE(st.ok());
  CHECK(doc.pages.size() == 40);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(Contains(doc.warnings[0], "1000 pages"));
  CHECK(Contains(doc.warnings[0], "first 40"));
  CHECK(Contains(doc.text, "Page 40 of the annual report"));
  CHECK_FALSE(Contains(doc.text, "Page 41 of"));
}

TEST_CASE("broken inputs give one-line errors, never crashes",
          "[ocr][errors]") {
  std::string png = ReadFileOrEmpty(SourcePath(kCoverPng));
  std::string jpeg = ReadFileOrEmpty(SourcePath(kCoverJpeg));
  std::string tiff = ReadFileOrEmpty(SourcePath(kTwoPageTiff));
  std::string pdf = MixedPdf();

  struct Case {
    const char* name;
    std::string bytes;
    const char* format;
    const char* message;  // expected part of the error
  };
  // 20,000 x 20,000 pixels claimed in the PNG header: refused before any
  // decoding, not after allocating 400 Mpixel.
  std::string huge = png;
  const char dims[8] = {0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20};
  huge.replace(16, 8, dims, 8);
  std::string garbage(5000, '\x5A');

  std::vector<Case> cases = {
      {"truncated png", png.substr(0, 300), "png",
       "truncated png image: the file ends inside its IDAT chunk"},
      {"png cut after a chunk", png.substr(0, 33), "png",
       "truncated png image: no IEND chunk"},
      {"png without signature", png.substr(8), "png", "not a png image"},
      {"truncated jpeg header", jpeg.substr(0, 20), "jpeg", "jpeg"},
      {"jpeg cut short", jpeg.substr(0, jpeg.size() / 2), "jpeg",
       "truncated jpeg image: no end-of-image marker"},
      {"garbage labelled jpeg", garbage, "jpeg", "jpeg"},
      {"garbage labelled tiff", garbage, "tiff", "tiff"},
      {"truncated tiff", tiff.substr(0, 200), "tiff", "tiff"},
      {"huge png", huge, "png", "over the 100 Mpixel limit"},
      {"empty png", "", "png", "empty"},
      {"truncated pdf", pdf.substr(0, pdf.size() / 3), "pdf", "PDF"},
      {"garbage pdf", "%PDF-1.4\n" + garbage, "pdf", "PDF"},
      {"encrypted pdf",
       ReadFileOrEmpty(SourcePath("tests/extract/ocr/data/encrypted.pdf")),
       "pdf", "encrypted"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    OcrInfo info;
    Status st;
    Document doc =
        Ocr(BinaryDocument(c.bytes, c.format), OcrOptions(), &info, &st);
    // A truncated PDF may still give pages poppler could rebuild; either
    // way nothing may crash and any error must name the cause in one line.
    if (std::string(c.name) == "truncated pdf" && st.ok()) continue;
    REQUIRE_FALSE(st.ok());
    CHECK(Contains(st.error(), c.message));
    CHECK(st.error().find('\n') == std::string::npos);
    CHECK(info.pages == 0);
    CHECK(doc.binaries.empty());
  }
}

TEST_CASE("a bad image inside a document with text is only a warning",
          "[ocr][errors]") {
  Document doc;
  doc.source = "submission.txt";
  doc.text = "Some filing text\n";
  Page p;
  p.number = 1;
  p.end = doc.text.size();
  doc.pages.push_back(p);
  Section s;
  s.type = "GRAPHIC";
  s.start = s.end = doc.text.size();
  doc.sections.push_back(s);
  Binary b;
  b.filename = "logo.jpg";
  b.format = "jpeg";
  b.section = 0;
  b.bytes = "\xFF\xD8\xFF broken";
  doc.binaries.push_back(b);
  OcrInfo info;
  REQUIRE(RunOcr(&doc, OcrOptions(), &info).ok());
  REQUIRE(doc.warnings.size() == 1);
  CHECK(Contains(doc.warnings[0], "logo.jpg: truncated jpeg image"));
  CHECK(doc.text == "Some filing text\n");
  CHECK(doc.pages.size() == 1);
  CHECK(doc.binaries.empty());
}

TEST_CASE("images are skipped with a warning when OCR is off", "[ocr]") {
  std::string png = ReadFileOrEmpty(SourcePath(kCoverPng));
  OcrOptions options;
  options.mode = OcrMode::kNever;
  OcrInfo info;
  Status st;
  Document doc = Ocr(BinaryDocument(png, "png"), options, &info, &st);
  CHECK(st.ok());
  CHECK(doc.text.empty());
  CHECK(info.pages == 0);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(Contains(doc.warnings[0], "OCR is off"));
}

TEST_CASE("a number read again with the ink beside it grows only at that edge",
          "[ocr]") {
  CHECK(DigitsGrownAtEdge("0019", "10019", true, false));
  CHECK(DigitsGrownAtEdge("3213", "32133", false, true));
  CHECK(DigitsGrownAtEdge("0019", "10019", true, true));
  // Ink on the other side only, a changed digit, a letter, three more
  // digits: the page reading stands.
  CHECK_FALSE(DigitsGrownAtEdge("0019", "10019", false, true));
  CHECK_FALSE(DigitsGrownAtEdge("0019", "10018", true, true));
  CHECK_FALSE(DigitsGrownAtEdge("0019", "I0019", true, true));
  CHECK_FALSE(DigitsGrownAtEdge("0019", "1230019", true, true));
  CHECK_FALSE(DigitsGrownAtEdge("0019", "0019", true, true));
}

OcrWord ReadWord(const std::string& text, float confidence, int left, int top,
                 int right, int bottom) {
  OcrWord w;
  w.text = text;
  w.confidence = confidence;
  w.box = Box{left, top, right, bottom};
  return w;
}

TEST_CASE("a second reading mends a word only by a surer word of another form",
          "[ocr]") {
  Reading first;
  first.words = {ReadWord("ease7a", 0, 1000, 100, 1200, 130),  // file number box
                 ReadWord("345411", 22, 1000, 200, 1200, 230),
                 ReadWord("272-2000", 10, 800, 300, 1000, 330),
                 ReadWord("FINANCIAL", 52, 100, 400, 400, 430),
                 ReadWord("Ernst", 78, 100, 500, 220, 530),
                 ReadWord("10019", 60, 900, 600, 1000, 630)};
  first.chars = 0;
  for (const OcrWord& w : first.words) first.chars += w.text.size();
  Reading second;
  second.words = {
      ReadWord("8-43978", 93, 1002, 101, 1201, 131),  // same place, sure
      ReadWord("8-45411", 92, 998, 199, 1199, 229),
      ReadWord("272-2600", 91, 800, 300, 1000, 330),  // a digit for a digit
      ReadWord("INANCIAL", 90, 120, 400, 400, 430),   // a part of the word
      ReadWord("Emst", 42, 100, 500, 220, 530),       // less sure
      ReadWord("NY", 95, 900, 700, 950, 730),         // only this reading
      ReadWord("1-0019", 80, 900, 600, 1000, 630)};   // not sure enough
  CHECK(MendFromSecondReading(second, &first) == 2);
  REQUIRE(first.words.size() == 6);
  CHECK(first.words[0].text == "8-43978");
  CHECK(first.words[0].confidence == 93);
  CHECK(first.words[1].text == "8-45411");
  CHECK(first.words[2].text == "272-2000");
  CHECK(first.words[3].text == "FINANCIAL");
  CHECK(first.words[4].text == "Ernst");
  CHECK(first.words[5].text == "10019");
  CHECK(first.mean_confidence > 0);

  // A word of another place, however sure, mends nothing.
  Reading moved;
  moved.words = {ReadWord("8-43978", 95, 1100, 100, 1300, 130)};
  Reading again;
  again.words = {ReadWord("ease7a", 0, 1000, 100, 1200, 130)};
  CHECK(MendFromSecondReading(moved, &again) == 0);
  CHECK(again.words[0].text == "ease7a");
}

}  // namespace
}  // namespace secx
