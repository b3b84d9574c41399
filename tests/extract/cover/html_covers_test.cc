// HTML 10-Q and 10-K covers of the inline XBRL era, in the layouts filers'
// software produces, made up for the test (no filing is copied): the
// address in one cell or split over cells, the zip in a column of its own,
// captions under or before their values, foreign addresses.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/cover/agreement.h"
#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace {

std::string V(const std::string& html, const char* field) {
  return testing::HtmlCoverValue(html, field);
}

const char kHead[] =
    "<html><body><p>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION<br>"
    "Washington, D.C. 20549</p><p><b>FORM 10-Q</b></p>"
    "<p>QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES "
    "EXCHANGE ACT OF 1934</p>"
    "<p>For the quarterly period ended March 31, 2023</p>"
    "<p>Commission file number 000-21184</p>";

std::string Page(const std::string& body) {
  return kHead + body + "</body></html>";
}

// Checks each field's value on the page ("" where it must be absent).
void Expect(const std::string& page,
            const std::vector<std::pair<const char*, const char*>>& values) {
  for (const auto& [field, value] : values) {
    INFO(field);
    CHECK(V(page, field) == value);
  }
}

// The registrant's name over its caption, as every cover opens.
std::string Named(const char* name) {
  return std::string("<p><b>") + name +
         "</b></p><p>(Exact name of registrant as specified in its "
         "charter)</p>";
}

TEST_CASE("HTML cover: the address in one cell over its two captions",
          "[cover][forms][html]") {
  std::string page =
      Page(Named("Orchard Peak Devices, Inc.") +
           "<table><tr><td>California</td><td></td><td>94-2404110</td></tr>"
           "<tr><td>(State or other jurisdiction<br>of incorporation or "
           "organization)</td><td></td><td>(I.R.S. Employer Identification "
           "No.)</td></tr></table>"
           "<table><tr><td>One Orchard Peak Way, Cupertino, California "
           "95014</td></tr>"
           "<tr><td>(Address of principal executive offices) (Zip "
           "Code)</td></tr></table>"
           "<p>(408) 996-1010</p>"
           "<p>(Registrant's telephone number, including area code)</p>");
  Expect(page, {
                   {"registrant_name", "Orchard Peak Devices, Inc."},
                   {"state_of_incorporation", "California"},
                   {"irs_employer_id", "94-2404110"},
                   {"address", "One Orchard Peak Way, Cupertino, California"},
                   {"zip_code", "95014"},
                   {"phone", "(408) 996-1010"},
                   {"commission_file_number", "000-21184"},
                   {"reporting_period_end", "2023-03-31"},
               });
}

TEST_CASE("HTML cover: street, city, state and zip in cells of their own",
          "[cover][forms][html]") {
  std::string page = Page(
      Named("BLUE HERON SYSTEMS CORPORATION") +
      "<table><tr><td>2355 West Chandler Blvd.</td><td>Chandler</td>"
      "<td>Arizona</td><td>85224</td></tr>"
      "<tr><td>(Address of principal executive offices)</td><td>(City)</td>"
      "<td>(State)</td><td>(Zip Code)</td></tr></table>");
  // The cells are the address's parts, set apart as written.
  CHECK(V(page, "address") == "2355 West Chandler Blvd., Chandler, Arizona");
  CHECK(V(page, "zip_code") == "85224");
}

TEST_CASE("HTML cover: a state written as its code or abbreviation",
          "[cover][forms][html]") {
  for (const char* written : {"DE", "Del.", "Delaware", "DELAWARE"}) {
    std::string page =
        Page(Named("Blue Heron Systems Corporation") + "<table><tr><td>" +
             std::string(written) +
             "</td><td>77-0158076</td></tr>"
             "<tr><td>(State or other jurisdiction of<br>incorporation or "
             "organization)</td><td>(I.R.S. Employer<br>Identification "
             "No.)</td></tr>"
             "<tr><td>2355 West Chandler Blvd., Chandler, Arizona</td>"
             "<td>85224-6199</td></tr>"
             "<tr><td>(Address of principal executive offices)</td>"
             "<td>(Zip Code)</td></tr></table>");
    INFO(written);
    Expect(page, {
                     {"state_of_incorporation", "Delaware"},
                     {"irs_employer_id", "77-0158076"},
                     {"address", "2355 West Chandler Blvd., Chandler, Arizona"},
                     {"zip_code", "85224-6199"},
                 });
  }
}

TEST_CASE("HTML cover: the address and the telephone side by side",
          "[cover][forms][html]") {
  // One row of two cells over one row of their captions: the telephone
  // is its cell's value, not lost to the address block.
  for (const char* caption :
       {"(Address of principal executive offices, including zip code)",
        "(Address of principal executive offices)"}) {
    std::string page =
        Page(Named("Larkspur Foods Company") +
             "<table><tr><td>1200 Ridge Avenue, Pittsburgh, Pennsylvania "
             "15212</td><td>(412) 555-0137</td></tr><tr><td>" +
             std::string(caption) +
             "</td><td>(Registrant's telephone number, including area "
             "code)</td></tr></table>");
    INFO(caption);
    Expect(page, {
                     {"address", "1200 Ridge Avenue, Pittsburgh, Pennsylvania"
                                 " 15212"},
                     {"phone", "(412) 555-0137"},
                 });
  }
}

TEST_CASE("HTML cover: typeset dashes and a footnote mark",
          "[cover][forms][html]") {
  // A non-breaking hyphen or an en dash between digits is a hyphen; a
  // footnote's mark after the state is no part of it.
  std::string page =
      Page(Named("Larkspur Foods Company") +
           "<table><tr><td>Pennsylvania<sup>(1)</sup></td><td>25&#8209;"
           "1234567</td></tr><tr><td>(State or other jurisdiction of "
           "incorporation or organization)</td><td>(I.R.S. Employer "
           "Identification No.)</td></tr></table>"
           "<table><tr><td>1200 Ridge Avenue, Pittsburgh, Pennsylvania</td>"
           "<td>15212&#8211;4102</td></tr><tr><td>(Address of principal "
           "executive offices)</td><td>(Zip Code)</td></tr></table>"
           "<p>(412) 555&#8211;0137</p>"
           "<p>(Registrant's telephone number, including area code)</p>");
  Expect(page, {
                   {"state_of_incorporation", "Pennsylvania"},
                   {"irs_employer_id", "25-1234567"},
                   {"zip_code", "15212-4102"},
                   {"phone", "(412) 555-0137"},
               });
  // An en dash after a blank stays a dash.
  Result<Document> doc =
      ReadDocument("<p>Revenues 2023 &#8211; 2022</p>", "dash.htm");
  REQUIRE(doc.ok());
  CHECK(doc.value().text.find("2023 \u2013 2022") != std::string::npos);
}

TEST_CASE("HTML cover: captions in a header row over address and zip",
          "[cover][forms][html]") {
  std::string page =
      Page(Named("BLUE HERON SYSTEMS CORPORATION") +
           "<table><tr><td>State or other jurisdiction of incorporation or "
           "organization</td><td>I.R.S. Employer Identification No.</td></tr>"
           "<tr><td>Del.</td><td>77-0158076</td></tr></table>"
           "<table><tr><td>Address of principal executive offices</td>"
           "<td>Zip Code</td></tr>"
           "<tr><td>2355 West Chandler Blvd., Suite 100, Chandler, Arizona</td>"
           "<td>85224</td></tr></table>"
           "<p>Registrant's telephone number, including area code: (480) "
           "792-7200</p>");
  Expect(page, {
                   {"state_of_incorporation", "Delaware"},
                   {"irs_employer_id", "77-0158076"},
                   {"address",
                    "2355 West Chandler Blvd., Suite 100, Chandler, Arizona"},
                   {"zip_code", "85224"},
                   {"phone", "(480) 792-7200"},
               });
}

TEST_CASE("HTML cover: a suite on a line of its own, the zip in the caption",
          "[cover][forms][html]") {
  std::string page = Page(
      Named("Tidewater Analytics Holdings, Inc.") +
      "<table><tr><td>Nevada</td><td>&nbsp;</td><td>001-38112</td>"
      "<td>&nbsp;</td><td>46-3816152</td></tr>"
      "<tr><td>(State or other jurisdiction of incorporation)</td>"
      "<td>&nbsp;</td><td>(Commission File Number)</td><td>&nbsp;</td>"
      "<td>(IRS Employer Identification No.)</td></tr></table>"
      "<p>4400 Harbor View Road</p><p>Suite 210</p>"
      "<p>Norfolk, Virginia 23510</p>"
      "<p>(Address, including zip code, of principal executive offices)</p>");
  Expect(page,
         {
             {"state_of_incorporation", "Nevada"},
             {"commission_file_number", "001-38112"},
             {"irs_employer_id", "46-3816152"},
             {"address",
              "4400 Harbor View Road, Suite 210, Norfolk, Virginia 23510"},
             {"zip_code", "23510"},
         });
}

