// Text-derived cover fields checked against the EDGAR header.
//
// A full submission states the registrant twice: in the SGML header
// (sgml.* fields) and on the cover page. HeaderAgreement compares the two
// for the fields both carry, after bringing each to a comparable form:
//   registrant_name        vs company_conformed_name  ("HOME HEALTH CORP OF
//                            AMERICA INC \PA\" = "Home Health Corporation of
//                            America, Inc.")
//                            (or registrant_name_english, the translation
//                            a foreign registrant's cover prints)
//   state_of_incorporation vs state_of_incorporation  ("PA" = "Pennsylvania")
//   commission_file_number vs commission_file_number  ("000-26938" = "0-26938")
//   irs_employer_id        vs irs_employer_id         (digits)
//   report_date            vs period_of_report        (ISO dates)
//   zip_code               vs zip_code                (first five digits)
// A field is scored only when the header value appears in the cover text at
// all, so the figure measures the extractor, not the filer's consistency.
// Pure functions of their arguments; thread-safe.
#ifndef SECX_EXTRACT_COVER_AGREEMENT_H_
#define SECX_EXTRACT_COVER_AGREEMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/states.h"  // StateName

namespace secx {

struct FieldAgreement {
  std::string source;        // "sgml" (header) or "ixbrl" (dei: facts)
  std::string field;         // text-derived field, e.g. "registrant_name"
  std::string header_field;  // header field it is compared with
  bool scored = false;       // header value present and found in the text
  bool agree = false;        // text value matches the header value
  std::string header_value;  // "" when the header lacks it
  std::string text_value;    // "" when the text rules found nothing
};

// One entry per compared field, in the order listed above. Header values
// come from `x.fields` with rules "sgml.*" (entity 0), as the SGML reader
// gives them; without them nothing is scored. Documents that tag inline
// XBRL dei: facts (rules "ixbrl.*") get a second set of entries, source
// "ixbrl", comparing registrant_name, state_of_incorporation,
// commission_file_number, irs_employer_id, reporting_period_end,
// report_date (8-K), zip_code and phone with the facts of the same names; a
// fact is scored only when it is visible (not in ix:hidden) and its value is in
// the cover text.
std::vector<FieldAgreement> HeaderAgreement(const Extraction& x);

// Rules of values read from metadata rather than from the visible text:
// "sgml.*" (the EDGAR header) and "ixbrl.*" (inline XBRL facts).
bool IsMetadataRule(std::string_view rule);

// The form in which two values of a contract field are compared: names
// without case, punctuation, "The" and with Inc/Corp/Co/Ltd abbreviated;
// file numbers without leading zeros; IRS numbers and phones as digits
// (phones without a leading US "1"); states as names; ZIP codes as their
// first five digits; addresses and form types as letters and digits;
// dates ISO. Other fields: upper case, blanks folded.
std::string ComparableValue(std::string_view field, std::string_view value);

// `text` is `truth` in comparable form (a name may also continue a truth of
// 20 characters or more that a header cut short). Empty values never match.
bool SameValue(std::string_view field, std::string_view truth,
               std::string_view text);

// Whether a value is written in a text in some form (a state by name or
// code, a date in any spelling, a file number with any zero padding, ...):
// a value that is not there cannot be asked of the extractor. Keeps the
// text's comparable forms once made; one object per text, one thread.
class StatedText {
 public:
  explicit StatedText(std::string_view text);
  bool States(std::string_view field, std::string_view value) const;

 private:
  const std::string& upper() const;
  const std::string& names() const;
  const std::string& alnum() const;
  const std::string& digits() const;

  std::string_view text_;
  mutable std::string upper_, names_, alnum_, digits_;
  mutable bool upper_done_ = false, names_done_ = false, alnum_done_ = false,
               digits_done_ = false;
};

// Comparable forms, exposed for tests and for `secx check`.
std::string ComparableCompanyName(std::string_view name);
std::string ComparableFileNumber(std::string_view number);  // "0-26938"
std::string DigitsOnly(std::string_view s);

}  // namespace secx

#endif  // SECX_EXTRACT_COVER_AGREEMENT_H_
