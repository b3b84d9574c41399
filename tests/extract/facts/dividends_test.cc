#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/facts.h"
#include "extract/facts/text_scan.h"
#include "extract/pipeline.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::TextDoc;

struct Want {
  const char* kind;
  const char* per_share;
  const char* currency;
  const char* record;
  const char* payable;
  const char* declared;
  const char* share_class;
};

void CheckOne(const Dividend& d, const Want& w) {
  CHECK(d.kind == w.kind);
  CHECK(d.per_share == w.per_share);
  CHECK(d.currency == w.currency);
  CHECK(d.record_date == w.record);
  CHECK(d.payable_date == w.payable);
  CHECK(d.declared_date == w.declared);
  CHECK(d.share_class == w.share_class);
}

TEST_CASE("dividend sentences", "[facts][dividends]") {
  struct Case {
    const char* text;
    std::vector<Want> want;
  };
  const Case cases[] = {
      {"The Board of Directors declared a quarterly cash dividend of $0.135 "
       "per share. The dividend is payable on August 1, 2008 to shareholders "
       "of record at the close of business on July 11, 2008.",
       {{"quarterly", "0.135", "USD", "2008-07-11", "2008-08-01", "", ""}}},
      {"Shareholders of record at the close of business on July 11, 2008\n"
       "will receive the quarterly dividend of 90 cents per share, payable\n"
       "on August 1, 2008.",
       {{"quarterly", "0.90", "USD", "2008-07-11", "2008-08-01", "", ""}}},
      // An annualized figure is a rate, no dividend declared or paid.
      {"The board increased the quarterly dividend to $0.92 per share, "
       "bringing the annualized dividend to $5.06.",
       {{"quarterly", "0.92", "USD", "", "", "", ""}}},
      {"The Board declared a special cash dividend of $1.00 per share payable "
       "on December 28, 2012 to stockholders of record on December 14, 2012.",
       {{"special", "1.00", "USD", "2012-12-14", "2012-12-28", "", ""}}},
      {"On February 18, 2004 the Board declared a 2-for-1 stock split to be "
       "paid in the form of a 100% stock dividend, payable March 23, 2004, to "
       "holders of record on March 9, 2004.",
       {{"stock", "1.00", "", "2004-03-09", "2004-03-23", "2004-02-18", ""}}},
      {"The Board declared a quarterly dividend of $0.50 per share on Class A "
       "Common Stock and $0.45 per share on Class B Common Stock, payable on "
       "March 1, 2010 to holders of record on February 15, 2010.",
       {{"quarterly", "0.50", "USD", "2010-02-15", "2010-03-01", "", "Class A"},
        {"quarterly", "0.45", "USD", "2010-02-15", "2010-03-01", "",
         "Class B"}}},
      // Estee Lauder 8-K, 2013-02-05 (edgar-8k 0001104659-13-007337).
      {"On February 5, 2013, the Company announced that a dividend was "
       "declared in the amount of $0.18 per share on the Company\xE2\x80\x99s "
       "Class A and Class B Common Stock, which is payable in cash on March "
       "15, 2013 to stockholders of record at the close of business on "
       "February 28, 2013.",
       {{"", "0.18", "USD", "2013-02-28", "2013-03-15", "2013-02-05",
         "Class A"},
        {"", "0.18", "USD", "2013-02-28", "2013-03-15", "2013-02-05",
         "Class B"}}},
      // Estee Lauder 8-K, 2012-11-01: the date heads a lettered list.
      {"On November 1, 2012, the Company announced that its Board of "
       "Directors took the following actions:\n\n(a)\n\ndeclared a dividend in "
       "the amount of $0.72 per share on the Company's Class A and Class B "
       "Common Stock, which is payable in cash on December 17, 2012 to "
       "stockholders of record at the close of business on November 30, 2012; "
       "(b) authorized the repurchase of up to another 40.0 million shares of "
       "Class A Common Stock.",
       {{"", "0.72", "USD", "2012-11-30", "2012-12-17", "2012-11-01",
         "Class A"},
        {"", "0.72", "USD", "2012-11-30", "2012-12-17", "2012-11-01",
         "Class B"}}},
      // NetApp 8-K, 2021: the new rate, not the old one.
      {"On May 28, 2021, the Board authorized an increase in the "
       "Company\xE2\x80\x99s "
       "regular quarterly cash dividend from $0.48 to $0.50 per share of "
       "common stock.",
       {{"quarterly", "0.50", "USD", "", "", "2021-05-28", ""}}},
      {"Considering the basic policy, we decided to pay JPY13.50 per common "
       "share as FY2017 year-end dividend.",
       {{"year-end", "13.50", "JPY", "", "", "", ""}}},
      {"Regular quarterly dividend of $0.03 per share was paid on August 1, "
       "2004.",
       {{"quarterly", "0.03", "USD", "", "2004-08-01", "", ""}}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<Dividend> got = ExtractDividends(TextDoc(c.text));
    REQUIRE(got.size() == c.want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      CheckOne(got[i], c.want[i]);
      CHECK(got[i].span.end > got[i].span.start);
      CHECK(got[i].span.page == 1);
      CHECK_FALSE(got[i].span.rule.empty());
    }
  }
}

TEST_CASE("sentences that are no dividend payout", "[facts][dividends]") {
  const char* texts[] = {
      "Net income was $4,688,000, or $0.66 per diluted share, and the "
      "dividend was unchanged.",
      "The Company shall not declare, set aside or pay any dividend or other "
      "distribution payable in cash, stock or property.",
      "On March 6, 2002 the Board of Directors declared a dividend of one "
      "preferred share purchase right for each outstanding share of common "
      "stock.",
      "Per share results reflect the 2-for-1 stock split in the form of a "
      "100% stock dividend effective March 23, 2004.",
  };
  for (const char* t : texts) {
    INFO(t);
    CHECK(ExtractDividends(TextDoc(t)).empty());
  }
}

TEST_CASE("status follows the wording", "[facts][dividends]") {
  CHECK(
      ExtractDividends(TextDoc("The Board will propose a year-end dividend of "
                               "JPY15 per share."))[0]
          .status == "proposed");
  CHECK(
      ExtractDividends(TextDoc("The Company forecasts an interim dividend of "
                               "JPY7.00 per share, to be paid in December."))[0]
          .status == "forecast");
  CHECK(ExtractDividends(TextDoc("The Board declared a dividend of $0.10 per "
                                 "share."))[0]
            .status == "declared");
}

TEST_CASE("a record date after the payable date fails a check",
          "[facts][dividends][checks]") {
  auto good = ExtractDividends(TextDoc(
      "The Board declared a dividend of $0.10 per share payable on March 15, "
      "2010 to holders of record on March 1, 2010."));
  auto bad = ExtractDividends(TextDoc(
      "The Board declared a dividend of $0.10 per share payable on March 1, "
      "2010 to holders of record on March 15, 2010."));
  REQUIRE(good.size() == 1);
  REQUIRE(bad.size() == 1);
  CHECK(good[0].check_failures.empty());
  REQUIRE(bad[0].check_failures.size() == 1);
  CHECK(bad[0].record_date == "2010-03-15");  // never silently "fixed"
  CHECK(bad[0].span.confidence < good[0].span.confidence);
}

TEST_CASE("press-release date is the declared date", "[facts][dividends]") {
  auto got = ExtractDividends(TextDoc(
      "ENGLEWOOD CLIFFS, NJ, December 13, 2005 -- Example Corp. today "
      "announced that its board of directors has approved an increase in its "
      "regular quarterly cash dividend by 14% to $0.04 per share.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.04");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].declared_date == "2005-12-13");
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

TEST_CASE("a stock dividend's issue date stated apart fills its payable date",
          "[facts][dividends]") {
  Document d = TextDoc(
      "On July 18, 1990, the Board of Directors declared a 25% stock "
      "dividend to holders of record as of June 27, 1990.\n\n"
      "Note 10. The information takes into account the 25% stock dividend "
      "issued on August 3, 1990 and the 20% stock dividend issued on "
      "February 28, 1991.\n");
  std::vector<Dividend> out = ExtractDividends(d);
  REQUIRE(out.size() == 1);  // the other size declares nothing here
  CHECK(out[0].kind == "stock");
  CHECK(out[0].per_share == "0.25");
  CHECK(out[0].record_date == "1990-06-27");
  CHECK(out[0].payable_date == "1990-08-03");
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

// Annual-report sentences: an amount is per share only when the text says
// so, and the kind and class only when the clause names them.
TEST_CASE("annual-report sentences: totals, plans, increments, kinds",
          "[facts][dividends][annual]") {
  const char* none[] = {
      // A total in the filing's stated millions, no per-share words.
      "Dividend payments in 2023 were $1,749 and in 2022 were $1,698.",
      "Cash dividends paid to shareholders were $437.5 in fiscal 2023.",
      // Dividends of employee plans and of subsidiaries' other owners.
      "Dividends of $0.92 per share on shares held by the ESOP were used to "
      "repay the ESOP loan.",
      "Dividends paid to noncontrolling interests were $1.10 per share of the "
      "subsidiary.",
      "The Company paid dividend equivalents of $0.95 per share on unvested "
      "restricted stock units.",
      "The conversion rate is adjusted if the Board declares quarterly cash "
      "dividends in excess of $0.25 per share.",
  };
  for (const char* t : none) {
    INFO(t);
    CHECK(ExtractDividends(TextDoc(t)).empty());
  }
  struct Case {
    const char* text;
    const char* per_share;
    const char* kind;
    const char* share_class;
  };
  const Case one[] = {
      // The increment is no rate.
      {"In February 2024 the Board raised our quarterly dividend by $0.08 to "
       "$0.95 per share.",
       "0.95", "quarterly", ""},
      // A sum of quarterly dividends has no kind of the contract.
      {"In 2023 we paid quarterly dividends totaling $3.76 per share.", "3.76",
       "", ""},
      // A cash dividend on common stock is no stock dividend.
      {"The common stock dividend of $0.50 per share was paid on May 1, 2023.",
       "0.50", "", ""},
      {"The Board declared dividends on the Series A preferred stock of $1.25 "
       "per share.",
       "1.25", "", "Preferred"},
  };
  for (const Case& c : one) {
    INFO(c.text);
    std::vector<Dividend> got = ExtractDividends(TextDoc(c.text));
    REQUIRE(got.size() == 1);
    CHECK(got[0].per_share == c.per_share);
    CHECK(got[0].kind == c.kind);
    CHECK(got[0].share_class == c.share_class);
  }
  // A lettered series not called common is preferred; "a series of" is
  // no series.
  const Case series[] = {
      {"Dividends declared on Series A ($1,250 per share)", "1250.00", "",
       "Preferred"},
      {"The Board declared dividends on Series B common stock of $0.50 per "
       "share.",
       "0.50", "", ""},
      {"The Board declared a series of cash dividends of $0.40 per share.",
       "0.40", "", ""},
  };
  for (const Case& c : series) {
    INFO(c.text);
    std::vector<Dividend> got = ExtractDividends(TextDoc(c.text));
    REQUIRE(got.size() == 1);
    CHECK(got[0].per_share == c.per_share);
    CHECK(got[0].share_class == c.share_class);
  }
  // Kind words that name no dividend: "special meeting", "interim
  // financial statements".
  const Case no_kind[] = {
      {"The Board declared a dividend of $0.25 per share at its special "
       "meeting.",
       "0.25", "", ""},
      {"These interim financial statements reflect dividends declared of "
       "$0.95 per share.",
       "0.95", "", ""},
  };
  for (const Case& c : no_kind) {
    INFO(c.text);
    std::vector<Dividend> got = ExtractDividends(TextDoc(c.text));
    REQUIRE(got.size() == 1);
    CHECK(got[0].per_share == c.per_share);
    CHECK(got[0].kind == c.kind);
    CHECK(got[0].share_class == c.share_class);
  }
}

TEST_CASE("annual-report sentences: prices and terms beside a dividend",
          "[facts][dividends][annual]") {
  // "per share" follows the amount and "dividend" is in the sentence, but
  // the amount is a price or a term of a security.
  const char* none[] = {
      "In 2023, we paid dividends totaling $4.1 billion and repurchased 10 "
      "million shares at an average price of $50.25 per share.",
      "The Series A preferred stock has a liquidation preference of $25.00 "
      "per share, and dividends are payable quarterly at a rate of 5.5%.",
      "The conversion price of $45.10 per share is adjusted for cash "
      "dividends paid.",
      "If declared, the dividend would be $0.30 per share.",
  };
  for (const char* t : none) {
    INFO(t);
    CHECK(ExtractDividends(TextDoc(t)).empty());
  }
  // The dividend after a price in the same sentence is kept.
  auto got = ExtractDividends(
      TextDoc("The Board declared a dividend of $0.25 per share; shares were "
              "repurchased at a price of $50.00 per share."));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.25");
}

TEST_CASE("annual-report sentences: lists of per-share amounts by year",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("The Company declared cash dividends per share of $4.76, $4.52 "
              "and $4.24 in 2023, 2022 and 2021, respectively."));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "4.76");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[1].per_share == "4.52");
  CHECK(got[1].fiscal_year == "2022");
  CHECK(got[2].per_share == "4.24");
  CHECK(got[2].fiscal_year == "2021");
  got = ExtractDividends(
      TextDoc("Dividends paid per share were $1.88 in fiscal 2024 and $1.76 in "
              "fiscal 2023."));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "1.88");
  CHECK(got[0].fiscal_year == "Fiscal 2024");
  CHECK(got[1].per_share == "1.76");
  CHECK(got[1].fiscal_year == "Fiscal 2023");
  // A list joins only amounts next to each other: a total in the filing's
  // millions after a per-share amount stays out.
  got = ExtractDividends(TextDoc(
      "In 2023 we declared dividends of $3.00 per share, or $1,250 in total."));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "3.00");
  got = ExtractDividends(TextDoc(
      "In 2023 we declared dividends of $3.00 per share and $1,250 in total."));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "3.00");
}