TEST_CASE("HTML cover: Canadian, British and Bermudan addresses",
          "[cover][forms][html]") {
  std::string canada = Page(
      Named("MAPLE CREST BIOSCIENCES INC.") +
      "<table><tr><td>Ontario, Canada</td><td>&nbsp;</td><td>98-1234567</td>"
      "</tr><tr><td>(State or other jurisdiction of incorporation or "
      "organization)</td><td>&nbsp;</td><td>(I.R.S. Employer Identification "
      "No.)</td></tr></table>"
      "<table><tr><td>100 King Street West, Suite 5700<br>Toronto, Ontario, "
      "Canada</td><td>M5H 2N2</td></tr>"
      "<tr><td>(Address of principal executive offices)</td><td>(Zip "
      "Code)</td></tr></table>");
  // A province is no US state.
  Expect(canada,
         {
             {"state_of_incorporation", "Ontario, Canada"},
             {"address",
              "100 King Street West, Suite 5700, Toronto, Ontario, Canada"},
             {"zip_code", "M5H 2N2"},
         });
  std::string alberta = Page(
      Named("Glacier Point Energy Ltd.") +
      "<table><tr><td>Alberta, Canada</td><td>Not Applicable</td></tr>"
      "<tr><td>(Province or other jurisdiction of incorporation or "
      "organization)</td><td>(I.R.S. Employer Identification No.)</td></tr>"
      "</table><p>Suite 2400, 525 - 8th Avenue S.W.</p>"
      "<p>Calgary, Alberta, Canada T2P 1G1</p>"
      "<p>(Address of principal executive offices, including postal "
      "code)</p>");
  CHECK(V(alberta, "state_of_incorporation") == "Alberta, Canada");
  CHECK(V(alberta, "irs_employer_id").empty());
  CHECK(V(alberta, "zip_code") == "T2P 1G1");
  std::string britain = Page(
      Named("THAMES CROSSING PLC") +
      "<table><tr><td>England and Wales</td><td>98-1386780</td></tr>"
      "<tr><td>(State or other jurisdiction of incorporation or "
      "organization)</td><td>(I.R.S. Employer Identification No.)</td></tr>"
      "</table><table><tr><td>1 Churchill Place</td><td>&nbsp;</td></tr>"
      "<tr><td>London</td><td>E14 5HP</td></tr>"
      "<tr><td>United Kingdom</td><td>&nbsp;</td></tr>"
      "<tr><td>(Address of principal executive offices)</td><td>(Zip "
      "Code)</td></tr></table>"
      "<p>+44 20 7555 0100</p>"
      "<p>(Registrant's telephone number, including area code)</p>");
  Expect(britain, {
                      {"state_of_incorporation", "England and Wales"},
                      {"address", "1 Churchill Place, London, United Kingdom"},
                      {"zip_code", "E14 5HP"},
                      {"phone", "+44 20 7555 0100"},
                  });
  std::string bermuda =
      Page(Named("HARBOURVIEW RE HOLDINGS LTD.") +
           "<table><tr><td>Bermuda</td><td></td><td>98-0428969</td></tr>"
           "<tr><td>(State or other jurisdiction of incorporation or "
           "organization)</td><td></td><td>(I.R.S. Employer Identification "
           "No.)</td></tr>"
           "<tr><td>Clarendon House, 2 Church Street, Hamilton</td><td></td>"
           "<td>HM 11</td></tr>"
           "<tr><td>(Address of principal executive offices)</td><td></td>"
           "<td>(Zip Code)</td></tr></table>");
  Expect(bermuda, {
                      {"state_of_incorporation", "Bermuda"},
                      {"address", "Clarendon House, 2 Church Street, Hamilton"},
                      {"zip_code", "HM 11"},
                  });
}

TEST_CASE("HTML cover: other countries' codes in the zip column",
          "[cover][forms][html]") {
  // Whatever stands under "(Zip Code)" is no part of the address; it is
  // the zip when it has a postal code's shape.
  const std::pair<const char*, const char*> kCodes[] = {
      {"KY1-1106", "KY1-1106"}, {"5250606", "5250606"},
      {"VG1110", "VG1110"},     {"01310-100", "01310-100"},
      {"L-2453", "L-2453"},     {"(see above)", ""},
  };
  for (const auto& [cell, zip] : kCodes) {
    std::string page = Page(
        Named("Harborline Holdings Ltd.") +
        "<table><tr><td>Harbour Place, 103 South Church Street<br>George "
        "Town</td><td></td><td>" +
        std::string(cell) +
        "</td></tr><tr><td>(Address of principal executive "
        "offices)</td><td></td><td>(Zip Code)</td></tr></table>");
    INFO(cell);
    CHECK(V(page, "address") ==
          "Harbour Place, 103 South Church Street, George Town");
    CHECK(V(page, "zip_code") == zip);
  }
}

TEST_CASE("HTML cover: a foreign postal code inside a one-cell address",
          "[cover][forms][html]") {
  // The caption says a zip is there: a code of another country's shape is
  // it; the address keeps a code followed by more of the address.
  const std::pair<const char*, const char*> kAddresses[] = {
      {"1 Churchill Place, London E14 5HP, United Kingdom", "E14 5HP"},
      {"Clarendon House, 2 Church Street, Hamilton HM 11, Bermuda", "HM 11"},
      {"P.O. Box 309, Ugland House, Grand Cayman, KY1-1104, Cayman Islands",
       "KY1-1104"},
      {"70 Sir John Rogerson's Quay, Dublin 2, D02 R296, Ireland", "D02 R296"},
      {"Level 18, 275 Kent Street, Sydney NSW 2000, Australia", "2000"},
      // A number beside a city's name, right before the country, is its
      // code ...
      {"Bahnhofstrasse 45, 8001 Zurich, Switzerland", "8001"},
      {"12 Abba Hillel Road, Ramat Gan 5250606, Israel", "5250606"},
      {"No. 1 Jianguomenwai Avenue, Beijing 100004, People's Republic of "
       "China",
       "100004"},
      {"Craigmuir Chambers, Road Town, Tortola, VG1110, British Virgin "
       "Islands",
       "VG1110"},
      // ... but not one beside a street's, a suite's or a tower's words,
      // nor one before a part that names no country.
      {"Harbour Centre, 1055 West Hastings Street, Canada", ""},
      {"Shinjuku Tower, Suite 2100, Japan", ""},
      {"Bahnhofstrasse 45, 8001 Zurich", ""},
      {"1200 Smith, Houston, Texas", ""},
      // A US route is no Bermudan code.
      {"100 Route NJ 17, Paramus, New Jersey", ""},
  };
  for (const auto& [address, zip] : kAddresses) {
    std::string page =
        Page(Named("Harborline Holdings plc") + "<table><tr><td>" +
             std::string(address) +
             "</td></tr><tr><td>(Address of principal executive offices) (Zip "
             "Code)</td></tr></table>");
    INFO(address);
    CHECK(V(page, "address") == address);
    CHECK(V(page, "zip_code") == zip);
  }
}

TEST_CASE(
    "HTML cover: a row that does not fit its captions gives no name "
    "as the state",
    "[cover][forms][html]") {
  std::string page =
      "<html><body><p>FORM 10-Q</p><table>"
      "<tr><td>ACME HOLDINGS GROUP</td><td>Delaware</td><td>12-3456789</td>"
      "</tr><tr><td>(State or other jurisdiction of incorporation)</td>"
      "<td>(IRS Employer Identification No.)</td></tr></table></body></html>";
  std::string state = V(page, "state_of_incorporation");
  CHECK((state.empty() || state == "Delaware"));
  CHECK(V(page, "irs_employer_id") == "12-3456789");
}

