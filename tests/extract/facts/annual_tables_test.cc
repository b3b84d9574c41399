// Dividend tables of annual reports: column-headed tables (HTML and 1990s
// fixed-width text) and per-share rows under period headings.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::HtmlDoc;
using testing::TextDoc;

// Modelled on the equity note of a large 10-K: a declaration / record /
// payment date per row, per share, total in millions (stated above the
// table), the fiscal year as a row spanning the table, and a wrapped
// heading ("Dividend" over "Per Share").
const char kEquityNote[] = R"(<html><body>
<p><b>NOTE 16 &#8212; STOCKHOLDERS&#8217; EQUITY</b></p>
<p><i>Dividends</i></p>
<p>Our Board of Directors declared the following dividends:</p>
<p>(In millions, except per share amounts)</p>
<table>
<tr><td></td><td></td><td><b>Declaration Date</b></td><td></td>
<td><b>Record Date</b></td><td></td><td><b>Payment Date</b></td><td></td>
<td colspan="2"><b>Dividend<br/>Per Share</b></td><td></td>
<td colspan="2"><b>Amount</b></td></tr>
<tr><td colspan="13">Fiscal Year 2025</td></tr>
<tr><td>First Quarter</td><td></td><td>August 14, 2024</td><td></td>
<td>September 5, 2024</td><td></td><td>September 26, 2024</td><td></td>
<td>$</td><td>0.52</td><td></td><td>$</td><td>388</td></tr>
<tr><td>Second Quarter</td><td></td><td>November 13, 2024</td><td></td>
<td>December 5, 2024</td><td></td><td>December 26, 2024</td><td></td>
<td>$</td><td>0.52</td><td></td><td>$</td><td>387</td></tr>
<tr><td>Third Quarter</td><td></td><td>February 12, 2025</td><td></td>
<td>March 6, 2025</td><td></td><td>March 27, 2025</td><td></td>
<td>$</td><td>0.52</td><td></td><td>$</td><td>386</td></tr>
<tr><td>Fourth Quarter</td><td></td><td>May 14, 2025</td><td></td>
<td>June 5, 2025</td><td></td><td>June 26, 2025</td><td></td>
<td>$</td><td>0.56</td><td></td><td>$</td><td>415</td></tr>
<tr><td>Total</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td>
<td>$</td><td>2.12</td><td></td><td>$</td><td>1,576</td></tr>
</table>
<p>The dividend declared in the fourth quarter was included in other current
liabilities as of June 30, 2025.</p>
</body></html>)";

TEST_CASE("10-K equity-note table: four rows, total in units, nothing else",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(kEquityNote));
  REQUIRE(got.size() == 4);
  struct Want {
    const char *declared, *record, *payable, *per_share, *total, *label;
  };
  const Want want[] = {
      {"2024-08-14", "2024-09-05", "2024-09-26", "0.52", "388000000", "First"},
      {"2024-11-13", "2024-12-05", "2024-12-26", "0.52", "387000000", "Second"},
      {"2025-02-12", "2025-03-06", "2025-03-27", "0.52", "386000000", "Third"},
      {"2025-05-14", "2025-06-05", "2025-06-26", "0.56", "415000000", "Fourth"},
  };
  for (size_t i = 0; i < 4; ++i) {
    INFO("row " << i);
    CHECK(got[i].declared_date == want[i].declared);
    CHECK(got[i].record_date == want[i].record);
    CHECK(got[i].payable_date == want[i].payable);
    CHECK(got[i].per_share == want[i].per_share);
    CHECK(got[i].currency == "USD");
    CHECK(got[i].total_amount == want[i].total);
    CHECK(got[i].kind == "quarterly");
    CHECK(got[i].fiscal_year == "Fiscal Year 2025");
    CHECK(got[i].check_failures.empty());
    CHECK(got[i].span.rule == "dividend.column_table");
    CHECK(got[i].provenance.find(want[i].label) != std::string::npos);
    CHECK(got[i].provenance.find("per_share 'Dividend Per Share'") !=
          std::string::npos);
    CHECK(got[i].provenance.find("total_amount 'Amount'") != std::string::npos);
  }
}

TEST_CASE("a total that breaks the table's share count is marked",
          "[facts][dividends][annual]") {
  std::string html = kEquityNote;
  html.replace(html.find(">386<"), 5, ">986<");
  auto got = ExtractDividends(HtmlDoc(html));
  REQUIRE(got.size() == 4);
  CHECK(got[0].check_failures.empty());
  REQUIRE(got[2].check_failures.size() == 1);
  CHECK(got[2].span.confidence < got[0].span.confidence);
}

TEST_CASE("a row whose record date follows its payment date is left out",
          "[facts][dividends][annual]") {
  std::string html = kEquityNote;
  html.replace(html.find("March 6, 2025"), 13, "April 6, 2025");
  auto got = ExtractDividends(HtmlDoc(html));
  REQUIRE(got.size() == 3);
  for (const Dividend& d : got) CHECK(d.record_date != "2025-04-06");
}

TEST_CASE("without a per-share heading no amount becomes per_share",
          "[facts][dividends][annual]") {
  std::string html = kEquityNote;
  html.replace(html.find("Dividend<br/>Per Share"), 22, "Dividend");
  auto got = ExtractDividends(HtmlDoc(html));
  for (const Dividend& d : got) {
    CHECK(d.per_share != "388.00");
    CHECK(d.per_share != "0.52");
  }
}

TEST_CASE("1990s fixed-width dividend table", "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "                        CASH DIVIDENDS DECLARED IN 1996\n"
      "\n"
      "                                                                 Per\n"
      "   Quarter      Declared        Record          Payable          "
      "Share        Total\n"
      "   -------    -------------   -------------   -------------   "
      "-------   -----------\n"
      "<S>          <C>             <C>             <C>               "
      "<C>       <C>\n"
      "   First      Jan. 18, 1996   Feb. 9, 1996    Mar. 1, 1996       "
      "$.12    $4,218,000\n"
      "   Second     Apr. 18, 1996   May 10, 1996    June 1, 1996       "
      "$.12    $4,221,000\n"
      "   Third      July 18, 1996   Aug. 9, 1996    Sept. 1, 1996      "
      "$.13    $4,575,000\n"
      "\n"
      "The Company expects to continue paying quarterly dividends.\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].declared_date == "1996-01-18");
  CHECK(got[0].record_date == "1996-02-09");
  CHECK(got[0].payable_date == "1996-03-01");
  CHECK(got[0].per_share == "0.12");
  CHECK(got[0].currency == "USD");
  CHECK(got[0].total_amount == "4218000");
  CHECK(got[2].per_share == "0.13");
  CHECK(got[2].payable_date == "1996-09-01");
  for (const Dividend& d : got) {
    CHECK(d.kind == "quarterly");
    CHECK(d.check_failures.empty());
    CHECK(d.provenance.find("per_share 'Per Share'") != std::string::npos);
  }
}

TEST_CASE("per-share row under year and quarter headings",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("The following table presents cash dividends per share:\n"
              "shares in millions\tFiscal\t\tFiscal\t\tFiscal\n"
              "\t2023\t\t2022\t\t2021\n"
              "Shares outstanding at end of year\t\t992\t\t1,016\t\t1,035\n"
              "Cash dividends per share\t$\t8.36\t$\t7.60\t$\t6.60\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "8.36");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "Fiscal 2023");
  CHECK(got[2].per_share == "6.60");
  CHECK(got[2].fiscal_year == "Fiscal 2021");
  CHECK(got[2].currency == "USD");

  // Six-month columns add up the quarters: kept, with no kind.
  got = ExtractDividends(TextDoc(
      "\tThree Months Ended\t\t\t\tSix Months Ended\n"
      "\tJune 30,\t\t\t\tJune 30,\n"
      "\t2023\t\t2022\t\t2023\t\t2022\n"
      "Dividends declared per share\t$\t0.57\t$\t0.49\t$\t1.14\t$\t0.98\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.57");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "0.49");
  CHECK(got[2].per_share == "1.14");
  CHECK(got[2].kind.empty());
  CHECK(got[2].provenance.find("Six Months Ended") != std::string::npos);
}

TEST_CASE("statement row labels: each its own record, with its row",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("Balance at December 31, 2022\t$\t1,204\t$\t18,771\n"
              "Cash dividends declared ($0.40 per share)\t\t\u2014\t\t(492)\n"
              "Balance at March 31, 2023\t$\t1,207\t$\t18,950\n"
              "Cash dividends declared ($0.40 per share)\t\t\u2014\t\t(491)\n"
              "Balance at June 30, 2023\t$\t1,211\t$\t19,102\n"));
  REQUIRE(got.size() == 2);
  for (const Dividend& d : got) {
    CHECK(d.per_share == "0.40");
    CHECK(d.span.rule == "dividend.table_label");
    CHECK(d.provenance == "row 'Cash dividends declared ($0.40 per share)'");
    CHECK(d.declared_date.empty());  // no date of a neighbouring row
    CHECK(d.total_amount.empty());
  }
}

