// Telephone numbers OCR read on a cover, checked against the North
// American numbering plan (libphonenumber's metadata, from Debian): an
// area code or exchange no plan assigns ("(960) 555-3313") is a digit
// misread. The one number a single look-alike digit makes valid, and
// placed in the address's state when that is known, replaces it;
// otherwise the number is left out (a wrong phone is worse than none).
//
// Thread-safe.
#ifndef SECX_EXTRACT_COVER_PHONES_H_
#define SECX_EXTRACT_COVER_PHONES_H_

#include <string>
#include <string_view>

namespace secx {
namespace cover {

struct PhoneCheck {
  enum Kind {
    kValid,     // a number the plan assigns, or one it does not cover
    kRepaired,  // `value` is the number with one digit read again
    kInvalid,   // no plan number, or no single one, is within a digit
  };
  Kind kind = kValid;
  std::string value;  // as written, one digit changed when kRepaired
};

// `phone` as a cover writes it ("(212) 272-2000", "212-272-2000"); only
// numbers of the plan's shape (three, three and four digits, after an
// optional "1-" or "+1") are checked, anything else is kValid. `state_code` ("NY"; may be empty) is the state of the
// registrant's address, used to choose among repairs.
PhoneCheck CheckOcrPhone(std::string_view phone, std::string_view state_code);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_PHONES_H_
