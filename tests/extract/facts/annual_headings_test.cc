// Dividends of annual and quarterly reports written in layouts of the
// thirty-fifth session's blind batches, made up here from general
// knowledge of such filings (no filing of a batch or the corpus): a
// preferred series table whose dividend heading spans its years or stands
// over the row labels, two merger companies' market columns named with
// their stock, another company's dividend after a sentence on the merger,
// a foreign filer's cents, quarters headed by their last months or by bare
// ordinals, and typed years one blank apart.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/facts/text_scan.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::FilingBody;
using testing::SortedRows;
using testing::TextDoc;

// "kind fiscal_year per_share class" per record of `rule`, sorted.
std::vector<std::string> Rows(const std::vector<Dividend>& got,
                              const std::string& rule) {
  std::vector<Dividend> of;
  for (const Dividend& d : got) {
    if (d.span.rule == rule) of.push_back(d);
  }
  return SortedRows(of, [](const Dividend& d) {
    return d.kind + " " + d.fiscal_year + " " + d.per_share + " " +
           d.share_class;
  });
}

std::vector<Dividend> WithRegistrant(const std::string& text,
                                     const std::string& registrant) {
  Document doc = TextDoc(text);
  facts::KeywordHits hits(doc.text);
  return ExtractDividends(doc, hits, nullptr, registrant);
}

TEST_CASE("preferred series: a dividend heading over its years' columns",
          "[facts][dividends][annual]") {
  auto got =
      ExtractDividends(FilingBody(R"(<p>Note 9 - Cumulative Preferred Stock</p>
<p>Cumulative preferred stock outstanding, and dividends declared per share, were:</p>
<table>
<tr><td></td><td>Par Value</td><td>Shares Outstanding</td><td>Redemption Price Per Share</td><td colspan="2">Dividends Declared Per Share</td></tr>
<tr><td></td><td></td><td></td><td></td><td>2019</td><td>2018</td></tr>
<tr><td>4.20% Series</td><td>$100</td><td>40,000</td><td>$</td><td>102.00</td><td>$</td><td>4.20</td><td>$</td><td>4.20</td></tr>
<tr><td>7.00% Series</td><td>$25</td><td>900,000</td><td>$</td><td>25.50</td><td>$</td><td>1.75</td><td>$</td><td>1.75</td></tr>
</table>)"));
  CHECK(Rows(got, "dividend.series_table") == std::vector<std::string>{
                                                  "annual 2018 1.75 Preferred",
                                                  "annual 2018 4.20 Preferred",
                                                  "annual 2019 1.75 Preferred",
                                                  "annual 2019 4.20 Preferred",
                                              });
  // A redemption price is no dividend.
  for (const Dividend& d : got) {
    CHECK(d.per_share != "102.00");
    CHECK(d.per_share != "25.50");
  }
}

TEST_CASE("preferred series: the stub's heading says what the periods hold",
          "[facts][dividends][quarterly]") {
  auto got = ExtractDividends(FilingBody(
      R"(<p>Note 5 - Preferred Stock. Dividends declared per preferred share were as follows:</p>
<table>
<tr><td></td><td colspan="4">Three Months Ended March 31,</td><td colspan="4">Nine Months Ended March 31,</td></tr>
<tr><td>Dividends declared per preferred share</td><td colspan="2">2016</td><td colspan="2">2015</td><td colspan="2">2016</td><td colspan="2">2015</td></tr>
<tr><td>5.50% Series ($100 par)</td><td>$</td><td>1.375</td><td>$</td><td>1.375</td><td>$</td><td>4.125</td><td>$</td><td>4.125</td></tr>
</table>)",
      "10-Q"));
  CHECK(Rows(got, "dividend.series_table") ==
        std::vector<std::string>{
            " 2015 4.125 Preferred",
            " 2016 4.125 Preferred",
            "quarterly 2015 1.375 Preferred",
            "quarterly 2016 1.375 Preferred",
        });
}

TEST_CASE("merger market table: the group naming the registrant's stock",
          "[facts][dividends][annual]") {
  const std::string text = R"(MARKET PRICES AND DIVIDENDS

                        Ashby Common Stock       Corrine Common Stock
                         High      Low     Div.     High      Low     Div.
                    ------------------------------------------------------
2008
  First Quarter        21 1/4   19 1/2      .14   44 3/8   40 7/8      .33
  Second Quarter       22 1/4   20 1/2      .14   45 3/8   41 7/8      .33
)";
  auto got = WithRegistrant(text, "Ashby Financial Corp");
  CHECK(
      Rows(got, "dividend.quarter_rows") ==
      std::vector<std::string>{"quarterly 2008 0.14 ", "quarterly 2008 0.14 "});
  // Not the registrant named: no group is its own, none is read.
  CHECK(Rows(WithRegistrant(text, "Beltane Holdings"), "dividend.quarter_rows")
            .empty());
}

