// More ways annual and quarterly reports present dividends, written from
// general knowledge of such filings (no filing of the corpus): a type
// column of base and supplemental dividends, rates over a span of several
// dividends, a dividend's tax credit, foreign cents, quarters as columns
// under "Sales price - High", declaration tables whose dates omit the
// year, a year over its group one slot off, and a rate changed from a
// later dividend on.
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::FilingBody;
using testing::TextDoc;
using testing::WithAmount;

TEST_CASE("a type column's supplemental dividend is no regular quarter's",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>Our dividend policy consists of a base quarterly dividend and a supplemental quarterly dividend. The following table sets forth the dividends declared:</p>
<table>
<tr><td>Date Declared</td><td>Record Date</td><td>Payment Date</td><td>Type</td><td colspan="2">Amount per Share</td></tr>
<tr><td>February 22, 2023</td><td>March 15, 2023</td><td>March 31, 2023</td><td>Base</td><td>$</td><td>0.40</td></tr>
<tr><td>February 22, 2023</td><td>March 15, 2023</td><td>March 31, 2023</td><td>Supplemental</td><td>$</td><td>0.05</td></tr>
<tr><td>November 1, 2023</td><td>December 15, 2023</td><td>December 29, 2023</td><td>Special</td><td>$</td><td>0.15</td></tr>
</table>)"));
  const Dividend* base = WithAmount(got, "0.40");
  const Dividend* supplemental = WithAmount(got, "0.05");
  const Dividend* special = WithAmount(got, "0.15");
  REQUIRE(base);
  REQUIRE(supplemental);
  REQUIRE(special);
  CHECK(base->kind == "quarterly");
  CHECK(supplemental->kind.empty());
  CHECK(supplemental->record_date == "2023-03-15");
  CHECK(special->kind == "special");
}

TEST_CASE(
    "a rate over a span of dividends and a dividend's tax credit are "
    "no dividends",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("FORM 10-K\n\n"
              "Monthly dividends declared in 2013 were $0.1790 per share for "
              "January through June and $0.1820 per share for July through "
              "December. Quarterly dividends on the Series 3 shares were "
              "$0.236875 per share through June 30, 2023 and $0.370125 per "
              "share thereafter.\n\n"
              "On August 19, 2024 the Directors declared a final dividend of "
              "11.0 cents per share. The imputation credit attached to the "
              "final dividend is 5.42 cents per share.\n"));
  CHECK_FALSE(WithAmount(got, "0.1790"));
  CHECK_FALSE(WithAmount(got, "0.1820"));
  CHECK_FALSE(WithAmount(got, "0.236875"));
  CHECK_FALSE(WithAmount(got, "0.370125"));
  CHECK_FALSE(WithAmount(got, "0.0542"));
  const Dividend* final_dividend = WithAmount(got, "0.110");
  REQUIRE(final_dividend);
  CHECK(final_dividend->declared_date == "2024-08-19");
}

TEST_CASE("cents of the currency dividends are declared in",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("FORM 20-F\n\n"
              "The table below sets out the dividends paid in respect of each "
              "of the last two fiscal years, in New Zealand cents per share:\n"
              "\n"
              "Fiscal year ended 30 June        Interim         Final\n"
              "1998                           9.0 cents    11.0 cents\n"
              "1997                           8.5 cents    10.5 cents\n"
              "\n"
              "Holders of ADSs receive US dollars converted by the "
              "Depositary.\n"));
  REQUIRE_FALSE(got.empty());
  for (const Dividend& d : got) CHECK(d.currency == "NZD");
  const Dividend* interim = WithAmount(got, "0.090");
  REQUIRE(interim);
  CHECK(interim->kind == "interim");
}

