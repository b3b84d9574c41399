// Preferred series and restated amounts in annual and quarterly reports,
// written from general knowledge of such filings (no filing of the corpus
// or of the probe sets): a utility's table of preferred series with the
// years' dividends per share in columns, a declaration table with the
// common and a preferred stock's amounts side by side, a quarterly rate
// restated as a year's, an amount before a stock split, and fixed-width
// period titles centred over their columns; typed 1990s tables: a label
// wrapped over three lines, a year heading with a footnote mark, a title
// a blank line above its years, and fractions in prose.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::FilingBody;
using testing::SortedRows;
using testing::TextDoc;

// "kind fiscal_year per_share total class" per record, sorted.
std::vector<std::string> Rows(const std::vector<Dividend>& got) {
  return SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share + " " +
           d.total_amount + " " + d.share_class;
  });
}

bool HasAmount(const std::vector<Dividend>& got, const std::string& per) {
  return testing::WithAmount(got, per) != nullptr;
}

TEST_CASE(
    "preferred series table: the years' dividends per share of each series",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<p>Note 11 - Preferred Stock</p>
<p>Cumulative preferred stock, $100 par value, is redeemable at the prices shown.</p>
<table>
<tr><td>Series</td><td>Shares outstanding</td><td>Call price per share</td><td>Dividends declared per share 2011</td><td>Dividends declared per share 2010</td><td>Amount (thousands) 2011</td></tr>
<tr><td>3.90%</td><td>250,000</td><td>$</td><td>103.25</td><td>$</td><td>3.90</td><td>$</td><td>3.90</td><td>$</td><td>975</td></tr>
<tr><td>Series B</td><td>90,000</td><td>$</td><td>101.00</td><td>$</td><td>6.25</td><td>$</td><td>6.25</td><td>$</td><td>563</td></tr>
</table>)"));
  CHECK(Rows(got) == std::vector<std::string>{
                         "annual 2010 3.90  Preferred",
                         "annual 2010 6.25  Preferred",
                         "annual 2011 3.90 975000 Preferred",
                         "annual 2011 6.25 563000 Preferred",
                     });
  CHECK_FALSE(HasAmount(got, "103.25"));  // a call price, no dividend
}

