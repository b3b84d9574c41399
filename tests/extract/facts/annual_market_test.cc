// Item 5 market-price tables and quarterly data of 10-K filings, written
// from general knowledge of such filings (no filing of the corpus): a
// dividend column whose amounts drop the leading zero (".25"), quarters as
// columns with "High", "Low" and a bare "Cash dividends" row under a row
// of the fiscal year, and a sentence whose years open it before the
// amounts ("During fiscal 2024, 2023 and 2022, we paid dividends of $1.00,
// $0.96 and $0.92 per share, respectively") or after them without
// "respectively"; a table of years below a table of quarters.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::HtmlDoc;
using testing::TextDoc;

TEST_CASE("market table: dividend amounts without a leading zero",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Market Information and Dividends</p>
<table>
<tr><td></td><td colspan="3">2024</td><td colspan="3">2023</td></tr>
<tr><td></td><td>High</td><td>Low</td><td>Cash Dividends Declared</td><td>High</td><td>Low</td><td>Cash Dividends Declared</td></tr>
<tr><td>First quarter</td><td>$ 61.40</td><td>$ 52.75</td><td>$ .19</td><td>$ 55.10</td><td>$ 47.20</td><td>$ .17</td></tr>
<tr><td>Second quarter</td><td>63.05</td><td>57.10</td><td>.19</td><td>56.35</td><td>49.80</td><td>.17</td></tr>
<tr><td>Third quarter</td><td>66.20</td><td>58.90</td><td>.21</td><td>58.00</td><td>51.15</td><td>.19</td></tr>
<tr><td>Fourth quarter</td><td>68.75</td><td>60.30</td><td>.21</td><td>59.45</td><td>53.60</td><td>&#8212;</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 7);
  CHECK(got[0].per_share == "0.19");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[2].per_share == "0.19");
  CHECK(got[2].kind == "quarterly");
  CHECK(got[2].provenance ==
        "row 'Second quarter'; per_share 'Cash Dividends Declared'; year "
        "'2024'");
  CHECK(got[5].per_share == "0.19");
  CHECK(got[5].fiscal_year == "2023");
  CHECK(got[6].per_share == "0.21");
  // The prices are no dividends.
  for (const auto& d : got) CHECK(d.per_share != "61.40");
}

TEST_CASE("typed market table: ordinal rows under a lead-in of quarters",
          "[facts][dividends][annual]") {
  // "First" ... "Fourth" name quarters when the lead-in right above says
  // the table is by quarter; the distributions are the trust's dividends.
  auto got = ExtractDividends(TextDoc(R"(
ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY

     The following table sets forth the high and low sales prices of the
common shares and the distributions declared per share for each quarter.

                        2001                             2000
          -------------------------------  -------------------------------
                            Distributions                    Distributions
            High     Low       Declared      High     Low       Declared
          -------  -------  -------------  -------  -------  -------------
First      21 3/8   19 1/4         $.4150   20 1/2   18 1/8          $.40
Second     21 7/8   19 5/8          .4150   20 3/4   18 5/8           .40
Third      22 1/4       20          .4250   20 7/8       19           .41
Fourth     22 5/8   20 1/2          .4250   21 1/8   19 1/4           .41
)"));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    if (d.span.rule == "dividend.quarter_rows")
      rows.push_back(d.fiscal_year + " " + d.kind + " " + d.per_share);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{
                    "2000 quarterly 0.40", "2000 quarterly 0.40",
                    "2000 quarterly 0.41", "2000 quarterly 0.41",
                    "2001 quarterly 0.4150", "2001 quarterly 0.4150",
                    "2001 quarterly 0.4250", "2001 quarterly 0.4250"});
}

