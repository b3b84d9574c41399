#include "extract/checks.h"

#include "extract/cover/agreement.h"

namespace secx {

std::string DividendSubject(const Dividend& d) {
  std::string what = d.kind + " " + d.per_share + " " + d.currency;
  if (!d.record_date.empty()) what += " record " + d.record_date;
  return what;
}

std::vector<Check> RunChecks(const Extraction& x) {
  std::vector<Check> out;
  for (const FieldAgreement& a : HeaderAgreement(x)) {
    // A dei: fact the filing does not tag is no check at all; a header
    // field the submission lacks is one that could not be scored.
    if (a.source != "sgml" && a.header_value.empty()) continue;
    Check c;
    c.kind = a.source == "sgml" ? "header_agreement" : a.source + "_agreement";
    c.subject = a.field;
    c.outcome = !a.scored ? "not_scored" : (a.agree ? "agree" : "mismatch");
    c.expected = a.header_value;
    c.found = a.text_value;
    c.entity = 0;  // HeaderAgreement compares the first registrant
    out.push_back(std::move(c));
  }
  for (const Dividend& d : x.dividends) {
    for (const std::string& failure : d.check_failures) {
      Check c;
      c.kind = "dividend";
      c.subject = DividendSubject(d);
      c.outcome = "failed";
      c.expected = failure;
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace secx