TEST_CASE("preferred series named in full; series as the columns",
          "[facts][dividends][annual]") {
  // Rows named "Series B 6.10% Cumulative Redeemable Preferred Stock".
  auto got = ExtractDividends(FilingBody(R"(<p>Note 9 - Preferred Stock</p>
<p>The following series of preferred stock were outstanding:</p>
<table>
<tr><td></td><td>Shares Outstanding</td><td>Liquidation Preference Per Share</td><td>Dividends Declared Per Share 2019</td><td>Dividends Declared Per Share 2018</td></tr>
<tr><td>Series B 6.10% Cumulative Redeemable Preferred Stock</td><td>4,000,000</td><td>$</td><td>25</td><td>$</td><td>1.525</td><td>$</td><td>1.525</td></tr>
<tr><td>Series E Fixed-to-Floating Rate Non-Cumulative Preferred Stock (a)</td><td>20,000</td><td>$</td><td>10,000</td><td>$</td><td>587.50</td><td>$</td><td>293.75</td></tr>
</table>)"));
  CHECK(Rows(got) == std::vector<std::string>{
                         "annual 2018 1.525  Preferred",
                         "annual 2018 293.75  Preferred",
                         "annual 2019 1.525  Preferred",
                         "annual 2019 587.50  Preferred",
                     });
  // The series as the columns, one row a figure of each; the year's
  // dividend per share is a row of its own.
  got =
      ExtractDividends(FilingBody(R"(<p>Note 12. Cumulative Preferred Stock</p>
<p>The following series were outstanding at December 31:</p>
<table>
<tr><td></td><td>Series C 4.20%</td><td>Series F 7.00%</td></tr>
<tr><td>Shares outstanding</td><td>75,000</td><td>300,000</td></tr>
<tr><td>Optional redemption price per share</td><td>$</td><td>102.50</td><td>$</td><td>100.00</td></tr>
<tr><td>Dividends Declared Per Share \u2014 2012</td><td>$</td><td>4.20</td><td>$</td><td>7.00</td></tr>
<tr><td>Dividends Declared Per Share \u2014 2011</td><td>$</td><td>4.20</td><td>$</td><td>1.75</td></tr>
</table>)"));
  CHECK(Rows(got) == std::vector<std::string>{
                         "annual 2011 1.75  Preferred",
                         "annual 2011 4.20  Preferred",
                         "annual 2012 4.20  Preferred",
                         "annual 2012 7.00  Preferred",
                     });
  CHECK_FALSE(HasAmount(got, "102.50"));
  // A 10-Q's periods under a section line of the dividends per share.
  got = ExtractDividends(FilingBody(
      R"(<p>Preferred stock. Our Series A and Series B preferred stock are non-cumulative perpetual preferred stock.</p>
<table>
<tr><td></td><td>Series A</td><td>Series B</td></tr>
<tr><td>Liquidation preference per share</td><td>$</td><td>25,000</td><td>$</td><td>1,000</td></tr>
<tr><td>Dividends declared per share:</td></tr>
<tr><td>Three months ended June 30, 2019</td><td>$</td><td>381.25</td><td>$</td><td>15.00</td></tr>
<tr><td>Three months ended June 30, 2018</td><td>$</td><td>381.25</td><td></td><td>&#8212;</td></tr>
</table>)",
      "10-Q"));
  CHECK(Rows(got) == std::vector<std::string>{
                         "quarterly 2018 381.25  Preferred",
                         "quarterly 2019 15.00  Preferred",
                         "quarterly 2019 381.25  Preferred",
                     });
  // The same in capitals.
  got = ExtractDividends(FilingBody(
      R"(<p>Preferred stock. Our Series A preferred stock is non-cumulative perpetual preferred stock.</p>
<table>
<tr><td></td><td>Series A</td></tr>
<tr><td>Liquidation preference per share</td><td>$</td><td>25,000</td></tr>
<tr><td>DIVIDENDS DECLARED PER SHARE:</td></tr>
<tr><td>THREE MONTHS ENDED MARCH 31, 2021</td><td>$</td><td>381.25</td></tr>
<tr><td>SIX MONTHS ENDED JUNE 30, 2021</td><td>$</td><td>762.50</td></tr>
</table>)",
      "10-Q"));
  CHECK(Rows(got) == std::vector<std::string>{
                         " 2021 762.50  Preferred",
                         "quarterly 2021 381.25  Preferred",
                     });
  // Not about preferred stock: columns named like series are not read.
  got = ExtractDividends(FilingBody(R"(<p>Note 12. Notes payable</p>
<table>
<tr><td></td><td>Series C 4.20%</td><td>Series F 7.00%</td></tr>
<tr><td>Distributions Declared Per Share \u2014 2012</td><td>$</td><td>4.20</td><td>$</td><td>7.00</td></tr>
</table>)"));
  CHECK_FALSE(HasAmount(got, "7.00"));
}

TEST_CASE("series table: rows that name no series are not read",
          "[facts][dividends][annual]") {
  auto got =
      ExtractDividends(FilingBody(R"(<p>Preferred stock of subsidiaries</p>
<table>
<tr><td>Issuer</td><td>Dividends declared per share 2011</td></tr>
<tr><td>Northern Gas Company</td><td>$</td><td>4.00</td></tr>
</table>)"));
  CHECK_FALSE(HasAmount(got, "4.00"));
}

TEST_CASE("declaration table: common and preferred amounts of the same dates",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
     Dividends declared on Common Stock and on the 5.10% Series Preferred
Stock during 2001 were as follows:

Declared     Record date   Payable   Common per share   5.10% Preferred per share
             -----------   -------   ----------------   -------------------------
2/14/01           3/2/01   3/30/01              $.215                     $1.275
5/16/01           6/1/01   6/29/01              $.215                     $1.275
)"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.payable_date + " " + d.per_share + " " + d.share_class;
  });
  CHECK(rows == std::vector<std::string>{
                    "2001-03-30 0.215 ", "2001-03-30 1.275 Preferred",
                    "2001-06-29 0.215 ", "2001-06-29 1.275 Preferred"});
}

TEST_CASE(
    "a quarterly rate restated as a year's rate is no dividend of its own",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>In May 2012 we increased our quarterly dividend to $0.31 per share "
      "from $0.28 per share, an annualized rate of $1.24 per share.</p>",
      "10-Q"));
  CHECK(HasAmount(got, "0.31"));
  CHECK_FALSE(HasAmount(got, "1.24"));
  // A dividend stated only as a year's rate stays.
  got = ExtractDividends(FilingBody(
      "<p>In January 2012 the Board approved an increase in our dividend to "
      "$1.24 per share on an annualized basis.</p>",
      "10-Q"));
  CHECK(HasAmount(got, "1.24"));
}

TEST_CASE("an amount before a stock split is the restated dividend's",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>The dividend paid in the first quarter of 2006 was $.24 per share "
      "before restatement for the stock split.</p>"
      "<p>The dividend declared for the second quarter of 2006 was $0.50 per "
      "share on a pre-split basis, or $0.25 per share as adjusted for the "
      "split.</p>"));
  CHECK_FALSE(HasAmount(got, "0.24"));
  CHECK_FALSE(HasAmount(got, "0.50"));
  CHECK(HasAmount(got, "0.25"));
}

TEST_CASE("fixed-width period titles centred over their columns",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
                                      CONSOLIDATED STATEMENTS OF INCOME (Unaudited)

(In thousands, except per share amounts)       Thirteen Weeks Ended                  Twenty-six Weeks Ended
                                                      June 29, 2002   July 1, 2001            June 29, 2002   July 1, 2001
                                               --------------------   ------------   ----------------------   ------------
Net sales                                                  $188,402       $171,316                 $362,990       $331,875
Net income per share - diluted                                 $.38           $.31                     $.64           $.52
Cash dividends declared per share                              $.09           $.08                     $.18           $.16
Weighted average shares - diluted                            27,688         27,804                   27,701         27,790
)"));
  std::vector<std::string> rows = SortedRows(
      got, [](const Dividend& d) { return d.kind + " " + d.per_share; });
  // The thirteen weeks are quarters; the twenty-six weeks no year's.
  CHECK(rows == std::vector<std::string>{" 0.16", " 0.18", "quarterly 0.08",
                                         "quarterly 0.09"});
}