TEST_CASE("annual-report sentences: per share said before the amounts",
          "[facts][dividends]") {
  auto got = ExtractDividends(
      TextDoc("FORM 10-K\n\nCash dividends declared per share of common stock "
              "were $2.00, $1.84 and $1.68 in 2023, 2022 and 2021, "
              "respectively.\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "2.00");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[2].per_share == "1.68");
  CHECK(got[2].fiscal_year == "2021");
  got = ExtractDividends(
      TextDoc("FORM 10-K\n\nDividends paid per share in 2023 were $4.70.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "4.70");
  // A total stated before per-share words is still no per-share amount.
  CHECK(ExtractDividends(TextDoc("FORM 10-K\n\nDividends per share "
                                 "increased; dividends paid were $1,749 "
                                 "million.\n"))
            .empty());
}

TEST_CASE("annual-report sentences: the old rate of an increase",
          "[facts][dividends][annual]") {
  const char* kText =
      "In February 2024, our Board of Directors increased the quarterly "
      "dividend from $0.20 to $0.24 per share, payable March 15, 2024.\n\n"
      "In December 2023, the Board increased the quarterly dividend to $0.51 "
      "per share from $0.47.\n";
  // In an annual or quarterly report the old rate is the period's
  // dividend: kept, without the new rate's dates.
  auto got = ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + kText));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.20");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].payable_date.empty());
  CHECK(got[0].span.rule == "dividend.previous_rate");
  CHECK(got[1].per_share == "0.24");
  CHECK(got[1].payable_date == "2024-03-15");
  CHECK(got[2].per_share == "0.51");
  CHECK(got[3].per_share == "0.47");
  CHECK(got[3].span.rule == "dividend.previous_rate");
  // A rate of long ago is no dividend of the report's periods.
  got = ExtractDividends(
      TextDoc("FORM 10-K\n\nSince 2013, we have increased our quarterly "
              "dividend from $0.10 to $0.26 per share.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.26");
  // In a press release only the new rate is a declaration, also when it
  // mentions the annual report.
  got = ExtractDividends(TextDoc(
      std::string(
          "See the risk factors in our Annual Report on Form 10-K.\n\n") +
      kText));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.24");
  CHECK(got[1].per_share == "0.51");
}

TEST_CASE("annual-report sentences: a time is no kind, a term no dividend",
          "[facts][dividends][annual]") {
  // "year end" names the time of a subsequent event, not a year-end
  // dividend; a year-end dividend keeps its kind.
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nSubsequent to year end, on January 30, 2024, the Company "
      "declared a cash dividend of $0.15 per share, payable on February 28, "
      "2024 to holders of record as of February 14, 2024.\n\n"
      "After fiscal year-end, the Board declared a quarterly dividend of "
      "$0.26 per share.\n\n"
      "The Board declared a year-end dividend of $0.40 per share.\n"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "0.15");
  CHECK(got[0].kind.empty());
  CHECK(got[0].payable_date == "2024-02-28");
  CHECK(got[1].per_share == "0.26");
  CHECK(got[1].kind == "quarterly");
  CHECK(got[2].per_share == "0.40");
  CHECK(got[2].kind == "year-end");
  // "returned ... through dividends of $2.48 per share" declares nothing
  // but states the year's dividend.
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nIn fiscal 2023, we returned $2.1 billion to shareholders "
      "through dividends of $2.48 per share and share repurchases.\n"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "2.48");
  // The year's sum after a quarter's rate takes no quarterly kind.
  got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nThe Board declared a quarterly dividend of $0.24 per "
      "share in each quarter of 2023, or $0.96 per share for the year.\n"));
  REQUIRE(got.size() == 5);  // each quarter's, and the year's
  CHECK(got[0].kind == "quarterly");
  CHECK(got[4].per_share == "0.96");
  CHECK(got[4].kind.empty());
  // Terms of a security and valuation assumptions are no dividend.
  for (const char* t :
       {"Holders of our Series B preferred stock are entitled to cumulative "
        "dividends of $1.4375 per share per year, payable quarterly.",
        "Dividends on the Series A preferred stock accrue at $2.00 per share "
        "annually.",
        "The fair value of each option was estimated with an expected annual "
        "dividend of $0.96 per share."}) {
    INFO(t);
    CHECK(ExtractDividends(TextDoc(std::string("FORM 10-K\n\n") + t)).empty());
  }
}

