#include "extract/cover/layout.h"

#include <catch2/catch.hpp>

#include "extract/cover/cover_rules.h"

namespace secx {
namespace cover {
namespace {

TEST_CASE("cells split at tabs and column gaps", "[cover][layout]") {
  std::string line = "Washington   0-27062   91-1695422";
  std::vector<LayoutCell> cells = SplitCells(line, 100);
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].text == "Washington");
  CHECK(cells[1].text == "0-27062");
  CHECK(cells[1].start == 113);
  CHECK(cells[1].col_start == 13);
  CHECK(cells[2].text == "91-1695422");

  std::vector<LayoutCell> one = SplitCells("King of Prussia, PA 19406", 0);
  CHECK(one.size() == 1);
}

TEST_CASE("tabs expand to stops of eight", "[cover][layout]") {
  std::vector<LayoutCell> cells = SplitCells("Japan\t0-30204\t98-1029639", 0);
  REQUIRE(cells.size() == 3);
  CHECK(cells[1].col_start == 8);
  CHECK(cells[1].tab_index == 1);
  CHECK(cells[2].col_start == 16);
  CHECK(cells[2].tab_index == 2);
}

TEST_CASE("rules and markup lines are recognised", "[cover][layout]") {
  CHECK(IsRuleText("- ------------------------"));
  CHECK(IsRuleText("   ______________   "));
  CHECK_FALSE(IsRuleText("0-26938"));
  CHECK(IsMarkupText("<PAGE>"));
  CHECK(IsMarkupText("<S>          <C>"));
  CHECK_FALSE(IsMarkupText("<PAGE> 1 of 3"));
}

TEST_CASE("labels are classified by their opening words", "[cover][labels]") {
  struct Case {
    const char* text;
    LabelKind kind;
  };
  const Case cases[] = {
      {"(State or other jurisdiction of", LabelKind::kState},
      {"(State or other juris-", LabelKind::kState},
      {"(Jurisdiction of incorporation or organization)", LabelKind::kState},
      {"(Commission", LabelKind::kFileNumber},
      {"(Commission File No.)", LabelKind::kFileNumber},
      {"(IRS Employer", LabelKind::kIrs},
      {"(I.R.S. Employer Identification No.)", LabelKind::kIrs},
      {"(Exact name of registrant as specified in its charter)",
       LabelKind::kName},
      {"(Registrant Name)", LabelKind::kName},
      {"(Translation of Registrant's Name Into English)",
       LabelKind::kNameEnglish},
      {"(Address of principal executive offices)", LabelKind::kAddress},
      {"(Zip Code)", LabelKind::kZip},
      {"(Registrant's telephone number, including area code)",
       LabelKind::kPhone},
      {"(Name and telephone number, including area code, of the",
       LabelKind::kContact},
      {"(Former name or former address, if changed since last report)",
       LabelKind::kFormer},
      {"State or other jurisdiction of incorporation", LabelKind::kState},
      {"(A Kentucky Corporation)", LabelKind::kNone},
      {"(c) Exhibits", LabelKind::kNone},
      {"Country Club Bank", LabelKind::kNone},
      // A long header naming several fields is a caption of the first;
      // a sentence as long is none.
      {"Exact name of registrant as specified in its charter, state of "
       "incorporation, address of principal executive offices and telephone "
       "number",
       LabelKind::kName},
      {"Exact name of the registrant is given above and has not changed "
       "since the last report, which was filed with the Commission",
       LabelKind::kNone},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ClassifyLabel(c.text).kind == c.kind);
  }
  CHECK(ClassifyLabel("(Address of principal executive offices) (Zip code)")
            .with_zip);
}

