// More shapes of per-share dividend rows and tables in 10-K and 10-Q
// filings, written from general knowledge of such filings (no filing of the
// corpus): row labels that state a unit or a class after the per-share
// words, "Declared" and "Paid" rows under a "Dividends per share:" line,
// quarter columns with the year's total beside them, an "Amount" column
// under a lead-in that says per share, and a dividend cut in a sentence;
// revenue shares of a quarter and the year to date that end on one day.
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::HtmlDoc;
using testing::TextDoc;

TEST_CASE("period rows: a unit in the label, amounts without a sign",
          "[facts][dividends][annual]") {
  // "(dollars)" after the label, as statements in millions of dollars
  // state their per-share rows; the EPS row above is no dividend.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td>(millions of dollars, except per share amounts)</td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr>
<tr><td>Earnings per common share (dollars)</td><td>2.14</td><td>1.94</td><td>4.90</td><td>4.73</td></tr>
<tr><td>Dividends per common share (dollars)</td><td>0.95</td><td>0.91</td><td>1.90</td><td>1.82</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.95");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "0.91");
  CHECK(got[2].per_share == "1.90");
  CHECK(got[2].kind.empty());  // six months: a year-to-date sum
  CHECK(got[3].per_share == "1.82");
}

TEST_CASE("period rows: a year's total with its extra dividends",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>ITEM 6. SELECTED FINANCIAL DATA</p>
<table>
<tr><td>(In thousands, except per share data)</td><td>2000</td><td>1999</td><td>1998</td></tr>
<tr><td>Net income per share - diluted</td><td>$</td><td>1.35</td><td>$</td><td>1.26</td><td>$</td><td>1.10</td></tr>
<tr><td>Cash dividends declared per share, including year-end extra dividends</td><td>$</td><td>.85</td><td>$</td><td>.76</td><td>$</td><td>.70</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "0.85");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "2000");
  CHECK(got[2].per_share == "0.70");
}

TEST_CASE("period rows: a regular row and an extra row of quarters",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\nITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY\n"
      "\tFirst\t\t\tSecond\t\t\tThird\t\t\tFourth\t\t\tYear\n"
      "\tQuarter\t\t\tQuarter\t\t\tQuarter\t\t\tQuarter\n"
      "2000\n"
      "Sales price - high\t\t\t19 3/4\t\t\t21\t\t\t20 1/4\t\t\t18 7/8\t\t\t21\n"
      "Cash dividends declared per share \xe2\x80\x93 regular quarterly "
      "dividend\t\t$\t.15\t\t$\t.15\t\t$\t.15\t\t$\t.15\t\t$\t.60\n"
      "Cash dividends declared per share \xe2\x80\x93 year-end extra "
      "dividend\t\t$\t\xe2\x80\x94\t\t$\t\xe2\x80\x94\t\t$\t\xe2\x80\x94\t\t$"
      "\t.25\t\t$\t.25\n"));
  int quarters = 0, specials = 0;
  for (const auto& d : got) {
    INFO(d.per_share << " " << d.kind);
    // The regular part's year (.60) is no year's dividend.
    CHECK(d.per_share != "0.60");
    quarters += d.kind == "quarterly" && d.per_share == "0.15";
    specials += d.kind == "special" && d.per_share == "0.25";
  }
  CHECK(quarters == 4);
  CHECK(specials >= 1);
}

TEST_CASE("year rows: typed quarters headed \"1st Qtr\" under a ruled title",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "                           DIVIDENDS PAID PER SHARE\n\n"
      "             1st Qtr   2nd Qtr   3rd Qtr   4th Qtr     Total\n"
      "             -------   -------   -------   -------     -----\n"
      "1996             .38       .38       .40       .40      1.56\n"
      "1995             .37       .37       .38       .38      1.50\n"));
  REQUIRE(got.size() == 10);
  CHECK(got[0].per_share == "0.38");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "1996");
  CHECK(got[4].per_share == "1.56");
  CHECK(got[4].kind == "annual");
}

TEST_CASE("period rows: labels with the holders, a class or both verbs",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 5.10</td><td>$ 4.70</td></tr>
<tr><td>Dividends paid per share to common stockholders</td><td>$ 1.20</td><td>$ 1.10</td></tr>
</table>
<p>Other data:</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends declared per share&#8212;common stock</td><td>$ 2.40</td><td>$ 2.20</td></tr>
</table>
<p>Distributions:</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends per share declared and paid</td><td>$ 0.80</td><td>$ 0.76</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "1.20");
  CHECK(got[0].status == "paid");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[2].per_share == "2.40");
  CHECK(got[3].per_share == "2.20");
  CHECK(got[4].per_share == "0.80");
  CHECK(got[5].fiscal_year == "2023");
}

TEST_CASE("period rows: a label naming two classes names no one class",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends declared per share of Class A and Class B common stock</td><td>$ 1.48</td><td>$ 1.36</td></tr>
<tr><td>Dividends declared per share of Class A common stock</td><td>$ 1.50</td><td>$ 1.38</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "1.48");
  CHECK(got[0].share_class.empty());
  CHECK(got[2].per_share == "1.50");
  CHECK(got[2].share_class == "Class A");
}

TEST_CASE("period rows: a special dividend's row keeps its kind",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Regular dividends declared per share</td><td>$ 1.60</td><td>$ 1.50</td></tr>
<tr><td>Special dividends declared per share</td><td>$ 2.00</td><td>&#8212;</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].kind == "annual");
  CHECK(got[2].per_share == "2.00");
  CHECK(got[2].kind == "special");
  CHECK(got[2].fiscal_year == "2024");
}

TEST_CASE("period rows: Declared and Paid under a dividends-per-share line",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Net income per share</td><td>$ 3.12</td><td>$ 2.98</td><td>$ 2.75</td></tr>
<tr><td>Dividends per share:</td><td></td><td></td><td></td></tr>
<tr><td>Declared</td><td>$ 1.93</td><td>$ 1.89</td><td>$ 1.81</td></tr>
<tr><td>Paid</td><td>$ 1.91</td><td>$ 1.87</td><td>$ 1.79</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "1.93");
  CHECK(got[0].status == "declared");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[0].provenance == "row 'Dividends per share: Declared'; column '2024'");
  CHECK(got[3].per_share == "1.91");
  CHECK(got[3].status == "paid");
  CHECK(got[5].per_share == "1.79");
  // "Declared" and "Paid" rows under another heading are no dividends.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Interest per share:</td><td></td><td></td></tr>
