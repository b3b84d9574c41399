// Dividends of 10-K and 10-Q filings written from general knowledge of
// such filings (no filing of the corpus): sentences naming a per-share
// amount that is no dividend of the registrant (limits of a covenant, a
// stock price on a dividend's record date, a dividend's parts by tax
// character, hypotheses), and the ninth round's shapes of recall: changes
// from the prior year's rate, years in parentheses, a "Per share" row
// under a dividend section or title, a quarter table's unlabelled total.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::HtmlDoc;
using testing::TextDoc;

std::vector<Dividend> Prose(const std::string& sentence,
                            const std::string& form = "10-K") {
  return ExtractDividends(testing::FilingBody("<p>" + sentence + "</p>", form));
}

TEST_CASE("prose: per-share amounts that are no dividend paid",
          "[facts][dividends][annual]") {
  // A covenant's limit.
  CHECK(Prose("Under the terms of the credit agreement, we may pay dividends "
              "of up to $2.00 per share in any fiscal year.")
            .empty());
  CHECK(Prose("The credit agreement restricts the payment of dividends to "
              "$1.00 per share in any fiscal year.")
            .empty());
  // A price on a dividend's record date.
  CHECK(Prose("The closing price of our common stock on the record date for "
              "the dividend was $38.25 per share.")
            .empty());
  // A hypothesis.
  CHECK(Prose("If we had paid the same dividend of $0.40 per share on the "
              "additional shares, total dividends would have increased by $3 "
              "million.")
            .empty());
  // Parts of a dividend by tax character: only the dividend is one.
  auto got = Prose(
      "Of the $2.40 per share of dividends paid in 2024, $0.50 per share "
      "represented a return of capital and $1.90 per share was ordinary "
      "income.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "2.40");
  // A special dividend that is part of the year's total is a dividend.
  got = Prose(
      "Dividends declared on our common stock in 2024 totaled $1.35 per "
      "share, of which $0.35 per share was a special dividend.");
  REQUIRE(got.size() == 2);
  CHECK(got[1].per_share == "0.35");
  CHECK(got[1].kind == "special");
}

TEST_CASE("prose: equity per share and an indicated annual dividend",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-KSB\n\n"
      "Stockholders' equity increased to $11.6 million, or $9.04 per share, "
      "after the initiation of cash dividends.\n\n"
      "On July 22, 1997 the Board of Directors declared a quarterly dividend "
      "of 13 3/4 cents per share payable September 2, 1997 to shareholders "
      "of record August 8, 1997.  At the current quarterly rate the indicated "
      "annual dividend is 55 cents per share.\n"));
  bool quarter = false;
  for (const Dividend& d : got) {
    CHECK(d.per_share != "9.04");
    CHECK(d.per_share != "0.55");
    quarter |= d.per_share == "0.1375" && d.payable_date == "1997-09-02";
  }
  CHECK(quarter);
}

TEST_CASE("prose: a total that includes a special dividend keeps no kind",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "The aggregate dividends declared in 2024 of $4.00 per share included "
      "a special dividend of $1.00 per share.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "4.00");
  CHECK(got[0].kind.empty());
  CHECK(got[1].per_share == "1.00");
  CHECK(got[1].kind == "special");
}

TEST_CASE("prose: the old rate after 'from' at the end of an increase",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On January 30, 2025, the Board approved an increase of the quarterly "
      "cash dividend to $0.88 per share from $0.83 per share, payable March "
      "14, 2025 to shareholders of record on February 28, 2025.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.88");
  CHECK(got[0].payable_date == "2025-03-14");
  CHECK(got[0].record_date == "2025-02-28");
  // The old rate was paid before: none of the new rate's dates.
  CHECK(got[1].per_share == "0.83");
  CHECK(got[1].status == "paid");
  CHECK(got[1].payable_date.empty());
  CHECK(got[1].record_date.empty());
  CHECK(got[1].declared_date.empty());
}

TEST_CASE("prose: a board's change of the rate dates its declaration",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On January 20, 2009 the Board of Directors reduced the quarterly "
      "dividend to $0.05 per share from $0.10 per share; that dividend was "
      "paid on February 13, 2009 to shareholders of record on February 2, "
      "2009.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.05");
  CHECK(got[0].declared_date == "2009-01-20");
  CHECK(got[0].payable_date == "2009-02-13");
  CHECK(got[0].record_date == "2009-02-02");
  CHECK(got[1].per_share == "0.10");
  CHECK(got[1].declared_date.empty());
  CHECK(got[1].payable_date.empty());
  // The new rate without "per share" of its own, the old one's after it.
  got = Prose(
      "On August 8, 2024, our Board of Directors increased the quarterly "
      "dividend 8% to $0.27 from $0.25 per share.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.27");
  CHECK(got[0].declared_date == "2024-08-08");
  CHECK(got[1].per_share == "0.25");
  CHECK(got[1].declared_date.empty());
}

TEST_CASE("prose: the old rate after a change by a percentage",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On February 11, 2020, our Board of Directors declared a quarterly cash "
      "dividend of $0.30 per share, payable March 16, 2020 to shareholders of "
      "record on February 28, 2020, an increase of 7% from the $0.28 per "
      "share paid in each quarter of 2019.");
  // The old rate takes none of the new one's dates.
  for (const Dividend& d : got) {
    if (d.per_share == "0.28") CHECK(d.declared_date.empty());
  }
  REQUIRE_FALSE(got.empty());
  CHECK(got[0].per_share == "0.30");
  CHECK(got[0].declared_date == "2020-02-11");
  got = Prose(
      "In July your Board raised the quarterly dividend to 18 3/4 cents per "
      "share from 17 1/2 cents.");
  REQUIRE_FALSE(got.empty());
  CHECK(got[0].per_share == "0.1875");
  for (const Dividend& d : got) {
    CHECK(d.per_share != "0.04");
    CHECK(d.per_share != "0.02");
  }
  // "for the quarter" right after the amount: the quarter's, though an
  // annualized rate follows.
  got = Prose(
      "Distributions declared per share were $.3225 for the quarter, an "
      "annualized rate of $1.29, representing 57.6% of FFO per share.",
      "10-Q");
  REQUIRE_FALSE(got.empty());
  CHECK(got[0].per_share == "0.3225");
  CHECK(got[0].kind == "quarterly");
}

TEST_CASE("prose: a year's dividends by tax character are no dividends",
          "[facts][dividends][annual]") {
  CHECK(Prose("For federal income tax purposes, 2014 dividends consisted of "
              "ordinary income of $0.6112, capital gain of $0.0410 and return "
              "of capital of $0.2218 per share.")
            .empty());
  CHECK(Prose("The tax character of dividends declared in 2023 consisted of "
              "ordinary income of $1.66 per share and long-term capital gain "
              "of $0.13 per share.")
            .empty());
}

TEST_CASE("prose: a second declaration dated before its amount",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "For fiscal 2017, the Board determined an interim dividend of A$0.14 "
      "per share on February 21, 2017, which was paid on March 23, 2017 to "
      "shareholders on the register on March 3, 2017, and on August 22, 2017 "
      "determined a final dividend of A$0.18 per share, payable on September "
      "21, 2017 to shareholders registered on September 1, 2017.");
  REQUIRE(got.size() == 2);
  CHECK(got[1].per_share == "0.18");
  CHECK(got[1].declared_date == "2017-08-22");
  CHECK(got[1].payable_date == "2017-09-21");
  // A date after the amount before, "declared on", is that one's.
  got = Prose(
      "Distributions declared totaled $1.95 per share in 2024, including the "
      "special distribution of $0.15 per share declared on November 5, 2024, "
      "and $1.56 per share in 2023.");
  for (const Dividend& d : got) {
    if (d.per_share == "1.56") CHECK(d.declared_date.empty());
  }
}

