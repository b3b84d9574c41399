// Covers of transaction and offering documents (Schedules 14D-9 and
// 13E-3, Form T-3, Form 15, pricing supplements, IPO prospectuses, S-4
// registrant tables) and a 20-F with a foreign postal code, on pages made
// up for the test from each form's printed captions (no filing is copied).
#include <catch2/catch.hpp>
#include <string>

#include "extract/cover/cover.h"
#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace {

using testing::HtmlCoverValue;
using testing::TextDocument;
using testing::Value;

std::string V(const std::string& text, const char* field) {
  return testing::CoverValue(text, field);
}

std::string E(const std::string& text, const char* field, int entity) {
  Document doc = TextDocument(text);
  return Value(doc, ExtractCover(doc), field, entity);
}

TEST_CASE("Form 15: a phone typed with a slash is no part of the address",
          "[cover][forms]") {
  const std::string page =
      "                                    FORM 15\n"
      "\n"
      "                                  Commission File Number 1-40211\n"
      "\n"
      "                        BRINDLEWOOD ORCHARD SUPPLY, INC.\n"
      "            (Exact name of registrant as specified in its charter)\n"
      "\n"
      "          212 Quarry Lane, Hood River, Oregon 97031-2204\n"
      "                                 541/555-0190\n"
      "   (Address, including zip code, and telephone number, including area "
      "code,\n"
      "                  of registrant's principal executive offices)\n";
  CHECK(V(page, "address") == "212 Quarry Lane, Hood River, Oregon 97031-2204");
  CHECK(V(page, "zip_code") == "97031-2204");
  CHECK(V(page, "phone") == "541/555-0190");
}

TEST_CASE("Form T-3: applicants' names over their caption; no agent's phone",
          "[cover][forms]") {
  const std::string page =
      "                                    FORM T-3\n"
      "\n"
      "                 FOR APPLICATIONS FOR QUALIFICATION OF INDENTURES\n"
      "                      UNDER THE TRUST INDENTURE ACT OF 1939\n"
      "\n"
      "                          MARBLEHEAD CASTINGS CORP.\n"
      "                          MARBLEHEAD REALTY CO.\n"
      "                         ______________________________\n"
      "                             (Name of applicants)\n"
      "\n"
      "                                 40 Foundry Way\n"
      "                          Lynn, Massachusetts 01901\n"
      "                         ______________________________\n"
      "                 (Address of principal executive offices)\n"
      "\n"
      "                                 Teresa M. Quill\n"
      "                                 General Counsel\n"
      "                                 40 Foundry Way\n"
      "                          Lynn, Massachusetts 01901\n"
      "                                 (781) 555-0163\n"
      "                       ________________________________\n"
      "                       (Name and address of agent for service)\n";
  CHECK(V(page, "registrant_name") == "MARBLEHEAD CASTINGS CORP.");
  CHECK(E(page, "registrant_name", 1) == "MARBLEHEAD REALTY CO.");
  CHECK(V(page, "address") == "40 Foundry Way, Lynn, Massachusetts 01901");
  // The agent for service's phone is the agent's.
  CHECK(V(page, "phone").empty());
}

TEST_CASE("Schedule 14D-9: the subject company and its Item 1 address",
          "[cover][forms]") {
  const std::string page =
      "                                 SCHEDULE 14D-9\n"
      "\n"
      "                       PELICAN BAY INSTRUMENTS CORPORATION\n"
      "                            (Name of Subject Company)\n"
      "\n"
      "                       PELICAN BAY INSTRUMENTS CORPORATION\n"
      "                      (Name of Person(s) Filing Statement)\n"
      "\n"
      "ITEM 1.  SUBJECT COMPANY INFORMATION.\n"
      "\n"
      "     The name of the subject company is Pelican Bay Instruments\n"
      "Corporation, a Florida corporation. The address of the principal\n"
      "executive offices of the Company is 19 Harbor Road, Naples, Florida\n"
      "34102, and its telephone number is (239) 555-0128.\n";
  CHECK(V(page, "registrant_name") == "PELICAN BAY INSTRUMENTS CORPORATION");
  CHECK(V(page, "address") == "19 Harbor Road, Naples, Florida 34102");
  CHECK(V(page, "zip_code") == "34102");
}

