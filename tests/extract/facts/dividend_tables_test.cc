#include <catch2/catch.hpp>

#include "extract/facts/facts.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::TextDoc;

const Dividend* Find(const std::vector<Dividend>& ds, const std::string& kind,
                     const std::string& status, const std::string& record) {
  for (const Dividend& d : ds) {
    if (d.kind == kind && d.status == status && d.record_date == record)
      return &d;
  }
  return nullptr;
}

TEST_CASE("row-labelled table with TAB cells", "[facts][dividends][tables]") {
  auto got = ExtractDividends(TextDoc(
      "1. Dividend\n\n"
      "\tFY2017 Year-end dividend\tLatest forecast\tFY2016 Year-end dividend\n"
      "Record date\tMarch 31, 2018\tMarch 31, 2018\tMarch 31, 2017\n"
      "Dividend per common share\tJPY13.50\tJPY13.50\tJPY13.50\n"
      "Total dividend amount\tJPY608 million\t-\tJPY608 million\n"
      "Effective date\tJune 29, 2018\t-\tJune 29, 2017\n"
      "Dividend resource\tRetained earnings\t-\tRetained earnings\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].fiscal_year == "FY2017");
  CHECK(got[0].kind == "year-end");
  CHECK(got[0].total_amount == "608000000");
  CHECK(got[0].payable_date == "2018-06-29");
  CHECK(got[0].status == "declared");  // no approval pending in this text
  CHECK(got[1].status == "forecast");
  CHECK(got[1].total_amount.empty());
  CHECK(got[1].payable_date.empty());
  CHECK(got[2].fiscal_year == "FY2016");
  CHECK(got[2].record_date == "2017-03-31");
  CHECK(got[2].status == "paid");
  for (const Dividend& d : got) {
    CHECK(d.per_share == "13.50");
    CHECK(d.currency == "JPY");
    CHECK(d.span.rule == "dividend.table");
  }
}

TEST_CASE("declaration table rows with long labels and depositary shares",
          "[facts][dividends][tables]") {
  // An HTML row's label may be long when its row holds values; a row of
  // depositary shares is a depositary share's amount, no share's.
  auto got = ExtractDividends(TextDoc(
      "FORM 8-K\nItem 8.01 Other Events\n"
      "On February 19, 2014 the Board of Directors declared the dividends "
      "below. The common dividend was raised to $0.30 per share from $0.28 "
      "per share paid December 16, 2013.\n"
      "Security\tAmount\t\tRecord date\t\tPayable date\n"
      "Common stock (per share)\t$\t0.30\t\tMarch 3, 2014\t\tMarch 17, "
      "2014\n"
      "6.50% Series C Cumulative Preferred Stock ($25 liquidation preference, "
      "per share)\t$\t0.40625\t\tMarch 1, 2014\t\tMarch 15, 2014\n"
      "Depositary shares, each representing a 1/1,000th interest in a share "
      "of 5.75% Series D Preferred Stock ($25,000 liquidation preference per "
      "share), per depositary share\t$\t0.359375\t\tMarch 1, 2014\t\tMarch "
      "15, 2014\n"));
  std::vector<std::string> amounts;
  for (const Dividend& d : got) amounts.push_back(d.per_share);
  CHECK(amounts == std::vector<std::string>{"0.30", "0.40625"});
  for (const Dividend& d : got) {
    if (d.per_share != "0.40625") continue;
    CHECK(d.share_class == "Preferred");
    CHECK(d.record_date == "2014-03-01");
    CHECK(d.payable_date == "2014-03-15");
  }
}

TEST_CASE("quarters under a typed lead-in paragraph; a row of years",
          "[facts][dividends][tables]") {
  // The paragraph wraps; its last sentence notes a restatement.
  auto got = ExtractDividends(TextDoc(
      "APPENDIX A -- MARKET FOR COMMON STOCK AND DIVIDENDS\n\n"
      "The Corporation's common stock is traded in the over-the-counter market "
      "and\n"
      "quoted on the OTC Bulletin Board. The following cash dividends were "
      "declared\n"
      "in each quarter. Per share amounts have been restated to reflect the "
      "5%\n"
      "stock dividend distributed on December 15, 1998.\n\n"
      "                                        1998      1997\n"
      "                                        ----      ----\n"
      "    First quarter                       $.11      $.10\n"
      "    Second quarter                       .11       .10\n"
      "    Third quarter                        .12       .11\n"
      "    Fourth quarter                       .12       .11\n"
      "                                        ----      ----\n"
      "    Total                               $.46      $.42\n"));
  int quarters = 0, annual = 0;
  for (const Dividend& d : got) {
    quarters += d.kind == "quarterly";
    annual += d.kind == "annual";
  }
  CHECK(quarters == 8);
  CHECK(annual == 2);
  // A heading row of years under a per-share label is no row of amounts;
  // a heading's "(C$ ...)" names the dollar.
  got = ExtractDividends(
      TextDoc("FORM 40-F\n"
              "(C$ millions, except per share amounts)\tQ4 2007\t\tQ3 2007\n"
              "Basic earnings per common share\t$\t0.83\t\t0.80\n"
              "Dividends per common share\t$\t0.320\t\t0.300\n"
              "Share Data\n"
              "Dividends declared per share\t2007\t\t2006\n"));
  REQUIRE(got.size() == 2);
  for (const Dividend& d : got) {
    CHECK(d.currency == "CAD");
    CHECK((d.per_share == "0.320" || d.per_share == "0.300"));
  }
}

TEST_CASE("scrambled headings are matched to columns by the cells",
          "[facts][dividends][tables]") {
  // Headings in the order FY2016, forecast, FY2017; cells in the order
  // FY2017, FY2016, forecast.
  auto got = ExtractDividends(
      TextDoc("FY2016\nYear-end dividend\n\nLatest "
              "forecast\n\nFY2017\nYear-end dividend\n\n"
              "Record date March 31, 2018 March 31, 2017 March 31, 2018\n"
              "Dividend per share JPY14.00 JPY13.50 JPY14.00\n"
              "Total dividend amount JPY630 million JPY608 million -\n"
              "Effective date June 29, 2018 June 29, 2017 -\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].fiscal_year == "FY2017");
  CHECK(got[0].total_amount == "630000000");
  CHECK(got[1].fiscal_year == "FY2016");
  CHECK(got[1].per_share == "13.50");
  CHECK(got[2].status == "forecast");
  CHECK(got[2].record_date == "2018-03-31");
  CHECK(got[0].span.rule == "dividend.table_headings_matched");
}

TEST_CASE("annual table sums are checked", "[facts][dividends][checks]") {
  const char* table =
      "Dividend per share\n\nInterim dividend\n\nYear-end dividend\n\n"
      "Total: Annual dividend\n\n"
      "Year ended March 31, 2018\n\nJPY13.50 (paid)\n\nJPY13.50\n\nJPY%s\n";
  char good[512], bad[512];
  std::snprintf(good, sizeof good, table, "27.00");
  std::snprintf(bad, sizeof bad, table, "28.00");
  auto g = ExtractDividends(TextDoc(good));
  auto b = ExtractDividends(TextDoc(bad));
  const Dividend* ga = Find(g, "annual", "declared", "");
  const Dividend* ba = Find(b, "annual", "declared", "");
  REQUIRE(ga);
  REQUIRE(ba);
  CHECK(ga->per_share == "27.00");
  CHECK(ga->check_failures.empty());
  CHECK(ba->per_share == "28.00");  // as written, with the doubt recorded
  REQUIRE(ba->check_failures.size() == 1);
  CHECK(ba->span.confidence < ga->span.confidence);
  const Dividend* interim = Find(g, "interim", "paid", "");
  REQUIRE(interim);
  CHECK(interim->per_share == "13.50");
  CHECK(interim->fiscal_year == "Year ended March 31, 2018");
}

}  // namespace
}  // namespace secx