TEST_CASE("prose: a change from the prior year's rate",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Dividends per share declared in 2024 were $1.84, up 8% from $1.70 in "
      "2023.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.84");
  CHECK(got[1].per_share == "1.70");
  CHECK(got[1].fiscal_year == "2023");
  got = Prose(
      "We paid dividends of $0.88 per share during fiscal 2024, an increase "
      "of 10% over the $0.80 per share paid in fiscal 2023.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[1].per_share == "0.80");
  CHECK(got[1].fiscal_year == "Fiscal 2023");
  got = Prose(
      "Annual dividends per share increased to $2.84 in 2024 from $2.72 in "
      "2023.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "2.84");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].per_share == "2.72");
  CHECK(got[1].fiscal_year == "2023");
  got =
      Prose("Cash dividends declared per share increased 9% to $3.32 in 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "3.32");
  CHECK(got[0].fiscal_year == "2024");
  // An increment is no rate.
  CHECK(Prose("Earnings per share increased to $5.10 in 2024 from $4.80 in "
              "2023, and the Board raised the dividend.")
            .empty());
}

TEST_CASE("prose: the dividend of a year, or its payments, was an amount",
          "[facts][dividends][annual]") {
  auto got = Prose("The annual dividend for 2024 was $3.20 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "3.20");
  CHECK(got[0].kind == "annual");
  got = Prose("Our dividend payments were $0.91 per share in fiscal 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.91");
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  // A total in the filing's millions is none.
  CHECK(Prose("Our dividend payments were $1,749 in 2024.").empty());
}

TEST_CASE("prose: years in a parenthesis after each amount",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Dividends paid per share were $3.64 (2024), $3.52 (2023) and $3.40 "
      "(2022).");
  REQUIRE(got.size() == 3);
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[1].per_share == "3.52");
  CHECK(got[1].fiscal_year == "2023");
  CHECK(got[2].per_share == "3.40");
  CHECK(got[2].fiscal_year == "2022");
}

TEST_CASE("period rows: a 'Per share' row under a dividend section or title",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="3">Years Ended December 31,</td></tr>
<tr><td>(Dollars in millions, except per share data)</td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Common stock dividends:</td></tr>
<tr><td>Per share</td><td>$ 1.96</td><td>$ 1.84</td><td>$ 1.72</td></tr>
<tr><td>Amount</td><td>$ 502</td><td>$ 480</td><td>$ 455</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "1.96");
  CHECK(got[0].kind == "annual");
  CHECK(got[0].provenance ==
        "row 'Common stock dividends: Per share'; column 'Years Ended "
        "December 31, 2024'");
  CHECK(got[2].per_share == "1.72");
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Cash dividends declared per share and the total amounts were as follows:</p>
<table>
<tr><td>(in millions, except per share amounts)</td><td colspan="2">2024</td><td colspan="2">2023</td></tr>
<tr><td>Per share</td><td>$</td><td>2.12</td><td>$</td><td>2.00</td></tr>
<tr><td>Total</td><td>$</td><td>848</td><td>$</td><td>812</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "2.12");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[0].status == "declared");
  CHECK(got[1].per_share == "2.00");
  // Under other sections, or a title of earnings, "Per share" is no
  // dividend; nor under preferred dividends.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Preferred stock dividends:</td></tr>
<tr><td>Per share</td><td>$ 6.50</td><td>$ 6.50</td><td>$ 6.50</td></tr>
<tr><td>Net income:</td></tr>
<tr><td>Per share</td><td>$ 4.10</td><td>$ 3.80</td><td>$ 3.30</td></tr>
<tr><td>Book value:</td></tr>
<tr><td>Per share</td><td>$ 41.10</td><td>$ 38.80</td><td>$ 33.30</td></tr>
</table>
<p>Earnings per share were as follows:</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Per share</td><td>$ 4.10</td><td>$ 3.80</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("quarter rows: a total row without a label, when it is the sum",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends declared per share of common stock were as follows:</p>
<table>
<tr><td></td><td colspan="2">2024</td><td colspan="2">2023</td></tr>
<tr><td>First quarter</td><td>$</td><td>0.25</td><td>$</td><td>0.23</td></tr>
<tr><td>Second quarter</td><td></td><td>0.25</td><td></td><td>0.23</td></tr>
<tr><td>Third quarter</td><td></td><td>0.27</td><td></td><td>0.25</td></tr>
<tr><td>Fourth quarter</td><td></td><td>0.27</td><td></td><td>0.25</td></tr>
<tr><td></td><td>$</td><td>1.04</td><td>$</td><td>1.01</td></tr>
</table></body></html>)"));
  // 2024's total is the sum of its quarters; 2023's is not (0.96), so it
  // is left out.
  REQUIRE(got.size() == 9);
  CHECK(got[8].per_share == "1.04");
  CHECK(got[8].kind == "annual");
  CHECK(got[8].fiscal_year == "2024");
  CHECK(got[8].provenance == "row ''; per_share '2024'; year '2024'");
}

TEST_CASE("prose: a second list after the first's periods",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Cash dividends declared per common share were $0.54 and $0.51 for the "
      "three months ended June 30, 2024 and 2023, respectively, and $1.08 and "
      "$1.02 for the six months ended June 30, 2024 and 2023, respectively.",
      "10-Q");
  REQUIRE(got.size() == 4);
  CHECK(got[2].per_share == "1.08");
  CHECK(got[3].per_share == "1.02");
  // A total in millions after such a list is none.
  got = Prose(
      "Cash dividends declared per common share were $0.54 and $0.51 for the "
      "three months ended June 30, 2024 and 2023, respectively, and $812 "
      "million and $770 million in total.",
      "10-Q");
  REQUIRE(got.size() == 2);
  CHECK(got[1].per_share == "0.51");
}

TEST_CASE("column table: months without their day under date headings",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends declared per share during 2024 were as follows:</p>
<table>
<tr><td>Date Declared</td><td>Date Paid</td><td>Amount</td></tr>
<tr><td>January 2024</td><td>February 2024</td><td>$ 0.42</td></tr>
<tr><td>April 2024</td><td>May 2024</td><td>$ 0.42</td></tr>
<tr><td>July 2024</td><td>August 2024</td><td>$ 0.44</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[2].per_share == "0.44");
  // No day is known: no date is given.
  CHECK(got[2].declared_date.empty());
  CHECK(got[2].payable_date.empty());
  CHECK(got[2].provenance == "row 'July 2024'; per_share 'Amount'");
}

TEST_CASE("20-F history: a unit line under the headings, 'Total dividend'",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following table sets forth the dividends per ordinary share for the years indicated:</p>
<table>
<tr><td>Year</td><td>Interim</td><td>Final</td><td>Total</td></tr>
<tr><td></td><td colspan="3">(pence per share)</td></tr>
<tr><td>2023</td><td>11.3</td><td>22.6</td><td>33.9</td></tr>
<tr><td>2022</td><td>10.8</td><td>21.6</td><td>32.4</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].per_share == "0.113");
  CHECK(got[0].currency == "GBP");
  CHECK(got[0].kind == "interim");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "0.226");
  CHECK(got[1].kind == "year-end");
  CHECK(got[2].kind == "annual");
  CHECK(got[5].per_share == "0.324");
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>Dividends per share</p>
<table>
<tr><td>Fiscal year</td><td>Interim dividend</td><td>Final dividend</td><td>Total dividend</td></tr>
<tr><td>2023</td><td>&#165;60</td><td>&#165;70</td><td>&#165;130</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[2].per_share == "130.00");
  CHECK(got[2].currency == "JPY");
  CHECK(got[2].kind == "annual");
  // A unit of totals is no unit of per-share amounts.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>The following table sets forth the dividends per ordinary share for the years indicated:</p>
<table>
<tr><td>Year</td><td>Interim</td><td>Final</td><td>Total</td></tr>
<tr><td></td><td colspan="3">(in millions of euros)</td></tr>
<tr><td>2023</td><td>410</td><td>620</td><td>1,030</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("prose: a date before 'paid' is the payment's",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On February 1, 2024, the Company paid a dividend of $0.45 per share "
      "declared on December 10, 2023 to shareholders of record on January "
      "10, 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].payable_date == "2024-02-01");
  CHECK(got[0].declared_date == "2023-12-10");
  CHECK(got[0].record_date == "2024-01-10");
  // The declaration's date before its verb stays the declaration's.
  got = Prose(
      "On February 20, 2025, our Board of Directors declared a cash dividend "
      "of $0.19 per share, which will be paid on April 1, 2025.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date == "2025-02-20");
  CHECK(got[0].payable_date == "2025-04-01");
}

TEST_CASE("statement labels: a bare label with the years' amounts listed",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY</p>
<table>
<tr><td>(In thousands, except per share amounts)</td><td>Retained Earnings</td><td>Total Equity</td></tr>
<tr><td>Net income</td><td>112,400</td><td>112,400</td></tr>
<tr><td>Common stock dividends ($4.00, $3.80 and $3.60 per share)</td><td>(38,410</td><td>)</td><td>(38,410</td><td>)</td></tr>
<tr><td>Dividends ($1.20 and $980 per share)</td><td>(38,410</td><td>)</td><td>(38,410</td><td>)</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "4.00");
  CHECK(got[1].per_share == "3.80");
  CHECK(got[2].per_share == "3.60");
  CHECK(got[2].provenance ==
        "row 'Common stock dividends ($4.00, $3.80 and $3.60 per share)'");
}

TEST_CASE("prose: per-share dividends 'were as follows:' and a list",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Cash dividends declared per share of common stock were as follows: "
      "$1.04 in 2024, $0.96 in 2023 and $0.88 in 2022.");
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "1.04");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[2].per_share == "0.88");
  CHECK(got[2].fiscal_year == "2022");
  // A lead-in over a table gives no record of its own.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Cash dividends declared per share of common stock were as follows:</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>First quarter</td><td>$ 0.26</td><td>$ 0.24</td></tr>
<tr><td>Second quarter</td><td>$ 0.26</td><td>$ 0.24</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  for (const auto& d : got) CHECK(d.span.rule == "dividend.quarter_rows");
}

