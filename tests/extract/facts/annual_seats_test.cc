// HTML tables whose heading row has one cell per column while every amount
// below is written over two cells ("$" and the number), so the headings
// sit on the wrong slots; written from general knowledge of such filings
// (no filing of the corpus). Each heading must be read over its own
// column: the dividend, never the low price or the total beside it.
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::FilingBody;

TEST_CASE("market table: headings without the slots of the $ cells",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>The following table sets forth the high and low sales prices and the cash dividends declared per share.</p>
<table>
<tr><td></td><td colspan="3">2022</td><td colspan="3">2021</td></tr>
<tr><td></td><td>High</td><td>Low</td><td>Dividends Declared</td><td>High</td><td>Low</td><td>Dividends Declared</td></tr>
<tr><td>First Quarter</td><td>$</td><td>58.12</td><td>$</td><td>49.30</td><td>$</td><td>0.31</td><td>$</td><td>51.00</td><td>$</td><td>44.10</td><td>$</td><td>0.29</td></tr>
<tr><td>Second Quarter</td><td>$</td><td>60.45</td><td>$</td><td>50.02</td><td>$</td><td>0.31</td><td>$</td><td>53.40</td><td>$</td><td>47.77</td><td>$</td><td>0.29</td></tr>
<tr><td>Third Quarter</td><td>$</td><td>57.90</td><td>$</td><td>48.15</td><td>$</td><td>0.33</td><td>$</td><td>55.05</td><td>$</td><td>49.86</td><td>$</td><td>0.31</td></tr>
</table>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "0.31");
  CHECK(got[0].fiscal_year == "2022");
  CHECK(got[1].per_share == "0.29");
  CHECK(got[1].fiscal_year == "2021");
  CHECK(got[4].per_share == "0.33");
  CHECK(got[5].per_share == "0.31");
  for (const auto& d : got) CHECK(d.kind == "quarterly");
}

TEST_CASE("dated table: headings without the slots of the $ cells",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>Our Board of Directors declared the following dividends:</p>
<table>
<tr><td>Declaration Date</td><td>Per Share Dividend</td><td>Record Date</td><td>Total Amount</td><td>Payment Date</td></tr>
<tr><td></td><td></td><td></td><td>(In millions)</td><td></td></tr>
<tr><td>September 19, 2023</td><td>$</td><td>0.75</td><td>November 16, 2023</td><td>$</td><td>5,574</td><td>December 14, 2023</td></tr>
<tr><td>November 28, 2023</td><td>$</td><td>0.75</td><td>February 15, 2024</td><td>$</td><td>5,573</td><td>March 14, 2024</td></tr>
<tr><td>March 12, 2024</td><td>$</td><td>0.75</td><td>May 16, 2024</td><td>$</td><td>5,574</td><td>June 13, 2024</td></tr>
</table>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "0.75");
  CHECK(got[0].declared_date == "2023-09-19");
  CHECK(got[0].record_date == "2023-11-16");
  CHECK(got[0].payable_date == "2023-12-14");
  CHECK(got[0].total_amount == "5574000000");
  CHECK(got[2].record_date == "2024-05-16");
  CHECK(got[2].total_amount == "5574000000");
}

TEST_CASE("quarterly data: quarter headings without the slots of the $ cells",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>Selected Quarterly Financial Data (Unaudited)</p>
<table>
<tr><td>(In millions, except per share amounts)</td><td>First Quarter</td><td>Second Quarter</td><td>Third Quarter</td><td>Fourth Quarter</td></tr>
<tr><td>2023</td></tr>
<tr><td>Net sales</td><td>$</td><td>4,512</td><td>$</td><td>4,780</td><td>$</td><td>4,699</td><td>$</td><td>5,102</td></tr>
<tr><td>Diluted earnings per share</td><td>$</td><td>1.45</td><td>$</td><td>1.53</td><td>$</td><td>1.41</td><td>$</td><td>1.71</td></tr>
<tr><td>Cash dividends declared per common share</td><td>$</td><td>0.52</td><td>$</td><td>0.52</td><td>$</td><td>0.52</td><td>$</td><td>0.57</td></tr>
</table>)"));
  REQUIRE(got.size() == 4);
  for (const auto& d : got) {
    CHECK(d.kind == "quarterly");
    CHECK(d.fiscal_year == "2023");
  }
  CHECK(got[0].per_share == "0.52");
  CHECK(got[3].per_share == "0.57");
}

