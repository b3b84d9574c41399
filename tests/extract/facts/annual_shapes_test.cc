// Common ways 10-K, 10-Q and 20-F filings present dividends, written from
// general knowledge of such filings (no filing of the corpus): headings in
// varied wording, year sub-headings, totals of quarter tables, titles over
// tables, lists and comparisons in sentences, statement row labels, and
// the things beside dividends that must not become per-share dividends.
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::FilingBody;
using testing::HtmlDoc;
using testing::TextDoc;

TEST_CASE("column headings in other words, abbreviated dates, total row",
          "[facts][dividends][annual]") {
  // "Date Declared | Holders of Record as of | Paid on | Amount per Share |
  // Total Amount (in millions)", "$" and the amount in cells of their own,
  // dates written "Feb. 1, 2024" and "Sept. 3, 2024"; the total row is no
  // dividend.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The following table summarizes the cash dividends declared during fiscal 2024:</p>
<table>
<tr><td><b>Date Declared</b></td><td></td><td><b>Holders of Record as of</b></td><td></td><td><b>Paid on</b></td><td></td><td colspan="2"><b>Amount per Share</b></td><td></td><td colspan="2"><b>Total Amount (in millions)</b></td></tr>
<tr><td>Feb. 1, 2024</td><td></td><td>Feb. 15, 2024</td><td></td><td>Mar. 1, 2024</td><td></td><td>$</td><td>0.23</td><td></td><td>$</td><td>45.2</td></tr>
<tr><td>May 2, 2024</td><td></td><td>May 16, 2024</td><td></td><td>June 3, 2024</td><td></td><td>$</td><td>0.23</td><td></td><td>$</td><td>45.0</td></tr>
<tr><td>Aug. 1, 2024</td><td></td><td>Aug. 15, 2024</td><td></td><td>Sept. 3, 2024</td><td></td><td>$</td><td>0.25</td><td></td><td>$</td><td>48.9</td></tr>
<tr><td>Total</td><td></td><td></td><td></td><td></td><td></td><td>$</td><td>0.71</td><td></td><td>$</td><td>139.1</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].declared_date == "2024-02-01");
  CHECK(got[0].record_date == "2024-02-15");
  CHECK(got[0].payable_date == "2024-03-01");
  CHECK(got[0].per_share == "0.23");
  CHECK(got[0].total_amount == "45200000");
  CHECK(got[2].payable_date == "2024-09-03");
  CHECK(got[2].per_share == "0.25");
  CHECK(got[2].total_amount == "48900000");
}

TEST_CASE("year sub-headings with a colon, numeric dates, footnote markers",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Our Board of Directors declared the following dividends:</p>
<table>
<tr><td><b>Declaration Date</b></td><td><b>Record Date</b></td><td><b>Payment Date</b></td><td><b>Amount per Share</b></td><td><b>Total Amount (in millions)</b></td></tr>
<tr><td colspan="5">Fiscal 2024:</td></tr>
<tr><td>2/1/2024</td><td>2/15/2024</td><td>3/1/2024</td><td>$ 0.40</td><td>$ 120</td></tr>
<tr><td colspan="5">Fiscal 2023:</td></tr>
<tr><td>2/2/2023</td><td>2/16/2023</td><td>3/1/2023</td><td>$ 0.38<sup>(1)</sup></td><td>$ 115</td></tr>
</table>
<p>(1) Paid from retained earnings.</p>
</body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[0].declared_date == "2024-02-01");
  CHECK(got[0].total_amount == "120000000");
  CHECK(got[1].fiscal_year == "Fiscal 2023");
  CHECK(got[1].per_share == "0.38");
  CHECK(got[1].record_date == "2023-02-16");
}

TEST_CASE("column-headed tables of preferred dividends keep their class",
          "[facts][dividends][annual]") {
  // A table under a lead-in about a preferred series: every row preferred.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The following table summarizes dividends declared on our Series A Preferred Stock:</p>
<table>
<tr><td><b>Declaration Date</b></td><td><b>Record Date</b></td><td><b>Payment Date</b></td><td><b>Dividend per Share</b></td></tr>
<tr><td>January 15, 2024</td><td>February 1, 2024</td><td>February 15, 2024</td><td>$ 0.40625</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.40625");
  CHECK(got[0].share_class == "Preferred");
  // Rows named by their class: only the preferred ones.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends declared were as follows:</p>
<table>
<tr><td><b>Class</b></td><td><b>Declaration Date</b></td><td><b>Record Date</b></td><td><b>Payment Date</b></td><td><b>Dividend per Share</b></td></tr>
<tr><td>Common Stock</td><td>January 15, 2024</td><td>February 1, 2024</td><td>February 15, 2024</td><td>$ 0.25</td></tr>
<tr><td>Series B</td><td>January 15, 2024</td><td>February 1, 2024</td><td>February 15, 2024</td><td>$ 0.3750</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].share_class.empty());
  CHECK(got[1].share_class == "Preferred");
}

