// Annual and quarterly report layouts of the 1990s, written from general
// knowledge of such filings (no filing of the corpus): quarters as
// "1st Qtr." columns under a "Price range - High" row, years as section
// rows of a declaration table whose dates omit the year, preferred series
// tables with a heading wrapped under the years, class rows under a
// dividends section of an income statement, and totals or restated
// amounts a sentence gives beside a dividend.
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::TextDoc;
using testing::WithAmount;

int CountOf(const std::vector<Dividend>& got, const std::string& per_share,
            const std::string& year) {
  int n = 0;
  for (const Dividend& d : got) {
    n += d.per_share == per_share && d.fiscal_year == year;
  }
  return n;
}

TEST_CASE("quarters as '1st Qtr.' columns, a year row over its rows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "The table below shows the reported high and low sale prices and the\n"
      "dividends paid per share for each quarter.\n\n"
      "                           1st Qtr.   2nd Qtr.   3rd Qtr.   4th Qtr.\n"
      "2001\n"
      "Price range - High           41 1/4     40 1/2     39 3/4     38 7/8\n"
      "            - Low            37 1/8     36 3/4     36 1/2     35 3/4\n"
      "Dividends paid             $.31 1/2   $.32 1/2   $.32 1/2   $.32 1/2\n"
      "2000\n"
      "Price range - High           36 1/2         38     39 5/8     39 7/8\n"
      "            - Low            33 1/4     34 7/8     35 1/2     35 3/4\n"
      "Dividends paid             $.30 1/2   $.30 1/2   $.31 1/2   $.31 "
      "1/2\n"));
  CHECK(CountOf(got, "0.325", "2001") == 3);
  CHECK(CountOf(got, "0.315", "2001") == 1);
  CHECK(CountOf(got, "0.305", "2000") == 2);
  CHECK(CountOf(got, "0.315", "2000") == 2);
  for (const Dividend& d : got) CHECK(d.kind == "quarterly");
}

TEST_CASE("a declaration table's year sections date its rows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "Cash dividends declared during 2004 and 2003 are shown below.\n\n"
      "Month               Declared        Record            Paid  Per Share   "
      "   "
      "Amount\n"
      "----------        ----------    ----------   -------------  ---------  "
      "----------\n"
      "2004\n"
      "  March             Mar. 9        Mar. 26        Apr. 12       $.21    "
      "$210,000\n"
      "  September         Sept. 14      Sept. 30       Oct. 15       $.23    "
      "$230,000\n"
      "  December          Dec. 14       Dec. 31   Jan. 14, 2005       $.23    "
      "$230,000\n"
      "                                                            ---------  "
      "----------\n"
      "  Total 2004                                                    $.67    "
      "$670,000\n"
      "\n"
      "2003\n"
      "  March             Mar. 11       Mar. 28        Apr. 14       $.19    "
      "$190,000\n"
      "  September         Sept. 16      Sept. 30       Oct. 15       $.21    "
      "$210,000\n"));
  const Dividend* march04 = WithAmount(got, "0.21");
  REQUIRE(march04);
  CHECK(march04->declared_date == "2004-03-09");
  CHECK(march04->payable_date == "2004-04-12");
  const Dividend* march03 = WithAmount(got, "0.19");
  REQUIRE(march03);
  CHECK(march03->record_date == "2003-03-28");
  // December's payment in the next year, as written.
  bool december = false;
  for (const Dividend& d : got) {
    december |=
        d.declared_date == "2004-12-14" && d.payable_date == "2005-01-14";
  }
  CHECK(december);
  // The totals are no dividends of the table.
  CHECK_FALSE(WithAmount(got, "670000.00"));
}

TEST_CASE("a preferred series table's heading wrapped under its years",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "Note 8 - Cumulative Preferred Stock\n\n"
      "<TABLE>\n"
      "<CAPTION>\n"
      "                          Shares      Optional  Dividends per share\n"
      "Series               Outstanding    Redemption      1997      1996\n"
      "                                         Price\n"
      "<S>                          <C>           <C>       <C>       <C>\n"
      "4.40% Series              50,000       $102.00     $4.40     $4.40\n"
      "6.10% Series             120,000       $103.50     $6.10     $6.10\n"
      "</TABLE>\n"));
  CHECK(CountOf(got, "4.40", "1997") == 1);
  CHECK(CountOf(got, "6.10", "1996") == 1);
  // The redemption prices are no dividends.
  CHECK_FALSE(WithAmount(got, "102.00"));
  for (const Dividend& d : got) CHECK(d.share_class == "Preferred");
}

