// Dividends per share tagged in inline XBRL (extract/facts/dividend_tagged.cc).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

std::string Context(const std::string& id, const std::string& start,
                    const std::string& end, const std::string& member = "") {
  std::string segment;
  if (!member.empty()) {
    const size_t eq = member.find('=');
    segment = "<xbrli:segment><xbrldi:explicitMember dimension=\"" +
              member.substr(0, eq) + "\">" + member.substr(eq + 1) +
              "</xbrldi:explicitMember></xbrli:segment>";
  }
  return "<xbrli:context id=\"" + id +
         "\"><xbrli:entity><xbrli:identifier>1</xbrli:identifier>" + segment +
         "</xbrli:entity><xbrli:period><xbrli:startDate>" + start +
         "</xbrli:startDate><xbrli:endDate>" + end +
         "</xbrli:endDate></xbrli:period></xbrli:context>";
}

std::string Tag(const std::string& concept, const std::string& context,
                const std::string& value, const std::string& format =
                                              "ixt:num-dot-decimal") {
  return "<ix:nonFraction name=\"us-gaap:" + concept + "\" contextRef=\"" +
         context + "\" unitRef=\"usdPerShare\" decimals=\"2\" format=\"" +
         format + "\">" + value + "</ix:nonFraction>";
}

// A 10-Q for the quarter ended July 1, 2023 (fiscal 2023).
Document TenQ(const std::string& body) {
  const std::string head =
      "<div style=\"display:none\"><ix:header><ix:hidden>"
      "<ix:nonNumeric name=\"dei:DocumentFiscalYearFocus\" contextRef=\"q\">"
      "2023</ix:nonNumeric><ix:nonNumeric name=\"dei:DocumentType\" "
      "contextRef=\"q\">10-Q</ix:nonNumeric><ix:nonNumeric "
      "name=\"dei:CurrentFiscalYearEndDate\" contextRef=\"q\">--12-31"
      "</ix:nonNumeric></ix:hidden><ix:resources>" +
      Context("q", "2023-04-02", "2023-07-01") +
      Context("q-re", "2023-04-02", "2023-07-01",
              "us-gaap:StatementEquityComponentsAxis="
              "us-gaap:RetainedEarningsMember") +
      Context("ytd", "2023-01-01", "2023-07-01") +
      Context("q-prior", "2022-03-27", "2022-06-25") +
      Context("year", "2022-01-01", "2022-12-31") +
      Context("q-sub", "2023-04-02", "2023-07-01",
              "srt:ConsolidatedEntitiesAxis=srt:SubsidiariesMember") +
      Context("q-warrant", "2023-04-02", "2023-07-01",
              "us-gaap:StatementClassOfStockAxis=us-gaap:WarrantMember") +
      "<xbrli:unit id=\"usdPerShare\"><xbrli:divide><xbrli:unitNumerator>"
      "<xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>"
      "<xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure>"
      "</xbrli:unitDenominator></xbrli:divide></xbrli:unit>"
      "</ix:resources></ix:header></div>"
      "<p>For the quarterly period ended <ix:nonNumeric "
      "name=\"dei:DocumentPeriodEndDate\" contextRef=\"q\" "
      "format=\"ixt:date-monthname-day-year-en\">July 1, 2023</ix:nonNumeric>"
      "</p>";
  return testing::FilingBody(head + body, "10-Q");
}

const char kDeclared[] = "CommonStockDividendsPerShareDeclared";

TEST_CASE("a tagged dividend per share is read with its context's period",
          "[facts][dividends][ixbrl]") {
  // The equity statement's numbers in cells no text rule reads as per
  // share (a bare "Dividends" row of an amounts table).
  Document doc = TenQ(
      "<table><tr><td></td><td>Three Months Ended July 1, 2023</td>"
      "<td>Six Months Ended July 1, 2023</td><td>Year 2022</td></tr>"
      "<tr><td>Dividends</td><td>" + Tag(kDeclared, "q", "0.40") +
      "</td><td>" + Tag(kDeclared, "ytd", "0.80") + "</td><td>" +
      Tag("CommonStockDividendsPerShareCashPaid", "year", "1.60") +
      "</td></tr></table>");
  std::vector<Dividend> got = ExtractDividends(doc);
  REQUIRE(got.size() == 3);
  CHECK(got[0].per_share == "0.40");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].status == "declared");
  CHECK(got[0].currency == "USD");
  CHECK(got[0].span.rule ==
        "ixbrl.us-gaap.CommonStockDividendsPerShareDeclared");
  CHECK(got[0].provenance ==
        "ixbrl us-gaap:CommonStockDividendsPerShareDeclared, 2023-04-02 to "
        "2023-07-01; context 'q'");
  CHECK(doc.text.substr(got[0].span.start,
                        got[0].span.end - got[0].span.start) == "0.40");
  // Six months: a year-to-date total, no kind.
  CHECK(got[1].per_share == "0.80");
  CHECK(got[1].kind.empty());
  CHECK(got[1].fiscal_year.empty());
  // A year's dividends paid, the year before the cover's.
  CHECK(got[2].per_share == "1.60");
  CHECK(got[2].kind == "annual");
  CHECK(got[2].fiscal_year == "2022");
  CHECK(got[2].status == "paid");
}