TEST_CASE("market table: quarter columns, High and Low rows under a year row",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Market Information</p>
<table>
<tr><td></td><td>First Quarter</td><td>Second Quarter</td><td>Third Quarter</td><td>Fourth Quarter</td></tr>
<tr><td>Fiscal 2024</td><td></td><td></td><td></td><td></td></tr>
<tr><td>High</td><td>$ 71.10</td><td>$ 73.30</td><td>$ 74.90</td><td>$ 77.00</td></tr>
<tr><td>Low</td><td>$ 63.20</td><td>$ 66.05</td><td>$ 68.25</td><td>$ 70.10</td></tr>
<tr><td>Cash dividends</td><td>$ 0.44</td><td>$ 0.44</td><td>$ 0.46</td><td>$ 0.46</td></tr>
<tr><td>Fiscal 2023</td><td></td><td></td><td></td><td></td></tr>
<tr><td>High</td><td>$ 65.15</td><td>$ 67.00</td><td>$ 68.40</td><td>$ 69.90</td></tr>
<tr><td>Low</td><td>$ 58.80</td><td>$ 60.10</td><td>$ 61.70</td><td>$ 63.00</td></tr>
<tr><td>Cash dividends</td><td>$ 0.42</td><td>$ 0.42</td><td>$ 0.44</td><td>$ 0.44</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.44");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[0].provenance == "row 'Cash dividends'; column 'First Quarter'");
  CHECK(got[3].per_share == "0.46");
  CHECK(got[4].per_share == "0.42");
  CHECK(got[4].fiscal_year == "Fiscal 2023");
  CHECK(got[7].per_share == "0.44");
  // Without the price rows a bare "Cash dividends" row is no per-share row
  // (a cash flow statement's dividends paid, in millions).
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>First Quarter</td><td>Second Quarter</td><td>Third Quarter</td><td>Fourth Quarter</td></tr>
<tr><td>Net income</td><td>$ 410</td><td>$ 433</td><td>$ 449</td><td>$ 470</td></tr>
<tr><td>Cash dividends</td><td>$ 120</td><td>$ 120</td><td>$ 126</td><td>$ 126</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("quarterly data: a year row names the quarters' fiscal year",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Quarterly Financial Data (Unaudited)</p>
<table>
<tr><td>(In thousands, except per share data)</td><td colspan="2">First Quarter</td><td colspan="2">Second Quarter</td><td colspan="2">Third Quarter</td><td colspan="2">Fourth Quarter</td></tr>
<tr><td>2024</td></tr>
<tr><td>Net sales</td><td>$</td><td>312,300</td><td>$</td><td>330,100</td><td>$</td><td>341,700</td><td>$</td><td>360,900</td></tr>
<tr><td>Diluted earnings per share</td><td></td><td>0.82</td><td></td><td>0.89</td><td></td><td>0.92</td><td></td><td>0.99</td></tr>
<tr><td>Dividends declared per share</td><td></td><td>0.30</td><td></td><td>0.30</td><td></td><td>0.32</td><td></td><td>0.32</td></tr>
<tr><td>2023</td></tr>
<tr><td>Net sales</td><td>$</td><td>280,300</td><td>$</td><td>295,100</td><td>$</td><td>302,700</td><td>$</td><td>320,900</td></tr>
<tr><td>Diluted earnings per share</td><td></td><td>0.75</td><td></td><td>0.79</td><td></td><td>0.81</td><td></td><td>0.87</td></tr>
<tr><td>Dividends declared per share</td><td></td><td>0.28</td><td></td><td>0.28</td><td></td><td>0.30</td><td></td><td>0.30</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.30");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[4].per_share == "0.28");
  CHECK(got[4].fiscal_year == "2023");
  for (const auto& d : got) CHECK(d.per_share != "0.82");
}

TEST_CASE("sentences: the years before the amounts, closed by respectively",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>During fiscal 2024, 2023 and 2022, we paid dividends of $1.00, $0.96 and $0.92 per share, respectively.</p>
<p>In 2024 and 2023, cash dividends of $1.20 and $1.12 per share were declared, respectively.</p>
</body></html>)"));
  REQUIRE(got.size() == 5);
  CHECK(got[0].per_share == "1.00");
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[1].per_share == "0.96");
  CHECK(got[1].fiscal_year == "Fiscal 2023");
  CHECK(got[2].per_share == "0.92");
  CHECK(got[2].fiscal_year == "Fiscal 2022");
  CHECK(got[3].per_share == "1.20");
  CHECK(got[3].fiscal_year == "2024");
  CHECK(got[4].per_share == "1.12");
  CHECK(got[4].fiscal_year == "2023");
  // A list of as many years right after the amounts, ending the sentence.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends declared per share were $3.28, $3.16 and $3.04 for fiscal 2024, 2023 and 2022.</p>
</body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[1].per_share == "3.16");
  CHECK(got[1].fiscal_year == "Fiscal 2023");
  CHECK(got[2].fiscal_year == "Fiscal 2022");
  // Fewer years than amounts: no year is bound.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>In 2024 and 2023, we paid dividends of $1.00, $0.96 and $0.92 per share, respectively.</p>
