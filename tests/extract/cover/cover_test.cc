#include "extract/cover/cover.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace {

using testing::Find;
using testing::TextDocument;
using testing::Value;

struct Expect {
  const char* field;
  const char* value;
};

void CheckAll(const std::string& text, std::initializer_list<Expect> want,
              int entity = 0) {
  Document doc = TextDocument(text);
  std::vector<Field> fields = ExtractCover(doc);
  for (const Expect& e : want) {
    INFO(e.field);
    CHECK(Value(doc, fields, e.field, entity) == e.value);
  }
}

TEST_CASE("Form SD seed yields every cover field", "[cover][seed]") {
  std::ifstream in(SECX_SOURCE_DIR "/corpus/seeds/iij-form-sd-2015.txt");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  Document doc = TextDocument(ss.str());
  std::vector<Field> fields = ExtractCover(doc);
  const Expect want[] = {
      {"form_type", "SD"},
      {"registrant_name", "Kabushiki Kaisha Internet Initiative"},
      {"registrant_name_english", "Internet Initiative Japan Inc."},
      {"registrant_abbreviation", "IIJ"},
      {"state_of_incorporation", "Japan"},
      {"commission_file_number", "0-30204"},
      {"irs_employer_id", "98-1029639"},
      {"address",
       "Iidabashi Grand Bloom, 2-10-2 Fujimi, Chiyoda-ku, Tokyo 102-0071 "
       "Japan"},
      {"zip_code", "102-0071"},
      {"phone", "+81-3-5205-6333"},
      {"contact_name", "Natsuko Kiyoshi"},
      {"reporting_period_start", "2015-01-01"},
      {"reporting_period_end", "2015-12-31"},
      {"signature_date", "2016-05-27"},
      {"signatory_name", "Koichi Suzuki"},
      {"signatory_title",
       "Chairman, Chief Executive Officer and Representative Director"},
  };
  for (const Expect& e : want) {
    INFO(e.field);
    CHECK(Value(doc, fields, e.field) == e.value);
  }
  for (const Field& f : fields) {
    INFO(f.name);
    CHECK(f.span.page >= 1);
    CHECK(f.span.confidence > 0.0);
    CHECK(f.span.confidence <= 1.0);
    CHECK_FALSE(f.span.rule.empty());
  }
  const Field* file = Find(fields, "commission_file_number");
  REQUIRE(file);
  CHECK(file->span.rule == "cover.file_number.tabs");
}

TEST_CASE("values side by side over labels pair by column",
          "[cover][columns]") {
  CheckAll(
      "                             FORM 8-K\n"
      "                    NORTHWEST WIDGETS, INC.\n"
      "       (Exact name of registrant as specified in its charter)\n"
      "\n"
      "   Washington              0-27062              91-1695422\n"
      "(State or other         (Commission File        (IRS Employer\n"
      "jurisdiction of              Number)          Identification No.)\n"
      "incorporation)\n"
      "\n"
      "   1200 Fifth Avenue, Seattle, Washington           98101\n"
      "   (Address of principal executive offices)       (Zip Code)\n",
      {{"form_type", "8-K"},
       {"registrant_name", "NORTHWEST WIDGETS, INC."},
       {"state_of_incorporation", "Washington"},
       {"commission_file_number", "0-27062"},
       {"irs_employer_id", "91-1695422"},
       {"address", "1200 Fifth Avenue, Seattle, Washington"},
       {"zip_code", "98101"}});
}

TEST_CASE("columns decide even when labels are in another order",
          "[cover][columns]") {
  // 1990s cover: IRS number in the middle, and a three-line address.
  CheckAll(
      "HOME HEALTH CORPORATION OF AMERICA, INC.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "Pennsylvania                    23-2224800               0-26938\n"
      "(State or other juris-         (IRS Employer       (Commission File "
      "No.)\n"
      "diction of incorporation)    Identification No.)\n"
      "2200 Renaissance Boulevard\n"
      "Suite 300\n"
      "King of Prussia, PA                                 19406 \n"
      "(Address of principal executive offices)          (Zip code)\n"
      "Registrant's telephone number, including area code: (610) 272-1717\n",
      {{"state_of_incorporation", "Pennsylvania"},
       {"irs_employer_id", "23-2224800"},
       {"commission_file_number", "0-26938"},
       {"address",
        "2200 Renaissance Boulevard, Suite 300, King of Prussia, PA"},
       {"zip_code", "19406"},
       {"phone", "(610) 272-1717"}});
}