TEST_CASE("annual-report sentences: dates between amounts, periods before them",
          "[facts][dividends][annual]") {
  // A date between the amounts of one sentence is the amount's before it
  // when the words give its role ("paid ... on March 15"); a date whose
  // role the words between the amounts do not give is none. Dates after
  // the last amount are all the amounts'.
  auto got = ExtractDividends(TextDoc(
      "FORM 10-K\n\nThe Company paid dividends of $0.24 per share on March "
      "15, 2023 and $0.26 per share on June 15, 2023.\n\n"
      "On February 1, 2024, the Board declared a dividend of $0.50 per share "
      "on Class A common stock and $0.45 per share on Class B common stock, "
      "payable March 1, 2024.\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].per_share == "0.24");
  CHECK(got[0].payable_date == "2023-03-15");
  CHECK(got[1].per_share == "0.26");
  CHECK(got[1].payable_date.empty());
  CHECK(got[2].per_share == "0.50");
  CHECK(got[2].payable_date == "2024-03-01");
  CHECK(got[2].declared_date == "2024-02-01");
  CHECK(got[3].per_share == "0.45");
  CHECK(got[3].payable_date == "2024-03-01");
  // The quarter's rate of a per-share dividend of the same sentence.
  got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\nDuring the six months ended June 30, 2023, we declared "
      "and paid dividends of $0.48 per share ($0.24 per quarter).\n"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].per_share == "0.48");
  CHECK(got[1].per_share == "0.24");
  // Per share said before a 10-Q period and the amounts.
  got = ExtractDividends(TextDoc(
      "FORM 10-Q\n\nDividends declared per share for the three months ended "
      "March 31, 2024 and 2023 were $0.52 and $0.50, respectively.\n\n"
      "Cash dividends declared per common share for the years ended December "
      "31, 2023, 2022 and 2021 were $1.20, $1.10 and $1.00, respectively.\n"));
  REQUIRE(got.size() == 5);
  CHECK(got[0].per_share == "0.52");
  CHECK(got[1].per_share == "0.50");
  CHECK(got[2].per_share == "1.20");
  CHECK(got[4].per_share == "1.00");
  // A period phrase does not make a price a dividend.
  CHECK(ExtractDividends(
            TextDoc("FORM 10-K\n\nDividends per share for the year ended "
                    "December 31, 2023 were not declared; the stock price for "
                    "the year ended December 31, 2023 was $45.00.\n"))
            .empty());
}

