// Layouts of the caption table's "below" and "either" rows, on pages made
// up for the test (no filing of the corpus is copied): form boxes with the
// value under or beside its caption, the accountant's block kept apart,
// captions above their values, values out of line with their captions, and
// the incorporation phrase of a cover without captions.
#include <catch2/catch.hpp>
#include <string>

#include "extract/cover/cover.h"
#include "extract/cover/cover_rules.h"
#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace {

using testing::TextDocument;
using testing::Value;

std::string V(const std::string& text, const char* field) {
  return testing::CoverValue(text, field);
}

// A broker-dealer facing page as OCR lays it out: values under their
// captions, part captions under the address lines, a stamp at the right.
const char kFacingPage[] =
    "                 ANNUAL AUDITED REPORT                  SEC FILE NUMBER\n"
    "                      FORM X-17A-5                      8-12345\n"
    "                        PART III\n"
    "\n"
    "  REPORT FOR THE PERIOD BEGINNING    07/01/04     AND ENDING    06/30/05\n"
    "                                     MM/DD/YY                   MM/DD/YY\n"
    "\n"
    "                    A. REGISTRANT IDENTIFICATION\n"
    "\n"
    "  NAME OF BROKER-DEALER:                              OFFICIAL USE ONLY\n"
    "      Harbor Lane Securities, Inc.\n"
    "                                                         FIRM ID. NO.\n"
    "  ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)\n"
    "\n"
    "      40 Wharf Street, Suite 300                         RECEIVED\n"
    "                       (No. and Street)\n"
    "      Portland             Maine                 04101\n"
    "      (City)               (State)               (Zip Code)\n"
    "\n"
    "  NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT\n"
    "      Ellen M. Porter                            (207) 555-0142\n"
    "                                          (Area Code - Telephone No.)\n"
    "\n"
    "                    B. ACCOUNTANT IDENTIFICATION\n"
    "\n"
    "  INDEPENDENT PUBLIC ACCOUNTANT whose opinion is contained in this Report*\n"
    "  (Name -- if individual, state last, first, middle name)\n"
    "      Fenwick & Hale LLP\n"
    "\n"
    "      12 Exchange Place        Boston             MA            02109\n"
    "  (ADDRESS)   Number and Street   (City)            (State)       (Zip Code)\n";

TEST_CASE("facing page: values under their captions", "[cover][form_box]") {
  CHECK(V(kFacingPage, "registrant_name") == "Harbor Lane Securities, Inc.");
  CHECK(V(kFacingPage, "commission_file_number") == "8-12345");
  CHECK(V(kFacingPage, "reporting_period_start") == "2004-07-01");
  CHECK(V(kFacingPage, "reporting_period_end") == "2005-06-30");
  CHECK(V(kFacingPage, "contact_name") == "Ellen M. Porter");
  CHECK(V(kFacingPage, "phone") == "(207) 555-0142");
  CHECK(V(kFacingPage, "auditor_name") == "Fenwick & Hale LLP");
}

TEST_CASE("facing page: the registrant's address, not the accountant's",
          "[cover][form_box]") {
  // The stamp beside the street is not under a part caption: left out.
  CHECK(V(kFacingPage, "address") ==
        "40 Wharf Street, Suite 300, Portland Maine 04101");
  CHECK(V(kFacingPage, "zip_code") == "04101");
  CHECK(V(kFacingPage, "state_of_incorporation").empty());
}

// The facing page as the SEC revised it for 2021 and later filings: "NAME OF
// FIRM:", a type-of-registrant box, and "PERSON TO CONTACT WITH REGARD TO
// THIS FILING" over name, telephone and e-mail columns.
TEST_CASE("facing page: the 2021 form", "[cover][form_box]") {
  const std::string page =
    "                                                                              OMB APPROVAL\n"
    "                                                                     OMB Number: 3235-0123\n"
    "                                                                     Expires: Oct. 31, 2023\n"
    "                                                                     Estimated average burden\n"
    "                                                                     hours per response: 12\n"
    "                                                                          SEC FILE NUMBER\n"
    "                                                                              8-67123\n"
    "                                   FACING PAGE\n"
    "  Information Required Pursuant to Rules 17a-5, 17a-12, and 18a-7 under the Securities Exchange Act of 1934\n"
    "\n"
    "FILING FOR THE PERIOD BEGINNING        01/01/22          AND ENDING         12/31/22\n"
    "                                       MM/DD/YY                             MM/DD/YY\n"
    "\n"
    "                              A. REGISTRANT IDENTIFICATION\n"
    "\n"
    "NAME OF FIRM: Kestrel Point Capital Markets LLC\n"
    "\n"
    "TYPE OF REGISTRANT (check all applicable boxes):\n"
    "  [X] Broker-dealer    [ ] Security-based swap dealer    [ ] Major security-based swap participant\n"
    "  [ ] Check here if respondent is also an OTC derivatives dealer\n"
    "\n"
    "ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use a P.O. box no.)\n"
    "\n"
    "  200 Clarendon Street, 21st Floor\n"
    "                                             (No. and Street)\n"
    "  Boston                                     MA                                  02116\n"
    "  (City)                                     (State)                             (Zip Code)\n"
    "\n"
    "PERSON TO CONTACT WITH REGARD TO THIS FILING\n"
    "\n"
    "  Dana R. Whitfield                 (617) 555-0199                   dwhitfield@kestrelpoint.com\n"
    "  (Name)                            (Area Code - Telephone Number)   (Email Address)\n"
    "\n"
    "                              B. ACCOUNTANT IDENTIFICATION\n"
    "\n"
    "INDEPENDENT PUBLIC ACCOUNTANT whose reports are contained in this filing*\n"
    "\n"
    "  Marlow & Finch LLP\n"
    "                     (Name - if individual, state last, first, and middle name)\n"
    "\n"
    "  1 Federal Street                  Boston                MA                02110\n"
    "  (Address)                         (City)                (State)           (Zip Code)\n"
    "\n"
    "  October 20, 2003                                            102\n"
    "  (Date of Registration with PCAOB)(if applicable)            (PCAOB Registration Number, if applicable)\n"
    "\n"
    "                                 FOR OFFICIAL USE ONLY\n";
  CHECK(V(page, "registrant_name") == "Kestrel Point Capital Markets LLC");
  CHECK(V(page, "commission_file_number") == "8-67123");
  CHECK(V(page, "reporting_period_start") == "2022-01-01");
  CHECK(V(page, "reporting_period_end") == "2022-12-31");
  CHECK(V(page, "address") ==
        "200 Clarendon Street, 21st Floor, Boston MA 02116");
  CHECK(V(page, "zip_code") == "02116");
  CHECK(V(page, "contact_name") == "Dana R. Whitfield");
  CHECK(V(page, "phone") == "(617) 555-0199");
  CHECK(V(page, "auditor_name") == "Marlow & Finch LLP");
}