TEST_CASE("quarter table: the total row is the year's dividend",
          "[facts][dividends][annual]") {
  const std::string head = R"(<html><body><p>FORM 10-K</p>
<p>The following table shows the dividends declared per share of common stock by quarter:</p>
<table>
<tr><td></td><td>2024</td><td></td><td>2023</td></tr>
<tr><td>First quarter</td><td>$</td><td>0.51</td><td>$</td><td>0.47</td></tr>
<tr><td>Second quarter</td><td></td><td>0.51</td><td></td><td>0.47</td></tr>
<tr><td>Third quarter</td><td></td><td>0.51</td><td></td><td>0.47</td></tr>
<tr><td>Fourth quarter</td><td></td><td>0.55</td><td></td><td>0.51</td></tr>
)";
  auto got = ExtractDividends(
      HtmlDoc(head +
              "<tr><td>Total</td><td>$</td><td>2.08</td><td>$</td><td>1.92</td>"
              "</tr></table></body></html>"));
  REQUIRE(got.size() == 10);
  CHECK(got[8].per_share == "2.08");
  CHECK(got[8].kind == "annual");
  CHECK(got[8].fiscal_year == "2024");
  CHECK(got[8].provenance == "row 'Total'; per_share '2024'; year '2024'");
  CHECK(got[9].per_share == "1.92");
  CHECK(got[9].fiscal_year == "2023");
  // A total that is not the sum of its quarters (a special dividend in it,
  // another measure) is left out; the quarters stay.
  got = ExtractDividends(
      HtmlDoc(head +
              "<tr><td>Total</td><td>$</td><td>3.08</td><td>$</td><td>1.92</td>"
              "</tr></table></body></html>"));
  REQUIRE(got.size() == 9);
  CHECK(got[8].per_share == "1.92");
}

TEST_CASE("quarter table under a title paragraph of its own",
          "[facts][dividends][annual]") {
  // "Dividends declared per share" as a paragraph over "Quarter | 2024 |
  // 2023": every year column is read.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p><b>Dividends declared per share</b></p>
<table>
<tr><td>Quarter</td><td>2024</td><td>2023</td></tr>
<tr><td>First</td><td>$0.30</td><td>$0.28</td></tr>
<tr><td>Second</td><td>$0.30</td><td>$0.28</td></tr>
<tr><td>Third</td><td>$0.32</td><td>$0.30</td></tr>
<tr><td>Fourth</td><td>$0.32</td><td>$0.30</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.30");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].per_share == "0.28");
  CHECK(got[1].fiscal_year == "2023");
  CHECK(got[7].per_share == "0.30");
  CHECK(got[7].kind == "quarterly");
  // A title of another measure reads nothing.
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p><b>Dividend payout ratio</b></p>
<table>
<tr><td>Quarter</td><td>2024</td><td>2023</td></tr>
<tr><td>First</td><td>45</td><td>44</td></tr>
</table></body></html>)"))
            .empty());
}

TEST_CASE("quarter table under the last days of fiscal years",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends declared per common share during the fiscal year were as follows:</p>
<table>
<tr><td></td><td colspan="2">Fiscal Year Ended</td></tr>
<tr><td></td><td>September 28, 2024</td><td>September 30, 2023</td></tr>
<tr><td>First quarter</td><td>$ 0.24</td><td>$ 0.23</td></tr>
<tr><td>Second quarter</td><td>0.25</td><td>0.24</td></tr>
<tr><td>Total</td><td>$ 0.49</td><td>$ 0.47</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "0.24");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[3].per_share == "0.24");
  CHECK(got[3].fiscal_year == "2023");
  CHECK(got[4].per_share == "0.49");
  CHECK(got[4].kind == "annual");
  // Without a title or heading that says dividend, dates over quarter
  // rows are some other measure.
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Earnings per share were as follows:</p>
<table>
<tr><td></td><td>September 28, 2024</td><td>September 30, 2023</td></tr>
<tr><td>First quarter</td><td>$ 1.24</td><td>$ 1.23</td></tr>
</table></body></html>)"))
            .empty());
}

TEST_CASE("10-Q statement lines: three and nine months beside EPS rows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>(In millions, except per share amounts)</p>
<table>
<tr><td></td><td colspan="5">Three Months Ended</td><td></td><td colspan="5">Nine Months Ended</td></tr>
<tr><td></td><td colspan="2">September 28, 2024</td><td></td><td colspan="2">September 30, 2023</td><td></td><td colspan="2">September 28, 2024</td><td></td><td colspan="2">September 30, 2023</td></tr>
<tr><td>Net sales</td><td>$</td><td>5,000</td><td></td><td>$</td><td>4,800</td><td></td><td>$</td><td>15,000</td><td></td><td>$</td><td>14,000</td></tr>
<tr><td>Diluted earnings per share</td><td>$</td><td>1.04</td><td></td><td>$</td><td>0.97</td><td></td><td>$</td><td>3.08</td><td></td><td>$</td><td>2.88</td></tr>
<tr><td>Cash dividends declared per share</td><td>$</td><td>0.26</td><td></td><td>$</td><td>0.25</td><td></td><td>$</td><td>0.78</td><td></td><td>$</td><td>0.75</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  const char* want[] = {"0.26", "0.25", "0.78", "0.75"};
  for (size_t i = 0; i < 4; ++i) CHECK(got[i].per_share == want[i]);
  CHECK(got[0].kind == "quarterly");
  CHECK(got[2].kind.empty());  // year to date
}

TEST_CASE("sentences: lists with per share after the last amount, comparisons",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nCash dividends declared were $0.94 and $0.91 per share in "
      "2024 and 2023, respectively.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.94");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].per_share == "0.91");
  CHECK(got[1].fiscal_year == "2023");
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nThe Company paid $2.20, $2.10 and $2.00 per share in "
      "dividends in 2024, 2023 and 2022, respectively.\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "2.20");
  CHECK(got[2].fiscal_year == "2022");
  got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\nDividends declared per share of common stock were $0.51 "
      "for the three months ended June 30, 2024, compared to $0.47 for the "
      "same period in 2023.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[1].per_share == "0.47");
  // A total beside the per-share amount, or another measure compared,
  // stays out.
  for (const char* s :
       {"We paid dividends of $450 million and $0.50 per share.",
        "Dividends declared per share were $0.51, compared to earnings per "
        "share of $1.20."}) {
    INFO(s);
    got = ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + s + "\n"));
    REQUIRE(got.size() == 1);
    CHECK(got[0].per_share != "450.00");
    CHECK(got[0].per_share != "1.20");
  }
}