TEST_CASE("period rows: 'Total' and 'Annual' labels, '(in USD per share)'",
          "[facts][dividends][annual]") {
  for (const char* label :
       {"Total dividends declared per share", "Annual dividends per share",
        "Dividends declared per share (in USD per share)"}) {
    auto got = ExtractDividends(
        HtmlDoc(std::string(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="4">Year Ended December 31,</td></tr>
<tr><td>(in millions, except per share amounts)</td><td colspan="2">2024</td><td colspan="2">2023</td></tr>
<tr><td>Diluted earnings per share</td><td>$</td><td>4.12</td><td>$</td><td>3.88</td></tr>
<tr><td>)") + label +
                R"(</td><td>$</td><td>1.04</td><td>$</td><td>0.96</td></tr>
</table></body></html>)"));
    INFO(label);
    REQUIRE(got.size() == 2);
    CHECK(got[0].per_share == "1.04");
    CHECK(got[0].kind == "annual");
    CHECK(got[1].per_share == "0.96");
  }
  // Other measures of dividends are none.
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Total dividends per share as a percentage of earnings</td><td>$ 1.04</td><td>$ 0.96</td></tr>
<tr><td>Total dividends (in millions)</td><td>$ 412</td><td>$ 380</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("prose: kinds of semi-annual dividends and of installments",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Our Board declared a semi-annual dividend of $0.40 per share payable "
      "on July 1, 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind.empty());
  got = Prose(
      "We paid an annual dividend of $0.60 per share, payable in quarterly "
      "installments.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == "annual");
  got = Prose(
      "We paid an annual dividend of $0.60 per share, payable in four "
      "installments of $0.15 per share.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].kind == "annual");
  CHECK(got[1].per_share == "0.15");
  CHECK(got[1].kind.empty());
  // A quarter's amount after the year's rate is still the quarter's.
  got = Prose(
      "Our annual dividend was $2.88 per share, and we paid $0.72 per "
      "share in the fourth quarter.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].kind == "annual");
  CHECK(got[1].kind != "annual");
  // An annual rate is a rate, no dividend declared or paid.
  got = Prose(
      "Our annual dividend rate is $2.88 per share, and we paid $0.72 per "
      "share in the fourth quarter.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.72");
}

TEST_CASE("column table: 'Total Dividends Paid' is the total, not a date",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends</p>
<table>
<tr><td>Declaration Date</td><td>Ex-Dividend Date</td><td>Record Date</td><td>Payment Date</td><td>Dividend Amount Per Share</td><td>Total Dividends Paid (in millions)</td></tr>
<tr><td>February 5, 2024</td><td>February 15, 2024</td><td>February 16, 2024</td><td>March 1, 2024</td><td>$ 0.38</td><td>$ 152</td></tr>
<tr><td>May 6, 2024</td><td>May 16, 2024</td><td>May 17, 2024</td><td>June 1, 2024</td><td>$ 0.38</td><td>$ 151</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.38");
  CHECK(got[0].declared_date == "2024-02-05");
  CHECK(got[0].record_date == "2024-02-16");
  CHECK(got[0].payable_date == "2024-03-01");
  CHECK(got[0].total_amount == "152000000");
  CHECK(got[1].total_amount == "151000000");
}

TEST_CASE("column table: an approval date, a 'Dividend' column under a lead-in",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Dividends</p>
<table>
<tr><td>Board Approval Date</td><td>Date of Record</td><td>Date Payable</td><td>Cash Dividend per Share</td></tr>
<tr><td>February 5, 2024</td><td>February 16, 2024</td><td>March 1, 2024</td><td>$ 0.38</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date == "2024-02-05");
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Cash dividends declared per share in 2024:</p>
<table>
<tr><td>Date Declared</td><td>Record Date</td><td>Date Paid</td><td>Dividend</td></tr>
<tr><td>February 5, 2024</td><td>February 16, 2024</td><td>March 1, 2024</td><td>$ 0.38</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.38");
  CHECK(got[0].provenance ==
        "row ''; declared_date 'Date Declared'; record_date 'Record Date'; "
        "payable_date 'Date Paid'; per_share 'Dividend'");
  // Without a lead-in that says per share, "Dividend" may be a total.
  got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Cash dividends declared in 2024:</p>
<table>
<tr><td>Date Declared</td><td>Record Date</td><td>Date Paid</td><td>Dividend</td></tr>
<tr><td>February 5, 2024</td><td>February 16, 2024</td><td>March 1, 2024</td><td>$ 38</td></tr>
</table></body></html>)"));
  CHECK(got.empty());
}

TEST_CASE("prose: an ex-dividend date is no declaration date",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Our Board declared a dividend of $0.26 per share with an ex-dividend "
      "date of February 13, 2025, record date of February 14, 2025 and "
      "payment date of March 3, 2025.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date.empty());
  CHECK(got[0].record_date == "2025-02-14");
  CHECK(got[0].payable_date == "2025-03-03");
}

TEST_CASE("prose: a repurchase's average price is no dividend",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "In 2024, we repurchased 2.1 million shares for $210 million, an "
      "average of $100.00 per share, and paid dividends of $0.96 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.96");
  got = Prose(
      "We paid dividends of $0.96 per share and repurchased shares at an "
      "average cost of $100.00 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.96");
  // A dividend after a repurchase in the sentence is still one.
  got = Prose(
      "We returned $2.1 billion to shareholders through share repurchases "
      "and dividends of $2.48 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "2.48");
}

TEST_CASE("prose: years named by the day they end, a payment said actively",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Dividends declared per common share were $3.64, $3.52 and $3.40 for "
      "the years ended December 31, 2023, 2022 and 2021, respectively.");
  REQUIRE(got.size() == 3);
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].fiscal_year == "2022");
  CHECK(got[2].per_share == "3.40");
  CHECK(got[2].fiscal_year == "2021");
  auto paid = Prose(
      "We paid dividends totaling $1.2 billion, or $2.04 per share, in "
      "fiscal 2023.");
  REQUIRE(paid.size() == 1);
  CHECK(paid[0].per_share == "2.04");
  CHECK(paid[0].status == "paid");
  // Declared and paid: the declaration is what the sentence states.
  auto both = Prose(
      "The Company declared and paid quarterly dividends of $0.25 per share "
      "in 2023.");
  REQUIRE(both.size() == 1);
  CHECK(both[0].status == "declared");
}

TEST_CASE("prose: each quarter's amount; what a merger lets a party go on paying",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "The Board of Directors declared dividends of $0.20 per share in each "
      "quarter of 2023, totaling $0.80 per share for the year.");
  REQUIRE(got.size() == 5);  // four quarters' and the year's
  CHECK(got[0].per_share == "0.20");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2023");
  // The sum of the quarters claims no quarter.
  CHECK(got[4].per_share == "0.80");
  CHECK(got[4].kind != "quarterly");
  CHECK(Prose("Under the merger agreement, shareholders of the target will "
              "receive $45.00 per share in cash, and the target may continue "
              "to pay its regular quarterly dividend of $0.15 per share.")
            .empty());
}

TEST_CASE("prose: a quarterly rate and the full year's it is equivalent to",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "In February 2024, the Board of Directors approved our regular "
      "quarterly dividend of $0.485 per share, equivalent to a full-year "
      "dividend of $1.94 per share.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.485");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[1].per_share == "1.94");
  CHECK(got[1].kind == "annual");
}

TEST_CASE("prose: years and amounts after 'per common share:'",
          "[facts][dividends][annual]") {
  auto got = Prose("Cash dividends paid per common share: 2023 - $1.20; "
                   "2022 - $1.12.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.20");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "1.12");
  CHECK(got[1].fiscal_year == "2022");
  // Earnings per common share listed the same way are none.
  CHECK(Prose("Dividends exceeded earnings per common share: 2023 - $1.20; "
              "2022 - $1.12.")
            .empty());
}