TEST_CASE("class rows under an income statement's dividends section",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\n"
      "                                      Three Months Ended             "
      "Six Months Ended\n"
      "                                          June 30                  "
      "June 30\n"
      "                                          1999      1998      1999    "
      "  1998\n"
      "Net income                               4,365     3,910     8,089     "
      "7,222\n"
      "Cash dividends per share:\n"
      "  Class A Common                           .12       .11       .24     "
      "  .22\n"
      "  Class B Common                           .11       .10       .22     "
      "  .20\n"));
  const Dividend* a = WithAmount(got, "0.12");
  REQUIRE(a);
  CHECK(a->kind == "quarterly");
  CHECK(a->share_class == "Class A");
  bool b_quarter = false;
  for (const Dividend& d : got) {
    b_quarter |= d.per_share == "0.10" && d.share_class == "Class B" &&
                 d.kind == "quarterly";
  }
  CHECK(b_quarter);
}

TEST_CASE("a sentence's total, a pre-split rate, a count of holders",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "Interest and dividends on investment securities, including dividends "
      "of $61,000 on Federal Home Loan Bank stock, increased 4.2%. Dividends "
      "payable at December 31, 1997 include the extra dividend of $212,500.\n\n"
      "The first quarter 1997 dividend, paid before the split, was $.27 per "
      "share on the shares then outstanding, which is shown above as $.18. "
      "The Board declared a two-for-one split effected as a 100% stock "
      "dividend distributed on June 2, 1997. There were approximately 1,240 "
      "shareholders of record at March 3, 1998.\n\n"
      "On February 10, 1998 the Board declared dividends of $1.10 per share "
      "on the 4.40% Preferred Stock and a dividend of 19 cents per share on "
      "the Common Stock, payable April 1, 1998.\n"));
  CHECK_FALSE(WithAmount(got, "61000.00"));
  CHECK_FALSE(WithAmount(got, "212500.00"));
  CHECK_FALSE(WithAmount(got, "0.27"));
  for (const Dividend& d : got) CHECK(d.record_date != "1998-03-03");
  const Dividend* common = WithAmount(got, "0.19");
  REQUIRE(common);
  CHECK(common->share_class.empty());
  const Dividend* preferred = WithAmount(got, "1.10");
  REQUIRE(preferred);
  CHECK(preferred->share_class == "Preferred");
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

using testing::HtmlDoc;
using testing::TextDoc;
using testing::WithAmount;

TEST_CASE("an annual table in cents with a special column",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(
      "<html><body><p>FORM 20-F</p><p>Amounts are in Australian dollars "
      "(A$) unless otherwise stated.</p><table>"
      "<tr><td>Dividends per share (cents)</td><td>Interim</td><td>Final</td>"
      "<td>Special</td><td>Total</td></tr>"
      "<tr><td>Fiscal 2012</td><td>7.0</td><td>9.0</td><td>4.0</td>"
      "<td>20.0</td></tr>"
      "<tr><td>Fiscal 2011</td><td>6.5</td><td>8.5</td><td>&#8212;</td>"
      "<td>15.0</td></tr></table></body></html>"));
  const Dividend* total = WithAmount(got, "0.20");
  REQUIRE(total);
  CHECK(total->kind == "annual");
  CHECK(total->currency == "AUD");
  CHECK(total->check_failures.empty());
  const Dividend* interim = WithAmount(got, "0.07");
  REQUIRE(interim);
  CHECK(interim->kind == "interim");
  // The special column is no total: the year's special dividend.
  CHECK_FALSE(WithAmount(got, "4.00"));
  const Dividend* special = WithAmount(got, "0.04");
  REQUIRE(special);
  CHECK(special->kind == "special");
  CHECK(special->currency == "AUD");
}

TEST_CASE("a 20-F's year rows of ordinary and special dividends, a US$ column",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(
      "<html><body><p>FORM 20-F</p><p>The following table shows the "
      "dividends per share paid in respect of each year, in Swedish kronor "
      "and translated into U.S. dollars.</p><table>"
      "<tr><td>Fiscal year</td><td>Ordinary (SEK)</td><td>Special (SEK)</td>"
      "<td>Total (SEK)</td><td>Total (US$)</td></tr>"
      "<tr><td>2011</td><td>&nbsp;</td><td>4.50</td><td>&nbsp;</td>"
      "<td>2.00</td><td>&nbsp;</td><td>6.50</td><td>&nbsp;</td><td>0.98</td>"
      "</tr><tr><td>2010</td><td>&nbsp;</td><td>4.00</td><td>&nbsp;</td>"
      "<td>-</td><td>&nbsp;</td><td>4.00</td><td>&nbsp;</td><td>0.59</td>"
      "</tr></table></body></html>"));
  const Dividend* ordinary = WithAmount(got, "4.50");
  REQUIRE(ordinary);
  CHECK(ordinary->currency == "SEK");
  CHECK(ordinary->fiscal_year == "2011");
  const Dividend* special = WithAmount(got, "2.00");
  REQUIRE(special);
  CHECK(special->kind == "special");
  const Dividend* total = WithAmount(got, "6.50");
  REQUIRE(total);
  CHECK(total->kind == "annual");
  // The translation into US dollars is no dividend of its own.
  CHECK_FALSE(WithAmount(got, "0.98"));
  CHECK_FALSE(WithAmount(got, "0.59"));
}

