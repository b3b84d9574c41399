#include "extract/read/reader.h"

#include <catch2/catch.hpp>

namespace secx {
namespace {

TEST_CASE("format is sniffed from the bytes", "[read]") {
  CHECK(SniffKind("%PDF-1.4\n...") == "pdf");
  CHECK(SniffKind("\xFF\xD8\xFF\xE0 jfif") == "image");
  CHECK(SniffKind("\x89PNG\r\n\x1A\n....") == "image");
  CHECK(SniffKind("FORM 8-K\nCURRENT REPORT\n") == "text");
  CHECK(SniffKind(std::string("\x00\x00\x01\x02", 4)) == "binary");
}

TEST_CASE("text pages split at form feeds and <PAGE> lines", "[read]") {
  Document d = ReadText("one\n<PAGE>\ntwo\fthree\n", "t.txt");
  REQUIRE(d.pages.size() == 3);
  CHECK(d.text.substr(d.pages[0].start, d.pages[0].end - d.pages[0].start) ==
        "one\n");
  CHECK(d.PageAt(d.text.find("two")) == 2);
  CHECK(d.PageAt(d.text.find("three")) == 3);
}

TEST_CASE("empty input is an error", "[read]") {
  Result<Document> r = ReadDocument("", "empty.txt");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "empty file");
}

TEST_CASE("UTF-16 text with a BOM is read as text, not refused", "[read]") {
  const std::string ascii = "<html><body><p>FORM 8-K</p></body></html>\n";
  std::string le = "\xFF\xFE", be = "\xFE\xFF";
  for (char c : ascii) {
    le += c;
    le += '\0';
    be += '\0';
    be += c;
  }
  for (const std::string& bytes : {le, be}) {
    Result<Document> r = ReadDocument(bytes, "u16.htm");
    REQUIRE(r.ok());
    CHECK(r->kind == "html");
    CHECK(r->text.find("FORM 8-K") != std::string::npos);
    CHECK(r->encoding.rfind("utf-16", 0) == 0);
  }
  Result<Document> empty = ReadDocument("\xFF\xFE", "bom-only.txt");
  CHECK_FALSE(empty.ok());
}

}  // namespace
}  // namespace secx