TEST_CASE("tagged dividends of others, zeros and repeats give no record",
          "[facts][dividends][ixbrl]") {
  Document doc = TenQ(
      "<table><tr><td>Dividends</td><td>" + Tag(kDeclared, "q", "0.40") +
      "</td><td>" + Tag(kDeclared, "q-re", "0.40") + "</td><td>" +
      Tag(kDeclared, "q-sub", "2.00") + "</td><td>" +
      Tag(kDeclared, "q-warrant", "0.05") + "</td><td>" +
      Tag(kDeclared, "q-prior", "&#8212;", "ixt:fixed-zero") +
      "</td></tr></table>");
  std::vector<Dividend> got = ExtractDividends(doc);
  // The retained-earnings column's 0.40 is the same dividend; a
  // subsidiary's, a warrant's and a zero are none of the registrant's.
  REQUIRE(got.size() == 1);
  CHECK(got[0].per_share == "0.40");
  CHECK(got[0].kind == "quarterly");
}

TEST_CASE("a tagged amount a text rule read is one record, with its period",
          "[facts][dividends][ixbrl]") {
  Document doc = TenQ(
      "<table><tr><td>Cash dividends declared ($" +
      Tag(kDeclared, "q", "0.51") + " per share)</td><td>(450)</td></tr>"
      "<tr><td>Cash dividends declared ($" + Tag(kDeclared, "q-prior", "0.47") +
      " per share)</td><td>(420)</td></tr></table>");
  std::vector<Dividend> got = ExtractDividends(doc);
  REQUIRE(got.size() == 2);
  CHECK(got[0].span.rule == "dividend.table_label");
  CHECK(got[0].per_share == "0.51");
  CHECK(got[0].kind == "quarterly");
  CHECK(got[0].fiscal_year == "2023");
  CHECK(got[0].provenance.find("row 'Cash dividends declared ($0.51 per "
                               "share)'") == 0);
  CHECK(got[0].provenance.find("; ixbrl us-gaap:") != std::string::npos);
  CHECK(got[1].per_share == "0.47");
  CHECK(got[1].fiscal_year == "2022");
}

TEST_CASE("a 20-F's tagged dividends by type, in the filer's currency",
          "[facts][dividends][ixbrl]") {
  const std::string head =
      "<div style=\"display:none\"><ix:header><ix:hidden>"
      "<ix:nonNumeric name=\"dei:DocumentFiscalYearFocus\" contextRef=\"y\">"
      "2024</ix:nonNumeric><ix:nonNumeric name=\"dei:DocumentType\" "
      "contextRef=\"y\">20-F</ix:nonNumeric><ix:nonNumeric "
      "name=\"dei:CurrentFiscalYearEndDate\" contextRef=\"y\">--06-30"
      "</ix:nonNumeric></ix:hidden><ix:resources>" +
      Context("y", "2023-07-01", "2024-06-30") +
      Context("y-interim", "2023-07-01", "2024-06-30",
              "abc:DividendTypeAxis=abc:InterimDividendMember") +
      Context("y-final", "2023-07-01", "2024-06-30",
              "abc:DividendTypeAxis=abc:FinalDividendMember") +
      "<xbrli:unit id=\"audPerShare\"><xbrli:divide><xbrli:unitNumerator>"
      "<xbrli:measure>iso4217:AUD</xbrli:measure></xbrli:unitNumerator>"
      "<xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure>"
      "</xbrli:unitDenominator></xbrli:divide></xbrli:unit>"
      "</ix:resources></ix:header></div>"
      "<p>For the fiscal year ended <ix:nonNumeric "
      "name=\"dei:DocumentPeriodEndDate\" contextRef=\"y\" "
      "format=\"ixt:date-monthname-day-year-en\">June 30, 2024"
      "</ix:nonNumeric></p>";
  auto tag = [](const std::string& context, const std::string& value) {
    return "<ix:nonFraction name=\"ifrs-full:"
           "DividendsRecognisedAsDistributionsToOwnersPerShare\" "
           "contextRef=\"" +
           context +
           "\" unitRef=\"audPerShare\" decimals=\"2\" scale=\"-2\" "
           "format=\"ixt:num-dot-decimal\">" +
           value + "</ix:nonFraction>";
  };
  Document doc = testing::FilingBody(
      head +
          "<p>The Board determined an interim dividend of 55 cents per share "
          "and a final dividend of 80 cents per share.</p>"
          "<table><tr><td>Dividends paid (cents per share)</td></tr>"
          "<tr><td>Final dividend for the prior year</td><td>" +
          tag("y-final", "75") + "</td></tr><tr><td>Interim dividend</td><td>" +
          tag("y-interim", "55") + "</td></tr></table>",
      "20-F");
  auto got = ExtractDividends(doc);
  bool interim = false, prior_final = false;
  for (const Dividend& d : got) {
    CHECK(d.currency == "AUD");  // the sentence's cents too
    interim |= d.kind == "interim" && d.per_share == "0.55";
    // Recognised in fiscal 2024, a final dividend is fiscal 2023's.
    prior_final |= d.kind == "year-end" && d.per_share == "0.75" &&
                   d.fiscal_year == "2023";
  }
  CHECK(interim);
  CHECK(prior_final);
}

}  // namespace
}  // namespace secx