TEST_CASE("statement row labels: classes, dashes, footnotes, per share first",
          "[facts][dividends][annual]") {
  const char* rows[] = {
      "Class A common stock dividends ($0.24 per share)",
      "Dividends\u2014common stock ($0.94 per share)",
      "Dividends ($0.96 per share)(1)",
      "Dividends on ordinary shares ($0.41 per share)",
      "Dividends declared per common share ($0.52)",
      "Cash dividends declared per share: $0.23",
  };
  const char* want[] = {"0.24", "0.94", "0.96", "0.41", "0.52", "0.23"};
  for (size_t i = 0; i < 6; ++i) {
    INFO(rows[i]);
    auto got = ExtractDividends(TextDoc(
        std::string("Balance at March 31, 2024\t$\t10\t$\t576\n") + rows[i] +
        "\t\t\u2014\t\t(56)\nBalance at June 30, 2024\t$\t10\t$\t610\n"));
    REQUIRE(got.size() == 1);
    CHECK(got[0].per_share == want[i]);
    CHECK(got[0].span.rule == "dividend.table_label");
    CHECK(got[0].share_class == (i == 0 ? "Class A" : ""));
  }
  // Per share said in the parenthesis, one amount per column of a 10-Q
  // statement (three and six months of two years).
  auto got = ExtractDividends(TextDoc(
      "Net income\t900\t800\t1,800\t1,600\n"
      "Dividends (per share \u2014 $0.51, $0.47, $1.02 and $0.94)\t(300)\t"
      "(280)\t(600)\t(560)\nBalance at end of period\t6,600\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.51");
  CHECK(got[3].per_share == "0.94");
  CHECK(got[3].span.rule == "dividend.table_label");
  // Not dividends of the common shares: none.
  for (const char* row : {"Preferred dividends ($6.25 per share)(1)",
                          "Dividends\u2014noncontrolling interests ($2.00 "
                          "per share)",
                          "Dividend equivalents ($0.24 per share)(1)"}) {
    INFO(row);
    CHECK(
        ExtractDividends(TextDoc(std::string("Net income\t\t120\n") + row +
                                 "\t\t(4)\nBalance at June 30, 2024\t$\t610\n"))
            .empty());
  }
}

TEST_CASE("quarter rows named by the quarter's last day",
          "[facts][dividends][annual]") {
  // "Quarter Ended | Dividends Declared Per Share | Dividends Paid Per
  // Share" over rows "March 31, 2024": quarterly, the date names no fiscal
  // year, declared and paid columns keep their status.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td><b>Quarter Ended</b></td><td><b>Dividends Declared Per Share</b></td><td><b>Dividends Paid Per Share</b></td></tr>
<tr><td>March 31, 2024</td><td>$ 0.20</td><td>$ 0.18</td></tr>
<tr><td>June 30, 2024</td><td>$ 0.20</td><td>$ 0.20</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.20");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].status == "declared");
  CHECK(got[0].fiscal_year.empty());
  CHECK(got[0].provenance ==
        "row 'March 31, 2024'; per_share 'Dividends Declared Per Share'");
  CHECK(got[1].per_share == "0.18");
  CHECK(got[1].status == "paid");
  // Dates under a heading that is no quarter ("Payment Date") are the
  // column-headed rule's, not quarter rows.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td><b>Payment Date</b></td><td><b>Dividends Per Share</b></td></tr>
<tr><td>March 31, 2024</td><td>$ 0.20</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].payable_date == "2024-03-31");
  CHECK(got[0].span.rule == "dividend.column_table");
}

TEST_CASE(
    "sentences: each amount's own year, a dividend stated without a "
    "verb of declaring",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nThe Board declared dividends of $0.23 per share in each "
      "quarter of fiscal 2024 and $0.21 per share in each quarter of fiscal "
      "2023.\n"));
  REQUIRE(got.size() == 8);  // each quarter of each year
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[4].per_share == "0.21");
  CHECK(got[4].fiscal_year == "Fiscal 2023");
  for (const char* s : {"Our quarterly dividend was $0.19 per share in 2024.",
                        "In 2024, dividends totaled $0.19 per share.",
                        "Holders of our common stock received dividends of "
                        "$0.19 per share during 2024."}) {
    INFO(s);
    got = ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + s + "\n"));
    REQUIRE(got.size() == 1);
    CHECK(got[0].per_share == "0.19");
  }
  for (const char* s : {"If declared, the dividend would be $0.30 per share.",
                        "Dividends were $1,200 million in 2024.",
                        "Dividend equivalents were $0.40 per share."}) {
    INFO(s);
    CHECK(ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + s + "\n"))
              .empty());
  }
}