<tr><td>Declared</td><td>$ 0.50</td><td>$ 0.45</td></tr>
<tr><td>Paid</td><td>$ 0.48</td><td>$ 0.44</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("period rows: quarter columns and the year's total beside them",
          "[facts][dividends][annual]") {
  // Selected quarterly data: bare "First" ... "Fourth" under a title that
  // says quarterly, a "Year" column that is their sum.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Quarterly Financial Data (Unaudited)</p>
<table>
<tr><td>2023</td><td>First</td><td>Second</td><td>Third</td><td>Fourth</td><td>Year</td></tr>
<tr><td>Net sales</td><td>$ 4,379</td><td>$ 4,694</td><td>$ 4,532</td><td>$ 3,920</td><td>$ 17,525</td></tr>
<tr><td>Net income per share - diluted</td><td>1.85</td><td>2.03</td><td>1.87</td><td>1.49</td><td>7.24</td></tr>
<tr><td>Cash dividends declared per share</td><td>1.24</td><td>1.24</td><td>1.30</td><td>1.30</td><td>5.08</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 5);
  CHECK(got[0].per_share == "1.24");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].provenance ==
        "row 'Cash dividends declared per share'; column 'First'");
  CHECK(got[3].per_share == "1.30");
  CHECK(got[4].per_share == "5.08");
  CHECK(got[4].kind == "annual");
  CHECK(got[4].provenance ==
        "row 'Cash dividends declared per share'; column 'Year'");
  // A "Total" column that is not the quarters' sum gives no record; the
  // quarters stay.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<table>
<tr><td></td><td>First Quarter</td><td>Second Quarter</td><td>Total</td></tr>
<tr><td>Dividends declared per share</td><td>$ 0.40</td><td>$ 0.40</td><td>$ 1.80</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "0.40");
  // Without a word of quarters above, bare ordinals name no period.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>First</td><td>Second</td></tr>
<tr><td>Dividends declared per share</td><td>$ 0.40</td><td>$ 0.40</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("period rows: a column of changes beside the years",
          "[facts][dividends][annual]") {
  // Financial highlights: "% Change" or "Change" after the years; the
  // change is no dividend, and the years' amounts are read.
  for (const char* change : {"% Change", "Change", "Increase (Decrease)"}) {
    INFO(change);
    auto got = ExtractDividends(HtmlDoc(std::string(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td><td>)") + change + R"(</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 5.00</td><td>$ 4.50</td><td>11%</td></tr>
<tr><td>Dividends declared per share</td><td>$ 2.00</td><td>$ 1.90</td><td>$ 0.10</td></tr>
<tr><td>Dividends paid per share</td><td>$ 1.98</td><td>$ 1.88</td><td>5%</td></tr>
</table></body></html>)"));
    REQUIRE(got.size() == 4);
    CHECK(got[0].per_share == "2.00");
    CHECK(got[0].fiscal_year == "2024");
    CHECK(got[1].per_share == "1.90");
    CHECK(got[1].fiscal_year == "2023");
    CHECK(got[2].per_share == "1.98");
    CHECK(got[3].per_share == "1.88");
  }
  // A column of shares of a total is no change: the row is not read.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td><td>% of Total</td></tr>
<tr><td>Dividends declared per share</td><td>$ 2.00</td><td>$ 1.90</td><td>40%</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("period rows: a label wrapped over two lines",
          "[facts][dividends][annual]") {
  // The amounts on the first line, "common share" below them.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Cash dividends declared per</td><td>$ 2.00</td><td>$ 1.90</td></tr>
<tr><td>common share</td><td></td><td></td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "2.00");
  CHECK(got[0].provenance ==
        "row 'Cash dividends declared per common share'; column '2024'");
  CHECK(got[1].per_share == "1.90");
  // The amounts on the second line.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">Years Ended December 31,</td></tr>
<tr><td>(In millions, except per share data)</td><td>2024</td><td>2023</td></tr>
<tr><td>Net income</td><td>$ 5,000</td><td>$ 4,500</td></tr>
<tr><td>Dividends declared per share of</td><td></td><td></td></tr>
<tr><td>common stock</td><td>$ 2.00</td><td>$ 1.90</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "2.00");
  CHECK(got[0].kind == "annual");
  CHECK(got[1].per_share == "1.90");
  // A next line that makes no dividend label joins nothing.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends declared per</td><td>$ 2.00</td><td>$ 1.90</td></tr>
<tr><td>employee</td><td></td><td></td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("period rows: far below the headings, under long row labels",
          "[facts][dividends][annual]") {
  // An income statement of seventy lines with long labels, the per-share
  // dividend row last.
  std::string rows;
  for (int i = 0; i < 70; ++i) {
    rows += "<tr><td>Line item " + std::to_string(i) +
            " of the statement of operations, net of related income taxes, "
            "noncontrolling interests and other adjustments</td><td>$ " +
            std::to_string(1000 + i) + "</td><td>$ " + std::to_string(900 + i) +
            "</td></tr>\n";
  }
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
)" + rows + R"(<tr><td>Dividends declared per share</td><td>$ 2.00</td><td>$ 1.90</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "2.00");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].per_share == "1.90");
  CHECK(got[1].fiscal_year == "2023");
  // Headings of another table, above titles between the tables, are not
  // this row's.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
)" + rows + R"(</table>
<p>Note 12</p><p>Stockholders' Equity</p><p>Dividends</p><p>Other information</p>
<table>
<tr><td>Dividends declared per share</td><td>$ 2.00</td><td>$ 1.90</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("per share written with a hyphen in headings and labels",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends declared in fiscal 2024:</p>
<table>
<tr><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td>Per-Share Amount</td></tr>
<tr><td>January 16, 2024</td><td>February 9, 2024</td><td>March 1, 2024</td><td>$ 1.06</td></tr>
</table>
<p>Selected data</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Per-share dividends declared</td><td>$ 4.24</td><td>$ 4.08</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "1.06");
  CHECK(got[0].record_date == "2024-02-09");
  CHECK(got[1].per_share == "4.24");
  CHECK(got[1].kind == "annual");
  CHECK(got[2].per_share == "4.08");
  // "a $0.53-per-share dividend" in a sentence.
  got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\nIn April 2024, we paid a $0.53-per-share dividend to "
      "shareholders of record on March 28, 2024.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.53");
  CHECK(got[0].record_date == "2024-03-28");
}

