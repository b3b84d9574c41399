// Distributions of REITs and partnerships, written from general knowledge
// of their 10-K and 10-Q filings (made-up companies and values, no filing
// of the corpus): per-share or per-unit distributions declared or paid are
// the registrant's dividends; distributions from joint ventures, to
// noncontrolling interests, by tax character, at a reinvestment plan's
// price, and distribution businesses are none. Also the tenth round's
// sentence shapes of Item 5, MD&A and the equity notes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "extract/facts/text_scan.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

std::vector<Dividend> Body(const std::string& body,
                           const std::string& form = "10-K") {
  return ExtractDividends(testing::FilingBody(body, form));
}

std::vector<Dividend> Prose(const std::string& sentence,
                            const std::string& form = "10-K") {
  return Body("<p>" + sentence + "</p>", form);
}

TEST_CASE("distributions: a REIT's per-share distributions in prose",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On February 1, 2024, our Board of Directors declared a distribution of "
      "$0.2250 per share, payable on April 15, 2024 to stockholders of "
      "record on March 29, 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.2250");
  CHECK(got[0].currency == "USD");
  CHECK(got[0].declared_date == "2024-02-01");
  CHECK(got[0].record_date == "2024-03-29");
  CHECK(got[0].payable_date == "2024-04-15");
  got = Prose(
      "During 2023, we declared distributions to common stockholders of "
      "$0.25 per share in each quarter.");
  // The year's four quarters at one rate.
  REQUIRE(got.size() == 4);
  for (const Dividend& d : got) {
    CHECK(d.per_share == "0.25");
    CHECK(d.kind == "quarterly");
    CHECK(d.fiscal_year == "2023");
  }
  got = Prose(
      "In December 2023, our Board declared a special distribution of $0.50 "
      "per share, paid on January 12, 2024 to stockholders of record on "
      "December 29, 2023.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.50");
  CHECK(got[0].kind == "special");
  CHECK(got[0].payable_date == "2024-01-12");
}

TEST_CASE("distributions: years listed, totals per unit, tax character",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Distributions declared per share were $1.00, $0.96 and $0.92 for "
      "2023, 2022 and 2021, respectively.");
  REQUIRE(got.size() == 3);
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "0.96");
  CHECK(got[2].fiscal_year == "2021");
  got = Prose(
      "During 2023, the Partnership paid cash distributions totaling $1.85 "
      "per unit.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "1.85");
  // The year's distribution and its parts by tax character: only the
  // distribution is one.
  got = Prose(
      "Of the $1.00 per share of distributions paid in 2023, $0.85 per share "
      "was ordinary income and $0.15 per share was a return of capital.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "1.00");
  // Distributions to the operating partnership's unitholders, and a daily
  // rate with a plan's purchase price, are none of the registrant's
  // per-share dividends as the labels count them.
  CHECK(Prose("The Operating Partnership paid distributions to holders of OP "
              "units of $0.25 per unit.")
            .empty());
  CHECK(Prose("Distributions in excess of earnings of $0.45 per share were a "
              "return of capital.")
            .empty());
}

TEST_CASE("distributions: a partnership's table of quarters",
          "[facts][dividends][annual]") {
  auto got = Body(R"(<p>Cash Distributions</p>
<p>The following table shows the distributions declared by our general partner for the periods indicated:</p>
<table>
<tr><td>Quarter Ended</td><td>Record Date</td><td>Payment Date</td><td>Distribution per Unit</td><td>Total Cash Distribution (in millions)</td></tr>
<tr><td>March 31, 2023</td><td>May 5, 2023</td><td>May 12, 2023</td><td>$ 0.4500</td><td>$ 52.1</td></tr>
<tr><td>June 30, 2023</td><td>August 4, 2023</td><td>August 11, 2023</td><td>$ 0.4625</td><td>$ 53.6</td></tr>
</table>)");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.4500");
  CHECK(got[0].total_amount == "52100000");
  CHECK(got[0].record_date == "2023-05-05");
  CHECK(got[0].payable_date == "2023-05-12");
  CHECK(got[1].per_share == "0.4625");
  CHECK(got[1].provenance.find("Distribution per Unit") != std::string::npos);
}