TEST_CASE("another company's dividend after a sentence on the merger",
          "[facts][dividends][prose]") {
  auto got = WithRegistrant(
      R"(Under the merger agreement the Company may not pay quarterly dividends above $.20 per share before the closing. Corrine has paid quarterly dividends of $.45 per share since 2007.
)",
      "Ashby Financial Corp");
  for (const Dividend& d : got) CHECK(d.per_share != "0.45");
}

TEST_CASE("bare cents take the sentence's one foreign dollar",
          "[facts][dividends][prose]") {
  auto got = ExtractDividends(TextDoc(
      R"(On 20 August 2009 the directors declared a final dividend of 8 cents per share, payable on 30 September 2009 (A$31.2 million).

On 20 February 2010 the directors declared an interim dividend of 9 cents per share, payable on 30 March 2010 ($35.0 million).
)"));
  std::vector<std::string> amounts;
  for (const Dividend& d : got)
    amounts.push_back(d.per_share + " " + d.currency);
  std::sort(amounts.begin(), amounts.end());
  CHECK(amounts == std::vector<std::string>{"0.08 AUD", "0.09 USD"});
}

TEST_CASE("quarters headed by their last months, years as rows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc(R"(Item 5. Market for the Registrant's Common Equity

Cash dividends declared        Sept.     Dec.    March     June    Total
                          ---------------------------------------------
Fiscal 2009                $    .21      .21      .22      .22 $    .86
Fiscal 2008                $    .20      .20      .21      .21 $    .82
)"));
  CHECK(Rows(got, "dividend.year_rows") == std::vector<std::string>{
                                               "annual Fiscal 2008 0.82 ",
                                               "annual Fiscal 2009 0.86 ",
                                               "quarterly Fiscal 2008 0.20 ",
                                               "quarterly Fiscal 2008 0.20 ",
                                               "quarterly Fiscal 2008 0.21 ",
                                               "quarterly Fiscal 2008 0.21 ",
                                               "quarterly Fiscal 2009 0.21 ",
                                               "quarterly Fiscal 2009 0.21 ",
                                               "quarterly Fiscal 2009 0.22 ",
                                               "quarterly Fiscal 2009 0.22 ",
                                           });
  // Months out of a quarter's steps are no quarters; nor are totals.
  auto none = ExtractDividends(
      TextDoc(R"(Cash dividends declared        Jan.     Feb.    March    April
                          ------------------------------------
Fiscal 2009                $  1,210    1,210    1,220    1,220
)"));
  CHECK(Rows(none, "dividend.year_rows").empty());
}

TEST_CASE("bare ordinals over a market table's year groups are quarters",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      FilingBody(R"(<p>Item 5. Market for Registrant's Common Equity</p>
<table>
<tr><td></td><td colspan="2">First</td><td colspan="2">Second</td><td colspan="2">Third</td><td colspan="2">Fourth</td><td colspan="2">Year</td></tr>
<tr><td>2014</td></tr>
<tr><td>High</td><td></td><td>41.75</td><td></td><td>43.25</td><td></td><td>44.25</td><td></td><td>42.62</td><td></td><td>44.25</td></tr>
<tr><td>Low</td><td></td><td>36.50</td><td></td><td>38.25</td><td></td><td>39.50</td><td></td><td>37.00</td><td></td><td>36.50</td></tr>
<tr><td>Dividends declared</td><td>$</td><td>0.24</td><td></td><td>0.24</td><td></td><td>0.25</td><td></td><td>0.25</td><td>$</td><td>0.98</td></tr>
</table>)"));
  CHECK(Rows(got, "dividend.period_row") == std::vector<std::string>{
                                                "annual 2014 0.98 ",
                                                "quarterly 2014 0.24 ",
                                                "quarterly 2014 0.24 ",
                                                "quarterly 2014 0.25 ",
                                                "quarterly 2014 0.25 ",
                                            });
}

TEST_CASE("typed year headings one blank apart are columns each",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(ITEM 6. SELECTED FINANCIAL DATA

(In thousands, except per share data)    Fiscal 1997 Fiscal 1996 Fiscal 1995
                                        -----------------------------------
Net income per share                     $     1.48       1.31       1.17
Cash dividends declared per share        $      .30        .26        .24
)"));
  CHECK(Rows(got, "dividend.period_row") == std::vector<std::string>{
                                                "annual Fiscal 1995 0.24 ",
                                                "annual Fiscal 1996 0.26 ",
                                                "annual Fiscal 1997 0.30 ",
                                            });
}

TEST_CASE("a typed paragraph on quarters above a table of years",
          "[facts][dividends][annual]") {
  // The wrapped prose speaks of a quarter; the table under it is of years.
  auto got = ExtractDividends(TextDoc(
      R"(On May 2, 2001 the Company declared a dividend of $.15 per share. Dunmore
has paid quarterly dividends of $.40 per share since the second quarter of 2000
and may not raise them before the closing.

SELECTED PER SHARE DATA

                                                   2000       1999
                                            ----------------------
  Net income per share                       $     1.41 $     1.28
  Cash dividends declared per share          $      .58 $      .54
)"));
  CHECK(Rows(got, "dividend.period_row") ==
        std::vector<std::string>{"annual 1999 0.54 ", "annual 2000 0.58 "});
}

TEST_CASE("a fund's distributions of a year, quarter by quarter",
          "[facts][dividends][prose]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nDistributions in 2010 were $.41 per share in each of the "
      "first two quarters and $.43 per share in each of the last two "
      "quarters.\n"));
  CHECK(Rows(got, "dividend.each_quarter") == std::vector<std::string>{
                                                  "quarterly 2010 0.41 ",
                                                  "quarterly 2010 0.41 ",
                                                  "quarterly 2010 0.43 ",
                                                  "quarterly 2010 0.43 ",
                                              });
}

TEST_CASE("a half-yearly payer's note: one row a dividend by year and part",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(NOTE 6 - DIVIDENDS

                                           Pence per share     GBP million
                                          --------------------------------
2003 interim (payable 4 November 2003)                 5.1             7.2
2002 interim (paid 5 November 2002)                    4.8             6.8
2002 final (paid 20 May 2003)                          9.6            13.5
                                          --------------------------------
2002 total                                            14.4            20.3
)"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    if (d.span.rule != "dividend.part_rows") continue;
    rows.push_back(d.kind + " " + d.fiscal_year + " " + d.per_share + " " +
                   d.currency + " " + d.total_amount + " " + d.payable_date +
                   " " + d.status);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{
                    "annual 2002 0.144 GBP 20300000  ",
                    "interim 2002 0.048 GBP 6800000 2002-11-05 paid",
                    "interim 2003 0.051 GBP 7200000 2003-11-04 declared",
                    "year-end 2002 0.096 GBP 13500000 2003-05-20 paid",
                });
}