TEST_CASE("facing page: OCR noise of a typeset form", "[cover][form_box]") {
  // A speck and a form box's caption beside the name's caption; a bar
  // after the street's digits; "(State)" read "_Gtate)"; specks between
  // the state and the ZIP code.
  const std::string page =
      " . NAME OF BROKER- DEALER:        .     on        |  OFFICIAL  USE ONLY\n"
      "    Granite Ridge Securities Corporation              \xE2\x80\x94             ,\n"
      "                                      FIRM ID. NO.\n"
      "  ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No. )\n"
      "    1717 Main Street, Suite 2900 |\n"
      "                    (No. and Street)      ne\n"
      "    Dallas.            Texas \xE2\x80\x94    OS      75201\n"
      "    (City)             _Gtate)          (Zip Code)\n";
  CHECK(testing::OcrCoverValue(page, "registrant_name") == "Granite Ridge Securities Corporation");
  CHECK(testing::OcrCoverValue(page, "address") == "1717 Main Street, Suite 2900, Dallas. Texas 75201");
  CHECK(testing::OcrCoverValue(page, "zip_code") == "75201");
  // A quote mark read alone between the street's words.
  std::string quoted = page;
  quoted.replace(quoted.find("Street, Suite"), 13, "Street, ' Suite");
  CHECK(testing::OcrCoverValue(quoted, "address") ==
        "1717 Main Street, Suite 2900, Dallas. Texas 75201");
}

TEST_CASE("facing page: more OCR noise of typeset forms", "[cover][form_box]") {
  // A speck read as a short word beside the name's caption ("Coe"), a
  // stop inside a form box's caption ("OFFICIAL. USE ONLY"), a street
  // line opening with a speck read as "(", a part caption with a trailing
  // stop ("(State)."), a bar inside the name and a short lower-case speck
  // after the contact's name.
  const std::string page =
      " NAME OF BROKER- DEALER:           Coe          OFFICIAL. USE ONLY |\n"
      "   Granite Ridge Securities | Corporation                    _     .\n"
      "                                 _ FIRM ID. NO.\n"
      " ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)\n"
      "  (1717 Main Street, Suite 2900\n"
      "                  (No. and Street)   .    a\n"
      "  Dallas              Texas.    75201\n"
      " (City)              (State).          (Zip Code)\n"
      " NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT\n"
      "   Harold P. Nguyen os              (214) 555-0147\n"
      "                         _ (Area Code -- Telephone No.)\n";
  auto v = [&](const char* f) { return testing::OcrCoverValue(page, f); };
  CHECK(v("registrant_name") == "Granite Ridge Securities Corporation");
  CHECK(v("address") == "1717 Main Street, Suite 2900, Dallas Texas. 75201");
  CHECK(v("state_of_incorporation").empty());
  CHECK(v("contact_name") == "Harold P. Nguyen");
  // The street line lost: the city line alone is no address.
  std::string lost = page;
  lost.replace(lost.find("(1717 Main Street, Suite 2900"), 29,
               "                             ");
  CHECK(testing::OcrCoverValue(lost, "address").empty());
  CHECK(testing::OcrCoverValue(lost, "zip_code") == "75201");
}

TEST_CASE("facing page: lines wrapped in monospaced type",
          "[cover][form_box]") {
  // The ENDING date's year wrapped onto the next line; "OFFICIAL USE"
  // ending the name's line, "ONLY" under it; specks after the file number
  // and a speck word on the "(No..and Street)" line.
  const std::string page =
      "                     - FORM X-17A-5   \xE2\x80\x94\xE2\x80\x94            -  SEC FILE NUMBER:\n"
      "                         PART IIT                                8-40917.-\n"
      "\n"
      " REPORT FOR. THE PERIOD BEGINNING. | January 1, 2003 AND ENDING December 31,\n"
      " 2003                                                                  ;\n"
      "                                        MM/DD/YY                     MM/DD/YY.\n"
      "\n"
      "  NAME OF BROKER- DEALER: Alder & Finch Securities, Inc.     - OFFICIAL USE\n"
      "  ONLY\n"
      "                                                                     FIRM I.D.\n"
      "  ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)\n"
      "     Three Gateway Center, 14th Floor\n"
      "      -      Soe                  (No..and Street)              .\n"
      "     Newark                      New Jersey        ee             . 07102\n"
      "     (City)    oo                 (State)                      _    {Zip Code)\n";
  auto v = [&](const char* f) { return testing::OcrCoverValue(page, f); };
  CHECK(v("reporting_period_start") == "2003-01-01");
  CHECK(v("reporting_period_end") == "2003-12-31");
  CHECK(v("registrant_name") == "Alder & Finch Securities, Inc.");
  CHECK(v("commission_file_number") == "8-40917");
  CHECK(v("address") == "Three Gateway Center, 14th Floor, Newark New Jersey 07102");
  // A date whose next line opens with no year is not read across it.
  std::string cut = page;
  cut.replace(cut.find("\n 2003 "), 7, "\n Page ");
  CHECK(testing::OcrCoverValue(cut, "reporting_period_end").empty());
}

