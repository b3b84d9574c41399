#include "extract/cover/agreement.h"

#include <catch2/catch.hpp>

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
      "Pennsylvania   0-26938   23-2224800\n";
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

}  // namespace
}  // namespace secx