TEST_CASE("indicated and annualized rates beside the dividend they restate",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>On January 18, 2000, the Board of Directors declared a quarterly "
      "dividend of $.335 per share, payable March 1, 2000 to holders of "
      "record on February 4, 2000. The current indicated annual dividend "
      "rate is $1.34 per share.</p>"
      "<p>In June 2000 the Board of Trustees increased the monthly "
      "distribution to $.105 per share, an annualized rate of $1.26 per "
      "share.</p>"));
  CHECK(HasAmount(got, "0.335"));
  CHECK_FALSE(HasAmount(got, "1.34"));
  CHECK_FALSE(HasAmount(got, "1.26"));
  // An annualized figure in a sentence of its own.
  got = ExtractDividends(FilingBody(
      "<p>In July 2021 the Board increased the quarterly dividend to $0.27 "
      "per share. At the current quarterly rate, the annualized dividend is "
      "$1.08 per share.</p>"));
  CHECK(HasAmount(got, "0.27"));
  CHECK_FALSE(HasAmount(got, "1.08"));
  // A new rate stated for the year, and a preferred stock's terms.
  got = ExtractDividends(FilingBody(
      "<p>On October 19, 2004, the Board of Directors increased the "
      "quarterly dividend rate to $.40 per share, placing the common stock "
      "on an annual rate of $1.60 per share.</p>"
      "<p>Dividends on our 7.125% Series C Preferred Stock are payable "
      "quarterly in arrears at an annual rate of $1.78125 per share.</p>"));
  CHECK(HasAmount(got, "0.40"));
  CHECK_FALSE(HasAmount(got, "1.60"));
  CHECK_FALSE(HasAmount(got, "1.78125"));
}

TEST_CASE("typed statement rows: a label wrapped between per and share",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
                 CONSOLIDATED STATEMENT OF SHAREHOLDERS' EQUITY
                (Dollars in thousands, except per share amounts)

                                           Retained
                                           Earnings      Total
                                          ---------  ---------
Balance December 31, 2000 .............  $ 512,025  $ 642,815
  Net income ..........................     90,412     90,412
  Cash dividends:
    Common ($.84 per share) ...........    (30,310)   (30,310)
    Series B preferred ($3.75 per
      share) ..........................     (1,875)    (1,875)
  Cash dividends declared ($.21 per
    share) ............................     (7,712)    (7,712)
Balance December 31, 2001 .............  $ 564,327  $ 694,117
)"));
  CHECK(Rows(got) ==
        std::vector<std::string>{"annual 2001 0.21 7712000 ",
                                 "annual 2001 0.84 30310000 ",
                                 "annual 2001 3.75 1875000 Preferred"});
}

TEST_CASE(
    "amounts as first reported before a split, and a bank's dividend "
    "to its holding company",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>Accordingly, the quarterly dividend declared on March 2, 2015, "
      "originally reported as $0.60 per share, is presented as $0.40 per "
      "share.</p>"
      "<p>The Bank paid dividends of $85.00 per share on its 50,000 "
      "outstanding shares of common stock, all held by the Company.</p>"));
  CHECK(HasAmount(got, "0.40"));
  CHECK_FALSE(HasAmount(got, "0.60"));
  CHECK_FALSE(HasAmount(got, "85.00"));
}

TEST_CASE("typed selected data: a label over three lines, a footnote on a year",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
                     (In thousands, except per share data)

                                                                         Fiscal
                                Fiscal 2001  Fiscal 2000  Fiscal 1999   1998(1)    Fiscal 1997
                                -----------  -----------  -----------  ----------  -----------
Statement of Income Data
  Net sales .................   $ 1,211,399  $ 1,184,760  $ 1,133,904  $1,042,205  $   979,321
  Net income ................        51,856       36,720       37,452      34,581       32,636
Per Common Share Data
  Basic earnings per share ..   $      1.10  $       .78  $       .79  $      .74  $       .69
  Diluted earnings per
    share ...................          1.08          .78          .78         .73          .68
  Cash dividends
    declared per common
    share ...................           .26          .24          .22         .20          .18
Balance Sheet Data (end of year)
)"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share;
  });
  CHECK(rows == std::vector<std::string>{
                    "annual Fiscal 1997 0.18", "annual Fiscal 1998 0.20",
                    "annual Fiscal 1999 0.22", "annual Fiscal 2000 0.24",
                    "annual Fiscal 2001 0.26"});
}