TEST_CASE("statement labels: a label wrapped over lines, the next row's label",
          "[facts][dividends][annual]") {
  // "Dividends paid to" and its cells, then the label's two more lines:
  // one record, the whole label as provenance.
  auto got = ExtractDividends(
      TextDoc("Net income\t\u2014\t900\t\t900\n"
              "Dividends paid/payable to\t\u2014\t(1,989)\t\t(1,989)\n"
              "shareowners of the\n"
              "Company ($0.46 per share)\n"
              "Dividends paid to noncontrolling\t\u2014\t(9)\t\t(9)\n"
              "interests\n"
              "Balance at June 30, 2024\t$\t10\t$\t610\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.46");
  CHECK(got[0].provenance ==
        "row 'Dividends paid/payable to shareowners of the Company ($0.46 per "
        "share)'");
  // The last amount of a row followed by the next row's label: "$ 2.50"
  // (earnings) is no dividend per share, though "Per share dividends"
  // follows it on the next line.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table><tr><td></td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 3.10</td><td>$ 2.90</td><td>$ 2.50</td></tr>
<tr><td>Per share dividends declared</td><td>$ 1.20</td><td>$ 1.10</td><td>$ 1.00</td></tr>
</table></body></html>)"));
  // The dividend row itself is read under its year headings.
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "1.20");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[2].per_share == "1.00");
  CHECK(got[2].span.rule == "dividend.period_row");
}

TEST_CASE("statement rows of classes under a heading row of dividends",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<table><tr><td></td><td>Common Stock</td><td>Retained Earnings</td><td>Total</td></tr>
<tr><td>Balance at March 31, 2024</td><td>10</td><td>5,000</td><td>5,010</td></tr>
<tr><td>Dividends declared:</td></tr>
<tr><td>Common stock ($0.51 per share)</td><td></td><td>(300)</td><td>(300)</td></tr>
<tr><td>Preferred stock ($15.00 per share)</td><td></td><td>(12)</td><td>(12)</td></tr>
<tr><td>Stock issued ($45.10 per share)</td><td>1</td><td>44</td><td>45</td></tr>
<tr><td>Common stock ($0.52 per share)</td><td>1</td><td>44</td><td>45</td></tr>
<tr><td>Balance at June 30, 2024</td><td>10</td><td>5,600</td><td>5,610</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.51");
  CHECK(got[0].share_class.empty());
  CHECK(got[0].declared_date.empty());  // not the balance's date above
  CHECK(got[0].provenance ==
        "row 'Dividends declared: Common stock ($0.51 per share)'");
  CHECK(got[1].per_share == "15.00");
  CHECK(got[1].share_class == "Preferred");
  // Class rows under no heading of dividends (issuances, conversions) are
  // no dividends: "$0.52" after "Stock issued" is none.
}

TEST_CASE("20-F history: year rows under interim and year-end headings",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<table>
<tr><td></td><td colspan="2">Dividend per share</td></tr>
<tr><td>Fiscal year</td><td>Interim</td><td>Year-end</td></tr>
<tr><td>2023</td><td>&#165;60</td><td>&#165;65</td></tr>
<tr><td>2022</td><td>&#165;55</td><td>&#165;60</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "60.00");
  CHECK(got[0].currency == "JPY");
  CHECK(got[0].kind == "interim");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "65.00");
  CHECK(got[1].kind == "year-end");
  CHECK(got[3].fiscal_year == "2022");
  // Bare numbers in a unit the title names ("pence") are read in it.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>Dividends per ordinary share (pence)</p>
<table>
<tr><td>Year</td><td>Interim</td><td>Final</td></tr>
<tr><td>2023</td><td>12.5</td><td>27.3</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.125");
  CHECK(got[0].currency == "GBP");
  CHECK(got[1].per_share == "0.273");
  // Without a unit anywhere they are not read: the unit would be lost.
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>Dividends per ordinary share</p>
<table>
<tr><td>Year</td><td>Interim</td><td>Final</td></tr>
<tr><td>2023</td><td>12.5</td><td>27.3</td></tr>
</table></body></html>)"))
            .empty());
}

TEST_CASE("20-F history: each heading names its unit and basis",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following table sets forth the dividends paid per ordinary share and per ADS for the years indicated.</p>
<table>
<tr><td>Year ended December 31,</td><td>Interim dividend per share (&#8364;)</td><td>Final dividend per share (&#8364;)</td><td>Total per share (&#8364;)</td><td>Total per ADS (US$)</td></tr>
<tr><td>2022</td><td>0.45</td><td>0.65</td><td>1.10</td><td>2.35</td></tr>
<tr><td>2023</td><td>0.50</td><td>0.70</td><td>1.20</td><td>2.59</td></tr>
</table></body></html>)"));
  // The per-ADS column (another basis, another currency) is not read.
  REQUIRE(got.size() == 6);
  CHECK(got[0].kind == "interim");
  CHECK(got[0].per_share == "0.45");
  CHECK(got[0].currency == "EUR");
  CHECK(got[0].fiscal_year == "2022");
  CHECK(got[1].kind == "year-end");
  CHECK(got[2].kind == "annual");
  CHECK(got[2].per_share == "1.10");
  CHECK(got[5].per_share == "1.20");
  for (const auto& d : got) CHECK(d.currency == "EUR");
  // Pence named in the heading: amounts in pounds.
  auto pence = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>Dividends per ordinary share</p>
<table>
<tr><td>Year</td><td>Interim (pence)</td><td>Final (pence)</td></tr>
<tr><td>2023</td><td>12.5</td><td>27.3</td></tr>
</table></body></html>)"));
  REQUIRE(pence.size() == 2);
  CHECK(pence[0].per_share == "0.125");
  CHECK(pence[0].currency == "GBP");
  CHECK(pence[1].per_share == "0.273");
}

TEST_CASE("20-F dividends in pence, a recommended final dividend",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n\nThe Board has recommended a final dividend of 25 pence "
      "per ordinary share for the year ended 31 December 2023.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.25");
  CHECK(got[0].currency == "GBP");
  CHECK(got[0].kind == "year-end");
  CHECK(got[0].status == "proposed");
}

