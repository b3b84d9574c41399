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
      // The typed name under an upper-case signature, in its own case.
      {"SIGNATURES\nPERICOM SEMICONDUCTOR CORPORATION\n"
       "By:\t/s/ ALEX C. HUI\n\tAlex C. Hui\n"
       "\tPresident and Chief Executive Officer\n\nDate: April 22, 2003\n",
       "2003-04-22", "Alex C. Hui", "President and Chief Executive Officer"},
      // The typed full name under a short signature; a title with a
      // narrow gap in it is one title.
      {"SIGNATURES\n"
       "                    /s/ Ken Chadha\n"
       "                    ------------------------\n"
       "                    Dr. Kanwar J.S. Chadha\n"
       "                    President  & CEO\n"
       "Date: March 2, 2001\n",
       "2001-03-02", "Dr. Kanwar J.S. Chadha", "President & CEO"},
      // "Name, Title" typed under the signature.
      {"SIGNATURE\nBy (Signature and Title)* /s/ NORI L. GABERT\n"
       "                         ________________________\n"
       "                              Nori L. Gabert, Secretary\n\n"
       "Date December 28, 1995\n",
       "1995-12-28", "Nori L. Gabert", "Secretary"},
      // A captioned title wrapped under itself.
      {"SIGNATURES\n"
       "Date:  January 24, 1994                 By:    /s/    WILLIAM S. "
       "GHEGAN\n"
       "                                           Name:  William S. Ghegan\n"
       "                                           Title: Vice President and "
       "Controller\n"
       "                                                  and Chief Accounting "
       "Officer\n\n\n                                     -3-\n",
       "1994-01-24", "William S. Ghegan",
       "Vice President and Controller and Chief Accounting Officer"},
      // A value ending in a comma goes on, even past a page break.
      {"SIGNATURES\nBy: /s/ Koichi Suzuki Date: May 27, 2016 Name: Koichi "
       "Suzuki Title: Chairman,\n\fChief Executive Officer and "
       "Representative Director\n\nExhibit 1.01\n",
       "2016-05-27", "Koichi Suzuki",
       "Chairman, Chief Executive Officer and Representative Director"},
      // Two signers side by side: the title is read in the signer's
      // column only.
      {"SIGNATURES\nDate: February 20, 2024\n"
       "/s/ Richard A. Gonzalez\t/s/ Scott T. Reents\n"
       "Richard A. Gonzalez\tScott T. Reents\n"
       "Chairman of the Board and\tExecutive Vice President\n"
       "Chief Executive Officer\t(Principal Financial Officer)\n",
       "2024-02-20", "Richard A. Gonzalez",
       "Chairman of the Board and Chief Executive Officer"},
      // The signatures end where the exhibit index starts.
      {"SIGNATURES\nDate: March 2, 2007\nBy: /s/ Jane Roe\n"
       "Jane Roe\nChief Financial Officer\nEXHIBIT INDEX\n",
       "2007-03-02", "Jane Roe", "Chief Financial Officer"},
      // A table of signers: "/s/ Name | Title | Date" (HTML cells), and
      // typed columns whose title wraps on under itself beside a date.
      {"SIGNATURES\nPursuant to the requirements of the Securities Exchange "
       "Act of 1934, this report has been signed below.\n"
       "Signature\tTitle\tDate\n"
       "/s/ Fiona E. Marsh\tChief Executive Officer\tFebruary 28, 2023\n",
       "2023-02-28", "Fiona E. Marsh", "Chief Executive Officer"},
      {"                                  SIGNATURES\n\n"
       "        Signature                      Title                "
       "        Date\n\n"
       "/s/ Harold J. Bremen           Chairman and Chief Executive "
       "   March 26, 1997\n"
       "- ---------------------------    Officer\n"
       "Harold J. Bremen\n",
       "1997-03-26", "Harold J. Bremen",
       "Chairman and Chief Executive Officer"},
      // The name typed under the signature, the title beside the
      // signature; the next heading is no part of the title.
      {"SIGNATURES\nSignature\tTitle\tDate\n"
       "/S/ R. SCOTT HARLAN\tExecutive Vice President and Chief Financial "
       "Officer\tSeptember 5, 2024\n"
       "R. Scott Harlan\t(Principal Financial Officer)\n"
       "POWER OF ATTORNEY\n",
       "2024-09-05", "R. Scott Harlan",
       "Executive Vice President and Chief Financial Officer (Principal "
       "Financial Officer)"},
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