TEST_CASE("period rows: footnote marks after the label",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends declared per share (1)(2)</td><td>$ 4.24</td><td>$ 4.08</td></tr>
<tr><td>Dividends paid per share&#185;</td><td>$ 4.14</td><td>$ 3.98</td></tr>
<tr><td>Cash dividends per share&#8224;</td><td>$ 4.04</td><td>$ 3.88</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "4.24");
  CHECK(got[0].status == "declared");
  CHECK(got[2].per_share == "4.14");
  CHECK(got[2].status == "paid");
  CHECK(got[5].per_share == "3.88");
}

TEST_CASE("column-headed table: an Amount column under a per-share lead-in",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The following table summarizes the per share dividends declared by our Board of Directors in fiscal 2024:</p>
<table>
<tr><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td>Amount</td></tr>
<tr><td>January 16, 2024</td><td>February 9, 2024</td><td>March 1, 2024</td><td>$ 1.06</td></tr>
<tr><td>April 17, 2024</td><td>May 10, 2024</td><td>June 3, 2024</td><td>$ 1.06</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.06");
  CHECK(got[0].declared_date == "2024-01-16");
  CHECK(got[0].record_date == "2024-02-09");
  CHECK(got[0].payable_date == "2024-03-01");
  CHECK(got[0].total_amount.empty());
  CHECK(got[1].payable_date == "2024-06-03");
  // The lead-in says nothing of per share, or a unit of totals is stated:
  // the amounts may be totals, and give nothing.
  for (const char* lead :
       {"The following table summarizes the dividends declared in fiscal "
        "2024:",
        "The following table summarizes the per share dividends declared in "
        "fiscal 2024 (in millions):"}) {
    INFO(lead);
    got = ExtractDividends(HtmlDoc(std::string(R"(<html><body><p>FORM 10-K</p>
<p>)") + lead + R"(</p>
<table>
<tr><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td>Amount</td></tr>
<tr><td>January 16, 2024</td><td>February 9, 2024</td><td>March 1, 2024</td><td>$ 106</td></tr>
</table></body></html>)"));
    CHECK(got.empty());
  }
}

TEST_CASE("sentences: a dividend reduced from one rate to another",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("FORM 10-K\n\nIn January 2024, our Board of Directors reduced "
              "the quarterly cash dividend from $0.48 per share to $0.25 per "
              "share.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.48");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "0.25");
  CHECK(got[1].kind == "quarterly");
  // A reduction of a price is no dividend, though a dividend caused it:
  // the rate a change ends at is of the same thing as the one it starts
  // from.
  for (const char* s :
       {"We reduced the exercise price of the warrants from $12.00 per share "
        "to $8.00 per share.",
        "The exercise price of the warrants was reduced from $12.00 per share "
        "to $11.00 per share following the special dividend.",
        "The conversion price was increased from $40.00 per share to $41.50 "
        "per share after the dividend was paid."}) {
    INFO(s);
    CHECK(ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + s + "\n"))
              .empty());
  }
}

TEST_CASE("period rows: class rows under a title that says per share",
          "[facts][dividends][annual]") {
  // A title paragraph of its own, a lead-in sentence: every class row is
  // a dividend per share of its class.
  for (const char* title : {"Dividends declared per share",
                            "The following table presents dividends declared "
                            "per share:"}) {
    INFO(title);
    auto got = ExtractDividends(HtmlDoc(std::string(R"(<html><body><p>FORM 10-K</p>
<p>)") + title + R"(</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Class A common stock</td><td>$ 0.64</td><td>$ 0.60</td></tr>
<tr><td>Class B common stock</td><td>$ 0.58</td><td>$ 0.54</td></tr>
</table></body></html>)"));
    REQUIRE(got.size() == 4);
    CHECK(got[0].per_share == "0.64");
    CHECK(got[0].share_class == "Class A");
    CHECK(got[0].kind == "annual");
    CHECK(got[0].fiscal_year == "2024");
    CHECK(got[3].per_share == "0.54");
    CHECK(got[3].share_class == "Class B");
    CHECK(got[3].fiscal_year == "2023");
  }
  // Class rows of earnings per share are no dividends.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Net income per share</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Class A common stock</td><td>$ 3.64</td><td>$ 3.60</td></tr>
<tr><td>Class B common stock</td><td>$ 3.58</td><td>$ 3.54</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("statement labels: the stock after a comma",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>Retained Earnings</td><td>Total</td></tr>
<tr><td>Net income</td><td>2,345</td><td>2,345</td></tr>
<tr><td>Dividends, common stock ($2.06 per share)</td><td>(1,234</td><td>)</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "2.06");
  CHECK(got[0].provenance == "row 'Dividends, common stock ($2.06 per share)'");
}

TEST_CASE("per-share words naming a class",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>Retained Earnings</td><td>Total</td></tr>
<tr><td>Dividends paid ($0.59 per Class A share and $0.60 per Class B share)</td><td>(1,234</td><td>)</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.59");
  CHECK(got[0].share_class == "Class A");
  CHECK(got[1].per_share == "0.60");
  CHECK(got[1].share_class == "Class B");
  got = ExtractDividends(
      TextDoc("FORM 10-Q\n\nOn April 24, 2024, the Board of Directors "
              "declared a quarterly dividend of $0.20 per Class A common "
              "share, payable on May 20, 2024.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.20");
  CHECK(got[0].share_class == "Class A");
  CHECK(got[0].payable_date == "2024-05-20");
  // A price per class share is none.
  CHECK(ExtractDividends(
            TextDoc("FORM 10-K\n\nWe repurchased shares at an average price "
                    "of $45.10 per Class B share, after dividends.\n"))
            .empty());
}

TEST_CASE("sentences: one rate in two years is two dividends",
          "[facts][dividends][annual]") {
  // The year's rate and a declaration of the next year at the same rate
  // are not one dividend: the declaration keeps its dates, and the year's
  // rate takes none of them.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>We paid quarterly dividends of $0.23 per share in each quarter of 2023.</p>
<p>On January 25, 2024, the Board of Directors declared a quarterly dividend of $0.23 per share payable March 1, 2024 to holders of record on February 9, 2024.</p>
</body></html>)"));
  REQUIRE(got.size() == 5);  // the four quarters of 2023, and 2024's
  CHECK(got[0].per_share == "0.23");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].declared_date.empty());
  CHECK(got[0].payable_date.empty());
  CHECK(got[3].payable_date.empty());
  CHECK(got[4].per_share == "0.23");
  CHECK(got[4].fiscal_year.empty());
  CHECK(got[4].declared_date == "2024-01-25");
  CHECK(got[4].record_date == "2024-02-09");
  // A fiscal year that ends early in the calendar holds the dates of the
  // year before: one dividend.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The Board declared a quarterly dividend of $0.25 per share in fiscal 2024.</p>
<p>On November 1, 2023, the Board declared a dividend of $0.25 per share payable December 1, 2023.</p>
</body></html>)"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[0].declared_date == "2023-11-01");
}