TEST_CASE("HTML cover: a table of registrants with a state column",
          "[cover][forms][html]") {
  std::string page =
      "<html><body><p>FORM 10-Q</p>"
      "<table><tr><td>Commission File Number</td><td>Exact Name of "
      "Registrant as Specified in its Charter</td><td>State of "
      "Incorporation</td><td>IRS Employer Identification No.</td></tr>"
      "<tr><td>1-12609</td><td>PACIFIC CREST ENERGY CORPORATION</td>"
      "<td>California</td><td>94-3234914</td></tr>"
      "<tr><td>1-2348</td><td>PACIFIC CREST GAS COMPANY</td><td>Nevada</td>"
      "<td>94-0742640</td></tr></table>"
      "<table><tr><td>300 Lakeside Drive<br>Oakland, California 94612</td>"
      "<td>300 Lakeside Drive<br>Oakland, California 94612</td></tr>"
      "<tr><td>(Address of principal executive offices) (Zip Code)</td>"
      "<td>(Address of principal executive offices) (Zip Code)</td></tr>"
      "<tr><td>(415) 555-7000</td><td>(415) 555-7000</td></tr>"
      "<tr><td>(Registrant's telephone number, including area code)</td>"
      "<td>(Registrant's telephone number, including area code)</td></tr>"
      "</table></body></html>";
  using testing::HtmlCoverValue;
  CHECK(testing::HtmlCoverValue(page, "state_of_incorporation", 0) == "California");
  CHECK(testing::HtmlCoverValue(page, "state_of_incorporation", 1) == "Nevada");
  CHECK(testing::HtmlCoverValue(page, "irs_employer_id", 1) == "94-0742640");
  // The captions under the addresses are no part of an address.
  for (int entity : {0, 1}) {
    CHECK(testing::HtmlCoverValue(page, "address", entity).find("(") ==
          std::string::npos);
  }
}

TEST_CASE("HTML cover: a table of registrants, its state caption wrapped",
          "[cover][forms][html]") {
  // "State or other" over "jurisdiction of" over "incorporation".
  std::string page =
      "<html><body><p>FORM 10-K</p><table>"
      "<tr><td>Exact name of registrant as</td><td>State or other</td>"
      "<td>Commission</td><td>I.R.S. Employer</td></tr>"
      "<tr><td>specified in its charter</td><td>jurisdiction of</td>"
      "<td>File Number</td><td>Identification No.</td></tr>"
      "<tr><td></td><td>incorporation</td><td></td><td></td></tr>"
      "<tr><td>Harbor Lane Trust</td><td>Maryland</td><td>1-32999</td>"
      "<td>20-1234567</td></tr>"
      "<tr><td>Harbor Lane Operating Partnership, L.P.</td><td>Delaware</td>"
      "<td>333-126999-01</td><td>20-1234568</td></tr>"
      "</table></body></html>";
  CHECK(testing::HtmlCoverValue(page, "state_of_incorporation", 0) ==
        "Maryland");
  CHECK(testing::HtmlCoverValue(page, "state_of_incorporation", 1) ==
        "Delaware");
}

TEST_CASE("HTML cover: a combined filing's header cell in semicolons",
          "[cover][html]") {
  const std::string page = Page(
      "<table><tr><td>Commission File Number</td><td>Exact name of "
      "registrant as specified in its charter; State of incorporation; "
      "Address of principal executive offices; and Telephone number</td>"
      "<td>IRS Employer Identification Number</td></tr>"
      "<tr><td>1-11299</td><td>NORTHWIND ENERGY GROUP, INC.<br>(a Georgia "
      "corporation)<br>30 Ivan Allen Jr. Boulevard, N.W.<br>Atlanta, Georgia "
      "30308<br>(404) 555-5000</td><td>58-2211111</td></tr>"
      "<tr><td>1-3526</td><td>NORTHWIND POWER COMPANY<br>(an Alabama "
      "corporation)<br>600 North 18th Street<br>Birmingham, Alabama 35203"
      "<br>(205) 555-1000</td><td>63-0004250</td></tr></table>");
  Expect(page, {{"registrant_name", "NORTHWIND ENERGY GROUP, INC."},
                {"state_of_incorporation", "Georgia"},
                {"irs_employer_id", "58-2211111"},
                {"zip_code", "30308"}});
  // The long caption cell still makes the row the table's header: each
  // row below is a registrant of its own.
  using testing::HtmlCoverValue;
  CHECK(testing::HtmlCoverValue(page, "registrant_name", 1) ==
        "NORTHWIND POWER COMPANY");
  CHECK(testing::HtmlCoverValue(page, "state_of_incorporation", 1) == "Alabama");
  CHECK(testing::HtmlCoverValue(page, "commission_file_number", 1) == "1-3526");
  CHECK(testing::HtmlCoverValue(page, "zip_code", 1) == "35203");
  CHECK(testing::HtmlCoverValue(page, "phone", 1) == "(205) 555-1000");
}

TEST_CASE("HTML cover: a registrant's name wrapped in its table cell",
          "[cover][html]") {
  // "Cascade Ridge Energy" over "Corporation": the entity word on the
  // line below ends the name; the lines after it are the details.
  const std::string page = Page(
      "<table><tr><td>Commission File Number</td><td>Exact name of "
      "registrant as specified in its charter, state of incorporation, "
      "address and telephone number</td><td>I.R.S. Employer Identification "
      "No.</td></tr>"
      "<tr><td>001-41822</td><td>Birchmont Water<br>Company<br>(a Vermont "
      "corporation)<br>85 Pearl Street<br>Burlington, Vermont 05401<br>(802) "
      "555-0171</td><td>03-0211456</td></tr>"
      "<tr><td>001-07310</td><td>Birchmont Water Services, Inc.<br>(a Vermont "
      "corporation)<br>85 Pearl Street<br>Burlington, Vermont 05401<br>(802) "
      "555-0171</td><td>03-0309871</td></tr></table>");
  Expect(page, {{"registrant_name", "Birchmont Water Company"},
                {"state_of_incorporation", "Vermont"},
                {"address", "85 Pearl Street, Burlington, Vermont 05401"}});
  CHECK(testing::HtmlCoverValue(page, "registrant_name", 1) ==
        "Birchmont Water Services, Inc.");
}

TEST_CASE("HTML cover: a state followed by the registrant it belongs to",
          "[cover][html]") {
  // Two registrants' names stacked over one caption: the first is the
  // first registrant's, as the first row under them is.
  const std::string page = Page(
      Named("NORTHWIND PROPERTY GROUP, INC.<br>NORTHWIND PROPERTY GROUP, "
            "L.P.") +
      "<table><tr><td>Delaware (Northwind Property Group, Inc.)</td>"
      "<td>04-6268599</td></tr><tr><td>(State or other jurisdiction of "
      "incorporation or organization)</td><td>(I.R.S. Employer "
      "Identification No.)</td></tr></table>");
  Expect(page, {{"registrant_name", "NORTHWIND PROPERTY GROUP, INC."},
                {"state_of_incorporation", "Delaware"},
                {"irs_employer_id", "04-6268599"}});
}

TEST_CASE("HTML cover: a sentence naming the IRS number is no address line",
          "[cover][forms][html]") {
  std::string page = Page(
      Named("Harborline Holdings, Inc.") +
      "<div>A Delaware corporation, I.R.S. Employer Identification No. "
      "45-1234567</div><div>200 Park Avenue, New York, New York 10166</div>"
      "<div>(Address of principal executive offices) (Zip Code)</div>");
  CHECK(V(page, "address") == "200 Park Avenue, New York, New York");
  CHECK(V(page, "zip_code") == "10166");
}

TEST_CASE("HTML cover: a colon caption's address going on in its column",
          "[cover][forms][html]") {
  std::string page = Page(
      "<table><tr><td>Address of principal executive offices:</td><td>300 "
      "Chestnut Street</td></tr><tr><td></td><td>Philadelphia, PA "
      "19106</td></tr><tr><td>Telephone number:</td><td>(215) "
      "555-0187</td></tr></table>");
  CHECK(V(page, "address") == "300 Chestnut Street, Philadelphia, PA 19106");
  CHECK(V(page, "zip_code") == "19106");
}

TEST_CASE("HTML cover: a footnote mark after the name",
          "[cover][forms][html]") {
  for (const char* mark : {"<sup>*</sup>", "*", "<sup>\u2020</sup>"}) {
    std::string page =
        Page(std::string("<p><b>EXAMPLE HOLDINGS, INC.</b>") + mark +
             "</p><p>(Exact name of registrant as specified in its "
             "charter)</p>");
    INFO(mark);
    CHECK(V(page, "registrant_name") == "EXAMPLE HOLDINGS, INC.");
  }
  // Inside a name it stays.
  std::string inside = Page(
      "<p><b>E*TRADE FINANCIAL CORPORATION</b></p><p>(Exact name of "
      "registrant as specified in its charter)</p>");
  CHECK(V(inside, "registrant_name") == "E*TRADE FINANCIAL CORPORATION");
}