TEST_CASE("distributions: a partnership's quarterly distribution per unit",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On January 25, 2024, the board of directors of our general partner "
      "declared a quarterly distribution of $0.4625 per unit, payable on "
      "February 14, 2024 to unitholders of record on February 7, 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.4625");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].declared_date == "2024-01-25");
  CHECK(got[0].record_date == "2024-02-07");
  CHECK(got[0].payable_date == "2024-02-14");
  // The quarter named between the distribution and its amount.
  got = Prose(
      "On April 25, 2024, the Board of Directors of our General Partner "
      "declared a cash distribution for the first quarter of 2024 of $0.5350 "
      "per common unit, payable on May 15, 2024 to unitholders of record on "
      "May 6, 2024.",
      "10-Q");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.5350");
  CHECK(got[0].record_date == "2024-05-06");
  CHECK(got[0].payable_date == "2024-05-15");
  // Other senses with an amount after them stay out.
  CHECK(Prose("Under our distribution agreement with a wholesaler, we pay a "
              "fee of $0.10 per unit shipped.")
            .empty());
  CHECK(Prose("We received distributions from our joint venture partner of "
              "$0.50 per unit in 2023.")
            .empty());
}

TEST_CASE("distributions: statement rows and a table of declarations",
          "[facts][dividends][annual]") {
  auto got = Body(R"(<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<table>
<tr><td></td><td>Year Ended December 31,</td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>2021</td></tr>
<tr><td>Net income per common share - basic</td><td>$ 1.52</td><td>$ 1.40</td><td>$ 1.31</td></tr>
<tr><td>Distributions declared per common share</td><td>$ 1.00</td><td>$ 0.96</td><td>$ 0.92</td></tr>
</table>)");
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "1.00");
  CHECK(got[0].fiscal_year.find("2023") != std::string::npos);
  CHECK(got[2].per_share == "0.92");
  // The provenance names the row as the filing wrote it.
  CHECK(got[0].provenance.find("Distributions declared per common share") !=
        std::string::npos);

  got = Body(R"(<p>Distributions</p>
<p>The following table summarizes the distributions declared on our common stock during 2023:</p>
<table>
<tr><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td>Distribution per Share</td></tr>
<tr><td>February 15, 2023</td><td>March 31, 2023</td><td>April 14, 2023</td><td>$ 0.2500</td></tr>
<tr><td>May 10, 2023</td><td>June 30, 2023</td><td>July 14, 2023</td><td>$ 0.2600</td></tr>
</table>)");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.2500");
  CHECK(got[0].declared_date == "2023-02-15");
  CHECK(got[0].record_date == "2023-03-31");
  CHECK(got[0].payable_date == "2023-04-14");
  CHECK(got[1].per_share == "0.2600");

  // A 10-Q's three and nine months of a partnership.
  got = Body(R"(<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<table>
<tr><td></td><td>Three Months Ended September 30,</td><td>Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr>
<tr><td>Net income per limited partner unit</td><td>$ 0.61</td><td>$ 0.55</td><td>$ 1.80</td><td>$ 1.62</td></tr>
<tr><td>Distributions declared per common unit</td><td>$ 0.4625</td><td>$ 0.4500</td><td>$ 1.3875</td><td>$ 1.3500</td></tr>
</table>)",
             "10-Q");
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.4625");
  CHECK(got[2].per_share == "1.3875");
}

