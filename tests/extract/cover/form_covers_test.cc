// One made-up cover per form, in each form's typical printed wording
// (tests/extract/cover/covers/; no filing is copied), read as `secx
// extract` reads the file: every value the cover states, and nothing in
// the place of a value it does not state ("" below: the field is absent).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace {

struct Expected {
  const char* file;
  std::vector<std::pair<const char*, const char*>> values;
};

const Expected kCovers[] = {
    {"20f.txt",
     {{"form_type", "20-F"},
      {"registrant_name", "KABUSHIKI KAISHA SAKURA DENKI"},
      {"registrant_name_english", "SAKURA ELECTRIC CO., LTD."},
      {"state_of_incorporation", "Japan"},
      {"commission_file_number", "1-14948"},
      {"address", "1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan"},
      {"zip_code", "100-0005"},
      {"fiscal_year_end", "2003-03-31"},
      {"irs_employer_id", ""}}},
    {"20f.htm",
     {{"form_type", "20-F"},
      {"registrant_name", "Nordlys Shipping ASA"},
      {"registrant_name_english", ""},  // "N/A"
      {"state_of_incorporation", "Kingdom of Norway"},
      {"commission_file_number", "001-38456"},
      {"address", "Haakon VIIs gate 1, 0161 Oslo, Norway"},
      {"contact_name", "Ingrid Solberg"},
      {"phone", "+47 22 55 01 00"},
      {"fiscal_year_end", "2023-12-31"}}},
    {"40f.txt",
     {{"form_type", "40-F"},
      {"registrant_name", "NORTHERN LIGHTS MINING CORP."},
      {"state_of_incorporation", "British Columbia"},
      {"commission_file_number", "001-31395"},
      {"irs_employer_id", ""},  // "Not Applicable"
      {"address",
       "1055 Dunsmuir Street, Suite 3000, Vancouver, British Columbia, "
       "Canada V7X 1L3"},
      {"zip_code", "V7X 1L3"},
      {"phone", "(604) 555-0132"},
      {"fiscal_year_end", "2012-12-31"}}},
    {"6k.txt",
     {{"form_type", "6-K"},
      {"registrant_name_english", "VERDANT TELECOM N.V."},
      {"commission_file_number", "001-15248"},
      {"address", "Strawinskylaan 1000, 1077 XX Amsterdam, The Netherlands"},
      {"zip_code", "1077 XX"},
      {"reporting_period_start", "2008-11-01"},
      {"reporting_period_end", "2008-11-30"}}},
    {"6k.htm",
     {{"form_type", "6-K"},
      {"registrant_name", "Lotus Harbour Holdings Limited"},
      {"commission_file_number", "001-41234"},
      {"address",
       "Unit 1201, 12/F, Tower 2, Harbour Centre, 25 Harbour Road, Wan Chai, "
       "Hong Kong"},
      {"zip_code", ""},
      {"reporting_period_end", "2024-04-30"}}},
    {"s1.htm",
     {{"form_type", "S-1"},
      {"registrant_name", "Quillfeather Software, Inc."},
      {"state_of_incorporation", "Delaware"},
      {"commission_file_number", "333-252901"},
      {"irs_employer_id", "46-4567890"},
      {"address",
       "500 Terry Francois Boulevard, Suite 300, San Francisco, California "
       "94158"},
      {"zip_code", "94158"},
      {"phone", "(415) 555-0123"}}},
    {"s3.txt",
     {{"form_type", "S-3"},
      {"registrant_name", "PRAIRIE WIND ENERGY, INC."},
      {"state_of_incorporation", "Kansas"},
      {"commission_file_number", "333-125001"},
      {"irs_employer_id", "48-1123456"},
      {"address", "8300 College Boulevard, Overland Park, Kansas 66210"},
      {"zip_code", "66210"},
      {"phone", "(913) 555-0170"}}},
    {"s4.txt",
     {{"form_type", "S-4"},
      {"registrant_name", "GREAT LAKES BANCSHARES, INC."},
      {"state_of_incorporation", "Michigan"},
      {"irs_employer_id", "38-2345678"},
      {"commission_file_number", ""},  // 6022 is the industry code
      {"address", "400 West Michigan Avenue, Kalamazoo, Michigan 49007"},
      {"zip_code", "49007"},
      {"phone", "(269) 555-0150"}}},
    {"s8.txt",
     {{"form_type", "S-8"},
      {"registrant_name", "FALCON RIDGE MEDICAL, INC."},
      {"state_of_incorporation", "Minnesota"},
      {"commission_file_number", "333-224801"},
      {"irs_employer_id", "41-1234567"},
      {"address", "7000 Flying Cloud Drive, Eden Prairie, Minnesota"},
      {"zip_code", "55344"},
      // The agent for service's telephone is not the registrant's.
      {"phone", ""}}},
    {"def14a.txt",
     {{"form_type", "DEF 14A"}, {"registrant_name", "CASCADE VALLEY BANCORP"}}},
    {"def14a.htm",
     {{"form_type", "DEF 14A"},
      {"registrant_name", "WILLOWBROOK FINANCIAL CORPORATION"}}},
    {"ncsr.htm",
     {{"form_type", "N-CSR"},
      {"registrant_name", "Granite Peak Municipal Fund Trust"},
      {"commission_file_number", "811-07654"},
      {"address", "One Liberty Square, Boston, Massachusetts"},
      {"zip_code", "02109"},
      {"phone", "(617) 555-0160"},
      {"reporting_period_end", "2023-04-30"},
      {"contact_name", ""}}},  // the agent for service
    {"10k405.txt",
     {{"form_type", "10-K405"},
      {"registrant_name", "COPPER RIDGE INSTRUMENTS, INC."},
      {"state_of_incorporation", "Colorado"},
      {"commission_file_number", "0-17017"},
      {"irs_employer_id", "84-0987654"},
      {"address", "4800 Pearl Street, Boulder, Colorado"},
      {"zip_code", "80301"},
      {"phone", "(303) 555-0190"},
      {"fiscal_year_end", "1998-06-30"}}},
    {"11k.htm",
     {{"form_type", "11-K"},
      {"registrant_name", "KESTREL AEROSPACE CORPORATION"},
      {"commission_file_number", "001-09876"},
      {"address", "2100 Airport Road, Wichita, Kansas 67209"},
      {"zip_code", "67209"},
      {"fiscal_year_end", "2022-12-31"}}},
    {"sd.htm",
     {{"form_type", "SD"},
      {"registrant_name", "Redwood Circuit Technologies, Inc."},
      {"state_of_incorporation", "Oregon"},
      {"commission_file_number", "001-35678"},
      {"irs_employer_id", "93-1234567"},
      {"address", "15200 NW Greenbrier Parkway, Beaverton, Oregon"},
      {"zip_code", "97006"},
      {"contact_name", "Laura K. Brennan"},
      {"phone", "(503) 555-0140"},
      {"reporting_period_start", "2022-01-01"},
      {"reporting_period_end", "2022-12-31"}}},
    {"10kt.txt",
     {{"form_type", "10-KT"},
      {"registrant_name", "BLUE MESA PHARMACEUTICALS, INC."},
      {"state_of_incorporation", "Delaware"},
      {"commission_file_number", "001-35123"},
      {"irs_employer_id", "20-8765432"},
      {"address", "1600 Broadway, Suite 900, Denver, Colorado"},
      {"zip_code", "80202"},
      {"phone", "(720) 555-0110"},
      {"reporting_period_start", "2019-07-01"},
      {"reporting_period_end", "2019-12-31"}}},
    {"8ka.txt",
     {{"form_type", "8-K/A"},
      {"registrant_name", "SILVER CREEK LOGISTICS, INC."},
      {"state_of_incorporation", "Tennessee"},
      {"commission_file_number", "001-34567"},
      {"irs_employer_id", "62-1234567"},
      {"address", "1000 Riverfront Parkway, Chattanooga, Tennessee"},
      {"zip_code", "37402"},
      {"phone", "(423) 555-0199"},
      {"report_date", "2016-09-14"}}},
    {"10qa.txt",
     {{"form_type", "10-Q/A"},
      {"registrant_name", "HIGH DESERT RESOURCES CORP."},
      {"state_of_incorporation", "Nevada"},
      {"commission_file_number", "000-52123"},
      {"irs_employer_id", "26-1234567"},
      {"address", "5940 S. Rainbow Blvd., Suite 400, Las Vegas, NV"},
      {"zip_code", "89118"},
      {"phone", "(702) 555-0134"},
      {"reporting_period_end", "2011-09-30"}}},
    // Several registrants' rows under one header row whose middle caption
    // names several fields ("Exact name of registrant ..., state of
    // incorporation, address ... and telephone number"); each cell under
    // it a name, its incorporation phrase, address and phone.
    {"10k-combined-utility.htm",
     {{"form_type", "10-K"},
      {"registrant_name", "RIVERBEND UTILITIES CORPORATION"},
      {"phone", "(804) 555-3000"},
      {"state_of_incorporation", "Virginia"},
      {"commission_file_number", "001-08489"},
      {"irs_employer_id", "54-1229715"},
      {"address", "120 Tredegar Street, Richmond, Virginia 23219"},
      {"zip_code", "23219"}}},
};

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(SECX_SOURCE_DIR) +
                       "/tests/extract/cover/covers/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("made-up covers of each form", "[cover][forms]") {
  for (const Expected& e : kCovers) {
    std::string bytes = ReadFixture(e.file);
    REQUIRE(!bytes.empty());
    Result<Document> doc = ReadDocument(bytes, e.file);
    REQUIRE(doc.ok());
    std::vector<Field> fields = ExtractCover(doc.value());
    for (const auto& [field, value] : e.values) {
      INFO(e.file << ": " << field);
      CHECK(testing::Value(doc.value(), fields, field) == value);
    }
  }
}

}  // namespace
}  // namespace secx
