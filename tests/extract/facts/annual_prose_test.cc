// Dividend sentences of 10-K and 10-Q filings that name a per-share amount
// that is no dividend of the registrant, written from general knowledge of
// such filings (no filing of the corpus): limits of a covenant, a stock
// price on a dividend's record date, a dividend's parts by tax character,
// hypotheses; and the shapes of ninth-round recall.
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::HtmlDoc;

std::vector<Dividend> Prose(const std::string& sentence,
                            const std::string& form = "10-K") {
  return ExtractDividends(HtmlDoc("<html><body><p>FORM " + form + "</p>\n<p>" +
                                  sentence + "</p>\n</body></html>"));
}

TEST_CASE("prose: per-share amounts that are no dividend paid",
          "[facts][dividends][annual]") {
  // A covenant's limit.
  CHECK(Prose("Under the terms of the credit agreement, we may pay dividends "
              "of up to $2.00 per share in any fiscal year.")
            .empty());
  CHECK(Prose("The credit agreement restricts the payment of dividends to "
              "$1.00 per share in any fiscal year.")
            .empty());
  // A price on a dividend's record date.
  CHECK(Prose("The closing price of our common stock on the record date for "
              "the dividend was $38.25 per share.")
            .empty());
  // A hypothesis.
  CHECK(Prose("If we had paid the same dividend of $0.40 per share on the "
              "additional shares, total dividends would have increased by $3 "
              "million.")
            .empty());
  // Parts of a dividend by tax character: only the dividend is one.
  auto got = Prose(
      "Of the $2.40 per share of dividends paid in 2024, $0.50 per share "
      "represented a return of capital and $1.90 per share was ordinary "
      "income.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "2.40");
  // A special dividend that is part of the year's total is a dividend.
  got = Prose(
      "Dividends declared on our common stock in 2024 totaled $1.35 per "
      "share, of which $0.35 per share was a special dividend.");
  REQUIRE(got.size() == 2);
  CHECK(got[1].per_share == "0.35");
  CHECK(got[1].kind == "special");
}

}  // namespace
}  // namespace secx