TEST_CASE("statement row labels without a verb: the whole line is the label",
          "[facts][dividends][annual]") {
  auto got = ExtractDividends(
      TextDoc("Balance at December 31, 2022\t$\t10\t$\t576\n"
              "Common stock dividends ($1.12 per share)\t\t\u2014\t\t(56)\n"
              "Cash dividends - $0.96 per share\t\t\u2014\t\t(48)\n"
              "Dividends on common stock ($0.72 per share)\t\t\u2014\t\t(36)\n"
              "Dividends ($1.16 per share)\t\t\u2014\t\t(58)\n"
              "Balance at December 31, 2023\t$\t10\t$\t610\n"));
  REQUIRE(got.size() == 4);
  const char* want[] = {"1.12", "0.96", "0.72", "1.16"};
  for (size_t i = 0; i < 4; ++i) {
    CHECK(got[i].per_share == want[i]);
    CHECK(got[i].span.rule == "dividend.table_label");
  }
  CHECK(got[3].provenance == "row 'Dividends ($1.16 per share)'");
  // More on the line than the label, or another security's dividend: none.
  for (const char* row :
       {"Dividends on common stock ($1.39 per share) and restricted stock "
        "units\t\t(60)\n",
        "Dividends to noncontrolling interests ($2.00 per share)\t\t(4)\n",
        "Dividend equivalents ($0.24 per share)\t\t(1)\n",
        "Preferred dividends ($6.25 per share)\t\t(2)\n"}) {
    INFO(row);
    CHECK(ExtractDividends(TextDoc(std::string("Net income\t\t120\n") + row +
                                   "Balance at December 31, 2023\t$\t610\n"))
              .empty());
  }
}

