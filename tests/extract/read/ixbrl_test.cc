#include "extract/read/ixbrl.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/read/html_reader.h"
#include "extract/read/reader.h"

namespace secx {
namespace {

// A small 10-K cover in the shape EDGAR's inline XBRL takes: a hidden
// header with contexts and hidden facts, visible facts with nested markup.
const char kCover[] =
    "<html><body>"
    "<div style=\"display:none\"><ix:header><ix:hidden>"
    "<ix:nonNumeric name=\"dei:EntityCentralIndexKey\" contextRef=\"c-1\">"
    "0000012345</ix:nonNumeric>"
    "<ix:nonNumeric name=\"dei:DocumentType\" contextRef=\"c-1\">10-K"
    "</ix:nonNumeric>"
    "</ix:hidden><ix:resources>"
    "<xbrli:context id=\"c-1\"><xbrli:entity><xbrli:identifier>0000012345"
    "</xbrli:identifier></xbrli:entity></xbrli:context>"
    "</ix:resources></ix:header></div>"
    "<p align=\"center\">FORM <ix:nonNumeric name=\"dei:DocumentType\" "
    "contextRef=\"c-1\">10-K</ix:nonNumeric></p>"
    "<p>For the fiscal year ended <ix:nonNumeric "
    "name=\"dei:DocumentPeriodEndDate\" contextRef=\"c-1\" "
    "format=\"ixt:date-monthname-day-year-en\">December 30, 2023"
    "</ix:nonNumeric></p>"
    "<p><ix:nonNumeric name=\"dei:EntityRegistrantName\" contextRef=\"c-1\">"
    "<b>ACME   WIDGET</b> <span>CORP.</span></ix:nonNumeric></p>"
    "<table><tr><td><ix:nonNumeric "
    "name=\"dei:EntityIncorporationStateCountryCode\" contextRef=\"c-1\" "
    "format=\"ixt-sec:stateprovnameen\">Delaware</ix:nonNumeric></td>"
    "<td><ix:nonNumeric name=\"dei:EntityFileNumber\" contextRef=\"c-1\">"
    "001-01234</ix:nonNumeric></td>"
    "<td><ix:nonNumeric name=\"dei:EntityTaxIdentificationNumber\" "
    "contextRef=\"c-1\">12-3456789</ix:nonNumeric></td></tr>"
    "<tr><td>(State of incorporation)</td><td>(Commission File Number)</td>"
    "<td>(I.R.S. Employer Identification No.)</td></tr></table>"
    "<p><ix:nonNumeric name=\"dei:EntityAddressAddressLine1\" "
    "contextRef=\"c-1\">1 Main Street</ix:nonNumeric>, <ix:nonNumeric "
    "name=\"dei:EntityAddressCityOrTown\" contextRef=\"c-1\">Springfield"
    "</ix:nonNumeric>, <ix:nonNumeric "
    "name=\"dei:EntityAddressStateOrProvince\" "
    "contextRef=\"c-1\" format=\"ixt-sec:stateprovnameen\">Illinois"
    "</ix:nonNumeric> <ix:nonNumeric name=\"dei:EntityAddressPostalZipCode\" "
    "contextRef=\"c-1\">62701</ix:nonNumeric></p>"
    "<p>(<ix:nonNumeric name=\"dei:CityAreaCode\" contextRef=\"c-1\">217"
    "</ix:nonNumeric>) <ix:nonNumeric name=\"dei:LocalPhoneNumber\" "
    "contextRef=\"c-1\">555-0100</ix:nonNumeric></p>"
    "<p>Fiscal year end <ix:nonNumeric name=\"dei:CurrentFiscalYearEndDate\" "
    "contextRef=\"c-1\" format=\"ixt:date-monthname-day-en\">December 31"
    "</ix:nonNumeric></p>"
    "<table><tr><td>Common Stock</td><td><ix:nonNumeric "
    "name=\"dei:TradingSymbol\" contextRef=\"c-1\">ACMW</ix:nonNumeric></td>"
    "<td><ix:nonNumeric name=\"dei:SecurityExchangeName\" contextRef=\"c-1\" "
    "format=\"ixt-sec:exchnameen\">The Nasdaq Stock Market LLC"
    "</ix:nonNumeric></td></tr></table>"
    "</body></html>";

const Field* Find(const std::vector<Field>& fields, const std::string& name,
                  int entity = 0) {
  for (const Field& f : fields) {
    if (f.name == name && f.entity == entity) return &f;
  }
  return nullptr;
}

TEST_CASE("dei facts are read with their spans and the text is unchanged",
          "[read][ixbrl]") {
  std::vector<IxbrlFact> facts;
  Result<std::string> with = HtmlToText(kCover, false, &facts);
  Result<std::string> without = HtmlToText(kCover);
  REQUIRE(with.ok());
  REQUIRE(without.ok());
  CHECK(with.value() == without.value());
  const std::string& text = with.value();
  REQUIRE(facts.size() == 17);
  CHECK(facts[0].name == "dei:EntityCentralIndexKey");
  CHECK(facts[0].hidden);
  CHECK_FALSE(facts[0].visible());
  int visible = 0;
  for (const IxbrlFact& f : facts) {
    if (!f.visible()) continue;
    ++visible;
    INFO(f.name);
    // A visible fact's span holds exactly its (folded) text.
    std::string raw = text.substr(f.start, f.end - f.start);
    CHECK(raw.find('\x0E') == std::string::npos);
    CHECK(raw.find('\x10') == std::string::npos);
    if (f.name == "dei:EntityRegistrantName") {
      CHECK(f.text == "ACME WIDGET CORP.");
      CHECK(raw == "ACME WIDGET CORP.");
    }
    if (f.name == "dei:EntityFileNumber") CHECK(raw == "001-01234");
  }
  CHECK(visible == 15);
}

TEST_CASE("dei facts become contract fields with ixbrl rules",
          "[read][ixbrl]") {
  Result<Document> doc = ReadDocument(kCover, "cover.htm");
  REQUIRE(doc.ok());
  const Document& d = doc.value();
  const std::vector<Field>& f = d.header_fields;
  struct Want {
    const char* name;
    const char* value;
    const char* rule;
  };
  const Want kWant[] = {
      {"registrant_name", "ACME WIDGET CORP.",
       "ixbrl.dei.EntityRegistrantName"},
      {"commission_file_number", "001-01234", "ixbrl.dei.EntityFileNumber"},
      {"irs_employer_id", "12-3456789",
       "ixbrl.dei.EntityTaxIdentificationNumber"},
      {"state_of_incorporation", "DE",
       "ixbrl.dei.EntityIncorporationStateCountryCode"},
      {"address", "1 Main Street, Springfield, IL 62701",
       "ixbrl.dei.EntityAddressAddressLine1"},
      {"zip_code", "62701", "ixbrl.dei.EntityAddressPostalZipCode"},
      {"phone", "(217) 555-0100", "ixbrl.dei.CityAreaCode"},
      {"form_type", "10-K", "ixbrl.dei.DocumentType"},
      {"reporting_period_end", "2023-12-30", "ixbrl.dei.DocumentPeriodEndDate"},
      {"fiscal_year_end_mmdd", "1231", "ixbrl.dei.CurrentFiscalYearEndDate"},
      {"cik", "12345", "ixbrl.dei.EntityCentralIndexKey"},
      {"trading_symbol", "ACMW", "ixbrl.dei.TradingSymbol"},
      {"security_exchange_name", "NASDAQ", "ixbrl.dei.SecurityExchangeName"},
  };
  for (const Want& w : kWant) {
    INFO(w.name);
    const Field* x = Find(f, w.name);
    REQUIRE(x != nullptr);
    CHECK(x->value == w.value);
    CHECK(x->span.rule == w.rule);
    CHECK(x->entity == 0);
    CHECK(x->raw == d.text.substr(x->span.start, x->span.end - x->span.start));
  }
  // The visible DocumentType wins over the hidden one, and carries a page.
  const Field* form = Find(f, "form_type");
  CHECK(form->raw == "10-K");
  CHECK(form->span.page == 1);
  // Hidden facts have no span in the text.
  const Field* cik = Find(f, "cik");
  CHECK(cik->span.start == cik->span.end);
  CHECK(cik->raw.empty());
  const Field* address = Find(f, "address");
  CHECK(address->raw == "1 Main Street, Springfield, Illinois 62701");
}

TEST_CASE("a postal code tagged alone is no address", "[read][ixbrl]") {
  const char kHtml[] =
      "<html><body><div style=\"display:none\"><ix:header><ix:resources>"
      "<xbrli:context id=\"c\"><xbrli:entity><xbrli:identifier>1"
      "</xbrli:identifier></xbrli:entity></xbrli:context></ix:resources>"
      "</ix:header></div>"
      "<p>1200 Ridge Avenue, Pittsburgh, Pennsylvania <ix:nonNumeric "
      "name=\"dei:EntityAddressPostalZipCode\" contextRef=\"c\">15212"
      "</ix:nonNumeric></p></body></html>";
  Result<Document> doc = ReadDocument(kHtml, "zip.htm");
  REQUIRE(doc.ok());
  const std::vector<Field>& f = doc.value().header_fields;
  REQUIRE(Find(f, "zip_code") != nullptr);
  CHECK(Find(f, "zip_code")->value == "15212");
  CHECK(Find(f, "address") == nullptr);
}

TEST_CASE("continuations, exclusions and co-registrants", "[read][ixbrl]") {
  const char kHtml[] =
      "<html><body><div style=\"display:none\"><ix:header><ix:resources>"
      "<xbrli:context id=\"p\"><xbrli:entity><xbrli:identifier>1"
      "</xbrli:identifier></xbrli:entity></xbrli:context>"
      "<xbrli:context id=\"s\"><xbrli:entity><xbrli:identifier>1"
      "</xbrli:identifier><xbrli:segment><xbrldi:explicitMember "
      "dimension=\"dei:LegalEntityAxis\">acme:SubsidiaryMember"
      "</xbrldi:explicitMember></xbrli:segment></xbrli:entity>"
      "</xbrli:context></ix:resources></ix:header></div>"
      "<p><ix:nonNumeric name=\"dei:EntityRegistrantName\" contextRef=\"p\" "
      "continuedAt=\"k1\">Parent Holdings<ix:exclude> (see note)</ix:exclude>"
      "</ix:nonNumeric></p><p>unrelated</p>"
      "<p><ix:continuation id=\"k1\">Company</ix:continuation></p>"
      "<p><ix:nonNumeric name=\"dei:EntityRegistrantName\" contextRef=\"s\">"
      "Parent Utility Co.</ix:nonNumeric></p>"
      "<p><ix:nonNumeric name=\"dei:EntityFileNumber\" contextRef=\"s\">"
      "1-2345</ix:nonNumeric>"
      " <ix:nonNumeric name=\"dei:EntityFileNumber\" contextRef=\"p\">"
      "1-1111</ix:nonNumeric></p>"
      "</body></html>";
  Result<Document> doc = ReadDocument(kHtml, "two.htm");
  REQUIRE(doc.ok());
  const std::vector<Field>& f = doc.value().header_fields;
  const Field* parent = Find(f, "registrant_name", 0);
  const Field* sub = Find(f, "registrant_name", 1);
  REQUIRE(parent != nullptr);
  REQUIRE(sub != nullptr);
  CHECK(parent->value == "Parent Holdings Company");
  CHECK(sub->value == "Parent Utility Co.");
  CHECK(Find(f, "commission_file_number", 0)->value == "1-1111");
  CHECK(Find(f, "commission_file_number", 1)->value == "1-2345");
}

TEST_CASE("a contact person's address and phone are not the entity's",
          "[read][ixbrl]") {
  // dei:EntityAddressesAddressTypeAxis=BusinessContactMember: the 20-F's
  // company contact, whose phone is the only one tagged.
  const char kHtml[] =
      "<html><body><div style=\"display:none\"><ix:header><ix:resources>"
      "<xbrli:context id=\"p\"><xbrli:entity><xbrli:identifier>1"
      "</xbrli:identifier></xbrli:entity></xbrli:context>"
      "<xbrli:context id=\"c\"><xbrli:entity><xbrli:identifier>1"
      "</xbrli:identifier><xbrli:segment><xbrldi:explicitMember "
      "dimension=\"dei:EntityAddressesAddressTypeAxis\">"
      "dei:BusinessContactMember</xbrldi:explicitMember></xbrli:segment>"
      "</xbrli:entity></xbrli:context></ix:resources></ix:header></div>"
      "<p><ix:nonNumeric name=\"dei:EntityAddressAddressLine1\" "
      "contextRef=\"p\">1 Harbour Row</ix:nonNumeric>, "
      "<ix:nonNumeric name=\"dei:EntityAddressCityOrTown\" contextRef=\"p\">"
      "Leeds</ix:nonNumeric></p>"
      "<p>Jane Roe, <ix:nonNumeric name=\"dei:EntityAddressAddressLine1\" "
      "contextRef=\"c\">9 Mill Lane</ix:nonNumeric>, Tel. +44 "
      "<ix:nonNumeric name=\"dei:CityAreaCode\" contextRef=\"c\">113"
      "</ix:nonNumeric> <ix:nonNumeric name=\"dei:LocalPhoneNumber\" "
      "contextRef=\"c\">496 0000</ix:nonNumeric></p>"
      "</body></html>";
  Result<Document> doc = ReadDocument(kHtml, "contact.htm");
  REQUIRE(doc.ok());
  const std::vector<Field>& f = doc.value().header_fields;
  REQUIRE(Find(f, "address") != nullptr);
  CHECK(Find(f, "address")->value == "1 Harbour Row, Leeds");
  CHECK(Find(f, "phone") == nullptr);
}

TEST_CASE("inline XBRL transformation formats", "[read][ixbrl]") {
  CHECK(IxbrlTransform("ixt:date-monthname-day-year-en", "December 30, 2023") ==
        "2023-12-30");
  CHECK(IxbrlTransform("ixt:datemonthdayyearen", "Sept. 3, 2019") ==
        "2019-09-03");
  CHECK(IxbrlTransform("ixt:date-month-day-year", "02/29/2024") ==
        "2024-02-29");
  CHECK(IxbrlTransform("ixt:date-month-day-year", "02/29/2023").empty());
  CHECK(IxbrlTransform("ixt:date-day-monthname-year-en", "1st March 2022") ==
        "2022-03-01");
  CHECK(IxbrlTransform("ixt:datelonguk", "30 June 2021") == "2021-06-30");
  CHECK(IxbrlTransform("ixt:dateslashus", "6/30/2021") == "2021-06-30");
  CHECK(IxbrlTransform("ixt:date-monthname-day-en", "June 30") == "--06-30");
  CHECK(IxbrlTransform("ixt-sec:stateprovnameen", "New York") == "NY");
  CHECK(IxbrlTransform("ixt-sec:stateprovnameen", "Manitoba") == "MB");
  CHECK(IxbrlTransform("ixt-sec:edgarprovcountryen", "Manitoba") == "A2");
  CHECK(IxbrlTransform("ixt-sec:stateprovnameen", "Bavaria").empty());
  CHECK(IxbrlTransform("ixt-sec:exchnameen", "New York Stock Exchange") ==
        "NYSE");
  CHECK(IxbrlTransform("", "as tagged") == "as tagged");
  CHECK(IxbrlTransform("ixt:num-dot-decimal", "1,234") == "1,234");
}

TEST_CASE("a document without inline XBRL has no tagged fields",
          "[read][ixbrl]") {
  Result<Document> doc =
      ReadDocument("<html><body><p>ACME CORP</p></body></html>", "plain.htm");
  REQUIRE(doc.ok());
  CHECK(doc.value().header_fields.empty());
}

// An equity note's per-share dividends as 10-K and 10-Q filings tag them:
// contexts with periods and dimension members, a unit of dollars per
// share, a preferred class and a subsidiary's dividend.
const char kDividendNote[] =
    "<html><body>"
    "<div style=\"display:none\"><ix:header><ix:hidden>"
    "<ix:nonNumeric name=\"dei:DocumentFiscalYearFocus\" contextRef=\"c-1\">"
    "2024</ix:nonNumeric>"
    "<ix:nonNumeric name=\"dei:DocumentType\" contextRef=\"c-1\">10-K"
    "</ix:nonNumeric>"
    "</ix:hidden><ix:resources>"
    "<xbrli:context id=\"c-1\"><xbrli:entity><xbrli:identifier>1"
    "</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>"
    "2023-06-01</xbrli:startDate><xbrli:endDate>2024-05-31</xbrli:endDate>"
    "</xbrli:period></xbrli:context>"
    "<xbrli:context id=\"c-2\"><xbrli:entity><xbrli:identifier>1"
    "</xbrli:identifier><xbrli:segment><xbrldi:explicitMember "
    "dimension=\"us-gaap:StatementEquityComponentsAxis\">"
    "us-gaap:RetainedEarningsMember</xbrldi:explicitMember></xbrli:segment>"
    "</xbrli:entity><xbrli:period><xbrli:startDate>2022-06-01"
    "</xbrli:startDate><xbrli:endDate>2023-05-31</xbrli:endDate>"
    "</xbrli:period></xbrli:context>"
    "<xbrli:context id=\"c-3\"><xbrli:entity><xbrli:identifier>1"
    "</xbrli:identifier><xbrli:segment><xbrldi:explicitMember "
    "dimension=\"srt:ConsolidatedEntitiesAxis\">srt:SubsidiariesMember"
    "</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period>"
    "<xbrli:startDate>2024-03-01</xbrli:startDate><xbrli:endDate>2024-05-31"
    "</xbrli:endDate></xbrli:period></xbrli:context>"
    "<xbrli:context id=\"c-4\"><xbrli:entity><xbrli:identifier>1"
    "</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>"
    "2024-07-15</xbrli:instant></xbrli:period></xbrli:context>"
    "<xbrli:unit id=\"usdPerShare\"><xbrli:divide><xbrli:unitNumerator>"
    "<xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>"
    "<xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure>"
    "</xbrli:unitDenominator></xbrli:divide></xbrli:unit>"
    "</ix:resources></ix:header></div>"
    "<p>For the fiscal year ended <ix:nonNumeric "
    "name=\"dei:DocumentPeriodEndDate\" contextRef=\"c-1\" "
    "format=\"ixt:date-monthname-day-year-en\">May 31, 2024</ix:nonNumeric>"
    "</p><table><tr><td>Dividends declared per common share</td>"
    "<td>$<ix:nonFraction name=\"us-gaap:CommonStockDividendsPerShareDeclared\""
    " contextRef=\"c-1\" unitRef=\"usdPerShare\" decimals=\"3\" "
    "format=\"ixt:num-dot-decimal\" scale=\"0\">1.450</ix:nonFraction></td>"
    "<td>$<ix:nonFraction name=\"us-gaap:CommonStockDividendsPerShareDeclared\""
    " contextRef=\"c-2\" unitRef=\"usdPerShare\" decimals=\"3\" "
    "format=\"ixt:num-dot-decimal\" scale=\"0\">1.325</ix:nonFraction></td>"
    "</tr><tr><td>Preferred dividends per share</td>"
    "<td>$<ix:nonFraction name=\"us-gaap:PreferredStockDividendsPerShareDeclared\""
    " contextRef=\"c-1\" unitRef=\"usdPerShare\" decimals=\"2\" "
    "format=\"ixt:num-dot-decimal\">0.10</ix:nonFraction></td></tr>"
    "<tr><td>Subsidiary's dividend per share</td>"
    "<td><ix:nonFraction name=\"us-gaap:CommonStockDividendsPerShareDeclared\""
    " contextRef=\"c-3\" unitRef=\"usdPerShare\" decimals=\"2\">0.25"
    "</ix:nonFraction></td></tr></table>"
    "<p>On July 15, 2024 the Board declared a dividend of $<ix:nonFraction "
    "name=\"us-gaap:CommonStockDividendsPerShareDeclared\" contextRef=\"c-4\""
    " unitRef=\"usdPerShare\" decimals=\"1\" format=\"ixt:num-comma-decimal\""
    " scale=\"-1\">3,7</ix:nonFraction> per share. Revenue was $<ix:nonFraction "
    "name=\"us-gaap:Revenues\" contextRef=\"c-1\" unitRef=\"usd\" "
    "scale=\"6\">51,362</ix:nonFraction> million.</p>"
    "</body></html>";

TEST_CASE("tagged dividends per share come with their period, class and unit",
          "[read][ixbrl]") {
  Result<Document> read = ReadDocument(kDividendNote, "note.htm");
  REQUIRE(read.ok());
  const Document& doc = read.value();
  // Revenues is no concept the extractors read; the four dividends are.
  REQUIRE(doc.tagged_numbers.size() == 5);
  const TaggedNumber& year = doc.tagged_numbers[0];
  CHECK(year.concept == "us-gaap:CommonStockDividendsPerShareDeclared");
  CHECK(year.value == "1.45");
  CHECK(year.currency == "USD");
  CHECK(year.period_start == "2023-06-01");
  CHECK(year.period_end == "2024-05-31");
  CHECK(year.fiscal_year == "2024");
  CHECK(year.members.empty());
  CHECK(doc.text.substr(year.start, year.end - year.start) == "1.450");
  const TaggedNumber& before = doc.tagged_numbers[1];
  CHECK(before.value == "1.325");
  CHECK(before.fiscal_year == "2023");
  REQUIRE(before.members.size() == 1);
  CHECK(before.members[0] ==
        "StatementEquityComponentsAxis=RetainedEarningsMember");
  CHECK(doc.tagged_numbers[3].members[0] ==
        "ConsolidatedEntitiesAxis=SubsidiariesMember");
  // A comma-decimal number, scaled: 3,7 x 10^-1; an instant after the
  // year's end has no fiscal year.
  const TaggedNumber& later = doc.tagged_numbers[4];
  CHECK(later.value == "0.37");
  CHECK(later.period_start.empty());
  CHECK(later.period_end == "2024-07-15");
  CHECK(later.fiscal_year.empty());
  // The cover's dei: fields are not disturbed by the numbers.
  for (const Field& f : doc.header_fields) CHECK(f.entity == 0);
}

}  // namespace
}  // namespace secx