TEST_CASE("facing page: specks around the address and its captions",
          "[cover][form_box]") {
  // A speck after "(No. and Street)", "(City)" read "cry)", a stop after
  // the ZIP code; a colon after a street word, a plus before the ZIP; a
  // blank in the 2021 contact caption's last word; a blank by the file
  // number's hyphen.
  const std::string page =
      "              ~ FORM X-17A-5           SEC FILE NUMBER\n"
      "                - PART HI            8- 69034\n"
      " ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use a P.O. box no. )\n"
      "  1801 California: Street, Suite 3900.\n"
      "         Dt           (No. and Street) \xC2\xA9\n"
      "  Denver                 Colorado           ~ 80202.\n"
      " cry)               - . (State)          \xC2\xBB (Zip Code)\n"
      "PERSON TO CONTACT WITH REGARD TO THIS FILIN G\n"
      "~Priya K. Raman    |     (720) 555-0163.\n"
      "  (Name)              (Area Code - Telephone Number) (Email Address)\n";
  auto v = [&](const char* f) { return testing::OcrCoverValue(page, f); };
  CHECK(v("commission_file_number") == "8-69034");
  CHECK(v("address") == "1801 California Street, Suite 3900., Denver Colorado 80202");
  CHECK(v("zip_code") == "80202");
  CHECK(v("contact_name") == "Priya K. Raman");
  CHECK(v("phone") == "(720) 555-0163");
  std::string plus = page;
  plus.replace(plus.find("~ 80202."), 8, "  +80202");
  CHECK(testing::OcrCoverValue(plus, "address") ==
        "1801 California Street, Suite 3900., Denver Colorado 80202");
  // "(State)" read "- State)", a dash after the ZIP, marks glued before
  // the street's number.
  const std::string more =
      " ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)\n"
      " _~3 WACKER ROAD\n"
      "                           (No. and Street)\n"
      "   SAN FRANCISCO          CALIFORNIA              94104 -\n"
      "       (City)              - State)              (Zip Code)\n";
  CHECK(testing::OcrCoverValue(more, "address") ==
        "3 WACKER ROAD, SAN FRANCISCO CALIFORNIA 94104");
  CHECK(testing::OcrCoverValue(more, "zip_code") == "94104");
}

TEST_CASE("facing page: a stamp's edge, braces and an offset ZIP",
          "[cover][form_box]") {
  // The remark's and a part caption's parentheses read as braces, a
  // ")" read as "y", a stamp's letters between two part captions, the
  // ZIP typed left in its box, off its centred caption.
  const std::string page =
      " ADDRESS OF PRINCIPAL PLACE OF BUSINESS: {Do not use P.O. Box No.)\n"
      "\n"
      "   38 COMMERCE WAY\n"
      "                            {No. and Street)\n"
      "\n"
      "   PORTLAND                    OR                      97204\n"
      "       (City)                (Statey       PROU              (Zip Code)\n"
      " NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT\n";
  auto v = [&](const char* f) { return testing::OcrCoverValue(page, f); };
  CHECK(v("address") == "38 COMMERCE WAY, PORTLAND OR 97204");
  CHECK(v("zip_code") == "97204");
  // A number that is no ZIP, or a cell after it, is not taken so.
  std::string other = page;
  other.replace(other.find("97204"), 5, "9720 ");
  CHECK(testing::OcrCoverValue(other, "address").empty());
  // A longer stamp fragment on the parts line: not a parts line.
  std::string stamp = page;
  stamp.replace(stamp.find("PROU"), 4, "RECEIVED");
  CHECK(testing::OcrCoverValue(stamp, "address").empty());
}

TEST_CASE("facing page: a ZIP's digits read as letters, checked by its state",
          "[cover][form_box]") {
  const std::string page =
      " ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)\n"
      "\n"
      " 245 Park Avenue\n"
      "                              (No. and Street)\n"
      "\n"
      " New York                 New York                  JO167\n"
      "          (City)             (State)               (Zip Code}\n";
  CHECK(testing::OcrCoverValue(page, "zip_code") == "10167");
  CHECK(testing::OcrCoverValue(page, "address") ==
        "245 Park Avenue, New York New York 10167");
  // Read so, the digits are not a ZIP of the state beside them: none.
  std::string elsewhere = page;
  elsewhere.replace(elsewhere.find("New York                  JO"), 8,
                    "Illinois");
  CHECK(testing::OcrCoverValue(elsewhere, "zip_code").empty());
  // The state written as its code: the ZIP is still checked against it.
  std::string coded = page;
  coded.replace(coded.find("New York                  JO"), 8, "NY      ");
  CHECK(testing::OcrCoverValue(coded, "zip_code") == "10167");
  std::string coded_elsewhere = coded;
  coded_elsewhere.replace(coded_elsewhere.find("NY      "), 2, "IL");
  CHECK(testing::OcrCoverValue(coded_elsewhere, "zip_code").empty());
  // Too few digits to go by.
  std::string letters = page;
  letters.replace(letters.find("JO167"), 5, "JOI6S");
  CHECK(testing::OcrCoverValue(letters, "zip_code").empty());
}

TEST_CASE("facing page: a speck read as a capital before the state's code",
          "[cover][form_box]") {
  const std::string page =
      " ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)\n"
      "\n"
      " 1325 Avenue of the Americas\n"
      "                              (No. and Street)\n"
      "\n"
      " New York.                 ONY                  10019\n"
      "          (City)           (State)            (Zip Code)\n";
  CHECK(testing::OcrCoverValue(page, "address") ==
        "1325 Avenue of the Americas, New York. NY 10019");
  // The ZIP is not one of that state's: no address.
  std::string elsewhere = page;
  elsewhere.replace(elsewhere.find("10019"), 5, "60606");
  CHECK(testing::OcrCoverValue(elsewhere, "address").empty());
}