TEST_CASE("the prior year's figure in a parenthesis, a UK record date",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n\nThe Board declared a final dividend of 27.3 pence per "
      "ordinary share (2023: 26.1 pence), payable on 20 May 2024 to "
      "shareholders on the register on 12 April 2024.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.273");
  CHECK(got[0].record_date == "2024-04-12");
  CHECK(got[0].payable_date == "2024-05-20");
  // The prior year's dividend: its year, none of the new one's dates.
  CHECK(got[1].per_share == "0.261");
  CHECK(got[1].currency == "GBP");
  CHECK(got[1].fiscal_year == "2023");
  CHECK(got[1].payable_date.empty());
  CHECK(got[1].record_date.empty());
  // Another measure's prior figure is not read.
  got = ExtractDividends(
      TextDoc("FORM 10-K\n\nBasic earnings per share were $1.20 (2023: "
              "$1.10) and dividends declared per share were $0.51.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.51");
}

TEST_CASE("a list of dates for one role gives no date of that role",
          "[facts][dividends][annual]") {
  for (const char* s :
       {"Dividends of $0.25 per share were declared on each of February 1, "
        "May 1, August 1 and November 1, 2024.",
        "The Company paid a quarterly dividend of $0.3125 per share on March "
        "1, 2024, June 1, 2024, September 1, 2024 and December 1, 2024."}) {
    INFO(s);
    auto got =
        ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + s + "\n"));
    REQUIRE(got.size() == 1);
    CHECK(got[0].declared_date.empty());
    CHECK(got[0].payable_date.empty());
  }
  // One date per role keeps its role.
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nA dividend of $0.50 per share was declared on February "
      "1, 2024 and paid on March 1, 2024 to shareholders of record on "
      "February 15, 2024.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date == "2024-02-01");
  CHECK(got[0].payable_date == "2024-03-01");
  CHECK(got[0].record_date == "2024-02-15");
}

TEST_CASE("a dividend per depositary share of a preferred series",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nOn February 1, 2024, we declared a cash dividend of "
      "$0.3594 per depositary share on our 5.75% Series B Preferred "
      "Stock.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.3594");
  CHECK(got[0].share_class == "Preferred");
  CHECK(got[0].declared_date == "2024-02-01");
}

TEST_CASE("beside dividends, and no per-share dividend",
          "[facts][dividends][annual]") {
  // Totals in millions, yields, payout ratios, a liquidation preference,
  // dividend equivalents, a subsidiary's dividend to its parent: none of
  // them is a per-share dividend.
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "We paid dividends of $1,234 million in 2024. Our dividend yield was "
      "2.5% and our dividend payout ratio was 45%. Each share of Series A "
      "preferred stock has a liquidation preference of $1,000 per share and "
      "dividends accrue at 6.5% per annum. Dividend equivalents of $0.52 per "
      "share were paid on restricted stock units. Our subsidiary paid "
      "dividends of $500 million to the parent company. Dividends paid to "
      "noncontrolling interests were $0.40 per share.\n"));
  CHECK(got.empty());
  for (const char* s :
       {"We received a dividend of $0.50 per share on our shares of Acme "
        "Corp.",
        "Expected dividends per share of $0.96 were used in the "
        "Black-Scholes model.",
        "Our majority-owned subsidiary declared a dividend of $0.30 per share "
        "to its public shareholders.",
        "The weighted-average grant date fair value of options granted was "
        "$12.10 per share, assuming an expected dividend yield of 2.1%."}) {
    INFO(s);
    CHECK(ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + s + "\n"))
              .empty());
  }
  // The group's own dividend stays.
  got = ExtractDividends(
      TextDoc("FORM 10-K\n\nThe Company and its subsidiaries paid cash "
              "dividends of $0.30 per share in 2024.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.30");
  // A market-price table: prices per share beside a dividend column, a
  // total row of prices is no dividend.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>High</td><td>Low</td><td>Dividends Declared</td></tr>
<tr><td>First quarter</td><td>$ 150.10</td><td>$ 120.40</td><td>$ 0.95</td></tr>
<tr><td>Second quarter</td><td>$ 155.00</td><td>$ 130.00</td><td>$ 0.95</td></tr>
<tr><td>Year</td><td>$ 155.00</td><td>$ 120.40</td><td>$ 2.90</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);  // 2.90 is not 0.95 + 0.95
  CHECK(got[0].per_share == "0.95");
  CHECK(got[1].per_share == "0.95");
}

TEST_CASE("an option-pricing model's dividend input is no dividend",
          "[facts][dividends][annual]") {
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The fair value of each option grant was estimated using the Black-Scholes option-pricing model with the following weighted-average assumptions:</p>
<table>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td>Risk-free interest rate</td><td></td><td>4.1%</td><td></td><td>2.9%</td></tr>
<tr><td>Expected volatility</td><td></td><td>28%</td><td></td><td>30%</td></tr>
<tr><td>Dividends per share</td><td>$</td><td>0.96</td><td>$</td><td>0.88</td></tr>
</table></body></html>)"))
            .empty());
  // The same row in selected financial data is read.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Selected Financial Data</p>
<table>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td>Net income per share</td><td>$</td><td>4.10</td><td>$</td><td>3.95</td></tr>
<tr><td>Dividends per share</td><td>$</td><td>0.96</td><td>$</td><td>0.88</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.96");
  CHECK(got[0].kind == "annual");
}