TEST_CASE("quarters as columns beside 'Sales price - High' and '- Low'",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "                                   First    Second     Third    "
      "Fourth\n"
      "                                 Quarter   Quarter   Quarter   "
      "Quarter\n"
      "                                 -------   -------   -------   "
      "-------\n"
      "1994\n"
      "  Sales price - High              24 3/8    25 1/2    26 1/8        "
      "25\n"
      "               - Low              21 3/4    22 7/8    23 1/2    22 "
      "1/4\n"
      "  Dividends declared              $.175     $.175     $.175      "
      "$.19\n"));
  int quarters = 0;
  for (const Dividend& d : got) {
    if (d.kind != "quarterly" || d.span.rule != "dividend.period_row") continue;
    ++quarters;
    CHECK(d.fiscal_year == "1994");
  }
  CHECK(quarters == 4);
  // The prices are no dividends.
  CHECK_FALSE(WithAmount(got, "24.375"));
}

TEST_CASE("a declaration table's dates without the year take the lead-in's",
          "[facts][dividends][annual]") {
  const std::string table =
      "Declared             Record Date    Payment Date   Per Share\n"
      "--------             -----------    ------------   ---------\n"
      "Feb. 6                   Feb. 23        March 15        $.09\n"
      "Dec. 11                  Dec. 28        Jan. 15         $.10\n";
  auto got = ExtractDividends(
      TextDoc("FORM 10-Q\n\nCash dividends declared during 2001 were as "
              "follows:\n\n" +
              table));
  const Dividend* first = WithAmount(got, "0.09");
  const Dividend* last = WithAmount(got, "0.10");
  REQUIRE(first);
  REQUIRE(last);
  CHECK(first->declared_date == "2001-02-06");
  CHECK(first->record_date == "2001-02-23");
  CHECK(first->payable_date == "2001-03-15");
  CHECK(last->record_date == "2001-12-28");
  CHECK(last->payable_date == "2002-01-15");  // after the year's end
  // A lead-in of two years gives no dates a year.
  auto two = ExtractDividends(
      TextDoc("FORM 10-Q\n\nCash dividends declared during 2001 and 2000 "
              "were as follows:\n\n" +
              table));
  for (const Dividend& d : two) CHECK(d.declared_date.empty());
}

TEST_CASE("a year over its group of columns one slot off",
          "[facts][dividends][annual]") {
  // "Fiscal 2002" spans one column too many (a spacer), so "Fiscal 2001"
  // starts a slot after its group.
  auto got = ExtractDividends(FilingBody(R"(
<p>The table below sets forth, for the fiscal quarters indicated, the high and low sales prices and the cash dividends declared per share.</p>
<table>
<tr><td>&nbsp;</td><td colspan="8">Fiscal 2002</td><td>&nbsp;</td><td colspan="8">Fiscal 2001</td></tr>
<tr><td>&nbsp;</td><td colspan="2">High</td><td colspan="2">Low</td><td colspan="3">Dividends</td><td>&nbsp;</td><td colspan="2">High</td><td colspan="2">Low</td><td colspan="3">Dividends</td></tr>
<tr><td>First Quarter</td><td>$</td><td>18.40</td><td>$</td><td>15.10</td><td>$</td><td>0.05</td><td>&nbsp;</td><td>&nbsp;</td><td>$</td><td>11.27</td><td>$</td><td>9.40</td><td>$</td><td>0.045</td><td>&nbsp;</td></tr>
<tr><td>Second Quarter</td><td>$</td><td>21.85</td><td>$</td><td>17.60</td><td>$</td><td>0.06</td><td>&nbsp;</td><td>&nbsp;</td><td>$</td><td>13.53</td><td>$</td><td>10.87</td><td>$</td><td>0.045</td><td>&nbsp;</td></tr>
</table>)"));
  int y2002 = 0, y2001 = 0;
  for (const Dividend& d : got) {
    if (d.span.rule != "dividend.quarter_rows") continue;
    if (d.fiscal_year == "2002") {
      ++y2002;
      CHECK((d.per_share == "0.05" || d.per_share == "0.06"));
    }
    if (d.fiscal_year == "2001") {
      ++y2001;
      CHECK(d.per_share == "0.045");
    }
  }
  CHECK(y2002 == 2);
  CHECK(y2001 == 2);
}

TEST_CASE(
    "a rate changed from a later dividend on is not dated by the "
    "change",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "On June 10, 2014 our Board of Directors increased the monthly "
      "dividend to $0.1850 per share from $0.1820 per share, beginning with "
      "the July 2014 dividend, and on November 11, 2014 it increased the "
      "monthly dividend to $0.1880 per share, beginning with the January "
      "2015 dividend.\n"));
  const Dividend* later = WithAmount(got, "0.1880");
  REQUIRE(later);
  CHECK(later->declared_date.empty());
  const Dividend* earlier = WithAmount(got, "0.1850");
  REQUIRE(earlier);
  CHECK(earlier->declared_date.empty());
}

