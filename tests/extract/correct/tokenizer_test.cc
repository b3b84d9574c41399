#include "extract/correct/tokenizer.h"

#include <catch2/catch.hpp>
#include <string>

namespace secx {
namespace {

const Token* Find(const std::vector<Token>& tokens, const std::string& text) {
  for (const Token& t : tokens) {
    if (t.text == text) return &t;
  }
  return nullptr;
}

Slot SlotOf(const std::string& text, const std::string& token) {
  std::vector<Token> tokens = Tokenize(text, 0, text.size());
  const Token* t = Find(tokens, token);
  REQUIRE(t != nullptr);
  return t->slot;
}

TEST_CASE("slots by shape and context", "[correct][tokenizer]") {
  struct Case {
    const char* text;
    const char* token;
    Slot slot;
  };
  const Case cases[] = {
      {"the dividend was paid", "dividend", Slot::kWord},
      {"Internet Initiative Japan Inc.", "Initiative", Slot::kName},
      {"11J announces", "11J", Slot::kName},
      {"JPY608 million", "JPY608", Slot::kName},
      {"a total of 1,234.50 yen", "1,234.50", Slot::kNumber},
      {"in 2O18 we", "2O18", Slot::kNumber},
      {"IRS No. 98-1029639", "98-1029639", Slot::kIdentifier},
      {"File 0-30204", "0-30204", Slot::kIdentifier},
      {"Tel: +81-3-5205-6500", "+81-3-5205-6500", Slot::kIdentifier},
      {"Tokyo 102-0071 Japan", "102-0071", Slot::kIdentifier},
      {"the 26w meeting", "26w", Slot::kOrdinal},
      {"on May 3l, 2018", "3l", Slot::kDate},
      {"on March 31, 2018", "31", Slot::kDate},
      {"(NASDAQ: 111, TSE1: 3774)", "111", Slot::kTicker},
      {"(NASDAQ: IIJI)", "IIJI", Slot::kTicker},
      {"(TSE1: 3774)", "3774", Slot::kTicker},
  };
  for (const Case& c : cases) {
    INFO(c.text << " / " << c.token);
    CHECK(SlotOf(c.text, c.token) == c.slot);
  }
}

TEST_CASE("ticker slots know whether symbols are letters",
          "[correct][tokenizer]") {
  std::string text = "(\"11J\", NASDAQ: 111, TSE1: 3774)";
  std::vector<Token> tokens = Tokenize(text, 0, text.size());
  const Token* nasdaq = Find(tokens, "111");
  const Token* tse = Find(tokens, "3774");
  REQUIRE(nasdaq != nullptr);
  REQUIRE(tse != nullptr);
  CHECK(nasdaq->letters_only);
  CHECK(nasdaq->exchange == "NASDAQ");
  CHECK_FALSE(tse->letters_only);
  const Token* quoted = Find(tokens, "11J");
  REQUIRE(quoted != nullptr);
  CHECK(quoted->raw == "(\"11J\",");
}

TEST_CASE("punctuation and possessives", "[correct][tokenizer]") {
  std::string text = "Inc. (\"IIJ\") IIJ’s 11J°’s U.S. e-mail, 3774)";
  std::vector<Token> tokens = Tokenize(text, 0, text.size());
  REQUIRE(tokens.size() == 7);
  CHECK(tokens[0].text == "Inc");
  CHECK(tokens[1].text == "IIJ");
  CHECK(tokens[2].text == "IIJ’s");
  CHECK(text.substr(tokens[2].start, tokens[2].stem_end - tokens[2].start) ==
        "IIJ");
  CHECK(text.substr(tokens[3].stem_end, tokens[3].end - tokens[3].stem_end) ==
        "°’s");
  CHECK(tokens[4].text == "U.S.");
  CHECK(tokens[5].text == "e-mail");
  CHECK(tokens[6].text == "3774");
  for (const Token& t : tokens) {
    CHECK(text.substr(t.start, t.end - t.start) == t.text);
  }
}

TEST_CASE("utf-8 round trip", "[correct][tokenizer]") {
  std::string s = "IIJ’s 26° “x” €5";
  CHECK(EncodeUtf8(DecodeUtf8(s)) == s);
  CHECK(DecodeUtf8("’").size() == 1);
  CHECK(DecodeUtf8("\xff").size() == 1);
}

}  // namespace
}  // namespace secx