TEST_CASE("prose: a sum of quarters beside a special dividend; a consolidated partnership's",
          "[facts][dividends][annual]") {
  // The kind word and the dates after "and a" are the special one's.
  auto got = Prose(
      "In 2024, we paid regular quarterly dividends totaling $3.16 per share "
      "and a special dividend of $1.50 per share, which was declared on "
      "October 30, 2024 and paid on December 18, 2024 to shareholders of "
      "record on December 4, 2024.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "3.16");
  CHECK(got[0].kind.empty());
  CHECK(got[0].record_date.empty());
  CHECK(got[0].payable_date.empty());
  CHECK(got[1].per_share == "1.50");
  CHECK(got[1].kind == "special");
  CHECK(got[1].record_date == "2024-12-04");
  // "a $0.50 per share quarterly dividend" keeps the kind after it.
  auto one = Prose(
      "On February 5, 2024, the Board declared a $0.50 per share quarterly "
      "dividend, payable March 1, 2024.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].kind == "quarterly");
  // Another entity's distributions, named by what it is to the registrant.
  CHECK(Prose("Redhollow Midstream Partners LP, our consolidated master "
              "limited partnership, paid distributions of $1.12 per common "
              "unit to its public unitholders in 2024.")
            .empty());
  CHECK(Prose("Our 60%-owned affiliate, Tern Bank, declared dividends of "
              "$0.40 per share in 2024.")
            .empty());
}

TEST_CASE("statement lines: a dash before the kind of the dividend",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<table><tr><td>Cash dividends &#8212; regular ($ 2.96 per share)</td>"
      "<td>&#8212;</td><td>(1,190</td><td>)</td></tr>"
      "<tr><td>Special cash dividend ($1.50 per share)</td>"
      "<td>&#8212;</td><td>(600</td><td>)</td></tr></table>",
      "10-K"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "2.96");
  CHECK(got[1].per_share == "1.50");
  CHECK(got[1].kind == "special");
}

TEST_CASE("prose: another party's dividend: a merger's, a stake's, a subsidiary's",
          "[facts][dividends][annual]") {
  CHECK(Prose("Under the merger agreement, Quillfeather may continue to pay "
              "its regular quarterly cash dividend of $0.08 per share but may "
              "not increase it; Quillfeather paid dividends totaling $0.32 per "
              "share in 2023.")
            .empty());
  CHECK(Prose("We agreed to acquire Cedarvale. In connection with the "
              "transaction, Cedarvale declared its final quarterly dividend of "
              "$0.18 per share, payable in January 2024.")
            .empty());
  // The stake is said in the sentence before.
  CHECK(Prose("We hold a 31% ownership interest in Lumenfold Analytics Ltd., "
              "which we account for under the equity method. During the three "
              "months ended March 31, 2024, Lumenfold paid dividends of $0.62 "
              "per share to its shareholders.")
            .empty());
  CHECK(Prose("We hold a 12% limited partner interest in Cardwell Terminal "
              "Partners, L.P. For the quarter ended March 31, 2024, the "
              "partnership declared a distribution of $0.5425 per unit.")
            .empty());
  CHECK(Prose("We own a 25% interest in Halvorsen Fund, L.P., an "
              "unconsolidated partnership, which declared distributions of "
              "$1.85 per unit during the quarter.")
            .empty());
  CHECK(Prose("Ashcombe Gas Company, a subsidiary, has outstanding 240,000 "
              "shares of 4.60% cumulative preferred stock held by third "
              "parties, on which it pays quarterly dividends of $1.15 per "
              "share.")
            .empty());
  // The registrant's own, in a merger's sentence, stays.
  auto own = Prose(
      "In connection with the merger, we paid a special dividend of $1.00 per "
      "share on December 15, 2023.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].per_share == "1.00");
  // A part paid out of a reserve is no dividend of its own.
  auto swiss = Prose(
      "At the annual general meeting held on April 25, 2024, shareholders "
      "approved a dividend of CHF 3.40 per share for the 2023 financial year, "
      "of which CHF 1.70 per share was paid out of capital contribution "
      "reserves.");
  REQUIRE(swiss.size() == 1);
  CHECK(swiss[0].per_share == "3.40");
}

TEST_CASE("prose: 'determined' declares; a repeated amount keeps its class",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On February 19, 2024, the Board determined a fully franked interim "
      "dividend of A$0.72 per share, which was paid on March 21, 2024 to "
      "shareholders on the register on March 1, 2024.",
      "20-F");
  REQUIRE(got.size() == 1);
  CHECK(got[0].declared_date == "2024-02-19");
  CHECK(got[0].payable_date == "2024-03-21");
  CHECK(got[0].record_date == "2024-03-01");
  auto pref = Prose(
      "The Company declared dividends on the Series B Preferred Stock of "
      "$70.00 per share, or $8.1 million, in 2023, and $70.00 per share, or "
      "$8.1 million, in 2022.");
  REQUIRE(pref.size() == 2);
  CHECK(pref[0].share_class == "Preferred");
  CHECK(pref[1].share_class == "Preferred");
}

TEST_CASE("prose: each amount's own dates; 'each payable' dates the amounts before",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On April 23, 2024, our Board of Directors declared a quarterly cash "
      "dividend of $0.455 per share of common stock, payable on July 12, 2024 "
      "to stockholders of record on June 28, 2024, and quarterly dividends of "
      "$0.375 per share on the Series A preferred stock and $0.3375 per share "
      "on the Series B preferred stock, each payable on June 28, 2024 to "
      "holders of record on June 14, 2024.",
      "10-Q");
  REQUIRE(got.size() == 3);
  CHECK(got[0].declared_date == "2024-04-23");
  CHECK(got[0].payable_date == "2024-07-12");
  CHECK(got[0].record_date == "2024-06-28");
  for (size_t k : {1, 2}) {
    CHECK(got[k].declared_date == "2024-04-23");
    CHECK(got[k].payable_date == "2024-06-28");
    CHECK(got[k].record_date == "2024-06-14");
    CHECK(got[k].share_class == "Preferred");
  }
  // Without "each", a later amount's dates are its own only.
  auto two = Prose(
      "We declared dividends of $0.24 per share, payable March 15, 2023, and "
      "$0.26 per share, payable June 15, 2023.");
  REQUIRE(two.size() == 2);
  CHECK(two[0].payable_date == "2023-03-15");
  CHECK(two[1].payable_date == "2023-06-15");
}

TEST_CASE("prose: a list of each quarter's rates by year",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Cash dividends declared per common share were $0.42 in each quarter of "
      "2024 and $0.40 in each quarter of 2023.");
  REQUIRE(got.size() == 8);
  CHECK(got[0].per_share == "0.42");
  CHECK(got[0].fiscal_year == "2024");
  CHECK(got[4].per_share == "0.40");
  CHECK(got[4].fiscal_year == "2023");
}

// A list of amounts with one class named after the last: every amount of
// the list is that class's. Two classes after the list name no one class.
TEST_CASE("prose: a list of amounts per one class of shares",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>The Company declared cash dividends of $.235, $.215 and $.195 per "
      "Class A share in 1996, 1995 and 1994, respectively.</p>"));
  REQUIRE(got.size() == 3);
  for (const Dividend& d : got) CHECK(d.share_class == "Class A");
  got = ExtractDividends(testing::FilingBody(
      "<p>The Company declared cash dividends of $.25 and $.20 per share on "
      "its Class A and Class B shares, respectively, in 1996.</p>"));
  for (const Dividend& d : got) {
    INFO(d.per_share);
    if (d.per_share == "0.25") CHECK(d.share_class != "Class B");
  }
}

// "a second-quarter dividend of $0.385 per share ..., which represents an
// annualized rate of $1.54": the quarter's dividend is quarterly, the
// rate annual.
TEST_CASE("prose: a quarter's dividend beside its annualized rate",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>On April 23, 2024, we declared a second-quarter dividend of $0.385 "
      "per share, a 4% increase, which represents an annualized rate of "
      "$1.54 per share.</p>"));
  std::string quarter_kind;
  for (const Dividend& d : got) {
    if (d.per_share == "0.385") quarter_kind = d.kind;
  }
  CHECK(quarter_kind == "quarterly");
}

// A sentence naming one class before its amounts: they are that class's.
TEST_CASE("prose: one class named before the amounts",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>In the second quarter of fiscal 1996, the Board of Directors "
      "increased the quarterly dividend on the Class A Common Stock 9.1% to "
      "$.06 per share from $.055 per share.</p>"));
  REQUIRE(!got.empty());
  for (const Dividend& d : got) CHECK(d.share_class == "Class A");
}

// An investee named with its legal form ("... Ltd.") before its dividend,
// the joint venture named after the amount: not the registrant's.
TEST_CASE("prose: an investee's dividend named before its amount",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>Skerry LNG Carriers Ltd. declared dividends of $1.40 per share to "
      "its shareholders in 2023, and we received distributions of $18.9 "
      "million from the joint venture.</p>"));
  CHECK(got.empty());
  got = ExtractDividends(testing::FilingBody(
      "<p>Skerry Tankers Ltd. declared dividends of $1.40 per share to its "
      "shareholders in 2023.</p>"));
  CHECK(got.size() == 1);
}

// A preferred series named after the depositary share's equivalent in
// parentheses, and a subsidiary's dividend payable to its parent.
TEST_CASE("prose: a preferred series after its depositary equivalent; a "
          "dividend payable to the parent",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>On July 15, 2024, the Board declared a quarterly dividend of "
      "$250.00 per share (equivalent to $0.25 per depositary share) on the "
      "Series A Preferred Stock, payable on August 12, 2024 to holders of "
      "record on July 24, 2024.</p>"));
  REQUIRE(!got.empty());
  CHECK(got[0].per_share == "250.00");
  CHECK(got[0].share_class == "Preferred");
  got = ExtractDividends(testing::FilingBody(
      "<p>During the first quarter 2024, Tri-County Power Company, all of "
      "whose common stock is held by the Company, declared dividends on its "
      "common stock of $3.25 per share, or $362 million, payable to the "
      "Company.</p>"));
  CHECK(got.empty());
}

TEST_CASE("dividend sentences: an annualized distribution of its own amount after the quarter's",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nItem 5. Market for Registrant's Common Units\n\nWe pay "
      "quarterly cash distributions to our common unitholders. The "
      "distribution for the fourth quarter of 2023 of $0.7250 per unit "
      "represents an annualized distribution of $2.90 per unit and a 4.1% "
      "increase over the fourth quarter of 2022.\n"));
  REQUIRE(!got.empty());
  CHECK(got[0].per_share == "0.7250");
  CHECK(got[0].kind != "annual");
}

TEST_CASE("dividend sentences: a monthly distribution is no year's, whatever rate follows",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nIn July 1999 the Board of Trustees increased the "
      "monthly distribution to $.0925 per share, an annualized rate of $1.11 "
      "per share.\n"));
  REQUIRE(!got.empty());
  CHECK(got[0].per_share == "0.0925");
  CHECK(got[0].kind.empty());
}