TEST_CASE("value on its own line above its label", "[cover][label_below]") {
  CheckAll(
      "Date of Report (Date of earliest event reported):        September 26, "
      "1997\n"
      "                                                   "
      "-----------------------------\n"
      "                   Home Health Corporation of America, Inc.\n"
      "- "
      "------------------------------------------------------------------------"
      "--------\n"
      "            (Exact name of registrant as specified in its charter)\n"
      "                                 PENNSYLVANIA\n"
      "- "
      "------------------------------------------------------------------------"
      "--------\n"
      "                (State or other jurisdiction of incorporation)\n"
      "            0-26938                                      232224800\n"
      "- ---------------------------------          "
      "------------------------------------\n"
      "    (Commission file number)               (I.R.S. Employer "
      "Identification No.)\n"
      "                                 (610) 272-1717\n"
      "- "
      "------------------------------------------------------------------------"
      "--------\n"
      "              (Registrant's telephone number, including area code)\n",
      {{"report_date", "1997-09-26"},
       {"registrant_name", "Home Health Corporation of America, Inc."},
       {"state_of_incorporation", "Pennsylvania"},
       {"commission_file_number", "0-26938"},
       {"irs_employer_id", "23-2224800"},
       {"phone", "(610) 272-1717"}});
}

TEST_CASE("labels beside their values", "[cover][label_beside]") {
  struct Case {
    const char* text;
    const char* field;
    const char* value;
  };
  const Case cases[] = {
      {"Commission File Number: 001-31269\n", "commission_file_number",
       "001-31269"},
      {"Date of Report (Date of earliest event reported): February 19, 1998\n",
       "report_date", "1998-02-19"},
      {"DATE OF REPORT (DATE OF EARLIEST EVENT REPORTED)\n"
       "                                February 11, 2004\n",
       "report_date", "2004-02-11"},
      {"Date of Report: April 26, 2001\n", "report_date", "2001-04-26"},
      {"Registrant's telephone number, including area code: 201-567-5648\n",
       "phone", "201-567-5648"},
      {"(Registrant's telephone number, including area code)     "
       "800-323-6883\n",
       "phone", "800-323-6883"},
      {"IRS Employer Identification No. 36-3154957\n", "irs_employer_id",
       "36-3154957"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Document doc = TextDocument(c.text);
    CHECK(Value(doc, ExtractCover(doc), c.field) == c.value);
  }
}

TEST_CASE("tab-separated cells pair by cell index", "[cover][tabs]") {
  // HTML table rows, as the HTML reader writes them: cells joined by TAB,
  // with widths that say nothing about columns.
  CheckAll(
      "BlackRock, Inc.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "DELAWARE\t001-33099\t32-0174431\n"
      "(State or other jurisdiction of incorporation)\t(Commission File "
      "Number)\t(IRS Employer Identification No.)\n"
      "50 Hudson Yards, New York, New York\t10001\n"
      "(Address of principal executive offices)\t(Zip Code)\n",
      {{"registrant_name", "BlackRock, Inc."},
       {"state_of_incorporation", "Delaware"},
       {"commission_file_number", "001-33099"},
       {"irs_employer_id", "32-0174431"},
       {"address", "50 Hudson Yards, New York, New York"},
       {"zip_code", "10001"}});
}

TEST_CASE("stacked values over stacked labels pair in order",
          "[cover][stacked]") {
  CheckAll(
      "1-800-FLOWERS.COM, INC.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "Delaware\n"
      "0-26841\n"
      "11-3117311\n"
      "(State of incorporation)\n"
      "(Commission File Number)\n"
      "(IRS Employer\n"
      "Identification No.)\n"
      "Two Jericho Plaza, Suite 200\n"
      "Jericho, New York 11753\n"
      "(Address of principal executive offices) (Zip Code)\n"
      "(516) 237-6000\n"
      "(Registrant's telephone number, including area code)\n",
      {{"registrant_name", "1-800-FLOWERS.COM, INC."},
       {"state_of_incorporation", "Delaware"},
       {"commission_file_number", "0-26841"},
       {"irs_employer_id", "11-3117311"},
       // "(Zip Code)" is a caption of its own: the zip is not address text.
       {"address", "Two Jericho Plaza, Suite 200, Jericho, New York"},
       {"zip_code", "11753"},
       {"phone", "(516) 237-6000"}});
}

TEST_CASE("address block with telephone line", "[cover][label_below]") {
  CheckAll(
      "   Delaware                          1-6991                  "
      "71-0415188\n"
      "(State or other                 (Commission File          (I.R.S. "
      "Employer\n"
      "jurisdiction of                      Number)             Identification "
      "No.)\n"
      "incorporation)\n"
      "                              702 S.W. Eighth St.\n"
      "                          Bentonville, Arkansas 72716\n"
      "                                (501) 273-4000\n"
      "              (Address, including Zip Code, and telephone number,\n"
      "       including area code, of Registrant's principal executive "
      "offices)\n",
      {{"state_of_incorporation", "Delaware"},
       {"commission_file_number", "1-6991"},
       {"irs_employer_id", "71-0415188"},
       {"address", "702 S.W. Eighth St., Bentonville, Arkansas 72716"},
       {"zip_code", "72716"},
       {"phone", "(501) 273-4000"}});
}

TEST_CASE("6-K cover: name, address and file number", "[cover][6k]") {
  CheckAll(
      "FORM 6-K\n"
      "REPORT OF FOREIGN PRIVATE ISSUER\n"
      "February 13, 2023\n"
      "Commission File Number: 001-31269\n"
      "ALCON INC.\n"
      "(Registrant Name)\n"
      "Rue Louis-d'Affry 6\n"
      "1701, Fribourg, Switzerland\n"
      "(Address of principal executive office)\n"
      "Indicate by check mark whether the registrant files or will file annual"
      " reports under cover of Form 20-F or Form 40-F: Form 20-F [X] Form 40-F"
      " [ ]\n",
      {{"form_type", "6-K"},
       {"registrant_name", "ALCON INC."},
       {"commission_file_number", "001-31269"},
       {"address", "Rue Louis-d'Affry 6, 1701, Fribourg, Switzerland"},
       {"zip_code", "1701"},
       {"report_date", "2023-02-13"}});
}

TEST_CASE("a zip inside an uncaptioned address is still the zip",
          "[cover][zip]") {
  CheckAll(
      "FORM 6-K\nKONINKLIJKE PHILIPS N.V.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "Breitner Center, Amstelplein 2, 1096 BC Amsterdam, The Netherlands\n"
      "(Address of principal executive offices)\n",
      {{"address",
        "Breitner Center, Amstelplein 2, 1096 BC Amsterdam, The Netherlands"},
       {"zip_code", "1096 BC"}});
  // A street number is not a postal code.
  Document doc = TextDocument(
      "FORM 8-K\n1395 Crossman Avenue, Sunnyvale\n"
      "(Address of principal executive offices)\n");
  CHECK(Value(doc, ExtractCover(doc), "zip_code") == "");
}

TEST_CASE("a zip with its own caption leaves the address", "[cover][zip]") {
  struct Case {
    const char* text;
    const char* address;
    const char* zip;
  };
  const Case cases[] = {
      {"601 McCarthy Boulevard, Milpitas, California 95035\n"
       "(Address of principal executive offices)(zip code)\n",
       "601 McCarthy Boulevard, Milpitas, California", "95035"},
      {"500 South Buena Vista Street\nBurbank, California 91521\n"
       "(Address of principal executive offices) (Zip Code)\n",
       "500 South Buena Vista Street, Burbank, California", "91521"},
      {"1 Wayside Road\nBurlington, Massachusetts 01803\n"
       "(Address of Principal Executive Offices)\n(Zip Code)\n",
       "1 Wayside Road, Burlington, Massachusetts", "01803"},
      {"                One CNN Center, Atlanta, Georgia  30303\n"
       "        (Address of principal executive offices)(Zip Code)\n",
       "One CNN Center, Atlanta, Georgia", "30303"},
      // The zip followed by more address text stays where it is written.
      {"Iidabashi Grand Bloom, Chiyoda-ku, Tokyo 102-0071 Japan\n"
       "(Address of principal executive offices) (Zip code)\n",
       "Iidabashi Grand Bloom, Chiyoda-ku, Tokyo 102-0071 Japan", "102-0071"},
      // "including zip code": the zip belongs to the address.
      {"125 State Street\nHackensack, New Jersey 07601\n"
       "(Address, including zip code, of principal executive offices)\n",
       "125 State Street, Hackensack, New Jersey 07601", "07601"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CheckAll(std::string("FORM 8-K\n\n") + c.text,
             {{"address", c.address}, {"zip_code", c.zip}});
  }
}

TEST_CASE("an amendment heading makes the form an amendment", "[cover][form]") {
  CheckAll(
      "               SECURITIES AND EXCHANGE COMMISSION\n\n"
      "                         AMENDMENT NO. 2\n"
      "                               TO\n"
      "                            FORM S-3\n\n"
      "                     REGISTRATION STATEMENT\n",
      {{"form_type", "S-3/A"}});
  CheckAll("FORM S-3\nREGISTRATION STATEMENT\n", {{"form_type", "S-3"}});
  // "FORM 24F-2" is not the SEC's form type (24F-2NT); no guess.
  CheckAll("FORM 24F-2\nANNUAL NOTICE OF SECURITIES SOLD\n",
           {{"form_type", ""}});
}

TEST_CASE("Form 24F-2 items: issuer and fiscal year end", "[cover][24f2]") {
  CheckAll(
      "                                  FORM 24F-2\n"
      "                       ANNUAL NOTICE OF SECURITIES SOLD\n\n"
      "______________________________________________________________\n\n"
      "1.  Name and address of issuer:\n"
      "    Common Sense Trust - Growth Fund\n"
      "    2800 Post Oak Blvd.\n"
      "    Houston, TX 77056\n"
      "______________________________________________________________\n\n"
      "4.  Last day of fiscal year for which this notice is filed: "
      "10/31/95\n",
      {{"registrant_name", "Common Sense Trust - Growth Fund"},
       {"address", "2800 Post Oak Blvd., Houston, TX 77056"},
       {"zip_code", "77056"},
       {"fiscal_year_end", "1995-10-31"}});
}

TEST_CASE("several registrants in one cover table", "[cover][multi]") {
  const std::string text =
      "Commission\tRegistrant, State of Incorporation,\tIRS Employer\n"
      "File Number\tAddress, and Telephone Number\tIdentification No.\n"
      "2-26720\tLouisville Gas and Electric Company\t61-0264150\n"
      "\t(A Kentucky Corporation)\t\n"
      "\t220 West Main Street\t\n"
      "\tLouisville, Ky. 40232\t\n"
      "\t(502) 627-2000\t\n"
      "1-3464\tKentucky Utilities Company\t61-0247570\n"
      "\t(A Kentucky and Virginia Corporation)\t\n"
      "\tOne Quality Street\t\n"
      "\tLexington, Kentucky 40507-1428\t\n"
      "\t(859) 255-2100\t\n"
      "\n"
      "This combined Form 8-K is separately filed by Louisville Gas and "
      "Electric Company and Kentucky Utilities Company.\n";
  CheckAll(text,
           {{"commission_file_number", "2-26720"},
            {"registrant_name", "Louisville Gas and Electric Company"},
            {"irs_employer_id", "61-0264150"},
            {"state_of_incorporation", "Kentucky"},
            {"address", "220 West Main Street, Louisville, Ky. 40232"},
            {"zip_code", "40232"},
            {"phone", "(502) 627-2000"}},
           0);
  CheckAll(text,
           {{"commission_file_number", "1-3464"},
            {"registrant_name", "Kentucky Utilities Company"},
            {"irs_employer_id", "61-0247570"},
            {"state_of_incorporation", "Kentucky and Virginia"},
            {"zip_code", "40507-1428"},
            {"phone", "(859) 255-2100"}},
           1);
}

TEST_CASE("the last registrant's address ends before the securities table",
          "[cover][multi]") {
  const std::string text =
      "Commission\tRegistrant, State of Incorporation,\tIRS Employer\n"
      "File Number\tAddress, and Telephone Number\tIdentification No.\n"
      "1-3525\tHartland Energy Holdings, Inc.\t31-1234567\n"
      "\t(An Ohio Corporation)\t\n"
      "\t1 Riverside Plaza\t\n"
      "\tColumbus, Ohio 43215\t\n"
      "\t(614) 555-0100\t\n"
      "1-3457\tHartland Power Company\t31-7654321\n"
      "\t(An Ohio Corporation)\t\n"
      "\t40 Market Street\t\n"
      "\tCanton, Ohio 44702\t\n"
      "Securities registered pursuant to Section 12(b) of the Act:\n"
      "Title of each class\tTrading Symbol\tName of each exchange\n"
      "Hartland Energy Holdings, Inc.\n";
  CheckAll(text,
           {{"address", "40 Market Street, Canton, Ohio 44702"},
            {"zip_code", "44702"}},
           1);
}

TEST_CASE("each registrant gets the report date and its own signer",
          "[cover][multi]") {
  const std::string text =
      "FORM 8-K\n"
      "Date of Report (Date of earliest event reported): March 25, 2003\n\n"
      "Commission\tRegistrant, State of Incorporation,\tIRS Employer\n"
      "File Number\tAddress, and Telephone Number\tIdentification No.\n"
      "2-26720\tLouisville Gas and Electric Company\t61-0264150\n"
      "1-3464\tKentucky Utilities Company\t61-0247570\n\n"
      "SIGNATURES\n\nLouisville Gas and Electric Company\n\n"
      "Dated:\tMarch 25, 2003\tBy:\t/s/ John R. McCall\n"
      "\t\t\tExecutive Vice President,\n\t\t\tGeneral Counsel\n\n"
      "Kentucky Utilities Company\n\n"
      "Dated:\tMarch 26, 2003\tBy:\t/s/ Jane Q. Public\n"
      "\t\t\tTreasurer\n\n";
  CheckAll(text,
           {{"report_date", "2003-03-25"},
            {"signature_date", "2003-03-25"},
            {"signatory_name", "John R. McCall"},
            {"signatory_title", "Executive Vice President, General Counsel"}},
           0);
  CheckAll(text,
           {{"report_date", "2003-03-25"},
            {"signature_date", "2003-03-26"},
            {"signatory_name", "Jane Q. Public"},
            {"signatory_title", "Treasurer"}},
           1);
}

TEST_CASE("the cover of an SGML submission skips the header", "[cover][sgml]") {
  Document doc = TextDocument(
      "<SEC-HEADER>\nCOMPANY CONFORMED NAME:\tWRONG NAME INC\n"
      "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n"
      "                   Right Name Inc.\n"
      "       (Exact name of registrant as specified in its charter)\n"
      "</TEXT>\n</DOCUMENT>\n");
  std::vector<Field> fields = ExtractCover(doc);
  CHECK(Value(doc, fields, "registrant_name") == "Right Name Inc.");
}

TEST_CASE("a company's name or a postal code alone is no address", "[cover]") {
  // The address caption's value is under it here; the name a blank above
  // it is not the address, whatever is read below.
  const char* text =
      "FORM 10-Q\n\n"
      "Harbor Point Distillers, Inc.\n\n"
      "(Address of principal executive offices, including zip code)\n";
  CHECK(testing::CoverValue(text, "address") == "");
  CHECK(testing::CoverValue("FORM 10-Q\n\nHarbor Point Distillers, Inc.\n"
                            "(Exact name of registrant as specified in its "
                            "charter)\n99503\n(Address of principal "
                            "executive offices)\n",
                            "address") == "");
}

TEST_CASE("empty and label-free texts yield nothing", "[cover]") {
  for (const char* text : {"", "\n\n", "Just some prose without a cover.\n"}) {
    Document doc = TextDocument(text);
    CHECK(ExtractCover(doc).empty());
  }
}

}  // namespace
}  // namespace secx