TEST_CASE("facing page: a stamp over the accountant's heading",
          "[cover][form_box]") {
  // Only the accountant's name caption is left to say whose block it
  // is: its address is not the registrant's.
  const std::string page =
      "                        FORM X-17A-5\n"
      " ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)\n"
      "   5910 CHESTNUT PLACE, 14TH FLOOR\n"
      "                              (No. and Street)\n"
      "   PHOENIX     ;   KXX   RG    AZ      ,    85004 ~~\n"
      "    (City)      .        :   (State)       .  (Zip Code)\n"
      "\n"
      "                        NTANT IDENTIFICATION\n"
      "INDE SEG, R 1A     whose )pinion is contained in this Report* -\n"
      "   LO              PETROV LLP\n"
      "          (Name - if individual, state last, first, middle name)\n"
      "  447 ELM BOULEVARD         CHICAGO        IL          60606\n"
      "     (Address)               (City)       (State)     (Zip Code)\n";
  std::string address = testing::OcrCoverValue(page, "address");
  CHECK(address.find("ELM") == std::string::npos);
  CHECK(testing::OcrCoverValue(page, "zip_code") != "60606");
}

TEST_CASE("facing page: the name below specks and a split caption",
          "[cover][form_box]") {
  // A line of specks between the caption and the name.
  const std::string specks =
      "NAME OF BROKER-DEALER:                          OFFICIAL USE ONLY\n"
      "\n"
      "      .             ari\n"
      "    Pinnacle Clearing Corp.\n"
      "                                                    FIRM ID. NO.\n";
  CHECK(testing::OcrCoverValue(specks, "registrant_name") ==
        "Pinnacle Clearing Corp.");
  // A caption's last letter read apart.
  const std::string split =
      "NAME OF BROKER-DEALE R:                         OFFICIAL USE ONLY\n"
      "\n"
      "   Rowntree Fairview Securities Company\n";
  CHECK(testing::OcrCoverValue(split, "registrant_name") ==
        "Rowntree Fairview Securities Company");
  // A caption cut short by a stamp's edge: the stamp may hide part of
  // the name as well.
  const std::string cut =
      "NAME OF BROKER-DEAL                             OFFICIAL USE ONLY\n"
      "\n"
      "   HIGHLAND SECUR\\MTIE\n";
  CHECK(testing::OcrCoverValue(cut, "registrant_name").empty());
}

TEST_CASE("facing page: a name OCR read without its capital",
          "[cover][form_box]") {
  const std::string page =
      "  NAME OF BROKER-DEALER:                              OFFICIAL USE ONLY\n"
      "      mor thgate Execution Services, L.P.\n"
      "                                                       FIRM ID. NO.\n";
  CHECK(testing::OcrCoverValue(page, "registrant_name").empty());
  // Specks read as short words beside the caption are no name either:
  // the name is the one under it.
  const std::string specks =
      " NAME OF BROKER-DEALER:        a     .      coe           OFFICIAL USE ONLY\n"
      "    Ironwood Equities Corporation                           FIRM ID. NO.\n";
  CHECK(testing::OcrCoverValue(specks, "registrant_name") ==
        "Ironwood Equities Corporation");
  // A contact's name cut after an initial lost its surname.
  const std::string contact =
      " NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT\n"
      "    Margaret W.                                      (602) 555-3440\n"
      "                                         (Area Code - Telephone No.)\n";
  CHECK(testing::OcrCoverValue(contact, "contact_name").empty());
  CHECK(testing::OcrCoverValue(contact, "phone") == "(602) 555-3440");
  std::string whole = contact;
  whole.replace(whole.find("Margaret W.   "), 23, "Margaret W. Eastlake");
  CHECK(testing::OcrCoverValue(whole, "contact_name") == "Margaret W. Eastlake");
  std::string fine = page;
  fine.replace(fine.find("mor thgate"), 10, "Northgate ");
  CHECK(testing::OcrCoverValue(fine, "registrant_name") ==
        "Northgate Execution Services, L.P.");
}

TEST_CASE("facing page: the form's name under a stamp", "[cover][form_box]") {
  // "FORM X-17A-5." with a speck after it; the form's name lost, its
  // heading's words kept.
  CHECK(V("           FORM X-17A-5.            8-35008\n", "form_type") ==
        "X-17A-5");
  const std::string lost =
      "           FORM         We                SEC FILE NUMBER\n"
      "   Information Required of Brokers and Dealers Pursuant to Section 17 of the\n"
      "          Securities Exchange Act of 1934 and Rule 17a-5 Thereunder\n";
  CHECK(V(lost, "form_type") == "X-17A-5");
}

TEST_CASE("facing page: a caption wrapped in its narrow box",
          "[cover][form_box]") {
  const std::string page =
      "                                                        SEC FILE\n"
      "                                                        NUMBER\n"
      "                                                        8-67123\n"
      "                   FACING PAGE\n";
  CHECK(V(page, "commission_file_number") == "8-67123");
  // The lower line alone a caption: no wrapped caption is made up.
  const std::string two =
      "      OFFICIAL USE                                      \n"
      "      SEC FILE NUMBER                                   \n"
      "      8-67123\n";
  CHECK(V(two, "commission_file_number") == "8-67123");
}

TEST_CASE("facing page: a caption wrapped onto the next line is no value",
          "[cover][form_box]") {
  // "OFFICIAL USE ONLY" wrapped after "OFFICIAL USE": "ONLY" is not the
  // broker-dealer's name.
  const std::string page =
      " NAME OF BROKER - DEALER:                                        OFFICIAL USE\n"
      " ONLY\n"
      "    Granite Ridge Securities Corporation\n"
      "                                                                    FIRM ID. NO.\n";
  CHECK(V(page, "registrant_name") == "Granite Ridge Securities Corporation");
}