TEST_CASE("declaration tables: a common-stock section under a lead-in about preferred stock",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Note 11. Stockholders' Equity</p>
<p>Preferred Stock. Each series of preferred stock has a liquidation preference of $25.00 per share.</p>
<p>Dividends. The following table presents dividends declared during 2023:</p>
<table>
<tr><td>Declaration Date</td><td>Record Date</td><td>Payment Date</td><td>Dividend Per Share</td><td>Total (in thousands)</td></tr>
<tr><td>Common Stock</td></tr>
<tr><td>March 14, 2023</td><td>March 29, 2023</td><td>April 28, 2023</td><td>$ 0.30</td><td>$ 21,500</td></tr>
<tr><td>Series A Preferred Stock</td></tr>
<tr><td>February 14, 2023</td><td>March 1, 2023</td><td>March 15, 2023</td><td>$ 0.4375</td><td>$ 2,625</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.30");
  CHECK(got[0].share_class.empty());
  CHECK(got[1].share_class == "Preferred");
}

TEST_CASE("declaration tables: the lead-in's last sentence names the preferred stock",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Series A Preferred Stock. Our Series A Preferred Stock ranks senior to our common stock. Dividends paid on the Series A Preferred Stock during 2023 were as follows:</p>
<table>
<tr><td>Quarter</td><td>Record Date</td><td>Payment Date</td><td>Per Share</td><td>Total (in millions)</td></tr>
<tr><td>Q1 2023</td><td>2/1/2023</td><td>2/15/2023</td><td>$ 0.5000</td><td>$ 6.00</td></tr>
<tr><td>Q2 2023</td><td>5/1/2023</td><td>5/15/2023</td><td>$ 0.5000</td><td>6.00</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].share_class == "Preferred");
  CHECK(got[1].share_class == "Preferred");
}

TEST_CASE("dividend sentences: the per-ADS equivalent in parentheses is the same dividend",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n\nThe interim dividend for 2003 of 4.5p per Ordinary Share "
      "(equivalent to $0.29 per ADS) was paid on 14 November 2003.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.045");
  CHECK(got[0].currency == "GBP");
}

TEST_CASE("dividend sentences: an investee's dividend of which the group had its share",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 20-F\n\n10. Investments in Associates\n\nThe Group holds 25% of "
      "the ordinary share capital of Pendle Castings Limited. During the year "
      "Pendle Castings declared dividends of 6.0p per share, of which the "
      "Group's share was 1.4 million pounds.\n"));
  CHECK(got.empty());
}

TEST_CASE("declaration tables: a first column of dates without a heading takes no role",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Our Board of Directors declared the following dividends:</p>
<table>
<tr><td></td><td>Record Date</td><td>Payment Date</td><td>Dividend Per Share</td><td></td><td>Amount</td></tr>
<tr><td>September 12, 2023</td><td>November 9, 2023</td><td>December 7, 2023</td><td>$</td><td>0.62</td><td>$ 1,104</td></tr>
<tr><td>December 5, 2023</td><td>February 8, 2024</td><td>March 7, 2024</td><td>$</td><td>0.62</td><td>$ 1,101</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.62");
  CHECK(got[0].record_date == "2023-11-09");
  CHECK(got[0].payable_date == "2023-12-07");
  CHECK(got[1].record_date == "2024-02-08");
}

TEST_CASE("dividend sentences: a bank's dividend to its holding company, all of whose stock it holds",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\nNote 9. Regulatory Matters\n\nDuring the three months "
      "ended June 30, 2024, the Bank declared and paid dividends of $41.0 "
      "million to the Company, or $5.12 per share of Bank common stock, all "
      "of which is held by the Company.\n"));
  CHECK(got.empty());
}

TEST_CASE("declaration tables: fixed-width rows that stray from their headings keep the nearest",
          "[facts][dividends][annual]") {
  // A photocopied page's table as OCR reads it: the first date of the last
  // row sits left of "Declared", the record date under no heading. In
  // fixed-width text the nearest heading stays each cell's (only an HTML
  // table's cell under no heading has none).
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\n"
      " The following table sets forth the cash dividends declared by the company on\n"
      " its Common Stock during 1996:\n"
      "    Declared     -     Record                 Payable - he       Per Share\n"
      "    July.15, 1996        August 9, 1996       August 20, 1996   .    - 0.90\n"
      "   - October 7, 1996     October 22, 1996.   \u2018November .11, 1996. .     0.90\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[1].declared_date == "1996-10-07");
  CHECK(got[1].record_date == "1996-10-22");
}

TEST_CASE("an Australian 20-F: amounts in A$, dividends determined, franking",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<p>Amounts are in Australian dollars (A$) unless otherwise stated.</p>
<table>
<tr><td></td><td colspan="2">2020</td><td colspan="2">2019</td></tr>
<tr><td>Dividends determined per share (A$)</td><td>$</td><td>0.30</td><td>$</td><td>0.28</td></tr>
</table>
<p>The following table sets out the dividends determined in respect of the last fiscal year:</p>
<table>
<tr><td></td><td>Date determined</td><td>Payment date</td><td colspan="2">A$ per share</td></tr>
<tr><td>FY2020 final</td><td>August 18, 2020</td><td>September 17, 2020</td><td>$</td><td>0.16</td></tr>
</table>
<p>Including the franking credit of 6.86 cents per share, the grossed-up final dividend is 22.86 cents per share.</p>
</body></html>)"));
  std::vector<std::string> rows =
      testing::SortedRows(got, [](const Dividend& d) {
        return d.per_share + " " + d.currency + " " + d.declared_date;
      });
  // The franking credit and the grossed-up amount are no dividends.
  CHECK(rows == std::vector<std::string>{"0.16 AUD 2020-08-18", "0.28 AUD ",
                                         "0.30 AUD "});
}

TEST_CASE("a Danish 20-F: DKK per share for the year, payment after the AGM",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(HtmlDoc(R"(<html><body><p>FORM 20-F</p>
<table>
<tr><td></td><td>2021</td><td>2020</td></tr>
<tr><td>Dividend per share for the year (DKK)</td><td>9.50</td><td>8.00</td></tr>
</table>
<p>The Board of Directors proposes that a final dividend for 2021 of DKK 6.00 per share be paid following the Annual General Meeting on 21 March 2022. Payment is expected on 24 March 2022.</p>
</body></html>)"));
  bool proposed = false;
  std::vector<std::string> rows;
  for (const Dividend& d : got) {
    rows.push_back(d.per_share + " " + d.currency);
    if (d.per_share == "6.00") {
      proposed = true;
      // The meeting's date is no payment date.
      CHECK(d.payable_date != "2022-03-21");
    }
  }
  CHECK(proposed);
  CHECK(std::count(rows.begin(), rows.end(), "9.50 DKK") == 1);
  CHECK(std::count(rows.begin(), rows.end(), "8.00 DKK") == 1);
}

}  // namespace
TEST_CASE("dividend sentences: a held company's dividend, a subsidiary's preferred and its dividend to the parent",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nOther income includes dividend income of $6.1 million "
      "from our investment in Harrow Chemicals plc common stock, which paid "
      "dividends of $0.74 per share during the year.\n\nThe Utility has "
      "outstanding 150,000 shares of 5.25% cumulative preferred stock. "
      "Dividends of $5.25 per share were paid on the Utility's preferred "
      "stock in each year and are reported as preferred dividend "
      "requirements of subsidiary.\n\nThe Company's subsidiary, Harbor "
      "Terminals, Inc., paid dividends of $12.0 million ($120.00 per share) "
      "to the Company during 1998.\n\nWe paid dividends of $0.40 per share "
      "in 2016.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.40");
}

TEST_CASE("dividend sentences: a filing whose dollars are Canadian, and a bank's dividend to its parent corporation",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "FORM 40-F\n\nUnless otherwise noted, all amounts are in Canadian "
      "dollars.\n\nCommon share dividends declared were $3.66 per share in "
      "2024. Dividends on the Series 3 preferred shares of US$1.3125 per "
      "share are paid in U.S. dollars.\n\nIn the third quarter the Bank "
      "declared a dividend of $12.50 per share on its 2,400,000 shares of "
      "common stock, all of which are held by the Corporation. The Bank paid "
      "dividends of $4,200,000 to the Corporation in 1998.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "3.66");
  CHECK(got[0].currency == "CAD");
  CHECK(got[1].per_share == "1.3125");
  CHECK(got[1].currency == "USD");
}