TEST_CASE("distributions: a market table's column, equity statement rows",
          "[facts][dividends][annual]") {
  auto got = Body(R"(<p>Market Information</p>
<table>
<tr><td>Quarter</td><td>High</td><td>Low</td><td>Distributions Declared</td></tr>
<tr><td>First</td><td>$ 24.10</td><td>$ 20.50</td><td>$ 0.3100</td></tr>
<tr><td>Second</td><td>$ 23.80</td><td>$ 19.90</td><td>$ 0.3150</td></tr>
</table>)");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.3100");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "0.3150");
  CHECK(got[1].provenance.find("Distributions Declared") != std::string::npos);
  got = Body(R"(<p>CONSOLIDATED STATEMENTS OF EQUITY</p>
<table>
<tr><td></td><td>Common Stock</td><td>Additional Paid-in Capital</td><td>Cumulative Distributions</td><td>Total</td></tr>
<tr><td>Distributions ($1.00 per share)</td><td></td><td></td><td>(45,120)</td><td>(45,120)</td></tr>
<tr><td>Distributions to noncontrolling interests</td><td></td><td></td><td>(1,210)</td><td>(1,210)</td></tr>
<tr><td>Distributions in excess of net income</td><td></td><td></td><td>(3,400)</td><td>(3,400)</td></tr>
</table>)");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "1.00");
  CHECK(got[0].total_amount.empty());
}

TEST_CASE("distributions that are no per-share dividend",
          "[facts][dividends][annual]") {
  CHECK(Prose("We received distributions from our unconsolidated joint "
              "ventures of $12.5 million during 2023.")
            .empty());
  CHECK(Prose("Shares issued under our distribution reinvestment plan were "
              "issued at a price of $9.50 per share.")
            .empty());
  CHECK(Prose("Distributions to noncontrolling interests were $3.2 million "
              "in 2023.")
            .empty());
  // A partnership agreement's levels and a liquidation.
  CHECK(
      Prose("The minimum quarterly distribution is $0.4000 per unit.").empty());
  CHECK(Prose("The general partner is entitled to incentive distributions "
              "if quarterly distributions exceed $0.5000 per unit.")
            .empty());
  CHECK(Prose("The liquidating distribution of $3.50 per share was approved "
              "by stockholders on June 1, 2023.")
            .empty());
  CHECK(Prose("Our board of directors authorized daily distributions at a "
              "rate of $0.00164384 per share per day, equal to an annualized "
              "rate of 6.0% based on a purchase price of $10.00 per share.")
            .empty());
  // A spin-off's distribution and its cash in lieu of fractional shares;
  // a return of capital.
  CHECK(Prose("In connection with the distribution of SpinCo, each holder "
              "received cash of $0.50 per share in lieu of fractional "
              "shares.")
            .empty());
  CHECK(Prose("Distributions paid in 2023 represented a return of capital of "
              "$0.15 per share.")
            .empty());
  // A plan's purchase price, an offering's price.
  CHECK(Prose("Under our distribution reinvestment plan, stockholders may "
              "elect to reinvest distributions in additional shares at a "
              "purchase price of $9.50 per share.")
            .empty());
  CHECK(Prose("We have paid distributions from sources other than cash flow "
              "from operations, including offering proceeds of $10.00 per "
              "share.")
            .empty());
  CHECK(Prose("Our distribution centers shipped products with an average "
              "cost of $0.45 per unit in 2023.")
            .empty());
  CHECK(Prose("Cash distributions from equity method investments of $1.20 "
              "per share of the investee were received in 2023.")
            .empty());
  // Tax character of the year's distributions: no record of its parts.
  CHECK(
      Body(
          R"(<p>For federal income tax purposes, distributions paid per common share were characterized as follows:</p>
<table>
<tr><td></td><td>2023</td><td></td><td>2022</td><td></td></tr>
<tr><td>Ordinary income</td><td>$ 0.85</td><td>85%</td><td>$ 0.80</td><td>83%</td></tr>
<tr><td>Return of capital</td><td>$ 0.15</td><td>15%</td><td>$ 0.16</td><td>17%</td></tr>
</table>)")
          .empty());
  CHECK(Body(R"(<table>
<tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Distributions to noncontrolling interests</td><td>(1,234)</td><td>(1,100)</td></tr>
<tr><td>Distributions from unconsolidated joint ventures</td><td>4,560</td><td>3,900</td></tr>
</table>)")
            .empty());
}