// Column groups side by side, one per year, dates with two-digit years.
const char kYearGroups[] = R"(<html><body>
<p>Dividends declared in 2023 and 2022 were as follows:</p>
<table>
<tr><td></td><td colspan="4">2023</td><td></td><td colspan="4">2022</td></tr>
<tr><td></td><td>Date Declared</td><td>Payment Date</td>
<td colspan="2">Per Share</td><td></td><td>Date Declared</td>
<td>Payment Date</td><td colspan="2">Per Share</td></tr>
<tr><td>First quarter</td><td>2/14/23</td><td>3/10/23</td><td>$</td>
<td>0.95</td><td></td><td>2/15/22</td><td>3/10/22</td><td>$</td><td>0.91</td></tr>
<tr><td>Second quarter</td><td>5/16/23</td><td>6/9/23</td><td>$</td>
<td>0.95</td><td></td><td>5/17/22</td><td>6/10/22</td><td>$</td><td>0.91</td></tr>
<tr><td>Total</td><td></td><td></td><td>$</td><td>1.90</td><td></td><td></td>
<td></td><td>$</td><td>1.82</td></tr>
</table>
</body></html>)";

TEST_CASE("year groups side by side: one record per group and row",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(kYearGroups));
  REQUIRE(got.size() == 4);
  struct Want {
    const char *declared, *payable, *per_share, *year;
  };
  const Want want[] = {{"2023-02-14", "2023-03-10", "0.95", "2023"},
                       {"2022-02-15", "2022-03-10", "0.91", "2022"},
                       {"2023-05-16", "2023-06-09", "0.95", "2023"},
                       {"2022-05-17", "2022-06-10", "0.91", "2022"}};
  for (size_t i = 0; i < 4; ++i) {
    INFO(i);
    CHECK(got[i].declared_date == want[i].declared);
    CHECK(got[i].payable_date == want[i].payable);
    CHECK(got[i].per_share == want[i].per_share);
    CHECK(got[i].fiscal_year == want[i].year);
    CHECK(got[i].kind == "quarterly");
  }
  // Without the line of years the groups cannot be told apart: nothing.
  std::string no_years = kYearGroups;
  size_t at = no_years.find("<tr><td></td><td colspan=\"4\">2023");
  no_years.erase(at, no_years.find("</tr>", at) + 5 - at);
  CHECK(ExtractDividends(HtmlDoc(no_years)).empty());
}

TEST_CASE("per-share label alone, its amounts on the next line",
          "[facts][dividends][annual]") {
  auto got =
      ExtractDividends(TextDoc("\tFiscal\t\tFiscal\n"
                               "\t2023\t\t2022\n"
                               "Cash dividends declared per common share\n"
                               "\t$\t3.76\t$\t3.64\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "3.76");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "Fiscal 2023");
  CHECK(got[1].per_share == "3.64");
  // A next line with words is another row: nothing is read.
  CHECK(ExtractDividends(TextDoc("\tFiscal\t\tFiscal\n"
                                 "\t2023\t\t2022\n"
                                 "Cash dividends declared per common share\n"
                                 "Shares outstanding\t\t992\t\t1,016\n"))
            .empty());
}

// Item 5 market-price table: quarters as rows, a dividend column beside
// the high and low prices in each year's group.
const char kMarketPrices[] = R"(<html><body>
<p>The following table sets forth the high and low sales prices of our
common stock and the dividends declared:</p>
<table>
<tr><td></td><td colspan="6">2023</td><td></td><td colspan="6">2022</td></tr>
<tr><td></td><td colspan="2">High</td><td colspan="2">Low</td>
<td colspan="2">Dividends</td><td></td><td colspan="2">High</td>
<td colspan="2">Low</td><td colspan="2">Dividends</td></tr>
<tr><td>First quarter</td><td>$</td><td>150.10</td><td>$</td><td>120.40</td>
<td>$</td><td>0.95</td><td></td><td>$</td><td>140.00</td><td>$</td>
<td>118.20</td><td>$</td><td>0.91</td></tr>
<tr><td>Second quarter</td><td>$</td><td>155.00</td><td>$</td><td>131.00</td>
<td>$</td><td>0.95</td><td></td><td>$</td><td>139.50</td><td>$</td>
<td>117.00</td><td>$</td><td>0.91</td></tr>
</table>
</body></html>)";

TEST_CASE("market-price table: quarter rows, a dividend column per year",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(kMarketPrices));
  REQUIRE(got.size() == 4);
  const char* want[][2] = {
      {"0.95", "2023"}, {"0.91", "2022"}, {"0.95", "2023"}, {"0.91", "2022"}};
  for (size_t i = 0; i < 4; ++i) {
    INFO(i);
    CHECK(got[i].per_share == want[i][0]);
    CHECK(got[i].fiscal_year == want[i][1]);
    CHECK(got[i].kind == "quarterly");
    CHECK(got[i].currency == "USD");
    CHECK(got[i].span.rule == "dividend.quarter_rows");
  }
  CHECK(got[0].provenance ==
        "row 'First quarter'; per_share 'Dividends'; year '2023'");

  // Fixed-width text, per share said above the table.
  got =
      ExtractDividends(TextDoc("Cash dividends per share of common stock:\n"
                               "                     1996       1995\n"
                               "                  Dividends  Dividends\n"
                               "First Quarter         $.12       $.10\n"
                               "Second Quarter        $.12       $.10\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.12");
  CHECK(got[0].fiscal_year == "1996");
  CHECK(got[1].per_share == "0.10");
  CHECK(got[1].fiscal_year == "1995");

  // Months as rows under a title over the year columns.
  got =
      ExtractDividends(TextDoc("\tDividends Declared Per Share\n"
                               "\t2023\t\t2022\n"
                               "February\t$\t0.95\t$\t0.91\n"
                               "May\t$\t0.95\t$\t0.91\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.95");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].kind.empty());
  CHECK(got[1].per_share == "0.91");
  CHECK(got[1].fiscal_year == "2022");
  CHECK(got[3].provenance == "row 'May'; per_share '2022'; year '2022'");

  // Nothing says per share (no prices beside, no words): no record; nor
  // from a column of yields.
  CHECK(ExtractDividends(TextDoc("\t2023\t\t2022\n"
                                 "\tDividends\t\tDividends\n"
                                 "First quarter\t$\t388\t$\t371\n"))
            .empty());
  CHECK(ExtractDividends(TextDoc("\tHigh\tLow\tDividend yield\n"
                                 "First quarter\t$150.10\t$120.40\t2.5%\n"))
            .empty());
}

// Years as rows, quarters as columns, a title saying per share above.
const char kYearRows[] = R"(<html><body>
<p>NOTE 12. SHAREHOLDERS' EQUITY</p>
<p>Dividends declared per share of common stock were as follows:</p>
<table>
<tr><td></td><td>First Quarter</td><td>Second Quarter</td>
<td>Third Quarter</td><td>Fourth Quarter</td><td>Total</td></tr>
<tr><td>2023</td><td>$0.47</td><td>$0.48</td><td>$0.48</td><td>$0.48</td>
<td>$1.91</td></tr>
<tr><td>2022</td><td>0.45</td><td>0.47</td><td>0.47</td><td>0.47</td>
<td>1.86</td></tr>
</table>
</body></html>)";