TEST_CASE("typed quarter rows: a title a blank line above its years",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
Quarterly cash dividends per common share were:

                     Cash Dividends Declared per Share

                       1998  1997
                      -----  ----
First Quarter .....   $1/16    --
Second Quarter ....    1/16    --
Third Quarter .....     1/8  1/16
Fourth Quarter ....     1/8  1/16
                      -----  ----
Total .............   $ 3/8  $1/8
)"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share;
  });
  // The line of years is no row: 1997 is no amount.
  CHECK(rows == std::vector<std::string>{
                    "annual 1997 0.125", "annual 1998 0.375",
                    "quarterly 1997 0.0625", "quarterly 1997 0.0625",
                    "quarterly 1998 0.0625", "quarterly 1998 0.0625",
                    "quarterly 1998 0.125", "quarterly 1998 0.125"});
}

TEST_CASE("a fraction after a dollar amount in prose",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>Cash dividends declared per share were $.48 1/2 in 1995 and $.44 "
      "in 1994.</p>"));
  CHECK(HasAmount(got, "0.485"));
  CHECK_FALSE(HasAmount(got, "0.48"));
}

TEST_CASE("20-F history: part columns per ordinary share, their units below",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      R"(<p>The following table sets forth the dividends per ordinary share declared in respect of each of the years indicated and the amounts translated into U.S. dollars per ADS.</p>
<table>
<tr><td></td><td>Interim dividend per ordinary share</td><td>Final dividend per ordinary share</td><td>Total dividend per ordinary share</td><td>Total dividend per ADS(1)</td></tr>
<tr><td>Year</td><td>(&#8364;)</td><td>(&#8364;)</td><td>(&#8364;)</td><td>(US$)</td></tr>
<tr><td>2021</td><td>0.26</td><td>0.61(2)</td><td>0.87</td><td>2.04</td></tr>
<tr><td>2020</td><td>0.24</td><td>0.55</td><td>0.79</td><td>1.88</td></tr>
</table>)",
      "20-F"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share + " " + d.currency;
  });
  // The ADS column is the same dividends translated: not read.
  CHECK(rows == std::vector<std::string>{
                    "annual 2020 0.79 EUR", "annual 2021 0.87 EUR",
                    "interim 2020 0.24 EUR", "interim 2021 0.26 EUR",
                    "year-end 2020 0.55 EUR", "year-end 2021 0.61 EUR"});
}

TEST_CASE("typed 20-F history: a ruled group title over three heading lines",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
                                   FORM 20-F
     The following table sets out the interim, final and total dividends paid
in respect of each of the years indicated, in pence per Ordinary Share.

                     Dividends per Ordinary Share     Total per
                  ----------------------------------
                   Interim      Final       Total       ADS(1)
      Year         (pence)     (pence)     (pence)       ($)
                  ----------  ----------  ----------  ----------
      2001              5.20    11.40(2)       16.60       0.912
      2000              5.00       10.90       15.90       0.903
)"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share + " " + d.currency;
  });
  // The ADS column translates the same dividends: not read.
  CHECK(rows == std::vector<std::string>{
                    "annual 2000 0.159 GBP", "annual 2001 0.166 GBP",
                    "interim 2000 0.05 GBP", "interim 2001 0.052 GBP",
                    "year-end 2000 0.109 GBP", "year-end 2001 0.114 GBP"});
}

TEST_CASE("20-F history: a title line with the ADS column's first words",
          "[facts][dividends][annual]") {
  // "Cash dividends per share | Total per" over "Fiscal year ended March
  // 31, | Interim | Year-end | Total | ADS (US$)"; the sentence right under
  // the table is read as a sentence.
  auto got = ExtractDividends(FilingBody(
      R"(<p>The following table sets forth the dividends per share for the last two fiscal years:</p>
<table>
<tr><td>Cash dividends per share</td><td></td><td></td><td>Total per</td></tr>
<tr><td>Fiscal year ended March 31,</td><td>Interim</td><td>Year-end</td><td>Total</td><td>ADS (US$)</td></tr>
<tr><td>2015</td><td>&#165;20</td><td>&#165;25</td><td>&#165;45</td><td>$0.82</td></tr>
<tr><td>2014</td><td>&#165;18</td><td>&#165;22</td><td>&#165;40</td><td>$0.79</td></tr>
</table>
<p>The interim dividend for fiscal 2015 of &#165;20 per share (aggregate &#165;4,180 million) was paid on December 1, 2014 to shareholders of record as of September 30, 2014.</p>)",
      "20-F"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.per_share + " " + d.currency + " " + d.total_amount;
  });
  CHECK(rows ==
        std::vector<std::string>{"annual 40.00 JPY ", "annual 45.00 JPY ",
                                 "interim 18.00 JPY ", "interim 20.00 JPY ",
                                 "interim 20.00 JPY 4180000000",
                                 "year-end 22.00 JPY ", "year-end 25.00 JPY "});
}

