// Text-derived cover fields checked against the EDGAR header.
//
// A full submission states the registrant twice: in the SGML header
// (sgml.* fields) and on the cover page. HeaderAgreement compares the two
// for the fields both carry, after bringing each to a comparable form:
//   registrant_name        vs company_conformed_name  ("HOME HEALTH CORP OF
//                            AMERICA INC \PA\" = "Home Health Corporation of
//                            America, Inc.")
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

namespace secx {

struct FieldAgreement {
  std::string field;         // text-derived field, e.g. "registrant_name"
  std::string header_field;  // header field it is compared with
  bool scored = false;       // header value present and found in the text
  bool agree = false;        // text value matches the header value
  std::string header_value;  // "" when the header lacks it
  std::string text_value;    // "" when the text rules found nothing
};

// One entry per compared field, in the order listed above. Header values
// come from `x.fields` with rules "sgml.*" (entity 0), as the SGML reader
// gives them; without them nothing is scored.
std::vector<FieldAgreement> HeaderAgreement(const Extraction& x);

// Comparable forms, exposed for tests and for `secx check`.
std::string ComparableCompanyName(std::string_view name);
std::string StateName(std::string_view code_or_name);  // "PA" -> "Pennsylvania"
std::string ComparableFileNumber(std::string_view number);  // "0-26938"
std::string DigitsOnly(std::string_view s);

}  // namespace secx

#endif  // SECX_EXTRACT_COVER_AGREEMENT_H_