</body></html>)"));
  for (const auto& d : got) CHECK(d.fiscal_year != "2023");
}

TEST_CASE("market table: bare year rows over quarter rows, newest first",
          "[facts][dividends][annual]") {
  // "2024" alone on its row reads as a number; it opens the year's rows.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>Stock Price</td><td></td><td>Dividends</td></tr>
<tr><td></td><td>High</td><td>Low</td><td>Per Share</td></tr>
<tr><td>2024</td><td></td><td></td><td></td></tr>
<tr><td>Fourth Quarter</td><td>$ 88.00</td><td>$ 79.10</td><td>$ 0.62</td></tr>
<tr><td>Third Quarter</td><td>85.90</td><td>77.25</td><td>0.62</td></tr>
<tr><td>Second Quarter</td><td>83.30</td><td>75.05</td><td>0.58</td></tr>
<tr><td>First Quarter</td><td>81.10</td><td>72.20</td><td>0.58</td></tr>
<tr><td>2023:</td><td></td><td></td><td></td></tr>
<tr><td>Fourth Quarter</td><td>$ 80.90</td><td>$ 70.00</td><td>$ 0.58</td></tr>
<tr><td>Third Quarter</td><td>78.40</td><td>69.70</td><td>0.58</td></tr>
<tr><td>Second Quarter</td><td>76.00</td><td>68.10</td><td>0.54</td></tr>
<tr><td>First Quarter</td><td>74.15</td><td>66.80</td><td>0.54</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.62");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[0].provenance ==
        "row 'Fourth Quarter'; per_share 'Dividends Per Share'; year '2024'");
  CHECK(got[3].per_share == "0.58");
  CHECK(got[4].per_share == "0.58");
  CHECK(got[4].fiscal_year == "2023");
  CHECK(got[7].per_share == "0.54");
  for (const auto& d : got) CHECK(d.per_share != "88.00");
}

TEST_CASE("market table: a price range column beside the dividends",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">2024</td><td colspan="2">2023</td></tr>
<tr><td>Quarter</td><td>Price Range</td><td>Dividends</td><td>Price Range</td><td>Dividends</td></tr>
<tr><td>First</td><td>$58.20 - $65.10</td><td>$0.35</td><td>$53.80 - $60.15</td><td>$0.33</td></tr>
<tr><td>Second</td><td>$61.05 - $67.30</td><td>0.35</td><td>$55.10 - $62.00</td><td>0.33</td></tr>
<tr><td>Third</td><td>$64.25 - $69.90</td><td>0.37</td><td>$57.70 - $63.40</td><td>0.35</td></tr>
<tr><td>Fourth</td><td>$66.10 - $72.00</td><td>0.37</td><td>$59.00 - $64.90</td><td>0.35</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.35");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].per_share == "0.33");
  CHECK(got[1].fiscal_year == "2023");
  CHECK(got[7].per_share == "0.35");
  // Without prices or per-share words a "Dividends" column may be totals.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">2024</td><td colspan="2">2023</td></tr>
<tr><td>Quarter</td><td>Repurchases</td><td>Dividends</td><td>Repurchases</td><td>Dividends</td></tr>
<tr><td>First</td><td>$120</td><td>$95</td><td>$110</td><td>$90</td></tr>
<tr><td>Second</td><td>130</td><td>95</td><td>100</td><td>90</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("market table: the year in each heading, months under Quarter Ended",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td>Quarter Ended</td><td>2024 High</td><td>2024 Low</td><td>2024 Dividend</td><td>2023 High</td><td>2023 Low</td><td>2023 Dividend</td></tr>
<tr><td>March</td><td>$ 35.10</td><td>$ 28.20</td><td>$ 0.15</td><td>$ 30.15</td><td>$ 23.80</td><td>$ 0.14</td></tr>
<tr><td>June</td><td>37.30</td><td>31.05</td><td>0.15</td><td>32.00</td><td>25.10</td><td>0.14</td></tr>
<tr><td>September</td><td>39.90</td><td>34.25</td><td>0.16</td><td>33.40</td><td>27.70</td><td>0.15</td></tr>
<tr><td>December 31</td><td>42.00</td><td>36.10</td><td>0.16</td><td>34.90</td><td>29.00</td><td>0.15</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.15");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[0].provenance ==
        "row 'March'; per_share '2024 Dividend'; year '2024'");
  CHECK(got[1].per_share == "0.14");
  CHECK(got[1].fiscal_year == "2023");
  CHECK(got[6].per_share == "0.16");
  CHECK(got[6].kind == "quarterly");
  CHECK(got[7].per_share == "0.15");
  for (const auto& d : got) CHECK(d.per_share != "35.10");
}

