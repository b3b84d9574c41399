// Dividends of annual reports written in layouts of the thirty-fourth
// session's blind batches, made up here from general knowledge of such
// filings (no filing of a batch or the corpus): a merger proxy's
// comparative per-share data and its two companies' market tables side by
// side, a rate "in each quarter" after the clause's one year, a footnote's
// mark one blank after an amount, a statement row of a preferred stock's
// dividends, one rate paid on two dates, and a half-yearly payer's
// declaration table in cents with a heading wrapped over two lines.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/facts/facts.h"
#include "extract/facts/text_scan.h"
#include "extract/read/reader.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::TextDoc;

std::vector<Dividend> WithRegistrant(const std::string& text,
                                     const std::string& registrant) {
  Document doc = TextDoc(text);
  facts::KeywordHits hits(doc.text);
  return ExtractDividends(doc, hits, nullptr, registrant);
}

const char kComparative[] = R"(PROXY STATEMENT/PROSPECTUS

Comparative Per Share Data

                                             Nine Months
                                                   Ended     Year Ended December 31,
                                            Sept. 30, 2011    2010    2009    2008
                                            --------------   -----   -----   -----
Harrow Bancorp - Historical
  Net income per share - diluted                   $1.31   $1.62   $1.48   $1.37
  Cash dividends declared per share                 $.63    $.80    $.76    $.72
Fenwick Savings - Historical
  Net income per share - diluted                    $.77   $1.01    $.93    $.88
  Cash dividends declared per share                 $.27    $.34    $.32    $.30
Pro Forma Combined
  Cash dividends declared per share (1)             $.63    $.80    $.76    $.72
Fenwick Equivalent Pro Forma (2)
  Cash dividends declared per share                 $.95   $1.20   $1.14   $1.08

(1) Represents historical dividends declared by Harrow.
(2) Pro forma combined amounts multiplied by the exchange ratio of 1.50.
)";

TEST_CASE("comparative per share data: only the registrant's group is read",
          "[facts][dividends][annual]") {
  auto own = WithRegistrant(kComparative, "HARROW BANCORP INC");
  auto amounts = testing::SortedRows(
      own, [](const Dividend& d) { return d.per_share + " " + d.kind; });
  // The registrant's three years (and the nine months): none of the
  // other company's, the pro forma or the equivalent amounts.
  CHECK(amounts == std::vector<std::string>{"0.63 ", "0.72 annual",
                                            "0.76 annual", "0.80 annual"});
  // The other company's filing reads its own group.
  auto other = WithRegistrant(kComparative, "Fenwick Savings Bank");
  CHECK(testing::WithAmount(other, "0.34") != nullptr);
  CHECK(testing::WithAmount(other, "0.80") == nullptr);
  CHECK(testing::WithAmount(other, "1.20") == nullptr);
  // Registrant not known: no company's historical group is claimed.
  auto unknown = WithRegistrant(kComparative, "");
  CHECK(unknown.empty());
}

TEST_CASE("a registrant's historical group beside its own pro forma stays",
          "[facts][dividends][annual]") {
  auto got = WithRegistrant(R"(ANNUAL REPORT ON FORM 10-K

                                              Year Ended December 31,
                                                2012      2011      2010
                                              ------    ------    ------
Historical
  Cash dividends declared per share            $.44      $.40      $.36
Pro forma
  Cash dividends declared per share            $.52      $.48      $.44
)",
                            "Quillon Industries Inc");
  auto amounts =
      testing::SortedRows(got, [](const Dividend& d) { return d.per_share; });
  CHECK(amounts == std::vector<std::string>{"0.36", "0.40", "0.44"});
}

const char kTwoCompanies[] = R"(Market Prices and Dividends

                       Harrow                       Fenwick
                          High     Low  Dividend        High     Low  Dividend
                          ----     ---  --------        ----     ---  --------
2011
  First Quarter         31 1/2      27      $.21          28      24      $.09
  Second Quarter        33 3/4  29 1/4      $.21      30 1/2  26 1/2      $.09
  Third Quarter             32  25 1/2      $.21          31      27      $.09
)";

