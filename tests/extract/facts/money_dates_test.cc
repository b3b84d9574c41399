#include <catch2/catch.hpp>

#include "extract/facts/dates.h"
#include "extract/facts/money.h"

namespace secx {
namespace facts {
namespace {

TEST_CASE("written dates parse to ISO", "[facts][dates]") {
  struct Case {
    const char* text;
    const char* iso;
  };
  const Case cases[] = {
      {"March 31, 2018", "2018-03-31"}, {"June 29,2018", "2018-06-29"},
      {"Dec. 17, 2012", "2012-12-17"},  {"DECEMBER 13, 2005", "2005-12-13"},
      {"31 March 2018", "2018-03-31"},  {"July 11 , 2008", "2008-07-11"},
      {"3/31/2018", "2018-03-31"},      {"2018-03-31", "2018-03-31"},
      {"February 30, 2018", ""},        {"March 2018", ""},
      {"the record date", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ParseDate(c.text) == c.iso);
  }
}

TEST_CASE("dates are found with their offsets", "[facts][dates]") {
  auto hits = FindDates(
      "payable on August 1, 2008 to holders of record on July 11, 2008.");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].iso == "2008-08-01");
  CHECK(hits[0].start == 11);
  CHECK(hits[1].iso == "2008-07-11");
}

TEST_CASE("money normalises amount and currency", "[facts][money]") {
  struct Case {
    const char* text;
    const char* amount;
    const char* currency;
    bool scaled;
  };
  const Case cases[] = {
      {"$0.135", "0.135", "USD", false},
      {"$.72", "0.72", "USD", false},
      {"90 cents", "0.90", "USD", false},
      {"4.5 cents", "0.045", "USD", false},
      {"JPY13.50", "13.50", "JPY", false},
      {"\xC2\xA5"
       "13.50",
       "13.50", "JPY", false},
      {"13.50 yen", "13.50", "JPY", false},
      {"JPY608 million", "608000000", "JPY", true},
      {"$1.4 billion", "1400000000", "USD", true},
      {"US$ 2,500 thousand", "2500000", "USD", true},
      {"$1", "1.00", "USD", false},
      // Other currencies' signs and codes before the amount.
      {"R$ 1.10", "1.10", "BRL", false},
      {"Rs. 12.50", "12.50", "INR", false},
      {"Ps. 0.45", "0.45", "MXN", false},
      {"KRW 1,250", "1250.00", "KRW", false},
      {"\xE2\x82\xA9"
       "1,250",
       "1250.00", "KRW", false},
      {"RMB 0.35", "0.35", "CNY", false},
      {"S$0.06", "0.06", "SGD", false},
      {"NZ$0.12", "0.12", "NZD", false},
      {"ZAR 3.10", "3.10", "ZAR", false},
      // Cents with a fraction: the whole amount.
      {"18 3/4 cents", "0.1875", "USD", false},
      {"17 1/2 cents", "0.175", "USD", false},
      {"12 1/32 cents", "0.1203125", "USD", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto found = FindMoney(c.text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].amount == c.amount);
    CHECK(found[0].currency == c.currency);
    CHECK(found[0].scaled == c.scaled);
  }
}

TEST_CASE("money: a currency's sign alone", "[facts][money]") {
  for (const char* sign :
       {"$", "US$", "R$", "Rs.", "Ps.", "CHF", "MXN", "\xE2\x82\xAC"}) {
    INFO(sign);
    CHECK(IsCurrencySign(sign));
  }
  // A word that opens like one is none; a sign of letters starts a word.
  for (const char* word : {"Rs", "PS", "BR$", "Total", "R"}) {
    INFO(word);
    CHECK_FALSE(IsCurrencySign(word));
  }
  // "$" inside a word-led sign is that sign's, not a dollar.
  auto found = FindMoney("dividends of R$0.42 per share");
  REQUIRE(found.size() == 1);
  CHECK(found[0].currency == "BRL");
}

TEST_CASE("decimal arithmetic is exact", "[facts][money]") {
  CHECK(ShiftDecimal("90", -2) == "0.90");
  CHECK(ShiftDecimal("1.4", 9) == "1400000000");
  CHECK(ShiftDecimal("0,608", 0) == "608");
  CHECK(PerShareForm("0.2") == "0.20");
  CHECK(*ToMicros("13.50") + *ToMicros("13.50") == *ToMicros("27.00"));
  CHECK(FromMicros(*ToMicros("27")) == "27.00");
  CHECK(FromMicros(*ToMicros("0.135")) == "0.135");
  CHECK_FALSE(ToMicros("abc").has_value());
}

TEST_CASE("table cells accept bare numbers and dashes", "[facts][money]") {
  CHECK(ParseMoneyCell("13.50")->amount == "13.50");
  CHECK(ParseMoneyCell("13.50")->currency.empty());
  CHECK(ParseMoneyCell("JPY13.50 (paid)")->amount == "13.50");
  CHECK_FALSE(ParseMoneyCell("-").has_value());
  CHECK_FALSE(ParseMoneyCell("Retained earnings").has_value());
}

TEST_CASE("table cells: fractions as 1990s tables print them", "[facts][money]") {
  CHECK(ParseMoneyCell("$ 34 3/8")->amount == "34.375");
  CHECK(ParseMoneyCell("$ 34 3/8")->currency == "USD");
  CHECK(ParseMoneyCell("26 1/2")->amount == "26.50");
  // The fraction is of the last digit's unit: 13 3/4 cents.
  CHECK(ParseMoneyCell(".13 3/4")->amount == "0.1375");
  CHECK(ParseMoneyCell("7/8")->amount == "0.875");
  CHECK(ParseMoneyCell("1 1/16")->amount == "1.0625");
  // No fraction of a power of two, or not below one: no price.
  CHECK_FALSE(ParseMoneyCell("12/31").has_value());
  CHECK_FALSE(ParseMoneyCell("3 5/3").has_value());
}

TEST_CASE("money: yen written 'Y' before the number, pence 'p' after it",
          "[facts][money]") {
  auto found = FindMoney("an interim dividend of Y7.50 per share and 10.5p");
  REQUIRE(found.size() == 2);
  CHECK(found[0].amount == "7.50");
  CHECK(found[0].currency == "JPY");
  CHECK(found[1].amount == "0.105");
  CHECK(found[1].currency == "GBP");
  auto cell = ParseMoneyCell("Y12.00");
  REQUIRE(cell.has_value());
  CHECK(cell->currency == "JPY");
  // A word, a model or a year is none.
  CHECK(FindMoney("Y2K, Model Y7 and FY2024").empty());
}

}  // namespace
}  // namespace facts
}  // namespace secx