TEST_CASE("headings over their own slots are left where they are",
          "[facts][dividends][annual]") {
  // Rows of different shapes: nothing to seat by; the colspans place the
  // headings already.
  auto got = ExtractDividends(FilingBody(R"(
<p>Cash dividends declared per share and the high and low sales prices:</p>
<table>
<tr><td></td><td colspan="2">High</td><td colspan="2">Low</td><td colspan="2">Dividends</td></tr>
<tr><td>First Quarter</td><td>$</td><td>58.12</td><td>$</td><td>49.30</td><td>$</td><td>0.31</td></tr>
<tr><td>Second Quarter</td><td>$</td><td>60.45</td><td>$</td><td>50.02</td><td>$</td><td>0.33</td></tr>
</table>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.31");
  CHECK(got[1].per_share == "0.33");
}

TEST_CASE("quarterly data under ordinal headings, after a dated table",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>The Board of Directors declared the following quarterly dividends in 2004:</p>
<table><tr><td>Record</td><td colspan="2">Per Share Amount</td><td>Date Declared</td><td>Date Paid</td></tr>
<tr><td>Feb. 2, 2004</td><td>$</td><td>1.16</td><td>Jan. 15, 2004</td><td>Feb. 19, 2004</td></tr>
<tr><td>May 2, 2004</td><td>$</td><td>1.16</td><td>Apr. 19, 2004</td><td>May 22, 2004</td></tr>
</table>
<p>Quarterly Financial Data (Unaudited)</p>
<table><tr><td>(In millions, except per share amounts)</td><td>1st Quarter</td><td>2nd Quarter</td></tr>
<tr><td>2004</td></tr>
<tr><td>Net sales</td><td>$5,547</td><td>$1,152</td></tr>
<tr><td>Cash dividends declared per common share</td><td>$1.16</td><td>$1.16</td></tr>
</table>)"));
  // The year row opening the second table is no amount of the first.
  for (const auto& d : got) CHECK(d.per_share != "2004.00");
  int dated = 0, quarters = 0;
  for (const auto& d : got) {
    if (!d.record_date.empty()) ++dated;
    if (d.fiscal_year == "2004" && d.kind == "quarterly") ++quarters;
  }
  CHECK(dated == 2);
  CHECK(quarters == 2);
}

TEST_CASE("a 10-Q's selected data: the cover's quarterly period is no heading",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(R"(
<p>For the quarterly period ended September 30, 2023</p>
<p>Selected Financial Data</p>
<p>(In millions, except per share amounts)</p>
<table>
<tr><td></td><td>2023</td><td>2022</td><td>2021</td></tr>
<tr><td>Net income per share - diluted</td><td>$2.48</td><td>$5.10</td><td>$6.04</td></tr>
<tr><td>Cash dividends declared per common share</td><td>$3.48</td><td>$3.31</td><td>$3.13</td></tr>
</table>
<p>The fair value of each option was estimated using the Black-Scholes option-pricing model.</p>)",
                                                "10-Q"));
  // The option-pricing paragraph after the table is not its title.
  REQUIRE(got.size() == 3);
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[2].per_share == "3.13");
}

TEST_CASE("a dated table ends at the next table's heading row",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>The Board of Directors declared the following quarterly dividends in 2021:</p>
<table><tr><td>Declaration Date</td><td>Dividend per Share</td><td>Record Date</td><td>Payment Date</td></tr>
<tr><td>January 12, 2021</td><td>$0.81</td><td>January 26, 2021</td><td>February 7, 2021</td></tr>
<tr><td>April 12, 2021</td><td>$0.83</td><td>April 26, 2021</td><td>May 14, 2021</td></tr>
</table>
<p>Market Information</p>
<table>
<tr><td></td><td>High</td><td>Low</td><td>Dividend</td></tr>
<tr><td>First Quarter</td><td>$101.42</td><td>$83.83</td><td>$0.81</td></tr>
<tr><td>Second Quarter</td><td>$105.00</td><td>$90.10</td><td>$0.83</td></tr>
</table>)"));
  // The prices are no dividends; the market table's own rows are read by
  // its headings.
  for (const auto& d : got) {
    CHECK(d.per_share != "101.42");
    CHECK(d.per_share != "105.00");
  }
  REQUIRE(got.size() == 4);
}

TEST_CASE("OCR text: a column's amount unlike the others is a misreading",
          "[facts][dividends][annual]") {
  Document market = testing::TextDoc(
      "FORM 10-K\n\n"
      "the high and low sale prices and the dividends paid per share.\n\n"
      "                          High       Low       Dividend\n"
      "                          ----       ---       --------\n"
      "     Fiscal 2024\n"
      "        First quarter   $ 45.17   $ 31.63      $0.10\n"
      "        Second quarter    45.04     34.20         10\n"
      "        Third quarter     48.55     41.57        .10\n"
      "        Fourth quarter    49.93     36.48        .10\n");
  market.ocr_text = true;
  auto got = ExtractDividends(market);
  REQUIRE(got.size() == 3);
  for (const auto& d : got) CHECK(d.per_share == "0.10");
  Document dated = testing::TextDoc(
      "FORM 10-K\n\n"
      "The following table sets forth the cash dividends declared during "
      "1996:\n\n"
      "   Declared            Record              Payable          Per Share\n"
      "   --------            ------              -------          ---------\n"
      "   January 1, 1996     January 14, 1996    February 8, 1996      $.90\n"
      "   April 12, 1996      May 7, 1996         May 28, 1996           .90\n"
      "   July 15, 1996       August 9, 1996      August 20, 1996       8.90\n"
      "   October 7, 1996     October 22, 1996    November 11, 1996      .90\n");
  dated.ocr_text = true;
  auto rows = ExtractDividends(dated);
  REQUIRE(rows.size() == 3);
  for (const auto& d : rows) CHECK(d.per_share == "0.90");
  // Typed text keeps what its filer wrote.
  dated.ocr_text = false;
  CHECK(ExtractDividends(dated).size() == 4);
}

