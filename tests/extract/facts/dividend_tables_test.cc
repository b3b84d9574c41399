#include <algorithm>
#include <catch2/catch.hpp>

#include "extract/facts/facts.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::HtmlDoc;
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

TEST_CASE("a 40-F's quarters under a stub heading of dividends",
          "[facts][dividends][tables]") {
  // No per-share words, no dollar named: a Canadian report's cents.
  auto got = ExtractDividends(TextDoc(
      "                                  FORM 40-F\n\n"
      "Common share dividends declared        Fiscal 1997   Fiscal 1996\n"
      "                                    ----------------------------\n"
      "First quarter                        $         .30 $         .26\n"
      "Second quarter                                 .30           .26\n"
      "Third quarter                                  .33           .30\n"
      "Fourth quarter                                 .33           .30\n"
      "                                    ----------------------------\n"
      "Total                                $        1.26 $        1.12\n"));
  int quarters = 0;
  for (const Dividend& d : got) {
    quarters += d.kind == "quarterly";
    CHECK(d.currency == "CAD");
  }
  CHECK(quarters == 8);
  // A 40-F that says its amounts are in US dollars keeps them.
  got = ExtractDividends(TextDoc(
      "FORM 40-F\n\nAll amounts are expressed in U.S. dollars.\n\n"
      "The Board declared a quarterly dividend of $0.25 per share, payable "
      "March 15, 2024 to shareholders of record on March 1, 2024.\n"));
  REQUIRE(!got.empty());
  for (const Dividend& d : got) CHECK(d.currency == "USD");
}

TEST_CASE("class columns under years, signs in cells of their own",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(
      TextDoc("FORM 10-K\n"
              "Dividends declared per share were:\n"
              "\t2023\t\t\t\t2022\n"
              "Quarter\tClass A\t\tClass B\t\tClass A\t\tClass B\n"
              "First\t$\t0.25\t$\t0.225\t$\t0.23\t$\t0.207\n"
              "Second\t$\t0.25\t$\t0.225\t$\t0.23\t$\t0.207\n"
              "Third\t$\t0.27\t$\t0.243\t$\t0.25\t$\t0.225\n"
              "Fourth\t$\t0.27\t$\t0.243\t$\t0.25\t$\t0.225\n"));
  int a = 0, b = 0;
  for (const Dividend& d : got) {
    if (d.kind != "quarterly") continue;
    a += d.share_class == "Class A";
    b += d.share_class == "Class B";
    if (d.share_class == "Class A")
      CHECK((d.per_share == "0.25" || d.per_share == "0.27" ||
             d.per_share == "0.23"));
  }
  CHECK(a == 8);
  CHECK(b == 8);
}

TEST_CASE("per-share columns dated by their lead-in",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 8-K\n"
      "The Board also declared the following dividends on the Company's "
      "preferred stock for the dividend period from February 15, 2014 to May "
      "14, 2014, payable May 15, 2014 to holders of record on May 1, 2014:\n"
      "\tPer Preferred Share\t\tPer Depositary Share\n"
      "6.25% Non-Cumulative Perpetual Preferred Stock, Series B ($25,000 "
      "liquidation preference; each depositary share represents a 1/1,000th "
      "interest)\t$\t390.625\t$\t0.390625\n"
      "5.85% Non-Cumulative Perpetual Preferred Stock, Series C ($1,000 "
      "liquidation preference; each depositary share represents a 1/40th "
      "interest)\t$\t14.625\t$\t0.365625\n"));
  std::vector<std::string> amounts;
  for (const Dividend& d : got) {
    amounts.push_back(d.per_share);
    CHECK(d.share_class == "Preferred");
    CHECK(d.record_date == "2014-05-01");
    CHECK(d.payable_date == "2014-05-15");
  }
  CHECK(amounts == std::vector<std::string>{"390.625", "14.625"});
}