TEST_CASE("period rows: a table of years below a table of quarters",
          "[facts][dividends][annual]") {
  // The quarters' rows above the table of years are another table's: its
  // year columns stay fiscal years. "Common share data:" says per share.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Selected Quarterly Financial Data (Unaudited)</p>
<table>
<tr><td>(In millions, except per share amounts)</td><td>Net Sales</td><td>Net Income</td><td>Diluted EPS</td><td>Dividends Per Share</td></tr>
<tr><td>Fiscal 2024</td></tr>
<tr><td>First Quarter</td><td>$ 2,210</td><td>$ 222</td><td>$ 1.81</td><td>$ 0.40</td></tr>
<tr><td>Second Quarter</td><td>2,250</td><td>228</td><td>1.85</td><td>0.40</td></tr>
<tr><td>Third Quarter</td><td>2,300</td><td>231</td><td>1.88</td><td>0.42</td></tr>
<tr><td>Fourth Quarter</td><td>2,350</td><td>240</td><td>1.94</td><td>0.42</td></tr>
</table>
<table>
<tr><td></td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Per share data:</td></tr>
<tr><td>Diluted earnings</td><td>$ 7.48</td><td>$ 7.20</td><td>$ 6.95</td></tr>
<tr><td>Dividends</td><td>$ 1.64</td><td>$ 1.56</td><td>$ 1.48</td></tr>
</table>
<table>
<tr><td></td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Common share data:</td></tr>
<tr><td>Book value</td><td>$ 43.48</td><td>$ 41.20</td><td>$ 39.95</td></tr>
<tr><td>Cash dividends declared</td><td>$ 1.64</td><td>$ 1.56</td><td>$ 1.48</td></tr>
</table>
</body></html>)"));
  REQUIRE(got.size() == 10);
  CHECK(got[0].per_share == "1.64");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[0].provenance == "row 'Dividends'; column '2024'");
  CHECK(got[2].per_share == "1.48");
  CHECK(got[3].per_share == "1.64");
  CHECK(got[3].status == "declared");
  CHECK(got[6].per_share == "0.40");
  CHECK(got[6].kind == "quarterly");
  CHECK(got[6].fiscal_year == "2024");
  for (const auto& d : got) {
    CHECK(d.per_share != "7.48");
    CHECK(d.per_share != "43.48");
  }
}

TEST_CASE("sentences: one rate in both of two years",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The Company declared dividends of $0.86 per share in both 2024 and 2023.</p>
<p>Cash dividends of $1.10 per share were paid in each of fiscal 2024, 2023 and 2022.</p>
</body></html>)"));
  REQUIRE(got.size() == 5);
  CHECK(got[0].per_share == "0.86");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].per_share == "0.86");
  CHECK(got[1].fiscal_year == "2023");
  CHECK(got[2].per_share == "1.10");
  CHECK(got[2].fiscal_year == "Fiscal 2024");
  CHECK(got[4].fiscal_year == "Fiscal 2022");
  CHECK(got[4].status == "paid");
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>We paid a quarterly dividend of $0.18 per share during each quarter of fiscal 2024, 2023 and 2022.</p>
</body></html>)"));
  // Each quarter of each year, one record a quarter.
  REQUIRE(got.size() == 12);
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[0].provenance == "first quarter");
  CHECK(got[3].provenance == "fourth quarter");
  CHECK(got[11].fiscal_year == "Fiscal 2022");
  CHECK(got[11].span.rule == "dividend.each_quarter");
}