TEST_CASE("HTML cover: a combined filing's registrant cell ends in its telephone",
          "[cover][forms][html]") {
  // A utility's registrant table: one cell holds the name, the state in
  // parentheses, the address and "Telephone (...)". The telephone is the
  // phone, not the end of the address, and the zip is the address's.
  for (const char* tel : {"Telephone (614) 555-0142", "Tel.: (614) 555-0142",
                          "(614) 555-0142"}) {
    std::string page =
        "<html><body><p>FORM 10-Q</p><p>For the quarterly period ended June "
        "30, 2023</p><table><tr><td>Commission File Number</td><td>Exact "
        "name of registrant as specified in its charter; State of "
        "incorporation; Address of principal executive offices; Telephone "
        "number</td><td>I.R.S. Employer Identification Number</td></tr>"
        "<tr><td>1-3525</td><td>AMBER RIVER POWER COMPANY, INC.<br/>(A New "
        "York Corporation)<br/>1 Riverside Plaza, Columbus, Ohio "
        "43215-2373<br/>" +
        std::string(tel) +
        "</td><td>13-4922640</td></tr></table></body></html>";
    INFO(tel);
    Expect(page, {
                     {"registrant_name", "AMBER RIVER POWER COMPANY, INC."},
                     {"state_of_incorporation", "New York"},
                     {"address", "1 Riverside Plaza, Columbus, Ohio 43215-2373"},
                     {"zip_code", "43215-2373"},
                     {"phone", "(614) 555-0142"},
                 });
  }
}

TEST_CASE("HTML cover: commas in cells of their own between address parts",
          "[cover][forms][html]") {
  // "2200 Mission College Blvd. | , | Santa Clara | , | California |
  // 95054-1549": the comma cells join the parts once.
  std::string page = Page(
      Named("Pelican Devices, Inc.") +
      "<table><tr><td>2200 Mission College Blvd.</td><td>,</td><td>Santa "
      "Clara</td><td>,</td><td>California</td><td>95054-1549</td></tr>"
      "<tr><td colspan=\"5\">(Address of principal executive offices)</td>"
      "<td>(Zip Code)</td></tr></table>");
  Expect(page, {
                   {"address",
                    "2200 Mission College Blvd., Santa Clara, California"},
                   {"zip_code", "95054-1549"},
               });
}

TEST_CASE("HTML cover: co-registrants side by side over one caption each",
          "[cover][forms][html]") {
  // A partnership and its finance co-issuer in two columns; each caption a
  // paragraph of its own under the row. The first column is the first
  // registrant's, the second the second's.
  std::string page =
      "<html><body><p>FORM 10-K</p><p>For the fiscal year ended December "
      "31, 2022</p><table>"
      "<tr><td><b>EVERGREEN MIDSTREAM PARTNERS LP</b></td><td><b>EVERGREEN "
      "MIDSTREAM FINANCE CORP.</b></td></tr></table>"
      "<p>(Exact name of registrant as specified in its charter)</p>"
      "<table><tr><td>Delaware</td><td>Delaware</td></tr></table>"
      "<p>(State or other jurisdiction of incorporation or organization)</p>"
      "<table><tr><td>001-37321</td><td>333-210987-01</td></tr></table>"
      "<p>(Commission File Number)</p>"
      "<table><tr><td>47-3456789</td><td>81-2345678</td></tr></table>"
      "<p>(I.R.S. Employer Identification No.)</p></body></html>";
  CHECK(testing::HtmlCoverValue(page, "registrant_name") ==
        "EVERGREEN MIDSTREAM PARTNERS LP");
  CHECK(testing::HtmlCoverValue(page, "irs_employer_id") == "47-3456789");
  CHECK(testing::HtmlCoverValue(page, "commission_file_number") == "001-37321");
  CHECK(testing::HtmlCoverValue(page, "registrant_name", 1) ==
        "EVERGREEN MIDSTREAM FINANCE CORP.");
  CHECK(testing::HtmlCoverValue(page, "irs_employer_id", 1) == "81-2345678");
  CHECK(testing::HtmlCoverValue(page, "commission_file_number", 1) == "333-210987-01");
}

TEST_CASE("HTML cover: a province with its country", "[cover][forms][html]") {
  std::string page = Page(
      Named("Northern Cedar Mining Corp.") +
      "<table><tr><td>British Columbia, Canada</td><td>98-1234567</td></tr>"
      "<tr><td>(State or other jurisdiction of incorporation or "
      "organization)</td><td>(I.R.S. Employer Identification No.)</td></tr>"
      "</table>");
  // As written; compared with EDGAR's code for the province ("A1").
  Expect(page, {{"state_of_incorporation", "British Columbia, Canada"},
                {"irs_employer_id", "98-1234567"}});
  CHECK(ComparableValue("state_of_incorporation", "British Columbia, Canada") ==
        ComparableValue("state_of_incorporation", "A1"));
  CHECK(ComparableValue("state_of_incorporation", "Ontario, Canada") !=
        ComparableValue("state_of_incorporation", "A1"));
}

TEST_CASE("HTML cover: captions over their values, a tagline, a wrapped address cell",
          "[cover][forms][html]") {
  // Captions set over their values: the address is the line under its
  // caption, not the name above the caption over it.
  std::string over = Page(
      "<p>CORDELL FREIGHT SYSTEMS CORP.</p>"
      "<p>(Exact name of registrant as specified in its charter)</p>"
      "<p>(Address of principal executive offices, including zip code)</p>"
      "<p>6385 South Rainbow Boulevard, Suite 410, Las Vegas, Nevada "
      "89118</p>"
      "<p>(Registrant&#8217;s telephone number, including area code)</p>"
      "<p>702-555-0187</p>");
  Expect(over, {{"registrant_name", "CORDELL FREIGHT SYSTEMS CORP."},
                {"address",
                 "6385 South Rainbow Boulevard, Suite 410, Las Vegas, Nevada "
                 "89118"},
                {"zip_code", "89118"},
                {"phone", "702-555-0187"}});
  // The same under the state and IRS number's row of values.
  std::string row = Page(
      Named("CORDELL FREIGHT SYSTEMS CORP.") +
      "<table><tr><td>(State or other jurisdiction of<br>incorporation or "
      "organization)</td><td>(I.R.S. Employer<br>Identification No.)</td></tr>"
      "<tr><td>Nevada</td><td>88-1904526</td></tr></table>"
      "<p>(Address of principal executive offices, including zip code)</p>"
      "<p>6385 South Rainbow Boulevard, Suite 410, Las Vegas, Nevada "
      "89118</p>");
  Expect(row, {{"state_of_incorporation", "Nevada"},
               {"irs_employer_id", "88-1904526"},
               {"zip_code", "89118"}});
  // A logo's tagline between the name and its caption is not the name.
  std::string tagline = Page(
      "<p>Ruddington Outdoor Co.</p><p>EST. 1971 &#183; LEHI, UTAH</p>"
      "<p>(Exact name of registrant as specified in its charter)</p>");
  Expect(tagline, {{"registrant_name", "Ruddington Outdoor Co."}});
  // State | address | IRS number over three captions, the address cell
  // wrapped onto a second line.
  std::string wrapped = Page(
      Named("Yarrowfield Holdings Ltd.") +
      "<table><tr><td>Cayman Islands</td><td>80 Robinson Road, #17-02<br>"
      "Singapore 068898</td><td>98-1590412</td></tr>"
      "<tr><td>(State or other jurisdiction of<br>incorporation or "
      "organization)</td><td>(Address of principal executive offices,<br>"
      "including zip code)</td><td>(I.R.S. Employer<br>Identification "
      "No.)</td></tr></table>");
  Expect(wrapped, {{"state_of_incorporation", "Cayman Islands"},
                   {"irs_employer_id", "98-1590412"},
                   {"address", "80 Robinson Road, #17-02, Singapore 068898"},
                   {"zip_code", "068898"}});
}