TEST_CASE("year rows under quarter headings", "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(kYearRows));
  REQUIRE(got.size() == 10);
  CHECK(got[0].per_share == "0.47");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].currency == "USD");
  CHECK(got[0].span.rule == "dividend.year_rows");
  CHECK(got[4].per_share == "1.91");
  CHECK(got[4].kind == "annual");
  CHECK(got[5].per_share == "0.45");
  CHECK(got[5].fiscal_year == "2022");
  CHECK(got[5].currency == "USD");
  CHECK(got[1].provenance.find("row '2023'; column 'Second Quarter'") == 0);

  // Without per share in the title, or with the totals in millions, no
  // record: the amounts may be totals.
  CHECK(ExtractDividends(TextDoc("Dividends declared were as follows:\n"
                                 "\tFirst Quarter\tSecond Quarter\tThird "
                                 "Quarter\n2023\t$388\t$387\t$386\n"))
            .empty());
  CHECK(ExtractDividends(
            TextDoc("Dividends declared per share (in millions):\n"
                    "\tFirst Quarter\tSecond Quarter\tThird Quarter\n"
                    "2023\t$388\t$387\t$386\n"))
            .empty());
}

TEST_CASE("per-share row labels in their common wordings",
          "[facts][dividends][annual]") {
  const char* labels[] = {"Dividends declared per common share (Note 8)",
                          "Dividends declared per share*",
                          "Common stock dividends per share",
                          "Dividends per share declared",
                          "Declared dividends per share",
                          "Dividends per share (in dollars)",
                          "Dividends per share - declared",
                          "Dividends declared per common share (in dollars "
                          "per share)"};
  for (const char* l : labels) {
    INFO(l);
    auto got = ExtractDividends(
        TextDoc(std::string("(In millions, except per share amounts)\n"
                            "\t2023\t\t2022\n"
                            "Net sales\t$\t100\t$\t90\n") +
                l + "\t$\t1.11\t$\t1.22\n"));
    REQUIRE(got.size() == 2);
    CHECK(got[0].per_share == "1.11");
    CHECK(got[0].kind == "annual");
    CHECK(got[1].per_share == "1.22");
  }
  // A class named in the label is the record's class.
  {
    auto got = ExtractDividends(TextDoc(
        "\t2023\t\t2022\n"
        "Dividends declared per share \xE2\x80\x94 Class A\t$\t1.11\t$\t"
        "1.22\n"));
    REQUIRE(got.size() == 2);
    CHECK(got[0].share_class == "Class A");
  }
  // Per share said by the section the row is in.
  auto got =
      ExtractDividends(TextDoc("\t2023\t\t2022\n"
                               "Per common share:\n"
                               "Net income - diluted\t$\t5.10\t$\t4.90\n"
                               "Cash dividends declared\t$\t3.04\t$\t"
                               "2.96\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "3.04");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "2.96");
  // Without the section the row is a total.
  CHECK(ExtractDividends(TextDoc("\t2023\t\t2022\n"
                                 "Cash dividends declared\t$\t304\t$\t296\n"))
            .empty());
  // The next row's label is no per-share word of the amount before it.
  got =
      ExtractDividends(TextDoc("\t2023\t\t2022\n"
                               "Net sales\t$ 100\t$ 90\n"
                               "Dividends per share declared\t$ 3.11\t$ "
                               "3.22\n"));
  for (const Dividend& d : got) CHECK(d.per_share != "90.00");
}

TEST_CASE("prose right after a dividend table is read as prose",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(
      "<html><body><table><tr><td>Declared</td><td>Record</td><td>Paid</td>"
      "<td>Per Share Amount</td></tr><tr><td>May 6, 2023</td><td>June 6, "
      "2023</td><td>July 6, 2023</td><td>$0.66</td></tr></table>\n"
      "<p>On July 25, 2023, the Board of Directors declared a dividend of "
      "27.5 cents per share, payable on September 1, 2023.</p></body></html>"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.66");
  CHECK(got[0].span.rule == "dividend.column_table");
  CHECK(got[1].per_share == "0.275");
  CHECK(got[1].span.rule == "dividend.sentence");
  CHECK(got[1].declared_date == "2023-07-25");
  CHECK(got[1].payable_date == "2023-09-01");
}

TEST_CASE("10-Q period headings in their common wordings",
          "[facts][dividends][annual]") {
  struct Case {
    const char *first, *second, *dates;
  };
  const Case cases[] = {
      {"Quarter Ended", "Year to Date",
       "\tJune 30, 2023\t\tJune 30, 2022\t\tJune 30, 2023\t\tJune 30, 2022\n"},
      {"Second Quarter", "First Half", "\t2023\t\t2022\t\t2023\t\t2022\n"},
      {"13 Weeks Ended", "26 Weeks Ended",
       "\tJuly 1, 2023\t\tJuly 2, 2022\t\tJuly 1, 2023\t\tJuly 2, 2022\n"},
      {"For the Quarter Ended", "For the Six Months Ended",
       "\tJuly 30, 2023\t\tJuly 31, 2022\t\tJuly 30, 2023\t\tJuly 31, 2022\n"},
  };
  for (const Case& c : cases) {
    INFO(c.first);
    auto got = ExtractDividends(TextDoc(
        std::string("\t") + c.first + "\t\t\t\t" + c.second + "\n" + c.dates +
        "Dividends declared per share\t$\t0.51\t$\t0.41\t$\t1.02\t$\t0.82\n"));
    REQUIRE(got.size() == 4);
    CHECK(got[0].per_share == "0.51");
    CHECK(got[0].kind == "quarterly");
    CHECK(got[1].kind == "quarterly");
    // The half year and the year to date: sums, no kind.
    CHECK(got[2].per_share == "1.02");
    CHECK(got[2].kind.empty());
    CHECK(got[3].kind.empty());
  }
}

TEST_CASE("market-price table with ordinal rows under a Quarter heading",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("\t2023\t\t\t2022\n"
              "Quarter\tHigh\tLow\tDividends Declared\tHigh\tLow\tDividends "
              "Declared\n"
              "First\t$50.10\t$40.20\t$0.25\t$45.00\t$38.00\t$0.23\n"
              "Second\t52.00\t44.00\t0.25\t47.00\t39.00\t0.23\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.25");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "0.23");
  CHECK(got[1].fiscal_year == "2022");
  CHECK(got[3].provenance ==
        "row 'Second'; per_share 'Dividends Declared'; year '2022'");
  // Without the Quarter heading an ordinal is no quarter.
  CHECK(ExtractDividends(
            TextDoc("\t2023\t\t\t2022\n"
                    "\tHigh\tLow\tDividends Declared\tHigh\tLow\tDividends "
                    "Declared\n"
                    "First\t$50.10\t$40.20\t$0.25\t$45.00\t$38.00\t$0.23\n"))
            .empty());
}

TEST_CASE("year columns under a heading of months are no fiscal years",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("\tThree Months Ended June 30,\n"
              "\n"
              "\t2023\t\t2022\n"
              "Dividends declared per share\t$\t0.57\t$\t0.49\n"));
  for (const Dividend& d : got) CHECK(d.kind != "annual");
}

TEST_CASE("20-F dividend history per ADS", "[facts][dividends][annual]") {
  // An amount per ADS is no amount per share (FIELDS.md): not read.
  CHECK(ExtractDividends(
            TextDoc("\tYear ended December 31,\n"
                    "\t2023\t\t2022\t\t2021\n"
                    "Dividends per ADS\tUS$\t1.24\tUS$\t1.18\tUS$\t1.05\n"))
            .empty());
  // The row per share beside it is read, in its own currency.
  auto got = ExtractDividends(
      TextDoc("\tYear ended December 31,\n"
              "\t2023\t\t2022\t\t2021\n"
              "Dividends per share\tR$\t1.24\tR$\t1.18\tR$\t1.05\n"
              "Dividends per ADS\tUS$\t2.48\tUS$\t2.36\tUS$\t2.10\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "1.24");
  CHECK(got[0].currency == "BRL");
  CHECK(got[0].kind == "annual");
  CHECK(got[2].per_share == "1.05");
}

// Item 5 of many 10-Ks: a lead-in sentence names the amounts, the table
// has a heading of years and quarter rows; "1st Qtr." rows under a
// market-price heading.
TEST_CASE("quarter rows under a lead-in sentence, abbreviated quarters",
          "[facts][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body>
<p>FORM 10-K</p>
<p>The common stock is listed on the New York Stock Exchange. Cash dividends
paid per share were as follows:</p>
<table>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td>First quarter</td><td>$</td><td>1.13</td><td>$</td><td>1.06</td></tr>
<tr><td>Second quarter</td><td></td><td>1.19</td><td></td><td>1.13</td></tr>
<tr><td>Total</td><td>$</td><td>2.32</td><td>$</td><td>2.19</td></tr>
</table>
<p>Market prices and dividends declared:</p>
<table>
<tr><td>Quarter</td><td colspan="2">High</td><td colspan="2">Low</td>
<td colspan="2">Dividends Declared</td></tr>
<tr><td>1st Qtr.</td><td>$</td><td>55.10</td><td>$</td><td>48.20</td><td>$</td>
<td>0.34</td></tr>
<tr><td>2nd Qtr.</td><td>$</td><td>56.10</td><td>$</td><td>49.20</td><td>$</td>
<td>0.35</td></tr>
</table>
</body></html>)"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "1.13");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].status == "paid");
  CHECK(got[1].per_share == "1.06");
  CHECK(got[1].fiscal_year == "2022");
  CHECK(got[3].per_share == "1.13");
  // The total row, the sum of its quarters: the year's dividend.
  CHECK(got[4].per_share == "2.32");
  CHECK(got[4].kind == "annual");
  CHECK(got[5].per_share == "2.19");
  CHECK(got[5].fiscal_year == "2022");
  CHECK(got[6].per_share == "0.34");
  CHECK(got[6].kind == "quarterly");
  CHECK(got[7].per_share == "0.35");
  // A lead-in that names another measure, or none per share, sets no title.
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body>
<p>Total dividends paid, in millions, were as follows:</p>
<table>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td>First quarter</td><td>$</td><td>113</td><td>$</td><td>106</td></tr>
</table></body></html>)"))
            .empty());
}