TEST_CASE(
    "20-F dividends note: rows worded as sentences, a \"Date paid\" column",
    "[facts][dividends][annual]") {
  // Per share in a currency the heading names, totals in "A$ million", a
  // payment date with a footnote mark, a long section title.
  auto got = ExtractDividends(FilingBody(
      R"(<p>Note 19 &#8212; Dividends</p>
<table>
<tr><td></td><td>A$ per share</td><td>Total A$ million</td><td>Date paid</td></tr>
<tr><td>Dividends recognised in the year ended 30 June 2019</td></tr>
<tr><td>Final dividend for the year ended 30 June 2018 (fully franked)</td><td>0.41</td><td>702</td><td>20 September 2018</td></tr>
<tr><td>Interim dividend for the year ended 30 June 2019 (fully franked)</td><td>0.37</td><td>634</td><td>21 March 2019</td></tr>
<tr><td>Dividends determined after 30 June 2019 (not recognised as a liability)</td></tr>
<tr><td>Final dividend for the year ended 30 June 2019 (fully franked)</td><td>0.44</td><td>753</td><td>19 September 2019<sup>(1)</sup></td></tr>
</table>
<p>(1) Payable.</p>)",
      "20-F"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.per_share + " " + d.currency + " " + d.payable_date + " " +
           d.total_amount;
  });
  CHECK(rows == std::vector<std::string>{"0.37 AUD 2019-03-21 634000000",
                                         "0.41 AUD 2018-09-20 702000000",
                                         "0.44 AUD 2019-09-19 753000000"});
}

TEST_CASE("typed 20-F history: parts ruled over pence and per-ADS columns",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
                                   FORM 20-F
     The following table shows the dividends paid or proposed per Ordinary
Share and per ADS in respect of each of the last two financial years.

                              Interim            Final             Total
                         ----------------- ----------------- -----------------
                                     $ per             $ per             $ per
Year ended 31 December      pence      ADS    pence      ADS    pence      ADS
                          -------  -------  -------  -------  -------  -------
2005                         5.1     0.36      9.9     0.70*    15.0     1.06*
2004                         4.8     0.35      9.4     0.71     14.2     1.06
)"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share + " " + d.currency;
  });
  // The per-ADS columns translate the same dividends: not read.
  CHECK(rows == std::vector<std::string>{
                    "annual 2004 0.142 GBP", "annual 2005 0.15 GBP",
                    "interim 2004 0.048 GBP", "interim 2005 0.051 GBP",
                    "year-end 2004 0.094 GBP", "year-end 2005 0.099 GBP"});
}

TEST_CASE(
    "typed 20-F selected data: the per-ADS row under a title over some years",
    "[facts][dividends][annual]") {
  // The title "Year ended 31 March" centred over the first years heads
  // the two rows' cells differently; the per-ADS row is the same
  // dividends translated in every year.
  auto got = ExtractDividends(TextDoc(R"(
                                   FORM 20-F
A.  Selected financial data

                                       Year ended 31 March
                              2009      2008      2007      2006      2005
                           --------  --------  --------  --------  --------
Basic earnings per share .      31.1p     29.0p     27.6p     26.1p     24.8p
Dividends per ordinary share    14.80p    14.20p    13.60p    13.00p    12.40p
Dividends per ADS ($)(1) .      $1.08     $1.12     $1.07     $0.91     $0.94
)"));
  std::vector<std::string> rows = SortedRows(
      got, [](const Dividend& d) { return d.per_share + " " + d.currency; });
  CHECK(rows == std::vector<std::string>{"0.124 GBP", "0.13 GBP", "0.136 GBP",
                                         "0.142 GBP", "0.148 GBP"});
}

TEST_CASE(
    "typed income statement: figures set a few characters off their years",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
                                   FORM 10-Q
                 CONSOLIDATED STATEMENTS OF INCOME (Unaudited)
               (In thousands, except share and per share amounts)

                                     Three Months Ended     Six Months Ended
                                          June 30,              June 30,
                                     -------------------   -------------------
                                       2004       2003       2004       2003
                                     --------   --------   --------   --------
Net income ............................     $4,913     $4,448     $9,427     $8,646
Net income per share - basic and diluted      $.22       $.20       $.42       $.39
Dividends declared per share ..........       $.34       $.33     $.6725     $.6525
)"));
  std::vector<std::string> rows = SortedRows(
      got, [](const Dividend& d) { return d.per_share + " " + d.kind; });
  CHECK(rows == std::vector<std::string>{"0.33 quarterly", "0.34 quarterly",
                                         "0.6525 ", "0.6725 "});
}

TEST_CASE("typed preferred series table: stacked headings over ruled groups",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
NOTE 8.  CUMULATIVE PREFERRED STOCK

     Cumulative preferred stock, $100 par value, authorized 1,500,000
shares; outstanding and dividends declared were as follows:

                                                Dividends         Dividends
                         Shares                Declared Per        Declared
                    Outstanding  Call Price       Share          (Thousands)
                    -----------  ---------- ----------------- -----------------
Series                                          2005     2004     2005     2004
                                                ----     ----     ----     ----
3.75% Series ....        50,000     $102.00    $3.75    $3.75     $188     $188
4.56% Series ....        40,000     $101.00    $4.56    $4.56     $182     $182
6.70% Series ....       150,000     $103.35    $6.70    $6.70   $1,005   $1,005
7.40% Series (a)             --          --       --    $3.70       --     $444
    (a) Redeemed July 1, 2004: two quarters' dividends.
                    -----------  ----------  -------  -------  -------  -------
)"));
  CHECK(Rows(got) ==
        std::vector<std::string>{"annual 2004 3.70 444000 Preferred",
                                 "annual 2004 3.75 188000 Preferred",
                                 "annual 2004 4.56 182000 Preferred",
                                 "annual 2004 6.70 1005000 Preferred",
                                 "annual 2005 3.75 188000 Preferred",
                                 "annual 2005 4.56 182000 Preferred",
                                 "annual 2005 6.70 1005000 Preferred"});
  CHECK_FALSE(HasAmount(got, "102.00"));  // a call price
}