TEST_CASE(
    "dividend sentences: a total restated per share, an old rate, years of a "
    "nine-month list",
    "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(
      "Dividends\n\nDuring 1998, the Company paid dividends of $2,400,000, or "
      "$.24 per share.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.24");
  got = ExtractDividends(TextDoc(
      "Subsequent Event\n\nOn July 20, 2011, the Board declared a quarterly "
      "cash dividend of $0.5925 per share, an increase from $0.5850 per "
      "share, payable August 12, 2011 to holders of record on August 1, "
      "2011.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.5925");
  got = ExtractDividends(TextDoc(
      "Subsequent Event\n\nOn May 25, 2016, the Board declared a quarterly "
      "dividend of $0.76 per common share, an increase of 2 cents from $0.74 "
      "per share, payable on July 27, 2016. The current annual dividend on "
      "the Series 1 preferred shares is $0.975 per share.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.76");
  // A partnership's year rate in parentheses after its quarter's.
  got = ExtractDividends(
      TextDoc("Distributions\n\nOn January 18, 2002, the Company declared a "
              "quarterly dividend of $.525 per share ($2.10 per share on an "
              "annualized basis), payable February 14, 2002.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.525");
  got = ExtractDividends(testing::FilingBody(
      "<p>During the nine months ended September 30, 2024 and 2023, we "
      "declared cash dividends of $1.77 and $1.68 per share, totaling $704 "
      "million and $669 million, respectively.</p>",
      "10-Q"));
  std::vector<std::string> found;
  for (const Dividend& d : got)
    found.push_back(d.per_share + " " + d.fiscal_year);
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"1.68 2023", "1.77 2024"});
  // One rate in each quarter of a year: four quarters' dividends.
  got = ExtractDividends(testing::FilingBody(
      "<p>The Company paid quarterly cash dividends of $.08 per share in each "
      "quarter of 2003.</p>"));
  REQUIRE(got.size() == 4);
  for (const Dividend& d : got) {
    CHECK(d.kind == "quarterly");
    CHECK(d.fiscal_year == "2003");
  }
  CHECK(got[3].provenance == "fourth quarter");
  // Preferred shares named by their terms after "per".
  got = ExtractDividends(TextDoc(
      "Dividends\n\nThe Board also declared dividends of $0.24375 per "
      "Non-Cumulative Rate Reset Class A Preferred Share Series 1 and "
      "$0.28125 per Non-Cumulative Class A Preferred Share Series 3.\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[1].per_share == "0.28125");
  CHECK(got[1].share_class == "Preferred");
  // A depositary share said of the preferred only.
  got = ExtractDividends(TextDoc(
      "Dividends\n\nOn January 23, 2024, the Board declared a quarterly cash "
      "dividend of $0.32 per common share, payable February 20, 2024, and a "
      "dividend of $14.375 per share of Series D preferred stock (equivalent "
      "to $0.359375 per depositary share), payable March 15, 2024.\n"));
  found.clear();
  for (const Dividend& d : got)
    found.push_back(d.per_share + " " + d.share_class);
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"0.32 ", "14.375 Preferred"});
}

TEST_CASE("prose: a dividend's total stated beside its per-share amount",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On January 28, 2022, the Board of Directors declared a quarterly "
      "dividend of $0.52 per share ($312 million in the aggregate), payable "
      "on March 10, 2022 to shareholders of record on February 14, 2022.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.52");
  CHECK(got[0].total_amount == "312000000");
  got = Prose(
      "During 2021, dividends declared totaled $1.25 billion, or "
      "$2.08 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "2.08");
  CHECK(got[0].total_amount == "1250000000");
  // Two figures are a rounded total, which a table may state to the unit.
  got = Prose(
      "During 2021, dividends declared totaled $1.2 billion, or $2.08 "
      "per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].total_amount.empty());
  got = Prose(
      "In 1995 the Company paid dividends of $2,400,000, or $.24 per "
      "share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.24");
  CHECK(got[0].total_amount == "2400000");
  // An amount that is no sum of many shares' dividends is no total: a
  // price, another measure.
  got = Prose(
      "The Company declared a dividend of $0.25 per share ($25 in "
      "total for each block of 100 shares).");
  REQUIRE(got.size() == 1);
  CHECK(got[0].total_amount.empty());
  got = Prose(
      "Net income was $4.1 million, or $0.41 per share, and the "
      "Company paid dividends of $0.10 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.10");
  CHECK(got[0].total_amount.empty());
}

TEST_CASE("prose: cents of a named currency", "[facts][dividends][annual]") {
  auto got = Prose(
      "The Board proposed a dividend of 23.5 euro cents per share for 2021.",
      "20-F");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.235");
  CHECK(got[0].currency == "EUR");
  got = Prose(
      "The final dividend of 12 Canadian cents per share was paid on "
      "May 2, 2019.",
      "40-F");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.12");
  CHECK(got[0].currency == "CAD");
}

TEST_CASE("prose: one rate for a run of quarters of several years",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "The Company paid dividends of $.08 per share in each of the first "
      "three quarters of 2003 and 2002 and $.09 per share in the fourth "
      "quarter of each year.");
  REQUIRE(got.size() == 8);
  for (const auto& d : got) CHECK(d.kind == "quarterly");
  int eights = 0, nines = 0;
  for (const auto& d : got) {
    if (d.per_share == "0.08") ++eights;
    if (d.per_share == "0.09") {
      ++nines;
      CHECK(d.span.rule == "dividend.each_quarter");
    }
  }
  CHECK(eights == 6);
  CHECK(nines == 2);
  // "Each year" with one year named is no list of years: no quarters read.
  got = Prose(
      "The Company paid dividends of $.10 per share in 2003 and $.12 "
      "per share in the fourth quarter of each year.");
  for (const auto& d : got) CHECK(d.span.rule != "dividend.each_quarter");
}

TEST_CASE("prose: the rate raised from, paid in each of a run of quarters",
          "[facts][dividends][annual]") {
  // A press release (no periodic report): the old rate is read only
  // because the sentence says which quarters were paid at it.
  auto got = Prose(
      "The Board of Directors has increased the regular quarterly dividend to "
      "11 cents per share from 10 cents per share, the rate paid in each of "
      "the first three quarters of 1999.",
      "8-K");
  std::vector<std::string> old;
  for (const auto& d : got) {
    if (d.per_share != "0.10") continue;
    CHECK(d.kind == "quarterly");
    CHECK(d.fiscal_year == "1999");
    old.push_back(d.span.rule);
  }
  CHECK(old.size() == 3);
  got = Prose(
      "The Board of Directors has increased the regular quarterly dividend to "
      "11 cents per share from 10 cents per share.",
      "8-K");
  for (const auto& d : got) CHECK(d.per_share != "0.10");
  // A quarter of the later year first, then the run.
  got = Prose(
      "In April 2014 the Board of Directors increased the quarterly dividend "
      "to $0.15 per share from $0.13 per share, the rate declared in the "
      "first quarter of 2014 and in each of the first three quarters of "
      "2013.",
      "10-Q");
  std::vector<std::string> years;
  for (const auto& d : got) {
    if (d.per_share == "0.13") years.push_back(d.fiscal_year);
  }
  std::sort(years.begin(), years.end());
  CHECK(years == std::vector<std::string>{"2013", "2013", "2013", "2014"});
  // "Throughout" a year of quarterly dividends: its four quarters.
  got = Prose(
      "The Company paid quarterly dividends of $.10 per share throughout "
      "1997.");
  int quarters = 0;
  for (const auto& d : got)
    quarters += d.per_share == "0.10" && d.kind == "quarterly";
  CHECK(quarters == 4);
}

TEST_CASE("prose: an old rate that says the quarters it was paid in",
          "[facts][dividends][annual]") {
  // "an increase ... from the $.12 per share paid in each of the first
  // three quarters of 1996": those quarters' dividends.
  auto got = Prose(
      "The Board of Directors declared a regular quarterly cash dividend of "
      "$.14 per share on the Company's Common Stock, an increase of 16.7% "
      "from the $.12 per share paid in each of the first three quarters of "
      "1996.",
      "10-K");
  int old = 0;
  for (const auto& d : got) {
    if (d.per_share != "0.12") continue;
    CHECK(d.kind == "quarterly");
    CHECK(d.fiscal_year == "1996");
    CHECK(d.payable_date.empty());
    ++old;
  }
  CHECK(old == 3);
  // Without the quarters the old rate stays out.
  got = Prose(
      "The Board of Directors declared a regular quarterly cash dividend of "
      "$.14 per share, an increase of 16.7% from the $.12 per share paid "
      "previously.",
      "10-K");
  for (const auto& d : got) CHECK(d.per_share != "0.12");
  // A second rate of the list without its per-share words, after the
  // first's verb: "$.40 per share were declared in each of ... and $.38 in
  // each of ...".
  got = Prose(
      "Dividends of $.40 per share were declared in each of the first two "
      "quarters of 1994 and $.38 in each of the first two quarters of 1993.",
      "10-Q");
  std::vector<std::string> years;
  for (const auto& d : got) {
    if (d.per_share == "0.38" && d.kind == "quarterly")
      years.push_back(d.fiscal_year);
  }
  CHECK(years == std::vector<std::string>{"1993", "1993"});
}

TEST_CASE("prose: monthly declarations with day lists of one year",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "On July 12, 2016 the Board declared monthly distributions of $0.0650 "
      "per share for July, August and September 2016, payable August 15, "
      "September 15 and October 17, 2016 to shareholders of record on July "
      "29, August 31 and September 30, 2016, respectively.",
      "10-Q");
  std::vector<std::pair<std::string, std::string>> dates;
  for (const auto& d : got) {
    if (d.per_share == "0.0650")
      dates.push_back({d.record_date, d.payable_date});
  }
  CHECK(dates == std::vector<std::pair<std::string, std::string>>{
                     {"2016-07-29", "2016-08-15"},
                     {"2016-08-31", "2016-09-15"},
                     {"2016-09-30", "2016-10-17"}});
}