TEST_CASE("prose: Item 5 and MD&A sentences of the tenth round",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "The Board of Directors declared a cash dividend of $0.22 per share in "
      "each quarter of 2023.");
  REQUIRE(got.size() == 4);  // each quarter's
  CHECK(got[0].per_share == "0.22");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[3].provenance == "fourth quarter");
  got = Prose(
      "During 2023, we paid quarterly cash dividends of $0.10 per share, "
      "totaling $1.6 million.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.10");
  CHECK(got[0].total_amount.empty());  // the year's, not one payment's
  got = Prose(
      "Cash dividends declared per share were $1.20, $1.08 and $0.96 in "
      "2023, 2022 and 2021, respectively.");
  REQUIRE(got.size() == 3);
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "1.08");
  CHECK(got[1].fiscal_year == "2022");
  CHECK(got[2].fiscal_year == "2021");
  got = Prose(
      "On February 14, 2024, our Board of Directors declared a quarterly "
      "dividend of $0.35 per share payable on March 15, 2024 to shareholders "
      "of record on March 1, 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].declared_date == "2024-02-14");
  CHECK(got[0].payable_date == "2024-03-15");
  CHECK(got[0].record_date == "2024-03-01");
  got = Prose(
      "In December 2023, the Board declared a special cash dividend of $1.00 "
      "per share, paid on December 28, 2023 to shareholders of record on "
      "December 18, 2023.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == "special");
  CHECK(got[0].payable_date == "2023-12-28");
}

TEST_CASE("prose: a subsequent event's date, a year before the verb",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Subsequent to year end, on January 30, 2024, the Board of Directors "
      "declared a quarterly cash dividend of $0.42 per share, payable on "
      "March 1, 2024, to shareholders of record as of February 15, 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date == "2024-01-30");
  CHECK(got[0].payable_date == "2024-03-01");
  CHECK(got[0].record_date == "2024-02-15");
  // The date right after "subsequent to" is a point of reference.
  got = Prose(
      "Subsequent to December 31, 2023, the Board of Directors declared a "
      "quarterly cash dividend of $0.42 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date.empty());
  got = Prose(
      "Total dividends declared in 2023 were $0.88 per share, compared with "
      "$0.80 per share in 2022.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.88");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "0.80");
  CHECK(got[1].fiscal_year == "2022");
  got = Prose("Dividends paid per share in fiscal 2023 were $1.04.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].fiscal_year == "Fiscal 2023");
}

TEST_CASE("quarter rows: 'Declared' and 'Paid' columns under each year",
          "[facts][dividends][annual]") {
  auto got = Body(R"(<p>Cash dividends per share were as follows:</p>
<table>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td>Quarter</td><td>Declared</td><td>Paid</td><td>Declared</td><td>Paid</td></tr>
<tr><td>First</td><td>$ 0.25</td><td>$ 0.24</td><td>$ 0.23</td><td>$ 0.22</td></tr>
<tr><td>Second</td><td>0.26</td><td>0.25</td><td>0.24</td><td>0.23</td></tr>
</table>)");
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.25");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].status == "declared");
  CHECK(got[1].per_share == "0.24");
  CHECK(got[1].status == "paid");
  CHECK(got[2].per_share == "0.23");
  CHECK(got[2].fiscal_year == "2022");
  CHECK(got[7].per_share == "0.23");
  // The same columns without a title of dividends are no dividends.
  CHECK(Body(R"(<table>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td>Quarter</td><td>Declared</td><td>Paid</td><td>Declared</td><td>Paid</td></tr>
<tr><td>First</td><td>$ 0.25</td><td>$ 0.24</td><td>$ 0.23</td><td>$ 0.22</td></tr>
</table>)")
            .empty());
}

TEST_CASE("10-Q rows: dividends declared per share, two or four columns",
          "[facts][dividends][annual]") {
  auto got = Body(R"(<table>
<tr><td></td><td>Three Months Ended March 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends declared per common share</td><td>$ 0.25</td><td>$ 0.23</td></tr>
</table>)",
                  "10-Q");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.25");
  CHECK(got[1].per_share == "0.23");
  got = Body(R"(<table>
<tr><td></td><td>Three Months Ended September 30,</td><td>Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends declared per common share</td><td>$ 0.25</td><td>$ 0.23</td><td>$ 0.75</td><td>$ 0.69</td></tr>
</table>)",
             "10-Q");
  REQUIRE(got.size() == 4);
  CHECK(got[2].per_share == "0.75");
  CHECK(got[2].kind != "quarterly");  // nine months' sum
  CHECK(got[3].kind != "quarterly");
}