TEST_CASE("fixed-width market table: the first year's row right under the "
          "headings; a lead-in set apart by a blank line",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "the high and low sale prices and the cash dividends declared per "
      "share.\n\n"
      "                                                 Cash\n"
      "                                               Dividends\n"
      "                          High       Low       Declared\n"
      "                          ----       ---       --------\n"
      "     Fiscal 1998\n"
      "        First Quarter   $ 22.750   $ 18.500     $ .08\n"
      "        Second Quarter    24.250     20.125       .08\n"
      "     Fiscal 1997\n"
      "        First Quarter   $ 17.250   $ 14.000     $ .07\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].fiscal_year == "1998");
  CHECK(got[0].per_share == "0.08");
  CHECK(got[1].fiscal_year == "1998");
  CHECK(got[2].fiscal_year == "1997");
  CHECK(got[2].per_share == "0.07");
  auto lead = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "     Quarterly dividends paid per share were as follows:\n\n"
      "                            1999      1998\n"
      "                            ----      ----\n"
      "     First quarter         $.125     $.115\n"
      "     Second quarter         .135      .125\n"));
  REQUIRE(lead.size() == 4);
  CHECK(lead[0].fiscal_year == "1999");
  CHECK(lead[0].per_share == "0.125");
  CHECK(lead[1].fiscal_year == "1998");
  CHECK(lead[3].per_share == "0.125");
  for (const auto& d : lead) CHECK(d.status == "paid");
}

TEST_CASE("market table: the year written before its first quarter's label",
          "[facts][dividends][annual]") {
  // "1996   First Quarter  $24.38 ..." in fixed-width text, or a year cell
  // before the quarter cell in HTML: the year opens its group of rows.
  auto text = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "The following table sets forth the high and low sales prices and the\n"
      "dividends paid per share for each quarter:\n\n"
      "                                High       Low     Dividends\n"
      "1996   First Quarter          $24.38    $21.50       $.33\n"
      "       Second Quarter          25.13     22.75        .34\n"
      "1995   First Quarter          $22.25    $19.88       $.32\n"
      "       Second Quarter          23.00     20.50        .31\n"));
  auto html = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The high and low sale prices and the dividends paid per share for each quarter:</p>
<table>
<tr><td></td><td></td><td>High</td><td>Low</td><td>Dividend</td></tr>
<tr><td>1996</td><td>First Quarter</td><td>$24.38</td><td>$21.50</td><td>$0.33</td></tr>
<tr><td></td><td>Second Quarter</td><td>25.13</td><td>22.75</td><td>0.34</td></tr>
<tr><td>1995</td><td>First Quarter</td><td>$22.25</td><td>$19.88</td><td>$0.32</td></tr>
<tr><td></td><td>Second Quarter</td><td>23.00</td><td>20.50</td><td>0.31</td></tr>
</table></body></html>)"));
  for (const auto* got : {&text, &html}) {
    REQUIRE(got->size() == 4);
    const char* year[] = {"1996", "1996", "1995", "1995"};
    const char* amount[] = {"0.33", "0.34", "0.32", "0.31"};
    for (int i = 0; i < 4; ++i) {
      INFO(i);
      CHECK((*got)[i].kind == "quarterly");
      CHECK((*got)[i].fiscal_year == year[i]);
      CHECK((*got)[i].per_share == amount[i]);
    }
  }
}

TEST_CASE("market table: a price under the dividend heading of a row that "
          "lost its other prices",
          "[facts][dividends][annual]") {
  // As OCR may leave a row: the High price unread, the Low price shifted
  // under "Dividend". Over a quarter of the table's lowest price, it is
  // no dividend; the other rows' dividends stay.
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "The high and low sale prices and the dividends paid per share for "
      "each quarter:\n\n"
      "                          High      Low     Dividend\n"
      "2010  First quarter     $ 14.48  $ 13.72     $0.60\n"
      "      Second quarter                         48.31\n"
      "      Third quarter       84.46    64.89       .62\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.60");
  CHECK(got[1].per_share == "0.62");
  for (const auto& d : got) CHECK(d.fiscal_year == "2010");
}