TEST_CASE("sentences: a rate stated with 'is' or 'in each quarter of', an "
          "annualized rate",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nWe have paid a regular quarterly cash dividend since "
      "1995. The current quarterly dividend rate is $0.50 per share.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.50");
  CHECK(got[0].kind == "quarterly");
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nCash dividends per share declared in each quarter of "
      "fiscal 2024 were $0.31.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.31");
  CHECK(got[0].fiscal_year == "fiscal 2024");
  // The year's rate beside a quarter's payment takes none of the
  // payment's dates.
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nIn January 2024, our Board of Directors approved a 7% "
      "increase in our dividend to $1.24 per share on an annualized basis "
      "and declared our first quarterly dividend payment of $0.31 per share, "
      "payable on April 24, 2024 to shareholders of record as of the close "
      "of business on April 3, 2024.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.24");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].payable_date.empty());
  CHECK(got[0].record_date.empty());
  CHECK(got[1].per_share == "0.31");
  CHECK(got[1].kind == "quarterly");
  CHECK(got[1].payable_date == "2024-04-24");
  CHECK(got[1].record_date == "2024-04-03");
  // Prices and option inputs stated with "is" stay out, and so does a
  // price "at" an amount per share.
  for (const char* s :
       {"The expected dividend is $0.96 per share, based on the current "
        "rate.",
        "The dividend yield is 2.5%, and the stock price is $45.00 per "
        "share.",
        "The dividend is payable in cash or in shares at $40.00 per share at "
        "the holder's election."}) {
    INFO(s);
    CHECK(ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + s + "\n"))
              .empty());
  }
}

TEST_CASE("statement labels: per share and a colon over years and amounts",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>Retained Earnings</td><td>Total</td></tr>
<tr><td>Common stock dividends declared, per share: 2024 &#8211; $1.04; 2023 &#8211; $1.00</td><td>(1,234</td><td>)</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.04");
  CHECK(got[1].per_share == "1.00");
  got = ExtractDividends(
      TextDoc("FORM 10-K\n\nCash dividends per share: 2024 $1.02; 2023 "
              "$0.96.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.02");
  CHECK(got[1].per_share == "0.96");
  // Earnings after preferred dividends, per share, are no dividend.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td>Net income after preferred dividends, per share: 2024 &#8211; $5.10; 2023 &#8211; $4.90</td><td>1,234</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("sentences: a list of quarters' rates, one rate twice",
          "[facts][dividends][annual]") {
  // Per share said after the first amount only; the same rate in two
  // quarters is two dividends, named or not ("for each of the third and
  // fourth quarters of 2024": one a quarter).
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nThe Board declared dividends of $0.45 per share for the "
      "first quarter, $0.45 for the second quarter and $0.48 for each of the "
      "third and fourth quarters of 2024.\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.45");
  CHECK(got[1].per_share == "0.45");
  CHECK(got[2].per_share == "0.48");
  CHECK(got[2].fiscal_year == "2024");
  CHECK(got[3].per_share == "0.48");
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nDividends declared per common share were $0.25 in each "
      "of the first three quarters and $0.27 in the fourth quarter of "
      "2024.\n"));
  // (The run of quarters takes the sentence's one year: three quarters'
  // dividends of $0.25, then the fourth quarter's.)
  REQUIRE(got.size() == 4);
  for (int i = 0; i < 3; ++i) {
    CHECK(got[i].per_share == "0.25");
    CHECK(got[i].kind == "quarterly");
    CHECK(got[i].fiscal_year == "2024");
  }
  CHECK(got[3].per_share == "0.27");
  // A rate stated again in a later sentence is one dividend.
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nThe Board declared a quarterly dividend of $0.45 per "
      "share on February 1, 2024. The dividend of $0.45 per share is "
      "payable on March 1, 2024.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date == "2024-02-01");
  CHECK(got[0].payable_date == "2024-03-01");
}

TEST_CASE("sentences: a quarter's kind word gives no kind to a longer "
          "period's sum, nor a year's to a quarter's rate",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\nOur regular quarterly dividend was $0.72 per share, and "
      "dividends declared in the nine months ended September 30, 2024 were "
      "$2.16 per share.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.72");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "2.16");
  CHECK(got[1].kind.empty());
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nOur annual dividend was $2.88 per share, and we paid "
      "$0.72 per share in the fourth quarter of 2024.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "2.88");
  CHECK(got[0].kind == "annual");
  CHECK(got[1].per_share == "0.72");
  CHECK(got[1].kind != "annual");
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nThe Board approved an annual dividend of $2.88 per share, "
      "or $0.72 per share quarterly.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].kind == "annual");
  CHECK(got[1].per_share == "0.72");
  CHECK(got[1].kind == "quarterly");
}

TEST_CASE("sentences: a date of reference is no declaration date",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nSubsequent to December 31, 2023, the Board declared a "
      "dividend of $0.16 per share, payable March 1, 2024 (record date "
      "February 15, 2024).\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.16");
  CHECK(got[0].declared_date.empty());
  CHECK(got[0].record_date == "2024-02-15");
  CHECK(got[0].payable_date == "2024-03-01");
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nOn January 10, 2024, the Board declared a quarterly "
      "dividend of $0.11 per share with a record date of February 15, 2024 "
      "and a payment date of March 1, 2024.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date == "2024-01-10");
  CHECK(got[0].record_date == "2024-02-15");
  CHECK(got[0].payable_date == "2024-03-01");
}