TEST_CASE("two companies' market tables side by side: the registrant's column",
          "[facts][dividends][annual]") {
  auto own = WithRegistrant(kTwoCompanies, "Harrow Bancorp, Inc.");
  REQUIRE(own.size() == 3);
  for (const Dividend& d : own) {
    CHECK(d.per_share == "0.21");
    CHECK(d.kind == "quarterly");
    CHECK(d.fiscal_year == "2011");
  }
  auto other = WithRegistrant(kTwoCompanies, "FENWICK SAVINGS BANK");
  REQUIRE(other.size() == 3);
  CHECK(other[0].per_share == "0.09");
  // Neither company named: which column is whose is unknown.
  CHECK(WithRegistrant(kTwoCompanies, "Ostler Holdings Corp").empty());
}

TEST_CASE("a rate in each quarter after the clause's one year",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>Dividends declared in 2024 are presented in Note 15; in 2023 we "
      "declared $0.26 per share in each quarter.</p>"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.per_share + " " + d.fiscal_year + " " + d.kind;
  });
  CHECK(rows ==
        std::vector<std::string>{"0.26 2023 quarterly", "0.26 2023 quarterly",
                                 "0.26 2023 quarterly", "0.26 2023 quarterly"});
  // Two years in the clause: which one is not said.
  got = ExtractDividends(testing::FilingBody(
      "<p>In 2023 and 2022 the Company declared dividends of $0.26 per share "
      "in each quarter.</p>"));
  CHECK(std::none_of(got.begin(), got.end(), [](const Dividend& d) {
    return d.kind == "quarterly" && !d.fiscal_year.empty();
  }));
}

TEST_CASE("a footnote's mark one blank after an amount",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(FORM 20-F
Item 3. Key Information
A. Selected Financial Data (in EUR millions, except per share data)
                                   2006      2005      2004
Revenues                          1,612     1,488     1,402
Dividend per share (EUR) (1)   1.10 (2)      0.95      0.85
)"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.per_share + " " + d.currency + " " + d.fiscal_year;
  });
  CHECK(rows == std::vector<std::string>{"0.85 EUR 2004", "0.95 EUR 2005",
                                         "1.10 EUR 2006"});
}

TEST_CASE("a statement row of a preferred stock's dividends",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(FORM 10-K
                      STATEMENTS OF SHAREHOLDERS' EQUITY
                    (In thousands, except per share data)
                                                   Retained Earnings     Total
Balance, December 31, 2004                                   40,310     53,110
  Net income                                                  7,410      7,410
  Cash dividends - common, $1.04 per share                   (5,044)    (5,044)
  Cash dividends - 4.5% preferred, $4.50 per share              (54)       (54)
Balance, December 31, 2005                                   42,622     55,422
)"));
  const Dividend* preferred = testing::WithAmount(got, "4.50");
  REQUIRE(preferred != nullptr);
  CHECK(preferred->share_class.find("referred") != std::string::npos);
  CHECK(preferred->total_amount == "54000");
  const Dividend* common = testing::WithAmount(got, "1.04");
  REQUIRE(common != nullptr);
  CHECK(common->share_class.empty());
}

TEST_CASE("one rate paid on two dates: two payments", "[facts][dividends]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>The Company paid its regular quarterly dividend of $.12 per share "
      "on March 15, 2001 and on June 14, 2001.</p>",
      "10-Q"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.per_share + " " + d.payable_date;
  });
  CHECK(rows == std::vector<std::string>{"0.12 2001-03-15", "0.12 2001-06-14"});
}

TEST_CASE("declaration table in cents, its headings wrapped over a rule",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(FORM 20-F
The following table shows the dividends declared in respect of the last
two fiscal years:

                            Declared        Record          Paid   Cents per        Amount
                                              Date                     Share (A$ millions)
                            --------        ------          ----   --------- -------------
Fiscal 2011
  Interim                14 Feb 2011   18 Mar 2011    8 Apr 2011         7.0          28.7
  Final                  23 Aug 2011   23 Sep 2011   14 Oct 2011         9.5          39.0
Fiscal 2010
  Interim                16 Feb 2010   19 Mar 2010    9 Apr 2010         6.5          26.6
)"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    if (d.span.rule != "dividend.column_table") return std::string();
    return d.per_share + " " + d.currency + " " + d.kind + " " +
           d.payable_date + " " + d.total_amount + " " + d.fiscal_year;
  });
  rows.erase(std::remove(rows.begin(), rows.end(), ""), rows.end());
  CHECK(rows == std::vector<std::string>{
                    "0.065 AUD interim 2010-04-09 26600000 Fiscal 2010",
                    "0.07 AUD interim 2011-04-08 28700000 Fiscal 2011",
                    "0.095 AUD year-end 2011-10-14 39000000 Fiscal 2011"});
}

