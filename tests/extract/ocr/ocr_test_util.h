// Fixtures for the OCR tests: file reading and small PDFs written by hand,
// so the tests need no PDF or image tools at run time.
#ifndef SECX_TESTS_EXTRACT_OCR_OCR_TEST_UTIL_H_
#define SECX_TESTS_EXTRACT_OCR_OCR_TEST_UTIL_H_

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/document.h"

namespace secx {
namespace testing {

inline std::string SourcePath(const std::string& rel) {
  return std::string(SECX_SOURCE_DIR) + "/" + rel;
}

inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// One page of a hand-made PDF: text drawn in Helvetica, or a JPEG image
// filling the page (an image-only, "scanned" page).
struct PdfPage {
  std::string text;  // ASCII without parentheses or backslashes
  std::string jpeg;  // when set, the page is this image (and `text`, if
                     // any, an invisible text layer over it)
  int jpeg_width = 0;
  int jpeg_height = 0;
  bool jpeg_grey = true;
};

// A minimal valid PDF 1.4: catalog, page tree, one content stream per page,
// shared font, image XObjects, and a correct xref table.
inline std::string MakePdf(const std::vector<PdfPage>& pages) {
  std::vector<std::string> objs;
  const size_t n = pages.size();
  // Objects: 1 catalog, 2 pages, then per page: page, contents, image;
  // font last.
  std::string kids;
  for (size_t i = 0; i < n; ++i) {
    kids += std::to_string(3 + 3 * i) + " 0 R ";
  }
  const size_t font = 3 + 3 * n;
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " +
                 std::to_string(n) + " >>");
  for (size_t i = 0; i < n; ++i) {
    const PdfPage& p = pages[i];
    size_t page_obj = 3 + 3 * i;
    std::string content, image;
    std::string resources = "/Font << /F1 " + std::to_string(font) + " 0 R >>";
    if (!p.jpeg.empty()) {
      // 612 x 792 points, image scaled to the page width.
      double h = 612.0 * p.jpeg_height / p.jpeg_width;
      content = "q 612 0 0 " + std::to_string(h) + " 0 " +
                std::to_string(792 - h) + " cm /Im1 Do Q";
      resources +=
          " /XObject << /Im1 " + std::to_string(page_obj + 2) + " 0 R >>";
      // Text on a scan is drawn invisible (render mode 3), as OCR
      // programs lay their text layer over the page image.
      if (!p.text.empty()) {
        content += " BT 3 Tr /F1 12 Tf 72 700 Td (" + p.text + ") Tj ET";
      }
      image = "<< /Type /XObject /Subtype /Image /Width " +
              std::to_string(p.jpeg_width) + " /Height " +
              std::to_string(p.jpeg_height) + " /ColorSpace " +
              (p.jpeg_grey ? "/DeviceGray" : "/DeviceRGB") +
              " /BitsPerComponent 8 /Filter /DCTDecode /Length " +
              std::to_string(p.jpeg.size()) + " >>\nstream\n" + p.jpeg +
              "\nendstream";
    } else {
      content = "BT /F1 12 Tf 72 700 Td (" + p.text + ") Tj ET";
      image = "<< >>";  // unused object keeps the numbering regular
    }
    objs.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << " +
        resources + " >> /Contents " + std::to_string(page_obj + 1) +
        " 0 R >>");
    objs.push_back("<< /Length " + std::to_string(content.size()) +
                   " >>\nstream\n" + content + "\nendstream");
    objs.push_back(image);
  }
  objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out +=
      "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// A Document as the readers make it for a file given directly.
inline Document BinaryDocument(const std::string& bytes,
                               const std::string& format,
                               const std::string& name = "input") {
  Document doc;
  doc.source = name;
  doc.kind = format == "pdf" ? "pdf" : "image";
  Section s;
  s.type = format == "pdf" ? "PDF" : "GRAPHIC";
  s.format = doc.kind;
  doc.sections.push_back(s);
  Binary b;
  b.filename = name;
  b.format = format;
  b.section = 0;
  b.bytes = bytes;
  doc.binaries.push_back(b);
  return doc;
}

// The line of `text` holding byte `pos`, and the column of `pos` in it.
inline int ColumnOf(const std::string& text, size_t pos) {
  size_t nl = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  size_t line_start = nl == std::string::npos ? 0 : nl + 1;
  return static_cast<int>(pos - line_start);
}

}  // namespace testing
}  // namespace secx

#endif  // SECX_TESTS_EXTRACT_OCR_OCR_TEST_UTIL_H_