// Equity notes that give each year's "Per Share" and "Amount" columns side
// by side under a lead-in: only the per-share columns are read, the
// amounts are in millions.
TEST_CASE("quarter rows: per-share columns under years, amounts in millions",
          "[facts][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body>
<p>FORM 10-K</p>
<p>The following table summarizes the dividends declared (in millions, except
per share amounts):</p>
<table>
<tr><td></td><td colspan="4">2023</td><td colspan="4">2022</td></tr>
<tr><td></td><td colspan="2">Per Share</td><td colspan="2">Amount</td>
<td colspan="2">Per Share</td><td colspan="2">Amount</td></tr>
<tr><td>First quarter</td><td>$</td><td>0.91</td><td>$</td><td>3,700</td>
<td>$</td><td>0.88</td><td>$</td><td>3,600</td></tr>
<tr><td>Second quarter</td><td></td><td>0.91</td><td></td><td>3,690</td>
<td></td><td>0.88</td><td></td><td>3,590</td></tr>
</table>
</body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.91");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "0.88");
  CHECK(got[1].fiscal_year == "2022");
  for (const Dividend& d : got) CHECK(d.per_share != "3,700");
  // Prices per share beside are no dividend column.
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body>
<p>Dividends and prices (in millions, except per share amounts):</p>
<table>
<tr><td></td><td colspan="2">2023</td></tr>
<tr><td></td><td colspan="2">Price Per Share</td></tr>
<tr><td>First quarter</td><td>$</td><td>55.10</td></tr>
</table></body></html>)"))
            .empty());
}

TEST_CASE("a column-headed table ends at the next table's heading row",
          "[facts][dividends][annual]") {
  // The "Per Share | Amount" table after a dated table is not read under
  // the dated table's headings (its amounts in millions would be taken as
  // per share).
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>The following table summarizes the dividends declared during the nine months ended September 30, 2023:</p>
<table>
<tr><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td colspan="2">Dividend Per Share</td><td colspan="2">Total Amount (in millions)</td></tr>
<tr><td>February 1, 2023</td><td>February 15, 2023</td><td>March 1, 2023</td><td>$</td><td>0.24</td><td>$</td><td>120</td></tr>
<tr><td>May 3, 2023</td><td>May 17, 2023</td><td>June 1, 2023</td><td>$</td><td>0.24</td><td>$</td><td>119</td></tr>
</table>
<p>Dividends</p>
<table>
<tr><td></td><td colspan="2">Per Share</td><td colspan="2">Amount</td></tr>
<tr><td>First quarter</td><td>$</td><td>0.25</td><td>$</td><td>125</td></tr>
<tr><td>Second quarter</td><td>$</td><td>0.25</td><td>$</td><td>124</td></tr>
</table>
<p>Cash dividends declared per share of common stock were as follows:</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>2023</td><td>2022</td></tr>
<tr><td>Cash dividends declared per share</td><td>$0.27</td><td>$0.25</td><td>$0.81</td><td>$0.75</td></tr>
</table>
</body></html>)"));
  REQUIRE(got.size() == 8);
  for (const Dividend& d : got) {
    INFO(d.provenance);
    CHECK(std::stod(d.per_share) < 1.0);
  }
  CHECK(got[0].total_amount == "120000000");
  CHECK(got[6].span.rule == "dividend.quarter_rows");
  CHECK(got[6].provenance == "row 'First quarter'; per_share 'Per Share'");
}

TEST_CASE("statement row labels wrapped in their cell",
          "[facts][dividends][annual]") {
  // "($0.26 per share)" on the line after the row's cells belongs to the
  // row's label; with or without a verb, one record each, the whole label
  // as provenance.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><table>
<tr><td></td><td>Common Stock</td><td>Retained Earnings</td><td>Total</td></tr>
<tr><td>Balance at December 31, 2023</td><td>10</td><td>576</td><td>586</td></tr>
<tr><td>Cash dividends declared<br/>($0.26 per share)</td><td>&#8212;</td><td>(56)</td><td>(56)</td></tr>
<tr><td>Dividends to shareholders ($0.28 per share)</td><td>&#8212;</td><td>(60)</td><td>(60)</td></tr>
<tr><td>Cash dividends<br/>($0.32 per share)</td><td>&#8212;</td><td>(64)</td><td>(64)</td></tr>
<tr><td>Stock issued<br/>($45.10 per share)</td><td>1</td><td>44</td><td>45</td></tr>
<tr><td>Balance at March 31, 2024</td><td>10</td><td>500</td><td>510</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "0.26");
  CHECK(got[0].provenance == "row 'Cash dividends declared ($0.26 per share)'");
  CHECK(got[1].per_share == "0.28");
  CHECK(got[2].per_share == "0.32");
  CHECK(got[2].provenance == "row 'Cash dividends ($0.32 per share)'");
}

TEST_CASE("10-Q quarter rows named by their three months, unit in a heading",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>The following table summarizes dividends declared:</p>
<table>
<tr><td></td><td colspan="2">Dividend Per Share</td><td colspan="2">Amount (in millions)</td></tr>
<tr><td>Three months ended March 31, 2023</td><td>$</td><td>0.31</td><td>$</td><td>150</td></tr>
<tr><td>Three months ended June 30, 2023</td><td>$</td><td>0.32</td><td>$</td><td>149</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.31");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].provenance ==
        "row 'Three months ended March 31, 2023'; per_share 'Dividend Per "
        "Share'");
  CHECK(got[1].per_share == "0.32");
  // A table whose unit is said above it, with no per-share column: none.
  CHECK(ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>Dividends declared (in millions):</p>
<table>
<tr><td></td><td colspan="2">Dividends</td></tr>
<tr><td>Three months ended March 31, 2023</td><td>$</td><td>150</td></tr>
</table></body></html>)"))
            .empty());
}

TEST_CASE("a total whose unit the table does not state is not claimed",
          "[facts][dividends][annual]") {
  // "$ 120" beside $0.24 a share is 500 shares' dividend: the table's unit
  // ("in millions") was stated elsewhere, so the total is left empty.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>Dividends</p>
<table>
<tr><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td colspan="2">Dividend Per Share</td><td colspan="2">Amount</td></tr>
<tr><td>February 1, 2023</td><td>February 15, 2023</td><td>March 1, 2023</td><td>$</td><td>0.24</td><td>$</td><td>120</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.24");
  CHECK(got[0].total_amount.empty());
  CHECK(got[0].record_date == "2023-02-15");
}

