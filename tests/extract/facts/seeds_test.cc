// Golden values on the two seeds, read against the filings by a person.
// The dividend seed is read raw (OCR errors and all): dividends must not
// depend on the corrector.
#include <catch2/catch.hpp>
#include <map>

#include "extract/facts/facts.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::ReadRepoFile;
using testing::TextDoc;

const Dividend* Find(const std::vector<Dividend>& ds, const std::string& kind,
                     const std::string& fiscal_year,
                     const std::string& status) {
  for (const Dividend& d : ds) {
    if (d.kind == kind && d.fiscal_year == fiscal_year && d.status == status) {
      return &d;
    }
  }
  return nullptr;
}

TEST_CASE("IIJ dividend seed: table rows", "[facts][golden][dividends]") {
  Document doc =
      TextDoc(ReadRepoFile("corpus/seeds/iij-dividend-2018-ocr.txt"));
  REQUIRE(!doc.text.empty());
  std::vector<Dividend> got = ExtractDividends(doc);

  const Dividend* fy17 = Find(got, "year-end", "FY2017", "proposed");
  REQUIRE(fy17);
  CHECK(fy17->record_date == "2018-03-31");
  CHECK(fy17->per_share == "13.50");
  CHECK(fy17->currency == "JPY");
  CHECK(fy17->total_amount == "608000000");
  CHECK(fy17->payable_date == "2018-06-29");
  CHECK(fy17->check_failures.empty());
  CHECK(doc.text.substr(fy17->span.start, fy17->span.end - fy17->span.start) ==
        "JPY13.50");

  const Dividend* forecast = Find(got, "year-end", "FY2017", "forecast");
  REQUIRE(forecast);
  CHECK(forecast->record_date == "2018-03-31");
  CHECK(forecast->per_share == "13.50");
  CHECK(forecast->currency == "JPY");
  CHECK(forecast->total_amount.empty());
  CHECK(forecast->payable_date.empty());

  const Dividend* fy16 = Find(got, "year-end", "FY2016", "paid");
  REQUIRE(fy16);
  CHECK(fy16->record_date == "2017-03-31");
  CHECK(fy16->per_share == "13.50");
  CHECK(fy16->total_amount == "608000000");
  CHECK(fy16->payable_date == "2017-06-29");
}

TEST_CASE("IIJ dividend seed: annual reference table",
          "[facts][golden][dividends]") {
  Document doc =
      TextDoc(ReadRepoFile("corpus/seeds/iij-dividend-2018-ocr.txt"));
  std::vector<Dividend> got = ExtractDividends(doc);
  const Dividend* y18 =
      Find(got, "annual", "Year ended March 31, 2018", "proposed");
  const Dividend* y17 =
      Find(got, "annual", "Year ended March 31, 2017", "paid");
  REQUIRE(y18);
  REQUIRE(y17);
  for (const Dividend* d : {y18, y17}) {
    CHECK(d->per_share == "27.00");
    CHECK(d->currency == "JPY");
    CHECK(d->check_failures.empty());
  }
  const Dividend* i18 =
      Find(got, "interim", "Year ended March 31, 2018", "paid");
  const Dividend* i17 =
      Find(got, "interim", "Year ended March 31, 2017", "paid");
  REQUIRE(i18);
  REQUIRE(i17);
  CHECK(i18->per_share == "13.50");
  CHECK(i17->per_share == "13.50");
  // Three table rows, two annual rows, two interim rows; the sentence that
  // restates the FY2017 dividend merges into its table row.
  CHECK(got.size() == 7);
}

TEST_CASE("IIJ dividend seed: tickers and facts", "[facts][golden]") {
  Document doc =
      TextDoc(ReadRepoFile("corpus/seeds/iij-dividend-2018-ocr.txt"));
  std::vector<Ticker> tickers = ExtractTickers(doc);
  REQUIRE(tickers.size() == 2);
  // The raw OCR reads "111" for IIJI: emitted as read, with low confidence.
  CHECK(tickers[0].exchange == "NASDAQ");
  CHECK(tickers[0].symbol == "111");
  CHECK(tickers[0].span.confidence < 0.5);
  CHECK(tickers[1].exchange == "TSE1");
  CHECK(tickers[1].symbol == "3774");
  CHECK(tickers[1].span.confidence > 0.8);

  std::vector<Fact> facts = ExtractFacts(doc);
  auto value = [&](const std::string& name) {
    for (const Fact& f : facts) {
      if (f.name == name) return f.value;
    }
    return std::string();
  };
  CHECK(value("release_date") == "2018-05-24");
  CHECK(value("shareholders_meeting_date") == "2018-06-28");
  CHECK(value("shareholders_meeting_number") == "26");
}

TEST_CASE("IIJ Form SD seed", "[facts][golden]") {
  Document doc = TextDoc(ReadRepoFile("corpus/seeds/iij-form-sd-2015.txt"));
  std::vector<RevenueShare> shares = ExtractRevenueShares(doc);
  REQUIRE(shares.size() == 1);
  CHECK(shares[0].percent == "2.33");
  CHECK(shares[0].subject == "sales of telecommunication equipment");
  CHECK(shares[0].metric == "total revenues");
  CHECK(shares[0].period_end == "2016-03-31");

  std::vector<Fact> facts = ExtractFacts(doc);
  std::vector<std::string> minerals;
  std::map<std::string, std::string> one;
  for (const Fact& f : facts) {
    if (f.name == "conflict_mineral")
      minerals.push_back(f.value);
    else
      one[f.name] = f.value;
  }
  CHECK(minerals ==
        std::vector<std::string>{"tantalum", "tin", "tungsten", "gold"});
  CHECK(one["reporting_rule"] == "Rule 13p-1");
  CHECK(one["direct_suppliers"] == "5");
  CHECK(one["due_diligence_framework"] == "OECD Guidance");
  CHECK(one["rcoi_conclusion"].rfind("Based on the RCOI", 0) == 0);
  CHECK(one["due_diligence_conclusion"].find("not able to obtain") !=
        std::string::npos);
  CHECK(ExtractDividends(doc).empty());
  CHECK(ExtractTickers(doc).empty());
}

}  // namespace
}  // namespace secx
