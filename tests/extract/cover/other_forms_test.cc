// Covers of forms the labelled corpus has few or none of, on pages made up
// for the test from each form's printed captions (no filing is copied):
// N-CSR (investment companies), 40-F (Canadian issuers), S-1
// (registration statements).
#include <catch2/catch.hpp>
#include <string>

#include "extract/cover/cover.h"
#include "extract/states.h"
#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace {

using testing::TextDocument;
using testing::HtmlCoverValue;
using testing::Value;

std::string V(const std::string& text, const char* field) {
  return testing::CoverValue(text, field);
}

const char kNcsr[] =
    "UNITED STATES\n"
    "SECURITIES AND EXCHANGE COMMISSION\n"
    "Washington, D.C. 20549\n"
    "\n"
    "FORM N-CSR\n"
    "\n"
    "CERTIFIED SHAREHOLDER REPORT OF REGISTERED MANAGEMENT\n"
    "INVESTMENT COMPANIES\n"
    "\n"
    "Investment Company Act file number 811-04321\n"
    "\n"
    "Harbor Lane Income Trust\n"
    "(Exact name of registrant as specified in charter)\n"
    "\n"
    "40 Wharf Street, Portland, Maine 04101\n"
    "(Address of principal executive offices) (Zip code)\n"
    "\n"
    "Ellen M. Porter, Treasurer\n"
    "40 Wharf Street, Portland, Maine 04101\n"
    "(Name and address of agent for service)\n"
    "\n"
    "Registrant's telephone number, including area code: (207) 555-0142\n"
    "\n"
    "Date of fiscal year end: May 31\n"
    "\n"
    "Date of reporting period: November 30, 2023\n";

TEST_CASE("N-CSR cover", "[cover][forms]") {
  CHECK(V(kNcsr, "form_type") == "N-CSR");
  CHECK(V(kNcsr, "registrant_name") == "Harbor Lane Income Trust");
  CHECK(V(kNcsr, "commission_file_number") == "811-04321");
  CHECK(V(kNcsr, "phone") == "(207) 555-0142");
  CHECK(V(kNcsr, "zip_code") == "04101");
  // The period's end, not an 8-K's date of report.
  CHECK(V(kNcsr, "reporting_period_end") == "2023-11-30");
  CHECK(V(kNcsr, "report_date").empty());
  // The line over "(Name and address of agent for service)" is the
  // agent's address: no contact name rather than an address as one, and
  // the agent's name over it is not read as the contact either.
  CHECK(V(kNcsr, "contact_name").empty());
}

const char k40F[] =
    "FORM 40-F\n"
    "\n"
    "For the fiscal year ended December 31, 2023          Commission File "
    "Number 001-15226\n"
    "\n"
    "NORTHERN HARBOR RESOURCES INC.\n"
    "(Exact name of Registrant as specified in its charter)\n"
    "\n"
    "Suite 3200, 650 West Georgia Street, Vancouver, British Columbia V6B 4N9 "
    "(604) 555-2181\n"
    "(Address and telephone number of Registrant's principal executive "
    "offices)\n";

TEST_CASE("40-F cover: the phone after the address is not its postal code",
          "[cover][forms]") {
  CHECK(V(k40F, "form_type") == "40-F");
  CHECK(V(k40F, "commission_file_number") == "001-15226");
  CHECK(V(k40F, "address") ==
        "Suite 3200, 650 West Georgia Street, Vancouver, British Columbia "
        "V6B 4N9");
  CHECK(V(k40F, "zip_code") == "V6B 4N9");
  CHECK(V(k40F, "phone") == "(604) 555-2181");
  CHECK(V(k40F, "fiscal_year_end") == "2023-12-31");
}

TEST_CASE("40-F cover: captions of four lines side by side over the address",
          "[cover][forms]") {
  // The rests of three captions make a long line ("organization) ...
  // Number (if"); it is still caption text, and the address under it is
  // read.
  std::string page = std::string(
      "                                   FORM 40-F\n"
      "For the fiscal year ended December 31, 2015       Commission File "
      "Number 001-32155\n"
      "\n"
      "                            NORTHERN SPRUCE MINES LTD.\n"
      "              (Exact name of Registrant as specified in its charter)\n"
      "\n"
      "        British Columbia                  1040                 Not "
      "Applicable\n"
      "(Province or other jurisdiction   (Primary Standard Industrial  (I.R.S. "
      "Employer\n"
      "     of incorporation or           Classification Code Number)   "
      "Identification\n"
      "       organization)                                             "
      "Number (if\n"
      "                                                                 "
      "applicable))\n"
      "\n"
      "                        Suite 1500, 1055 West Georgia Street\n"
      "                    Vancouver, British Columbia, Canada V6E 4N7\n"
      "                                 (604) 555-0170\n"
      "       (Address and telephone number of Registrant's principal "
      "executive\n"
      "                                    offices)\n");
  CHECK(V(page, "address") ==
        "Suite 1500, 1055 West Georgia Street, Vancouver, British Columbia, "
        "Canada V6E 4N7");
  CHECK(V(page, "zip_code") == "V6E 4N7");
  CHECK(V(page, "phone") == "(604) 555-0170");
  CHECK(V(page, "state_of_incorporation") == "British Columbia");
}

// A 20-F's address block ends in a telephone line with its own caption
// ("Telephone: +1 (604) 555-0118") right over the address caption.
TEST_CASE("20-F cover: a telephone line under the address", "[cover][forms]") {
  const std::string text =
      "FORM 20-F\n"
      "Commission file number 001-41466\n"
      "Harrow Lake Minerals Ltd.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "British Columbia, Canada\n"
      "(Jurisdiction of incorporation or organization)\n"
      "Suite 1400 \u2013 885 West Georgia Street\n"
      "Vancouver, British Columbia V6C 3E8\n"
      "Canada\n"
      "Telephone: +1 (604) 555-0142\n"
      "(Address of principal executive offices)\n";
  CHECK(V(text, "address") ==
        "Suite 1400 \u2013 885 West Georgia Street, Vancouver, British "
        "Columbia V6C 3E8, Canada");
  CHECK(V(text, "zip_code") == "V6C 3E8");
}

TEST_CASE("Contact over two lines: the name is on the first",
          "[cover][forms]") {
  // 20-F: the contact's name, phone and e-mail, then the contact's address.
  std::string f20 =
      "                                   FORM 20-F\n"
      "                          KABUSHIKI KAISHA SAKURA TSUSHIN\n"
      "             (Exact name of Registrant as specified in its charter)\n"
      "\n"
      "         Kenji Watanabe, +81-3-5555-0100, ir@sakura.example,\n"
      "          Sakura Tower, 3-4-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo "
      "163-0801\n"
      "   (Name, Telephone, E-mail and/or Facsimile number and Address of "
      "Company\n"
      "                                 Contact Person)\n";
  CHECK(V(f20, "contact_name") == "Kenji Watanabe");
  CHECK(V(f20, "phone") == "+81-3-5555-0100");
  // SD: the name over the phone.
  std::string sd =
      "                                   FORM SD\n"
      "                           GRANITE PEAK ELECTRONICS CORP.\n"
      "             (Exact name of registrant as specified in its charter)\n"
      "\n"
      "                                 Jane R. Doyle\n"
      "                                (503) 555-0123\n"
      "      (Name and telephone number, including area code, of the person "
      "to\n"
      "                         contact in connection with this report.)\n";
  CHECK(V(sd, "contact_name") == "Jane R. Doyle");
  CHECK(V(sd, "phone") == "(503) 555-0123");
  // 20-F: name, title, phones and address on four lines; the title line is
  // no name.
  std::string titled =
      "                                   FORM 20-F\n"
      "                          NORDLICHT TELEKOM AG\n"
      "             (Exact name of Registrant as specified in its charter)\n"
      "\n"
      "                              Dr. Anna Keller\n"
      "                          Head of Investor Relations\n"
      "              Tel: +49 30 5550 1234; Fax: +49 30 5550 1299\n"
      "              Friedrichstrasse 120, 10117 Berlin, Germany\n"
      "(Name, Telephone, E-mail and/or Facsimile number and Address of "
      "Company Contact Person)\n";
  CHECK(V(titled, "contact_name") == "Dr. Anna Keller");
  // A title alone over the address: no contact name.
  std::string title_only =
      "                                   FORM 20-F\n"
      "                          NORDLICHT TELEKOM AG\n"
      "             (Exact name of Registrant as specified in its charter)\n"
      "\n"
      "                          Head of Investor Relations\n"
      "              Friedrichstrasse 120, 10117 Berlin, Germany\n"
      "(Name, Telephone, E-mail and/or Facsimile number and Address of "
      "Company Contact Person)\n";
  CHECK(V(title_only, "contact_name").empty());
}

TEST_CASE("S-1 cover: the registration number is the file number",
          "[cover][forms]") {
  std::string page =
      "As filed with the Securities and Exchange Commission on March 4, 2024\n"
      "Registration No. 333-271234\n"
      "\n"
      "FORM S-1\n"
      "REGISTRATION STATEMENT\n"
      "UNDER\n"
      "THE SECURITIES ACT OF 1933\n"
      "\n"
      "BRIGHTWATER LABS, INC.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "\n"
      "   Delaware                  2834                  83-1234567\n"
      "(State or other jurisdiction of   (Primary Standard Industrial   "
      "(I.R.S. Employer\n"
      "incorporation or organization)   Classification Code Number)   "
      "Identification Number)\n";
  CHECK(V(page, "form_type") == "S-1");
  CHECK(V(page, "commission_file_number") == "333-271234");
  CHECK(V(page, "registrant_name") == "BRIGHTWATER LABS, INC.");
  CHECK(V(page, "state_of_incorporation") == "Delaware");
  CHECK(V(page, "irs_employer_id") == "83-1234567");
}