// A 1990s 10-Q's fixed-width income statement: the period headings and
// the years under them are parted by a rule, which is part of the heading.
TEST_CASE("tables: fixed-width quarter and year-to-date columns under a rule",
          "[facts][dividends][annual]") {
  const std::string text =
      "FORM 10-Q\n\n"
      "                                          Three Months Ended   Nine "
      "Months Ended\n"
      "                                            September 30,        "
      "September 30,\n"
      "                                          ------------------  "
      "--------------------\n"
      "                                              1997      1996       "
      "1997       1996\n"
      "                                          --------  --------  "
      "---------  ---------\n"
      "Net income per share--basic ...........   $    .43  $    .46  $    "
      "1.24  $    1.34\n"
      "Dividends declared per share ..........   $    .15  $    .14  $     "
      ".45  $     .42\n";
  auto got = ExtractDividends(testing::TextDoc(text));
  std::vector<std::string> found;
  for (const Dividend& d : got) found.push_back(d.per_share + " " + d.kind);
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"0.14 quarterly", "0.15 quarterly",
                                          "0.42 ", "0.45 "});
}

// A declaration table with a section row per stock ("Common stock" over
// its quarters, "Series C preferred stock" over its own), and one with a
// column of variable dividends paid with the base ones.
TEST_CASE("tables: preferred section rows and a variable dividend column",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>Dividends declared on common stock and Series C preferred stock "
      "during 2022 were as follows:</p><table>"
      "<tr><td></td><td>Declaration Date</td><td>Record Date</td>"
      "<td>Payment Date</td><td>Per Share</td></tr>"
      "<tr><td>Common stock</td></tr>"
      "<tr><td>First Quarter</td><td>January 28, 2022</td>"
      "<td>February 16, 2022</td><td>February 28, 2022</td><td>$0.42</td></tr>"
      "<tr><td>Series C preferred stock</td></tr>"
      "<tr><td>First Quarter</td><td>February 3, 2022</td>"
      "<td>March 1, 2022</td><td>March 15, 2022</td><td>$0.375</td></tr>"
      "</table>"));
  std::vector<std::string> found;
  for (const Dividend& d : got) {
    if (!d.declared_date.empty()) found.push_back(d.per_share + " " + d.share_class);
  }
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"0.375 Preferred", "0.42 "});
  got = ExtractDividends(testing::FilingBody(
      "<p>Dividends declared on our common shares during 2023 were as "
      "follows:</p><table>"
      "<tr><td></td><td>Declaration Date</td><td>Record Date</td>"
      "<td>Payment Date</td><td>Base Dividend per Share</td>"
      "<td>Variable Dividend per Share</td></tr>"
      "<tr><td>Q1 2023</td><td>1/26/2023</td><td>2/16/2023</td>"
      "<td>2/27/2023</td><td>$0.15</td><td>$0.42</td></tr>"
      "</table>"));
  found.clear();
  for (const Dividend& d : got) {
    found.push_back(d.per_share + " " + d.kind + " " + d.record_date);
  }
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"0.15 quarterly 2023-02-16",
                                          "0.42  2023-02-16"});
}

// A 1990s statement of equity: class rows under "Cash dividends declared:"
// between balance rows a year apart, a preferred label wrapped.
const char kTypedEquity[] = R"(
              CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY

                   (In thousands, except per share data)

                                           Common    Retained
                                           Stock     Earnings    Total
                                         ---------- ---------- ----------
Balance at December 31, 1994 ..........  $  12,000  $ 200,069  $ 252,069
  Net earnings ........................                36,240     36,240
  Cash dividends declared:
    $4.50 Cumulative Preferred
      Stock ($4.50 per share) .........                  (540)      (540)
    Common stock ($.44 per share) .....                (9,555)    (9,555)
Balance at December 31, 1995 ..........  $  12,000  $ 226,214  $ 278,214
  Net earnings ........................                33,557     33,557
  Cash dividends declared:
    Common stock ($.48 per share) .....               (10,931)   (10,931)
Balance at December 31, 1996 ..........  $  12,000  $ 248,300  $ 300,300
)";

TEST_CASE(
    "statement of equity: rows between balance rows take the year and total",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(kTypedEquity));
  std::vector<std::string> found;
  for (const Dividend& d : got) {
    found.push_back(d.per_share + " " + d.kind + " " + d.fiscal_year + " " +
                    d.total_amount + " " + d.share_class);
  }
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"0.44 annual 1995 9555000 ",
                                          "0.48 annual 1996 10931000 ",
                                          "4.50 annual 1995 540000 Preferred"});
  // Without the unit line, no total; a quarter between the balance rows
  // makes the row the quarter's.
  std::string quarter = kTypedEquity;
  quarter.replace(quarter.find("(In thousands, except per share data)"), 37,
                  "");
  quarter.replace(quarter.find("December 31, 1994"), 17, "September 30, 1995");
  got = ExtractDividends(TextDoc(quarter));
  found.clear();
  for (const Dividend& d : got) {
    if (d.per_share == "0.44")
      found.push_back(d.kind + " " + d.fiscal_year + " " + d.total_amount);
  }
  CHECK(found == std::vector<std::string>{"quarterly 1995 "});
}

TEST_CASE(
    "20-F history: headings wrapped below, units over groups, ADS left out",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>The table below sets out the dividends paid or proposed in respect "
      "of each of the last three financial years, in pence per ordinary "
      "share and, for the total, in US dollars per ADS.</p><table>"
      "<tr><td>Year ended 31 December</td><td>Interim</td><td>Final</td>"
      "<td>Total</td><td>Total per</td></tr>"
      "<tr><td></td><td></td><td></td><td></td><td>ADS (1)</td></tr>"
      "<tr><td></td><td>(pence per ordinary share)</td><td></td><td></td>"
      "<td>(US$)</td></tr>"
      "<tr><td>2008 (2)</td><td>6.55</td><td>12.25</td><td>18.80</td>"
      "<td>1.16</td></tr>"
      "<tr><td>2007</td><td>6.15</td><td>11.45</td><td>17.60</td>"
      "<td>1.41</td></tr></table>",
      "20-F"));
  std::vector<std::string> found;
  for (const Dividend& d : got) {
    found.push_back(d.fiscal_year + " " + d.kind + " " + d.per_share + " " +
                    d.currency);
  }
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{
                     "2007 annual 0.176 GBP", "2007 interim 0.0615 GBP",
                     "2007 year-end 0.1145 GBP", "2008 annual 0.188 GBP",
                     "2008 interim 0.0655 GBP", "2008 year-end 0.1225 GBP"});
}

TEST_CASE("a declaration table's type column calls a row special",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The following table summarizes dividends declared for the year ended December 31, 2022 (dollars in thousands, except per share data):</p>
<table>
<tr><td>&#160;</td><td colspan="3">Type</td><td colspan="3">Date Declared</td><td colspan="3">Record Date</td><td colspan="3">Payment Date</td><td colspan="3">Per Share Amount</td><td colspan="3">Total Amount</td></tr>
<tr><td colspan="19"><b>Fiscal year 2022</b></td></tr>
<tr><td>Q3</td><td>&#160;</td><td>Regular</td><td>&#160;</td><td>&#160;</td><td>August 3, 2022</td><td>&#160;</td><td>&#160;</td><td>September 14, 2022</td><td>&#160;</td><td>&#160;</td><td>September 30, 2022</td><td>&#160;</td><td>$</td><td>0.36</td><td>&#160;</td><td>$</td><td>21,120</td><td>&#160;</td></tr>
<tr><td>Q4</td><td>&#160;</td><td>Regular</td><td>&#160;</td><td>&#160;</td><td>November 2, 2022</td><td>&#160;</td><td>&#160;</td><td>December 14, 2022</td><td>&#160;</td><td>&#160;</td><td>December 30, 2022</td><td>&#160;</td><td>$</td><td>0.36</td><td>&#160;</td><td>$</td><td>21,240</td><td>&#160;</td></tr>
<tr><td>Q4</td><td>&#160;</td><td>Special</td><td>&#160;</td><td>&#160;</td><td>November 2, 2022</td><td>&#160;</td><td>&#160;</td><td>December 1, 2022</td><td>&#160;</td><td>&#160;</td><td>December 15, 2022</td><td>&#160;</td><td>$</td><td>0.10</td><td>&#160;</td><td>$</td><td>5,900</td><td>&#160;</td></tr>
</table></body></html>)"));
  std::vector<std::string> rows = testing::SortedRows(
      got, [](const Dividend& d) { return d.per_share + " " + d.kind; });
  CHECK(rows == std::vector<std::string>{"0.10 special", "0.36 quarterly",
                                         "0.36 quarterly"});
}

}  // namespace
TEST_CASE("quarterly data: a column of earnings per share is no dividend",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 10-K\n\nNote 24. Quarterly Financial Data (Unaudited)\n\n"
      "(In millions of Canadian dollars, except per share amounts)\n\n"
      "\tRevenues\t\tNet income\t\tBasic\t\tDividends\n"
      "\t\t\tattributable to\t\tearnings\t\tdeclared\n"
      "\t\t\tshareholders\t\tper share\t\tper share\n"
      "2017\n"
      "First quarter\t$\t1,083\t$\t118\t$\t0.61\t$\t0.165\n"
      "Second quarter\t\t1,142\t\t131\t\t0.68\t\t0.165\n"
      "Third quarter\t\t1,236\t\t162\t\t0.84\t\t0.18\n"
      "Fourth quarter\t\t1,401\t\t201\t\t1.04\t\t0.18\n"));
  for (const auto& d : got) {
    INFO(d.per_share << " " << d.provenance);
    CHECK(d.provenance.find("earnings") == std::string::npos);
    CHECK((d.per_share == "0.165" || d.per_share == "0.18"));
  }
}

