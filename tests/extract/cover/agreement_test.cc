#include "extract/cover/agreement.h"

#include <catch2/catch.hpp>
#include <cstring>

namespace secx {
namespace {

TEST_CASE("company names compare across EDGAR conformed forms",
          "[cover][agreement]") {
  CHECK(ComparableCompanyName("HOME HEALTH CORP OF AMERICA INC \\PA\\") ==
        ComparableCompanyName("Home Health Corporation of America, Inc."));
  CHECK(ComparableCompanyName("LOUISVILLE GAS & ELECTRIC CO /KY/") ==
        ComparableCompanyName("Louisville Gas and Electric Company"));
  CHECK(ComparableCompanyName("1 800 FLOWERS COM INC") ==
        ComparableCompanyName("1-800-FLOWERS.COM, INC."));
  CHECK(ComparableCompanyName("ASTA FUNDING INC") !=
        ComparableCompanyName("Westell Technologies, Inc."));
  // A legal form spelled out where EDGAR abbreviates it.
  CHECK(ComparableCompanyName("BALLYMORE DEVICES HOLDINGS PLC") ==
        ComparableCompanyName("Ballymore Devices Holdings public limited "
                              "company"));
  CHECK(ComparableCompanyName("CEDAR POINT VENTURES LLC") ==
        ComparableCompanyName("Cedar Point Ventures Limited Liability "
                              "Company"));
  // Only as the name's last words.
  CHECK(ComparableCompanyName("PUBLIC LIMITED COMPANY SERVICES INC") !=
        ComparableCompanyName("PLC SERVICES INC"));
}

TEST_CASE("state codes, file numbers and digits", "[cover][agreement]") {
  CHECK(StateName("PA") == "Pennsylvania");
  CHECK(StateName("pennsylvania") == "Pennsylvania");
  CHECK(StateName("DE") == "Delaware");
  CHECK(ComparableFileNumber("000-26938") == ComparableFileNumber("0-26938"));
  CHECK(ComparableFileNumber("001-08911") == "1-8911");
  CHECK(ComparableFileNumber("333-12345-01") == "333-12345-1");
  CHECK(DigitsOnly("23-2224800") == "232224800");
}

TEST_CASE("a phone with its country code is the number tagged without it",
          "[cover][agreement]") {
  CHECK(SameValue("phone", "(3) 5909-0123", "+81-3-5909-0123"));
  CHECK(SameValue("phone", "6910 0188", "+65 6910 0188"));
  CHECK(SameValue("phone", "+972-3-555-0174", "(3) 555-0174"));
  // Without the "+", or with other digits, it is another number.
  CHECK_FALSE(SameValue("phone", "(3) 5909-0123", "81-3-5909-0123"));
  CHECK_FALSE(SameValue("phone", "(3) 5909-0123", "+81-3-5909-0124"));
  CHECK_FALSE(SameValue("phone", "555-0123", "+12345 555-0123"));
}

TEST_CASE("a phone with an extension is the number without it",
          "[cover][agreement]") {
  CHECK(SameValue("phone", "5415550172", "(541) 555-0172, ext. 100"));
  CHECK(SameValue("phone", "(701) 555-0115", "(701) 555-0115 x4100"));
  CHECK(SameValue("phone", "701-555-0115", "701-555-0115 Extension 12"));
  // Other digits are another number.
  CHECK_FALSE(SameValue("phone", "5415550172", "(541) 555-0173, ext. 100"));
  CHECK_FALSE(SameValue("phone", "5415550172", "(541) 555-0172 100"));
}

TEST_CASE("ZIP codes against their state's ranges", "[cover][agreement]") {
  CHECK(ZipFitsState("10179", "NY"));
  CHECK(ZipFitsState("55402-1106", "MN"));
  CHECK(ZipFitsState("04101", "ME"));
  CHECK(ZipFitsState("75201", "TX"));
  CHECK(ZipFitsState("88510", "TX"));
  CHECK_FALSE(ZipFitsState("60601", "NY"));
  CHECK_FALSE(ZipFitsState("10019", "NJ"));
  // Unknown either way: no disagreement.
  CHECK(ZipFitsState("M5H 2N2", "ON"));
  CHECK(ZipFitsState("0019", "NY"));
  CHECK(ZipFitsState("00901", "PR"));
}

TEST_CASE("a postal code with its country's letters is the code without them",
          "[cover][agreement]") {
  CHECK(ComparableValue("zip_code", "D-80807") ==
        ComparableValue("zip_code", "80807"));
  CHECK(ComparableValue("zip_code", "FIN-20100") ==
        ComparableValue("zip_code", "20100"));
  CHECK(ComparableValue("zip_code", "DK-1256") !=
        ComparableValue("zip_code", "1265"));
  // A state's letters before an Australian postcode.
  CHECK(ComparableValue("zip_code", "NSW 2000") ==
        ComparableValue("zip_code", "2000"));
  // A postcode of letters and digits keeps them all.
  CHECK(ComparableValue("zip_code", "V6E 2E9") !=
        ComparableValue("zip_code", "2E9"));
}

TEST_CASE("a state as a cover writes it, as its code", "[cover][agreement]") {
  CHECK(StateCodeOfWritten("New York") == "NY");
  CHECK(StateCodeOfWritten("NY") == "NY");
  CHECK(StateCodeOfWritten("N.Y.") == "NY");
  CHECK(StateCodeOfWritten("Calif.") == "CA");
  CHECK(StateCodeOfWritten("New. York") == "NY");
  CHECK(StateCodeOfWritten("ONY").empty());
  CHECK(StateCodeOfWritten("Boston").empty());
}

TEST_CASE("agreement scores only fields the text states",
          "[cover][agreement]") {
  Extraction x;
  x.document.text =
      "<SEC-HEADER>\n"
      "CONFORMED PERIOD OF REPORT:\t19980219\n"
      "COMPANY CONFORMED NAME:\t\tHOME HEALTH CORP OF AMERICA INC \\PA\\\n"
      "IRS NUMBER:\t\t\t232224800\n"
      "STATE OF INCORPORATION:\t\tPA\n"
      "SEC FILE NUMBER:\t000-26938\n"
      "ZIP:\t\t\t19406\n"
      "</SEC-HEADER>\n";
  size_t cover_start = x.document.text.size();
  x.document.text +=
      "Date of Report (Date of earliest event reported): February 19, 1998\n"
      "Home Health Corporation of America, Inc.\n"
      "Pennsylvania   0-26938   23-2224800\n"
      "(State of incorporation)  (File No.)  (IRS No.)\n";
  Section header{"SEC-HEADER", 0, "", "", "text", 0, cover_start};
  Section body{"8-K", 1, "", "", "text", cover_start, x.document.text.size()};
  x.document.sections = {header, body};
  auto add_rule = [&](const char* rule, const char* name, const char* value) {
    Field f;
    f.name = name;
    f.value = value;
    f.span.rule = rule;
    x.fields.push_back(f);
  };
  auto add = [&](const char* name, const char* value) {
    add_rule("cover.test", name, value);
  };
  // Header values in the SGML reader's normal forms.
  add_rule("sgml.period_of_report", "period_of_report", "1998-02-19");
  add_rule("sgml.company_conformed_name", "company_conformed_name",
           "HOME HEALTH CORP OF AMERICA INC \\PA\\");
  add_rule("sgml.irs_employer_id", "irs_employer_id", "23-2224800");
  add_rule("sgml.state_of_incorporation", "state_of_incorporation", "PA");
  add_rule("sgml.commission_file_number", "commission_file_number",
           "000-26938");
  add_rule("sgml.zip_code", "zip_code", "19406");
  add("registrant_name", "Home Health Corporation of America, Inc.");
  add("state_of_incorporation", "Pennsylvania");
  add("commission_file_number", "0-26938");
  add("irs_employer_id", "23-2224800");
  add("report_date", "1998-02-19");
  std::vector<FieldAgreement> a = HeaderAgreement(x);
  REQUIRE(a.size() == 6);
  for (const FieldAgreement& f : a) {
    INFO(f.field);
    if (f.field == "zip_code") {
      CHECK_FALSE(f.scored);  // 19406 is not in the cover text
    } else {
      CHECK(f.scored);
      CHECK(f.agree);
    }
  }
}

TEST_CASE("a periodic report's period of report is its period's end",
          "[cover][agreement]") {
  Extraction x;
  x.document.text =
      "FORM 10-K\nFor the fiscal year ended December 31, 1996\n"
      "ACME WIDGET CORP.\n";
  Field h;
  h.name = "period_of_report";
  h.value = "1996-12-31";
  h.span.rule = "sgml.period_of_report";
  x.fields.push_back(h);
  Field f;
  f.name = "reporting_period_end";
  f.value = "1996-12-31";
  f.span.rule = "cover.reporting_period.fiscal_year_ended";
  x.fields.push_back(f);
  bool seen = false;
  for (const FieldAgreement& a : HeaderAgreement(x)) {
    if (a.header_field != "period_of_report") continue;
    seen = true;
    CHECK(a.field == "reporting_period_end");
    CHECK(a.agree);
  }
  CHECK(seen);
}

TEST_CASE("tagged dei facts are checked against the visible text",
          "[cover][agreement]") {
  Extraction x;
  x.document.text =
      "FORM 10-K\n"
      "ACME WIDGET CORP.\n"
      "Delaware\t001-01234\t12-3456789\n"
      "(State of incorporation)\t(Commission File Number)\t(IRS No.)\n";
  x.document.sections = {
      Section{"10-K", 1, "", "", "html", 0, x.document.text.size()}};
  auto add = [&](const char* rule, const char* name, const char* value,
                 size_t start, size_t end) {
    Field f;
    f.name = name;
    f.value = value;
    f.span.rule = rule;
    f.span.start = start;
    f.span.end = end;
    x.fields.push_back(f);
  };
  const std::string& t = x.document.text;
  size_t name_at = t.find("ACME");
  size_t state_at = t.find("Delaware");
  add("ixbrl.dei.EntityRegistrantName", "registrant_name", "ACME WIDGET CORP.",
      name_at, name_at + 17);
  add("ixbrl.dei.EntityIncorporationStateCountryCode", "state_of_incorporation",
      "DE", state_at, state_at + 8);
  // Hidden (no span): never scored, even though its value is in the text.
  add("ixbrl.dei.EntityFileNumber", "commission_file_number", "001-01234", 0,
      0);
  add("cover.test", "registrant_name", "Acme Widget Corporation", 0, 0);
  add("cover.test", "state_of_incorporation", "Nevada", 0, 0);
  add("cover.test", "commission_file_number", "1-1234", 0, 0);
  std::vector<FieldAgreement> a = HeaderAgreement(x);
  const FieldAgreement* name = nullptr;
  const FieldAgreement* state = nullptr;
  const FieldAgreement* file = nullptr;
  for (const FieldAgreement& f : a) {
    if (f.source != "ixbrl") continue;
    if (f.field == "registrant_name") name = &f;
    if (f.field == "state_of_incorporation") state = &f;
    if (f.field == "commission_file_number") file = &f;
  }
  REQUIRE(name != nullptr);
  REQUIRE(state != nullptr);
  REQUIRE(file != nullptr);
  CHECK(name->scored);
  CHECK(name->agree);
  CHECK(state->scored);
  CHECK_FALSE(state->agree);  // the text rules read the wrong state
  CHECK(state->header_value == "DE");
  CHECK(state->text_value == "Nevada");
  CHECK_FALSE(file->scored);
  // The header's six comparisons are there too (nothing to score).
  size_t sgml = 0;
  for (const FieldAgreement& f : a) sgml += f.source == "sgml";
  CHECK(sgml == 6);
}

TEST_CASE("comparable forms per field", "[cover][agreement]") {
  CHECK(SameValue("registrant_name", "ACME CORP", "Acme Corporation"));
  CHECK_FALSE(SameValue("registrant_name", "ACME CORP", "Acme Widgets Corp"));
  CHECK(SameValue("commission_file_number", "8-01234", "8-1234"));
  CHECK_FALSE(SameValue("commission_file_number", "8-01234", "8-12345"));
  CHECK(SameValue("irs_employer_id", "123456789", "12-3456789"));
  CHECK(SameValue("phone", "(212) 555-0100", "1-212-555-0100"));
  CHECK_FALSE(SameValue("phone", "(212) 555-0100", "(212) 555-0199"));
  CHECK(SameValue("state_of_incorporation", "DE", "Delaware"));
  CHECK_FALSE(SameValue("state_of_incorporation", "DE", "Nevada"));
  CHECK(SameValue("zip_code", "10022-4611", "10022"));
  CHECK(SameValue("address", "1 Main St., New York, NY 10022",
                  "1 Main St, New York NY 10022"));
  CHECK(SameValue("reporting_period_end", "2004-12-31", "2004-12-31"));
  CHECK_FALSE(SameValue("reporting_period_end", "2004-12-31", "2004-12-30"));
  CHECK_FALSE(SameValue("registrant_name", "", ""));
  StatedText stated(
      "FOR THE PERIOD BEGINNING 01/01/2004 AND ENDING 12/31/2004\n"
      "SEC FILE NUMBER 8-01234  Telephone (212) 555-0100\n"
      "Incorporated in Delaware");
  CHECK(stated.States("reporting_period_end", "2004-12-31"));
  CHECK_FALSE(stated.States("reporting_period_end", "2005-12-31"));
  CHECK(stated.States("commission_file_number", "8-1234"));
  CHECK(stated.States("phone", "212-555-0100"));
  CHECK(stated.States("state_of_incorporation", "DE"));
  CHECK_FALSE(stated.States("state_of_incorporation", "NV"));
  // A state named only in an address states no incorporation.
  StatedText proxy(
      "SCHEDULE 14A\nMARROW SAVINGS BANCORP, INC.\n"
      "(Name of Registrant as Specified In Its Charter)\n"
      "200 State Street, Media, Pennsylvania 19063\n");
  CHECK_FALSE(proxy.States("state_of_incorporation", "PA"));
  CHECK(StatedText("ACME BANCORP, INC., a Pennsylvania corporation\n")
            .States("state_of_incorporation", "PA"));
}

TEST_CASE("a combined cover is scored for the registrant the header names",
          "[cover][agreement]") {
  // The header's first filer is the subsidiary, the cover's first
  // registrant the parent: the subsidiary's row is compared.
  Extraction x;
  x.document.text =
      "<SEC-HEADER>\nCOMPANY CONFORMED NAME: PRAIRIE POWER & LIGHT CO\n"
      "SEC FILE NUMBER: 001-03523\n</SEC-HEADER>\n";
  size_t cover_start = x.document.text.size();
  x.document.text +=
      "Prairie Energy Corporation 1-14621\n"
      "Prairie Power & Light Company 1-3523\n";
  x.document.sections = {
      {"SEC-HEADER", 0, "", "", "text", 0, cover_start},
      {"10-K", 1, "", "", "text", cover_start, x.document.text.size()}};
  auto add = [&](const char* rule, const char* name, const char* value,
                 int entity) {
    Field f;
    f.name = name;
    f.value = value;
    f.entity = entity;
    f.span.rule = rule;
    x.fields.push_back(f);
  };
  add("sgml.company_conformed_name", "company_conformed_name",
      "PRAIRIE POWER & LIGHT CO", 0);
  add("sgml.commission_file_number", "commission_file_number", "001-03523", 0);
  add("cover.test", "registrant_name", "Prairie Energy Corporation", 0);
  add("cover.test", "commission_file_number", "1-14621", 0);
  add("cover.test", "registrant_name", "Prairie Power & Light Company", 1);
  add("cover.test", "commission_file_number", "1-3523", 1);
  for (const FieldAgreement& f : HeaderAgreement(x)) {
    INFO(f.field);
    if (f.field == "registrant_name" || f.field == "commission_file_number") {
      CHECK(f.scored);
      CHECK(f.agree);
    }
  }
}

}  // namespace
TEST_CASE("a combined cover is scored for the registrant the tags name",
          "[cover][agreement]") {
  // The dei: facts without an entity dimension are the parent's; the
  // cover lists it after a subsidiary (by file number): the parent's row
  // is compared.
  Extraction x;
  x.document.text =
      "FORM 8-K\n"
      "1-3318\tRIDGE POWER COMPANY\t55-0419283\n"
      "1-41187\tRIDGE ENERGY CORPORATION\t87-3920441\n";
  x.document.sections = {
      Section{"8-K", 1, "", "", "html", 0, x.document.text.size()}};
  const std::string& t = x.document.text;
  auto add = [&](const char* rule, const char* name, const char* value,
                 int entity, const char* at) {
    Field f;
    f.name = name;
    f.value = value;
    f.entity = entity;
    f.span.rule = rule;
    if (at != nullptr) {
      f.span.start = t.find(at);
      f.span.end = f.span.start + std::strlen(at);
    }
    x.fields.push_back(f);
  };
  add("ixbrl.dei.EntityRegistrantName", "registrant_name",
      "RIDGE ENERGY CORPORATION", 0, "RIDGE ENERGY CORPORATION");
  add("ixbrl.dei.EntityTaxIdentificationNumber", "irs_employer_id",
      "87-3920441", 0, "87-3920441");
  add("ixbrl.dei.EntityRegistrantName", "registrant_name",
      "RIDGE POWER COMPANY", 1, "RIDGE POWER COMPANY");
  add("cover.test", "registrant_name", "RIDGE POWER COMPANY", 0, nullptr);
  add("cover.test", "irs_employer_id", "55-0419283", 0, nullptr);
  add("cover.test", "registrant_name", "RIDGE ENERGY CORPORATION", 1, nullptr);
  add("cover.test", "irs_employer_id", "87-3920441", 1, nullptr);
  int compared = 0;
  for (const FieldAgreement& f : HeaderAgreement(x)) {
    if (f.source != "ixbrl") continue;
    if (f.field != "registrant_name" && f.field != "irs_employer_id") continue;
    INFO(f.field);
    CHECK(f.scored);
    CHECK(f.agree);
    ++compared;
  }
  CHECK(compared == 2);
}

TEST_CASE("a foreign registrant's header name is its English translation",
          "[cover][agreement]") {
  Extraction x;
  x.document.text =
      "FORM 20-F\nKABUSHIKI KAISHA MINAMI KOKI\n"
      "(Exact name of Registrant as specified in its charter)\n"
      "MINAMI OPTICAL CO., LTD.\n"
      "(Translation of Registrant's name into English)\n";
  auto add = [&](const char* name, const char* value, const char* rule) {
    Field f;
    f.name = name;
    f.value = value;
    f.span.rule = rule;
    x.fields.push_back(f);
  };
  add("company_conformed_name", "MINAMI OPTICAL CO LTD",
      "sgml.company_conformed_name");
  add("registrant_name", "KABUSHIKI KAISHA MINAMI KOKI",
      "cover.name.label_below");
  add("registrant_name_english", "MINAMI OPTICAL CO., LTD.",
      "cover.name_english.label_below");
  bool seen = false;
  for (const FieldAgreement& a : HeaderAgreement(x)) {
    if (a.field != "registrant_name") continue;
    seen = true;
    CHECK(a.scored);
    CHECK(a.agree);
    CHECK(a.text_value == "MINAMI OPTICAL CO., LTD.");
  }
  CHECK(seen);
  // Another name in English is still a disagreement.
  x.fields.back().value = "MINAMI PRECISION CO., LTD.";
  for (const FieldAgreement& a : HeaderAgreement(x)) {
    if (a.field == "registrant_name") CHECK_FALSE(a.agree);
  }
}

}  // namespace secx
