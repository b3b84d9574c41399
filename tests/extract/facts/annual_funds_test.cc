// Per-share dividends of funds, REITs and Canadian issuers, written from
// general knowledge of such filings (no filing of the corpus): a business
// development company's financial highlights, a REIT's equity statement
// rows, numbered preferred series under a per-share title, a sentence with
// a filing's own dollar and the US dollar, a quarter without a dividend
// ("$ | \u2014") in an income statement, and a dividend reinstated by a
// declaring clause.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::FilingBody;

std::vector<std::string> Annual(const std::vector<Dividend>& got) {
  std::vector<std::string> out;
  for (const Dividend& d : got) {
    if (d.kind == "annual") out.push_back(d.fiscal_year + " " + d.per_share);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_CASE("fund highlights: distributions from net investment income per share",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<p>Financial Highlights</p>
<table>
<tr><td>Per share data</td><td>2022</td><td>2021</td></tr>
<tr><td>Net asset value, beginning of year</td><td>$11.20</td><td>$10.95</td></tr>
<tr><td>Net investment income</td><td>1.31</td><td>1.22</td></tr>
<tr><td>Distributions declared from net investment income</td><td>(1.28)</td><td>(1.16)</td></tr>
<tr><td>Net asset value, end of year</td><td>$11.05</td><td>$11.20</td></tr>
</table>)"));
  CHECK(Annual(got) == std::vector<std::string>{"2021 1.16", "2022 1.28"});
  // All distributions in one row, a footnote mark after the label, the
  // closing parenthesis in a cell of its own.
  got = ExtractDividends(FilingBody(R"(<p>Financial Highlights</p>
<table>
<tr><td>Per Share Data</td><td>2021</td><td>2020</td></tr>
<tr><td>Net investment income</td><td>1.71</td><td>1.58</td></tr>
<tr><td>Distributions declared from net investment income and capital gains (2)</td><td>(1.74</td><td>)</td><td>(1.60</td><td>)</td></tr>
<tr><td>Net realized and unrealized gains (losses)</td><td>0.31</td><td>(0.20</td><td>)</td></tr>
</table>)"));
  CHECK(Annual(got) == std::vector<std::string>{"2020 1.60", "2021 1.74"});
}

TEST_CASE(
    "fund highlights: income distributions beside capital gains are a part",
    "[facts][dividends][annual]") {
  // Without a total the income row is no year's whole dividend; with one,
  // the total is.
  const std::string head = R"(<table>
<tr><td>Per Share Operating Performance</td><td>2020</td><td>2019</td></tr>
<tr><td>Net investment income</td><td>0.88</td><td>0.91</td></tr>
<tr><td>Dividends from net investment income</td><td>(0.86)</td><td>(0.90)</td></tr>
<tr><td>Distributions from net realized gains</td><td>(0.12)</td><td>(0.05)</td></tr>
)";
  auto got = ExtractDividends(FilingBody(head + "</table>"));
  CHECK(Annual(got).empty());
  got = ExtractDividends(FilingBody(
      head +
      "<tr><td>Total distributions</td><td>(0.98)</td><td>(0.95)</td></tr>"
      "</table>"));
  CHECK(Annual(got) == std::vector<std::string>{"2019 0.95", "2020 0.98"});
}

TEST_CASE("fund highlights: no per-share heading, no dividend",
          "[facts][dividends][annual]") {
  // Distributions in thousands of a statement of changes in net assets.
  auto got = ExtractDividends(FilingBody(R"(<table>
<tr><td>(in thousands)</td><td>2022</td><td>2021</td></tr>
<tr><td>Distributions declared from net investment income</td><td>(41,220)</td><td>(36,004)</td></tr>
</table>)"));
  CHECK(got.empty());
}

TEST_CASE("REIT equity statement: distributions declared on the common stock",
          "[facts][dividends][annual]") {
  auto got =
      ExtractDividends(FilingBody(R"(<p>CONSOLIDATED STATEMENTS OF EQUITY</p>
<table>
<tr><td></td><td>Common Stock</td><td>Distributions in Excess of Net Income</td><td>Total</td></tr>
<tr><td>Balance, December 31, 2022</td><td>$ 812,400</td><td>$ (90,210)</td><td>$ 722,190</td></tr>
<tr><td>Distributions declared &#8212; common stock ($0.6120 per share)</td><td>&#8212;</td><td>(24,480)</td><td>(24,480)</td></tr>
<tr><td>Distributions to noncontrolling interests &#8212; OP units ($0.6120 per unit)</td><td>&#8212;</td><td>&#8212;</td><td>(1,010)</td></tr>
</table>)",
                                  "10-Q"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.6120");
}

TEST_CASE("preferred series numbered under a per-share title, a US$ series",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      R"(<p>All amounts are expressed in Canadian dollars unless otherwise noted.</p>
<p>Preferred share dividends declared per share:</p>
<table>
<tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Cumulative Redeemable Rate Reset Preferred Shares, Series 2</td><td>$ 1.0750</td><td>$ 1.0750</td></tr>
<tr><td>Cumulative Redeemable Rate Reset Preferred Shares, Series 4 (US$)</td><td>US$1.2500</td><td>US$1.2500</td></tr>
</table>)",
      "40-F"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    rows.push_back(d.fiscal_year + " " + d.per_share + " " + d.currency + " " +
                   d.share_class);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{
                    "2022 1.0750 CAD Preferred", "2022 1.2500 USD Preferred",
                    "2023 1.0750 CAD Preferred", "2023 1.2500 USD Preferred"});
}

TEST_CASE("a sentence with the filing's dollar and the US dollar",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>All amounts are expressed in Canadian dollars unless otherwise "
      "noted.</p><p>On February 8, 2024, the Board declared dividends of "
      "$0.2875 per Series 2 Preferred Share and US$0.3125 per Series 4 "
      "Preferred Share, payable March 29, 2024 to holders of record on March "
      "15, 2024.</p>",
      "40-F"));
  bool cad = false;
  for (const Dividend& d : got) {
    if (d.per_share == "0.2875") {
      cad = true;
      CHECK(d.currency == "CAD");
    }
    if (d.per_share == "0.3125") CHECK(d.currency == "USD");
  }
  CHECK(cad);
}