TEST_CASE("selected data: years written FY2023 and a row in A$",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\nFive-year dividend history\n"
      "Financial year ended 30 June\tFY2023\t\tFY2022\t\tFY2021\n"
      "Ordinary dividends per share (A$)\t\t1.32\t\t1.73\t\t1.95\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "1.32");
  CHECK(got[0].currency == "AUD");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].fiscal_year == "FY2023");
  CHECK(got[2].per_share == "1.95");
}

TEST_CASE("typed market tables: distribution headings wrapped or stacked",
          "[facts][dividends][annual]") {
  const std::string rows =
      "First Quarter ....  $ 19 7/8  $ 16 1/2  $  .4625  $ 22 5/8  $ 19 1/4  $ "
      "   .45\n"
      "Second Quarter ...    21 1/4    17 3/4     .4625    23 1/2    20 1/8    "
      "   .45\n"
      "Third Quarter ....    22 1/8    19 3/8     .4625    22 3/8    18 7/8    "
      "   .45\n"
      "Fourth Quarter ...    21 1/2    18 5/8     .4625    20 3/4    17 1/8    "
      "   .45\n";
  const std::string top =
      "FORM 10-K\n\nITEM 5.  MARKET\n\n"
      "The following table sets forth the quarterly high and low sales\n"
      "prices and the distributions declared per common share:\n\n"
      "                                2000                          1999\n"
      "                    ----------------------------  "
      "----------------------------\n";
  // "Distri-" over "bution": one word of the heading.
  auto got = ExtractDividends(
      testing::TextDoc(top +
                       "                                         Distri-       "
                       "                Distri-\n"
                       "                        High       Low    bution      "
                       "High       Low    bution\n"
                       "                    --------  --------  --------  "
                       "--------  --------  --------\n" +
                       rows));
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.4625");
  CHECK(got[0].fiscal_year == "2000");
  CHECK(got[1].per_share == "0.45");
  CHECK(got[1].fiscal_year == "1999");
  // "Cash" over "Distribution" over "Paid", the middle word sticking out
  // to the left of its column.
  got = ExtractDividends(
      testing::TextDoc(top +
                       "                                           Cash        "
                       "                  Cash\n"
                       "                                   Distribution        "
                       "          Distribution\n"
                       "                        High       Low      Paid      "
                       "High       Low      Paid\n"
                       "                    --------  --------  --------  "
                       "--------  --------  --------\n" +
                       rows));
  REQUIRE(got.size() == 8);
  CHECK(got[0].kind == "quarterly");
  // The same words in a table of segments are no dividend.
  got = ExtractDividends(testing::TextDoc(
      "FORM 10-K\n\nSegment revenues (in thousands):\n\n"
      "                    Manufacturing  Distribution  Retail\n"
      "1999 ..............       $ 4,120       $ 2,310  $  980\n"));
  CHECK(got.empty());
}

TEST_CASE("selected data: a sentence of the section before is no heading",
          "[facts][dividends][annual]") {
  // "quarterly" in the last sentence of Item 5 does not make the year
  // columns of Item 6 quarters.
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 10-K\n\n"
      "On January 20, 1995, the Partnership declared a quarterly\n"
      "distribution of $.625 per Unit.\n\n"
      "ITEM 6.  SELECTED FINANCIAL DATA\n\n"
      "(In thousands, except per\n"
      "Unit amounts)                    1994      1993      1992\n"
      "                             --------  --------  --------\n"
      "Net income ...............    $44,218   $41,036   $37,915\n"
      "Cash distributions paid\n"
      "  per Unit ...............      $2.40    $2.275     $2.20\n"));
  int annual = 0;
  for (const auto& d : got) annual += d.kind == "annual";
  CHECK(annual == 3);
}

TEST_CASE("market table: ordinal quarter columns under a Quarter stub",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Quarterly market price ranges and dividends declared per share of Common Stock were:</p>
<table>
<tr><td>Quarter</td><td>First</td><td>Second</td><td>Third</td><td>Fourth</td><td>Year</td></tr>
<tr><td>2004</td></tr>
<tr><td>Market price high</td><td>$48.15</td><td>$51.30</td><td>$49.62</td><td>$54.88</td><td></td></tr>
<tr><td>Market price low</td><td>42.06</td><td>45.18</td><td>43.95</td><td>47.21</td><td></td></tr>
<tr><td>Dividends declared</td><td>$.22</td><td>$.22</td><td>$.24</td><td>$.24</td><td>$.92</td></tr>
</table></body></html>)"));
  int quarters = 0;
  for (const auto& d : got) {
    if (d.kind != "quarterly") continue;
    ++quarters;
    CHECK(d.fiscal_year == "2004");
    CHECK((d.per_share == "0.22" || d.per_share == "0.24"));
  }
  CHECK(quarters == 4);
}

TEST_CASE("selected data: a per-share section in yen",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\nITEM 3.  KEY INFORMATION\n\n"
      "(Millions of yen, except\n"
      "per share amounts)                          Year ended March 31,\n"
      "                             -----------------------------\n"
      "                                1998      1999      2000\n"
      "                             --------- --------- ---------\n"
      "Net sales .................  Y242,535  Y226,499  Y187,394\n"
      "Per share data (yen):\n"
      "  Net income ..............    Y31.92    Y32.05    Y28.41\n"
      "  Cash dividends (1) ......    Y14.00    Y15.00    Y15.00\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "14.00");
  CHECK(got[0].currency == "JPY");
  CHECK(got[0].kind == "annual");
  CHECK(got[2].fiscal_year == "Year ended March 31, 2000");
}

TEST_CASE("20-F: rows of a year's interim, final and total in pence",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n8.A.8 Dividend Policy\n"
      "The table below sets out the dividends per ordinary share in respect "
      "of each of the last two financial years.\n"
      "\t2023\t\t2022\n"
      "Interim (pence per ordinary share)\t\t8.4\t\t8.1\n"
      "Final (pence per ordinary share)\t\t17.6\t\t16.2\n"
      "Total (pence per ordinary share)\t\t26.0\t\t24.3\n"
      "Dividend cover (times)\t2.3x\t\t2.3x\n"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "0.084");
  CHECK(got[0].currency == "GBP");
  CHECK(got[0].kind == "interim");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[3].per_share == "0.162");
  CHECK(got[3].kind == "year-end");
  CHECK(got[4].per_share == "0.26");
  CHECK(got[4].kind == "annual");
  // Without a lead-in of dividends, rows of pence are no dividends.
  got = ExtractDividends(
      testing::TextDoc("FORM 20-F\n\nThe table below sets out earnings.\n"
                       "\t2023\t\t2022\n"
                       "Interim (pence per ordinary share)\t\t8.4\t\t8.1\n"));
  CHECK(got.empty());
}

