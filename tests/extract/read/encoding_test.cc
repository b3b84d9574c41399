#include "extract/read/encoding.h"

#include <catch2/catch.hpp>

namespace secx {
namespace {

TEST_CASE("valid UTF-8 is recognised and kept", "[read][encoding]") {
  std::string s = "Caf\xC3\xA9 \xE2\x80\x94 ok";
  CHECK(IsValidUtf8(s));
  CHECK(DetectEncoding(s) == "utf-8");
  CHECK(ToUtf8(s, "utf-8") == s);
}

TEST_CASE("malformed UTF-8 is rejected", "[read][encoding]") {
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(IsValidUtf8("abc\xE2\x80"));       // truncated
  CHECK_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));  // beyond U+10FFFF
}

TEST_CASE("Windows-1252 punctuation becomes Unicode", "[read][encoding]") {
  std::string s = "IIJ\x92s \x93quoted\x94 \x96 dash";
  REQUIRE(DetectEncoding(s) == "windows-1252");
  CHECK(ToUtf8(s, "windows-1252") ==
        "IIJ\xE2\x80\x99s \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 dash");
}

TEST_CASE("Latin-1 converts byte for byte", "[read][encoding]") {
  std::string s = "Soci\xE9t\xE9 G\xE9n\xE9rale \xA7 5";
  REQUIRE(DetectEncoding(s) == "iso-8859-1");
  CHECK(ToUtf8(s, "iso-8859-1") ==
        "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale \xC2\xA7 5");
}

TEST_CASE("undefined Windows-1252 bytes are kept, not dropped",
          "[read][encoding]") {
  std::string out = ToUtf8("a\x81z", "windows-1252");
  CHECK(out == "a\xC2\x81z");
}

TEST_CASE("invalid UTF-8 in UTF-8 mode is replaced and counted",
          "[read][encoding]") {
  size_t replaced = 0;
  std::string out = ToUtf8("ok\xFFok", "utf-8", &replaced);
  CHECK(replaced == 1);
  CHECK(out == "ok\xEF\xBF\xBDok");
}

TEST_CASE("binary data is told apart from text", "[read][encoding]") {
  CHECK(LooksBinary(std::string("\x00\x01\x02garbage", 10)));
  CHECK_FALSE(LooksBinary("FORM 8-K\n\tWashington, D.C.\n"));
}

// `s` (ASCII and BMP code points given as UTF-32) encoded as `unit`-byte
// units, little- or big-endian, after a BOM.
std::string Encode(const std::u32string& s, int unit, bool little) {
  std::string out;
  auto put = [&](char32_t v) {
    for (int k = 0; k < unit; ++k) {
      int shift = 8 * (little ? k : unit - 1 - k);
      out += static_cast<char>((v >> shift) & 0xFF);
    }
  };
  put(0xFEFF);
  for (char32_t c : s) {
    if (unit == 2 && c > 0xFFFF) {
      put(0xD800 + ((c - 0x10000) >> 10));
      put(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      put(c);
    }
  }
  return out;
}

TEST_CASE("UTF-16 and UTF-32 with a BOM decode to UTF-8", "[read][encoding]") {
  const std::u32string text = U"FORM 8-K\nCaf\u00e9 \u2014 \U0001F600 Inc.";
  const std::string utf8 =
      "FORM 8-K\nCaf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 Inc.";
  struct Case {
    int unit;
    bool little;
    const char* name;
  } const cases[] = {{2, true, "utf-16le"},
                     {2, false, "utf-16be"},
                     {4, true, "utf-32le"},
                     {4, false, "utf-32be"}};
  for (const Case& c : cases) {
    INFO(c.name);
    std::string out, encoding;
    size_t replaced = 9;
    REQUIRE(DecodeUnicodeBom(Encode(text, c.unit, c.little), &out, &encoding,
                             &replaced));
    CHECK(out == utf8);
    CHECK(encoding == c.name);
    CHECK(replaced == 0);
  }
  std::string out, encoding;
  size_t replaced = 0;
  CHECK_FALSE(DecodeUnicodeBom("plain text", &out, &encoding, &replaced));
  // An unpaired surrogate and an odd trailing byte become U+FFFD.
  std::string bad = Encode(U"a", 2, true) + std::string("\x00\xD8", 2) + "b";
  REQUIRE(DecodeUnicodeBom(bad, &out, &encoding, &replaced));
  CHECK(out == "a\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(replaced == 2);
}

}  // namespace
}  // namespace secx
