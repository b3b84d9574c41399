#include "extract/cover/phones.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/cover/cover_test_util.h"

namespace secx {
namespace cover {
namespace {

TEST_CASE("numbers the plan assigns are kept as written", "[cover][phones]") {
  for (const char* p : {"(212) 272-2000", "612-371-7995", "(415) 555-0137",
                        "1-800-323-6883", "+1 646 424 8133"}) {
    INFO(p);
    PhoneCheck c = CheckOcrPhone(p, "");
    CHECK(c.kind == PhoneCheck::kValid);
    CHECK(c.value == p);
  }
}

TEST_CASE("numbers of other shapes are not judged", "[cover][phones]") {
  // Ten digits, but not three, three and four: a Tokyo number.
  CHECK(CheckOcrPhone("03-1234-5678", "").kind == PhoneCheck::kValid);
  CHECK(CheckOcrPhone("+44 20 7123 4567", "").kind == PhoneCheck::kValid);
  CHECK(CheckOcrPhone("272-2000", "").kind == PhoneCheck::kValid);
}

TEST_CASE("an unassigned area code takes the one look-alike repair",
          "[cover][phones]") {
  // "1" read as "4": 242 is the Bahamas', and its numbering has no
  // 272 exchange. Look-alike digits give 212 (New York) and 742
  // (Ontario): only the address can choose.
  CHECK(CheckOcrPhone("(242) 272-2000", "").kind == PhoneCheck::kInvalid);
  PhoneCheck c = CheckOcrPhone("(242) 272-2000", "NY");
  CHECK(c.kind == PhoneCheck::kRepaired);
  CHECK(c.value == "(212) 272-2000");
  // "8" read as "9": 360, 860, 900 and 980 are all plan codes; the
  // address's state chooses.
  CHECK(CheckOcrPhone("(960) 555-3313", "").kind == PhoneCheck::kInvalid);
  c = CheckOcrPhone("(960) 555-3313", "CT");
  CHECK(c.kind == PhoneCheck::kRepaired);
  CHECK(c.value == "(860) 555-3313");
  c = CheckOcrPhone("960-555-3313", "NC");
  CHECK(c.value == "980-555-3313");
  // No repair in the state: none rather than a guess.
  CHECK(CheckOcrPhone("(960) 555-3313", "OR").kind == PhoneCheck::kInvalid);
}

TEST_CASE("an OCR'd cover's impossible phone is repaired or left out",
          "[cover][phones]") {
  const std::string page =
      "Acme Widget Corp.\n"
      "(Exact name of registrant as specified in its charter)\n\n"
      "100 Main Street, Hartford, Connecticut          06103\n"
      "(Address of principal executive offices)     (Zip Code)\n\n"
      "Registrant's telephone number, including area code: (960) 555-3313\n";
  CHECK(testing::OcrCoverValue(page, "phone") == "(860) 555-3313");
  // Typed text is the filer's own: it is not judged.
  CHECK(testing::CoverValue(page, "phone") == "(960) 555-3313");
  std::string oregon = page;
  oregon.replace(oregon.find("Hartford, Connecticut          06103"),
                 36, "Portland, Oregon               97204");
  CHECK(testing::OcrCoverValue(oregon, "phone").empty());
}

}  // namespace
}  // namespace cover
}  // namespace secx