TEST_CASE("HTML cover: co-registrants' rows with names, wrapped address cells, captions over values",
          "[cover][forms][html]") {
  // Each registrant's row opens with its name; the top row is the first.
  std::string rows = Page(
      "<p>MERIDIAN COASTAL REALTY TRUST, INC.</p>"
      "<p>MERIDIAN COASTAL REALTY, L.P.</p>"
      "<p>(Exact name of registrant as specified in its charter)</p>"
      "<table><tr><td>Meridian Coastal Realty Trust, Inc.</td><td>Maryland</td>"
      "<td>001-39214</td><td>84-4102937</td></tr>"
      "<tr><td>Meridian Coastal Realty, L.P.</td><td>Delaware</td>"
      "<td>333-236118</td><td>84-4103355</td></tr>"
      "<tr><td></td><td>(State or other jurisdiction of incorporation or "
      "organization)</td><td>(Commission File Number)</td><td>(I.R.S. "
      "Employer Identification No.)</td></tr></table>");
  Expect(rows, {{"state_of_incorporation", "Maryland"},
                {"irs_employer_id", "84-4102937"}});
  // A tagline without a year under the name.
  std::string tagline = Page(
      "<p>Veridane Bio, Inc.</p><p>Precision medicines for rare kidney "
      "disease</p><p>(Exact name of registrant as specified in its "
      "charter)</p>");
  Expect(tagline, {{"registrant_name", "Veridane Bio, Inc."}});
  // The address and its zip column over a wrapped line, then captions.
  std::string zip = Page(
      Named("LAKESHORE PRECISION PRODUCTS CO.") +
      "<table><tr><td>One Cuyahoga Plaza<br>Cleveland, Ohio</td><td></td>"
      "<td>44114</td></tr>"
      "<tr><td>(Address of principal executive offices)</td><td></td>"
      "<td>(Zip Code)</td></tr></table>"
      "<table><tr><td></td><td>(216)</td><td>555-0181</td></tr></table>"
      "<p>(Registrant&#8217;s telephone number, including area code)</p>");
  Expect(zip, {{"address", "One Cuyahoga Plaza, Cleveland, Ohio"},
               {"zip_code", "44114"},
               {"phone", "(216) 555-0181"}});
  // Captions over values, the address over two lines under its caption.
  std::string over = Page(
      "<p>Exact name of registrant as specified in its charter</p>"
      "<p>Pinebrook Diagnostics, Inc.</p>"
      "<p>Address of principal executive offices, including zip code</p>"
      "<p>9800 Research Boulevard, Suite 350</p><p>Austin, Texas 78759</p>"
      "<p>Registrant&#8217;s telephone number, including area code</p>"
      "<p>+1 (512) 555-0133</p>");
  Expect(over, {{"address",
                 "9800 Research Boulevard, Suite 350, Austin, Texas 78759"},
                {"zip_code", "78759"}});
  // The state in a phrase before the employer number's caption; a phone
  // after "Telephone:".
  std::string phrase = Page(
      Named("FENWICK VALLEY BANCSHARES, INC.") +
      "<p>A Virginia corporation I.R.S. Employer Identification No. "
      "54-2093318</p>"
      "<table><tr><td>Telephone:</td><td>(540) 555-0126</td></tr></table>");
  Expect(phrase, {{"state_of_incorporation", "Virginia"},
                  {"irs_employer_id", "54-2093318"},
                  {"phone", "(540) 555-0126"}});
}

TEST_CASE("HTML cover: an address cell taller than its neighbour, a country under the postal code",
          "[cover][forms][html]") {
  // The address cell holds four lines, the phone beside it one: the
  // address began three lines over the row of values. No caption names a
  // zip, but a British postcode inside the address is its zip.
  std::string tall = Page(
      Named("Halberd Therapeutics plc") +
      "<table><tr><td>41 Science Park<br>Milton Road<br>Cambridge CB4 "
      "0FW<br>United Kingdom</td><td>+44 1632 960 412</td></tr>"
      "<tr><td>(Address of principal executive offices)</td>"
      "<td>(Registrant&#8217;s telephone number, including area code)</td>"
      "</tr></table>");
  Expect(tall, {{"address",
                 "41 Science Park, Milton Road, Cambridge CB4 0FW, United "
                 "Kingdom"},
                {"zip_code", "CB4 0FW"},
                {"phone", "+44 1632 960 412"}});
  // The country alone on the address cell's last line: the code ends the
  // line above it.
  std::string country = Page(
      Named("KILMORNE MEDICAL PLC") +
      "<table><tr><td>Ireland</td><td>7 Harbour Square<br>Dublin 2, D02 "
      "X285<br>Ireland</td><td>98-1454872</td></tr>"
      "<tr><td>(State or other jurisdiction of<br>incorporation or "
      "organization)</td><td>(Address of principal executive offices, "
      "including zip code)</td><td>(I.R.S. Employer<br>Identification "
      "No.)</td></tr></table>");
  Expect(country, {{"state_of_incorporation", "Ireland"},
                   {"zip_code", "D02 X285"},
                   {"irs_employer_id", "98-1454872"}});
  // A line over the row that is not in the address cell's column is no
  // part of the address.
  std::string other = Page(
      Named("Halberd Therapeutics plc") +
      "<table><tr><td></td><td>Investor line: +44 1632 960 999</td></tr>"
      "<tr><td>41 Science Park, Cambridge CB4 0FW</td><td>+44 1632 960 412"
      "</td></tr>"
      "<tr><td>(Address of principal executive offices)</td>"
      "<td>(Registrant&#8217;s telephone number, including area code)</td>"
      "</tr></table>");
  Expect(other, {{"address", "41 Science Park, Cambridge CB4 0FW"},
                 {"zip_code", "CB4 0FW"}});
}

TEST_CASE("HTML cover: misspelt captions, long captions with a colon, a report's line",
          "[cover][forms][html]") {
  // A caption with a word one letter off is still the caption.
  std::string typo = Page(
      Named("Bayou Quay Holdings, Inc.") +
      "<table><tr><td>Louisiana</td><td>001-35870</td><td>72-1390411</td></tr>"
      "<tr><td>(State or other jurisdiction of incorporation)</td>"
      "<td>(Commision File Number)</td><td>(I.R.S. Employer Indentification "
      "No.)</td></tr></table>");
  Expect(typo, {{"commission_file_number", "001-35870"},
                {"irs_employer_id", "72-1390411"}});
  // A plural is no misspelling: "(Commissions ...)" is no caption.
  std::string plural =
      "<html><body><p>FORM 10-K</p><table><tr><td>Louisiana</td>"
      "<td>001-35870</td></tr>"
      "<tr><td>(State or other jurisdiction of incorporation)</td>"
      "<td>(Commissions paid to brokers)</td></tr></table></body></html>";
  CHECK(V(plural, "commission_file_number") == "");
  // "Exact name of registrant as specified in its charter:" before the
  // name on its line: the name is after the colon, not the line above.
  std::string colon =
      "<html><body><p>FORM 10-K</p><p>For the transition period from: "
      "________ to ________</p>"
      "<p>Exact name of registrant as specified in its charter: Timber "
      "Notch Holdings, Inc.</p>"
      "<p>Commission File Number: 000-56120</p></body></html>";
  CHECK(V(colon, "registrant_name") == "Timber Notch Holdings, Inc.");
  // The transition period's line is a heading, never a name's first line.
  std::string transition =
      "<html><body><p>FORM 10-K</p><p>For the transition period from to</p>"
      "<p>Larch Bay Residential Trust, Inc.</p>"
      "<p>(Exact name of registrant as specified in its charter)</p>"
      "</body></html>";
  CHECK(V(transition, "registrant_name") == "Larch Bay Residential Trust, Inc.");
  // The fiscal year at the end of the annual report's box line.
  std::string report =
      "<html><body><p>FORM 20-F</p><p>[X] Annual report pursuant to Section "
      "13 or 15(d) of the Securities Exchange Act of 1934 for the fiscal year "
      "ended December 31, 2024</p><p>Commission file number: 001-31710</p>"
      "</body></html>";
  CHECK(V(report, "reporting_period_end") == "2024-12-31");
}