TEST_CASE("a half-yearly note with its heading wrapped, totals by year",
          "[facts][dividends][tables]") {
  auto got =
      ExtractDividends(TextDoc("4.  Dividends\n\n"
                               "                                            "
                               "Pence per     1998     1997\n"
                               "                                               "
                               " share    GBP m    GBP m\n"
                               "                                            "
                               "---------    -----    -----\n"
                               "1997 interim, paid 7 November 1997             "
                               "   5.1       --      6.6\n"
                               "1997 final, paid 15 May 1998                   "
                               "  10.2     13.3       --\n"
                               "                                               "
                               "          -----    -----\n"
                               "Dividends paid in the period                   "
                               "           13.3      6.6\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].kind == "interim");
  CHECK(got[0].per_share == "0.051");
  CHECK(got[0].currency == "GBP");
  CHECK(got[0].total_amount == "6600000");
  CHECK(got[0].payable_date == "1997-11-07");
  CHECK(got[1].kind == "year-end");
  CHECK(got[1].per_share == "0.102");
  CHECK(got[1].total_amount == "13300000");
  CHECK(got[1].payable_date == "1998-05-15");
}

TEST_CASE("quarterly data under quarter-end months and fiscal years",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(TextDoc(
      "NOTE 16. QUARTERLY FINANCIAL DATA (UNAUDITED)\n\n"
      "(In thousands, except per share data)   September  December     March"
      "      June\n"
      "                                        ---------  --------     -----"
      "      ----\n"
      "Fiscal 2001:\n"
      "  Net income                                1,702     1,744     1,812"
      "     1,869\n"
      "  Dividends declared per share                .12       .12       .13"
      "       .13\n"
      "  Stock price - high                       17 1/4    18 3/8    19 1/2"
      "    21 1/8\n"));
  int quarters = 0;
  for (const Dividend& d : got) {
    quarters += d.kind == "quarterly" && d.fiscal_year == "Fiscal 2001";
  }
  CHECK(quarters == 4);
}

TEST_CASE("a REIT's distributions beside its price rows; 'Per share:' rows",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(TextDoc(
      "Item 5. Market for the Registrant's Common Equity\n\n"
      "                                     First      Second       Third"
      "      Fourth\n"
      "                                   Quarter     Quarter     Quarter"
      "     Quarter\n"
      "                                   -------     -------     -------"
      "     -------\n"
      "1995\n"
      "  High                              21 1/4      21 1/2      22 3/8"
      "      22 3/4\n"
      "  Low                               19 1/8      19 3/4      20 1/2"
      "      20 7/8\n"
      "  Distributions declared      $        .36         .36         .37"
      "         .37\n\n"
      "Shareholders may reinvest distributions under the Dividend "
      "Reinvestment and Share Purchase Plan.\n"));
  int quarters = 0;
  for (const Dividend& d : got) quarters += d.kind == "quarterly";
  CHECK(quarters == 4);
  got = ExtractDividends(TextDoc(
      "SELECTED FINANCIAL DATA\n"
      "(Dollars in thousands, except per share data)\t2003\t2002\t2001\n"
      "Net income\t$24,612\t$22,190\t$20,034\n"
      "Per share: Net income - diluted\t$2.00\t$1.82\t$1.64\n"
      "Per share: Cash dividends declared\t$.78\t$.72\t$.66\n"
      "Per share: Book value\t$15.88\t$14.73\t$13.60\n"));
  std::vector<std::string> amounts;
  for (const Dividend& d : got) amounts.push_back(d.per_share);
  CHECK(amounts == std::vector<std::string>{"0.78", "0.72", "0.66"});
}

TEST_CASE("classes' rows under a stub that titles the years",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(
      TextDoc("FORM 10-K\n"
              "Share Data\n"
              "Dividends declared per share\t2007\t\t2006\n"
              "Common shares\t$\t1.21\t$\t1.08\n"
              "Class A Preferred Shares, Series 1\t\t1.1875\t\t1.1875\n"
              "Class A Preferred Shares, Series 2\t\t1.1500\t\t1.1500\n"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    rows.push_back(d.per_share + " " + d.fiscal_year + " " + d.share_class);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{
                    "1.08 2006 ", "1.1500 2006 Preferred",
                    "1.1500 2007 Preferred", "1.1875 2006 Preferred",
                    "1.1875 2007 Preferred", "1.21 2007 "});
}

TEST_CASE("a market table's status column under a lead-in of dividends",
          "[facts][dividends][tables]") {
  // "Paid" beside High and Low; the lead-in's last sentence counts the
  // holders, and a symbol in capitals ends the sentence before it.
  auto got = ExtractDividends(TextDoc(
      "The Company's common stock is traded on the New York Stock Exchange "
      "under\n"
      "the symbol VMC. The following table sets forth the high and low sale "
      "prices\n"
      "as reported on the composite tape and the cash dividends paid per "
      "share for\n"
      "each quarter of the last two years. At February 28, 1995 there were "
      "3,412\n"
      "holders of record.\n\n"
      "                                          High         Low          "
      "Paid\n"
      "                                         -----       -----     "
      "---------\n"
      "    1994\n"
      "      First Quarter                    $28 7/8         $24          "
      "$.18\n"
      "      Second Quarter                        31          26           "
      ".18\n"
      "      Third Quarter                     31 3/4      25 3/4           "
      ".18\n"
      "      Fourth Quarter                    33 3/8      27 3/8           "
      ".18\n"));
  int quarters = 0;
  for (const Dividend& d : got) {
    quarters += d.kind == "quarterly" && d.per_share == "0.18";
    CHECK(d.per_share != "24.00");
  }
  CHECK(quarters == 4);
}

TEST_CASE("a market table's Regular column beside High, Low and Special",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(TextDoc(
      "ITEM 5. MARKET FOR THE REGISTRANT'S COMMON EQUITY\n\n"
      "                               High        Low    Regular    "
      "Special\n"
      "                        "
      "--------------------------------------------\n"
      "2001\n"
      "  First quarter               31.00      26.00 $      .21          "
      "-\n"
      "  Second quarter              32.00      27.00        .21          "
      "-\n"
      "  Third quarter               33.00      28.00        .21          "
      "-\n"
      "  Fourth quarter              34.00      29.00        .21 $     "
      "2.00\n\n"
      "The Board declared a special dividend in the fourth quarter.\n"));
  int regular = 0;
  for (const Dividend& d : got) {
    regular += d.kind == "quarterly" && d.per_share == "0.21";
    CHECK(d.per_share != "31.00");
    CHECK(!(d.kind == "quarterly" && d.per_share == "2.00"));
  }
  CHECK(regular == 4);
}

TEST_CASE("quarters named by ordinals alone, a wrapped selected-data label",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(
      TextDoc("The prices below and the cash dividends declared per share:\n\n"
              "                     2000\n"
              "       ----------------------------------\n"
              "       High        Low         Dividend\n"
              "       -----       -----       --------\n"
              "1st    $20.00      $18.57        $.10\n"
              "2nd     20.48       19.05         .10\n"
              "3rd     21.50       20.00         .11\n"
              "4th     22.25       20.75         .11\n\n"
              "ITEM 6.  SELECTED FINANCIAL DATA\n\n"
              "                        1993       1992       1991\n"
              "                     --------   --------   --------\n"
              "Per share:\n"
              "  Net income            $2.48      $2.07      $1.69\n"
              "  Cash dividends\n"
              "    declared             1.36        .82        .78\n"
              "  Book value            18.96      17.82      16.57\n"));
  int quarters = 0;
  bool y1991 = false;
  for (const Dividend& d : got) {
    quarters += d.kind == "quarterly" && d.fiscal_year == "2000";
    y1991 |=
        d.kind == "annual" && d.per_share == "0.78" && d.fiscal_year == "1991";
    CHECK(d.per_share != "16.57");
    CHECK(d.per_share != "20.00");
  }
  CHECK(quarters == 4);
  CHECK(y1991);
}

TEST_CASE("a quarter's special dividend column, class rows after a colon",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(HtmlDoc(
      "<html><body><p>FORM 10-K</p><p>The high and low sales prices and the "
      "regular and special cash dividends declared per share:</p><table>"
      "<tr><td></td><td>High</td><td>Low</td><td>Regular Dividend</td>"
      "<td>Special Dividend</td></tr><tr><td>2013</td></tr>"
      "<tr><td>First Quarter</td><td>27.40</td><td>23.15</td><td>0.18</td>"
      "<td>&#8212;</td></tr>"
      "<tr><td>Second Quarter</td><td>29.85</td><td>25.60</td><td>0.18</td>"
      "<td>1.25</td></tr></table>"
      "<p>STATEMENTS OF STOCKHOLDERS' EQUITY (in thousands, except per share "
      "data)</p><table><tr><td>Balance at December 31, 2003</td>"
      "<td>286,514</td></tr>"
      "<tr><td>Cash dividends: Class B common ($0.364 per share)</td>"
      "<td>(3,094)</td></tr>"
      "<tr><td>Balance at December 31, 2004</td><td>308,650</td></tr>"
      "</table></body></html>"));
  const Dividend* special = nullptr;
  const Dividend* class_b = nullptr;
  for (const Dividend& d : got) {
    if (d.per_share == "1.25") special = &d;
    if (d.per_share == "0.364") class_b = &d;
  }
  REQUIRE(special);
  CHECK(special->kind == "special");
  REQUIRE(class_b);
  CHECK(class_b->total_amount == "3094000");
}

TEST_CASE("a lead-in of one class's series over their rows",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(HtmlDoc(
      "<html><body><p>FORM 40-F</p><p>Dividends declared per share on the "
      "Class B Preferred Shares in each of the last three fiscal years "
      "were:</p><table><tr><td></td><td>2006</td><td>2005</td><td>2004</td>"
      "</tr><tr><td>Non-cumulative Class B Preferred Shares, Series 10</td>"
      "<td>$1.4375</td><td>$1.4375</td><td>$1.4375</td></tr>"
      "<tr><td>Non-cumulative 5.75% Class B Preferred Shares, Series 14</td>"
      "<td>$1.4375</td><td>$0.8904</td><td>-</td></tr></table>"
      "</body></html>"));
  int series = 0;
  for (const Dividend& d : got) {
    series += d.share_class == "Preferred" && d.kind == "annual";
    if (d.per_share == "0.8904") CHECK(d.fiscal_year == "2005");
  }
  CHECK(series == 5);
}

TEST_CASE("years inside the rules over their groups, a quarter column first",
          "[facts][dividends][tables]") {
  auto got = ExtractDividends(TextDoc(
      "Item 5.  Market for Registrant's Common Equity\n\n"
      "          -- Fiscal 1999 --           -- Fiscal 1998 --\n"
      "Quarter         Price Range       Cash      Price Range       Cash\n"
      "                High    Low  Dividends      High    Low  Dividends\n"
      "-------       -------------  ---------    -------------  ---------\n"
      "First        31 5/8  26 1/4      $.065   24 3/8  20 1/8       $.06\n"
      "Second       33 1/2  27 7/8       .065   27 1/4  22 1/2        .06\n"));
  std::vector<std::string> rows;
  for (const Dividend& d : got)
    rows.push_back(d.fiscal_year + " " + d.per_share);
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"1998 0.06", "1998 0.06", "1999 0.065",
                                         "1999 0.065"});
  // Two such rules one blank apart, alone on their line.
  got = ExtractDividends(TextDoc(
      "Item 5.\n\n"
      "                   ---------- 1999 ---------- ---------- 1998 "
      "----------\n"
      "                     High    Low     Dividend   High    Low     "
      "Dividend\n"
      "First quarter          26 1/4  23 1/2    $.14     24 7/8  21 3/4    "
      "$.12\n"
      "Second quarter         25 3/4  22 5/8     .14     27 1/4  23 3/8     "
      ".12\n"));
  rows.clear();
  for (const Dividend& d : got)
    rows.push_back(d.fiscal_year + " " + d.per_share);
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"1998 0.12", "1998 0.12", "1999 0.14",
                                         "1999 0.14"});
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