TEST_CASE("20-F selected data and dividend history in yen",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<table>
<tr><td></td><td colspan="6">Years ended March 31</td></tr>
<tr><td></td><td colspan="2">2016</td><td colspan="2">2015</td><td colspan="2">2016</td></tr>
<tr><td>Per share data:</td></tr>
<tr><td>Cash dividends applicable to the year(1)</td><td>&#165;</td><td>44.00</td><td>&#165;</td><td>40.00</td><td>$</td><td>0.39</td></tr>
</table>
<p>The following table sets forth the cash dividends per share applicable to each of the last two fiscal years:</p>
<p>(Yen)</p>
<table>
<tr><td>Fiscal year ended March 31,</td><td colspan="2">Interim</td><td colspan="2">Year-end</td><td colspan="2">Total</td></tr>
<tr><td>2016</td><td>&#165;</td><td>21</td><td>&#165;</td><td>23</td><td>&#165;</td><td>44</td></tr>
</table>)",
                                         "20-F"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.per_share + " " + d.currency;
  });
  // The dollar column is the 2016 yen amount translated: not read.
  CHECK(rows == std::vector<std::string>{
                    "annual 40.00 JPY", "annual 44.00 JPY", "annual 44.00 JPY",
                    "interim 21.00 JPY", "year-end 23.00 JPY"});
}

TEST_CASE("statement rows: one rate of two classes, a preferred series' rate",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "\t2012\t\t2011\n"
      "Cash dividends declared per Class A and Class B share\t\t0.34\t\t0.31\n"
      "Net income\t\t120\n"
      "Preferred dividends \u2014 Series C ($2.125 per share)\t\t(6,375)\n"
      "Balance at December 31, 2012\t$\t610\n"));
  std::vector<std::string> rows = SortedRows(
      got, [](const Dividend& d) { return d.per_share + " " + d.share_class; });
  CHECK(rows == std::vector<std::string>{"0.31 ", "0.34 ", "2.125 Preferred"});
}

TEST_CASE("typed market table: a quarter's label wrapped over its year",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(
The table below sets forth the high and low bid prices and the dividends
declared per share for each quarter of the last fiscal year.

                                          High         Low   Dividends
                                                              Declared
                                                              --------
Fiscal 1999
  Quarter ended September 30,
    1998 ........................      $22 1/4     $17 1/8        $.11
  Quarter ended December 31, 1998       21 1/8      18 1/8        .11
  Quarter ended March 31, 1999 ..       23 5/8          19         .12
  Quarter ended June 30, 1999 ...       20 3/8      17 1/2         .12
)"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share;
  });
  CHECK(rows ==
        std::vector<std::string>{"quarterly 1999 0.11", "quarterly 1999 0.11",
                                 "quarterly 1999 0.12", "quarterly 1999 0.12"});
}

TEST_CASE("20-F yearly history per registered share, a special column",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      R"(<p>The following table sets forth the dividends per registered share paid in respect of the years indicated.</p>
<table>
<tr><td>Financial year</td><td>Dividend per registered share (CHF)</td><td>Special dividend per registered share (CHF)</td><td>Dividend per ADS (US$)(1)</td></tr>
<tr><td>2012(2)</td><td>1.60</td><td>&#8212;</td><td>0.171</td></tr>
<tr><td>2011</td><td>1.40</td><td>0.80</td><td>0.149</td></tr>
</table>
<p>Dividends paid to ADS holders are distributed net of the depositary's fees of up to US$0.05 per ADS.</p>)",
      "20-F"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share + " " + d.currency;
  });
  CHECK(rows == std::vector<std::string>{"annual 2011 1.40 CHF",
                                         "annual 2012 1.60 CHF",
                                         "special 2011 0.80 CHF"});
}

TEST_CASE("a part's kind word stays with the part's amount",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      "<p>The Company declared dividends totaling $0.81 per share in fiscal "
      "2014, including the special cash dividend of $0.30 per share paid in "
      "March 2014, and $0.44 per share in fiscal 2013.</p>"));
  for (const Dividend& d : got) {
    INFO(d.per_share);
    if (d.per_share == "0.30") CHECK(d.kind == "special");
    if (d.per_share == "0.44") CHECK(d.kind != "special");
  }
  CHECK(HasAmount(got, "0.44"));
}

TEST_CASE("selected data: a two-class section over regular and special rows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("(In thousands, except per share data)\t2011\t\t2010\n"
              "Cash dividends declared per share (Class A and Class B):\n"
              "Regular\t$\t.66\t$\t.60\n"
              "Special\t$\t1.50\t\t\xE2\x80\x94\n"
              "Total assets\t$\t1,859,748\t$\t1,783,481\n"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share + " " +
           d.share_class;
  });
  CHECK(rows == std::vector<std::string>{"annual 2010 0.60 ",
                                         "annual 2011 0.66 ",
                                         "special 2011 1.50 "});
}