TEST_CASE("values are brought to their normal form", "[cover][normal]") {
  CHECK(NormalIrs("232224800") == "23-2224800");
  CHECK(NormalIrs("98-1029639") == "98-1029639");
  CHECK(NormalIrs("0-30204").empty());
  CHECK(NormalFileNumber("000-26938") == "000-26938");
  CHECK(NormalFileNumber("333-123456-01") == "333-123456-01");
  CHECK(NormalFileNumber("8-40917.-") == "8-40917");  // specks after it
  CHECK(NormalFileNumber("8-40917 |") == "8-40917");
  CHECK(NormalFileNumber("333-123456-").empty());  // a suffix cut off
  CHECK(NormalFileNumber("8- 69034") == "8-69034");  // a blank by the hyphen
  CHECK(NormalFileNumber("8 -69034") == "8-69034");
  CHECK(NormalFileNumber("8 - 69034") == "8-69034");
  CHECK(NormalPhone("(412) 433- 1121") == "(412) 433-1121");
  CHECK(NormalState("PENNSYLVANIA") == "Pennsylvania");
  CHECK(NormalState("NEW YORK") == "New York");
  CHECK(NormalState("DISTRICT OF COLUMBIA") == "District of Columbia");
  CHECK(NormalState("Delaware (Northwind Property Group, L.P.)") == "Delaware");
  CHECK(NormalState("Japan") == "Japan");
  CHECK(NormalState("The Netherlands") == "The Netherlands");
  // Codes and abbreviations are the state's name; a two-letter word of
  // mixed case without its dot, or a foreign code, stays as written.
  CHECK(NormalState("DE") == "Delaware");
  CHECK(NormalState("Del.") == "Delaware");
  CHECK(NormalState("N.Y.") == "New York");
  CHECK(NormalState("Calif.") == "California");
  CHECK(NormalState("Pa.") == "Pennsylvania");
  CHECK(NormalState("Ontario") == "Ontario");
  // A province so written is the province, never a US state.
  CHECK(NormalState("B.C.") == "British Columbia");
  CHECK(NormalState("ON") == "Ontario");
  CHECK(NormalState("Que.") == "Quebec");
  CHECK(NormalState("Oh") == "Oh");
  // The state out of a phrase around it, when EDGAR knows it.
  CHECK(NormalState("Province of Ontario") == "Ontario");
  CHECK(NormalState("Incorporated in Delaware") == "Delaware");
  CHECK(NormalState("Delaware limited liability company") == "Delaware");
  CHECK(NormalState("Maryland Corporation") == "Maryland");
  CHECK(NormalState("Massachusetts business trust") ==
        "Massachusetts business trust");
  // Letters beyond ASCII, the typographic apostrophe, kept as written.
  CHECK(NormalState("Qu\u00e9bec") == "Qu\u00e9bec");
  CHECK(NormalState("QU\u00c9BEC") == "QU\u00c9BEC");
  CHECK(NormalState("People\u2019s Republic of China") ==
        "People\u2019s Republic of China");
  // A company's name in the state's cell is no state.
  CHECK(NormalState("Harbor Lane Holdings, Inc.").empty());
  CHECK(NormalState("Harbor Lane Corp.").empty());
  CHECK(NormalState("N/A").empty());
  CHECK(NormalState("0-26938").empty());
  CHECK(NormalZip("19406") == "19406");
  CHECK(NormalZip("40507-1428") == "40507-1428");
  CHECK(NormalZip("+07102") == "07102");  // specks OCR read around it
  CHECK(NormalZip("80202.") == "80202");
  CHECK(NormalZip("\xC2\xBB" "80202") == "80202");
  CHECK(NormalZip("8O202").empty());
  CHECK(NormalZip("94104 -") == "94104");
  CHECK(NormalPhone("(610) 272-1717") == "(610) 272-1717");
  CHECK(NormalPhone("+81-3-5205-6333") == "+81-3-5205-6333");
  CHECK(NormalPhone("Suite 300").empty());
  // A blank OCR put inside the area code.
  CHECK(NormalPhone("(2 14) 555-0147") == "(214) 555-0147");
  CHECK(NormalPhone("(21 4) 555-0147") == "(214) 555-0147");
  CHECK(NormalPhone("(2 1) 555-0147").empty());
  // Blanks between the digits of every group, the parentheses and the
  // hyphen still in place.
  CHECK(NormalPhone("(2 12) 6 17- 9217") == "(212) 617-9217");
  CHECK(NormalPhone("201) 391-9115") == "(201) 391-9115");
  CHECK(NormalPhone("(2 12) 6 17 9217").empty());
  CHECK(NormalPhone("(2 12) 6 17- 921").empty());
  size_t s = 0, e = 0;
  CHECK(FindPhone("Margaret F. Redfern    oe   (2 12) 6 17- 9217", &s, &e));
  // An extension after a comma; international numbers as US covers print
  // them.
  CHECK(NormalPhone("(212) 555-0100, ext. 100") == "(212) 555-0100, ext. 100");
  CHECK(NormalPhone("011-44-20-7555-0100") == "011-44-20-7555-0100");
  CHECK(NormalPhone("(86) 10 5555 0100") == "(86) 10 5555 0100");
  CHECK(NormalPhone("(2) 1234").empty());
  CHECK(NormalName("Internet Initiative Japan Inc.") ==
        "Internet Initiative Japan Inc.");
  CHECK(NormalName("ACME   CORP,") == "ACME CORP");
}

}  // namespace
}  // namespace cover
}  // namespace secx