TEST_CASE("period rows: a quarter without a dividend written '$ | \u2014'",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<table>
<tr><td></td><td colspan="4">Three Months Ended June 30,</td><td colspan="4">Six Months Ended June 30,</td></tr>
<tr><td></td><td colspan="2">2021</td><td colspan="2">2020</td><td colspan="2">2021</td><td colspan="2">2020</td></tr>
<tr><td>Dividends declared per common share</td><td>$</td><td>&#8212;</td><td>$</td><td>0.15</td><td>$</td><td>0.15</td><td>$</td><td>0.30</td></tr>
</table>)",
                                         "10-Q"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) rows.push_back(d.per_share + " " + d.kind);
  CHECK(rows == std::vector<std::string>{"0.15 quarterly", "0.15 ", "0.30 "});
}

TEST_CASE("sentences: a dividend reinstated by a declaring clause",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "On May 5, 2022, the Board reinstated the quarterly dividend, "
      "declaring a cash dividend of $0.08 per share, which was paid on June "
      "14, 2022 to shareholders of record on May 27, 2022.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date == "2022-05-05");
  CHECK(got[0].record_date == "2022-05-27");
  CHECK(got[0].payable_date == "2022-06-14");
}

TEST_CASE("fixed-width text: a sentence wrapped inside 'per share'",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "     Cash dividends declared on common stock were $1.44, $1.40 and "
      "$1.36 per\nshare in fiscal 1999, 1998 and 1997, respectively.\n"));
  std::vector<std::string> rows;
  for (const Dividend& d : got)
    rows.push_back(d.fiscal_year + " " + d.per_share);
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"Fiscal 1997 1.36", "Fiscal 1998 1.40",
                                         "Fiscal 1999 1.44"});
}