TEST_CASE("a Canadian bank's preferred series rows under a per-share title",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      R"(<p>Dividends declared per share on the Corporation's preferred shares were as follows:</p>
<table>
<tr><td></td><td colspan="4">For the three months ended</td></tr>
<tr><td>Dividends declared per share</td><td colspan="2">April 30, 2009</td><td colspan="2">April 30, 2008</td></tr>
<tr><td>Class A Preferred Shares Series 16</td><td>C$</td><td>0.303125</td><td>C$</td><td>0.303125</td></tr>
</table>)",
      "6-K"));
  REQUIRE(got.size() == 2);
  for (const Dividend& d : got) {
    CHECK(d.per_share == "0.303125");
    CHECK(d.share_class == "Preferred");
    CHECK(d.kind == "quarterly");
  }
  // The series' terms in parentheses after its name.
  got = ExtractDividends(FilingBody(
      R"(<p>Dividends declared per share on our preferred shares were as follows (Canadian dollars):</p>
<table>
<tr><td></td><td>For the three months ended</td></tr>
<tr><td></td><td>April 30, 2016</td></tr>
<tr><td>Class A Preferred Shares Series 1 (rate reset, non-cumulative)</td><td>$</td><td>0.24375</td></tr>
</table>)",
      "6-K"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.24375");
  CHECK(got[0].share_class == "Preferred");
}

TEST_CASE("series named alone under a title of the class, a terms column",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      R"(<p>Dividends declared on Class B First Preferred Shares (per share, Canadian dollars):</p>
<table>
<tr><td>&#160;</td><td>Fiscal 2020</td><td>Fiscal 2019</td><td>Redemption / liquidation amount</td></tr>
<tr><td>Series 3</td><td>$1.2000</td><td>$1.2000</td><td>$25.00</td></tr>
<tr><td>Series 7 (issued May 2019)</td><td>$1.5000</td><td>$0.9125</td><td>$25.00</td></tr>
</table>)",
      "40-F"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.per_share + " " + d.currency + " " +
           d.share_class;
  });
  // The redemption amount ($25.00) is no dividend.
  CHECK(rows == std::vector<std::string>{"Fiscal 2019 0.9125 CAD Preferred",
                                         "Fiscal 2019 1.2000 CAD Preferred",
                                         "Fiscal 2020 1.2000 CAD Preferred",
                                         "Fiscal 2020 1.5000 CAD Preferred"});
}

TEST_CASE("quarter columns captioned by the per-share label, years as rows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      R"(<table>
<tr><td>Dividends declared per common share</td><td>Q1</td><td>Q2</td><td>Q3</td><td>Q4</td><td>Total</td></tr>
<tr><td>Fiscal 2020</td><td>$0.50</td><td>$0.50</td><td>$0.55</td><td>$0.55</td><td>$2.10</td></tr>
</table>)",
      "10-K"));
  std::vector<std::string> rows = SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.kind + " " + d.per_share;
  });
  CHECK(rows == std::vector<std::string>{
                    "Fiscal 2020 annual 2.10", "Fiscal 2020 quarterly 0.50",
                    "Fiscal 2020 quarterly 0.50", "Fiscal 2020 quarterly 0.55",
                    "Fiscal 2020 quarterly 0.55"});
}

}  // namespace
TEST_CASE("preferred series as columns, quarters as rows, under a lead-in",
          "[facts][dividends][annual]") {
  auto typed = ExtractDividends(TextDoc(R"(
     Preferred Stock.  Dividends declared per share on the Company's
6.00% Series C Cumulative Preferred Stock and 7.20% Series D Cumulative
Preferred Stock in 1998, with the amount per Series D depositary share,
were as follows:

                                                      Series D
                                                     Depositary
1998                        Series C     Series D       Share
                           ----------   ----------   ----------
First Quarter .........    $     .375   $     1.80   $      .18
Second Quarter ........          .375         1.80          .18
Third Quarter .........          .375         1.80          .18
Fourth Quarter ........          .375         1.80          .18
)"));
  std::vector<std::string> want;
  for (int q = 0; q < 4; ++q) {
    want.push_back("quarterly 1998 0.375  Preferred");
    want.push_back("quarterly 1998 1.80  Preferred");
  }
  std::sort(want.begin(), want.end());
  CHECK(Rows(typed) == want);
  CHECK_FALSE(HasAmount(typed, "0.18"));  // per depositary share

  // HTML: one heading row; the year only in the lead-in.
  auto html = ExtractDividends(FilingBody(
      R"(<p>The following table sets forth the dividends declared per share on our Series C and Series D Preferred Stock in 2019:</p>
<table>
<tr><td></td><td>Series C</td><td>Series D</td><td>Series D Depositary Share</td></tr>
<tr><td>First Quarter</td><td>$</td><td>0.375</td><td>$</td><td>1.80</td><td>$</td><td>0.18</td></tr>
<tr><td>Second Quarter</td><td>$</td><td>0.375</td><td>$</td><td>1.80</td><td>$</td><td>0.18</td></tr>
</table>)"));
  CHECK(Rows(html) ==
        std::vector<std::string>{"quarterly 2019 0.375  Preferred",
                                 "quarterly 2019 0.375  Preferred",
                                 "quarterly 2019 1.80  Preferred",
                                 "quarterly 2019 1.80  Preferred"});

  // A column of some other figure: the table is not read.
  auto other = ExtractDividends(FilingBody(
      R"(<p>The following table sets forth the dividends declared per share on our Series C Preferred Stock in 2019:</p>
<table>
<tr><td></td><td>Series C</td><td>Liquidation value</td></tr>
<tr><td>First Quarter</td><td>$</td><td>0.375</td><td>$</td><td>25.00</td></tr>
</table>)"));
  CHECK_FALSE(HasAmount(other, "0.375"));
  CHECK_FALSE(HasAmount(other, "25.00"));
}

TEST_CASE("20-F selected data: a dividend per registered share, its ADS twin",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<p>Item 3. Key Information</p>
<table>
<tr><td></td><td>2012</td><td>2011</td></tr>
<tr><td>Basic earnings per share (CHF)</td><td>4.10</td><td>3.85</td></tr>
<tr><td>Dividend per registered share (CHF) (1)</td><td>1.80</td><td>1.65</td></tr>
<tr><td>Dividend per ADS (US$) (2)</td><td>0.39</td><td>0.35</td></tr>
</table>
<p>(2) One ADS represents one-fifth of one registered share.</p>)",
                                         "20-F"));
  CHECK(Rows(got) ==
        std::vector<std::string>{"annual 2011 1.65  ", "annual 2012 1.80  "});
  CHECK_FALSE(HasAmount(got, "0.39"));
}