// A 1990s fixed-width text table: "Distributions declared per share" with
// dotted leaders is a row of the selected data (the word read as
// "dividends" must not split the row's label), and a year alone on its
// line after the first year's total opens the next year's quarters.
TEST_CASE("distributions: fixed-width selected data and years of quarters",
          "[facts][dividends][annual]") {
  const std::string selected =
      "ITEM 6. SELECTED FINANCIAL DATA\n\n"
      "(In thousands, except per share data)          1998       1997       "
      "1996\n"
      "--------------------------------------     ---------  ---------  "
      "---------\n"
      "  Net income ..........................      20,967     18,616     "
      "18,258\n"
      "  Distributions declared per share ....   $    1.44  $    1.36  $    "
      "1.28\n"
      "  Book value ..........................   $   13.37  $   13.87  $   "
      "14.59\n";
  auto got = ExtractDividends(testing::TextDoc(selected));
  std::vector<std::string> years;
  for (const Dividend& d : got) {
    if (d.kind == "annual") years.push_back(d.fiscal_year + " " + d.per_share);
  }
  std::sort(years.begin(), years.end());
  CHECK(years == std::vector<std::string>{"1996 1.28", "1997 1.36",
                                          "1998 1.44"});
  const std::string quarters =
      "ITEM 5. MARKET FOR THE REGISTRANT'S COMMON EQUITY\n\n"
      "                   Declaration                                   "
      "Dividend\n"
      "Quarter                   Date     Record Date   Payment Date     "
      "Per Share\n"
      "-------         --------------  --------------  -------------  "
      "------------\n"
      "1998\n"
      "  First Quarter   Mar. 13, 1998   Mar. 31, 1998  Apr. 15, 1998        "
      "$  .35\n"
      "  Second Quarter  June 12, 1998   June 30, 1998  July 15, 1998           "
      ".37\n"
      "  Total .......                                                  "
      "$  .72\n"
      "1997\n"
      "  First Quarter   Mar. 14, 1997   Mar. 31, 1997  Apr. 15, 1997        "
      "$  .33\n"
      "  Second Quarter  June 13, 1997   June 30, 1997  July 15, 1997           "
      ".33\n";
  got = ExtractDividends(testing::TextDoc(quarters));
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    if (d.kind == "quarterly" && !d.declared_date.empty()) {
      rows.push_back(d.fiscal_year + " " + d.declared_date + " " + d.per_share);
    }
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"1997 1997-03-14 0.33",
                                         "1997 1997-06-13 0.33",
                                         "1998 1998-03-13 0.35",
                                         "1998 1998-06-12 0.37"});
}