TEST_CASE("Schedule 13E-3: the address under the issuer's name in a column",
          "[cover][forms]") {
  const std::string page =
      "                               LAKESHORE MILLING, INC.\n"
      "                               (Name of the Issuer)\n"
      "\n"
      "  Helga R. Mattson                          Pier Holdings, LLC\n"
      "  Secretary                                 Attn: Ivo Brandt\n"
      "  Lakeshore Milling, Inc.                   900 North Water Street\n"
      "  W2210 Mill Road                           Suite 800\n"
      "  Sheboygan, Wisconsin 53081                Milwaukee, Wisconsin "
      "53202\n"
      "  (920) 555-0111                            (414) 555-0122\n"
      "\n"
      " (Name, Address and Telephone Numbers of Persons Authorized to Receive "
      "Notices\n"
      "           and Communications on Behalf of the Persons Filing "
      "Statement)\n";
  CHECK(V(page, "registrant_name") == "LAKESHORE MILLING, INC.");
  CHECK(V(page, "address") == "W2210 Mill Road, Sheboygan, Wisconsin 53081");
  CHECK(V(page, "zip_code") == "53081");
}

TEST_CASE("pricing supplement: 'Issuer:' in the terms, 'offices are at'",
          "[cover][forms]") {
  const std::string html =
      "<html><body><p>Filed Pursuant to Rule 424(b)(2)<br>Registration "
      "Statement No. 333-210987</p>"
      "<table><tr><td>Issuer:</td><td>Dunmore Ridge Bancorp, Inc.</td></tr>"
      "<tr><td>Pricing Date:</td><td>May 3, 2017</td></tr></table>"
      "<p>Dunmore Ridge Bancorp, Inc., a Pennsylvania corporation, is a bank "
      "holding company. Our principal executive offices are at 77 Wyoming "
      "Avenue, Scranton, Pennsylvania 18503, and our telephone number is "
      "(570) 555-0141.</p></body></html>";
  CHECK(HtmlCoverValue(html, "registrant_name") ==
        "Dunmore Ridge Bancorp, Inc.");
  CHECK(HtmlCoverValue(html, "address") ==
        "77 Wyoming Avenue, Scranton, Pennsylvania 18503");
  CHECK(HtmlCoverValue(html, "commission_file_number") == "333-210987");
}

TEST_CASE(
    "IPO prospectus: 'Its principal executive offices' after the "
    "company's sentence, an abbreviation in the street",
    "[cover][forms]") {
  const std::string page =
      "                                  PROSPECTUS\n"
      "\n"
      "                           KITTITAS VALLEY SENSORS, INC.\n"
      "\n"
      "THE COMPANY\n"
      "\n"
      "     The Company was incorporated in Washington in 1993. Its principal\n"
      "executive offices are located at 410 S.W. Ruby Street, Ellensburg,\n"
      "Washington 98926, and its telephone number is (509) 555-0117.\n";
  CHECK(V(page, "address") ==
        "410 S.W. Ruby Street, Ellensburg, Washington 98926");
  CHECK(V(page, "zip_code") == "98926");
  // "Its" after a sentence about another party is no registrant's.
  const std::string other =
      "     The licensor is a university foundation. Its principal\n"
      "executive offices are located at 12 College Avenue, Pullman,\n"
      "Washington 99164.\n";
  CHECK(V(other, "address").empty());
}

TEST_CASE("S-4: registrants' table without file numbers, wrapped names",
          "[cover][forms]") {
  const std::string page =
      "                   CASCADE ORCHARDS, INC.\n"
      "                   CASCADE COLD STORAGE, INC.\n"
      "        (Exact name of registrants as specified in their charters)\n"
      "\n"
      "                                   Primary Standard\n"
      "                  State or other   Industrial         I.R.S.\n"
      "                  jurisdiction of  Classification     Employer\n"
      "                  incorporation or Code               Identification\n"
      "Registrant        organization     Number             Number\n"
      "----------------  ---------------  ----------------   ----------------\n"
      "Cascade           Oregon           2033               93-1122334\n"
      " Orchards, Inc.\n"
      "Cascade Cold      Washington       4222               91-5566778\n"
      " Storage,\n"
      " Inc.\n"
      "\n"
      "                         88 Orchard Lane, Suite 4\n"
      "                         Hood River, Oregon  97031\n"
      "                              (541) 555-0119\n"
      "  (Address, including zip code, and telephone number, including area "
      "code, of\n"
      "                  registrants' principal executive offices)\n";
  CHECK(V(page, "registrant_name") == "Cascade Orchards, Inc.");
  CHECK(V(page, "state_of_incorporation") == "Oregon");
  CHECK(V(page, "irs_employer_id") == "93-1122334");
  CHECK(E(page, "registrant_name", 1) == "Cascade Cold Storage, Inc.");
  CHECK(E(page, "state_of_incorporation", 1) == "Washington");
  CHECK(E(page, "irs_employer_id", 1) == "91-5566778");
  // The shared address is the first registrant's, its name line above
  // the blank no part of it; the phone stays the first registrant's.
  CHECK(V(page, "address") ==
        "88 Orchard Lane, Suite 4, Hood River, Oregon 97031");
  CHECK(V(page, "phone") == "(541) 555-0119");
  CHECK(E(page, "phone", 1).empty());
}