TEST_CASE("a dividend sentence over the size limit is reported, not read",
          "[facts][dividends]") {
  // One unpunctuated run naming a dividend and an amount, padded past the
  // limit with words (no full stop ends it), then a sentence of normal size.
  std::string long_one = "The Board declared a dividend of $0.25 per share";
  while (long_one.size() <= facts::kMaxSentenceBytes) {
    long_one += " and more words";
  }
  const std::string text = "Results were good. " + long_one +
                           ". The Board declared a quarterly dividend of "
                           "$0.30 per share payable May 1, 2024.\n";
  std::vector<std::string> warnings;
  Document doc = TextDoc(text);
  std::vector<Dividend> got =
      ExtractDividends(doc, facts::KeywordHits(doc.text), &warnings);
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.30");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "dividends: 1 sentence naming a dividend is over 4096 bytes and was "
        "not read (at byte 19, page 1)");

  // The pipeline reports it as a warning of the document.
  Extraction x = ExtractBytes(text, "long.txt", ExtractOptions());
  CHECK(x.errors.empty());
  REQUIRE(x.warnings.size() == 1);
  CHECK(x.warnings[0] == "long.txt: " + warnings[0]);

  // Sentences of normal size: no warning.
  warnings.clear();
  Document normal =
      TextDoc("The Board declared a dividend of $0.25 per share.");
  CHECK(ExtractDividends(normal, facts::KeywordHits(normal.text), &warnings)
            .size() == 1);
  CHECK(warnings.empty());
}

TEST_CASE("long sentences without the word are not counted",
          "[facts][dividends]") {
  std::string text = "A dividend of $0.10 per share was paid. ";
  while (text.size() <= 2 * facts::kMaxSentenceBytes) text += "filler word ";
  std::vector<std::string> warnings;
  Document doc = TextDoc(text);
  CHECK(ExtractDividends(doc, facts::KeywordHits(doc.text), &warnings).size() ==
        1);
  CHECK(warnings.empty());
}

}  // namespace
}  // namespace secx