// A photocopied 10-Q cover as OCR reads it: specks beside the values and
// captions, a mark before the number, a blank after a hyphen, a garbled zip
// caption. Read as OCR output, the specks are not cells of their own.
TEST_CASE("scanned 10-Q and 10-K covers: specks among the cells",
          "[cover][forms]") {
  std::string page =
      "                                    FORM 10-Q\n"
      "   For the. quarterly period ended September 30, 2023\n"
      " Commission File Number: 000-56789\n"
      "                  MERIDIAN PAYMENTS, INC.\n"
      "          (Exact name of registrant as specified | in its charter)\n"
      "         Nevada                                         -88-0412345\n"
      " (State or other jurisdiction of incorporation)  ._  (IRS Employer "
      "Identification No.)\n"
      "  1200 Ridge Road, Suite 400           ee\n"
      "  Reno, Nevada             \xE2\x80\x94      oO      _ 89501\n"
      "~ (Address of principal executive offices) ee   (2\\p Code)\n"
      "Registrant's telephone number, including area code: (775) 555- 0100\n";
  Document doc = TextDocument(page);
  doc.ocr_text = true;
  std::vector<Field> fields = ExtractCover(doc);
  CHECK(Value(doc, fields, "irs_employer_id") == "88-0412345");
  CHECK(Value(doc, fields, "address") ==
        "1200 Ridge Road, Suite 400, Reno, Nevada");
  CHECK(Value(doc, fields, "zip_code") == "89501");
  CHECK(Value(doc, fields, "phone") == "(775) 555-0100");
}

TEST_CASE("HTML 10-Q cover: a phone whose parts are table cells",
          "[cover][forms]") {
  // What the HTML reader makes of a row "(" | "408" | ")" | "996-1010".
  std::string page =
      "FORM 10-Q\n"
      "(Address of principal executive offices)\t(Zip Code)\n"
      "(\t408\t)\t996-1010\n"
      "(Registrant's telephone number, including area code)\n";
  CHECK(V(page, "phone") == "(408) 996-1010");
}

TEST_CASE("HTML 10-Q cover of a combined filing: the top row is the first "
          "registrant",
          "[cover][forms]") {
  // A REIT and its operating partnership, one table row each, over one
  // row of captions.
  std::string page =
      "FORM 10-Q\n"
      "Larkspur Realty Trust, Inc.\tMaryland\t27-1234567\n"
      "Larkspur Realty, L.P.\tDelaware\t27-7654321\n"
      "(Exact name of registrant as specified in its charter)\t(State or "
      "other jurisdiction of incorporation or organization)\t(I.R.S. "
      "Employer Identification No.)\n";
  Document doc = TextDocument(page);
  std::vector<Field> fields = ExtractCover(doc);
  CHECK(Value(doc, fields, "registrant_name") ==
        "Larkspur Realty Trust, Inc.");
  CHECK(Value(doc, fields, "state_of_incorporation") == "Maryland");
  CHECK(Value(doc, fields, "irs_employer_id") == "27-1234567");
  CHECK(Value(doc, fields, "registrant_name", 1) == "Larkspur Realty, L.P.");
  CHECK(Value(doc, fields, "state_of_incorporation", 1) == "Delaware");
  CHECK(Value(doc, fields, "irs_employer_id", 1) == "27-7654321");
}

TEST_CASE("HTML 10-Q cover: state, IRS number, address and zip in one row",
          "[cover][forms]") {
  std::string page =
      "FORM 10-Q\n"
      "LARKSPUR THERAPEUTICS, INC.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "Delaware\t27-1234567\t2200 Lakeshore Drive, Chicago, "
      "Illinois\t60616\n"
      "(State or other jurisdiction of incorporation)\t(I.R.S. Employer "
      "Identification No.)\t(Address of principal executive "
      "offices)\t(Zip Code)\n";
  CHECK(V(page, "state_of_incorporation") == "Delaware");
  CHECK(V(page, "irs_employer_id") == "27-1234567");
  CHECK(V(page, "address") == "2200 Lakeshore Drive, Chicago, Illinois");
  CHECK(V(page, "zip_code") == "60616");
}

TEST_CASE("HTML 10-Q cover: captions in a header row over their values",
          "[cover][forms]") {
  std::string page =
      "FORM 10-Q\n"
      "LARKSPUR THERAPEUTICS, INC.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "State or other jurisdiction of incorporation or "
      "organization\tI.R.S. Employer Identification No.\n"
      "Delaware\t27-1234567\n"
      "Address of principal executive offices\tZip Code\n"
      "2200 Lakeshore Drive, Chicago, Illinois\t60616\n";
  // The name over its caption is no state; the row of state and IRS
  // number over the address captions is no address.
  CHECK(V(page, "state_of_incorporation") == "Delaware");
  CHECK(V(page, "irs_employer_id") == "27-1234567");
  CHECK(V(page, "zip_code") == "60616");
  std::string address = V(page, "address");
  CHECK((address.empty() || address.find("Lakeshore") != std::string::npos));
}