TEST_CASE("market table: fixed-width, years over a rule over the columns, fractional prices",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nItem 5.  Market for the Registrant's Common Equity\n\n"
      "     The following table sets forth the high and low sale prices and "
      "the cash\ndividends declared per share.\n\n"
      "                                    1996                           1995\n"
      "                       ------------------------------ ------------------------------\n"
      "                            High       Low  Dividends      High       Low  Dividends\n"
      "                        --------  --------  ---------  --------  --------  ---------\n"
      "First Quarter .......  $ 22 3/8  $ 19 1/2  $     .11  $ 18 1/4  $ 15 5/8  $     .10\n"
      "Second Quarter ......    24 1/4    20 7/8        .11        20    16 1/2        .10\n"
      "Third Quarter .......        25    21 3/4        .12    20 3/8    17 3/4        .11\n"
      "Fourth Quarter ......    26 1/2    22 1/8  .12 1/2    21 7/8        19        .11\n"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.11");
  CHECK(got[0].fiscal_year == "1996");
  CHECK(got[1].per_share == "0.10");
  CHECK(got[1].fiscal_year == "1995");
  CHECK(got[6].per_share == "0.125");
  CHECK(got[6].kind == "quarterly");
}

TEST_CASE("period rows: a row translating the row above into another currency",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>Item 3. Key Information. Selected financial data</p>
<table>
<tr><td></td><td>2010</td><td>2009</td><td>2008</td></tr>
<tr><td>Basic earnings per ordinary share (&#8364;)</td><td>1.12</td><td>0.78</td><td>1.29</td></tr>
<tr><td>Dividend per ordinary share (&#8364;)</td><td>0.45</td><td>0.40</td><td>0.40</td></tr>
<tr><td>Dividend per ordinary share ($)</td><td>0.62</td><td>0.51</td><td>0.56</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "0.45");
  CHECK(got[2].per_share == "0.40");
}

TEST_CASE("typed market tables: the year in the label column's heading",
          "[facts][dividends][annual]") {
  // "Fiscal 2003 | First Quarter | ..." over "High", "Low" and "Regular
  // cash dividends (1)": each table's quarters are its own year's.
  auto got = ExtractDividends(TextDoc(
      "Item 5.  Market for Registrant's Common Equity\n"
      "\n"
      "Fiscal 2003                    First    Second     Third    Fourth\n"
      "                             Quarter   Quarter   Quarter   Quarter\n"
      "                             -------   -------   -------   -------\n"
      "High                          14 1/8    15 3/8    13 7/8    12 3/4\n"
      "Low                           10 5/8    11 1/2    10 1/4     9 5/8\n"
      "Regular cash dividends (1)      $.04      $.04      $.05      $.05\n"
      "\n"
      "Fiscal 2002                    First    Second     Third    Fourth\n"
      "                             Quarter   Quarter   Quarter   Quarter\n"
      "                             -------   -------   -------   -------\n"
      "High                          12 1/8    13 1/8    14 1/2    13 5/8\n"
      "Low                            9 1/2    10 3/4        11    10 1/2\n"
      "Regular cash dividends (1)      $.03      $.03      $.04      $.04\n"));
  std::vector<std::string> rows =
      testing::SortedRows(got, [](const Dividend& d) {
        return d.fiscal_year + " " + d.kind + " " + d.per_share;
      });
  CHECK(rows == std::vector<std::string>{
                    "Fiscal 2002 quarterly 0.03", "Fiscal 2002 quarterly 0.03",
                    "Fiscal 2002 quarterly 0.04", "Fiscal 2002 quarterly 0.04",
                    "Fiscal 2003 quarterly 0.04", "Fiscal 2003 quarterly 0.04",
                    "Fiscal 2003 quarterly 0.05",
                    "Fiscal 2003 quarterly 0.05"});
}

TEST_CASE("typed quarterly data: four quarter ends under each year",
          "[facts][dividends][annual]") {
  // The second year's table has no title of quarters right above it: its
  // four quarter ends say so.
  auto got =
      ExtractDividends(TextDoc("QUARTERLY FINANCIAL DATA (UNAUDITED)\n"
                               "\n"
                               "2010                            March 31     "
                               "June 30    Sept. 30     Dec. 31\n"
                               "                                --------     "
                               "-------    --------     -------\n"
                               "Net income per share ......          .21       "
                               "  .22         .22         .23\n"
                               "Dividends declared per share       .1500       "
                               ".1500       .1550       .1550\n"
                               "\n"
                               "2009                            March 31     "
                               "June 30    Sept. 30     Dec. 31\n"
                               "                                --------     "
                               "-------    --------     -------\n"
                               "Net income per share ......          .20       "
                               "  .20         .21         .21\n"
                               "Dividends declared per share       .1450       "
                               ".1450       .1450       .1450\n"));
  std::vector<std::string> rows =
      testing::SortedRows(got, [](const Dividend& d) {
        return d.fiscal_year + " " + d.kind + " " + d.per_share;
      });
  CHECK(rows == std::vector<std::string>{
                    "2009 quarterly 0.1450", "2009 quarterly 0.1450",
                    "2009 quarterly 0.1450", "2009 quarterly 0.1450",
                    "2010 quarterly 0.1500", "2010 quarterly 0.1500",
                    "2010 quarterly 0.1550", "2010 quarterly 0.1550"});
}

}  // namespace
TEST_CASE("market table: fixed-width headings one blank apart over their rule, years at the groups' left",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nITEM 5.  MARKET FOR REGISTRANT'S COMMON EQUITY\n\n"
      "                        2001                          2000\n"
      "                        High       Low Dividends      High       Low Dividends\n"
      "                   --------- --------- --------- --------- --------- ---------\n"
      "First Quarter         $41.25    $33.10      $.09    $32.94    $25.19      $.08\n"
      "Second Quarter         44.80     36.52       .09     35.50     28.63       .08\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.09");
  CHECK(got[0].fiscal_year == "2001");
  CHECK(got[1].per_share == "0.08");
  CHECK(got[1].fiscal_year == "2000");
  CHECK(got[3].kind == "quarterly");
}