TEST_CASE(
    "fixed-width text: quarters named with their months, distributions "
    "beside the prices",
    "[facts][dividends][annual]") {
  const std::string table =
      "                               1999                          1998\n"
      "                     ---------------------------   "
      "---------------------------\n"
      "                       High      Low   Distributions     High      Low  "
      " "
      "Distributions\n"
      "                     ------   ------   -------------   ------   ------  "
      " "
      "-------------\n"
      "First (Jan.-Mar.)    $21.10   $18.25         $0.4400   $20.00   $17.50  "
      "       $0.4200\n"
      "Second (Apr.-June)   $22.30   $19.05         $0.4400   $20.75   $18.10  "
      "       $0.4200\n";
  auto got = ExtractDividends(testing::TextDoc(table));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    if (d.kind == "quarterly")
      rows.push_back(d.fiscal_year + " " + d.per_share);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"1998 0.4200", "1998 0.4200",
                                         "1999 0.4400", "1999 0.4400"});
  for (const Dividend& d : got) {
    CHECK(d.provenance.find("Dividend") == std::string::npos);
  }
}

TEST_CASE("quarterly data: quarter ends as columns, the year a row above",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      FilingBody(R"(<p>Note 18. Quarterly Financial Data (Unaudited)</p>
<table>
<tr><td>(in thousands, except per share)</td><td>March 31</td><td>June 30</td><td>Sept. 30</td><td>Dec. 31</td></tr>
<tr><td>2011</td></tr>
<tr><td>Revenues</td><td>$ 101,200</td><td>$ 98,400</td><td>$ 97,950</td><td>$ 110,020</td></tr>
<tr><td>Dividends declared per share</td><td>$ 0.21</td><td>$ 0.21</td><td>$ 0.22</td><td>$ 0.22</td></tr>
</table>)"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    rows.push_back(d.kind + " " + d.fiscal_year + " " + d.per_share);
  }
  CHECK(rows ==
        std::vector<std::string>{"quarterly 2011 0.21", "quarterly 2011 0.21",
                                 "quarterly 2011 0.22", "quarterly 2011 0.22"});
}

TEST_CASE("row labels naming both classes, preferred series rows 'per share'",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<table>
<tr><td></td><td>2012</td><td>2011</td></tr>
<tr><td>Dividends declared per share &#8212; Class A and Class B</td><td>$ 0.30</td><td>$ 0.28</td></tr>
</table>
<p>Dividends declared per share of preferred stock were as follows:</p>
<table>
<tr><td></td><td>2012</td><td>2011</td></tr>
<tr><td>Series A preferred stock, per share</td><td>$ 2.00</td><td>$ 2.00</td></tr>
<tr><td>Series A, per depositary share</td><td>$ 0.20</td><td>$ 0.20</td></tr>
</table>)"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    rows.push_back(d.fiscal_year + " " + d.per_share + " " + d.share_class);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"2011 0.28 ", "2011 2.00 Preferred",
                                         "2012 0.30 ", "2012 2.00 Preferred"});
}

TEST_CASE("declaration table: amount columns in a unit beside the total",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "Distributions declared during the first quarter were:\n"
      "Month\tDeclaration Date\tRecord Date\tPayment Date\tPer Share\tTotal "
      "(000s)\tPaid in Cash (000s)\tReinvested (000s)\n"
      "January 2011\t12/14/2010\t01/31/2011\t02/15/2011\t$0.0550\t$1,410\t$"
      "702\t$708\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.0550");
  CHECK(got[0].payable_date == "2011-02-15");
}

TEST_CASE("fund highlights: a title a blank line above fixed-width headings",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "Selected data for a share of common stock outstanding throughout each "
      "period:\n\n"
      "                                    Year Ended December 31,\n"
      "                                      1997      1996\n"
      "                                   --------  --------\n"
      "Net asset value, beginning.......    $12.40    $12.10\n"
      "Net investment income............       .81       .79\n"
      "Less distributions:\n"
      "  From net investment income.....      (.80)     (.78)\n"
      "  From net realized gains........      (.06)       --\n"
      "                                   --------  --------\n"
      "  Total distributions............      (.86)     (.78)\n"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) rows.push_back(d.per_share);
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"0.78", "0.86"});
}