TEST_CASE("facing page: an address without its state is left out",
          "[cover][form_box]") {
  // On a scan the state cell lost: the address is incomplete, the ZIP
  // stays. A typed cover may end a foreign address in a postcode.
  std::string page = kFacingPage;
  page.replace(page.find("Maine "), 6, "      ");
  CHECK(testing::OcrCoverValue(page, "address").empty());
  CHECK(testing::OcrCoverValue(page, "zip_code") == "04101");
  CHECK(V(page, "address") == "40 Wharf Street, Suite 300, Portland 04101");
  // A state's abbreviation with its dot is a state.
  std::string calif = kFacingPage;
  calif.replace(calif.find("Portland             Maine                 04101"),
                48, "Palo Alto            Calif.                94301");
  CHECK(V(calif, "address") ==
        "40 Wharf Street, Suite 300, Palo Alto Calif. 94301");
}

TEST_CASE("facing page: a ZIP code outside its state is a misreading",
          "[cover][form_box]") {
  // "04101" read as "64101" (a Missouri prefix) beside "Maine".
  std::string page = kFacingPage;
  page.replace(page.find("04101"), 5, "64101");
  CHECK(V(page, "address").empty());
  CHECK(V(page, "zip_code").empty());
  CHECK(V(page, "registrant_name") == "Harbor Lane Securities, Inc.");
  // A state written as its code, a ZIP+4 in range: kept.
  std::string coded = kFacingPage;
  coded.replace(coded.find("Maine   "), 8, "ME      ");
  coded.replace(coded.find("04101\n"), 5, "04101-2200");
  CHECK(V(coded, "zip_code") == "04101-2200");
  CHECK(!V(coded, "address").empty());
}

TEST_CASE("facing page: a stamp beside a caption is not its value",
          "[cover][form_box]") {
  std::string page =
      "  NAME OF BROKER-DEALER:                         RECEIVED MAR 3 2005\n"
      "      Harbor Lane Securities, Inc.\n";
  CHECK(V(page, "registrant_name") == "Harbor Lane Securities, Inc.");
}

TEST_CASE("facing page: OCR damage around the boxes", "[cover][form_box]") {
  // The words between the period's boxes misread, the file number's hyphen
  // read as a blank, stamp specks beside it.
  std::string page =
      "     ANNUAL AUDITED REPORT                SEC FILE NUMBER\n"
      "        FORM X-17A-5                   ps  OY  8 43978\n"
      "\n"
      "REPORT FOR THE PERIOD BEGINNING   12/01/03     AND Tting,    11/30/04\n"
      "                                  MM/DD/YY                 MM/DD/YY\n";
  CHECK(V(page, "commission_file_number") == "8-43978");
  CHECK(V(page, "reporting_period_start") == "2003-12-01");
  CHECK(V(page, "reporting_period_end") == "2004-11-30");
}

TEST_CASE("facing page: a broker-dealer's file number without its hyphen",
          "[cover][form_box]") {
  auto page = [](const char* number) {
    return std::string(
               "     ANNUAL AUDITED REPORT                SEC FILE NUMBER\n"
               "        FORM X-17A-5                         ") +
           number + "\n";
  };
  CHECK(V(page("843978"), "commission_file_number") == "8-43978");
  CHECK(V(page("8.43978"), "commission_file_number") == "8-43978");
  CHECK(V(page("8,43978"), "commission_file_number") == "8-43978");
  // Not a broker-dealer's prefix, or too many digits: none.
  CHECK(V(page("743978"), "commission_file_number").empty());
  CHECK(V(page("8439781"), "commission_file_number").empty());
}

TEST_CASE("facing page: a stamp's digits glued to the contact caption",
          "[cover][form_box]") {
  const std::string page =
      "_ NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS "
      "REPORT 904\n"
      "\n"
      "   Eleanor V. Mendez              7          201) 391-9115 \xC2\xA9\n";
  CHECK(testing::OcrCoverValue(page, "contact_name") == "Eleanor V. Mendez");
  CHECK(testing::OcrCoverValue(page, "phone") == "(201) 391-9115");
  // A short caption with a number after it is no caption.
  CHECK(testing::OcrCoverValue("NAME OF PERSON 904\n  Eleanor V. Mendez\n",
                               "contact_name")
            .empty());
}

TEST_CASE("facing page: one date alone is a period's edge only",
          "[cover][form_box]") {
  // A stamp over the other box: the first of a month in the BEGINNING
  // box, the last of a month in the ENDING box, stand alone.
  std::string start =
      "REPORT FOR THE PERIOD BEGINNING   12/01/03     AND ENDING  DIVISION\n";
  CHECK(V(start, "reporting_period_start") == "2003-12-01");
  CHECK(V(start, "reporting_period_end").empty());
  std::string stamped =
      "REPORT FOR THE PERIOD BEGINNING   12/01/04     AND END: epiON OF MAR) BO/\n";
  CHECK(V(stamped, "reporting_period_start") == "2004-12-01");
  std::string end =
      "REPORT FOR THE PERIOD BEGINNING__21/01/2012          AND ENDING__!2/31/2012\n";
  CHECK(V(end, "reporting_period_start").empty());
  CHECK(V(end, "reporting_period_end") == "2012-12-31");
  // Any other date alone may be a box read wrongly (or a stamp's date).
  std::string mid =
      "REPORT FOR THE PERIOD BEGINNING   12/17/03     AND ENDING  DIVISION\n";
  CHECK(V(mid, "reporting_period_start").empty());
  std::string mid_end =
      "REPORT FOR THE PERIOD BEGINNING   ORS Wie     AND ENDING  11/29/04\n";
  CHECK(V(mid_end, "reporting_period_end").empty());
  CHECK(V(mid_end, "reporting_period_start").empty());
}