TEST_CASE("market table: quarters as columns, each row opening with its year",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Quarterly stock prices and dividends declared were:</p>
<table>
<tr><td></td><td>First</td><td>Second</td><td>Third</td><td>Fourth</td></tr>
<tr><td>2008 &#8212; High</td><td>$ 44.12</td><td>$ 47.80</td><td>$ 45.03</td><td>$ 38.66</td></tr>
<tr><td>2008 &#8212; Low</td><td>36.75</td><td>41.22</td><td>33.18</td><td>24.07</td></tr>
<tr><td>2008 &#8212; Dividends declared</td><td>0.20</td><td>0.20</td><td>0.22</td><td>0.22</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.20");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2008");
  CHECK(got[3].per_share == "0.22");
}

TEST_CASE("market table: fixed-width quarter columns under a year row of its own",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n     The quarterly market price ranges and dividends paid per "
      "share were:\n\n"
      "                             First    Second     Third    Fourth\n"
      "                           Quarter   Quarter   Quarter   Quarter\n"
      "                         --------- --------- --------- ---------\n"
      "1995\n"
      "  Market price - High       31 1/4    33 7/8    35 1/2    34 3/4\n"
      "                 Low        27 5/8    29 3/8        31    30 1/8\n"
      "  Dividends paid               .15       .15       .15       .17\n"
      "1994\n"
      "  Market price - High       28 1/2    27 3/4    29 1/8        30\n"
      "                 Low        24 3/8    23 7/8    25 1/4    26 5/8\n"
      "  Dividends paid               .14       .14       .14       .14\n"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].fiscal_year == "1995");
  CHECK(got[3].per_share == "0.17");
  CHECK(got[4].fiscal_year == "1994");
  CHECK(got[4].per_share == "0.14");
  CHECK(got[7].kind == "quarterly");
}

TEST_CASE("20-F dividend history: pence per ordinary share under a paragraph pointing at it",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>Item 8.A. Dividends</p>
<p>The Company pays dividends quarterly. Holders of American Depositary Shares receive US dollars converted by the Depositary. The US dollar amounts below are those paid per ADS.</p>
<table>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td></td><td>Pence per ordinary share</td><td>US$ per ADS</td><td>Pence per ordinary share</td><td>US$ per ADS</td></tr>
<tr><td>First quarter</td><td>5.10</td><td>0.3230</td><td>4.80</td><td>0.3149</td></tr>
<tr><td>Second quarter</td><td>5.10</td><td>0.3241</td><td>4.80</td><td>0.2926</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.051");
  CHECK(got[0].currency == "GBP");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "0.048");
  CHECK(got[1].fiscal_year == "2022");
}