TEST_CASE("a note's rows by part under a stub heading of the rate's unit",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(<p>Dividends</p>
<table>
<tr><td>Dividend per share (EUR)</td><td>Amount</td><td>Paid</td></tr>
<tr><td>Interim 2015</td><td>0.35</td><td>8 Sep 2015</td></tr>
<tr><td>Final 2014</td><td>0.45</td><td>12 May 2015</td></tr>
</table>)",
                                         "6-K"));
  CHECK(Rows(got, "dividend.part_rows") ==
        std::vector<std::string>{"interim 2015 0.35 ", "year-end 2014 0.45 "});
  // Rows of results by half year are no dividends.
  auto none = ExtractDividends(FilingBody(R"(<p>Results and dividends</p>
<table>
<tr><td></td><td>Revenue (EUR million)</td><td>Earnings per share (EUR)</td></tr>
<tr><td>Interim 2015</td><td>412.5</td><td>0.61</td></tr>
<tr><td>Interim 2014</td><td>398.0</td><td>0.57</td></tr>
</table>)",
                                          "6-K"));
  CHECK(Rows(none, "dividend.part_rows").empty());
}

TEST_CASE("a bare dividends row among selected data's per-share rows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(Item 6. Selected Financial Data

(In thousands, except per share amounts)

                                         1998     1997     1996
Net income per share                     1.92     1.75     1.61
Dividend payout ratio                   31.3%    30.9%    31.1%
Cash dividends declared                   .60      .54      .50

On January 12, 1999 the Board declared a dividend of $.16 per share.
)"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    if (d.span.rule == "dividend.period_row")
      rows.push_back(d.fiscal_year + " " + d.per_share + " " + d.currency);
  }
  std::sort(rows.begin(), rows.end());
  // (The bare amounts take the filing's one currency.)
  CHECK(rows == std::vector<std::string>{"1996 0.50 USD", "1997 0.54 USD",
                                         "1998 0.60 USD"});
  // Dividends in thousands beside the same rows are a total: not read.
  auto none =
      ExtractDividends(TextDoc(R"((In thousands, except per share amounts)

                                         1998     1997     1996
Net income per share                     1.92     1.75     1.61
Cash dividends declared                 4,632    4,170    3,861
)"));
  CHECK(Rows(none, "dividend.period_row").empty());
}