TEST_CASE("facing page: a stamp over the BEGINNING caption",
          "[cover][form_box]") {
  // The capitalised "AND ENDING" caption and its box survive: a last day
  // of a month alone there is the period's end.
  std::string end_only =
      "REPORT FOR THE PERI                        AND ENDING      11/30/94\n"
      "                                                           MM/DD/YY\n";
  CHECK(V(end_only, "reporting_period_end") == "1994-11-30");
  CHECK(V(end_only, "reporting_period_start").empty());
  std::string joined = "REPORT FOR THE PERIO      ANDENDING __ 12/31/1994\n";
  CHECK(V(joined, "reporting_period_end") == "1994-12-31");
  std::string misread = "REPORT FOR THE PERIOT] AGG}   anD ENDING  NOVEMBER 30, 2003\n";
  CHECK(V(misread, "reporting_period_end") == "2003-11-30");
  // The BEGINNING box without its caption: one date before "AND ENDING".
  std::string both =
      "REPORT FOR THE PERIOD BEG)      01/01/99     ANDENDING     12/31/99\n";
  CHECK(V(both, "reporting_period_start") == "1999-01-01");
  CHECK(V(both, "reporting_period_end") == "1999-12-31");
  // Not a month's last day, text after the box, or a sentence's "and
  // ending": nothing.
  CHECK(V("REPORT FOR THE PERI       AND ENDING      11/29/94\n",
          "reporting_period_end").empty());
  CHECK(V("REPORT FOR THE PERI       AND ENDING      11/30/94 Rule 17a-5\n",
          "reporting_period_end").empty());
  CHECK(V("the fiscal period of the trust, and ending 12/31/94\n",
          "reporting_period_end").empty());
}

TEST_CASE("facing page: a period of over 400 days has a year misread",
          "[cover][form_box]") {
  std::string long_one =
      "REPORT FOR THE PERIOD BEGINNING   01/01/07     AND ENDING   12/31/08\n";
  CHECK(V(long_one, "reporting_period_start").empty());
  CHECK(V(long_one, "reporting_period_end").empty());
  // 52/53-week years may begin on a first and end on any day; a new
  // firm's first period starts on the day it registered.
  std::string weeks =
      "REPORT FOR THE PERIOD BEGINNING   03/01/03     AND ENDING   02/27/04\n";
  CHECK(V(weeks, "reporting_period_start") == "2003-03-01");
  CHECK(V(weeks, "reporting_period_end") == "2004-02-27");
  std::string registered =
      "REPORT FOR THE PERIOD BEGINNING   03/17/08     AND ENDING   12/31/08\n";
  CHECK(V(registered, "reporting_period_start") == "2008-03-17");
  CHECK(V(registered, "reporting_period_end") == "2008-12-31");
  // From a first of a month, a period shorter than a year ends on a
  // month's last day: "December 3" lost a digit.
  std::string lost =
      "REPORT FOR THE PERIOD BEGINNING   January 1, 2004   AND ENDING   December 3, 2004\n";
  CHECK(V(lost, "reporting_period_end").empty());
  std::string short_one =
      "REPORT FOR THE PERIOD BEGINNING   01/01/04     AND ENDING   09/30/04\n";
  CHECK(V(short_one, "reporting_period_end") == "2004-09-30");
}

TEST_CASE("facing page: a month's 0 touching the rule under its box",
          "[cover][form_box]") {
  std::string end =
      "REPORT FOR THE PERIOD BEGINNING   10/01/08     AND ENDING __ 99/30/09\n";
  CHECK(V(end, "reporting_period_start") == "2008-10-01");
  CHECK(V(end, "reporting_period_end") == "2009-09-30");
  std::string start =
      "REPORT FOR THE PERIOD BEGINNING _ 91/01/03     AND ENDING _ 12/31/03\n";
  CHECK(V(start, "reporting_period_start") == "2003-01-01");
  CHECK(V(start, "reporting_period_end") == "2003-12-31");
  // A month of 13 to 59 is no 0 misread.
  std::string other =
      "REPORT FOR THE PERIOD BEGINNING _ 41/01/03     AND ENDING _ 12/31/03\n";
  CHECK(V(other, "reporting_period_start").empty());
}

TEST_CASE("facing page: a contact name with a digit is a misreading",
          "[cover][form_box]") {
  std::string page =
      "  NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT\n"
      "      Mr. J2ffrey M. Porter                      (207) 555-0142\n"
      "                                          (Area Code - Telephone No.)\n";
  CHECK(V(page, "contact_name").empty());
  CHECK(V(page, "phone") == "(207) 555-0142");
}

TEST_CASE("facing page: a speck read as a quote mark before a caption",
          "[cover][form_box]") {
  std::string page =
      "\xE2\x80\x98NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT\n"
      "\n"
      " Mr. Samuel T. Porter                               (207) 555-0142\n"
      "                                            (Area Code - Telephone Number)\n";
  CHECK(V(page, "contact_name") == "Mr. Samuel T. Porter");
  CHECK(V(page, "phone") == "(207) 555-0142");
}

TEST_CASE("facing page: a speck read as a short word before a caption",
          "[cover][form_box]") {
  std::string page =
      "  ial ME OF BROKER-DEALER: Harbor Lane Securities LLC      OFFICIAL USE ONLY\n"
      "\n"
      "  by AME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT\n"
      "      Ellen M, Porter                            (207) 555-0142\n"
      "                                          (Area Code - Telephone No.)\n";
  CHECK(V(page, "registrant_name") == "Harbor Lane Securities LLC");
  // The comma OCR read for the initial's period is the period.
  CHECK(V(page, "contact_name") == "Ellen M. Porter");
  CHECK(V(page, "phone") == "(207) 555-0142");
  // Not in a company's name, nor before a word in lower case.
  CHECK(cover::PersonName("Harbor Fund V, Inc.") == "Harbor Fund V, Inc.");
  CHECK(cover::NormalName("Ellen M, Porter") == "Ellen M, Porter");
  // A title after the person's name is not part of it.
  CHECK(cover::PersonName("Ellen M. Porter, Chief Financial Officer") ==
        "Ellen M. Porter");
  CHECK(cover::PersonName("Ellen M. Porter, Jr.") == "Ellen M. Porter, Jr.");
}