TEST_CASE("dividends and dividend equivalents at one rate",
          "[facts][dividends][annual]") {
  // The holders' dividend, stated with the awards' equivalents that follow
  // it, in a period row, a sentence and a statement label.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends and dividend equivalents declared per share</td><td>$ 3.76</td><td>$ 3.40</td></tr>
</table>
<p>In 2024, we declared dividends and dividend equivalents of $3.86 per share.</p>
<table>
<tr><td></td><td>Retained Earnings</td></tr>
<tr><td>Dividends and dividend equivalents declared ($3.96 per share)</td><td>(1,234)</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "3.76");
  CHECK(got[0].kind == "annual");
  CHECK(got[1].per_share == "3.40");
  CHECK(got[2].per_share == "3.86");
  CHECK(got[3].per_share == "3.96");
  // Equivalents alone stay out.
  CHECK(ExtractDividends(
            TextDoc("FORM 10-K\n\nDividend equivalents of $0.52 per share "
                    "were paid on restricted stock units.\n"))
            .empty());
}

TEST_CASE("revenue shares of a quarter and the year to date",
          "[facts][revenue][annual]") {
  // Two periods that end on one day: one share each, in the order
  // written, both of that year.
  auto got = ExtractRevenueShares(TextDoc(
      "FORM 10-Q\n\nSales to our largest customer, Acme Corp., represented "
      "12% and 11% of revenue for the three and nine months ended September "
      "30, 2024, respectively.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].percent == "12");
  CHECK(got[0].subject == "Acme Corp.");
  CHECK(got[0].metric == "revenue");
  CHECK(got[0].period_end == "2024");
  CHECK(got[1].percent == "11");
  CHECK(got[1].period_end == "2024");
  got = ExtractRevenueShares(TextDoc(
      "FORM 10-Q\n\nFor the three and six months ended June 30, 2024, one "
      "customer accounted for 15% and 13% of net sales, respectively.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].percent == "15");
  CHECK(got[1].percent == "13");
  CHECK(got[1].period_end == "2024");
  // One period and two shares: not known which is whose.
  CHECK(ExtractRevenueShares(
            TextDoc("FORM 10-Q\n\nSales to Acme Corp. represented 12% and "
                    "11% of revenue for the nine months ended September 30, "
                    "2024, respectively.\n"))
            .empty());
}

TEST_CASE("period rows: a declaring sentence right above a table of years",
          "[facts][dividends][annual]") {
  // A sentence with an amount of its own that mentions a quarter is prose
  // about that dividend, not a heading that makes the year columns
  // quarters: the class rows under "Dividends declared per share:" stay
  // annual. A sentence without an amount may describe the columns ("...
  // for the three months ended March 31, 2024 and 2023."): nothing is
  // read as annual then.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>We declared a quarterly cash dividend of 23 cents per share in each quarter of 2023.</p>
<table>
<tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Dividends declared per share:</td><td></td><td></td></tr>
<tr><td>Class A common stock</td><td>$ 0.80</td><td>$ 0.76</td></tr>
<tr><td>Class B common stock</td><td>$ 0.88</td><td>$ 0.84</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 8);  // the rows, and each quarter of 2023
  CHECK(got[0].per_share == "0.80");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].share_class == "Class A");
  CHECK(got[3].per_share == "0.84");
  CHECK(got[3].fiscal_year == "2022");
  CHECK(got[3].share_class == "Class B");
  CHECK(got[4].per_share == "0.23");
  CHECK(got[4].kind == "quarterly");
  auto months = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>The following table summarizes the dividends declared for the three months ended March 31, 2024 and 2023.</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Dividends declared per share</td><td>$ 0.25</td><td>$ 0.23</td></tr>
</table></body></html>)"));
  for (const auto& d : months) CHECK(d.kind != "annual");
}

TEST_CASE("quarter rows: a lead-in of each quarter's dividends without 'per share'",
          "[facts][dividends][annual]") {
  auto table = [](const std::string& lead, const std::string& a,
                  const std::string& b) {
    return ExtractDividends(HtmlDoc(
        "<html><body><p>FORM 10-K</p><p>" + lead +
        "</p><table><tr><td></td><td>2020</td><td>2019</td></tr>"
        "<tr><td>First Quarter</td><td>$</td><td>" + a + "</td><td>$</td><td>" + b +
        "</td></tr><tr><td>Second Quarter</td><td>$</td><td>" + a +
        "</td><td>$</td><td>" + b + "</td></tr></table></body></html>"));
  };
  auto got = table(
      "There were 52,300 record holders. Cash dividends declared on common "
      "stock in each quarter were:",
      "0.645", "0.620");
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.645");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2020");
  CHECK(got[1].per_share == "0.620");
  // Whole amounts are totals, not per-share amounts; so are a subsidiary's.
  CHECK(table("Cash dividends declared on common stock in each quarter were:",
              "276", "270")
            .empty());
  CHECK(table("Dividends paid by our subsidiaries in each quarter were:",
              "0.645", "0.620")
            .empty());
}

TEST_CASE("year rows: a 20-F's half years by the year's last day, the unit in the title",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n"
      "The following table sets forth dividends per share (in yen) for the "
      "last two fiscal years:\n"
      "Fiscal year ended\tInterim\t\tYear-end\t\tAnnual\n"
      "March 31, 2023\t\xC2\xA5\t42\t\xC2\xA5\t46\t\xC2\xA5\t88\n"
      "March 31, 2024\t\xC2\xA5\t45\t\xC2\xA5\t50\t\xC2\xA5\t95\n"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "42.00");
  CHECK(got[0].currency == "JPY");
  CHECK(got[0].kind == "interim");
  CHECK(got[0].fiscal_year == "March 31, 2023");
  CHECK(got[2].kind == "annual");
  CHECK(got[5].per_share == "95.00");
}