// All values of a field, in output order.
std::vector<std::string> Values(const std::vector<Field>& fields,
                                const std::string& name) {
  std::vector<std::string> out;
  for (const Field& f : fields) {
    if (f.name == name) out.push_back(f.value);
  }
  return out;
}

TEST_CASE("every signer of a block is read, in order", "[cover][signature]") {
  const char* texts[] = {
      "SIGNATURES\nPERICOM SEMICONDUCTOR CORPORATION\n"
      "By:\t/s/ Alex Hui\n\tAlex Hui\n\tPresident, Chief Executive "
      "Officer\n"
      "By:\t/s/ Angela Chen\n\tAngela Chen\n\tChief Financial Officer\n"
      "Date: February 6, 2007\n",
      "                                   SIGNATURES\n\n"
      "                                         PERICOM SEMICONDUCTOR\n\n"
      "                                         By:  /s/ Alex Hui\n"
      "                                              ---------------------\n"
      "                                              Alex Hui\n"
      "                                              President, Chief "
      "Executive Officer\n\n\n"
      "                                         By:  /s/ Angela Chen\n"
      "                                              ---------------------\n"
      "                                              Angela Chen\n"
      "                                              Chief Financial "
      "Officer\n\n"
      "Date:  February 6, 2007\n",
  };
  for (const char* text : texts) {
    INFO(text);
    Document doc = TextDocument(text);
    std::vector<Field> fields = ExtractCover(doc);
    CHECK(Values(fields, "signatory_name") ==
          std::vector<std::string>{"Alex Hui", "Angela Chen"});
    CHECK(Values(fields, "signatory_title") ==
          std::vector<std::string>{"President, Chief Executive Officer",
                                   "Chief Financial Officer"});
    CHECK(Values(fields, "signature_date") ==
          std::vector<std::string>{"2007-02-06"});
  }
}

TEST_CASE("a signer's degree belongs to the name, not the title",
          "[cover][signature]") {
  const char* texts[] = {
      "SIGNATURES\nACME HEALTH CORPORATION\n"
      "By:\t/s/ Jane Q. Smith, M.D.\n\tJane Q. Smith, M.D.\n"
      "\tChief Executive Officer\nDate: February 16, 2024\n",
      "SIGNATURES\nACME HEALTH CORPORATION\n"
      "By:\t/s/ Jane Q. Smith\n\tJane Q. Smith,\n\tM.D.\n"
      "\tChief Executive Officer\nDate: February 16, 2024\n",
      "SIGNATURES\nACME HEALTH CORPORATION\n"
      "/s/ JANE Q. SMITH\t/s/ JOHN DOE\nJane Q. Smith, Ph.D.\tJohn Doe\n"
      "Chief Executive Officer\tDirector\nDate: February 16, 2024\n",
  };
  for (const char* text : texts) {
    INFO(text);
    Document doc = TextDocument(text);
    std::vector<Field> fields = ExtractCover(doc);
    std::vector<std::string> names = Values(fields, "signatory_name");
    REQUIRE_FALSE(names.empty());
    CHECK(names[0] == "Jane Q. Smith");
    std::vector<std::string> titles = Values(fields, "signatory_title");
    REQUIRE_FALSE(titles.empty());
    CHECK(titles[0] == "Chief Executive Officer");
  }
}

}  // namespace
}  // namespace secx