TEST_CASE("names: OCR's bracket for l and Ine for Inc", "[cover][form_box]") {
  CHECK(cover::OcrMendedName("Ms. Chery] M. Kallem") == "Ms. Cheryl M. Kallem");
  CHECK(cover::OcrMendedName("Dain Rauscher Ine") == "Dain Rauscher Inc");
  CHECK(cover::OcrMendedName("Harbor lnc.") == "Harbor Inc.");
  // A bracket that closes one is text; "Ine" inside a name is a word.
  CHECK(cover::OcrMendedName("Acme [Holdings]") == "Acme [Holdings]");
  CHECK(cover::OcrMendedName("Ine Partners LLC") == "Ine Partners LLC");
}

TEST_CASE("facing page: page-edge marks before lines, stamp specks beside",
          "[cover][form_box]") {
  // A bar from the page's edge before the street and the accountant; a
  // stamp's fragments beside the street and its part caption; a brace for
  // the zip caption's closing parenthesis.
  std::string page =
      "  | ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)\n"
      "    Harbor Lane Plaza\n"
      "  | 60 South Wharf Street                                    JIN\n"
      "                        (No. and Street)                      ny\n"
      "\n"
      "      Portland             Maine                 04101\n"
      "      (City)               (State)               (Zip Code}\n"
      "\n"
      "  INDEPENDENT PUBLIC ACCOUNTANT whose opinion is contained in this Report*\n"
      "  | Fenwick & Hale LLP\n"
      "  (Name -- if individual, state last, first, middle name)\n";
  CHECK(V(page, "address") ==
        "Harbor Lane Plaza, 60 South Wharf Street, Portland Maine 04101");
  CHECK(V(page, "zip_code") == "04101");
  CHECK(V(page, "auditor_name") == "Fenwick & Hale LLP");
}

TEST_CASE("facing page: a file-number caption and box OCR misread",
          "[cover][form_box]") {
  std::string page =
      "        ANNUAL AUDITED REPORT                      SEC EHTE NO\n"
      "          FORM X-17A-5         Pursuant to Rule 17a-5      8-123] }  |\n";
  CHECK(V(page, "commission_file_number") == "8-12311");
}

TEST_CASE("a caption spaced out by a PDF text layer", "[cover][form_box]") {
  std::string page =
      "NAME OF BROKER                 DEALER        Harbor     Lane     "
      "Securities    LLC                          OFFICIAL USE\n"
      "\n"
      "ADDRESS     OF PRINCIPAL        PLACE OF BUSINESS          Do not use "
      "P.O Box No                FIRM I.D NO\n"
      "\n"
      "     40    Wharf Street\n"
      "                                      No and Street\n"
      "     Portland          ME         04101\n"
      "            City                  State        Zip Code\n"
      "\n"
      "NAME AND TELEPHONE             NUMBER OF PERSON TO CONTACT\n"
      "     Ellen        Porter                                   207       "
      "5550142\n";
  CHECK(V(page, "registrant_name") == "Harbor Lane Securities LLC");
  CHECK(V(page, "address") == "40 Wharf Street, Portland ME 04101");
  CHECK(V(page, "contact_name") == "Ellen Porter");
  CHECK(V(page, "phone") == "207 5550142");
}

TEST_CASE("captions above their values", "[cover][form_box]") {
  std::string cover =
      "                              FORM 8-K\n"
      "\n"
      "State of Incorporation        Commission File Number    IRS Employer "
      "Identification No.\n"
      "Delaware                      1-23456                   12-3456789\n";
  CHECK(V(cover, "state_of_incorporation") == "Delaware");
  CHECK(V(cover, "commission_file_number") == "1-23456");
  CHECK(V(cover, "irs_employer_id") == "12-3456789");
}

TEST_CASE("values out of line with their captions are split by their form",
          "[cover][form_box]") {
  // Tab stops in a proportional font: the values do not sit over their
  // captions, and two of them read as one cell.
  std::string cover =
      "Acme Widgets Corp.\n"
      "(Exact name of registrant as specified in its charter)\n"
      "\n"
      "New Jersey 0-11223          22-1234567\n"
      "(State or other jurisdiction of  (Commission  (IRS Employer\n"
      "incorporation)  File Number)   Identification No.)\n";
  CHECK(V(cover, "state_of_incorporation") == "New Jersey");
  CHECK(V(cover, "commission_file_number") == "0-11223");
  CHECK(V(cover, "irs_employer_id") == "22-1234567");
}

TEST_CASE("a cover without captions: the incorporation phrase",
          "[cover][form_box]") {
  std::string cover =
      "FORM 10-Q\n"
      "For the quarterly period ended March 31, 2024\n"
      "Commission File No. 1-9999\n"
      "NORTHWIND TRADING COMPANY\n"
      "An Ohio Corporation\tI.R.S. Employer Identification No.\n"
      "\t31-7654321\n";
  CHECK(V(cover, "state_of_incorporation") == "Ohio");
  CHECK(V(cover, "registrant_name") == "NORTHWIND TRADING COMPANY");
  CHECK(V(cover, "reporting_period_end") == "2024-03-31");
  // The block under it: street, city with zip, telephone.
  std::string block = cover +
                      "100 Harbor Road\n"
                      "Lakeview, Ohio 44101-2200\n"
                      "Telephone: (216) 555-0100\n";
  CHECK(V(block, "address") == "100 Harbor Road, Lakeview, Ohio 44101-2200");
  CHECK(V(block, "zip_code") == "44101-2200");
  CHECK(V(block, "phone") == "(216) 555-0100");
  // A line that is no telephone gives none.
  std::string other = cover +
                      "100 Harbor Road\n"
                      "Lakeview, Ohio 44101-2200\n"
                      "Securities registered pursuant to Section 12(b)\n";
  CHECK(V(other, "phone").empty());
}

