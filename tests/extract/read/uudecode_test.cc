#include "extract/read/uudecode.h"

#include <catch2/catch.hpp>
#include <string>

namespace secx {
namespace {

// Reference encoder: 45 bytes per line; `zero` is the character written for
// the value 0 (EDGAR files use both ' ' and '`').
std::string UuEncode(const std::string& bytes, const std::string& name,
                     char zero = '`') {
  auto enc = [zero](unsigned v) {
    v &= 0x3F;
    return v == 0 ? zero : static_cast<char>(v + 0x20);
  };
  std::string out = "begin 644 " + name + "\n";
  for (size_t i = 0; i < bytes.size(); i += 45) {
    size_t n = std::min<size_t>(45, bytes.size() - i);
    out.push_back(enc(static_cast<unsigned>(n)));
    for (size_t j = 0; j < n; j += 3) {
      unsigned char b[3] = {0, 0, 0};
      for (size_t k = 0; k < 3 && j + k < n; ++k) {
        b[k] = static_cast<unsigned char>(bytes[i + j + k]);
      }
      out.push_back(enc(b[0] >> 2));
      out.push_back(enc(((b[0] << 4) | (b[1] >> 4))));
      out.push_back(enc(((b[1] << 2) | (b[2] >> 6))));
      out.push_back(enc(b[2]));
    }
    out.push_back('\n');
  }
  out += std::string(1, zero) + "\nend\n";
  return out;
}

std::string AllBytes(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i)
    s.push_back(static_cast<char>((i * 37 + 11) & 0xFF));
  return s;
}

TEST_CASE("uudecode decodes what it is given", "[read][uu]") {
  struct Case {
    const char* what;
    std::string input;
    std::string name;
    std::string bytes;
  };
  const Case cases[] = {
      {"classic example", "begin 644 cat.txt\n#0V%T\n`\nend\n", "cat.txt",
       "Cat"},
      {"CRLF line ends", "begin 644 cat.txt\r\n#0V%T\r\n`\r\nend\r\n",
       "cat.txt", "Cat"},
      {"no end line (truncated)", "begin 644 cat.txt\n#0V%T\n", "cat.txt",
       "Cat"},
      {"text before the begin line", "<TEXT>\nbegin 600 a b.jpg\n#0V%T\nend\n",
       "a b.jpg", "Cat"},
      {"blank terminator line", "begin 644 x\n#0V%T\n\nend\n", "x", "Cat"},
      {"trailing garbage after the counted characters",
       "begin 644 x\n#0V%TXYZ\n`\nend\n", "x", "Cat"},
      {"stops at an SGML end tag", "begin 644 x\n#0V%T\n</TEXT>\n", "x", "Cat"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Result<UuFile> r = UuDecode(c.input);
    REQUIRE(r.ok());
    CHECK(r->name == c.name);
    CHECK(r->bytes == c.bytes);
  }
}

TEST_CASE("uudecode round-trips every length and both zero spellings",
          "[read][uu]") {
  for (size_t n : {0, 1, 2, 3, 44, 45, 46, 89, 90, 91, 1000}) {
    for (char zero : {'`', ' '}) {
      INFO("length " << n << " zero '" << zero << "'");
      std::string bytes = AllBytes(n);
      Result<UuFile> r = UuDecode(UuEncode(bytes, "f.bin", zero));
      REQUIRE(r.ok());
      CHECK(r->bytes == bytes);
    }
  }
}

TEST_CASE("uudecode tolerates blanks stripped from line ends", "[read][uu]") {
  // Bytes ending in zeros encode to trailing blanks, which mail tools strip.
  std::string bytes("AB\0\0\0\0", 6);
  std::string enc = UuEncode(bytes, "z", ' ');
  std::string stripped;
  size_t pos = 0;
  while (pos < enc.size()) {
    size_t nl = enc.find('\n', pos);
    std::string line = enc.substr(pos, nl - pos);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    stripped += line + "\n";
    pos = nl + 1;
  }
  REQUIRE(stripped != enc);
  Result<UuFile> r = UuDecode(stripped);
  REQUIRE(r.ok());
  CHECK(r->bytes == bytes);
}

TEST_CASE("uudecode errors name the cause", "[read][uu]") {
  struct Case {
    const char* input;
    const char* error;
  };
  const Case cases[] = {
      {"", "no uuencode begin line"},
      {"plain text\nno block here\n", "no uuencode begin line"},
      {"begin 644 x\n#0v%t\n",
       "uuencoded line 1 has a character outside the uu range"},
      {"begin 644 x\n#0V%T\n\x01garbage\n",
       "uuencoded line 2 starts with an invalid character"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    Result<UuFile> r = UuDecode(c.input);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == c.error);
  }
}

}  // namespace
}  // namespace secx