TEST_CASE(
    "a 20-F's yearly history: units in the headings, a translation beside",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<table>
<tr><td>Fiscal year</td><td>Dividend per share</td><td>Dividend per share</td></tr>
<tr><td></td><td>(&#8364;)</td><td>(US$) (1)</td></tr>
<tr><td>2021 (proposed)</td><td>1.40</td><td>1.58</td></tr>
<tr><td>2020</td><td>1.25</td><td>1.46</td></tr>
</table>)",
                                         "20-F"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    if (d.span.rule == "dividend.quarter_rows")
      rows.push_back(d.fiscal_year + " " + d.per_share + " " + d.currency);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"2020 1.25 EUR", "2021 1.40 EUR"});
}

TEST_CASE("declaration table: years as rows ending in a colon",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "The following table summarizes the cash dividends declared:\n"
      "Declaration Date\tRecord Date\tPayment Date\tPer Share\n"
      "2019:\n"
      "February 6, 2019\tMarch 1, 2019\tMarch 15, 2019\t$0.31\n"
      "2018:\n"
      "February 7, 2018\tMarch 1, 2018\tMarch 15, 2018\t$0.29\n"));
  std::vector<std::string> rows;
  for (const Dividend& d : got)
    rows.push_back(d.fiscal_year + " " + d.per_share);
  CHECK(rows == std::vector<std::string>{"2019 0.31", "2018 0.29"});
}

TEST_CASE("equity statement: a preferred series' row with its per-share amount",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "\tRetained Earnings\tTotal\n"
      "Series B preferred stock dividends ($1,531.25 per "
      "share)\t(9,188)\t(9,188)\n"
      "Common stock dividends ($0.36 per share)\t(21,006)\t(21,006)\n"));
  std::vector<std::string> rows;
  for (const Dividend& d : got)
    rows.push_back(d.per_share + " " + d.share_class);
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"0.36 ", "1531.25 Preferred"});
}

TEST_CASE("fixed-width selected data: a dotted leader, then the '$' apart",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "(In millions, except per share amounts)\n\n"
      "                                            1999       1998       1997\n"
      "Per common share:\n"
      "  Net income -- basic ................. $    2.82  $    2.70  $    "
      "2.93\n"
      "  Dividends declared per share ........ $    1.13  $    1.10  $    "
      "1.06\n"));
  CHECK(Annual(got) ==
        std::vector<std::string>{"1997 1.06", "1998 1.10", "1999 1.13"});
}