TEST_CASE("market table: quarter headings wrapped in their cells beside a Year column, year rows between",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Quarterly market prices and dividends declared per share were as follows:</p>
<table>
<tr><th></th><th>First<br>Quarter</th><th>Second<br>Quarter</th><th>Third<br>Quarter</th><th>Fourth<br>Quarter</th><th>Year</th></tr>
<tr><td>2012</td></tr>
<tr><td>Market price &#8211; High</td><td>$27.45</td><td>$29.10</td><td>$28.62</td><td>$31.04</td><td>$31.04</td></tr>
<tr><td>Market price &#8211; Low</td><td>22.80</td><td>24.15</td><td>23.97</td><td>26.33</td><td>22.80</td></tr>
<tr><td>Dividends declared</td><td>$0.30</td><td>$0.30</td><td>$0.32</td><td>$0.32</td><td>$1.24</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 5);
  for (size_t k = 0; k < 4; ++k) {
    CHECK(got[k].kind == "quarterly");
    CHECK(got[k].fiscal_year == "2012");
  }
  CHECK(got[4].per_share == "1.24");
  CHECK(got[4].kind == "annual");
}

TEST_CASE("period rows: a convenience translation column is the same dividend",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>Selected Financial Data (Yen in millions, except per share amounts)</p>
<table>
<tr><td>Fiscal year ended March 31,</td><td>2008</td><td>2007</td><td>2008</td></tr>
<tr><td>Basic net income per share</td><td>&#165;205.12</td><td>&#165;184.36</td><td>$2.05</td></tr>
<tr><td>Cash dividends per share</td><td>&#165;65</td><td>&#165;55</td><td>$0.65</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "65.00");
  CHECK(got[0].currency == "JPY");
  CHECK(got[1].fiscal_year == "2007");
}

TEST_CASE("period rows: a retained-earnings row stating each year's rate, its cells the totals",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>CONSOLIDATED STATEMENTS OF RETAINED EARNINGS</p>
<p>(In thousands, except per share amounts)</p>
<table>
<tr><td></td><td>2007</td><td></td><td>2006</td><td></td></tr>
<tr><td>Retained earnings, beginning of year</td><td>$ 1,288,406</td><td></td><td>$ 1,214,950</td><td></td></tr>
<tr><td>Cash dividends declared:</td></tr>
<tr><td>Common stock ($1.64 and $1.58 per share)</td><td>(141,850</td><td>)</td><td>(136,102</td><td>)</td></tr>
<tr><td>Preferred stock, 5.00% Series C ($5.00 per share)</td><td>(7,500</td><td>)</td><td>(7,500</td><td>)</td></tr>
</table>
<p>CONSOLIDATED STATEMENT OF CHANGES IN SHAREHOLDERS' EQUITY</p>
<table>
<tr><td></td><td>Common Stock</td><td>Retained Earnings</td><td>Total</td></tr>
<tr><td>Balance at December 31, 2006</td><td>$ 6,120</td><td>$ 37,200</td><td>$ 43,320</td></tr>
<tr><td>Dividends declared ($1.64 per share)</td><td></td><td>(141,850</td><td>)</td><td>(141,850</td><td>)</td></tr>
</table></body></html>)"));
  std::vector<const Dividend*> rows;
  for (const Dividend& d : got) {
    if (d.span.rule == "dividend.period_row") rows.push_back(&d);
  }
  REQUIRE(rows.size() == 4);
  CHECK(rows[0]->per_share == "1.64");
  CHECK(rows[0]->fiscal_year == "2007");
  CHECK(rows[0]->total_amount == "141850000");
  CHECK(rows[1]->per_share == "1.58");
  CHECK(rows[1]->fiscal_year == "2006");
  CHECK(rows[2]->share_class == "Preferred");
  CHECK(rows[3]->per_share == "5.00");
  CHECK(rows[3]->fiscal_year == "2006");
}

TEST_CASE("typed years as rows under quarter headings wrapped over two lines",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 10-K\n\n"
      "Dividends Per Share          First    Second     Third    Fourth\n"
      "                           Quarter   Quarter   Quarter   Quarter\n"
      "                           -------   -------   -------   -------\n"
      "1998 - Regular                $.09      $.09      $.10      $.10\n"
      "1998 - Special                  --        --        --    .50(1)\n"
      "1997                           .08       .08       .09       .09\n"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.kind + " " + d.per_share;
  });
  CHECK(rows ==
        std::vector<std::string>{
            "1997 quarterly 0.08", "1997 quarterly 0.08", "1997 quarterly 0.09",
            "1997 quarterly 0.09", "1998 quarterly 0.09", "1998 quarterly 0.09",
            "1998 quarterly 0.10", "1998 quarterly 0.10", "1998 special 0.50"});
}

}  // namespace secx
