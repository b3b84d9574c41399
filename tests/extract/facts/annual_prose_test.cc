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

TEST_CASE("prose: a total that includes a special dividend keeps no kind",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "The aggregate dividends declared in 2024 of $4.00 per share included "
      "a special dividend of $1.00 per share.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "4.00");
  CHECK(got[0].kind.empty());
  CHECK(got[1].per_share == "1.00");
  CHECK(got[1].kind == "special");
}

TEST_CASE("prose: the old rate after 'from' at the end of an increase",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On January 30, 2025, the Board approved an increase of the quarterly "
      "cash dividend to $0.88 per share from $0.83 per share, payable March "
      "14, 2025 to shareholders of record on February 28, 2025.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.88");
  CHECK(got[0].payable_date == "2025-03-14");
  CHECK(got[0].record_date == "2025-02-28");
  // The old rate was paid before: none of the new rate's dates.
  CHECK(got[1].per_share == "0.83");
  CHECK(got[1].status == "paid");
  CHECK(got[1].payable_date.empty());
  CHECK(got[1].record_date.empty());
  CHECK(got[1].declared_date.empty());
}

TEST_CASE("prose: a change from the prior year's rate",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Dividends per share declared in 2024 were $1.84, up 8% from $1.70 in "
      "2023.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.84");
  CHECK(got[1].per_share == "1.70");
  CHECK(got[1].fiscal_year == "2023");
  got = Prose(
      "We paid dividends of $0.88 per share during fiscal 2024, an increase "
      "of 10% over the $0.80 per share paid in fiscal 2023.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[1].per_share == "0.80");
  CHECK(got[1].fiscal_year == "Fiscal 2023");
  got = Prose(
      "Annual dividends per share increased to $2.84 in 2024 from $2.72 in "
      "2023.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "2.84");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].per_share == "2.72");
  CHECK(got[1].fiscal_year == "2023");
  got =
      Prose("Cash dividends declared per share increased 9% to $3.32 in 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "3.32");
  CHECK(got[0].fiscal_year == "2024");
  // An increment is no rate.
  CHECK(Prose("Earnings per share increased to $5.10 in 2024 from $4.80 in "
              "2023, and the Board raised the dividend.")
            .empty());
}

TEST_CASE("prose: the dividend of a year, or its payments, was an amount",
          "[facts][dividends][annual]") {
  auto got = Prose("The annual dividend for 2024 was $3.20 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "3.20");
  CHECK(got[0].kind == "annual");
  got = Prose("Our dividend payments were $0.91 per share in fiscal 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.91");
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  // A total in the filing's millions is none.
  CHECK(Prose("Our dividend payments were $1,749 in 2024.").empty());
}

}  // namespace
}  // namespace secx
