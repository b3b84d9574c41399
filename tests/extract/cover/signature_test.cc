#include "extract/cover/signature.h"

#include <catch2/catch.hpp>

#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace {

using testing::TextDocument;
using testing::Value;

struct Case {
  const char* text;
  const char* date;
  const char* name;
  const char* title;
};

TEST_CASE("signature blocks in their usual layouts", "[cover][signature]") {
  const Case cases[] = {
      {"SIGNATURES\n\nPursuant to the requirements of the Securities Exchange "
       "Act of 1934, the registrant has duly caused this report to be signed "
       "on its behalf by the undersigned.\n\nInternet Initiative Japan Inc.\n\n"
       "By: /s/ Koichi Suzuki Date: May 27, 2016 Name: Koichi Suzuki Title: "
       "Chairman, Chief Executive Officer and Representative Director\n",
       "2016-05-27", "Koichi Suzuki",
       "Chairman, Chief Executive Officer and Representative Director"},
      {"                                  SIGNATURES\n"
       "     Pursuant to the requirements of the Securities Exchange Act of "
       "1934, the\nRegistrant has duly caused this report to be signed.\n"
       "                                            WAL-MART STORES, INC.\n"
       "May 19, 1995                                By: \\s\\ Paul R. Carter\n"
       "                                                -------------------\n"
       "                                                Paul R. Carter\n"
       "                                                Executive Vice "
       "President and\n"
       "                                                 Chief Financial "
       "Officer\n"
       "                                       3\n",
       "1995-05-19", "Paul R. Carter",
       "Executive Vice President and Chief Financial Officer"},
      {"SIGNATURE\n"
       "                     Home Health Corporation of America, Inc.\n"
       "                                 (Registrant)\n"
       "Dated: March 27, 1998      By:\n"
       "                           Bruce J. Feldman, President and\n"
       "                           Chief Executive Officer\n",
       "1998-03-27", "Bruce J. Feldman",
       "President and Chief Executive Officer"},
      {"SIGNATURES\nKONINKLIJKE PHILIPS N.V.\n/s/ M.J. van Ginneken\n"
       "(Chief Legal Officer)\n\nDate: January 30, 2023\n",
       "2023-01-30", "M.J. van Ginneken", "Chief Legal Officer"},
      {"SIGNATURES\n\t\t\tALCON INC.\t\n"
       "Date:\tFebruary 13, 2023\t\tBy:\t/s/ David J. Endicott\t\n"
       "\t\t\tName: David J. Endicott\t\n"
       "\t\t\tTitle: Authorized Representative\t\n",
       "2023-02-13", "David J. Endicott", "Authorized Representative"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Document doc = TextDocument(c.text);
    std::vector<Field> fields = ExtractCover(doc);
    CHECK(Value(doc, fields, "signature_date") == c.date);
    CHECK(Value(doc, fields, "signatory_name") == c.name);
    CHECK(Value(doc, fields, "signatory_title") == c.title);
  }
}

}  // namespace
}  // namespace secx