TEST_CASE("20-F: interim, year-end and annual rows under a yen title",
          "[facts][dividends][annual]") {
  // The unit set apart at the title's right; years named "Fiscal 2000".
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "CASH DIVIDENDS PER SHARE                (Yen)\n"
      "                                     Fiscal 2000    Fiscal 1999\n"
      "    Interim                                 6.00           6.00\n"
      "    Year-end                                7.00           6.50\n"
      "                                     -----------    -----------\n"
      "    Annual                                 13.00          12.50\n"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.kind + " " + d.per_share + " " + d.currency;
  });
  CHECK(rows ==
        std::vector<std::string>{
            "Fiscal 1999 annual 12.50 JPY", "Fiscal 1999 interim 6.00 JPY",
            "Fiscal 1999 year-end 6.50 JPY", "Fiscal 2000 annual 13.00 JPY",
            "Fiscal 2000 interim 6.00 JPY", "Fiscal 2000 year-end 7.00 JPY"});
  // The same rows under a title of earnings are no dividends.
  got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "NET INCOME PER SHARE                (Yen)\n"
      "                                     Fiscal 2000    Fiscal 1999\n"
      "    Interim                                 6.00           6.00\n"
      "    Annual                                 13.00          12.50\n"));
  CHECK(got.empty());
}

TEST_CASE("40-F: preferred series under their class's line",
          "[facts][dividends][annual]") {
  // A typed lead-in wrapped over two lines, a blank line, the years, the
  // class's line, its series named with their terms first.
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 40-F\n\n"
      "Dividends declared on each series of Class A Preferred Shares in the "
      "last\n"
      "three fiscal years were as follows (per share):\n\n"
      "                                                 1998       1997\n"
      "      Class A Preferred Shares\n"
      "        Non-cumulative Series 6              $1.8125    $1.8125\n"
      "        Non-cumulative 8.50% Series 7         2.1250     0.8925\n"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.per_share + " " + d.share_class;
  });
  CHECK(rows == std::vector<std::string>{
                    "1997 0.8925 Preferred", "1997 1.8125 Preferred",
                    "1998 1.8125 Preferred", "1998 2.1250 Preferred"});
  // The class stub under a title of dividends per share that spans the
  // years; a redemption price column beside them is not read.
  got = ExtractDividends(testing::TextDoc(
      "FORM 40-F\n\nNOTE 12 - CAPITAL STOCK\n\n"
      "                                 Dividends per share       Redemption\n"
      "Class A Preferred Shares               1997         1996        price\n"
      "                              ---------------------------------------\n"
      "Series 5 (non-cumulative)      $       2.25 $       2.25       $25.50\n"
      "Series 7 (non-cumulative)            1.9375       1.9375        "
      "26.00\n"));
  rows = testing::SortedRows(
      got, [](const Dividend& d) { return d.fiscal_year + " " + d.per_share; });
  CHECK(rows == std::vector<std::string>{"1996 1.9375", "1996 2.25",
                                         "1997 1.9375", "1997 2.25"});
  // Without a title of dividends, a class's series rows are no dividends.
  got = ExtractDividends(testing::TextDoc(
      "FORM 40-F\n\nNOTE 12 - CAPITAL STOCK\n\n"
      "                                 Shares outstanding        Redemption\n"
      "Class A Preferred Shares               1997         1996        price\n"
      "Series 5 (non-cumulative)      $       2.25 $       2.25       "
      "$25.50\n"));
  CHECK(got.empty());
}

TEST_CASE("20-F histories: translations and depositary shares not read",
          "[facts][dividends][annual]") {
  const auto year_amount = [](const Dividend& d) {
    return d.fiscal_year + " " + d.per_share + " " + d.currency;
  };
  // Lire under a title spanning two units, the dollars its translation,
  // a column per ADS beside them.
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "The following table sets forth the dividends per ordinary share:\n\n"
      "                       Dividend per ordinary share    Dividend per\n"
      "  Fiscal year           (Lire)         (US$)(1)         ADS (US$)(1)    "
      "Payment date\n"
      "  -----------          --------       ---------       -------------    "
      "------------\n"
      "  1994 ..........        180            0.11              1.11         "
      "May 22, 1995\n"
      "  1995 ..........        200            0.13              1.28         "
      "May 20, 1996\n"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.per_share + " " + d.currency + " " + d.payable_date;
  });
  CHECK(rows == std::vector<std::string>{"180.00 ITL 1995-05-22",
                                         "200.00 ITL 1996-05-20"});
  // French francs written "FF" before the first row's amounts; a tax
  // credit, a total revenue per share and a dollar translation beside.
  got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "     The following table sets forth the net dividend per share paid "
      "by the Company.\n\n"
      "                                                                Net "
      "dividend\n"
      "                Net dividend     Avoir fiscal     Total revenue   "
      "translated\n"
      "  Year           per share      (tax credit)(1)     per share     into "
      "US$(2)\n"
      "  ----          ------------    ---------------   -------------   "
      "------------\n"
      "  1991 ......    FF  7.00         FF  3.50          FF  10.50        "
      "$1.32\n"
      "  1992 ......        7.50             3.75              11.25         "
      "1.34\n"));
  rows = testing::SortedRows(got, year_amount);
  CHECK(rows == std::vector<std::string>{"1991 7.00 FRF", "1992 7.50 FRF"});
  // A dividend per ADS beside the share's, in dollars.
  got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "                         Dividend       Percentage of      Dividend per "
      "ADS\n"
      "     Financial year     per share       nominal value          (US$)\n"
      "     --------------     ---------       -------------      "
      "----------------\n"
      "     1995                DKK  6.00            30%                0.52\n"
      "     1996                     7.00            35%                "
      "0.55\n"));
  rows = testing::SortedRows(got, year_amount);
  CHECK(rows == std::vector<std::string>{"1995 6.00 DKK", "1996 7.00 DKK"});
  // The last year again in US dollars at the right of selected data.
  got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "                       1994     1995     1996       1996\n"
      "                     -------  -------  -------   --------\n"
      "                          (SEK, except per share data)  (US$)\n"
      "Dividend per\n"
      " share (SEK) .......   5.00     6.00     7.00      1.02\n"));
  rows = testing::SortedRows(
      got, [](const Dividend& d) { return d.per_share + " " + d.currency; });
  CHECK(rows == std::vector<std::string>{"5.00 SEK", "6.00 SEK", "7.00 SEK"});
}

TEST_CASE("20-F: interim and year-end rows under a paragraph and a unit line",
          "[facts][dividends][annual]") {
  const std::string table =
      "                                 Fiscal year ended March 31,\n"
      "               ------------------------------------------\n"
      "                  1995      1996      1997       1997\n"
      "               --------  --------  --------  ----------\n"
      "                     (Yen per share)            (Dollars\n"
      "                                              per share)(1)\n"
      "Interim .......   5.00      5.50      6.00       $.048\n"
      "Year-end ......   5.00      5.50      6.50        .052\n"
      "               --------  --------  --------  ----------\n"
      "Annual ........  10.00     11.00     12.50       $.101\n";
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "     The following table sets forth the cash dividends per share of "
      "Common\nStock declared in respect of each of the fiscal years "
      "indicated.\n\n" +
      table));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.kind + " " + d.per_share + " " + d.currency;
  });
  CHECK(rows == std::vector<std::string>{
                    "annual 10.00 JPY", "annual 11.00 JPY", "annual 12.50 JPY",
                    "interim 5.00 JPY", "interim 5.50 JPY", "interim 6.00 JPY",
                    "year-end 5.00 JPY", "year-end 5.50 JPY",
                    "year-end 6.50 JPY"});
  // Under a paragraph of another measure the rows are none.
  got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n     The following table sets forth net income per "
      "share.\n\n" +
      table));
  CHECK(got.empty());
}

TEST_CASE("20-F: the amounts' unit on a line under the headings' rule",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\nThe following table sets forth the dividends per share "
      "declared in respect of each of the years indicated.\n\n"
      "                          Dividends\n"
      "   Fiscal year            per share\n"
      "   -----------           -----------\n"
      "                          (in reais)\n"
      "   2004 ............        0.50\n"
      "   2005 ............        0.60\n"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.per_share + " " + d.currency;
  });
  CHECK(rows == std::vector<std::string>{"2004 0.50 BRL", "2005 0.60 BRL"});
}