TEST_CASE("a rate in each quarter of two years, the stock between",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>We have paid quarterly cash dividends of $.05 per share on our "
      "common stock in each quarter of 1998 and 1999.</p>"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.fiscal_year + " " + d.provenance + " " + d.kind;
  });
  CHECK(rows ==
        std::vector<std::string>{
            "1998 first quarter quarterly", "1998 fourth quarter quarterly",
            "1998 second quarter quarterly", "1998 third quarter quarterly",
            "1999 first quarter quarterly", "1999 fourth quarter quarterly",
            "1999 second quarter quarterly", "1999 third quarter quarterly"});
}

TEST_CASE("a kind written after its amount is no later amount's",
          "[facts][dividends]") {
  // "$.22 in each quarter" is the 1997 quarters'; the $.80 of 1996 is a
  // year's, not a quarter's, though "per quarter" follows the $.20.
  auto got = ExtractDividends(testing::FilingBody(
      "<p>The Company paid cash dividends of $.88 per share in 1997 ($.22 in "
      "each quarter), compared with $.80 per share in 1996, when it paid $.20 "
      "per quarter.</p>",
      "DEF 14A"));
  const Dividend* year = testing::WithAmount(got, "0.80");
  REQUIRE(year != nullptr);
  CHECK(year->kind != "quarterly");
  // "... unchanged from the $.315 per share paid on June 1, 2002 and
  // represents an annualized rate of $1.26 per share": the rate is the
  // later amount's.
  got = ExtractDividends(testing::FilingBody(
      "<p>The common dividend is unchanged from the $.315 per share paid on "
      "June 1, 2002 and represents an annualized rate of $1.26 per share.</p>",
      "8-K"));
  const Dividend* paid = testing::WithAmount(got, "0.315");
  if (paid != nullptr) CHECK(paid->kind != "annual");
}

TEST_CASE("an old rate after the quarter of the new one",
          "[facts][dividends]") {
  auto got = ExtractDividends(testing::FilingBody(
      "<p>The Board raised the quarterly dividend to $0.28 per share in the "
      "fourth quarter of 2007 from $0.26 per share paid in each of the first "
      "three quarters.</p>",
      "DEF 14A"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.per_share + " " + d.fiscal_year + " " + d.provenance;
  });
  CHECK(rows == std::vector<std::string>{
                    "0.26 2007 first quarter", "0.26 2007 second quarter",
                    "0.26 2007 third quarter", "0.28 2007 "});
}

TEST_CASE("market tables: \"Div.\" columns and rows of three months",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(TextDoc(R"(ANNUAL REPORT ON FORM 10-K
ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY

                                     2002                             2001
Quarter ended                Div.       High        Low       Div.       High        Low
                      ------------------------------------------------------------------
First Quarter          $      .21      37.38      31.12 $      .19      34.38      28.62
Second Quarter                .21      36.75      30.62        .19      32.00      26.62

The Company expects to continue paying quarterly dividends.
)"));
  auto rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.per_share + " " + d.fiscal_year + " " + d.kind;
  });
  CHECK(rows ==
        std::vector<std::string>{"0.19 2001 quarterly", "0.19 2001 quarterly",
                                 "0.21 2002 quarterly", "0.21 2002 quarterly"});
  got = ExtractDividends(TextDoc(R"(ANNUAL REPORT ON FORM 10-K
The high and low sale prices and the dividends paid were:

                                High          Low      Dividends Paid
                          ------------------------------------------
1996
  Jan.-Mar.                  28 1/2      23 3/4       $.29
  Apr.-June                    28        23 3/8       .29
  July-Sept.                 32 5/8      27 1/8       .30
  Oct.-Dec.                  30 7/8      25 3/4       .30
)"));
  rows = testing::SortedRows(got, [](const Dividend& d) {
    return d.per_share + " " + d.fiscal_year + " " + d.kind;
  });
  CHECK(rows ==
        std::vector<std::string>{"0.29 1996 quarterly", "0.29 1996 quarterly",
                                 "0.30 1996 quarterly", "0.30 1996 quarterly"});
}

}  // namespace
}  // namespace secx