TEST_CASE("a footnoted capital gain distribution in a fund's table",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM N-CSR\n\n"
      "Distributions declared during the fiscal year ended October 31, 2005 "
      "were as follows:\n\n"
      "Declaration        Record       Payable      Amount\n"
      "Date                 Date          Date   Per Share\n"
      "-----------      --------      --------   ---------\n"
      "11/15/2004      11/26/2004    12/15/2004     $0.2700\n"
      "11/15/2004      11/26/2004    12/15/2004    $0.3500*\n"
      "02/14/2005      02/24/2005    03/15/2005     $0.2700\n"
      "\n"
      "*  Long-term capital gain distribution.\n"));
  const Dividend* gain = WithAmount(got, "0.3500");
  REQUIRE(gain);
  CHECK(gain->kind.empty());
  CHECK(gain->record_date == "2004-11-26");
  int regular = 0;
  for (const Dividend& d : got) regular += d.per_share == "0.2700";
  CHECK(regular == 2);
}

TEST_CASE("class rows under a lead-in naming common and preferred shares",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>The following table sets out the cash dividends declared per share on the Corporation&#8217;s common shares and Class A Preferred Shares in each of the last two years:</p>
<table>
<tr><td>Dividends declared per share</td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td>Common shares</td><td>$</td><td>1.56</td><td>$</td><td>1.44</td></tr>
<tr><td>Class A Preferred Shares, Series 1</td><td>$</td><td>1.125</td><td>$</td><td>1.125</td></tr>
</table>)",
                                         "40-F"));
  const Dividend* common = WithAmount(got, "1.56");
  REQUIRE(common);
  CHECK(common->kind == "annual");
  CHECK(common->fiscal_year == "2023");
  CHECK(common->share_class.empty());
  REQUIRE(WithAmount(got, "1.44"));
  const Dividend* preferred = WithAmount(got, "1.125");
  REQUIRE(preferred);
  CHECK(preferred->share_class == "Preferred");
}

TEST_CASE("a 20-F's rupiah dividends beside a convenience column of dollars",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<table>
<tr><td>(Rp billion, except per share data)</td><td>2023</td><td></td><td>2022</td><td></td><td>2021</td><td></td><td>2023 US$ million</td></tr>
<tr><td>Basic earnings per share (Rp)</td><td>564.12</td><td></td><td>765.75</td><td></td><td>294.10</td><td></td><td>0.04</td></tr>
<tr><td>Cash dividends per share declared in respect of the year (Rp) (1)</td><td>233.40</td><td></td><td>306.90</td><td></td><td>98.25</td><td></td><td>0.02</td></tr>
</table>)",
                                         "20-F"));
  REQUIRE(got.size() == 3);
  for (const Dividend& d : got) {
    CHECK(d.currency == "IDR");
    CHECK(d.kind == "annual");
  }
  const Dividend* y2023 = WithAmount(got, "233.40");
  REQUIRE(y2023);
  CHECK(y2023->fiscal_year == "2023");
  CHECK_FALSE(WithAmount(got, "0.02"));  // the dollars, no dividend
}