TEST_CASE("prose: another amount's payment date is not the new rate's",
          "[facts][dividends][annual]") {
  // The old rate's date in the sentence; the new rate's in the next one.
  auto got = Prose(
      "The Board of Directors today declared a quarterly cash dividend of "
      "$0.22 per common share, an increase of 10 percent from the $0.20 per "
      "share paid on February 21, 2014. The dividend is payable May 23, 2014 "
      "to shareholders of record at the close of business on May 9, 2014.",
      "8-K");
  int seen = 0;
  for (const auto& d : got) {
    if (d.per_share != "0.22") continue;
    CHECK(d.payable_date == "2014-05-23");
    CHECK(d.record_date == "2014-05-09");
    ++seen;
  }
  CHECK(seen == 1);
  // A previous dividend's payment in parentheses; the payment's own date
  // in the sentence after ("the payment will commence on").
  got = Prose(
      "At its meeting held on November 5, 2010, the Board of Directors "
      "resolved to pay an interim dividend of 30 yen per share to "
      "shareholders of record as of September 30, 2010 (previous interim "
      "dividend: 28 yen, paid December 1, 2009). The total amount of the "
      "interim dividend is 3,264 million yen and the payment will commence "
      "on December 1, 2010.",
      "6-K");
  seen = 0;
  for (const auto& d : got) {
    if (d.per_share != "30.00") continue;
    CHECK(d.payable_date == "2010-12-01");
    ++seen;
  }
  CHECK(seen == 1);
}

TEST_CASE("prose: a subsidiary bank that paid the parent per share",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "The principal source of the Corporation's dividends is dividends from "
      "Haifoss National Bank, which paid $3.80 per share on its 1,000,000 "
      "shares to the Corporation in 1998.",
      "10-K");
  for (const auto& d : got) CHECK(d.per_share != "3.80");
}

TEST_CASE("prose: a series list's rates in each of its years",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Dividends declared on the cumulative preferred stock were $4.40 per "
      "share on the 4.40% Series, $7.36 per share on the 7.36% Series and "
      "$8.90 per share on the 8.90% Series in each of 1993 and 1992.",
      "10-K");
  std::vector<std::string> rows;
  for (const auto& d : got) rows.push_back(d.per_share + " " + d.fiscal_year);
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{"4.40 1992", "4.40 1993", "7.36 1992",
                                         "7.36 1993", "8.90 1992",
                                         "8.90 1993"});
}

TEST_CASE("prose: a series' name and its parenthesised terms are no terms",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Dividends on the 7.75% Series A Cumulative Redeemable Preferred Shares "
      "($25.00 liquidation preference) of $0.484375 per share were declared "
      "in each of the first three quarters of 2008 and 2007.",
      "10-Q");
  int quarters = 0;
  for (const auto& d : got) {
    CHECK(d.per_share != "25.00");
    quarters += d.per_share == "0.484375" && d.kind == "quarterly" &&
                d.share_class == "Preferred";
  }
  CHECK(quarters == 6);
  // A parenthesis between the rate and its quarters.
  got = Prose(
      "Quarterly dividends of $351.5625 per preferred share (equivalent to "
      "$0.3515625 per depositary share) were declared in each quarter of "
      "2023.",
      "10-K");
  quarters = 0;
  for (const auto& d : got) {
    CHECK(d.per_share != "0.3515625");
    quarters += d.per_share == "351.5625" && d.kind == "quarterly";
  }
  CHECK(quarters == 4);
  // The term itself stays out.
  got = Prose(
      "Holders of preferred stock have a liquidation preference of $25.00 "
      "per share, and dividends accrue quarterly.",
      "10-Q");
  CHECK(got.empty());
}

TEST_CASE("prose: a run of quarters beside a quarter's declaration",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>The third-quarter dividend of $.22 per share was declared August "
      "9, 2005 and paid September 15, 2005 to stockholders of record August "
      "31, 2005.</p><p>Dividends of $0.22 per share were declared in each of "
      "the first three quarters of 2005.</p>",
      "10-Q"));
  int run = 0;
  for (const auto& d : got) run += d.span.rule == "dividend.each_quarter";
  CHECK(run == 3);
}

TEST_CASE("prose: a typed statement's rows are no one sentence",
          "[facts][dividends][annual]") {
  // The row's dividend takes no date from the rows under it ("Equity at
  // December 31, 1996") nor a status from the proposal below.
  auto got = ExtractDividends(testing::TextDoc(
      "FORM 20-F\n\n"
      "                 STATEMENT OF CHANGES IN SHAREHOLDERS' EQUITY\n"
      "                               (DKK thousands)\n\n"
      "Equity at January 1, 1996                                900,600\n"
      "Net profit for the year                                  149,600\n"
      "Dividend paid for 1995 (DKK 7.00 per share)             (84,000)\n"
      "                                                       ---------\n"
      "Equity at December 31, 1996                              960,600\n"
      "Proposed dividend for 1996 (DKK 8.00 per share)           96,000\n"
      "Equity including proposed dividend                     1,056,600\n"));
  const Dividend* paid = testing::WithAmount(got, "7.00");
  REQUIRE(paid != nullptr);
  CHECK(paid->payable_date.empty());
  CHECK(paid->status != "proposed");
}

TEST_CASE("prose: an amount compared with a year's sum is no quarter's",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "The Company paid cash dividends of $0.19 per share in each quarter of "
      "2003, or $0.76 per share for the year, compared with $0.70 per share "
      "in 2002.",
      "DEF 14A");
  const Dividend* old = testing::WithAmount(got, "0.70");
  REQUIRE(old != nullptr);
  CHECK(old->kind != "quarterly");
  CHECK(old->fiscal_year == "2002");
  // Nor is one compared with a total that names a special part special.
  got = Prose(
      "Dividends declared per share totaled $6.30 in 2022, including the "
      "special dividend of $2.50 per share, compared with $3.40 in 2021.");
  const Dividend* prior = testing::WithAmount(got, "3.40");
  REQUIRE(prior != nullptr);
  CHECK(prior->kind != "special");
}

TEST_CASE("prose: the rate before a change, and a dividend converted",
          "[facts][dividends][annual]") {
  // "reduced from": the old rate takes none of the new one's dates, and
  // its bare "$" is the new rate's dollar.
  auto got = Prose(
      "On February 11, 2009 the Board of Directors declared a quarterly "
      "dividend of C$0.10 per Common Share, reduced from $0.17 per share, "
      "payable March 31, 2009 to shareholders of record on March 13, 2009.");
  for (const auto& d : got) {
    if (d.per_share == "0.17") {
      CHECK(d.currency == "CAD");
      CHECK(d.payable_date.empty());
      CHECK(d.record_date.empty());
    }
  }
  REQUIRE(!got.empty());
  CHECK(got[0].per_share == "0.10");
  CHECK(got[0].currency == "CAD");
  CHECK(got[0].payable_date == "2009-03-31");
  // "an increase from the $0.17 per share paid in each quarter of 2018",
  // far from the new rate: none of the new rate's dates.
  got = Prose(
      "On February 12, 2019, our Board of Directors declared a quarterly cash "
      "dividend of $0.19 per share, payable March 14, 2019 to stockholders of "
      "record on February 28, 2019, an increase from the $0.17 per share "
      "paid in each quarter of 2018.");
  for (const auto& d : got) {
    if (d.per_share == "0.17") CHECK(d.declared_date.empty());
  }
  // A dividend restated in another currency is no dividend of its own.
  got = Prose(
      "On the basis of the exchange rate on 22 August 2023, the FY2023 "
      "final dividend is equivalent to approximately US$0.90 per ADS.",
      "20-F");
  CHECK(got.empty());
  got = Prose(
      "Holders of shares through the New York Stock Exchange received the "
      "interim dividend in US dollars, equivalent to US$0.46 per share at "
      "the exchange rate on the payment date.",
      "20-F");
  CHECK(got.empty());
  // What the ADS holders received, in dollars: the same dividends.
  got = Prose(
      "Holders of ADSs received dividends totalling approximately $0.912 "
      "per ADS in respect of 2001.",
      "20-F");
  CHECK(got.empty());
}