TEST_CASE(
    "market tables: one per year, a footnote mark beside an amount, a "
    "series named by its rate",
    "[facts][dividends][annual]") {
  // Two market tables one under the other, each headed by its year.
  auto got = ExtractDividends(
      testing::TextDoc("2009\tClass A\t\tDividends Declared per Share\n"
                       "\tHigh\tLow\n"
                       "First Quarter\t$ 30.84\t$ 26.11\t$ 0.07\n"
                       "Second Quarter\t31.92\t28.95\t0.07\n"
                       "Third Quarter\t32.30\t26.75\t0.08\n"
                       "Fourth Quarter\t31.14\t25.08\t0.08\n"
                       "2008\tClass A\t\tDividends Declared per Share\n"
                       "\tHigh\tLow\n"
                       "First Quarter\t$ 29.93\t$ 24.83\t$ 0.06\n"
                       "Second Quarter\t31.67\t26.79\t0.06\n"
                       "Third Quarter\t33.86\t26.61\t0.06\n"
                       "Fourth Quarter\t29.72\t26.54\t0.06\n"));
  int y2008 = 0;
  for (const Dividend& d : got) y2008 += d.fiscal_year == "2008";
  CHECK(y2008 == 4);
  got = ExtractDividends(FilingBody(R"(<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="3">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2019</td><td>2018</td><td>2019</td><td></td><td>2018</td></tr>
<tr><td>Dividends declared per common share</td><td>$ 0.61</td><td>$ 0.58</td><td>$ 1.32</td><td>(1)</td><td>$ 1.16</td></tr>
</table>)",
                                    "10-Q"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) rows.push_back(d.per_share);
  CHECK(rows == std::vector<std::string>{"0.61", "0.58", "1.32", "1.16"});
  got = ExtractDividends(testing::TextDoc(
      "Dividends of $1.25 per share on the 5.00% Series were declared in "
      "2014.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].share_class == "Preferred");
}

TEST_CASE("typed fund highlights: the distributions row's label wrapped",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(R"(
                             FINANCIAL HIGHLIGHTS
 Selected data for a share outstanding throughout each year ended April 30:
                                       2012    2011    2010
                                     ------- ------- -------
Net asset value, beginning of year    $11.62  $11.91  $12.03
Income from investment operations:
  Net investment income                 .552    .581    .606
  Net realized and unrealized
    gain (loss)                       (.313)  (.191)  (.020)
                                     ------- ------- -------
  Total from investment operations      .239    .390    .586
Less distributions from net
  investment income                   (.547)  (.580)  (.604)
                                     ------- ------- -------
Net asset value, end of year          $11.31  $11.62  $11.91
)"));
  std::vector<std::string> rows;
  for (const Dividend& d : got)
    rows.push_back(d.fiscal_year + " " + d.kind + " " + d.per_share);
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"2010 annual 0.604",
                                         "2011 annual 0.580",
                                         "2012 annual 0.547"});
}

TEST_CASE("BDC 10-Q highlights: per share data in the headings' first cell",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<p>Financial Highlights</p>
<table>
<tr><td>Per share data:</td><td>Six Months Ended June 30, 2023</td><td></td><td>Six Months Ended June 30, 2022</td></tr>
<tr><td>Net asset value, beginning of period</td><td>$</td><td>15.12</td><td>$</td><td>15.40</td></tr>
<tr><td>Net investment income</td><td></td><td>0.98</td><td></td><td>0.91</td></tr>
<tr><td>Distributions declared</td><td></td><td>(0.94</td><td>)</td><td>(0.90</td><td>)</td></tr>
<tr><td>Net asset value, end of period</td><td>$</td><td>15.16</td><td>$</td><td>15.41</td></tr>
</table>)",
                                         "10-Q"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) rows.push_back(d.per_share);
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"0.90", "0.94"});
}

TEST_CASE("a table's own statement of its dollar: '(Canadian dollars)'",
          "[facts][dividends][annual]") {
  // No statement near the filing's start; the table's heading says it, and
  // a later table in US dollars says so.
  auto got = ExtractDividends(testing::TextDoc(
      "The following table sets out the dividends declared per Common Share\n"
      "(in Canadian dollars) for each quarter of the last two years.\n"
      "\n"
      "Year      Q1      Q2      Q3      Q4   Total\n"
      "2001   $0.12   $0.12   $0.06   $0.06   $0.36\n"
      "2000   $0.10   $0.10   $0.12   $0.12   $0.44\n"
      "\n"
      "The Corporation's US-listed preferred shares pay dividends in US\n"
      "dollars, as the following table shows.\n"
      "\n"
      "(U.S. dollars)                        2001     2000\n"
      "Dividends declared per Preferred Share  $1.50    $1.50\n"));
  int cad = 0;
  for (const Dividend& d : got) {
    INFO(d.per_share);
    if (d.per_share == "1.50") {
      CHECK(d.currency == "USD");
    } else {
      CHECK(d.currency == "CAD");
      ++cad;
    }
  }
  CHECK(cad >= 10);
}

