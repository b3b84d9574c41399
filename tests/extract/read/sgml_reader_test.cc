#include "extract/read/sgml_reader.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/read/reader.h"

namespace secx {
namespace {

std::string ReadFile(const std::string& rel) {
  std::ifstream in(std::string(SECX_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Document Read(const std::string& bytes) {
  Result<Document> r = ReadSgml(bytes, "test");
  REQUIRE(r.ok());
  return std::move(r).value();
}

struct Expect {
  const char* name;
  int entity;
  const char* value;
  const char* raw;
};

// Every expected field is present once with that value and raw text, and
// every field's raw text is exactly its span of Document::text.
// (Inline XBRL fields of an HTML part, rules "ixbrl.*", are checked apart.)
void CheckFields(const Document& d, const std::vector<Expect>& expected) {
  for (const Field& f : d.header_fields) {
    INFO(f.name);
    REQUIRE(f.span.end <= d.text.size());
    CHECK(d.text.substr(f.span.start, f.span.end - f.span.start) == f.raw);
    if (f.span.rule.rfind("ixbrl.", 0) == 0) continue;
    CHECK(f.span.rule.rfind("sgml.", 0) == 0);
    CHECK(f.span.page >= 1);
  }
  for (const Expect& e : expected) {
    INFO(e.name << " entity " << e.entity);
    int found = 0;
    for (const Field& f : d.header_fields) {
      if (f.span.rule.rfind("sgml.", 0) != 0) continue;
      if (f.name != e.name || f.entity != e.entity) continue;
      ++found;
      CHECK(f.value == e.value);
      CHECK(f.raw == e.raw);
    }
    CHECK(found == 1);
  }
}

bool HasField(const Document& d, const std::string& name, int entity) {
  for (const Field& f : d.header_fields) {
    if (f.name == name && f.entity == entity) return true;
  }
  return false;
}

TEST_CASE("1990s header: subject company and reporting owner", "[read][sgml]") {
  Document d = Read(ReadFile("corpus/sgml/1990sheader.txt"));
  CHECK(d.kind == "sgml");
  REQUIRE(d.sections.size() == 1);
  CHECK(d.sections[0].type == "SEC-HEADER");
  CheckFields(d,
              {
                  {"accession_number", 0, "0001012325-98-000004",
                   "0001012325-98-000004"},
                  {"form_type", 0, "4", "4"},
                  {"period_of_report", 0, "1998-10-31", "19981031"},
                  {"filed_date", 0, "1998-11-20", "19981120"},
                  {"company_conformed_name", 0, "MORTON INTERNATIONAL INC /IN/",
                   "MORTON INTERNATIONAL INC /IN/"},
                  {"cik", 0, "1035972", "0001035972"},
                  {"sic", 0, "2890", "2890"},
                  {"irs_employer_id", 0, "36-4140798", "364140798"},
                  {"state_of_incorporation", 0, "IN", "IN"},
                  {"fiscal_year_end_mmdd", 0, "1231", "1231"},
                  {"commission_file_number", 0, "001-12825", "001-12825"},
                  {"zip_code", 0, "60606", "60606"},
                  {"phone", 0, "3128072000", "3128072000"},
                  {"company_conformed_name", 1, "CANTALUPO JAMES R",
                   "CANTALUPO JAMES R"},
                  {"cik", 1, "1012325", "0001012325"},
              });
  // The former name is not the company name, and an empty SIC is no SIC.
  CHECK_FALSE(HasField(d, "sic", 1));
  for (const Field& f : d.header_fields) {
    if (f.name == "address" && f.entity == 0) {
      CHECK(f.value == "100 NORTH RIVERSIDE PLAZA, CHICAGO, IL 60606");
      CHECK(f.span.rule == "sgml.business_address");
    }
  }
}

TEST_CASE("bare multi-filer header: entities in order, mail address fallback",
          "[read][sgml]") {
  std::string bytes = ReadFile("corpus/sgml/MultipleFilersHeader.txt");
  CHECK(SniffKind(bytes) == "sgml");
  Document d = Read(bytes);
  CheckFields(
      d, {
             {"accession_number", 0, "0001104659-23-069855",
              "0001104659-23-069855"},
             {"form_type", 0, "10-D", "10-D"},
             {"company_conformed_name", 0, "First National Master Note Trust",
              "First National Master Note Trust"},
             {"commission_file_number", 0, "333-140273-01", "333-140273-01"},
             {"phone", 0, "402-341-0500", "402-341-0500"},
             {"company_conformed_name", 1, "FIRST NATIONAL FUNDING LLC",
              "FIRST NATIONAL FUNDING LLC"},
             {"state_of_incorporation", 1, "NE", "NE"},
             {"commission_file_number", 1, "000-50139", "000-50139"},
             {"zip_code", 1, "68102", "68102"},
         });
  // "000000000" means no IRS number was given.
  CHECK_FALSE(HasField(d, "irs_employer_id", 0));
  for (const Field& f : d.header_fields) {
    if (f.name == "address" && f.entity == 1) {
      CHECK(f.value == "1620 DODGE STREET, OHAHA, NE 68102");
      CHECK(f.span.rule == "sgml.mail_address");
    }
  }
}

TEST_CASE("PEM-wrapped 1994 IMS submission", "[read][sgml]") {
  std::string bytes =
      ReadFile("corpus/sgml/100240_8K_1994_0000950144-94-000103.txt");
  REQUIRE(SniffKind(bytes) == "sgml");
  Document d = Read(bytes);
  CheckFields(
      d, {
             {"accession_number", 0, "0000950144-94-000103",
              "0000950144-94-000103"},
             {"form_type", 0, "8-K", "8-K"},
             {"period_of_report", 0, "1994-01-24", "19940124"},
             {"company_conformed_name", 0, "TURNER BROADCASTING SYSTEM INC",
              "TURNER BROADCASTING SYSTEM INC"},
             {"cik", 0, "100240", "0000100240"},
             {"sic", 0, "4833", "4833"},
             {"irs_employer_id", 0, "58-0950695", "580950695"},
             {"state_of_incorporation", 0, "GA", "GA"},
             {"commission_file_number", 0, "001-08911", "001-08911"},
             {"phone", 0, "4048271700", "4048271700"},
         });
  REQUIRE(d.sections.size() == 8);
  CHECK(d.sections[1].type == "8-K");
  CHECK(d.sections[1].sequence == 1);
  CHECK(d.sections[1].description == "8-K DATED JANUARY 24, 1994");
  CHECK(d.sections[1].format == "text");
  CHECK(d.sections[7].type == "EX-99.(B)");
  for (const Field& f : d.header_fields) {
    if (f.name == "address") {
      CHECK(f.value ==
            "ONE CNN CENTER, 100 INTERNATIONAL BLVD, ATLANTA, GA "
            "30303");
    }
  }
  // No PEM wrapper, no SGML tags, no <PAGE> markers in the text; every
  // <PAGE> started a page.
  CHECK(d.text.find("Proc-Type") == std::string::npos);
  CHECK(d.text.find("<PAGE>") == std::string::npos);
  CHECK(d.text.find("<TYPE>") == std::string::npos);
  CHECK(d.text.find("<S>") == std::string::npos);
  CHECK(d.pages.size() > 20);
  size_t cover = d.text.find("TURNER BROADCASTING SYSTEM, INC.");
  REQUIRE(cover != std::string::npos);
  CHECK(cover >= d.sections[1].start);
  CHECK(d.PageAt(cover) == 2);
  CHECK(d.warnings.empty());
}

TEST_CASE("modern submission: HTML documents, embedded JPEG, XBRL skipped",
          "[read][sgml]") {
  Document d = Read(ReadFile("corpus/sgml/0001213900-25-032135.txt"));
  CHECK(d.warnings.empty());
  REQUIRE(d.sections.size() >= 4);
  const Section& main = d.sections[1];
  CHECK(main.type == "8-K");
  CHECK(main.filename == "ea0238372-8k_abvcbio.htm");
  CHECK(main.description == "CURRENT REPORT");
  CHECK(main.format == "html");
  std::string cover = d.text.substr(main.start, main.end - main.start);
  CHECK(cover.find("Nevada\t001-40700\t26-0014658\n") != std::string::npos);
  CHECK(cover.find("(State or other jurisdiction\t(Commission File Number)\t"
                   "(IRS Employer\n") != std::string::npos);
  CHECK(d.sections[2].type == "EX-99.1");

  REQUIRE(d.binaries.size() == 1);
  const Binary& jpeg = d.binaries[0];
  CHECK(jpeg.filename == "ex99-1_001.jpg");
  CHECK(jpeg.format == "jpeg");
  CHECK(jpeg.bytes.substr(0, 3) == "\xFF\xD8\xFF");
  CHECK(SniffImageFormat(jpeg.bytes) == "jpeg");
  CHECK(jpeg.bytes.substr(jpeg.bytes.size() - 2) == "\xFF\xD9");
  REQUIRE(jpeg.section >= 0);
  CHECK(d.sections[jpeg.section].type == "GRAPHIC");
  CHECK(d.sections[jpeg.section].format == "image");

  // Neither uuencoded lines nor XBRL schemas end up in the text.
  CHECK(d.text.find("begin 644") == std::string::npos);
  CHECK(d.text.find("xsd:schema") == std::string::npos);
  CHECK(d.text.find("dei:EntityCentralIndexKey") == std::string::npos);
  CheckFields(d, {{"company_conformed_name", 0, "ABVC BIOPHARMA, INC.",
                   "ABVC BIOPHARMA, INC."},
                  {"state_of_incorporation", 0, "NV", "NV"}});
  // The 8-K's inline XBRL cover facts, with spans in the whole text.
  int tagged = 0;
  for (const Field& f : d.header_fields) {
    if (f.span.rule.rfind("ixbrl.", 0) != 0) continue;
    ++tagged;
    INFO(f.name);
    if (f.name == "state_of_incorporation") {
      CHECK(f.value == "NV");
      CHECK(f.raw == "Nevada");
      CHECK(f.span.start >= main.start);
      CHECK(f.span.end <= main.end);
      CHECK(f.span.page >= 2);
    }
    if (f.name == "irs_employer_id") CHECK(f.value == "26-0014658");
  }
  CHECK(tagged >= 8);
}

TEST_CASE("tag-style header and bare <SUBMISSION>", "[read][sgml]") {
  std::string bytes =
      "<SUBMISSION>\n<ACCESSION-NUMBER>0001564590-20-004475\n<TYPE>10-K\n"
      "<PERIOD>20191231\n<FILING-DATE>20200213\n<FILER>\n<COMPANY-DATA>\n"
      "<CONFORMED-NAME>Tesla,   Inc.\n<CIK>0001318605\n<ASSIGNED-SIC>3711\n"
      "<IRS-NUMBER>912197729\n<STATE-OF-INCORPORATION>DE\n"
      "<FISCAL-YEAR-END>1231\n</COMPANY-DATA>\n<FILING-VALUES>\n"
      "<FORM-TYPE>10-K\n<FILE-NUMBER>001-34756\n</FILING-VALUES>\n"
      "<BUSINESS-ADDRESS>\n<STREET1>3500 DEER CREEK RD\n<CITY>PALO ALTO\n"
      "<STATE>CA\n<ZIP>94304\n<PHONE>650-681-5000\n</BUSINESS-ADDRESS>\n"
      "</FILER>\n<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<FILENAME>t.htm\n"
      "<TEXT>\n<html><body><p>Annual&nbsp;report</p></body></html>\n"
      "</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n";
  REQUIRE(LooksLikeSgml(bytes));
  Document d = Read(bytes);
  CheckFields(d,
              {
                  {"accession_number", 0, "0001564590-20-004475",
                   "0001564590-20-004475"},
                  {"form_type", 0, "10-K", "10-K"},
                  {"period_of_report", 0, "2019-12-31", "20191231"},
                  {"filed_date", 0, "2020-02-13", "20200213"},
                  {"company_conformed_name", 0, "Tesla, Inc.", "Tesla,   Inc."},
                  {"cik", 0, "1318605", "0001318605"},
                  {"sic", 0, "3711", "3711"},
                  {"irs_employer_id", 0, "91-2197729", "912197729"},
                  {"commission_file_number", 0, "001-34756", "001-34756"},
                  {"zip_code", 0, "94304", "94304"},
                  {"phone", 0, "650-681-5000", "650-681-5000"},
              });
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[1].format == "html");
  CHECK(d.text.substr(d.sections[1].start) == "Annual report\n");
}

TEST_CASE("text documents: EDGAR table markup blanked, pages split",
          "[read][sgml]") {
  std::string bytes =
      "<DOCUMENT>\n<TYPE>10-Q\n<TEXT>\nCover\n<PAGE>   2\n<TABLE>\n"
      "<CAPTION>\n<S>        <C>\nRevenue    100\n</TABLE>\n<PAGE>\nEnd\n"
      "</TEXT>\n</DOCUMENT>\n";
  REQUIRE(LooksLikeSgml(bytes));
  Document d = Read(bytes);
  REQUIRE(d.sections.size() == 1);
  CHECK(d.kind == "text");  // a lone document without a header
  CHECK(d.sections[0].type == "10-Q");
  CHECK(d.text == "Cover\n\f         2\nRevenue    100\n\fEnd\n");
  CHECK(d.pages.size() == 3);
  CHECK(d.PageAt(d.text.find("Revenue")) == 2);
  CHECK(d.PageAt(d.text.find("End")) == 3);
}

TEST_CASE("primary document in its <DOCUMENT> wrapper", "[read][sgml]") {
  Result<Document> r =
      ReadDocument(ReadFile("corpus/html/form.6k.Athena.html"), "6k");
  REQUIRE(r.ok());
  const Document& d = r.value();
  CHECK(d.kind == "html");
  REQUIRE(d.sections.size() == 1);
  CHECK(d.sections[0].type == "6-K");
  CHECK(d.sections[0].filename == "form6-k10feb2023.htm");
  CHECK(d.text.find("Commission File Number: 001-31269\n") !=
        std::string::npos);
  CHECK(d.text.find("ALCON INC.\n(Registrant Name)\n") != std::string::npos);
  CHECK(d.text.find("form6-k10feb2023.htm") == std::string::npos);
  CHECK(d.header_fields.empty());
}

TEST_CASE("sniffing EDGAR submissions", "[read][sgml]") {
  struct Case {
    const char* bytes;
    bool sgml;
  };
  const Case cases[] = {
      {"<SEC-DOCUMENT>0001.txt : 19981123\n<SEC-HEADER>", true},
      {"-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n"
       "\n<IMS-DOCUMENT>0000950144-94-000103.txt",
       true},
      {"<ACCEPTANCE-DATETIME>20230609145616\nACCESSION NUMBER:\t\t1", true},
      {"\n<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n", true},
      {"<html><body>8-K</body></html>", false},
      {"FORM 8-K\n<PAGE>\n", false},
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    CHECK(LooksLikeSgml(c.bytes) == c.sgml);
  }
}

TEST_CASE("truncated submissions are read as far as they go", "[read][sgml]") {
  std::string full = ReadFile("corpus/sgml/0001213900-25-032135.txt");
  REQUIRE(full.size() > 20000);

  SECTION("cut inside the press release") {
    size_t cut = full.find("<TYPE>EX-99.1") + 3000;
    Document d = Read(full.substr(0, cut));
    REQUIRE_FALSE(d.warnings.empty());
    CHECK(d.warnings.back().find("truncated") != std::string::npos);
    REQUIRE(d.sections.size() == 3);
    CHECK(d.sections[2].type == "EX-99.1");
    CHECK(d.sections[2].end > d.sections[2].start);
  }
  SECTION("cut inside the header") {
    size_t cut = full.find("STATE OF INCORPORATION:");
    Document d = Read(full.substr(0, cut));
    REQUIRE_FALSE(d.warnings.empty());
    CheckFields(d, {{"company_conformed_name", 0, "ABVC BIOPHARMA, INC.",
                     "ABVC BIOPHARMA, INC."}});
    CHECK_FALSE(HasField(d, "state_of_incorporation", 0));
  }
  SECTION("cut inside the uuencoded JPEG") {
    size_t cut = full.find("begin 644 ex99-1_001.jpg") + 1000;
    Document d = Read(full.substr(0, cut));
    REQUIRE(d.binaries.size() == 1);
    CHECK(SniffImageFormat(d.binaries[0].bytes) == "jpeg");
  }
  SECTION("every cut point keeps spans valid") {
    for (size_t cut = 0; cut < full.size(); cut += full.size() / 97 + 1) {
      INFO("cut at " << cut);
      Result<Document> r = ReadDocument(full.substr(0, cut), "cut");
      if (cut == 0) {
        CHECK_FALSE(r.ok());
        continue;
      }
      REQUIRE(r.ok());
      const Document& d = r.value();
      for (const Section& s : d.sections) {
        CHECK(s.start <= s.end);
        CHECK(s.end <= d.text.size());
      }
      for (const Field& f : d.header_fields) {
        REQUIRE(f.span.end <= d.text.size());
        CHECK(d.text.substr(f.span.start, f.span.end - f.span.start) == f.raw);
      }
    }
  }
}

}  // namespace
}  // namespace secx