TEST_CASE("HTML 10-Q cover: parenthesised captions over their values",
          "[cover][forms]") {
  std::string page =
      "FORM 10-Q\n"
      "LARKSPUR THERAPEUTICS, INC.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "(State or other jurisdiction of incorporation or "
      "organization)\t(I.R.S. Employer Identification No.)\n"
      "State of Delaware\t27-1234567\n";
  CHECK(V(page, "registrant_name") == "LARKSPUR THERAPEUTICS, INC.");
  // "State of Delaware" is the state.
  CHECK(V(page, "state_of_incorporation") == "Delaware");
  CHECK(V(page, "irs_employer_id") == "27-1234567");
  // A row that does not fit cell for cell is not read.
  std::string loose =
      "FORM 10-Q\n"
      "LARKSPUR THERAPEUTICS, INC.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "(State or other jurisdiction of incorporation or "
      "organization)\t(I.R.S. Employer Identification No.)\n"
      "Indicate by check mark\twhether the registrant\tis a shell\n";
  CHECK(V(loose, "state_of_incorporation").empty());
  CHECK(V(loose, "irs_employer_id").empty());
}

TEST_CASE("10-Q cover: a foreign postal code after the country",
          "[cover][forms]") {
  std::string page =
      "FORM 10-Q\n"
      "TERRAFORM ROBOTICS CORP.\n"
      "(Exact Name of Registrant as Specified in Its Charter)\n"
      "No. 88 Zhangjiang Road, Pudong New District\n"
      "Shanghai, People's Republic of China 201203\n"
      "(Address of principal executive offices) (Zip Code)\n";
  CHECK(V(page, "zip_code") == "201203");
  // A number after a word that is no country is no postal code.
  std::string street =
      "FORM 10-Q\n"
      "TERRAFORM ROBOTICS CORP.\n"
      "(Exact Name of Registrant as Specified in Its Charter)\n"
      "No. 88 Zhangjiang Road\n"
      "Pudong New District 2012\n"
      "(Address of principal executive offices)\n";
  CHECK(V(street, "zip_code").empty());
}

TEST_CASE("HTML 10-Q cover: an address before its caption on one line",
          "[cover][forms]") {
  std::string page =
      "FORM 10-Q\n"
      "2200 Lakeshore Drive, Chicago, Illinois 60616 (Address of principal "
      "executive offices) (Zip Code)\n";
  CHECK(V(page, "address") == "2200 Lakeshore Drive, Chicago, Illinois");
  CHECK(V(page, "zip_code") == "60616");
  std::string with_zip =
      "FORM 10-Q\n"
      "2200 Lakeshore Drive, Chicago, Illinois 60616 (Address of principal "
      "executive offices, including zip code)\n";
  CHECK(V(with_zip, "address") ==
        "2200 Lakeshore Drive, Chicago, Illinois 60616");
  // Words of a sentence before the caption are no address.
  std::string prose =
      "FORM 10-Q\n"
      "We moved our offices this year (Address of principal executive "
      "offices)\n";
  CHECK(V(prose, "address").empty());
  // The line is the end of an address wrapped from the line above: its
  // city alone is no address.
  std::string wrapped =
      "FORM 10-Q\n"
      "2200 Lakeshore Drive, Suite 100,\n"
      "Chicago, Illinois 60616 (Address of principal executive offices) "
      "(Zip Code)\n";
  CHECK(V(wrapped, "address") != "Chicago, Illinois");
  std::string street =
      "FORM 10-Q\n"
      "2200 Lakeshore Drive\n"
      "Chicago, Illinois 60616 (Address of principal executive offices) "
      "(Zip Code)\n";
  CHECK(V(street, "address") != "Chicago, Illinois");
}

TEST_CASE("HTML cover: a name broken over two lines", "[cover][forms]") {
  std::string page =
      "FORM 10-K\n"
      "Commission File Number: 001-34567\n"
      "THE HARBOR LANE\n"
      "GROUP, INC.\n"
      "(Exact name of registrant as specified in its charter)\n";
  CHECK(V(page, "registrant_name") == "THE HARBOR LANE GROUP, INC.");
  // A state over the name, another registrant's name (with its legal
  // form), a line of another case: not the name's start.
  std::string state =
      "FORM 10-K\n"
      "Delaware\n"
      "Harbor Lane Group, Inc.\n"
      "(Exact name of registrant as specified in its charter)\n";
  CHECK(V(state, "registrant_name") == "Harbor Lane Group, Inc.");
  std::string two =
      "FORM 10-K\n"
      "HARBOR LANE HOLDINGS, INC.\n"
      "HARBOR LANE OPERATING CO.\n"
      "(Exact name of registrant as specified in its charter)\n";
  CHECK(V(two, "registrant_name").find("INC. HARBOR") == std::string::npos);
  std::string mixed =
      "FORM 10-K\n"
      "Annual Report\n"
      "HARBOR LANE GROUP, INC.\n"
      "(Exact name of registrant as specified in its charter)\n";
  CHECK(V(mixed, "registrant_name") == "HARBOR LANE GROUP, INC.");
  // A title line over a blank line is no start of the name.
  std::string gap =
      "FORM N-CSR\n"
      "CERTIFIED SHAREHOLDER REPORT OF REGISTERED MANAGEMENT\n"
      "INVESTMENT COMPANIES\n"
      "\n"
      "HARBOR LANE INCOME TRUST\n"
      "(Exact name of registrant as specified in charter)\n";
  CHECK(V(gap, "registrant_name") == "HARBOR LANE INCOME TRUST");
}

TEST_CASE("11-K cover: the issuer named under item B", "[cover][forms]") {
  std::string page =
      "FORM 11-K\n"
      "\n"
      "Commission file number 1-8097\n"
      "\n"
      "A. Full title of the plan and the address of the plan, if different "
      "from that of the issuer named below:\n"
      "\n"
      "HARBOR LANE SAVINGS PLAN\n"
      "\n"
      "B. Name of issuer of the securities held pursuant to the plan and the "
      "address of its principal\n"
      "executive office:\n"
      "\n"
      "HARBOR LANE CORPORATION\n"
      "40 Wharf Street\n"
      "Portland, Maine 04101\n";
  // The issuer, not the plan, and not the caption's wrapped rest.
  CHECK(V(page, "registrant_name") == "HARBOR LANE CORPORATION");
  CHECK(V(page, "address") == "40 Wharf Street, Portland, Maine 04101");
  CHECK(V(page, "zip_code") == "04101");
}

TEST_CASE("11-K cover: the plan's address right above item B is no name",
          "[cover][forms]") {
  // Item A's plan and its address run up to item B's caption: the city
  // line over that caption is the plan's address, not a name the caption
  // names from below.
  std::string page =
      "FORM 11-K\n"
      "\n"
      "Commission File Number:  001-12077\n"
      "\n"
      "A.   Full title of the plan and the address of the plan, if different "
      "from that of\n"
      "     the issuer named below:\n"
      "\n"
      "          MERRIVALE TOOL CO. SAVINGS PLAN\n"
      "          c/o Benefits Office\n"
      "          12 Canal Street\n"
      "          Lowell, Massachusetts 01852\n"
      "\n"
      "B.   Name of issuer of the securities held pursuant to the plan and the "
      "address\n"
      "     of its principal executive office:\n"
      "\n"
      "          Merrivale Tool Co.\n"
      "          400 Pawtucket Boulevard\n"
      "          Lowell, Massachusetts 01854\n";
  CHECK(V(page, "registrant_name") == "Merrivale Tool Co.");
  CHECK(V(page, "zip_code") == "01854");
}

TEST_CASE(
    "11-K: a plan title wrapped over item B; the sponsor's EIN in a schedule",
    "[cover][forms]") {
  std::string page =
      "FORM 11-K\n"
      "\n"
      "Commission file number 1-8876\n"
      "\n"
      "A.   Full title of the plan and the address of the plan, if different "
      "from\n"
      "     that of the issuer named below:\n"
      "\n"
      "           OSSIPEE VALLEY PAPER COMPANY SAVINGS AND INVESTMENT PLAN\n"
      "                             FOR HOURLY EMPLOYEES\n"
      "\n"
      "B.   Name of issuer of the securities held pursuant to the plan and "
      "the\n"
      "     address of its principal executive office:\n"
      "\n"
      "                         OSSIPEE VALLEY PAPER COMPANY\n"
      "                               25 Pearl Street\n"
      "                          Portland, Maine 04101-4117\n"
      "\f\n"
      "        SCHEDULE H, LINE 4i - SCHEDULE OF ASSETS (HELD AT END OF YEAR)\n"
      "\n"
      "                       EIN 56-0687412   Plan Number 002\n";
  CHECK(V(page, "registrant_name") == "OSSIPEE VALLEY PAPER COMPANY");
  CHECK(V(page, "irs_employer_id") == "56-0687412");
  // Another form's schedule line is not read as its number.
  std::string other = page;
  other.replace(other.find("FORM 11-K"), 9, "FORM 10-K");
  CHECK(V(other, "irs_employer_id").empty());
}

TEST_CASE("6-K cover: the month of the report is its period",
          "[cover][forms]") {
  std::string page =
      "FORM 6-K\n"
      "REPORT OF FOREIGN PRIVATE ISSUER\n"
      "For the month of February, 2024\n"
      "Commission File Number 001-36512\n";
  CHECK(V(page, "reporting_period_start") == "2024-02-01");
  CHECK(V(page, "reporting_period_end") == "2024-02-29");  // a leap year
  // A typed blank before the comma: "For the month of September , 1996".
  std::string typed = page;
  typed.replace(typed.find("February, 2024"), 14, "September , 1996");
  CHECK(V(typed, "reporting_period_end") == "1996-09-30");
  // In a sentence the month is no period of the report.
  std::string prose =
      "FORM 6-K\n"
      "For the month of February 2024, deliveries rose by a tenth.\n";
  CHECK(V(prose, "reporting_period_end").empty());
}

TEST_CASE("11-K cover: a caption closed by its colon does not wrap",
          "[cover][forms]") {
  // The issuer's name under the caption opens in lower case: it is the
  // name, not the caption's wrapped rest.
  std::string page =
      "FORM 11-K\n"
      "\n"
      "B. Name of issuer of the securities held pursuant to the plan and the "
      "address of its principal executive office:\n"
      "eXample Widgets Inc.\n"
      "40 Wharf Street\n"
      "Portland, Maine 04101\n";
  CHECK(V(page, "registrant_name") == "eXample Widgets Inc.");
  CHECK(V(page, "address") == "40 Wharf Street, Portland, Maine 04101");
}

TEST_CASE("A bare 'Name of issuer' item is no name-and-address item",
          "[cover][forms]") {
  // The lines under it are the issuer's name and the next item, no
  // address.
  std::string page =
      "a. Name of Issuer:\n"
      "Harbor Lane Widgets Corp.\n"
      "b. Title of Class of Securities:\n"
      "Common Stock\n";
  CHECK(V(page, "address").find("Title of Class") == std::string::npos);
}

TEST_CASE("HTML cover flattened into paragraphs: each value before its caption",
          "[cover][forms]") {
  std::string page =
      "FORM 10-Q\n"
      "Delaware (State or other jurisdiction of incorporation) 94-1234567 "
      "(I.R.S. Employer Identification No.)\n"
      "(217) 555-0100 (Registrant's telephone number, including area code)\n";
  CHECK(V(page, "state_of_incorporation") == "Delaware");
  CHECK(V(page, "irs_employer_id") == "94-1234567");
  CHECK(V(page, "phone") == "(217) 555-0100");
  // Words of a sentence before a caption are no state.
  std::string prose =
      "The company was formed under the laws of the State of New York "
      "(State or other jurisdiction of incorporation)\n";
  CHECK(V(prose, "state_of_incorporation").empty());
}

TEST_CASE("8-K cover of captions and colons, values beside them",
          "[cover][forms]") {
  std::string page =
      "                                    FORM 8-K\n"
      "Date of Report (Date of earliest event reported):  March 3, 1997\n"
      "Commission File Number:                    0-12345\n"
      "Exact name of registrant:                  PRAIRIE STATE HOLDINGS CORP\n"
      "State of incorporation:                    Delaware\n"
      "IRS Employer Identification No.:           12-3456789\n"
      "Address of principal executive offices:    100 Main Street, "
      "Springfield, Illinois 62701\n"
      "Registrant's telephone number:             (217) 555-0100\n";
  CHECK(V(page, "registrant_name") == "PRAIRIE STATE HOLDINGS CORP");
  CHECK(V(page, "commission_file_number") == "0-12345");
  CHECK(V(page, "address") == "100 Main Street, Springfield, Illinois 62701");
  CHECK(V(page, "zip_code") == "62701");
  CHECK(V(page, "report_date") == "1997-03-03");
}

TEST_CASE("8-K cover of captions and colons: the address goes on below",
          "[cover][forms]") {
  std::string page =
      "                                    FORM 8-K\n"
      "State of incorporation:                  Pennsylvania\n"
      "Address of principal executive offices:  300 Chestnut Street\n"
      "                                         Philadelphia, PA 19106\n"
      "Telephone number:                        (215) 555-0187\n";
  CHECK(V(page, "address") == "300 Chestnut Street, Philadelphia, PA 19106");
  CHECK(V(page, "zip_code") == "19106");
}

TEST_CASE("1990s covers: the period's date under its phrase",
          "[cover][forms]") {
  std::string k =
      "                                   FORM 10-K\n"
      "For the fiscal year ended                             Commission File "
      "Number\n"
      "   December 31, 1995                                         1-8787\n";
  CHECK(V(k, "fiscal_year_end") == "1995-12-31");
  CHECK(V(k, "reporting_period_end") == "1995-12-31");
  CHECK(V(k, "commission_file_number") == "1-8787");
  std::string q =
      "                                   FORM 10-Q\n"
      "For the quarterly period ended        Commission file number\n"
      "\n"
      "       June 30, 1997                        0-12345\n";
  CHECK(V(q, "reporting_period_end") == "1997-06-30");
  // A sentence under the phrase's columns is no date of its own.
  std::string prose =
      "                                   FORM 10-K\n"
      "For the fiscal year ended                             Commission File "
      "Number\n"
      "the Company's results for December 31, 1995 were restated in full.\n";
  CHECK(V(prose, "fiscal_year_end").empty());
}

TEST_CASE("Form 12b-25: the late report's form, the period, name and address",
          "[cover][forms]") {
  std::string page =
      "                                  FORM 12b-25\n"
      "                                      Commission File Number 0-21234\n"
      "\n"
      "                          NOTIFICATION OF LATE FILING\n"
      "\n"
      "(Check One): [ ] Form 10-K  [ ] Form 20-F  [ ] Form 11-K  [X] Form "
      "10-Q\n"
      "\n"
      "                 For Period Ended: September 30, 2004\n"
      "\n"
      "PART I -- REGISTRANT INFORMATION\n"
      "\n"
      "Bluefield Pharmaceuticals, Inc.\n"
      "Full Name of Registrant\n"
      "\n"
      "Former Name if Applicable\n"
      "\n"
      "2500 Research Boulevard, Suite 300\n"
      "Address of Principal Executive Office (Street and Number)\n"
      "\n"
      "Rockville, Maryland 20850\n"
      "City, State and Zip Code\n";
  CHECK(V(page, "form_type") == "NT 10-Q");
  CHECK(V(page, "registrant_name") == "Bluefield Pharmaceuticals, Inc.");
  CHECK(V(page, "commission_file_number") == "0-21234");
  CHECK(V(page, "reporting_period_end") == "2004-09-30");
  CHECK(V(page, "address") ==
        "2500 Research Boulevard, Suite 300, Rockville, Maryland 20850");
  CHECK(V(page, "zip_code") == "20850");
  // No box checked: no form is claimed.
  std::string unchecked = page;
  unchecked.replace(unchecked.find("[X]"), 3, "[ ]");
  CHECK(V(unchecked, "form_type") != "NT 10-Q");
  // "for the period ended" inside a sentence is no period of the report.
  CHECK(V("FORM 10-Q\nRevenue for the period ended June 30, 2004 rose by "
          "4%.\n",
          "reporting_period_end")
            .empty());
}

TEST_CASE("Form 12b-25: a typo in the street's caption, the zip set apart",
          "[cover][forms]") {
  std::string page =
      "                                  FORM 12b-25\n"
      "(Check One):  [X] Form 10-K  [ ] Form 20-F  [ ] Form 11-K\n"
      "     For Period Ended:  December 31, 1998\n"
      "PART I -- REGISTRANT INFORMATION\n"
      "\n"
      "Harrow Valley Foods, Inc.\n"
      "---------------------------------------------------------------\n"
      "Full Name of Registrant\n"
      "\n"
      "410 Quarry Road, Suite 12\n"
      "---------------------------------------------------------------\n"
      "Adress of Principal Executive Office (Street and Number)\n"
      "\n"
      "Dubuque, Iowa  52001\n"
      "---------------------------------------------------------------\n"
      "City, State and Zip Code\n";
  CHECK(V(page, "address") == "410 Quarry Road, Suite 12, Dubuque, Iowa 52001");
  CHECK(V(page, "zip_code") == "52001");
}

TEST_CASE("Form 12b-25 typed with rules under its values, a caption wrapped over its contact",
          "[cover][forms]") {
  std::string page =
      "                                  FORM 12b-25\n"
      "                                                          SEC FILE NUMBER\n"
      "                                                              0-52218\n"
      "(Check one): [X] Form 10-K  [ ] Form 20-F  [ ] Form 11-K\n"
      "             For Period Ended:  December 31, 2008\n"
      "PART I -- REGISTRANT INFORMATION\n"
      "\n"
      "Westbrook Holographics Corp.\n"
      "-------------------------------------------------------------\n"
      "Full Name of Registrant\n"
      "\n"
      "6200 South Syracuse Way, Suite 450\n"
      "-------------------------------------------------------------\n"
      "Address of Principal Executive Office (Street and Number)\n"
      "\n"
      "Greenwood Village, Colorado 80111\n"
      "-------------------------------------------------------------\n"
      "City, State and Zip Code\n"
      "\n"
      "PART IV -- OTHER INFORMATION\n"
      "\n"
      "(1)  Name and telephone number of person to contact in regard to this\n"
      "     notification\n"
      "\n"
      "     Rebecca T. Lindqvist            (303)                 555-0194\n"
      "     ----------------------------    -----------      ---------------\n"
      "            (Name)                   (Area Code)       (Telephone Number)\n";
  CHECK(V(page, "address") ==
        "6200 South Syracuse Way, Suite 450, Greenwood Village, Colorado "
        "80111");
  CHECK(V(page, "zip_code") == "80111");
  CHECK(V(page, "contact_name") == "Rebecca T. Lindqvist");
}

TEST_CASE("a name wrapped before its legal form", "[cover][forms]") {
  std::string page =
      "                                    FORM 8-K\n"
      "                      GREAT LAKES MANUFACTURING AND SUPPLY\n"
      "                                     COMPANY\n"
      "            [Exact name of registrant as specified in its charter]\n";
  CHECK(V(page, "registrant_name") ==
        "GREAT LAKES MANUFACTURING AND SUPPLY COMPANY");
  // A legal form alone is never the name: when the line over it is no
  // name's start, nothing is read.
  std::string lost =
      "                                    FORM 8-K\n"
      "              THE ANNUAL MEETING OF THE SHAREHOLDERS OF THE\n"
      "                                     COMPANY\n"
      "            (Exact name of registrant as specified in its charter)\n";
  CHECK(V(lost, "registrant_name").empty());
}

TEST_CASE("a cover flattened into one line of values and captions",
          "[cover][forms]") {
  std::string page =
      "FORM 8-K\n"
      "Acme Widget Corp. (Exact name of registrant as specified in its "
      "charter) Delaware (State or other jurisdiction of incorporation) "
      "1-12345 (Commission File Number) 12-3456789 (IRS Employer "
      "Identification No.)\n";
  CHECK(V(page, "registrant_name") == "Acme Widget Corp.");
  CHECK(V(page, "state_of_incorporation") == "Delaware");
  CHECK(V(page, "irs_employer_id") == "12-3456789");
  // Words before the caption that end in no legal form are no name.
  CHECK(V("FORM 8-K\nAs filed today (Exact name of registrant as specified "
          "in its charter)\n",
          "registrant_name")
            .empty());
}

TEST_CASE("a registered agent's address is not the registrant's",
          "[cover][forms]") {
  std::string page =
      "                                    FORM 10-K\n"
      "                               ACME WIDGET CORP.\n"
      "             (Exact name of registrant as specified in its charter)\n"
      "\n"
      "c/o Corporation Service Company, 251 Little Falls Drive, Wilmington, "
      "Delaware 19808\n"
      "(Address of registered agent)\n";
  CHECK(V(page, "address").empty());
  CHECK(V(page, "zip_code").empty());
}

TEST_CASE("a combined 8-K: registrants' names stacked over one caption",
          "[cover][forms]") {
  std::string text =
      "                                    FORM 8-K\n"
      "                         NORTHLAKE UTILITIES CORPORATION\n"
      "                          NORTHLAKE GAS & ELECTRIC COMPANY\n"
      "             (Exact name of registrant as specified in its charter)\n"
      "\n"
      "   Wisconsin                      1-9057                     "
      "39-1234567\n"
      "   Wisconsin                      1-3016                     "
      "39-7654321\n"
      "(State or other            (Commission File Number)      (IRS "
      "Employer\n"
      "jurisdiction of                                        Identification "
      "No.)\n"
      "incorporation)\n";
  Document doc = TextDocument(text);
  std::vector<Field> fields = ExtractCover(doc);
  CHECK(Value(doc, fields, "registrant_name", 0) ==
        "NORTHLAKE UTILITIES CORPORATION");
  CHECK(Value(doc, fields, "commission_file_number", 0) == "1-9057");
  CHECK(Value(doc, fields, "registrant_name", 1) ==
        "NORTHLAKE GAS & ELECTRIC COMPANY");
  CHECK(Value(doc, fields, "commission_file_number", 1) == "1-3016");
  CHECK(Value(doc, fields, "irs_employer_id", 1) == "39-7654321");
}

TEST_CASE("scanned 10-K cover: a speck inside the fiscal year phrase",
          "[cover][forms]") {
  std::string page =
      "                 FORM 10-K\n"
      "   For the. fiscal year ended December 31, 1997\n";
  CHECK(V(page, "fiscal_year_end") == "1997-12-31");
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

TEST_CASE("An amendment's number under the form's name makes it the "
          "amendment",
          "[cover][forms]") {
  CHECK(testing::CoverValue("FORM 10-K\n(Amendment No. 1)\n", "form_type") ==
        "10-K/A");
  CHECK(testing::CoverValue("FORM 10-Q\n\nAmendment No. 2\n", "form_type") ==
        "10-Q/A");
  // A schedule's blank "(Amendment No. )" is no amendment.
  CHECK(testing::CoverValue("FORM 10-K\n(Amendment No. )\n", "form_type") ==
        "10-K");
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

TEST_CASE("Proxy statement covers: the checked box is the form",
          "[cover][forms]") {
  auto page = [](const char* pre, const char* def, const char* add) {
    return std::string("SCHEDULE 14A\n") + pre +
           "\tPreliminary Proxy Statement\n" + def +
           "\tDefinitive Proxy Statement\n" + add +
           "\tDefinitive Additional Materials\n";
  };
  CHECK(testing::CoverValue(page("[ ]", "[X]", "[ ]"), "form_type") ==
        "DEF 14A");
  CHECK(testing::CoverValue(page("x", "o", "o"), "form_type") == "PRE 14A");
  CHECK(testing::CoverValue(page("\u2610", "\u2610", "\u2612"),
                            "form_type") == "DEFA14A");
  // Nothing checked, or no schedule: no form from the boxes.
  CHECK(testing::CoverValue(page("[ ]", "[ ]", "[ ]"), "form_type").empty());
  CHECK(testing::CoverValue("[X] Definitive Proxy Statement\n", "form_type")
            .empty());
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

TEST_CASE("'SEC File Number' with its number beside it", "[cover][forms]") {
  CHECK(testing::CoverValue("FORM 10-K\n   SEC File Number 001-12345\n",
                            "commission_file_number") == "001-12345");
}

TEST_CASE("Period phrases in their printed variants", "[cover][forms]") {
  struct Case {
    const char* line;
    const char* field;
    const char* iso;
  };
  const Case cases[] = {
      {"For the quarterly period ending September 30, 2001",
       "reporting_period_end", "2001-09-30"},
      {"For the quarterly period ended March 31 , 2002",
       "reporting_period_end", "2002-03-31"},
      {"For the fiscal quarter ended April 30, 2005", "reporting_period_end",
       "2005-04-30"},
      {"FOR THE QUARTERLY PERIOD ENDED 30 JUNE 2012", "reporting_period_end",
       "2012-06-30"},
      {"For the year ended 31 December 2002", "fiscal_year_end",
       "2002-12-31"},
      {"For the fiscal year ending June 30, 1999", "fiscal_year_end",
       "1999-06-30"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(testing::CoverValue(std::string("FORM 10-Q\n") + c.line + "\n",
                              c.field) == c.iso);
  }
  // A phrase on a blank rule is passed over for the one with a date.
  CHECK(testing::CoverValue("FORM 10-K\nFor the fiscal year ended ________\n"
                            "For the fiscal year ended June 30, 1999\n",
                            "fiscal_year_end") == "1999-06-30");
  // The date must open what follows the phrase.
  CHECK(testing::CoverValue("FORM 10-Q\nFor the quarter ended and the "
                            "year to March 31, 2002\n",
                            "reporting_period_end")
            .empty());
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

TEST_CASE("A zip in a cell of its own follows its state without a comma",
          "[cover][forms]") {
  std::string page =
      "FORM 10-K\n"
      "      One Harbor Center, Atlanta, Georgia   30303\n"
      "   (Address, including zip code, of principal executive offices)\n";
  CHECK(testing::CoverValue(page, "address") ==
        "One Harbor Center, Atlanta, Georgia 30303");
  CHECK(testing::CoverValue(page, "zip_code") == "30303");
}


TEST_CASE("1990s 10-Q cover: 'For Quarter Ended' beside the file number",
          "[cover][forms]") {
  std::string page =
      "                                    FORM 10-Q\n"
      "\n"
      "For Quarter Ended September 30, 1996             Commission File No. "
      "1-8712\n"
      "\n"
      "                           PRAIRIE GAS & ELECTRIC CO.\n"
      "             (Exact name of registrant as specified in its charter)\n";
  CHECK(testing::CoverValue(page, "reporting_period_end") == "1996-09-30");
  CHECK(testing::CoverValue(page, "commission_file_number") == "1-8712");
  // A retailer's quarter in weeks.
  CHECK(testing::CoverValue("FORM 10-Q\nFor the thirteen weeks ended May 4, "
                            "2019\n",
                            "reporting_period_end") == "2019-05-04");
}

TEST_CASE("20-F cover: a box left 'Not Applicable'",
          "[cover][forms]") {
  std::string page =
      "                                    FORM 20-F\n"
      "     For the fiscal year ended December 31, 2005\n"
      "                         Commission file number: 1-14846\n"
      "\n"
      "                           NORDVIK SHIPPING ASA\n"
      "             (Exact name of Registrant as specified in its charter)\n"
      "\n"
      "                                 Not Applicable\n"
      "                 (Translation of Registrant's name into English)\n"
      "\n"
      "                               Kingdom of Norway\n"
      "                 (Jurisdiction of incorporation or organization)\n"
      "\n"
      "                       Strandveien 50, 1366 Lysaker, Norway\n"
      "                    (Address of principal executive offices)\n";
  CHECK(testing::CoverValue(page, "registrant_name") == "NORDVIK SHIPPING ASA");
  CHECK(testing::CoverValue(page, "registrant_name_english").empty());
  CHECK(testing::CoverValue(page, "address") ==
        "Strandveien 50, 1366 Lysaker, Norway");
  // A number before a town, right before the country, is its postal code.
  CHECK(testing::CoverValue(page, "zip_code") == "1366");
}


TEST_CASE("10-KSB cover: the small business issuer's captions",
          "[cover][forms]") {
  std::string page =
      "                                  FORM 10-KSB\n"
      "                   For the fiscal year ended March 31, 2004\n"
      "                        Commission file number 0-28514\n"
      "\n"
      "                            PINE HOLLOW TECHNOLOGIES, INC.\n"
      "                 (Name of small business issuer in its charter)\n"
      "\n"
      "            Nevada                                          "
      "88-0345678\n"
      "(State or other jurisdiction of                          (I.R.S. "
      "Employer\n"
      " incorporation or organization)                         "
      "Identification No.)\n"
      "\n"
      "                                (702) 555-0188\n"
      "                          (Issuer's telephone number)\n";
  CHECK(testing::CoverValue(page, "registrant_name") ==
        "PINE HOLLOW TECHNOLOGIES, INC.");
  CHECK(testing::CoverValue(page, "phone") == "(702) 555-0188");
  CHECK(testing::CoverValue(page, "state_of_incorporation") == "Nevada");
}


TEST_CASE("scanned 10-K cover: a caption's lost parenthesis, quote specks",
          "[cover][forms]") {
  // OCR of a typeset cover: the state's caption lost its ")" and runs
  // into the IRS number's; specks read as quotes open "ended" and the
  // state; the telephone's caption lost its "'s".
  std::string page =
      "FORM 10-K\n"
      "   For the fiscal year \u2018ended May 31, 2013   Commission file "
      "number 001-24464\n"
      "   Nakamura Systems Co.\n"
      "   (EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)\n"
      "   \u201cPennsylvania 25-4421072\n"
      "   (State or Other Jurisdiction of Incorporation (I.R.S. Employer "
      "Identification Number)\n"
      "   1190 Chestnut Lane, Miami, Florida 33131\n"
      "   (Address of principal executive offices)  (Zip Code)\n"
      "   (305) 555-6599\n"
      "   (Registrant telephone number, including area code)\n";
  using testing::OcrCoverValue;
  CHECK(OcrCoverValue(page, "reporting_period_end") == "2013-05-31");
  CHECK(OcrCoverValue(page, "state_of_incorporation") == "Pennsylvania");
  CHECK(OcrCoverValue(page, "irs_employer_id") == "25-4421072");
  // The address line is no rest of the caption above it.
  CHECK(OcrCoverValue(page, "address") == "1190 Chestnut Lane, Miami, Florida");
  CHECK(OcrCoverValue(page, "zip_code") == "33131");
  CHECK(OcrCoverValue(page, "phone") == "(305) 555-6599");
}

// Rows of state, file number and IRS number as OCR reads them from a
// proportional font: a curly quote or a slash before a value, a speck read
// as a word before the first, the hyphen read as a plus or a point, the
// IRS caption "(LR.S." wrapped, "Uurisdiction", a caption's last word
// misread ("Commission fi file mauve").
TEST_CASE("scanned covers: specks and misread hyphens in the three-value row",
          "[cover][forms]") {
  using testing::OcrCoverValue;
  auto cover = [](const std::string& row, const std::string& captions) {
    return "FORM 10-K\n"
           " For the fiscal year ended August 31, 2014\n"
           " Galloway Instruments Group, Inc.\n"
           " (Exact name of registrant as specified in charter)\n" +
           row + "\n" + captions +
           "\n 7152 Main Avenue\n Philadelphia, PA 19103\n";
  };
  const std::string wrapped =
      ". (State or other jurisdiction of incorporation or "
      "organization)(Commission file number)  (LR.S.\n"
      " Employer Identification Number)";
  std::string a =
      cover("California ~ 000- 13697   \u201c48- 7265990.", wrapped);
  CHECK(OcrCoverValue(a, "state_of_incorporation") == "California");
  CHECK(OcrCoverValue(a, "commission_file_number") == "000-13697");
  CHECK(OcrCoverValue(a, "irs_employer_id") == "48-7265990");
  std::string b = cover("a Texas 1.6566    79+ 1519483", wrapped);
  CHECK(OcrCoverValue(b, "state_of_incorporation") == "Texas");
  CHECK(OcrCoverValue(b, "commission_file_number") == "1-6566");
  CHECK(OcrCoverValue(b, "irs_employer_id") == "79-1519483");
  std::string c =
      cover(" Delaware       /35-9756292",
            "  Uurisdiction of incorporation or organization) (I.R.S. Employer "
            "Identification No. )");
  CHECK(OcrCoverValue(c, "state_of_incorporation") == "Delaware");
  CHECK(OcrCoverValue(c, "irs_employer_id") == "35-9756292");
  std::string d = "  Commission fi file mauve 001-25372\n" + cover("", "");
  CHECK(OcrCoverValue(d, "commission_file_number") == "001-25372");
  // A backslash word OCR read inside the name is a speck.
  std::string e = cover("", "");
  e.replace(e.find("Galloway Instruments"), 20, "Galloway \\s Instruments");
  CHECK(OcrCoverValue(e, "registrant_name") ==
        "Galloway Instruments Group, Inc.");
}

// Address lines as OCR reads them from a proportional font: quote marks
// from specks, a semicolon for a comma, a dash before the ZIP, a house
// number two blanks from its street, a state's capital I read as "l", a
// glyph read twice.
TEST_CASE("scanned covers: an address's misread marks", "[cover][forms]") {
  using testing::OcrCoverValue;
  auto cover = [](const std::string& address) {
    return "FORM 20-F\n"
           " For the fiscal year ended November 30, 2001\n"
           " Commission file number 0-14493\n\n"
           " Ironwood Technologies Holdings, Inc.\n"
           ", (Exact name of registrant as specified in its charter)\n"
           ": Delaware\n"
           " (Jurisdiction of incorporation or organization)\n" +
           address + "\n (Address of Principal Executive Offices) (Zip Code)\n";
  };
  std::string a = cover(
      " \u20187570 Walnut Street, Suite 333, St. Louis; MO\u201d - 63102-4614");
  CHECK(OcrCoverValue(a, "address") ==
        "7570 Walnut Street, Suite 333, St. Louis, MO");
  CHECK(OcrCoverValue(a, "zip_code") == "63102-4614");
  std::string b =
      cover("  284  Market Avenue, Suite 1656, Louisville, Kentucky 40202");
  CHECK(OcrCoverValue(b, "address") ==
        "284 Market Avenue, Suite 1656, Louisville, Kentucky");
  std::string c = cover("  5014 State Street, Des Moines, lowa 50309");
  CHECK(OcrCoverValue(c, "address") == "5014 State Street, Des Moines, Iowa");
  // A glyph's echo: a lone capital before the word it opens, a lone digit
  // after the number it ends.
  std::string d = cover("  6217 7 Harbor Drive, L Long Beach, California 90802");
  CHECK(OcrCoverValue(d, "address") ==
        "6217 Harbor Drive, Long Beach, California");
}

TEST_CASE("scanned covers: specks in phrases, captions and rows",
          "[cover][forms]") {
  using testing::OcrCoverValue;
  // A speck after "For", "period" misread, a blank after the file
  // number's hyphen, a state run into the IRS number under an OCR'd IRS
  // caption, a speck cell beside the telephone.
  std::string q =
      "FORM 10-Q\n"
      " For, the quarterly petiod ended June 30, 2003\n"
      " Commission. file number 001- 12315 -\n"
      " Larkspur Foods Company\n"
      " (Exact name of registrant as specified in its charter)\n"
      " Nevada53- 7823715\n"
      " (urisdiction of incorporation or organization)   (IL-R.S. Employer "
      "Identification Number)\n"
      " 3112 Pine Way\n"
      " Omaha, Nebraska 68102\n"
      " (402) 555-3150                         _\n"
      " (Address, including zip code, and telephone number, including area "
      "code, of registrant's\n"
      " principal executive offices)\n";
  CHECK(OcrCoverValue(q, "reporting_period_end") == "2003-06-30");
  CHECK(OcrCoverValue(q, "commission_file_number") == "001-12315");
  CHECK(OcrCoverValue(q, "state_of_incorporation") == "Nevada");
  CHECK(OcrCoverValue(q, "irs_employer_id") == "53-7823715");
  CHECK(OcrCoverValue(q, "address") == "3112 Pine Way, Omaha, Nebraska 68102");
  CHECK(OcrCoverValue(q, "phone") == "(402) 555-3150");
  // Values OCR set one blank apart, specks read as short words and marks
  // further along their line ("oor", "|", ";").
  std::string s1 =
      "FORM S-1\n"
      " THACKERAY LOGISTICS INC\n"
      " (Exact name of registrant as specified in charter)\n"
      " Ohio 333-168122 ~ 15-7053077                   oor                |"
      "      ;           _\n"
      "- (State of incorporation) (Commission file number)  (LR.S. Employer "
      "Identification Number)\n";
  CHECK(OcrCoverValue(s1, "state_of_incorporation") == "Ohio");
  CHECK(OcrCoverValue(s1, "commission_file_number") == "333-168122");
  CHECK(OcrCoverValue(s1, "irs_employer_id") == "15-7053077");
  // Dash specks before the IRS number; captions parted by a speck.
  std::string r =
      "FORM 10-K\n"
      " Minnesota       \u2014-36-0375752\n"
      " (State or other jurisdiction of incorporation or organization) \u2014 "
      "(I.R.S. Employer Identification No.)\n";
  CHECK(OcrCoverValue(r, "state_of_incorporation") == "Minnesota");
  CHECK(OcrCoverValue(r, "irs_employer_id") == "36-0375752");
  // A caption OCR spaced apart, and one with a letter run into a word.
  CHECK(OcrCoverValue("FORM 10-Q\n Garrick Materials Company\n  (Exact name of "
                      "registrant as specified   its charter)\n",
                      "registrant_name") == "Garrick Materials Company");
  CHECK(OcrCoverValue("FORM 10-K\n UNDERHILL SYSTEMS CORP.\n (EXACTN NAME OF "
                      "REGISTRANT AS SPECIFIED IN ITS CHARTER)\n",
                      "registrant_name") == "UNDERHILL SYSTEMS CORP.");
  // An 8-K's date whose parenthesis OCR garbled; a registration number
  // with a blank among its digits; an IRS number's shape in the file
  // number's slot is none.
  CHECK(OcrCoverValue("FORM 8-K\n Date of Report (Date: of earliest event it "
                      "reported): April 3, 1995\n",
                      "report_date") == "1995-04-03");
  CHECK(OcrCoverValue("FORM S-1\n Registration No. 333-2409 16\n",
                      "commission_file_number") == "333-240916");
  CHECK(OcrCoverValue("FORM 10-K\n Commission file number 0-12345 6\n",
                      "commission_file_number")
            .empty());
  CHECK(OcrCoverValue("FORM 8-K\n California   26-8461023\n (State of "
                      "incorporation)   (Commission file number)\n",
                      "commission_file_number")
            .empty());
}

TEST_CASE(
    "a prospectus supplement's registration number, not its annex's "
    "reproduced cover's file number",
    "[cover][forms]") {
  const std::string page1 =
      "                              Filed Pursuant to Rule 424(b)(3)\n"
      "                              Registration No. 333-208114\n\n"
      "              ROANOKE GATEWAY NET LEASE REIT, INC.\n"
      "          SUPPLEMENT NO. 6 DATED AUGUST 11, 2017\n";
  const std::string annex =
      "ANNEX A\n\n"
      "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
      "FORM 10-Q\n"
      "For the quarterly period ended June 30, 2017\n"
      "Commission File Number: 000-55871\n";
  CHECK(V(page1 + "\f" + annex, "commission_file_number") == "333-208114");
  // On one page the surer caption wins as before.
  CHECK(V(annex, "commission_file_number") == "000-55871");
}

TEST_CASE("13F cover: the manager's name, address and 13F file number",
          "[cover][forms]") {
  const std::string page =
      "                                  FORM 13F\n\n"
      "                            FORM 13F COVER PAGE\n\n"
      "Report for the Calendar Year or Quarter Ended:  March 31, 2012\n\n"
      "Institutional Investment Manager Filing this Report:\n\n"
      "Name:     Brightwater Asset Management LLC\n"
      "Address:  Two Greenwich Office Park, Suite 310\n"
      "          Greenwich, CT 06830\n\n"
      "Form 13F File Number:  28-11873\n\n"
      "Person Signing this Report on Behalf of Reporting Manager:\n\n"
      "Name:   Theresa M. Quinlan\n"
      "Title:  Chief Compliance Officer\n";
  CHECK(V(page, "registrant_name") == "Brightwater Asset Management LLC");
  CHECK(V(page, "address") ==
        "Two Greenwich Office Park, Suite 310, Greenwich, CT 06830");
  CHECK(V(page, "zip_code") == "06830");
  CHECK(V(page, "commission_file_number") == "28-11873");
  CHECK(V(page, "reporting_period_end") == "2012-03-31");
  // Without the manager's title, "Name:" names nobody.
  CHECK(
      V("FORM 13F\n\nName:   Theresa M. Quinlan\n", "registrant_name").empty());
}

TEST_CASE(
    "a Rule 424(b) prospectus: its registration number over an "
    "attached report's file number",
    "[cover][forms]") {
  const std::string page =
      "Filed Pursuant to Rule 424(b)(3)\n"
      "Registration No. 333-121887\n\n"
      "PROSPECTUS SUPPLEMENT NO. 4\n\n"
      "REDWATER ENERGY PARTNERS, L.P.\n\n"
      "Delaware\t001-32117\t76-0714453\n"
      "(State or other jurisdiction of incorporation)\t(Commission File "
      "Number)\t(IRS Employer Identification No.)\n";
  CHECK(V(page, "commission_file_number") == "333-121887");
}

TEST_CASE(
    "a combined report's registrants stacked one block each, the first "
    "name spaced out letter by letter",
    "[cover][forms]") {
  const std::string page =
      "                                   FORM 10-Q\n\n"
      "COMMISSION FILE NUMBER 1-12455\n\n"
      "   C U M B E R L A N D   P L A T E A U   E N E R G Y   C O R P O R A T "
      "I O N\n"
      "           (EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)\n\n"
      "             KENTUCKY                                      61-1276540\n"
      "   (STATE OR OTHER JURISDICTION OF                      (I.R.S. "
      "EMPLOYER\n"
      "   INCORPORATION OR ORGANIZATION)                      IDENTIFICATION "
      "NO.)\n\n"
      "COMMISSION FILE NUMBER 2-47113\n\n"
      "                        CUMBERLAND PLATEAU GAS COMPANY\n"
      "           (EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)\n\n"
      "             KENTUCKY                                      61-0487312\n"
      "   (STATE OR OTHER JURISDICTION OF                      (I.R.S. "
      "EMPLOYER\n"
      "   INCORPORATION OR ORGANIZATION)                      IDENTIFICATION "
      "NO.)\n";
  Document doc = TextDocument(page);
  std::vector<Field> fields = ExtractCover(doc);
  CHECK(Value(doc, fields, "registrant_name") ==
        "CUMBERLAND PLATEAU ENERGY CORPORATION");
  CHECK(Value(doc, fields, "commission_file_number") == "1-12455");
  CHECK(Value(doc, fields, "irs_employer_id") == "61-1276540");
  CHECK(Value(doc, fields, "registrant_name", 1) ==
        "CUMBERLAND PLATEAU GAS COMPANY");
  CHECK(Value(doc, fields, "commission_file_number", 1) == "2-47113");
  CHECK(Value(doc, fields, "irs_employer_id", 1) == "61-0487312");
  CHECK(Value(doc, fields, "state_of_incorporation", 1) == "Kentucky");
  // A name printed twice (a former name's block) is one registrant.
  Document once = TextDocument(
      "FORM 10-K\n\nCommission File Number 1-12455\n\n"
      "ACME WIDGET CORPORATION\n"
      "(Exact name of registrant as specified in its charter)\n\n"
      "Delaware                         61-1276540\n"
      "(State of incorporation)         (I.R.S. Employer Identification "
      "No.)\n");
  std::vector<Field> one = ExtractCover(once);
  CHECK(Value(once, one, "registrant_name", 1).empty());
}

TEST_CASE(
    "a cover with every caption over its value: state and ZIP below "
    "their captions",
    "[cover][forms]") {
  const std::string page =
      "FORM 10-Q\n"
      "(Exact name of registrant as specified in its charter)\n"
      "Harrow Glen Medical Instruments, Inc.\n"
      "(State or other jurisdiction of\n"
      "incorporation or organization)\n"
      "Indiana\n"
      "(Commission\n"
      "File Number)\n"
      "001-36014\n"
      "(Street Address)\n"
      "11550 North Meridian Street, Suite 600\n"
      "(City)\n"
      "Carmel\n"
      "(State)\n"
      "Indiana\n"
      "(Zip Code)\n"
      "46032\n";
  CHECK(V(page, "state_of_incorporation") == "Indiana");
  CHECK(V(page, "zip_code") == "46032");
  // A name under a state's caption is no state.
  CHECK(V("FORM 10-Q\n(State or other jurisdiction of incorporation)\n"
          "Harrow Glen Medical Instruments, Inc.\n",
          "state_of_incorporation")
            .empty());
}

TEST_CASE("an area code in a cell of its own beside the local number",
          "[cover][forms]") {
  CHECK(V("FORM 10-K\n\n"
          "9850 Double R Boulevard, Suite 300, Reno, Nevada\t89521\n"
          "(Address of principal executive offices)\t(Zip Code)\n"
          "(775)\t555-0128\n"
          "(Area Code)\t(Telephone Number)\n",
          "phone") == "(775) 555-0128");
}

TEST_CASE(
    "a fund's statutory trust named in its statement of additional "
    "information",
    "[cover][forms]") {
  CHECK(V("FORM N-1A\n\n"
          "                          WISSAHICKON FUNDS TRUST\n"
          "         (Exact Name of Registrant as Specified in Charter)\n\n"
          "The Trust. Wissahickon Funds Trust (the \"Trust\") is an open-end "
          "management investment company organized as a Delaware statutory "
          "trust on August 9, 2011.\n",
          "state_of_incorporation") == "Delaware");
  // Another company's trust is not the registrant's.
  CHECK(V("FORM N-1A\n\n"
          "                          WISSAHICKON FUNDS TRUST\n"
          "         (Exact Name of Registrant as Specified in Charter)\n\n"
          "Schuylkill Advisers Trust is an open-end management investment "
          "company organized as a Delaware statutory trust.\n",
          "state_of_incorporation")
            .empty());
}

TEST_CASE("a name and an address left of captions wrapped under themselves",
          "[cover][forms]") {
  const std::string text =
      "FORM 10-K\n\n"
      "MONOCOT VALVE & FITTING CORPORATION          (Exact name of registrant "
      "as\n"
      "                                               specified in its "
      "charter)\n\n"
      "Maryland                                      (State or other "
      "jurisdiction of\n"
      "                                               incorporation or "
      "organization)\n\n"
      "4410 Buckeye Pike                             (Address of principal "
      "executive\n"
      "Frederick, Maryland  21704                     offices and Zip Code)\n\n"
      "(301) 555-0162                                (Registrant's telephone "
      "number,\n"
      "                                               including area code)\n";
  CHECK(V(text, "registrant_name") == "MONOCOT VALVE & FITTING CORPORATION");
  CHECK(V(text, "address") == "4410 Buckeye Pike, Frederick, Maryland 21704");
  CHECK(V(text, "zip_code") == "21704");
}

TEST_CASE("what the registrant is, in parentheses over its name's caption",
          "[cover][forms]") {
  const std::string text =
      "FORM 18-K\n\nANNUAL REPORT\nof\n\n"
      "        QUINTO REGIONAL WATER FINANCE AUTHORITY\n"
      "     (an agency of the Province of Ontario, Canada)\n"
      "                 (Name of Registrant)\n\n"
      "   Date of end of last fiscal year:  March 31, 1997\n";
  CHECK(V(text, "registrant_name") ==
        "QUINTO REGIONAL WATER FINANCE AUTHORITY");
  CHECK(V(text, "state_of_incorporation") == "Ontario");
  // A government in its formal style is a name; a state alone is none.
  CHECK(V("FORM 18-K\n\n         COMMONWEALTH OF AUSTRALIA\n"
          "           (Name of Registrant)\n",
          "registrant_name") == "COMMONWEALTH OF AUSTRALIA");
  CHECK(V("FORM 10-K\n\n         Nevada\n"
          "   (Exact name of registrant as specified in its charter)\n",
          "registrant_name") == "");
}

TEST_CASE("a proxy's check box is no name", "[cover][forms]") {
  const std::string text =
      "SCHEDULE 14A\n"
      "\xe2\x98\x90 Definitive Additional Materials\n"
      "\xe2\x98\x90 Soliciting Material under \xc2\xa7"
      "240.14a-12\n"
      "\n"
      "(Name of Registrant as Specified In Its Charter)\n"
      "(Name of Person(s) Filing Proxy Statement, if other than the "
      "Registrant)\n";
  CHECK(V(text, "registrant_name") == "");
}

TEST_CASE("registrants' addresses in blocks under one caption for all",
          "[cover][forms]") {
  const std::string blocks =
      "303 West Wall Street, Suite 1900\n"
      "Midland, Texas 79701                                 (432) 555-0117\n"
      "\n"
      "1001 Fannin Street, Suite 2700\n"
      "Houston, Texas 77002                                 (713) 555-0183\n"
      "-----------------------------------------------------------------\n";
  const std::string head =
      "FORM 8-A\n\n"
      "LLANITO PIPELINE PARTNERS, L.P.     Delaware       75-2910443\n"
      "LLANITO FINANCE CORP.               Delaware       20-4471866\n"
      "----------------------------------------------------------------\n"
      "(Exact name of registrant as     (State of      (I.R.S. Employer\n"
      "specified in its charter)        incorporation) Identification No.)\n\n";
  Document doc = TextDocument(
      head + blocks +
      "(Addresses of principal executive offices, including zip code, and "
      "telephone\nnumbers, including area code, of each registrant, in the "
      "order listed above)\n");
  std::vector<Field> fields = ExtractCover(doc);
  CHECK(Value(doc, fields, "zip_code") == "79701");
  CHECK(Value(doc, fields, "phone") == "(432) 555-0117");
  std::string second;
  for (const Field& f : fields) {
    if (f.name == "zip_code" && f.entity == 1) second = f.value;
  }
  CHECK(second == "77002");
  // Under a caption of one address, two whole addresses are whose? None.
  const std::string one =
      head + blocks +
      "(Address of principal executive offices, including zip code)\n";
  CHECK(V(one, "address") == "");
}

TEST_CASE("Form 1-SA: a mailing address's caption, a semiannual period",
          "[cover][forms]") {
  const std::string text =
      "FORM 1-SA\nSEMIANNUAL REPORT PURSUANT TO REGULATION A\n"
      "For the fiscal semiannual period ended June 30, 2019\n"
      "Exact name of issuer as specified in its charter\tCHATTOLA RESORTS, "
      "INC.\n"
      "Full mailing address of principal executive offices\n"
      "1150 Warwick Road\n"
      "Clayton\tGeorgia\t30525\n"
      "Issuer's telephone number, including area code\t(706) 555-0117\n";
  CHECK(V(text, "reporting_period_end") == "2019-06-30");
  CHECK(V(text, "zip_code") == "30525");
  CHECK(V(text, "address").rfind("1150 Warwick Road, Clayton", 0) == 0);
}

TEST_CASE("captions and values joined by underscore and dot leaders",
          "[cover][forms]") {
  const std::string underscores =
      "FORM 10-Q\n\n"
      "Exact name of registrant ______________ Alamito Hydroponics, Inc.\n\n"
      "Commission file number ________________ 000-89002\n\n"
      "State of incorporation ________________ Texas\n\n"
      "IRS Employer ID No. ___________________ 74-2994110\n";
  CHECK(V(underscores, "registrant_name") == "Alamito Hydroponics, Inc.");
  CHECK(V(underscores, "commission_file_number") == "000-89002");
  CHECK(V(underscores, "irs_employer_id") == "74-2994110");
  // A blank to fill in stays a blank: no value.
  CHECK(V("FORM S-8\n\nRegistration No. 333-__________\n",
          "commission_file_number") == "");
  const std::string dots =
      "SCHEDULE 13D\n\n"
      "Name of Issuer ............................ Hiwatha Boxboard "
      "Corporation\n\n"
      "Title of Class of Securities .............. Common Stock, $1.00 par "
      "value\n";
  CHECK(V(dots, "registrant_name") == "Hiwatha Boxboard Corporation");
}

TEST_CASE("a post office box's number is no zip code", "[cover][forms]") {
  const std::string text =
      "FORM S-1\n\n"
      "Exact name of registrant .................. NECHO CATALYST, INC.\n\n"
      "Address of principal executive offices .... P.O. Box 20210\n"
      "                                            Beaumont, Texas "
      "77720-0210\n";
  CHECK(V(text, "zip_code") == "77720-0210");
}

TEST_CASE("Form 12b-25: a remark on the period after its date",
          "[cover][forms]") {
  std::string page =
      "                                 FORM 12b-25\n"
      "                         NOTIFICATION OF LATE FILING\n"
      "(Check One): [X] Form 10-K  [ ] Form 20-F  [ ] Form 11-K\n"
      "     For Period Ended:  June 28, 2003 (fifty-two weeks; the "
      "registrant's fiscal\n"
      "                        year ends on the last Saturday in June)\n"
      "PART I -- REGISTRANT INFORMATION\n";
  CHECK(V(page, "reporting_period_end") == "2003-06-28");
  // Words that are no remark after the date: no period claimed.
  std::string other = page;
  other.replace(other.find("(fifty-two"), 10, "and again ");
  CHECK(V(other, "reporting_period_end").empty());
}

TEST_CASE("typed covers: address parts set apart by stars or bars",
          "[cover][forms]") {
  std::string page =
      "                                  FORM 10-K\n"
      "                      WICHITA PLAINS CERAMICS, INC.\n"
      "            (Exact name of registrant as specified in its charter)\n"
      "\n"
      "     Rural Route 2, Box 77 * Okemah, Oklahoma 74859 * (918) 555-0142\n"
      "   -----------------------------------------------------------------\n"
      "       (Address of principal executive offices, including zip code, "
      "and\n"
      "             registrant's telephone number, including area code)\n";
  CHECK(V(page, "address") == "Rural Route 2, Box 77, Okemah, Oklahoma 74859");
  CHECK(V(page, "zip_code") == "74859");
  std::string bars = page;
  bars.replace(bars.find(" * Okemah"), 3, " | ");
  bars.replace(bars.find(" * (918)"), 3, " | ");
  CHECK(V(bars, "address") == "Rural Route 2, Box 77, Okemah, Oklahoma 74859");
}

TEST_CASE("N-CSR: a long fund name wrapped with its legal form alone below",
          "[cover][ncsr]") {
  const std::string page =
      "                                  FORM N-CSR\n"
      "\n"
      "                Investment Company Act file number  811-04417\n"
      "\n"
      "  Tidewater Short Duration Municipal and Government Obligations Income\n"
      "                                    Trust\n"
      "------------------------------------------------------------------\n"
      "              (Exact name of registrant as specified in charter)\n";
  CHECK(V(page, "registrant_name") ==
        "Tidewater Short Duration Municipal and Government Obligations Income "
        "Trust");
}

TEST_CASE("proxy statement without its Schedule 14A page: the meeting's date",
          "[cover][proxy]") {
  const std::string page =
      "                          HARTWELL TOOL CORPORATION\n"
      "                              22 Mill Street\n"
      "                          Keene, New Hampshire  03431\n"
      "\n"
      "                                                            April 2, "
      "2004\n"
      "\n"
      "Dear Shareholder:\n"
      "\n"
      "     You are cordially invited to attend the Annual Meeting of\n"
      "Shareholders, which will be held on Thursday, May 13, 2004, at 10:00 "
      "a.m.\n"
      "\n"
      "                   NOTICE OF ANNUAL MEETING OF SHAREHOLDERS\n"
      "                          TO BE HELD MAY 13, 2004\n";
  // The letter's date is the letter's; the report's is the meeting's.
  CHECK(V(page, "report_date") == "2004-05-13");
}

TEST_CASE("a report's title-page date before a letter on the next page",
          "[cover][date]") {
  const std::string page =
      "                     BRAMBLE MUNICIPAL INCOME FUND, INC.\n"
      "\n"
      "                              SEMI-ANNUAL REPORT\n"
      "                                JUNE 30, 2001\n"
      "\n"
      "\fDear Shareholder:\n"
      "\n"
      "We are pleased to present the semi-annual report of the Fund.\n";
  CHECK(V(page, "report_date") == "2001-06-30");
}

TEST_CASE("typed text of a submission: tabs set out as the columns",
          "[cover][layout]") {
  // (Tabs in an EDGAR submission's typed document are its layout; in an
  // HTML document's text they stand for the table's cells.)
  const std::string sub =
      "<SEC-DOCUMENT>0000000000-97-000001.txt : 19970912\n"
      "<DOCUMENT>\n<TYPE>10-KSB\n<TEXT>\n"
      "                                 FORM 10-KSB\n"
      "\n"
      "Commission file number\t\t0-21477\n"
      "\n"
      "\t\tPOCATELLO FASTENER CORP.\n"
      "\t(Name of small business issuer in its charter)\n"
      "\n"
      "State of incorporation:\t\tIdaho\n"
      "Issuer's telephone number:\t\t(208) 555-0144\n"
      "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
  Result<Document> doc = ReadDocument(sub, "sub.txt");
  REQUIRE(doc.ok());
  CHECK(doc.value().text.find('\t') == std::string::npos);
  CHECK(doc.value().text.find("State of incorporation:         Idaho") !=
        std::string::npos);
  std::vector<Field> fields = ExtractCover(doc.value());
  CHECK(Value(doc.value(), fields, "registrant_name") ==
        "POCATELLO FASTENER CORP.");
  CHECK(Value(doc.value(), fields, "phone") == "(208) 555-0144");
}

TEST_CASE("an address cell's further lines under its row of captions",
          "[cover][address]") {
  // HTML rows: the street beside the phone under their captions, the
  // suite and the city alone on the lines under them.
  const std::string page =
      "FORM 10-K\n"
      "Nordby Milling Company\n"
      "(Exact name of registrant as specified in its charter)\n"
      "(Address of principal executive offices) (Zip Code)\t(Registrant's "
      "telephone number, including area code)\n"
      "730 Second Avenue South\t(612) 555-0189\n"
      "Suite 1500\n"
      "Minneapolis, Minnesota 55402\n"
      "Securities registered pursuant to Section 12(b) of the Act:\n";
  CHECK(V(page, "address") ==
        "730 Second Avenue South, Suite 1500, Minneapolis, Minnesota");
  CHECK(V(page, "zip_code") == "55402");
  CHECK(V(page, "phone") == "(612) 555-0189");
}

TEST_CASE("a phone under the address its caption names with it",
          "[cover][phone]") {
  const std::string page =
      "FORM 8-K\n"
      "(Address, including zip code, and telephone number, including area "
      "code, of registrant's principal executive offices)\n"
      "Four Tower Bridge\n"
      "200 Barr Harbor Drive, Suite 400\n"
      "West Conshohocken, Pennsylvania 19428\n"
      "(610) 555-0183\n"
      "Securities registered pursuant to Section 12(b) of the Act:\n";
  CHECK(V(page, "zip_code") == "19428");
  CHECK(V(page, "phone") == "(610) 555-0183");
}

TEST_CASE("a proxy's letterhead over the notice of its meeting",
          "[cover][proxy]") {
  const std::string page =
      "                            SCHEDULE 14A\n"
      "[X]  No fee required.\n"
      "\n"
      "                       MAPLE CREEK FARM SUPPLY COMPANY\n"
      "                            211 First Street East\n"
      "                          Independence, Iowa  50644\n"
      "                           Telephone (319) 555-0165\n"
      "\n"
      "                   NOTICE OF ANNUAL MEETING OF SHAREHOLDERS\n"
      "                         To Be Held December 9, 1999\n";
  CHECK(V(page, "zip_code") == "50644");
  CHECK(V(page, "phone") == "(319) 555-0165");
}

TEST_CASE("a cover typed as values left of their captions",
          "[cover][columns]") {
  const std::string page =
      "                                  FORM 10-K\n"
      "\n"
      "                 WABASH VALLEY RAIL SERVICES CORPORATION\n"
      "            (Exact name of registrant as specified in its charter)\n"
      "\n"
      "     Indiana                           State of incorporation\n"
      "     1-99893                           Commission File Number\n"
      "     35-1799214                        I.R.S. Employer Identification "
      "No.\n";
  CHECK(V(page, "state_of_incorporation") == "Indiana");
  CHECK(V(page, "commission_file_number") == "1-99893");
  CHECK(V(page, "irs_employer_id") == "35-1799214");
}

TEST_CASE("a state beside its caption's second line, without a colon",
          "[cover][beside]") {
  const std::string typed =
      "                                  FORM 10-K\n"
      "\n"
      "                       PRAIRIE GLASSWORKS, INC.\n"
      "            (Exact name of registrant as specified in its charter)\n"
      "\n"
      "State or other jurisdiction of\n"
      "incorporation or organization                 Kansas\n"
      "\n"
      "I.R.S. Employer Identification No.            48-0812345\n";
  CHECK(V(typed, "state_of_incorporation") == "Kansas");
  const std::string grid =
      "+-------------------------------+---------------------------+\n"
      "| Commission file number        | 000-99001                 |\n"
      "+-------------------------------+---------------------------+\n"
      "| State of incorporation        | Vermont                   |\n"
      "+-------------------------------+---------------------------+\n";
  CHECK(V(grid, "state_of_incorporation") == "Vermont");
  // A row of captions is no value.
  const std::string captions =
      "State or other jurisdiction of    Commission File    IRS Employer\n"
      "incorporation or organization     Number             Identification "
      "No.\n";
  CHECK(V(captions, "state_of_incorporation").empty());
}

TEST_CASE("an address in a row of its parts' captions", "[cover][columns]") {
  const std::string page =
      "                    HOLSTON VALLEY LODGING TRUST\n"
      "       (Exact name of registrant as specified in its charter)\n"
      "\n"
      "22 Market Street\tSuite 310\tKingsport, Tennessee 37660\n"
      "(Street)\t(Suite)\t(City, State and Zip Code)\n";
  CHECK(V(page, "address") ==
        "22 Market Street, Suite 310, Kingsport, Tennessee 37660");
  CHECK(V(page, "zip_code") == "37660");
}

TEST_CASE("an address typed left of its caption over three lines",
          "[cover][columns]") {
  const std::string page =
      "                       CEDAR BLUFF MILLING CORPORATION\n"
      "            (Exact name of registrant as specified in its charter)\n"
      "\n"
      "     Iowa                              State of incorporation\n"
      "     1-99801                           Commission File Number\n"
      "     42-0412345                        I.R.S. Employer Identification "
      "No.\n"
      "\n"
      "     Two South First Avenue\n"
      "     P.O. Box 118\n"
      "     Marshalltown, Iowa  50158            Address of principal "
      "executive offices\n";
  CHECK(V(page, "address") ==
        "Two South First Avenue, P.O. Box 118, Marshalltown, Iowa 50158");
  CHECK(V(page, "zip_code") == "50158");
}

TEST_CASE("captions wrapped at the left margin with values beside them",
          "[cover][beside]") {
  const std::string page =
      "                                   FORM 8-K\n"
      "\n"
      "Exact name of\n"
      "registrant as specified\n"
      "in its charter                  PRAIRIE RIDGE IMPLEMENT COMPANY\n"
      "\n"
      "Address of principal\n"
      "executive offices,\n"
      "including zip code              210 West Second Street\n"
      "                                Ottumwa, Iowa 52501\n";
  CHECK(V(page, "registrant_name") == "PRAIRIE RIDGE IMPLEMENT COMPANY");
  CHECK(V(page, "address") == "210 West Second Street, Ottumwa, Iowa 52501");
  CHECK(V(page, "zip_code") == "52501");
}

TEST_CASE("a fiscal year's end as a caption with a colon or in a grid",
          "[cover][beside]") {
  CHECK(V("                 FORM 10-KSB\n\n"
          "       Fiscal Year End:  June 30, 2001\n",
          "reporting_period_end") == "2001-06-30");
  CHECK(V("| Fiscal year ended        | December 31, 1992     |\n",
          "reporting_period_end") == "1992-12-31");
}

TEST_CASE("a schedule's items: the issuer's address, not the filer's",
          "[cover][beside]") {
  const std::string page =
      "SCHEDULE 13G\n"
      "Item 1(a). Name of Issuer:\tBayou Teche Instruments Corp.\n"
      "Item 1(b). Address of Issuer's Principal Executive Offices:\t"
      "400 Main Street\n"
      "\tNew Iberia, LA 70560\n"
      "Item 2(a). Name of Person Filing:\tPocono Ridge Advisors LLC\n"
      "Item 2(b). Address of Principal Business Office or, if none, "
      "Residence:\t100 Elm Avenue, Suite 3B\n"
      "\tStroudsburg, PA 18360\n";
  CHECK(V(page, "zip_code") == "70560");
}

TEST_CASE("an 11-K issuer's name wrapped over two lines", "[cover][beside]") {
  const std::string page =
      "FORM 11-K\n"
      "B.\tName of issuer of the securities held pursuant to the plan and "
      "the address of its principal executive office:\n"
      "\tCOLDWATER CREEK\n"
      "\tMACHINE CORPORATION\n"
      "\t1400 West Main Street\n"
      "\tCeles, Ohio 45822\n";
  CHECK(V(page, "registrant_name") == "COLDWATER CREEK MACHINE CORPORATION");
  CHECK(V(page, "zip_code") == "45822");
}

TEST_CASE("a fiscal year's end under its phrase inside a drawn box",
          "[cover][beside]") {
  const std::string box =
      "+--------------------------------------------------------+\n"
      "|                      FORM 10-KSB                       |\n"
      "+--------------------------------------------------------+\n"
      "| [X] ANNUAL REPORT UNDER SECTION 13 OR 15(d) OF THE     |\n"
      "|     SECURITIES EXCHANGE ACT OF 1934                    |\n"
      "|     For the fiscal year ended                          |\n"
      "|     December 31, 1996                                  |\n"
      "+--------------------------------------------------------+\n";
  CHECK(V(box, "reporting_period_end") == "1996-12-31");
  // A sentence under the phrase is no date of the box's.
  const std::string prose =
      "+--------------------------------------------------------+\n"
      "|                      FORM 10-KSB                       |\n"
      "|     For the fiscal year ended                          |\n"
      "|     the registrant had revenues of $4 million.         |\n"
      "+--------------------------------------------------------+\n";
  CHECK(V(prose, "reporting_period_end").empty());
}

TEST_CASE("a picture's placeholder over a prospectus's name",
          "[cover][layout]") {
  const std::string page =
      "                               Filed Pursuant to Rule 424(b)(4)\n"
      "                               Registration No. 333-987112\n\n"
      "PROSPECTUS\n\n"
      "                        3,200,000 SHARES\n\n"
      "                             [LOGO]\n\n"
      "                    LOWCOUNTRY WIRELESS, INC.\n\n"
      "                          COMMON STOCK\n\n"
      "     All of the shares of common stock offered hereby are being sold "
      "by\n"
      "Lowcountry Wireless, Inc.  Prior to this offering there has been no\n";
  CHECK(V(page, "registrant_name") == "LOWCOUNTRY WIRELESS, INC.");
}

TEST_CASE("an address before its caption, its city line before its own",
          "[cover][beside]") {
  const std::string page =
      "FORM 10-K/A\n"
      "MAGNOLIA PHARMACY SERVICES, INC.\t(Exact name of registrant as "
      "specified in its charter)\n"
      "1020 Highland Colony Parkway, Suite 700\t(Address of principal "
      "executive offices)\n"
      "Ridgeland, Mississippi 39157\t(City, State and Zip Code)\n"
      "(601) 555-0148\t(Registrant's telephone number, including area "
      "code)\n";
  CHECK(V(page, "zip_code") == "39157");
  CHECK(V(page, "address") ==
        "1020 Highland Colony Parkway, Suite 700, Ridgeland, Mississippi "
        "39157");
}

}  // namespace
}  // namespace secx