TEST_CASE("S-4: a table of additional registrants after the cover's own",
          "[cover][forms]") {
  const std::string html =
      "<html><body><p>Glenwood Outfitters, Inc.</p>"
      "<p>(Exact name of registrant as specified in its charter)</p>"
      "<table><tr><td>Delaware</td><td>5940</td><td>46-1234567</td></tr>"
      "<tr><td>(State or other jurisdiction of incorporation)</td>"
      "<td>(Primary Standard Industrial Classification Code Number)</td>"
      "<td>(I.R.S. Employer Identification Number)</td></tr></table>"
      "<p>TABLE OF ADDITIONAL REGISTRANTS</p>"
      "<table><tr><td>Exact Name of Additional Registrant</td>"
      "<td>State or Other Jurisdiction of Incorporation</td>"
      "<td>I.R.S. Employer Identification Number</td>"
      "<td>Address of Principal Executive Offices</td></tr>"
      "<tr><td>Glenwood Trail, LLC</td><td>Colorado</td><td>81-7654321</td>"
      "<td>*</td></tr>"
      "<tr><td>Summit Optics Corp.</td><td>Utah</td><td>87-1112223</td>"
      "<td>12 Canyon Road</td></tr>"
      "<tr><td></td><td></td><td></td><td>Ogden, Utah 84401</td></tr>"
      "</table></body></html>";
  CHECK(HtmlCoverValue(html, "registrant_name") == "Glenwood Outfitters, Inc.");
  CHECK(HtmlCoverValue(html, "irs_employer_id") == "46-1234567");
  CHECK(HtmlCoverValue(html, "registrant_name", 1) == "Glenwood Trail, LLC");
  CHECK(HtmlCoverValue(html, "state_of_incorporation", 1) == "Colorado");
  CHECK(HtmlCoverValue(html, "registrant_name", 2) == "Summit Optics Corp.");
  // The address column's lines from the row down are the registrant's
  // address; "*" (the cover's own) is none.
  CHECK(HtmlCoverValue(html, "address", 2) ==
        "12 Canyon Road, Ogden, Utah 84401");
  CHECK(HtmlCoverValue(html, "zip_code", 2) == "84401");
  CHECK(HtmlCoverValue(html, "address", 1).empty());
}

TEST_CASE("20-F: a foreign postal code ends the address, the country below",
          "[cover][forms]") {
  const std::string html =
      "<html><body><p>FORM 20-F</p><p>Commission file number</p>"
      "<p>001-40999</p>"
      "<p>Exact name of Registrant as specified in its charter</p>"
      "<p>Corrib Valley Foods public limited company</p>"
      "<p>Address of principal executive offices</p>"
      "<p>Moycullen Business Park</p><p>Galway H91 X2Y3</p><p>Ireland</p>"
      "</body></html>";
  CHECK(HtmlCoverValue(html, "address") ==
        "Moycullen Business Park, Galway H91 X2Y3, Ireland");
  CHECK(HtmlCoverValue(html, "zip_code") == "H91 X2Y3");
}

TEST_CASE("a proxy statement's letterhead of one line set apart by stars",
          "[cover][forms]") {
  const std::string page =
      "                      TETON VALLEY SEED CO.\n"
      "           410 Depot Street * Driggs, Idaho 83422 * (208) 555-0150\n"
      "\n"
      "Dear Shareholder:\n";
  CHECK(V(page, "address") == "410 Depot Street, Driggs, Idaho 83422");
  CHECK(V(page, "phone") == "(208) 555-0150");
}

TEST_CASE("values left of their captions, dot leaders between",
          "[cover][forms]") {
  const std::string page =
      "                                   FORM 8-K\n"
      "\n"
      "May 2, 2005 ............................. Date of Report (Date of "
      "earliest\n"
      "                                          event reported)\n"
      "\n"
      "PIEDMONT ASSAY SERVICES, INC. ........... Exact name of registrant as\n"
      "                                          specified in its charter\n"
      "\n"
      "Virginia ................................ State or other jurisdiction "
      "of\n"
      "                                          incorporation\n"
      "\n"
      "000-51234 ............................... Commission File Number\n"
      "\n"
      "54-1234567 .............................. I.R.S. Employer "
      "Identification No.\n"
      "\n"
      "2100 Kraft Drive, Suite 300 ............. Address of principal "
      "executive\n"
      "Blacksburg, Virginia 24060                offices and Zip Code\n"
      "\n"
      "(540) 555-0133 .......................... Registrant's telephone "
      "number,\n"
      "                                          including area code\n";
  CHECK(V(page, "registrant_name") == "PIEDMONT ASSAY SERVICES, INC.");
  CHECK(V(page, "state_of_incorporation") == "Virginia");
  CHECK(V(page, "commission_file_number") == "000-51234");
  CHECK(V(page, "irs_employer_id") == "54-1234567");
  CHECK(V(page, "address") ==
        "2100 Kraft Drive, Suite 300, Blacksburg, Virginia 24060");
  CHECK(V(page, "zip_code") == "24060");
  CHECK(V(page, "phone") == "(540) 555-0133");
  CHECK(V(page, "report_date") == "2005-05-02");
}

