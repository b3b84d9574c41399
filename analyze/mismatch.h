// Metadata-versus-text mismatches: an EDGAR <SEC-HEADER> value (rule
// "sgml.*") or an inline XBRL dei: fact (rule "ixbrl.*") and the same fact
// read from the visible cover page should agree.
//
// The comparison is extract/cover/agreement.h's (state codes against
// names, file-number zero padding, company-name suffixes, ...); this file
// only turns its verdicts into store rows. Pure functions; thread-safe.
#ifndef SECX_ANALYZE_MISMATCH_H_
#define SECX_ANALYZE_MISMATCH_H_

#include <string>
#include <vector>

#include "extract/document.h"

namespace secx {

struct Mismatch {
  std::string source = "sgml";  // "sgml" (header) or "ixbrl" (dei: facts)
  std::string field;  // text-derived field name, e.g. "state_of_incorporation"
  std::string header_value;
  std::string text_value;
  int entity = 0;
  // The header's value is written in the cover text: the extractor picked
  // something else. False: the filer's cover differs from its header.
  bool header_in_text = false;
};

// One Mismatch per compared field where both sides have a value and they
// disagree. Reads x.document.text (the cover region), so call it before
// dropping the text.
std::vector<Mismatch> FindMismatches(const Extraction& x);

}  // namespace secx

#endif  // SECX_ANALYZE_MISMATCH_H_