TEST_CASE("column tables: month rows, a special row, totals in no stated unit",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>We pay regular quarterly dividends. The following table summarizes the dividends declared on our common stock:</p>
<table>
<tr><td>Month</td><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td>Per Share</td><td>Amount</td></tr>
<tr><td>January 2024</td><td>1/9/2024</td><td>1/31/2024</td><td>2/15/2024</td><td>$0.2575</td><td>$22,763</td></tr>
<tr><td>Special</td><td>2/8/2024</td><td>2/29/2024</td><td>3/15/2024</td><td>$1.00</td><td>$88,400</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].kind.empty());  // a month, not a quarter
  CHECK(got[0].total_amount.empty());  // 88,400 shares: a unit stated elsewhere
  CHECK(got[1].kind == "special");
}

TEST_CASE("dividend tables under a lead-in of the common stock's dividends",
          "[facts][dividends][annual]") {
  // Dated rows with a "Dividend" column.
  auto dated = [](const std::string& amount) {
    return ExtractDividends(HtmlDoc(
        "<html><body><p>FORM 10-K</p><p>The following table sets forth the "
        "dividends declared on our common stock:</p><table>"
        "<tr><td></td><td>Declaration Date</td><td>Record Date</td>"
        "<td>Payment Date</td><td>Dividend</td></tr>"
        "<tr><td></td><td>September 28, 2023</td><td>October 10, 2023</td>"
        "<td>November 1, 2023</td><td>$" + amount + "</td></tr>"
        "<tr><td></td><td>December 14, 2023</td><td>January 9, 2024</td>"
        "<td>February 1, 2024</td><td>$" + amount + "</td></tr>"
        "</table></body></html>"));
  };
  auto got = dated("0.52");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.52");
  CHECK(got[0].record_date == "2023-10-10");
  CHECK(dated("25.7").empty());  // totals in a unit stated elsewhere
  // Quarter rows with an "Amount" column.
  auto quarters = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The following table sets forth the dividends declared on our common stock:</p>
<table>
<tr><td>Quarter</td><td>Amount</td></tr>
<tr><td>2023</td><td></td></tr>
<tr><td>First quarter</td><td>$0.15</td></tr>
<tr><td>Second quarter</td><td>0.16</td></tr>
</table></body></html>)"));
  REQUIRE(quarters.size() == 2);
  CHECK(quarters[0].per_share == "0.15");
  CHECK(quarters[0].kind == "quarterly");
  CHECK(quarters[0].fiscal_year == "2023");
}

TEST_CASE("dividend rows: a special row after the total, kinds under a per-share label, a depositary column",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends declared on our common stock during 2023 were as follows:</p>
<table>
<tr><td></td><td>Declared</td><td>Record</td><td>Paid</td><td>Per Share</td><td>Amount (in millions)</td></tr>
<tr><td>First Quarter</td><td>2/15/2023</td><td>3/3/2023</td><td>3/17/2023</td><td>$0.28</td><td>$11.9</td></tr>
<tr><td>Total regular dividends</td><td></td><td></td><td></td><td>$0.28</td><td>$11.9</td></tr>
<tr><td>Special dividend</td><td>12/13/2023</td><td>12/29/2023</td><td>1/12/2024</td><td>$2.00</td><td>$84.6</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[1].per_share == "2.00");
  CHECK(got[1].kind == "special");
  CHECK(got[1].total_amount == "84600000");
  auto rows = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31,</td></tr>
<tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Diluted net earnings per share</td><td>$7.06</td><td>$6.12</td></tr>
<tr><td>Dividends declared per common share:</td><td></td><td></td></tr>
<tr><td>Regular</td><td>$1.12</td><td>$1.04</td></tr>
<tr><td>Special</td><td>2.00</td><td>1.50</td></tr>
</table></body></html>)"));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].per_share == "1.12");
  CHECK(rows[0].kind == "annual");
  CHECK(rows[2].per_share == "2.00");
  CHECK(rows[2].kind == "special");
  auto pref = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>Dividends declared on our Series A Preferred Stock were as follows:</p>
<table>
<tr><td></td><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td>Per Share</td><td>Per Depositary Share</td><td>Amount (in thousands)</td></tr>
<tr><td>First Quarter</td><td>2/14/2023</td><td>3/1/2023</td><td>3/15/2023</td><td>$14.375</td><td>$0.359375</td><td>$4,313</td></tr>
</table></body></html>)"));
  REQUIRE(pref.size() == 1);
  CHECK(pref[0].per_share == "14.375");
  CHECK(pref[0].total_amount == "4313000");
}

TEST_CASE("period rows: a preferred series' per-share row under its lead-in",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Preferred Stock. Dividends are payable quarterly in arrears when, as and if declared by the Board. Dividends declared on the Series A Preferred Stock were as follows:</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31,</td></tr>
<tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Per share of Series A Preferred Stock</td><td>$1,468.75</td><td>$1,468.75</td></tr>
<tr><td>Total (in thousands)</td><td>$2,938</td><td>$2,938</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1468.75");
  CHECK(got[0].share_class == "Preferred");
  CHECK(got[0].kind == "annual");
  // Without the lead-in the row says nothing of a dividend.
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The Series A Preferred Stock has a liquidation preference as follows:</p>
<table>
<tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Per share of Series A Preferred Stock</td><td>$25,000.00</td><td>$25,000.00</td></tr>
</table></body></html>)"))
            .empty());
}

TEST_CASE("period rows: preferred series rows under quarter groups of 'Per Share | Amount'",
          "[facts][dividends][annual]") {
  auto table = [](const std::string& lead) {
    return ExtractDividends(HtmlDoc(
        "<html><body><p>FORM 10-Q</p><p>" + lead + "</p><table>"
        "<tr><td></td><td colspan=\"4\">Three Months Ended June 30, 2024</td>"
        "<td colspan=\"4\">Three Months Ended June 30, 2023</td></tr>"
        "<tr><td></td><td colspan=\"2\">Per Share</td><td colspan=\"2\">Amount</td>"
        "<td colspan=\"2\">Per Share</td><td colspan=\"2\">Amount</td></tr>"
        "<tr><td>Series A Preferred Stock</td><td>$</td><td>14.6875</td><td>$</td>"
        "<td>2,938</td><td>$</td><td>14.6875</td><td>$</td><td>2,938</td></tr>"
        "<tr><td>Series B Preferred Stock</td><td>$</td><td>0.40625</td><td></td>"
        "<td>1,625</td><td>$</td><td>0.40625</td><td></td><td>1,625</td></tr>"
        "</table></body></html>"));
  };
  auto got = table(
      "The following table presents dividends declared on the Company's "
      "preferred stock (dollars in thousands, except per share amounts):");
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "14.6875");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].share_class == "Preferred");
  CHECK(got[2].per_share == "0.40625");
  // The "Amount" columns are totals: none is a per-share amount.
  for (const auto& d : got) CHECK(d.per_share != "2938.00");
  // Without a lead-in of dividends, the rows say nothing of one.
  CHECK(table("The following table presents the preferred stock "
              "outstanding:")
            .empty());
}