TEST_CASE("two registrants either side of one column of captions",
          "[cover][forms]") {
  const std::string html =
      "<html><body><p>FORM S-3</p><p>REGISTRATION STATEMENT UNDER THE "
      "SECURITIES ACT OF 1933</p><table>"
      "<tr><td>TOMBIGBEE ENERGY CORPORATION</td><td>(Exact name of registrant "
      "as specified in its charter)</td><td>TOMBIGBEE ELECTRIC COMPANY</td>"
      "</tr><tr><td>Alabama</td><td>(State or other jurisdiction of "
      "incorporation or organization)</td><td>Alabama</td></tr>"
      "<tr><td>63-1234567</td><td>(I.R.S. Employer Identification No.)</td>"
      "<td>63-7654321</td></tr></table></body></html>";
  CHECK(HtmlCoverValue(html, "registrant_name") ==
        "TOMBIGBEE ENERGY CORPORATION");
  CHECK(HtmlCoverValue(html, "irs_employer_id") == "63-1234567");
  CHECK(HtmlCoverValue(html, "registrant_name", 1) ==
        "TOMBIGBEE ELECTRIC COMPANY");
  CHECK(HtmlCoverValue(html, "irs_employer_id", 1) == "63-7654321");
  // The form's heading is no address.
  CHECK(HtmlCoverValue(html, "address").empty());
}

TEST_CASE("names hyphenated or set a word a line; an adviser's file number",
          "[cover][forms]") {
  const std::string hyphenated =
      "                     LICKING VALLEY INSTRUMENT MANUFAC-\n"
      "                             TURING CORPORATION\n"
      "            (Exact name of registrant as specified in its charter)\n";
  CHECK(V(hyphenated, "registrant_name") ==
        "LICKING VALLEY INSTRUMENT MANUFACTURING CORPORATION");
  const std::string logo =
      "<html><body><p>FORM 40-F</p><p>MIRAMICHI<br/>TIMBER<br/>CORPORATION"
      "</p><p>Corporation foresti&#232;re Miramichi</p><p>(Exact name of "
      "Registrant as specified in its charter, in English and French)</p>"
      "</body></html>";
  CHECK(HtmlCoverValue(logo, "registrant_name") ==
        "MIRAMICHI TIMBER CORPORATION");
  const std::string fund =
      "<html><body><p>FORM 497</p><p>SUPERIOR SHORE FUNDS TRUST</p>"
      "<p>File Nos. 333-123456</p><p>and 811-22334</p><p>The Sub-Adviser is "
      "registered under the Investment Advisers Act of 1940 (SEC File No. "
      "801-123456).</p></body></html>";
  CHECK(HtmlCoverValue(fund, "commission_file_number") == "333-123456");
}

TEST_CASE("Form 10: a table of captions left of their values",
          "[cover][forms]") {
  const std::string html =
      "<html><body><p>FORM 10</p><table>"
      "<tr><td>Exact name of registrant as specified in its charter</td>"
      "<td>Chattahoochee Fibers, Inc.</td></tr>"
      "<tr><td>State or other jurisdiction of incorporation or "
      "organization</td><td>Delaware</td></tr>"
      "<tr><td>I.R.S. Employer Identification No.</td><td>82-1234567</td></tr>"
      "<tr><td>Address of principal executive offices (including zip "
      "code)</td><td>900 Front Avenue, Suite 200</td></tr>"
      "<tr><td></td><td>Columbus, Georgia 31901</td></tr>"
      "<tr><td>Registrant's telephone number, including area code</td>"
      "<td>(706) 555-0199</td></tr></table></body></html>";
  CHECK(HtmlCoverValue(html, "registrant_name") ==
        "Chattahoochee Fibers, Inc.");
  CHECK(HtmlCoverValue(html, "state_of_incorporation") == "Delaware");
  CHECK(HtmlCoverValue(html, "address") ==
        "900 Front Avenue, Suite 200, Columbus, Georgia 31901");
  CHECK(HtmlCoverValue(html, "zip_code") == "31901");
}

}  // namespace
}  // namespace secx