TEST_CASE("a typed lead-in over column groups a blank line above",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n\n"
      "The table below sets forth the interim, final and total dividends "
      "declared\n"
      "in respect of each of the years indicated, expressed in pence per "
      "Ordinary\n"
      "Share, and the total dividends translated into US dollars per ADS.\n"
      "\n"
      "                         Pence per Ordinary Share            US$ per "
      "ADS\n"
      "                 ------------------------------------      "
      "------------\n"
      "    Year           Interim        Final        Total           Total\n"
      "    1995              4.20        8.65        12.85              0.80\n"
      "    1994              3.90        8.10        12.00              "
      "0.74\n"));
  const Dividend* interim = WithAmount(got, "0.042");
  REQUIRE(interim);
  CHECK(interim->currency == "GBP");
  CHECK(interim->kind == "interim");
  const Dividend* total = WithAmount(got, "0.12");
  REQUIRE(total);
  CHECK(total->kind == "annual");
  CHECK_FALSE(WithAmount(got, "0.80"));
  CHECK_FALSE(WithAmount(got, "0.74"));
}

TEST_CASE("installments, a part of a dividend, a translated year",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n\n"
      "At the annual ordinary general shareholders' meeting held on April 25, "
      "2003, shareholders approved a dividend of Ps. 0.60 per share, payable "
      "in two equal installments of Ps. 0.30 per share on May 14, 2003 and "
      "November 12, 2003.\n\n"
      "For 2003 the Board proposes a dividend of CHF 3.10 per registered share "
      "and CHF 15.50 per bearer share. Half of the proposed dividend, CHF 1.55 "
      "per registered share, will be paid out of capital contribution "
      "reserves.\n\n"
      "Translated at the 2003 average exchange rate, 2003 dividends were "
      "approximately US$2.31 per share.\n\n"
      "For fiscal 2002 the interim and final dividends were 6.5 cents and 8.0 "
      "cents per share.\n"));
  int installments = 0;
  for (const Dividend& d : got) {
    if (d.per_share != "0.30") continue;
    ++installments;
    CHECK(d.currency == "MXN");
    CHECK((d.payable_date == "2003-05-14" || d.payable_date == "2003-11-12"));
  }
  CHECK(installments == 2);
  CHECK(WithAmount(got, "3.10"));
  CHECK(WithAmount(got, "15.50"));
  CHECK_FALSE(WithAmount(got, "1.55"));
  CHECK_FALSE(WithAmount(got, "2.31"));
  const Dividend* interim = WithAmount(got, "0.065");
  REQUIRE(interim);
  CHECK(interim->kind == "interim");
  const Dividend* final_dividend = WithAmount(got, "0.080");
  REQUIRE(final_dividend);
  CHECK(final_dividend->kind == "year-end");
}

TEST_CASE("a convenience column of dollars before the same year in pesos",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(
      "<html><body><p>FORM 20-F</p><table>"
      "<tr><td>Year ended December 31,</td><td>2004</td><td>2004</td>"
      "<td>2003</td><td>2002</td></tr>"
      "<tr><td></td><td>US$(1)</td><td>Ps.</td><td>Ps.</td><td>Ps.</td></tr>"
      "<tr><td>Dividends per share</td><td>0.06</td><td>0.66</td>"
      "<td>0.60</td><td>0.54</td></tr></table></body></html>"));
  CHECK_FALSE(WithAmount(got, "0.06"));
  const Dividend* y2004 = WithAmount(got, "0.66");
  REQUIRE(y2004);
  CHECK(y2004->fiscal_year == "2004");
  CHECK(WithAmount(got, "0.54"));
}

TEST_CASE("an LLC's distribution in whole dollars per unit",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "On November 13, 2007 the Board declared a distribution of $425 per "
      "unit, or approximately $12.6 million, payable December 7, 2007 to "
      "members of record on November 13, 2007.\n"));
  const Dividend* d = WithAmount(got, "425.00");
  REQUIRE(d);
  CHECK(d->payable_date == "2007-12-07");
  CHECK_FALSE(WithAmount(got, "12600000.00"));
}

TEST_CASE("per registered share and per bearer share rows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(
      "<html><body><p>FORM 20-F</p><p>The following table shows the dividends "
      "per share relating to each of the last three financial years; the "
      "dividend for a financial year is paid in May of the following year:"
      "</p><table>"
      "<tr><td>Financial year</td><td>2010</td><td>2009</td><td>2008</td></tr>"
      "<tr><td>Per registered share (CHF)</td><td>3.20</td><td>3.00</td>"
      "<td>2.80</td></tr>"
      "<tr><td>Per bearer share (CHF)</td><td>16.00</td><td>15.00</td>"
      "<td>14.00</td></tr></table></body></html>"));
  const Dividend* registered = WithAmount(got, "3.20");
  REQUIRE(registered);
  CHECK(registered->currency == "CHF");
  CHECK(registered->fiscal_year == "2010");
  const Dividend* bearer = WithAmount(got, "14.00");
  REQUIRE(bearer);
  CHECK(bearer->fiscal_year == "2008");
}

}  // namespace
}  // namespace secx