TEST_CASE(
    "a fund's per-class financial highlights under '(For a share "
    "outstanding ...)'",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<table>
<tr><td>Investor Class</td><td>2008</td><td></td><td>2007</td></tr>
<tr><td>(For a share outstanding throughout each year ended August 31)</td></tr>
<tr><td>Net asset value, beginning of year</td><td>$</td><td>18.93</td><td>$</td><td>17.76</td></tr>
<tr><td>Net investment income</td><td></td><td>0.43</td><td></td><td>0.41</td></tr>
<tr><td>Less distributions:</td></tr>
<tr><td>Dividends from net investment income</td><td></td><td>(0.44)</td><td></td><td>(0.40)</td></tr>
<tr><td>Distributions from net realized gains</td><td></td><td>(0.95)</td><td></td><td>(0.72)</td></tr>
<tr><td>Total distributions</td><td></td><td>(1.39)</td><td></td><td>(1.12)</td></tr>
<tr><td>Net asset value, end of year</td><td>$</td><td>14.58</td><td>$</td><td>18.93</td></tr>
</table>)",
                                         "485BPOS"));
  const Dividend* total = WithAmount(got, "1.39");
  REQUIRE(total);
  CHECK(total->kind == "annual");
  CHECK(total->fiscal_year == "2008");
  CHECK_FALSE(WithAmount(got, "0.44"));  // income only, gains beside it
  CHECK_FALSE(WithAmount(got, "18.93"));
}

TEST_CASE(
    "typed equity statement rows 'Common stock, $.68 per share' and a "
    "preferred table's series sections",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "              CONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' "
      "EQUITY\n\n"
      "Balance, December 31, 1994                  35,000    21,287\n"
      "Net income                                            21,940\n"
      "Cash dividends declared:\n"
      "  Common stock, $.84 per share                         (7,053)\n"
      "  Series A preferred, $3.38 per share                  (1,352)\n"
      "Balance, December 31, 1995                  35,000    21,405\n\n"
      "Dividends declared per share of preferred stock were as follows:\n\n"
      "                                                     1995       1994\n"
      "Series A Adjustable Rate (annual rate 6.50%-6.88% in 1995)\n"
      "  Dividends declared per share                      $3.38      $3.12\n"
      "Series B 9% Convertible\n"
      "  Dividends declared per share                      $2.25      "
      "$2.25\n"));
  const Dividend* common = nullptr;
  for (const Dividend& d : got) {
    if (d.per_share == "0.84") common = &d;
  }
  REQUIRE(common);
  CHECK(common->share_class.empty());
  CHECK(common->span.rule == "dividend.table_label");
  int preferred_rows = 0;
  for (const Dividend& d : got) {
    if (d.span.rule != "dividend.period_row") continue;
    ++preferred_rows;
    CHECK(d.share_class == "Preferred");
  }
  CHECK(preferred_rows == 4);
}

TEST_CASE("a date a sentence compares with is none of the dividend's",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "The dividend for January 2004 ($.1150 per share) was declared on "
      "December 9, 2003 and is not included above; because the record date "
      "fell after December 31, 2003, no liability was recorded at year "
      "end.\n"));
  const Dividend* d = WithAmount(got, "0.1150");
  REQUIRE(d);
  CHECK(d->declared_date == "2003-12-09");
  CHECK(d->record_date.empty());
}

TEST_CASE("a typed year inside the rule over its group of columns",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "The following table shows the high and low sales prices and the "
      "dividends declared per share for each quarter.\n\n"
      "                       -------- 2003 --------        -------- 2002 "
      "--------\n"
      "                       High      Low  Dividends       High      Low  "
      "Dividends\n"
      "                    -------  -------  ---------  ---------  -------  "
      "---------\n"
      "First Quarter        $17.42   $15.86     $.3375     $15.64   $14.02     "
      "$.3300\n"
      "Second Quarter       $18.95   $16.70     $.3450     $16.83   $15.11     "
      "$.3375\n"));
  int y2003 = 0, y2002 = 0;
  for (const Dividend& d : got) {
    if (d.span.rule != "dividend.quarter_rows") continue;
    CHECK(d.provenance.find("---") == std::string::npos);
    if (d.fiscal_year == "2003") ++y2003;
    if (d.fiscal_year == "2002") ++y2002;
  }
  CHECK(y2003 == 2);
  CHECK(y2002 == 2);
}

TEST_CASE(
    "a year to date's amount 'in the first six months of', and an "
    "investee's dividend the registrant received",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\n"
      "Dividends declared in the six months ended June 30, 2013 consisted "
      "only of the second-quarter dividend, compared with $0.50 per share in "
      "the first six months of 2012.\n\n"
      "In April 2025, MBPI declared a cash dividend of PHP 3.40 per share, and "
      "we received dividends of $41 million from MBPI during the nine months "
      "ended September 30, 2025.\n"));
  const Dividend* ytd = WithAmount(got, "0.50");
  REQUIRE(ytd);
  CHECK(ytd->kind.empty());
  CHECK_FALSE(WithAmount(got, "3.40"));
}