TEST_CASE("dividends note: each row's rate and the prior year's, two totals",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(
      R"(<p>Notes to the consolidated financial statements - 12. Dividends</p>
<table>
<tr><td></td><td>2019</td><td>2018</td></tr>
<tr><td></td><td>£ million</td><td>£ million</td></tr>
<tr><td>Amounts recognised as distributions to equity holders in the year</td></tr>
<tr><td>Final dividend for the year ended 31 December 2018 of 21.0p (2017: 19.5p) per share</td><td>410</td><td>383</td></tr>
<tr><td>Interim dividend for the year ended 31 December 2019 of 9.8p (2018: 9.2p) per share</td><td>191</td><td>180</td></tr>
<tr><td>Proposed final dividend for the year ended 31 December 2019 of 22.4p (2018: 21.0p) per share</td><td>437</td><td>410</td></tr>
</table>
<p>Rowan Brewing plc, in which the Group holds a 30% interest, declared a final dividend of 11.0 pence per share.</p>)",
      "20-F"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    rows.push_back(d.kind + " " + d.fiscal_year + " " + d.per_share + " " +
                   d.currency + " " + d.total_amount + " " + d.status);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows ==
        std::vector<std::string>{"interim 2018 0.092 GBP 180000000 paid",
                                 "interim 2019 0.098 GBP 191000000 paid",
                                 "year-end 2017 0.195 GBP 383000000 paid",
                                 "year-end 2018 0.21 GBP 410000000 paid",
                                 "year-end 2019 0.224 GBP 437000000 proposed"});
}

TEST_CASE("classes' rows under a lead-in of each class's dividends per share",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::HtmlDoc(R"(<html><body><p>FORM 40-F</p>
<p>The following table sets out the cash dividends declared per share on each
class of the Corporation's outstanding shares for each of the three most
recently completed financial years.</p>
<table>
<tr><td></td><td colspan="2">2011</td><td colspan="2">2010</td></tr>
<tr><td>Common shares</td><td>$</td><td>1.475</td><td>$</td><td>1.41</td></tr>
<tr><td>Cumulative Redeemable First Preferred Shares, Series 1</td><td>$</td><td>1.25</td><td>$</td><td>1.25</td></tr>
<tr><td>Cumulative 5-Year Rate Reset First Preferred Shares, Series 3</td><td>$</td><td>1.125</td><td>$</td><td>0.2158</td><td>(1)</td></tr>
</table></body></html>)"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.per_share + " " + d.share_class;
  });
  CHECK(rows == std::vector<std::string>{"2010 0.2158 Preferred",
                                         "2010 1.25 Preferred", "2010 1.41 ",
                                         "2011 1.125 Preferred",
                                         "2011 1.25 Preferred", "2011 1.475 "});
  // Without the lead-in the rows name no dividends.
  got = ExtractDividends(testing::HtmlDoc(R"(<html><body><p>FORM 40-F</p>
<p>The following table sets out the shares outstanding.</p>
<table>
<tr><td></td><td colspan="2">2011</td><td colspan="2">2010</td></tr>
<tr><td>Common shares</td><td>$</td><td>1.475</td><td>$</td><td>1.41</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

}  // namespace secx
