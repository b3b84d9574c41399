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

}  // namespace
}  // namespace secx