TEST_CASE("HTML cover: a 20-F's contact block, an address row with cells between its captions",
          "[cover][forms][html]") {
  // "Telephone: ...; Facsimile: ...": the telephone, not the fax; the
  // e-mail line is no contact's name.
  std::string contact =
      "<html><body><p>FORM 20-F</p><p>Commission file number: 001-14870</p>"
      "<p>Kabushiki Kaisha Hoshizora</p>"
      "<p>(Exact name of registrant as specified in its charter)</p>"
      "<p>Taro Yamada</p><p>General Manager, Investor Relations</p>"
      "<p>Telephone: +81-3-5909-0111; Facsimile: +81-3-5909-0112</p>"
      "<p>E-mail: ir@hoshizora.example</p>"
      "<p>1-9-2 Marunouchi, Chiyoda-ku, Tokyo 100-6612, Japan</p>"
      "<p>(Name, Telephone, E-mail and/or Facsimile number and Address of "
      "Company Contact Person)</p></body></html>";
  CHECK(V(contact, "phone") == "+81-3-5909-0111");
  CHECK(V(contact, "contact_name") == "");
  std::string above =
      "<html><body><p>FORM 20-F</p><p>Lumen Harbour Holdings Limited</p>"
      "<p>(Exact name of Registrant as specified in its charter)</p>"
      "<p>At the address of the Company set forth above</p>"
      "<p>(Name, Telephone, E-mail and/or Facsimile number and Address of "
      "Company Contact Person)</p></body></html>";
  CHECK(V(above, "contact_name") == "");
  // The address row's cells between the address and zip captions' slots,
  // with a telephone row under the captions.
  std::string slots = Page(
      Named("Pacific Helm Therapeutics, Inc.") +
      "<table><tr><td>One Market Plaza, Suite 3600</td><td>,</td>"
      "<td>San Francisco,</td><td>California</td><td>94105</td></tr>"
      "<tr><td>(Address of principal executive offices)</td><td></td><td></td>"
      "<td></td><td>(Zip Code)</td></tr></table>"
      "<table><tr><td>(415)</td><td>555-0150</td></tr><tr><td colspan=\"2\">"
      "(Registrant&#8217;s telephone number, including area code)</td></tr>"
      "</table>");
  Expect(slots, {{"address", "One Market Plaza, Suite 3600, San Francisco, "
                             "California"},
                 {"zip_code", "94105"},
                 {"phone", "(415) 555-0150"}});
}

TEST_CASE("HTML cover: co-registrants' table over the address they share",
          "[cover][forms][html]") {
  std::string page =
      "<html><body><p>FORM 10-K</p><table>"
      "<tr><td>Exact name of registrant as specified in its charter</td>"
      "<td>State or other jurisdiction of incorporation or organization</td>"
      "<td>Commission File Number</td><td>I.R.S. Employer Identification "
      "No.</td></tr>"
      "<tr><td>Cardinal Crest Energy, Inc.</td><td>Delaware</td>"
      "<td>001-40710</td><td>86-3590110</td></tr>"
      "<tr><td>Cardinal Crest Operating, L.P.</td><td>Delaware</td>"
      "<td>333-257100</td><td>86-3590220</td></tr></table>"
      "<p>1400 Smith Street, Suite 2600</p><p>Houston, Texas 77002</p>"
      "<p>(Address of principal executive offices, including zip code)</p>"
      "<p>(713) 555-0125</p>"
      "<p>(Registrants&#8217; telephone number, including area code)</p>"
      "</body></html>";
  CHECK(V(page, "registrant_name") == "Cardinal Crest Energy, Inc.");
  CHECK(testing::HtmlCoverValue(page, "registrant_name", 1) ==
        "Cardinal Crest Operating, L.P.");
  CHECK(V(page, "zip_code") == "77002");
  CHECK(V(page, "phone") == "(713) 555-0125");
  CHECK(testing::HtmlCoverValue(page, "address", 1) == "");
}

TEST_CASE("HTML cover: a phone caption under another caption, its value below",
          "[cover][forms][html]") {
  std::string page = Page(
      Named("GRANITE LAKE COMPONENTS, INC.") +
      "<table><tr><td>2200 Nicollet Mall, Minneapolis, Minnesota</td>"
      "<td>55404</td></tr><tr><td>(Address of principal executive offices)"
      "</td><td>(Zip Code)</td></tr></table>"
      "<p>(Registrant&#8217;s telephone number, including area code)</p>"
      "<p>(612) 555-0104</p>"
      "<p>Securities registered pursuant to Section 12(b) of the Act:</p>");
  Expect(page, {{"zip_code", "55404"}, {"phone", "(612) 555-0104"}});
  // The number under it is the next phone caption's, printed under its
  // value: not this one's.
  std::string next = Page(
      Named("GRANITE LAKE COMPONENTS, INC.") +
      "<table><tr><td>2200 Nicollet Mall, Minneapolis, Minnesota</td>"
      "<td>55404</td></tr><tr><td>(Address of principal executive offices)"
      "</td><td>(Zip Code)</td></tr></table>"
      "<p>(Registrant&#8217;s telephone number, including area code)</p>"
      "<p>(612) 555-0199</p>"
      "<p>(Registrant&#8217;s telephone number, including area code)</p>");
  CHECK(V(next, "phone") == "(612) 555-0199");
}

TEST_CASE("HTML cover: a Brazilian postal code ending an address beside its caption",
          "[cover][forms][html]") {
  std::string page =
      "<html><body><p>FORM 20-F</p><p>Commission file number: 001-31710</p>"
      "<table><tr><td>Address of principal executive offices:</td>"
      "<td>Rua Haddock Lobo, 1307</td></tr>"
      "<tr><td></td><td>S&#227;o Paulo, SP, 01414-003</td></tr>"
      "<tr><td></td><td>Brazil</td></tr></table></body></html>";
  CHECK(V(page, "zip_code") == "01414-003");
  CHECK(V(page, "address") == "Rua Haddock Lobo, 1307, S\u00e3o Paulo, SP, 01414-003");
}

// A cover laid out as a table of captions and their values, one row each,
// the address going on in the value column of the next row.
TEST_CASE("HTML cover: a table of captions beside their values",
          "[cover][forms][html]") {
  const std::string rows =
      "<table>"
      "<tr><th>Exact name of registrant as specified in its charter</th>"
      "<td>Tamarack Gauge Works, Inc.</td></tr>"
      "<tr><th>State or other jurisdiction of incorporation or "
      "organization</th><td>Connecticut</td></tr>"
      "<tr><th>I.R.S. Employer Identification No.</th><td>06-1398217</td></tr>"
      "<tr><th>Address of principal executive offices</th>"
      "<td>80 Commerce Drive</td></tr>"
      "<tr><th></th><td>Shelton, Connecticut 06484</td></tr>"
      "<tr><th>Registrant's telephone number, including area code</th>"
      "<td>(203) 555-0111</td></tr>"
      "</table>";
  Expect(Page(rows), {
                         {"registrant_name", "Tamarack Gauge Works, Inc."},
                         {"state_of_incorporation", "Connecticut"},
                         {"irs_employer_id", "06-1398217"},
                         {"address", "80 Commerce Drive, Shelton, Connecticut 06484"},
                         {"zip_code", "06484"},
                         {"phone", "(203) 555-0111"},
                     });
  // Two such rows are no table of captions: a caption beside a stray cell
  // is not read as its value.
  const std::string two =
      "<table>"
      "<tr><th>State or other jurisdiction of incorporation or "
      "organization</th><td>Connecticut</td></tr>"
      "<tr><th>Exact name of registrant as specified in its charter</th>"
      "<td>Tamarack Gauge Works, Inc.</td></tr>"
      "</table>";
  CHECK(V(Page(two), "registrant_name").empty());
}

// "Telephone: (503) 555-0108": the value after a caption's own colon may
// open with the area code's parenthesis.
TEST_CASE("HTML cover: a telephone after its colon caption",
          "[cover][forms][html]") {
  std::string page = Page(
      Named("Quill Lane Software Co.") +
      "<p>Principal executive offices: 1120 NW Couch Street, Portland, OR "
      "97209</p><p>Telephone: (503) 555-0108</p>");
  CHECK(V(page, "phone") == "(503) 555-0108");
  std::string remark = Page(Named("Quill Lane Software Co.") +
                            "<p>Telephone: (see below)</p>");
  CHECK(V(remark, "phone").empty());
}

// A cover printing its name with no caption, above rows of captions and
// values: the name alone is read; a sentence naming a company is not.
TEST_CASE("HTML cover: a name with no caption over caption rows",
          "[cover][forms][html]") {
  std::string page = Page(
      "<p><b>NORWELL MEDICAL DEVICES, INC.</b></p>"
      "<table><tr><td>State of Incorporation:</td><td>Minnesota</td>"
      "<td>IRS Employer Identification No.:</td><td>41-1862540</td></tr>"
      "</table>");
  CHECK(V(page, "registrant_name") == "NORWELL MEDICAL DEVICES, INC.");
  std::string prose = Page(
      "<p>This report was prepared with the help of Acme Filing Agents, "
      "Inc.</p><table><tr><td>State of Incorporation:</td><td>Minnesota</td>"
      "</tr></table>");
  CHECK(V(prose, "registrant_name").empty());
}