TEST_CASE("period rows: a per-ADS row beside the per-share row is the same dividend",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<table>
<tr><td></td><td>2019</td><td>2018</td></tr>
<tr><td>Basic net income per share (&#165;)</td><td>382.15</td><td>349.40</td></tr>
<tr><td>Cash dividends per share (&#165;)</td><td>85.00</td><td>75.00</td></tr>
<tr><td>Cash dividends per ADS (US$)</td><td>0.77</td><td>0.68</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "85.00");
  CHECK(got[0].currency == "JPY");
  CHECK(got[1].per_share == "75.00");
  // A per-ADS row alone is not read either: its amount is no amount per
  // share (the row per share may be one the rules do not read).
  auto alone = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<table>
<tr><td></td><td>2019</td><td>2018</td></tr>
<tr><td>Cash dividends per ADS (US$)</td><td>0.77</td><td>0.68</td></tr>
</table></body></html>)"));
  CHECK(alone.empty());
}

TEST_CASE("period rows: dotted leaders and a footnote's mark in 1990s text",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "ITEM 6.  SELECTED FINANCIAL DATA\n\n"
      "                                  1998       1997       1996\n"
      "                                --------   --------   --------\n"
      "Net sales.....................  $312,447   $287,915   $251,330\n"
      "Per share (1):\n"
      "  Basic earnings..............     $1.71      $1.52      $1.15\n"
      "  Dividends declared..........       .70        .64        .58\n"
      "  Book value..................     12.46      11.42      10.51\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "0.70");
  CHECK(got[0].kind == "annual");
  CHECK(got[2].per_share == "0.58");
}

TEST_CASE("dividend sentences: a subsidiary's preferred stock named after the amounts",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nNote 8. Preferred Stock of Subsidiary\n\n"
      "CEC has outstanding cumulative preferred stock that is not subject to "
      "mandatory redemption. CEC paid dividends of $4.50, $4.16 and $6.72 "
      "per share on the respective series in 2004, and dividends on "
      "preferred stock of subsidiary totaled $1.2 million.\n"));
  CHECK(got.empty());
}

TEST_CASE("dividend sentences: the sentence after the amounts runs past an abbreviation",
          "[facts][dividends][annual]") {
  // "Co." ends no sentence: the subsidiary named after it still tells whose
  // preferred stock this is.
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nNote 8. Preferred Stock\n\n"
      "During 2004 CEC paid dividends of $4.50 per share on the series held "
      "by the public through Cedar Electric Co. and dividends on preferred "
      "stock of subsidiary totaled $1.2 million.\n"));
  CHECK(got.empty());
}

TEST_CASE("market tables: classes over groups of columns, the year in the labels' column",
          "[facts][dividends][annual]") {
  auto table = [](const char* classes) {
    return ExtractDividends(TextDoc(
        std::string("ITEM 5.  MARKET FOR THE REGISTRANT'S COMMON EQUITY\n\n"
                    "     The following table sets forth the range of high and "
                    "low sales\nprices and cash dividends paid per share on "
                    "each class of common stock.\n\n") +
        classes +
        "                          ---------------------------  "
        "---------------------------\n"
        "1997                        High     Low    Dividends    High     Low"
        "    Dividends\n"
        "First Quarter...........  $33.25  $27.50    $.10     $32.63  $27.00"
        "     $.09\n"
        "Second Quarter..........   35.88   30.13     .10      35.25   29.75"
        "      .09\n"));
  };
  auto got = table(
      "                              Class A Common Stock        Class B "
      "Common Stock\n");
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.10");
  CHECK(got[0].share_class == "Class A");
  CHECK(got[0].fiscal_year == "1997");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "0.09");
  CHECK(got[1].share_class == "Class B");
  // Without the classes, two dividend columns of one year are not told
  // apart: nothing is read.
  CHECK(table("\n").empty());
}

TEST_CASE("dividend sentences: 'Dividends on our common stock totaled ...'",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nDividends on our common stock totaled $1.20 per share in "
      "2016. Dividends on the Series C Preferred Stock were $1.59375 per "
      "share in 2016.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.20");
  CHECK(got[0].fiscal_year == "2016");
  CHECK(got[1].per_share == "1.59375");
  CHECK(got[1].share_class == "Preferred");
  // Not a verb of a dividend: the stock's price.
  CHECK(ExtractDividends(TextDoc("FORM 10-K\n\nThe price of our common stock "
                                 "was $31.20 per share in 2016.\n"))
            .empty());
}

TEST_CASE("dividend sentences: the preferred series named after a depositary share's amount",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nOn January 15, 2024, the Board declared a dividend of "
      "$390.625 per share ($0.390625 per depositary share) on the Series A "
      "Preferred Stock, payable February 19, 2024 to holders of record on "
      "February 5, 2024.\n"));
  REQUIRE(!got.empty());
  CHECK(got[0].per_share == "390.625");
  CHECK(got[0].share_class == "Preferred");
  CHECK(got[0].record_date == "2024-02-05");
  // A footnote restating figures for a stock dividend declares none.
  CHECK(ExtractDividends(TextDoc("FORM 10-K\n\n*  Restated for the 5% stock "
                                 "dividend paid in June 1997.\n"))
            .empty());
}