TEST_CASE("prose: cents of the filing's own currency",
          "[facts][dividends][annual]") {
  // An Australian filing that says its cents are Australian.
  auto got = ExtractDividends(testing::FilingBody(
      "<p>All dividends were fully franked. Cents per share amounts are in "
      "Australian cents.</p><p>The final dividend for FY2021 of 110 cents per "
      "share was declared on 24 August 2021 and paid on 23 September 2021 to "
      "shareholders on the register on 3 September 2021.</p>",
      "10-K"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "1.10");
  CHECK(got[0].currency == "AUD");
  // An Irish filing in euro writes "cent".
  got = ExtractDividends(testing::FilingBody(
      "<p>Group turnover was \xE2\x82\xAC"
      "2,614.8 million (2004: "
      "\xE2\x82\xAC"
      "2,388.1 million); operating profit \xE2\x82\xAC"
      "244.7 "
      "million.</p><p>The 2005 interim dividend of 11.2 cent per share was "
      "declared by the Board on 30 August 2005 and paid on 7 October 2005 to "
      "shareholders on the register on 9 September 2005.</p>",
      "20-F"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.112");
  CHECK(got[0].currency == "EUR");
  // Cents in a filing in dollars stay dollars.
  got = Prose(
      "The Board declared a quarterly dividend of 23 cents per share, "
      "payable on March 1, 2024 to shareholders of record on February "
      "9, 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.23");
  CHECK(got[0].currency == "USD");
}

TEST_CASE(
    "prose: runs of quarters in the sentence's one year, and a "
    "preferred rate in each of two years",
    "[facts][dividends][annual]") {
  auto got = Prose(
      "Dividends on the Common Stock were paid at the rate of $.27 per share "
      "in each of the first two quarters of 1996 and $.28 per share in the "
      "third and fourth quarters of 1996.");
  REQUIRE(got.size() == 4);
  CHECK(got[2].per_share == "0.28");
  CHECK(got[2].fiscal_year == "1996");
  CHECK(got[3].provenance == "fourth quarter");
  got = Prose(
      "In 1995, dividends were paid at the rate of $.26 per share in each of "
      "the first two quarters and $.27 per share in each of the last two "
      "quarters.");
  REQUIRE(got.size() == 4);
  CHECK(got[0].fiscal_year == "1995");
  CHECK(got[3].per_share == "0.27");
  CHECK(got[3].provenance == "fourth quarter");
  // Two years named: no year is the sentence's.
  got = Prose(
      "In 1995 and 1994, dividends were paid at the rate of $.26 per share in "
      "each of the first two quarters.");
  for (const auto& d : got) CHECK(d.span.rule != "dividend.each_quarter");
  got = Prose(
      "Dividends of $4.75 per share were paid on the Cumulative Preferred "
      "Stock, 4.75% Series, in each of 1996 and 1995.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].fiscal_year == "1996");
  CHECK(got[1].fiscal_year == "1995");
  CHECK(got[0].share_class == "Preferred");
}

TEST_CASE("prose: a subsidiary bank's dividend to its parent",
          "[facts][dividends][annual]") {
  CHECK(Prose("During the period, Cobalt Ridge Bank, N.A. paid dividends of "
              "$466 million ($36.33 per share of its common stock, all of "
              "which is owned by Cobalt Ridge Financial Corporation) to the "
              "parent company.")
            .empty());
  CHECK(Prose("In 2023 the Bank paid dividends of $12.50 per share to its "
              "parent.")
            .empty());
  // The company's own dividend stays.
  auto got = Prose("In 2023 we paid dividends of $1.20 per share.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "1.20");
}

TEST_CASE(
    "prose: a year's dividend told in parts; a date another amount was paid",
    "[facts][dividends][annual]") {
  // "The 2022 dividend consisted of ..." names the year's interim and
  // final dividends without "per share": they are paid, of that year, and
  // take no dates of the sentences after.
  auto got = Prose(
      "The Board proposes a final dividend of \u20ac0.61 per share for "
      "2023. The 2022 dividend consisted of an interim dividend of "
      "\u20ac0.25 and a final dividend of \u20ac0.55. The final dividend "
      "will be payable on 9 May 2024 to shareholders of record on 2 May "
      "2024.",
      "20-F");
  const Dividend* interim = nullptr;
  const Dividend* final22 = nullptr;
  for (const Dividend& d : got) {
    if (d.per_share == "0.25") interim = &d;
    if (d.per_share == "0.55") final22 = &d;
  }
  REQUIRE(interim != nullptr);
  REQUIRE(final22 != nullptr);
  CHECK(interim->kind == "interim");
  CHECK(interim->fiscal_year == "2022");
  CHECK(interim->status == "paid");
  CHECK(interim->payable_date.empty());
  CHECK(final22->kind == "year-end");
  CHECK(final22->fiscal_year == "2022");
  CHECK(final22->record_date.empty());
  // A proposed dividend takes no date on which another amount of the
  // sentence was paid; that amount is paid, its record date not the
  // proposed one's.
  got = Prose(
      "The Board proposes a final dividend of \u20ac0.61 per share, bringing "
      "the total dividend for 2023 to \u20ac0.86 per share, including the "
      "interim dividend of \u20ac0.25 per share paid on 12 September 2023. "
      "The record date will be 2 May 2024.",
      "20-F");
  bool saw_final = false, saw_interim = false;
  for (const Dividend& d : got) {
    if (d.per_share == "0.61" || d.per_share == "0.86") {
      CHECK(d.payable_date.empty());
      CHECK(d.status == "proposed");
      saw_final |= d.per_share == "0.61";
    }
    if (d.per_share == "0.25") {
      saw_interim = true;
      CHECK(d.payable_date == "2023-09-12");
      CHECK(d.status == "paid");
      CHECK(d.record_date.empty());
    }
  }
  CHECK(saw_final);
  CHECK(saw_interim);
}

TEST_CASE("prose: a part's kind word is not the compared year's",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "We declared dividends totaling $2.10 per share in 2019, consisting "
      "of regular quarterly dividends of $1.90 per share from net "
      "investment income and a special dividend of $0.20 per share, "
      "compared with $1.75 per share in 2018.");
  bool saw = false;
  for (const Dividend& d : got) {
    if (d.per_share == "1.75") {
      saw = true;
      CHECK(d.kind.empty());
      CHECK(d.fiscal_year == "2018");
    }
    if (d.per_share == "0.20") CHECK(d.kind == "special");
  }
  CHECK(saw);
}

TEST_CASE("prose: a share of a numbered series is a preferred share",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "Holders of the First Preferred Shares, Series 3 are entitled to "
      "cumulative dividends of C$1.40 per share per annum. Dividends of "
      "C$1.40 per Series 3 share were declared in each of 2012 and 2011.",
      "40-F");
  std::vector<std::string> years;
  for (const Dividend& d : got) {
    if (d.per_share != "1.40" || d.fiscal_year.empty()) continue;
    CHECK(d.share_class == "Preferred");
    CHECK(d.currency == "CAD");
    years.push_back(d.fiscal_year);
  }
  std::sort(years.begin(), years.end());
  CHECK(years == std::vector<std::string>{"2011", "2012"});
}

TEST_CASE("prose: a subsidiary's dividends named with the parent's",
          "[facts][dividends][annual]") {
  // The bank's per-share amount, in a long parenthesis, to the parent.
  CHECK(Prose("During 2004, Harlow County Bank paid dividends of $4.5 "
              "million ($6.00 per share of the bank's 750,000 outstanding "
              "shares) to the Company.")
            .empty());
  // A subsidiary named as "the Company's ... subsidiary".
  CHECK(Prose("Ridgeway Electric Company, the Company's principal utility "
              "subsidiary, has outstanding 150,000 shares of its own 4.40% "
              "Cumulative Preferred Stock, on which it paid quarterly "
              "dividends of $1.10 per share.")
            .empty());
}

TEST_CASE(
    "prose: a year's dividends 'totalled'; a dividend at an exchange rate",
    "[facts][dividends][annual]") {
  auto got = Prose(
      "Dividends declared per common share totalled $0.20 in 2000 and $0.18 "
      "in 1999.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.20");
  CHECK(got[0].fiscal_year == "2000");
  CHECK(got[1].per_share == "0.18");
  // The Canadian dollars a US-dollar dividend came to are a conversion.
  CHECK(Prose("Registered shareholders resident in Canada receive the "
              "Canadian dollar equivalent; for the dividend paid on December "
              "28, 2001 this amount was C$0.0951 per share at an exchange "
              "rate of C$1.5928 = US$1.00.")
            .empty());
}

TEST_CASE("prose: a share's nominal value; a meeting's date; per ADS restated",
          "[facts][dividends][annual]") {
  auto got = Prose(
      "For 1999, the Board of Directors proposes a dividend of 50%, or DKK "
      "10.00 per share of DKK 20, amounting to DKK 412 million in total. The "
      "proposal will be submitted to the annual general meeting to be held "
      "on March 28, 2000 and, if adopted, the dividend will be paid on March "
      "31, 2000.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "10.00");
  CHECK(got[0].payable_date == "2000-03-31");
  CHECK(Prose("Each American Depositary Share represents one-fourth of one "
              "share; the proposed dividend therefore corresponds to FF 2.20 "
              "per ADS, before deduction of withholding tax.")
            .empty());
  // A split's stock dividend named in a restatement note declares none.
  CHECK(Prose("All per share data have been restated to reflect the "
              "two-for-one stock split effected in the form of a 100% stock "
              "dividend distributed May 16, 2000.")
            .empty());
  // "Dividends per share of $4.76" is the dividend.
  CHECK(Prose("The Company declared cash dividends per share of $4.76 in "
              "2023.")
            .size() == 1);
}

TEST_CASE("prose: a bank's dividends to its parent; an average cost per share",
          "[facts][dividends][annual]") {
  CHECK(Prose("In 1997 Tidewater Savings Bank paid dividends to the "
              "Corporation of $2,400,000, or $24.00 per share on the Bank's "
              "100,000 shares.")
            .empty());
  CHECK(Prose("During the year, Harlow Casualty Company paid dividends of $95 "
              "million ($31.50 per share of its common stock, all of which "
              "is owned by Harlow Insurance Holdings, Inc.) to the parent "
              "company.")
            .empty());
  auto got = Prose(
      "Cash dividends paid were $18.2 million, and the Company purchased "
      "405,000 shares of its Common Stock at an average cost of $41.17 per "
      "share.");
  for (const Dividend& d : got) CHECK(d.per_share != "41.17");
}

}  // namespace secx