TEST_CASE("HTML cover: two columns, each a stack of values over captions, out of step",
          "[cover][forms][html]") {
  // The left column holds the state, file and IRS numbers, the right one
  // the address and phone; a row pairs one column's value with the other's
  // caption.
  std::string page = Page(
      Named("Larchmont Bioworks, Inc.") +
      "<table>"
      "<tr><td>Nevada</td><td>1200 Harbor View Road, Suite 210</td></tr>"
      "<tr><td>(State or other jurisdiction of incorporation)</td>"
      "<td>Reno, NV 89501</td></tr>"
      "<tr><td>001-40122</td><td>(Address of principal executive offices, "
      "including zip code)</td></tr>"
      "<tr><td>(Commission File Number)</td><td>(775) 555-0133</td></tr>"
      "<tr><td>86-2213344</td><td>(Registrant's telephone number, including "
      "area code)</td></tr>"
      "<tr><td>(I.R.S. Employer Identification No.)</td><td></td></tr>"
      "</table>");
  Expect(page, {
                   {"registrant_name", "Larchmont Bioworks, Inc."},
                   {"state_of_incorporation", "Nevada"},
                   {"irs_employer_id", "86-2213344"},
                   {"zip_code", "89501"},
                   {"phone", "(775) 555-0133"},
                   {"reporting_period_end", "2023-03-31"},
               });
  CHECK(testing::HtmlCoverValue(page, "address") ==
        "1200 Harbor View Road, Suite 210, Reno, NV 89501");
}

TEST_CASE("HTML cover: the zip in the caption row, over its own caption",
          "[cover][forms][html]") {
  std::string page = Page(
      Named("Pell Point Gaming Corp.") +
      "<table><tr><td>4400 West Sahara Avenue, Suite 12, Las Vegas, "
      "Nevada</td><td></td></tr>"
      "<tr><td>(Address of principal executive offices)</td>"
      "<td>89102</td></tr>"
      "<tr><td></td><td>(Zip Code)</td></tr></table>");
  CHECK(testing::HtmlCoverValue(page, "zip_code") == "89102");
}

TEST_CASE("HTML cover: the phone after the address on its line, past a separator",
          "[cover][forms][html]") {
  std::string page = Page(
      Named("Casco Ledger Holdings, Inc.") +
      "<p>7 Fore Street, Portland, ME 04101 &#183; (207) 555-0166</p>"
      "<p>(Address, including zip code, and telephone number, including "
      "area code, of registrant's principal executive offices)</p>");
  CHECK(testing::HtmlCoverValue(page, "zip_code") == "04101");
  CHECK(testing::HtmlCoverValue(page, "phone") == "(207) 555-0166");
  CHECK(testing::HtmlCoverValue(page, "address") ==
        "7 Fore Street, Portland, ME 04101");
}

TEST_CASE(
    "HTML cover: a phone with a note, over its caption, an agent's block under "
    "it",
    "[cover][forms][html]") {
  // The registrant's block ends in its phone and a toll-free number; the
  // agent for service's block under the caption is the agent's.
  std::string page = Page(
      Named("Kestrel Harbour Timber Ltd.") +
      "<p>30 Crown Street, Suite 410<br>Saint John, New Brunswick E2L 2X7, "
      "Canada<br>(506) 555-0133 (toll free: 1-888-555-0107)</p>"
      "<p>(Address and telephone number of Registrant's principal executive "
      "offices)</p>"
      "<p>Casco Agent Services Inc.<br>45 Exchange Street, Suite 300<br>"
      "Portland, Maine 04101<br>(207) 555-0124</p>"
      "<p>(Name, address (including zip code) and telephone number "
      "(including area code) of agent for service in the United States)</p>");
  Expect(page, {{"zip_code", "E2L 2X7"}, {"phone", "(506) 555-0133"}});
  CHECK(V(page, "address").rfind("30 Crown Street", 0) == 0);
  // Without the registrant's block, the agent's is still not read.
  std::string agent_only = Page(
      Named("Kestrel Harbour Timber Ltd.") +
      "<p>(Address and telephone number of Registrant's principal executive "
      "offices)</p>"
      "<p>45 Exchange Street, Suite 300<br>Portland, Maine 04101<br>"
      "(207) 555-0124</p>"
      "<p>(Name, address (including zip code) and telephone number "
      "(including area code) of agent for service in the United States)</p>");
  Expect(agent_only, {{"address", ""}, {"zip_code", ""}});
}

TEST_CASE(
    "HTML cover: flex boxes of captions over values, the address and phone in "
    "parts",
    "[cover][forms][html]") {
  auto box = [](const char* caption, const char* value) {
    return std::string("<div><div>") + caption + "</div><div>" + value +
           "</div></div>";
  };
  std::string page = Page(
      Named("Turnwater Seafoods Corp.") + "<div style=\"display:flex\">" +
      box("(State or other jurisdiction of<br>incorporation or organization)",
          "Alaska") +
      box("(Commission<br>File Number)", "001-41590") +
      box("(I.R.S. Employer<br>Identification No.)", "92-0173365") +
      "</div><div style=\"display:flex\">" + box("Street", "3600 C Street") +
      box("Suite", "Suite 900") + box("City", "Anchorage") +
      box("State", "Alaska") + box("Zip Code", "99503") +
      "</div><p>(Address of principal executive offices)</p>"
      "<div style=\"display:flex\">" +
      box("Area Code", "(907)") + box("Telephone Number", "555-0128") +
      "</div><p>(Registrant's telephone number, including area code)</p>");
  Expect(page, {{"state_of_incorporation", "Alaska"},
                {"irs_employer_id", "92-0173365"},
                {"zip_code", "99503"},
                {"phone", "(907) 555-0128"}});
  CHECK(V(page, "address").rfind("3600 C Street, Suite 900, Anchorage", 0) ==
        0);
}

TEST_CASE(
    "HTML cover: a grid of captions beside values, the address under its "
    "caption",
    "[cover][forms][html]") {
  auto cell = [](int row, int column, const char* text) {
    return "<div style=\"grid-row:" + std::to_string(row) +
           ";grid-column:" + std::to_string(column) + "\">" + text + "</div>";
  };
  // The values come first in the source, the captions after them.
  std::string page = Page(
      Named("Magens Point Distillers, Inc.") + "<div style=\"display:grid\">" +
      cell(1, 2, "Delaware") + cell(2, 2, "86-1739442") +
      cell(3, 2,
           "6501 Red Hook Plaza, Suite 201<br>St. Thomas, U.S. Virgin "
           "Islands 00802") +
      cell(4, 2, "(340) 555-0123") +
      cell(1, 1, "State or other jurisdiction of incorporation") +
      cell(2, 1, "I.R.S. Employer Identification No.") +
      cell(3, 1, "Address of principal executive offices, including zip code") +
      cell(4, 1, "Registrant's telephone number, including area code") +
      "</div>");
  Expect(page, {{"state_of_incorporation", "Delaware"},
                {"irs_employer_id", "86-1739442"},
                {"zip_code", "00802"},
                {"phone", "(340) 555-0123"},
                {"address",
                 "6501 Red Hook Plaza, Suite 201, St. Thomas, U.S. Virgin "
                 "Islands 00802"}});
}

TEST_CASE("HTML cover: a row of values whose cells wrap onto a second line",
          "[cover][forms][html]") {
  std::string page = Page(
      Named("Chebucto Power Corporation") +
      "<table><tr><td>Nova Scotia,<br>Canada</td><td>4911</td>"
      "<td>Not<br>Applicable</td></tr>"
      "<tr><td>(Province or other jurisdiction of incorporation or "
      "organization)</td><td>(Primary Standard Industrial Classification "
      "Code Number)</td><td>(I.R.S. Employer Identification Number)</td></tr>"
      "</table>");
  Expect(page, {{"state_of_incorporation", "Nova Scotia, Canada"},
                {"irs_employer_id", ""}});
  // Two registrants' rows, each filling every cell, stay two registrants.
  std::string two = Page(
      Named("Chebucto Power Corporation") +
      "<table><tr><td>Nova Scotia</td><td>98-1234567</td></tr>"
      "<tr><td>Delaware</td><td>12-3456789</td></tr>"
      "<tr><td>(Province or other jurisdiction of incorporation or "
      "organization)</td><td>(I.R.S. Employer Identification Number)</td></tr>"
      "</table>");
  Expect(two, {{"state_of_incorporation", "Nova Scotia"},
               {"irs_employer_id", "98-1234567"}});
}