TEST_CASE("dividend sentences: one rate for several quarters, a dividend each",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\n(1) Cash dividends declared were $0.74 per share in each "
      "of the first and second quarters of 2023 and $0.71 per share in each "
      "of the first and second quarters of 2022.\n\nOn July 26, 2023, the "
      "Board declared a quarterly cash dividend of $0.74 per share, payable "
      "September 8, 2023 to stockholders of record on August 18, 2023.\n"));
  REQUIRE(got.size() == 5);
  CHECK(got[0].per_share == "0.74");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].payable_date.empty());  // the July declaration is its own
  CHECK(got[1].per_share == "0.74");
  CHECK(got[2].per_share == "0.71");
  CHECK(got[2].fiscal_year == "2022");
  CHECK(got[4].per_share == "0.74");
  CHECK(got[4].declared_date == "2023-07-26");
  auto months = ExtractDividends(TextDoc(
      "FORM 10-Q\n\nDuring each of the three months ended June 30, 2024 and "
      "June 30, 2023, the Company declared dividends on the Series B "
      "Preferred Stock of $0.3125 per share, or $1.2 million in each "
      "period.\n"));
  REQUIRE(months.size() == 2);
  CHECK(months[0].fiscal_year == "2024");
  CHECK(months[1].fiscal_year == "2023");
  CHECK(months[1].share_class == "Preferred");
}

TEST_CASE("typed 20-F history: groups per share and per ADS over the parts",
          "[facts][dividends][annual]") {
  // The groups' titles are centred over their columns; the per-ADS group's
  // columns are not read.
  auto got = ExtractDividends(testing::TextDoc(
      "     The table below sets out the dividends per Ordinary Share in\n"
      "respect of each of the last two fiscal years, together with the\n"
      "amount per ADS translated into US dollars.\n"
      "\n"
      "Year ended         Per Ordinary Share              Per ADS\n"
      "31 March      Interim    Final    Total   Interim   Final   Total\n"
      "              -------    -----    -----   -------   -----   -----\n"
      "2001             3.20p    6.40p    9.60p     $0.19   $0.38   $0.57\n"
      "2002             3.40p    6.80p   10.20p     $0.20   $0.40   $0.60\n"));
  std::vector<std::string> rows =
      testing::SortedRows(got, [](const Dividend& d) {
        return d.fiscal_year + " " + d.kind + " " + d.per_share + " " +
               d.currency;
      });
  CHECK(rows == std::vector<std::string>{
                    "2001 annual 0.096 GBP", "2001 interim 0.032 GBP",
                    "2001 year-end 0.064 GBP", "2002 annual 0.102 GBP",
                    "2002 interim 0.034 GBP", "2002 year-end 0.068 GBP"});
}

TEST_CASE("typed selected data: interim, final and total under a wrapped label",
          "[facts][dividends][annual]") {
  // "Dividends per ordinary share" over "(pence)(1)" over its parts, each
  // with a dot leader; the per-ADS row below translates them.
  auto got = ExtractDividends(
      testing::TextDoc("FORM 20-F\n\n"
                       "                                1999     1998\n"
                       "                                ----     ----\n"
                       "Earnings per ordinary share\n"
                       "  (pence) ...................   21.4     19.9\n"
                       "Dividends per ordinary share\n"
                       "  (pence)(1)\n"
                       "  Interim ...................   3.10     2.90\n"
                       "  Final .....................   6.20     5.80\n"
                       "                               -----    -----\n"
                       "  Total .....................   9.30     8.70\n"
                       "Dividends per ADS ($)(2) ....   0.61     0.57\n"));
  std::vector<std::string> rows =
      testing::SortedRows(got, [](const Dividend& d) {
        return d.fiscal_year + " " + d.kind + " " + d.per_share + " " +
               d.currency;
      });
  CHECK(rows == std::vector<std::string>{
                    "1998 annual 0.087 GBP", "1998 interim 0.029 GBP",
                    "1998 year-end 0.058 GBP", "1999 annual 0.093 GBP",
                    "1999 interim 0.031 GBP", "1999 year-end 0.062 GBP"});
}

TEST_CASE("a history's second per-share column in US$ translates the first",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following table sets forth the cash dividends per share paid in respect of each of the years indicated, in Swiss francs and translated into US dollars.</p>
<table>
<tr><td>Year in respect of which dividend is paid</td><td colspan="2">CHF per share</td><td colspan="2">US$ per share</td></tr>
<tr><td>2012</td><td>CHF</td><td>2.10</td><td>$</td><td>2.25</td></tr>
<tr><td>2011</td><td>CHF</td><td>2.00</td><td>$</td><td>2.13</td></tr>
</table></body></html>)"));
  for (const Dividend& d : got) {
    INFO(d.per_share);
    CHECK(d.currency == "CHF");
  }
  CHECK(got.size() >= 2);
}

}  // namespace
TEST_CASE("a quarterly report's statement: amounts over 'Per common share:'",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "                     QUARTERLY REPORT ON FORM 10-Q\n"
      "                  For the quarter ended March 31, 1995\n\n"
      "             CONSOLIDATED STATEMENTS OF INCOME (Unaudited)\n"
      "            (Thousands of dollars, except per share amounts)\n\n"
      "                                              Three Months Ended March "
      "31,\n"
      "                                                      1995        1994\n"
      "Net income                                          10,788       8,462\n"
      "Preferred stock dividends                              825         825\n"
      "Net income applicable to common stock               $9,963      $7,637\n"
      "Per common share:\n"
      "  Primary                                             $.65        $.50\n"
      "  Dividends declared                                  $.30        "
      "$.28\n\n"
      "        CONSOLIDATED STATEMENTS OF RETAINED EARNINGS (Unaudited)\n\n"
      "                                                           1995       "
      "1994\n"
      "Retained earnings, January 1                           $284,916   "
      "$257,045\n"
      "Dividends declared:\n"
      "  Common ($.30 and $.28 per share)                      (4,620)    "
      "(4,284)\n"
      "Retained earnings, March 31                            $290,259   "
      "$260,398\n"));
  // The amounts over the heading are no amounts per share; the statement's
  // bare years in a quarterly report are no fiscal years.
  for (const Dividend& d : got) {
    CHECK(d.per_share != "9963.00");
    CHECK(d.per_share != "7637.00");
    CHECK(d.kind != "annual");
  }
  auto rows = testing::SortedRows(
      got, [](const Dividend& d) { return d.per_share + " " + d.kind; });
  CHECK(std::count(rows.begin(), rows.end(), "0.30 quarterly") >= 1);
}

}  // namespace secx