TEST_CASE("quarterly data: the year after the unit in the stub's heading",
          "[facts][dividends][annual]") {
  auto got =
      ExtractDividends(TextDoc(R"(NOTE 15 - QUARTERLY FINANCIAL DATA (UNAUDITED)

(In thousands, except per share) 2004        First    Second     Third    Fourth
                                        ----------------------------------------
Net income per share - diluted           $     .44       .47       .45       .51
Cash dividends declared                  $     .15       .15       .16       .16
)"));
  CHECK(Rows(got, "dividend.period_row") == std::vector<std::string>{
                                                "quarterly 2004 0.15 ",
                                                "quarterly 2004 0.15 ",
                                                "quarterly 2004 0.16 ",
                                                "quarterly 2004 0.16 ",
                                            });
}

TEST_CASE("bare amounts stay without a currency in a filing of another",
          "[facts][dividends][annual]") {
  // The pesos are named in words; the one "$" amount is a conversion.
  const std::string table = R"(

                                         2003     2002
Net income per share                     2.10     1.95
Cash dividends declared                   .40      .35
)";
  auto got = ExtractDividends(TextDoc(
      "Amounts are in Philippine pesos. The dividend equals about $0.01 per "
      "share." +
      table));
  const Dividend* d = testing::WithAmount(got, "0.40");
  REQUIRE(d != nullptr);
  CHECK(d->currency.empty());
  // In a filing of dollars only, the same amounts are dollars.
  auto dollars = ExtractDividends(
      TextDoc("The Board declared a dividend of $0.11 per share." + table));
  d = testing::WithAmount(dollars, "0.40");
  REQUIRE(d != nullptr);
  CHECK(d->currency == "USD");
}

TEST_CASE("cash available for distribution is no distribution",
          "[facts][dividends][prose]") {
  auto got = ExtractDividends(
      TextDoc("Distributions were $0.50 per Unit in each quarter of 2004. Cash "
              "available for distribution was $2.31 per Unit in 2004, covering "
              "distributions 1.16 times.\n"));
  for (const Dividend& d : got) CHECK(d.per_share != "2.31");
  CHECK_FALSE(got.empty());
}

TEST_CASE("a statement row of a named preferred series' dividends",
          "[facts][dividends][quarterly]") {
  auto got = ExtractDividends(FilingBody(R"(<table>
<tr><td></td><td>Common Stock</td><td>Preferred Stock</td><td>Retained Earnings</td></tr>
<tr><td>Balance at December 31, 2018</td><td>412</td><td>100,000</td><td>88,214</td></tr>
<tr><td>Dividends on Series B preferred stock ($312.50 per share)</td><td></td><td></td><td>(1,250)</td></tr>
</table>)",
                                         "10-Q"));
  const Dividend* d = testing::WithAmount(got, "312.50");
  REQUIRE(d != nullptr);
  CHECK(d->share_class == "Preferred");
}

TEST_CASE("the old rate's payment date is no date of the new rate",
          "[facts][dividends][prose]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 8-K\n\nThe common dividend was raised to $0.45 per share from "
      "$0.42 per share paid November 15, 2016.\n"));
  const Dividend* d = testing::WithAmount(got, "0.45");
  REQUIRE(d != nullptr);
  CHECK(d->payable_date.empty());
}

TEST_CASE("typed preferred series under a lead-in that says the rates",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      R"(Dividends paid per share on the Company's preferred stock were as follows:

                                                         1997     1996
7% Cumulative Preferred Stock, Series A ($100 par)       7.00     7.00
$1.80 Convertible Preferred Stock, Series C              1.80     1.35
)"));
  CHECK(Rows(got, "dividend.series_table") == std::vector<std::string>{
                                                  "annual 1996 1.35 Preferred",
                                                  "annual 1996 7.00 Preferred",
                                                  "annual 1997 1.80 Preferred",
                                                  "annual 1997 7.00 Preferred",
                                              });
  // Without the lead-in the year columns are some other figure's.
  auto none = ExtractDividends(
      TextDoc(R"(Shares of preferred stock outstanding (thousands):

                                                         1997     1996
7% Cumulative Preferred Stock, Series A ($100 par)       7.00     7.00
)"));
  CHECK(Rows(none, "dividend.series_table").empty());
}

TEST_CASE("a year's total with its quarters' rate in parentheses",
          "[facts][dividends][prose]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nThe Company paid cash dividends of $.96 per share in "
      "2001 ($.24 in each quarter).\n"));
  CHECK(Rows(got, "dividend.each_quarter") == std::vector<std::string>{
                                                  "quarterly 2001 0.24 ",
                                                  "quarterly 2001 0.24 ",
                                                  "quarterly 2001 0.24 ",
                                                  "quarterly 2001 0.24 ",
                                              });
}

}  // namespace
}  // namespace secx