TEST_CASE("sentences before a table in the one dollar a filing states",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>Common share dividends declared in fiscal 2012 totalled $2.94 per "
      "share, up from $2.76 in fiscal 2011.</p>"
      "<p>Dividends declared per common share (Canadian dollars)</p>"
      "<table><tr><td></td><td>2012</td><td>2011</td></tr>"
      "<tr><td>Dividends per share</td><td>$2.94</td><td>$2.76</td></tr>"
      "</table><p>Dividends declared on preferred shares (per share, "
      "Canadian dollars):</p>",
      "40-F"));
  REQUIRE_FALSE(got.empty());
  for (const Dividend& d : got) CHECK(d.currency == "CAD");
}

}  // namespace
TEST_CASE(
    "closed-end fund: a distribution table under a dated lead-in; "
    "highlights for a common share outstanding",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      R"(<p>Dear Shareholder, the Fund paid quarterly distributions of $0.25 per common share, equal to $1.00 per share on an annualized basis.</p>
<p>The Fund declared the following distributions per common share during the year ended December 31, 2016:</p>
<table>
<tr><td>Declaration Date</td><td>Record Date</td><td>Payable Date</td><td>Amount per Share</td></tr>
<tr><td>02/11/2016</td><td>03/15/2016</td><td>03/31/2016</td><td>$</td><td>0.25</td></tr>
<tr><td>05/12/2016</td><td>06/15/2016</td><td>06/30/2016</td><td>$</td><td>0.25</td></tr>
</table>
<p>Financial Highlights</p>
<p>For a common share outstanding throughout each year ended December 31:</p>
<table>
<tr><td></td><td>2016</td><td>2015</td></tr>
<tr><td>Net asset value, beginning of year</td><td>14.20</td><td>13.75</td></tr>
<tr><td>Net investment income</td><td>0.41</td><td>0.44</td></tr>
<tr><td>Distributions to common shareholders from:</td></tr>
<tr><td>Net investment income</td><td>(0.40)</td><td>(0.43)</td></tr>
<tr><td>Return of capital</td><td>(0.60)</td><td>(0.52)</td></tr>
<tr><td>Total distributions</td><td>(1.00)</td><td>(0.95)</td></tr>
</table>)",
      "N-CSR"));
  int paid = 0;
  for (const Dividend& d : got) {
    if (d.per_share == "0.25" && !d.payable_date.empty()) ++paid;
    // The annualized rate restates the quarter's: no record of its own.
    if (d.per_share == "1.00") CHECK(d.fiscal_year == "2016");
  }
  CHECK(paid == 2);
  CHECK(Annual(got) == std::vector<std::string>{"2015 0.95", "2016 1.00"});
}

TEST_CASE("fund: a monthly distribution from net investment income declared",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>On November 2, 2009, the Board of Trustees declared a monthly "
      "distribution from net investment income of $0.0550 per common share, "
      "payable December 1, 2009 to common shareholders of record on "
      "November 16, 2009.</p>",
      "N-CSR"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.0550");
  CHECK(got[0].payable_date == "2009-12-01");
  CHECK(got[0].record_date == "2009-11-16");
  // Distributions received from an investee are not the fund's.
  CHECK(ExtractDividends(
            FilingBody("<p>The Partnership received distributions from "
                       "Harlow Pipeline LLC of $2.10 per unit in 2009.</p>"))
            .empty());
}

TEST_CASE("REIT tax characterization: the total row beside its % columns",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      FilingBody(R"(<p>Federal income tax characterization of distributions</p>
<table>
<tr><td>Common shares</td><td>2018</td><td>%</td><td>2017</td><td>%</td></tr>
<tr><td>Ordinary income</td><td>$0.9100</td><td>70.0%</td><td>$0.8800</td><td>71.0%</td></tr>
<tr><td>Return of capital</td><td>0.3900</td><td>30.0%</td><td>0.3600</td><td>29.0%</td></tr>
<tr><td>Total distributions per common share</td><td>$1.3000</td><td>100.0%</td><td>$1.2400</td><td>100.0%</td></tr>
</table>)"));
  CHECK(Annual(got) == std::vector<std::string>{"2017 1.2400", "2018 1.3000"});
}

}  // namespace secx