TEST_CASE(
    "typed statement columns under two period headings one blank "
    "apart, labels cut short by a leader of two dots",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "QUARTERLY REPORT ON FORM 10-Q\n\n"
      "                CONDENSED CONSOLIDATED STATEMENTS OF EARNINGS\n\n"
      "                                     Thirteen Weeks Ended Twenty-six "
      "Weeks Ended\n"
      "                                      August 2,  August 3,  August 2,  "
      "August 3,\n"
      "                                           2003       2002       2003   "
      "    2002\n"
      "Net earnings per share - basic.....        $.38       $.32       $.65   "
      "    $.56\n"
      "Cash dividends declared per share..        $.06       $.05       $.12   "
      "    $.10\n"));
  const Dividend* quarter = WithAmount(got, "0.06");
  const Dividend* half = WithAmount(got, "0.12");
  REQUIRE(quarter);
  REQUIRE(half);
  CHECK(quarter->kind == "quarterly");
  CHECK(half->kind.empty());  // the year to date's
  CHECK_FALSE(WithAmount(got, "0.38"));
}

TEST_CASE(
    "a fund's financial highlights per share by their net asset value "
    "row",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>Financial Highlights</p>
<table>
<tr><td>Year Ended September 30,</td><td>2018</td><td></td><td>2017</td></tr>
<tr><td>Net asset value, beginning of year</td><td>$</td><td>24.18</td><td>$</td><td>21.62</td></tr>
<tr><td>Net investment income</td><td></td><td>0.44</td><td></td><td>0.40</td></tr>
<tr><td>Less distributions:</td></tr>
<tr><td>Dividends from net investment income</td><td></td><td>(0.41)</td><td></td><td>(0.37)</td></tr>
<tr><td>Distributions from net realized gains</td><td></td><td>(0.86)</td><td></td><td>(0.52)</td></tr>
<tr><td>Total distributions</td><td></td><td>(1.27)</td><td></td><td>(0.89)</td></tr>
</table>)",
                                         "485BPOS"));
  const Dividend* total = WithAmount(got, "1.27");
  REQUIRE(total);
  CHECK(total->kind == "annual");
  CHECK(total->fiscal_year == "2018");
  CHECK_FALSE(WithAmount(got, "24.18"));
}

TEST_CASE(
    "a typed statement of retained earnings: class names wrapped over "
    "their rates, '<S> <C>' between headings and rows",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "                      STATEMENTS OF RETAINED EARNINGS\n"
      "                           (Thousands of Dollars)\n\n"
      "<TABLE>\n"
      "<CAPTION>\n"
      "                                                      Years Ended "
      "September 30,\n"
      "                                                         1997      "
      "1996\n"
      "<S>                                                  <C>       <C>\n"
      "Balance at beginning of year                         $100,625   "
      "$94,714\n"
      "Net income                                             16,402    "
      "17,815\n"
      "Dividends declared:\n"
      "  Cumulative Preferred Stock, 5% Series\n"
      "    ($5.00 per share)                                     300       "
      "300\n"
      "  $2.20 Cumulative Preferred Stock\n"
      "    ($2.20 per share)                                     330       "
      "330\n"
      "  Common Stock ($1.26 and $1.22 per share)              11,784    "
      "11,274\n"
      "</TABLE>\n"));
  int preferred = 0, common = 0;
  for (const Dividend& d : got) {
    if (d.span.rule != "dividend.period_row") continue;
    if (d.per_share == "5.00" || d.per_share == "2.20") {
      ++preferred;
      CHECK(d.share_class == "Preferred");
    }
    if (d.per_share == "1.26") {
      ++common;
      CHECK(d.fiscal_year.find("1997") != std::string::npos);
      CHECK(d.total_amount == "11784000");
    }
  }
  CHECK(preferred == 4);
  CHECK(common == 1);
}

}  // namespace
}  // namespace secx