TEST_CASE("HTML cover: an N-CSR's row of captions over its row of values",
          "[cover][forms][html]") {
  // The phone is the cell under its caption, not the counsel's above.
  std::string page =
      "<html><body><p>FORM N-CSR</p><p>Investment Company Act file "
      "number</p><p>811-23519</p><p>Exact name of registrant as specified "
      "in charter</p><p>Stillwater Series Trust</p>"
      "<p>With copies to</p><p>Halvorsen Drury LLP<br>71 South Wacker "
      "Drive<br>Chicago, Illinois 60606<br>(312) 555-0147</p>"
      "<table><tr><td>Registrant's telephone number, including area "
      "code</td><td>Date of fiscal year end</td><td>Date of reporting "
      "period</td></tr><tr><td>(866) 555-0173</td><td>June 30</td>"
      "<td>July 1, 2023 - June 30, 2024</td></tr></table></body></html>";
  Expect(page, {{"phone", "(866) 555-0173"},
                {"reporting_period_start", "2023-07-01"},
                {"reporting_period_end", "2024-06-30"}});
}

TEST_CASE("HTML cover: a colon caption's address going on at the left edge",
          "[cover][html]") {
  // "Address of principal executive offices: 1107 ..." over "New Orleans,
  // Louisiana 70163": a converted page's lines, the second under the
  // caption, not under the value.
  Expect(Page("<p>Exact name of registrant as specified in its charter: "
              "Quillback Marine Services, Inc.</p>"
              "<p>Address of principal executive offices: 2210 Poydras "
              "Street, Suite 1850</p><p>New Orleans, Louisiana 70112</p>"
              "<p>Registrant's telephone number, including area code: (504) "
              "555-0139</p>"),
         {{"address",
           "2210 Poydras Street, Suite 1850, New Orleans, "
           "Louisiana 70112"},
          {"zip_code", "70112"},
          {"phone", "(504) 555-0139"}});
  // A foreign code ending the city's line, the country on the next, a
  // blank paragraph between the parts.
  Expect(Page("<p>Exact name of registrant as specified in its charter: "
              "Lisdoon Devices plc</p>"
              "<p>Address of principal executive offices: Unit 7, Ballybane "
              "Enterprise Park</p><p>&#160;</p><p>Galway, H91 T2C4</p>"
              "<p>Ireland</p>"),
         {{"address",
           "Unit 7, Ballybane Enterprise Park, Galway, H91 T2C4, "
           "Ireland"},
          {"zip_code", "H91 T2C4"}});
}

TEST_CASE("HTML cover: a postal code before its city over the country",
          "[cover][html]") {
  Expect(Page(Named("Talsee Instruments AG") +
              "<p>Industriestrasse 14<br>8604 Volketswil<br>Switzerland</p>"
              "<p>(Address of principal executive offices) (Zip Code)</p>"),
         {{"address", "Industriestrasse 14, 8604 Volketswil, Switzerland"},
          {"zip_code", "8604"}});
}

TEST_CASE("HTML cover: a name alone over its street, city and phone",
          "[cover][html]") {
  // The one caption for name, address and phone stands under the other
  // fields of a second column, far from the block.
  std::string page = Page(
      "<p>Pellworth Orthopedic Devices, Inc.</p>"
      "<p>7700 France Avenue South, Suite 410</p>"
      "<p>Edina, Minnesota 55435</p><p>(888) 555-0163</p>"
      "<p>State or other jurisdiction of incorporation</p><p>Minnesota</p>"
      "<p>I.R.S. Employer Identification No.</p><p>41-1555016</p>"
      "<p>(Exact name of registrant as specified in its charter, address of "
      "principal executive offices and telephone number, including area "
      "code)</p>");
  Expect(page, {{"registrant_name", "Pellworth Orthopedic Devices, Inc."},
                {"address",
                 "7700 France Avenue South, Suite 410, Edina, "
                 "Minnesota 55435"},
                {"zip_code", "55435"},
                {"phone", "(888) 555-0163"}});
}

TEST_CASE(
    "HTML cover: registrants' rows under captions in parentheses, "
    "each address in its column",
    "[cover][html]") {
  // The captions in parentheses are over the rows here; the agent for
  // service's block under the last row is no registrant's address.
  std::string page =
      "<html><body><p>FORM S-4</p><p>REGISTRATION STATEMENT UNDER THE "
      "SECURITIES ACT OF 1933</p><table>"
      "<tr><td>(Exact name of registrant as specified in its charter)</td>"
      "<td>(State or other jurisdiction of incorporation or organization)</td>"
      "<td>(Primary Standard Industrial Classification Code Number)</td>"
      "<td>(I.R.S. Employer Identification Number)</td>"
      "<td>(Address, including zip code, and telephone number, including "
      "area code, of registrant's principal executive offices)</td></tr>"
      "<tr><td>Maquoketa Grain Processors, Inc.</td><td>Iowa</td><td>2070</td>"
      "<td>42-1555034</td><td>310 Platt Street<br>Maquoketa, Iowa 52060<br>"
      "(563) 555-0124</td></tr>"
      "<tr><td>Jackson County Feeds LLC</td><td>Delaware</td><td>2048</td>"
      "<td>42-1555061</td><td>c/o Maquoketa Grain Processors, Inc.<br>310 "
      "Platt Street<br>Maquoketa, Iowa 52060<br>(563) 555-0124</td></tr>"
      "</table><p>Ingrid P. Sommerfeld<br>General Counsel<br>312 Platt "
      "Street<br>Maquoketa, Iowa 52060<br>(563) 555-0129</p>"
      "<p>(Name, address, including zip code, and telephone number, "
      "including area code, of agent for service)</p></body></html>";
  auto v = [&](const char* name, int e) {
    return testing::HtmlCoverValue(page, name, e);
  };
  CHECK(v("registrant_name", 0) == "Maquoketa Grain Processors, Inc.");
  CHECK(v("state_of_incorporation", 0) == "Iowa");
  CHECK(v("irs_employer_id", 0) == "42-1555034");
  CHECK(v("address", 0) == "310 Platt Street, Maquoketa, Iowa 52060");
  CHECK(v("phone", 0) == "(563) 555-0124");
  CHECK(v("registrant_name", 1) == "Jackson County Feeds LLC");
  CHECK(v("state_of_incorporation", 1) == "Delaware");
  CHECK(v("address", 1) ==
        "c/o Maquoketa Grain Processors, Inc., 310 Platt Street, Maquoketa, "
        "Iowa 52060");
  CHECK(v("zip_code", 1) == "52060");
  Document doc = ReadDocument(page, "t.htm").value();
  for (const Field& f : ExtractCover(doc)) {
    CHECK(f.value.find("312 Platt") == std::string::npos);
  }
}

TEST_CASE("HTML cover: registrants in flex rows styled by classes",
          "[cover][html]") {
  // A style sheet's class makes each <div> a row; the middle item's lines
  // (name, state in parentheses, address, phone) are one cell.
  std::string page =
      "<html><head><style>.row{display:flex;flex-direction:row}</style>"
      "</head><body><p>FORM 8-K</p><p>CURRENT REPORT</p>"
      "<div class=\"row\"><div>Commission File Number</div><div>Exact Name "
      "of Registrant as Specified in its Charter, State or other "
      "Jurisdiction of Incorporation, Address of Principal Executive Offices "
      "and Telephone Number</div><div>I.R.S. Employer Identification "
      "No.</div></div>"
      "<div class=\"row\"><div>001-37733</div><div>Tolvane Water Corp.<br>"
      "(Pennsylvania)<br>410 West Lancaster Avenue<br>Wayne, Pennsylvania "
      "19087<br>(610) 555-0108</div><div>23-2555017</div></div>"
      "<div class=\"row\"><div>001-06155</div><div>Tolvane Aqua Company of New "
      "Jersey<br>(New Jersey)<br>1040 Laurel Oak Road<br>Voorhees, New Jersey "
      "08043<br>(856) 555-0146</div><div>21-0555689</div></div>"
      "</body></html>";
  auto v = [&](const char* name, int e) {
    return testing::HtmlCoverValue(page, name, e);
  };
  CHECK(v("registrant_name", 0) == "Tolvane Water Corp.");
  CHECK(v("state_of_incorporation", 0) == "Pennsylvania");
  CHECK(v("commission_file_number", 0) == "001-37733");
  CHECK(v("irs_employer_id", 0) == "23-2555017");
  CHECK(v("zip_code", 0) == "19087");
  CHECK(v("phone", 0) == "(610) 555-0108");
  CHECK(v("registrant_name", 1) == "Tolvane Aqua Company of New Jersey");
  CHECK(v("state_of_incorporation", 1) == "New Jersey");
  CHECK(v("zip_code", 1) == "08043");
}

}  // namespace
}  // namespace secx