TEST_CASE("OCR text: marks around cells, specks between columns",
          "[facts][dividends][annual]") {
  Document market = testing::TextDoc(
      "FORM 10-K\n\n"
      "the high and low sale prices and the dividends paid per share.\n\n"
      "                          High       Low       Dividend\n"
      "     Fiscal 2024\n"
      "        First quarter   $ 45.17   $ 31.63      $0.10\n"
      "       \u2018Second quarter    45.04     34.20       .10\n"
      "        Third quarter \u00a9   48.55     41.57       .12.\n"
      "     Fiscal 2023                  an\n"
      "        First quarter   $ 85.81   $ 72.42      \u201c$0.09\n");
  market.ocr_text = true;
  auto got = ExtractDividends(market);
  REQUIRE(got.size() == 4);
  CHECK(got[1].per_share == "0.10");
  CHECK(got[2].per_share == "0.12");
  CHECK(got[3].per_share == "0.09");
  CHECK(got[3].fiscal_year == "2023");
}

TEST_CASE("a declaring sentence right above a dated table is read",
          "[facts][dividends][annual]") {
  // No blank line between them, as OCR gives: the sentence's follow-up
  // runs into the table's lead-in.
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 10-K\n\n"
      "On February 5, 2025, our Board of Directors declared a quarterly "
      "dividend of\n69 cents per share, payable on March 11, 2025 to "
      "stockholders of record on February 21, 2025.\n"
      "The following table sets forth the cash dividends declared during "
      "2024:\n"
      "   Declared            Record              Payable          Per Share\n"
      "   January 3, 2024     January 28, 2024    February 20, 2024     $.71\n"
      "   April 14, 2024      May 5, 2024         May 16, 2024           .71\n"));
  REQUIRE(got.size() == 3);
  int sentence = 0;
  for (const auto& d : got) sentence += d.per_share == "0.69";
  CHECK(sentence == 1);
}

TEST_CASE("OCR text: a quarter named 'ist', headings run together, a price "
          "in the dividend's column",
          "[facts][dividends][annual]") {
  Document market = testing::TextDoc(
      "FORM 10-K\n\n"
      "the high and low sale prices and the dividends paid per share.\n\n"
      "                          High       Low Dividend\n"
      "     Fiscal 2019\n"
      "        ist Quarter     $ 39.92   $ 29.73      $.82\n"
      "        2nd Quarter       37.47     27.69       .82\n"
      "        3rd Quarter       30.31     26.20       .82\n");
  market.ocr_text = true;
  // "Low Dividend" is read as one heading: its column is no dividend's.
  CHECK(ExtractDividends(market).empty());
  Document apart = testing::TextDoc(
      "FORM 10-K\n\n"
      "the high and low sale prices and the dividends paid per share.\n\n"
      "                          High       Low       Dividend\n"
      "     Fiscal 2019\n"
      "        ist Quarter     $ 39.92   $ 29.73      $.82\n"
      "        2nd Quarter       37.47     27.69       .82\n"
      "        3rd Quarter       30.31          26.20\n");
  apart.ocr_text = true;
  auto got = ExtractDividends(apart);
  // The first row's label is read as a quarter; the low price that slid
  // under "Dividend" is no dividend.
  REQUIRE(got.size() == 2);
  for (const auto& d : got) CHECK(d.per_share == "0.82");
}

TEST_CASE("OCR text: specks on a year row", "[facts][dividends][annual]") {
  // "2017   Oe   7" is the year row with specks read beside it: the rows
  // under it are 2017's, not the year above's. Typed text has no specks:
  // there such a row is no year row.
  Document market = testing::TextDoc(
      "FORM 10-K\n\n"
      "the high and low sale prices and the dividends paid per share.\n\n"
      "                          High       Low       Dividend\n"
      "     Fiscal 2018\n"
      "        First quarter   $ 28.77   $ 24.81      $1.49\n"
      "        Second quarter    71.75     56.98       1.49\n"
      "     2017                  Oe                   7\n"
      "        First quarter   $ 49.91   $ 45.45      $1.03\n"
      "        Second quarter    15.19     12.00       1.03\n");
  market.ocr_text = true;
  auto got = ExtractDividends(market);
  REQUIRE(got.size() == 4);
  CHECK(got[0].fiscal_year == "2018");
  CHECK(got[1].fiscal_year == "2018");
  CHECK(got[2].fiscal_year == "2017");
  CHECK(got[3].fiscal_year == "2017");
  CHECK(got[3].per_share == "1.03");
}

}  // namespace
}  // namespace secx