TEST_CASE("distributions: a corporation's table of its partnership's units",
          "[facts][dividends][annual]") {
  // The registrant, a corporation, pays per share; the table of its
  // controlled partnership's distributions per common unit is not its
  // own. Named as a partnership, the same table is the registrant's.
  Document doc = testing::FilingBody(
      "<p>We paid quarterly dividends of $0.3400 per Class A share in "
      "each quarter of 2019.</p>"
      "<p>Larkspur Pipeline Partners, L.P. \u2014 distributions on common "
      "units</p><table>"
      "<tr><td>Quarter Ended</td><td>Record Date</td><td>Payment Date</td>"
      "<td>Distribution per Common Unit</td></tr>"
      "<tr><td>March 31, 2019</td><td>April 30, 2019</td><td>May 14, 2019</td>"
      "<td>$0.7100</td></tr>"
      "<tr><td>June 30, 2019</td><td>July 31, 2019</td><td>August 14, 2019"
      "</td><td>$0.7250</td></tr></table>");
  facts::KeywordHits hits(doc.text);
  auto per_unit = [](const std::vector<Dividend>& got) {
    return std::count_if(got.begin(), got.end(), [](const Dividend& d) {
      return d.per_share == "0.7100" || d.per_share == "0.7250";
    });
  };
  auto shares = [](const std::vector<Dividend>& got) {
    return std::count_if(got.begin(), got.end(), [](const Dividend& d) {
      return d.per_share == "0.3400";
    });
  };
  auto corp = ExtractDividends(doc, hits, nullptr, "Larkspur Energy Corp.");
  CHECK(per_unit(corp) == 0);
  CHECK(shares(corp) > 0);
  auto inc = ExtractDividends(doc, hits, nullptr, "LARKSPUR ENERGY INC");
  CHECK(per_unit(inc) == 0);
  auto lp =
      ExtractDividends(doc, hits, nullptr, "Larkspur Pipeline Partners, L.P.");
  CHECK(per_unit(lp) == 2);
  auto llc = ExtractDividends(doc, hits, nullptr, "Larkspur Midstream LLC");
  CHECK(per_unit(llc) == 2);
  CHECK(per_unit(ExtractDividends(doc)) == 2);  // registrant not known
  // A sentence of units in a corporation's filing is the partnership's.
  Document prose = testing::FilingBody(
      "<p>On January 20, 2020, the board of directors of the general partner "
      "declared a cash distribution of $0.7400 per common unit, payable on "
      "February 14, 2020.</p>");
  facts::KeywordHits prose_hits(prose.text);
  CHECK(ExtractDividends(prose, prose_hits, nullptr, "Larkspur Energy Corp.")
            .empty());
  CHECK(ExtractDividends(prose, prose_hits, nullptr,
                         "Larkspur Pipeline Partners, L.P.")
            .size() == 1);
}

TEST_CASE("distributions: each quarter of a 10-Q sentence with its total",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Distributions declared on our common stock were $0.3150 per share "
      "for the three months ended March 31, 2022 ($21,406 thousand), $0.3175 "
      "per share for the three months ended June 30, 2022 ($21,590 "
      "thousand) and $0.9475 per share for the nine months ended September "
      "30, 2022.",
      "10-Q");
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    rows.push_back(d.per_share + " " + d.kind + " " + d.fiscal_year + " " +
                   d.total_amount);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"0.3150 quarterly 2022 21406000",
                                         "0.3175 quarterly 2022 21590000",
                                         "0.9475  2022 "});
  // A period of two years binds no one year.
  got = Prose(
      "Dividends declared were $0.42 per share for the three months ended "
      "June 30, 2022 and 2021.",
      "10-Q");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year.empty());
}

TEST_CASE("distributions: one monthly rate for each of three months",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On January 11, 2024, the Board of Directors declared monthly "
      "distributions of $0.205 per share of common stock for each of "
      "January 2024 (record date January 31, 2024; payment date February "
      "15, 2024), February 2024 (record date February 29, 2024; payment "
      "date March 15, 2024) and March 2024 (record date March 28, 2024; "
      "payment date April 15, 2024).",
      "10-K");
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    rows.push_back(d.per_share + " " + d.declared_date + " " + d.record_date +
                   " " + d.payable_date);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows ==
        std::vector<std::string>{"0.205 2024-01-11 2024-01-31 2024-02-15",
                                 "0.205 2024-01-11 2024-02-29 2024-03-15",
                                 "0.205 2024-01-11 2024-03-28 2024-04-15"});
  // Lists of payment and record dates paired in order.
  got = Prose(
      "On April 8, 2025, our Board of Directors declared monthly dividends "
      "of $0.1150 per share payable on May 15, 2025 and June 16, 2025 to "
      "stockholders of record on April 30, 2025 and May 30, 2025, "
      "respectively.",
      "10-Q");
  rows.clear();
  for (const Dividend& d : got) {
    rows.push_back(d.per_share + " " + d.record_date + " " + d.payable_date);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"0.1150 2025-04-30 2025-05-15",
                                         "0.1150 2025-05-30 2025-06-16"});
}

}  // namespace
}  // namespace secx