TEST_CASE("quarterly data: quarters' last days under a 'Quarter ended' stub",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      testing::TextDoc("FORM 10-K\n\n"
                       "                                  Sept. 30     Dec. 31 "
                       "   March 31     June 30\n"
                       "Quarter ended                       1997         1997  "
                       "     1998        1998        Year\n"
                       "                                 ---------   --------- "
                       "  ---------   ---------   ---------\n"
                       "Fiscal 1998\n"
                       "  Net sales                      $  72,544   $  68,013 "
                       "  $  63,870   $  64,308   $ 268,735\n"
                       "  Dividends declared per share         .10         .10 "
                       "        .10         .05         .35\n"));
  auto rows = testing::SortedRows(
      got, [](const Dividend& d) { return d.kind + " " + d.per_share; });
  CHECK(rows == std::vector<std::string>{"annual 0.35", "quarterly 0.05",
                                         "quarterly 0.10", "quarterly 0.10",
                                         "quarterly 0.10"});
}

TEST_CASE("20-F: equity shares' and Italian balance histories",
          "[facts][dividends][annual]") {
  // The unit in the title over the headings; the US-dollar total under
  // the same heading as the rupee total is its translation.
  const std::string rows =
      "  Fiscal year          Interim     Final    Special     Total    Total "
      "(US$)\n"
      "  -----------          -------    -------   -------    -------   "
      "-----------\n"
      "  2003 ............       3.00       4.00        --       7.00        "
      "0.16\n"
      "  2004 ............       3.00       5.00     10.00      18.00        "
      "0.41\n";
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n                              Dividend per equity share "
      "(Rs.)\n" +
      rows));
  auto rows_of = [](const std::vector<Dividend>& ds) {
    return testing::SortedRows(ds, [](const Dividend& d) {
      return d.fiscal_year + " " + d.kind + " " + d.per_share + " " +
             d.currency;
    });
  };
  CHECK(rows_of(got) == std::vector<std::string>{
                            "2003 annual 7.00 INR", "2003 interim 3.00 INR",
                            "2003 year-end 4.00 INR", "2004 annual 18.00 INR",
                            "2004 interim 3.00 INR", "2004 special 10.00 INR",
                            "2004 year-end 5.00 INR"});
  // Without a unit the bare amounts are not read, nor the dollars.
  got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n                              Dividend per equity share\n" +
      rows));
  CHECK(got.empty());
  // "Interim (acconto) | Balance (saldo) | Total" in euro.
  got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\nThe following table sets forth the dividends per "
      "ordinary share.\n\n"
      "                       Interim        Balance                    "
      "Total per\n"
      "  Fiscal year         (acconto)       (saldo)        Total      ADS "
      "(US$)\n"
      "  -----------        ----------     ----------     --------    "
      "------------\n"
      "                                (euro per share)\n"
      "  2006 ............       0.20           0.30          0.50          "
      "3.26\n"));
  CHECK(rows_of(got) == std::vector<std::string>{"2006 annual 0.50 EUR",
                                                 "2006 interim 0.20 EUR",
                                                 "2006 year-end 0.30 EUR"});
}

TEST_CASE("20-F: classes under the tail of a title wrapped across them",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "     The following table sets forth the dividends per share declared "
      "in respect of each of the years indicated.\n\n"
      "                          Dividends per share\n"
      "   Fiscal year            Common      Preferred\n"
      "   -----------           --------    -----------\n"
      "   2004 ............        R$0.50       R$0.55\n"
      "   2005 ............          0.60         0.66\n"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.per_share + " " + d.share_class;
  });
  CHECK(rows ==
        std::vector<std::string>{"2004 0.50 Common", "2004 0.55 Preferred",
                                 "2005 0.60 Common", "2005 0.66 Preferred"});
}

TEST_CASE("20-F: a US-dollar column beside yen amounts in an HTML history",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following table sets forth the dividends per share of common stock in respect of each of the fiscal years indicated.</p>
<table>
<tr><td></td><td>Interim</td><td>Year-end</td><td>Annual</td><td>Annual</td></tr>
<tr><td></td><td></td><td></td><td></td><td>(U.S. dollars)</td></tr>
<tr><td>Fiscal 2020</td><td>&#165;38</td><td>&#165;38</td><td>&#165;76</td><td>$0.69</td></tr>
<tr><td>Fiscal 2021</td><td>&#165;40</td><td>&#165;45</td><td>&#165;85</td><td>$0.77</td></tr>
</table></body></html>)"));
  for (const Dividend& d : got) CHECK(d.currency == "JPY");
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.kind + " " + d.per_share;
  });
  CHECK(rows == std::vector<std::string>{
                    "Fiscal 2020 annual 76.00", "Fiscal 2020 interim 38.00",
                    "Fiscal 2020 year-end 38.00", "Fiscal 2021 annual 85.00",
                    "Fiscal 2021 interim 40.00", "Fiscal 2021 year-end 45.00"});
}

TEST_CASE("20-F: rows of classes under a lead-in of dividends per share",
          "[facts][dividends][annual]") {
  // The currency's sign in a cell of its own before each amount; a
  // footnote's mark on the lead-in.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<table>
<tr><td></td><td></td><td>2006</td><td></td><td>2005</td></tr>
<tr><td>Net income per common share</td><td>R$</td><td>4.12</td><td>R$</td><td>3.58</td></tr>
<tr><td>Dividends declared per share(1):</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Common share</td><td>R$</td><td>1.10</td><td>R$</td><td>0.96</td></tr>
<tr><td>Preferred share</td><td>R$</td><td>1.21</td><td>R$</td><td>1.056</td></tr>
<tr><td>Dividends declared per ADS(2)</td><td>US$</td><td>1.13</td><td>US$</td><td>0.87</td></tr>
</table></body></html>)"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.per_share + " " + d.currency + " " +
           d.share_class;
  });
  CHECK(rows ==
        std::vector<std::string>{"2005 0.96 BRL ", "2005 1.056 BRL Preferred",
                                 "2006 1.10 BRL ", "2006 1.21 BRL Preferred"});
}

TEST_CASE("declaration table: each class's own total column",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following dividends were declared in respect of 2006:</p>
<table>
<tr><td>Dividend</td><td>Declared</td><td>Record date</td><td>Payment date</td><td>Per common share</td><td>Total common (R$ million)</td><td>Per preferred share</td><td>Total preferred (R$ million)</td></tr>
<tr><td>Interim</td><td>August 10, 2006</td><td>August 21, 2006</td><td>September 5, 2006</td><td>R$ 0.42</td><td>R$ 50.4</td><td>R$ 0.462</td><td>R$ 83.2</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  const Dividend& common = got[0].share_class.empty() ? got[0] : got[1];
  const Dividend& preferred = got[0].share_class.empty() ? got[1] : got[0];
  CHECK(common.per_share == "0.42");
  CHECK(common.currency == "BRL");
  CHECK(common.total_amount == "50400000");
  CHECK(preferred.per_share == "0.462");
  CHECK(preferred.share_class == "Preferred");
  CHECK(preferred.total_amount == "83200000");
  CHECK(preferred.record_date == "2006-08-21");
}

TEST_CASE("20-F: a board resolves dividends after their record date",
          "[facts][dividends][annual]") {
  // Japanese practice: the record date is the half's or the year's last
  // day, the resolution and the payment come after it.
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n\n"
      "     Dividends applicable to the last two fiscal years were as "
      "follows:\n\n"
      "                             Per         Date of          Record    "
      "     Payment       Total\n"
      "                           Share      Resolution            Date    "
      "        Date  (Yen mil.)\n"
      "                           -----      ----------          ------    "
      "     -------   ---------\n"
      "Fiscal 2002 interim     Yen 7.50   Nov. 14, 2001  Sept. 30, 2001    "
      "Dec. 7, 2001       3,090\n"
      "Fiscal 2002 year-end    Yen 7.50   June 27, 2002   Mar. 31, 2002   "
      "June 28, 2002       3,088\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "7.50");
  CHECK(got[0].currency == "JPY");
  CHECK(got[0].declared_date == "2001-11-14");
  CHECK(got[0].record_date == "2001-09-30");
  CHECK(got[0].payable_date == "2001-12-07");
  CHECK(got[0].total_amount == "3090000000");
  CHECK(got[0].check_failures.empty());
  // A record date mid-month before the declaration is a misread role:
  // the row is left out.
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      "Declared            Record           Payable           Per Share\n"
      "March 20, 2024      March 5, 2024    April 1, 2024     $0.25\n"));
  CHECK(got.empty());
}

}  // namespace secx