// What OCR makes of typed form boxes on a scanned facing page: digits read
// as look-alike marks, a number wrapped in a narrow box, a speck before a
// part caption, a stamp's fragment on the parts line, a stamp's date beside
// a caption.
TEST_CASE("facing page: OCR damage in form boxes", "[cover][form_box]") {
  const std::string page =
      "  ANNUAL AUDITED REPORT                            SEC FILE NO\n"
      "      FORM X-17A-5                                 8-45\n"
      "                                                     411\n"
      "\n"
      "  REPORT FOR THE PERIOD BEGINNING    07/01/04     AND ENDING    06/30/05\n"
      "                                     MM/DD/YY                   MM/DD/YY\n"
      "\n"
      "  NAME OF BROKER-DEALER:\n"
      "      Harbor Lane Securities, Inc.\n"
      "\n"
      "  ADDRESS OF PRINCIPAL PLACE OF BUSINESS:\n"
      "  (Do not use P.O. Box No.)\n"
      "      Harbor Plaza\n"
      "      40 Wharf Street\n"
      "                     ws (No. and Street)        __\\ FINANCIAL\n"
      "      Minneapolis          Minnesota             \xC2\xA7" "5402\n"
      "      (City)               (State)               (Zip Code)\n"
      "\n"
      "  INDEPENDENT PUBLIC ACCOUNTANT whose opinion is contained in this Report*   MAR  @ 2 704\n"
      "      Fenwick & Hale LLP   \xE2\x80\x98\n";
  CHECK(V(page, "commission_file_number") == "8-45411");
  CHECK(V(page, "zip_code") == "55402");
  CHECK(V(page, "address") ==
        "Harbor Plaza, 40 Wharf Street, Minneapolis Minnesota 55402");
  CHECK(V(page, "auditor_name") == "Fenwick & Hale LLP");
  CHECK(V(page, "reporting_period_end") == "2005-06-30");
}

TEST_CASE("period boxes typed on a rule under their captions",
          "[cover][form_box]") {
  std::string page =
      "REPORT FOR THE PERIOD BEGINNING _ _ _ _          AND ENDING _ _ _      _ _ _\n"
      "                                0_1_/_0_1_/_1_3 _ _        1_2_/_3_1_/_1_3\n"
      "                                MM/DD/YY                    MM/DD/YY\n";
  CHECK(V(page, "reporting_period_start") == "2013-01-01");
  CHECK(V(page, "reporting_period_end") == "2013-12-31");
}

TEST_CASE("an annual cover's \"for the year ended\" is its period",
          "[cover][form_box]") {
  std::string cover =
      "FORM 10-K\n"
      "ANNUAL REPORT\n"
      "pursuant to Section 13 or 15 (d) of the\n"
      "Securities Exchange Act of 1934\n"
      "FOR THE YEAR ENDED DECEMBER 31, 2023\n"
      "1-9999\n"
      "(Commission file number)\n";
  CHECK(V(cover, "reporting_period_end") == "2023-12-31");
  CHECK(V(cover, "fiscal_year_end") == "2023-12-31");
}

TEST_CASE("a name needs a word of its own", "[cover][form_box]") {
  using cover::NormalName;
  CHECK(NormalName("AC Ca").empty());  // OCR of a handwritten name
  CHECK(NormalName("LLP").empty());
  CHECK(NormalName("Inc.").empty());
  CHECK(NormalName("3M Co") == "3M Co");
  CHECK(NormalName("UBS AG") == "UBS AG");
  CHECK(NormalName("BP p.l.c.") == "BP p.l.c.");
  CHECK(NormalName("Fenwick & Hale LLP \xE2\x80\x98") == "Fenwick & Hale LLP");
  // A short lower-case word at the end is a speck, unless a legal form.
  CHECK(NormalName("Marlow & Finch LLP soe") == "Marlow & Finch LLP");
  CHECK(NormalName("Northwind Holdings plc") == "Northwind Holdings plc");
  CHECK(NormalName("Kestrel Shipping ltd") == "Kestrel Shipping ltd");
  CHECK(NormalName("~Priya K. Raman") == "Priya K. Raman");
  CHECK(NormalName("Northcott Pinnacle Investments Lt.") ==
        "Northcott Pinnacle Investments Ltd.");  // "Ltd." misread
  CHECK(NormalName("Harbor Capital Lid") == "Harbor Capital Ltd.");
}

TEST_CASE("digits read back from look-alike marks, within bounds",
          "[cover][form_box]") {
  using cover::DigitsRead;
  CHECK(DigitsRead("8-454] ]") == "8-4541 1");
  CHECK(DigitsRead("\xC2\xA7" "5402") == "55402");
  CHECK(DigitsRead("1O017") == "10017");
  CHECK(DigitsRead("1OO17").empty());    // two marks among three digits
  CHECK(DigitsRead("55402").empty());     // nothing to read back
  CHECK(DigitsRead("SOUTH").empty());     // a word, not a number
  CHECK(DigitsRead("8-4SOl1").empty());   // three marks
  CHECK(DigitsRead("5O").empty());        // too few digits for a mark
  CHECK(DigitsRead("10017 Suite").empty());
}

TEST_CASE("a name over a rule inside a box drawn in characters",
          "[cover][forms]") {
  CHECK(V("+-----------------------------------------------------+\n"
          "|                       FORM 15                       |\n"
          "+-----------------------------------------------------+\n"
          "|         Commission File Number:  333-149812         |\n"
          "+-----------------------------------------------------+\n"
          "|                                                     |\n"
          "|              WETUMPKA BOATWORKS, INC.               |\n"
          "|  -------------------------------------------------  |\n"
          "|  (Exact name of registrant as specified in its      |\n"
          "|                      charter)                       |\n"
          "+-----------------------------------------------------+\n",
          "registrant_name") == "WETUMPKA BOATWORKS, INC.");
}

}  // namespace
}  // namespace secx