TEST_CASE("classes of shares as the columns of a quarter table",
          "[facts][dividends][annual]") {
  // The lead-in says the cells are dividends per share; the columns name a
  // class each (a footnote mark after one), the year in the label column.
  auto got = ExtractDividends(FilingBody(R"(
<p>The following table presents cash dividends declared per share of common stock and per depositary share of our preferred stock in 2023:</p>
<table>
<tr><td>2023</td><td></td><td><b>Common Stock</b></td><td></td><td><b>Series A Preferred(1)</b></td></tr>
<tr><td>First quarter</td><td>$</td><td>0.15</td><td>$</td><td>0.359375</td></tr>
<tr><td>Second quarter</td><td></td><td>0.16</td><td></td><td>0.359375</td></tr>
<tr><td>Total</td><td>$</td><td>0.31</td><td>$</td><td>0.71875</td></tr>
</table>
<p>(1) Per depositary share.</p>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "0.15");
  CHECK(got[0].share_class == "Common Stock");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "0.359375");
  CHECK(got[1].share_class == "Series A Preferred");
  CHECK(got[4].kind == "annual");
  CHECK(got[4].per_share == "0.31");
  // Class columns under a dividend heading; without a lead-in that says
  // dividends, bare class columns are nobody's dividends.
  auto classes = ExtractDividends(FilingBody(R"(
<table>
<tr><td></td><td colspan="2"><b>Dividends Declared Per Share</b></td></tr>
<tr><td></td><td><b>Class A</b></td><td><b>Class B</b></td></tr>
<tr><td>First Quarter</td><td>$ .185</td><td>$ .1675</td></tr>
<tr><td>Second Quarter</td><td>.185</td><td>.1675</td></tr>
</table>)"));
  REQUIRE(classes.size() == 4);
  CHECK(classes[0].share_class == "Class A");
  CHECK(classes[1].share_class == "Class B");
  CHECK(ExtractDividends(FilingBody(R"(
<p>Shares outstanding at quarter end were as follows:</p>
<table>
<tr><td></td><td><b>Class A</b></td><td><b>Class B</b></td></tr>
<tr><td>First Quarter</td><td>.185</td><td>.1675</td></tr>
</table>)")).empty());
}

TEST_CASE("a dividend title over the row labels, beside the years",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>The Company has paid quarterly dividends since 1954.</p>
<table>
<tr><td><b>Dividends Per Share</b></td><td></td><td><b>2018</b></td><td></td><td><b>2017</b></td></tr>
<tr><td>First Quarter</td><td>$</td><td>0.2975</td><td>$</td><td>0.2850</td></tr>
<tr><td>Second Quarter</td><td></td><td>0.2975</td><td></td><td>0.2850</td></tr>
</table>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.2975");
  CHECK(got[0].fiscal_year == "2018");
  CHECK(got[1].fiscal_year == "2017");
  CHECK(got[0].kind == "quarterly");
}

TEST_CASE("a unit with its currency, a target's dividend, dates of "
          "resolutions and meetings",
          "[facts][dividends][annual]") {
  // "(C$ thousands)" scales the total.
  auto scaled = ExtractDividends(FilingBody(R"(
<table>
<tr><td><b>Declaration Date</b></td><td><b>Record Date</b></td><td><b>Payment Date</b></td><td><b>Dividend per Share (C$)</b></td><td><b>Total (C$ thousands)</b></td></tr>
<tr><td>February 23, 2022</td><td>March 15, 2022</td><td>March 31, 2022</td><td>0.165</td><td>21,384</td></tr>
</table>)"));
  REQUIRE(scaled.size() == 1);
  CHECK(scaled[0].total_amount == "21384000");
  // What the company acquired paid before the merger closed is not the
  // registrant's dividend.
  CHECK(ExtractDividends(TextDoc(
            "In accordance with the merger agreement, Target paid its final "
            "regular quarterly dividend of $0.42 per share on September 10, "
            "2021 to its shareholders of record on August 27, 2021.\n"))
            .empty());
  // A board's resolution dates the declaration; a general meeting's date
  // is none of the dividend's.
  auto resolved = ExtractDividends(TextDoc(
      "On May 10, 2024, our Board of Directors resolved to pay a year-end "
      "dividend of \xC2\xA5" "50 per share to shareholders of record as of "
      "March 31, 2024, with payment commencing on June 3, 2024.\n"));
  REQUIRE(resolved.size() == 1);
  CHECK(resolved[0].declared_date == "2024-05-10");
  CHECK(resolved[0].payable_date == "2024-06-03");
  auto meeting = ExtractDividends(TextDoc(
      "The Board has proposed a final dividend of 48.0 cents per ordinary "
      "share. Subject to approval at the Annual General Meeting on October "
      "10, 2024, the final dividend will be paid on October 18, 2024 to "
      "shareholders on the register on September 13, 2024.\n"));
  REQUIRE(meeting.size() == 1);
  CHECK(meeting[0].payable_date == "2024-10-18");
  CHECK(meeting[0].record_date == "2024-09-13");
  // The board's own meeting dates its declaration.
  auto board = ExtractDividends(TextDoc(
      "At its meeting on February 5, 2024, the Board of Directors declared "
      "a quarterly dividend of $0.25 per share, payable March 1, 2024.\n"));
  REQUIRE(board.size() == 1);
  CHECK(board[0].declared_date == "2024-02-05");
  CHECK(board[0].payable_date == "2024-03-01");
}

TEST_CASE("dividends of another entity's shares, told from the sentence's "
          "start; a preferred class after a rate",
          "[facts][dividends][annual]") {
  // The subsidiary or investee is named well before the amount, and an
  // amount of its own ("$100 par value", "$6.4 million") stands between.
  CHECK(ExtractDividends(TextDoc(
            "Preferred stock of subsidiary consists of 530,000 shares of "
            "4.50% Series cumulative preferred stock, $100 par value, of "
            "Northfork Electric Company, on which dividends of $4.50 per "
            "share are paid annually in quarterly installments.\n"))
            .empty());
  CHECK(ExtractDividends(TextDoc(
            "Our 40%-owned investee, Sable Pipe Company, declared dividends "
            "of $3.20 per share in 2012, of which our share was $6.4 "
            "million, compared with $2.75 per share and $5.5 million in "
            "2011.\n"))
            .empty());
  // The registrant's own dividend in the next sentence is still read.
  auto own = ExtractDividends(TextDoc(
      "Our 40%-owned investee declared dividends of $3.20 per share. On "
      "February 2, 2024, our Board of Directors declared a quarterly "
      "dividend of $0.25 per share.\n"));
  REQUIRE(own.size() == 1);
  CHECK(own[0].per_share == "0.25");
  // "per share on our 6.375% Series C Cumulative Redeemable Preferred
  // Shares": the rate is no amount, the class after it is the dividend's.
  auto pref = ExtractDividends(TextDoc(
      "We declared dividends of $1.59375 per share on our 6.375% Series C "
      "Cumulative Redeemable Preferred Shares during 2017.\n"));
  REQUIRE(pref.size() == 1);
  CHECK(pref[0].share_class == "Preferred");
}

TEST_CASE("a dated table of dividends per depositary share",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>Dividends declared on our 5.75% Series A Cumulative Redeemable Preferred Shares:</p>
<table>
<tr><td><b>Declaration Date</b></td><td><b>Record Date</b></td><td><b>Payment Date</b></td><td><b>Dividend per Depositary Share</b></td><td><b>Total (in thousands)</b></td></tr>
<tr><td>January 28, 2021</td><td>March 1, 2021</td><td>March 15, 2021</td><td>$ 0.359375</td><td>$ 2,480</td></tr>
<tr><td>April 29, 2021</td><td>June 1, 2021</td><td>June 15, 2021</td><td>0.359375</td><td>2,480</td></tr>
</table>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.359375");
  CHECK(got[0].share_class == "Preferred");
  CHECK(got[0].total_amount == "2480000");
  CHECK(got[1].payable_date == "2021-06-15");
}

TEST_CASE("a subsidiary's shares held by others; quarters under a year row",
          "[facts][dividends][annual]") {
  // The sentence points back to a subsidiary's preferred stock, or says
  // the dividends are noncontrolling interests'.
  CHECK(ExtractDividends(TextDoc(
            "Pinecrest Gas Company, a wholly-owned subsidiary, has 600,000 "
            "shares of 4.50% cumulative preferred stock held by third "
            "parties. Pinecrest Gas paid dividends of $4.50 per share on "
            "these shares in each of 2020, 2019 and 2018.\n"))
            .empty());
  CHECK(ExtractDividends(TextDoc(
            "Dividends of $2,500 per share were paid on these shares in 2023 "
            "and are reported within net income attributable to "
            "noncontrolling interests.\n"))
            .empty());
  // A year row over "Fourth | Third | Second | First": that year's
  // quarters, not years.
  auto got = ExtractDividends(FilingBody(R"(
<p>NOTE 25 - QUARTERLY FINANCIAL DATA (UNAUDITED)</p>
<p>(In millions, except per share data)</p>
<table>
<tr><td></td><td colspan="4">2019</td></tr>
<tr><td></td><td>Fourth</td><td>Third</td><td>Second</td><td>First</td></tr>
<tr><td>Net income</td><td>$ 671</td><td>$ 668</td><td>$ 652</td><td>$ 613</td></tr>
<tr><td>Cash dividends declared per common share</td><td>$ 0.46</td><td>$ 0.46</td><td>$ 0.46</td><td>$ 0.44</td></tr>
</table>)"));
  REQUIRE(got.size() == 4);
  for (const Dividend& d : got) {
    CHECK(d.kind == "quarterly");
    CHECK(d.fiscal_year == "2019");
  }
  CHECK(got[3].per_share == "0.44");
}

TEST_CASE("a dated table with a per-share column for each class",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(FilingBody(R"(
<p>The Board of Directors declared the following quarterly cash dividends during 2024:</p>
<table>
<tr><td><b>Declaration Date</b></td><td><b>Record Date</b></td><td><b>Payment Date</b></td><td colspan="2"><b>Per Class A Share</b></td><td colspan="2"><b>Per Class B Share</b></td></tr>
<tr><td>January 30, 2024</td><td>February 13, 2024</td><td>February 27, 2024</td><td>$</td><td>0.50</td><td>$</td><td>0.45</td></tr>
<tr><td>April 23, 2024</td><td>May 7, 2024</td><td>May 21, 2024</td><td>$</td><td>0.50</td><td>$</td><td>0.45</td></tr>
</table>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.50");
  CHECK(got[0].share_class == "Class A");
  CHECK(got[1].per_share == "0.45");
  CHECK(got[1].share_class == "Class B");
  CHECK(got[1].record_date == "2024-02-13");
  CHECK(got[3].payable_date == "2024-05-21");
}

TEST_CASE("20-F history: rows of the year's parts under year rows; cents named above",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following table shows the dividends determined in respect of fiscal 2024:</p>
<table>
<tr><td></td><td colspan="2">A$ per ordinary share</td><td colspan="2">US$ per ADS(1)</td></tr>
<tr><td>Fiscal 2024</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Interim (paid March 2024)</td><td>A$</td><td>0.72</td><td>US$</td><td>0.95</td></tr>
<tr><td>Final (paid September 2024)</td><td></td><td>0.86</td><td></td><td>1.15</td></tr>
<tr><td>Special (paid September 2024)</td><td></td><td>0.50</td><td></td><td>0.67</td></tr>
<tr><td>Total fiscal 2024</td><td>A$</td><td>2.08</td><td>US$</td><td>2.77</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.72");
  CHECK(got[0].currency == "AUD");
  CHECK(got[0].kind == "interim");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].kind == "year-end");
  CHECK(got[2].kind == "special");
  CHECK(got[3].per_share == "2.08");
  CHECK(got[3].kind == "annual");
  // Years as columns, the parts as rows, in cents.
  auto cents = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following table sets forth dividends per ordinary share in respect of the last two fiscal years:</p>
<table>
<tr><td>US cents per ordinary share</td><td>Fiscal 2024</td><td>Fiscal 2023</td></tr>
<tr><td>Interim dividend</td><td>23.5</td><td>22.0</td></tr>
<tr><td>Final dividend</td><td>48.0</td><td>45.5</td></tr>
</table></body></html>)"));
  REQUIRE(cents.size() == 4);
  CHECK(cents[0].per_share == "0.235");
  CHECK(cents[0].currency == "USD");
  CHECK(cents[0].kind == "interim");
  CHECK(cents[3].per_share == "0.455");
  // Without a currency or a unit anywhere, nothing is claimed.
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following table sets forth dividends per ordinary share in respect of the last two fiscal years:</p>
<table>
<tr><td></td><td>Fiscal 2024</td><td>Fiscal 2023</td></tr>
<tr><td>Interim dividend</td><td>23.5</td><td>22.0</td></tr>
<tr><td>Final dividend</td><td>48.0</td><td>45.5</td></tr>
</table></body></html>)"))
            .empty());
}

TEST_CASE("20-F history: column groups by unit, years as rows",
          "[facts][dividends][annual]") {
  // "Yen per share" over three columns, "U.S. dollars per ADS" over two:
  // the yen columns are read in yen, the ADS columns not at all.
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n"
      "The following table sets forth the dividends per share paid or "
      "proposed for each of the last two fiscal years, and the dividends per "
      "ADS translated into U.S. dollars:\n"
      "\tYen per share\t\t\t\t\t\tU.S. dollars per ADS(1)\n"
      "\tInterim\t\tYear-end\t\tAnnual\t\tInterim\t\tYear-end\n"
      "Fiscal year ended March 31, 2024\t\xC2\xA5\t45\t\xC2\xA5\t55\t\xC2\xA5\t100"
      "\t$\t0.30\t$\t0.36\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "45.00");
  CHECK(got[0].currency == "JPY");
  CHECK(got[0].kind == "interim");
  CHECK(got[2].per_share == "100.00");
  CHECK(got[2].kind == "annual");
  // A per-share column beside years: each year's dividend; the ADS column
  // is not read. The lead-in's "U.S. dollars" ends no sentence.
  auto years = ExtractDividends(TextDoc(
      "FORM 20-F\n"
      "The following table sets forth the dividends per share paid in respect "
      "of each of the last three financial years, in Swiss francs and "
      "translated into U.S. dollars per ADS:\n\n"
      "Financial year\tCHF per share\t\tUS$ per ADS(1)\n"
      "2023\tCHF\t3.40\t$\t3.73\n"
      "2022\tCHF\t3.20\t$\t3.57\n"));
  REQUIRE(years.size() == 2);
  CHECK(years[0].per_share == "3.40");
  CHECK(years[0].currency == "CHF");
  CHECK(years[0].kind == "annual");
  CHECK(years[0].fiscal_year == "2023");
  CHECK(years[1].per_share == "3.20");
}

TEST_CASE("20-F: pence written '10.5p', units in a selected-data row's label",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>The Board has proposed a final dividend of 21.0p per ordinary share "
      "for the year ended March 31, 2024, which, together with the interim "
      "dividend of 10.5p per ordinary share paid on January 12, 2024, gives a "
      "total dividend for the year of 31.5p.</p>",
      "20-F"));
  REQUIRE(got.size() >= 2);
  CHECK(got[0].per_share == "0.21");
  CHECK(got[0].currency == "GBP");
  CHECK(got[1].per_share == "0.105");
  auto rows = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Basic earnings per share (pence)</td><td>68.4</td><td>63.1</td></tr>
<tr><td>Dividends per share (pence)(1)</td><td>31.5</td><td>30.0</td></tr>
<tr><td>Cash dividends declared per share (yen)</td><td>70.00</td><td>72.00</td></tr>
</table></body></html>)"));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].per_share == "0.315");
  CHECK(rows[0].currency == "GBP");
  CHECK(rows[0].kind == "annual");
  CHECK(rows[2].per_share == "70.00");
  CHECK(rows[2].currency == "JPY");
}

TEST_CASE("20-F history: a year alone over rows of bases",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n"
      "The following table shows the dividends declared in respect of each "
      "of the last two financial years, in pence per ordinary share and as "
      "translated into US dollars per ADS:\n"
      "\tInterim\t\tFinal\t\tTotal\n"
      "2023\n"
      "Pence per ordinary share\t\t12.5\t\t25.0\t\t37.5\n"
      "US$ per ADS(1)\t$\t0.63\t$\t1.27\t$\t1.90\n"
      "2022\n"
      "Pence per ordinary share\t\t11.8\t\t23.4\t\t35.2\n"
      "US$ per ADS(1)\t$\t0.53\t$\t1.17\t$\t1.70\n"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "0.125");
  CHECK(got[0].currency == "GBP");
  CHECK(got[0].kind == "interim");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[2].per_share == "0.375");
  CHECK(got[2].kind == "annual");
  CHECK(got[3].per_share == "0.118");
  CHECK(got[3].fiscal_year == "2022");
}

}  // namespace
}  // namespace secx
