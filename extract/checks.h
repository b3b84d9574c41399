// The extraction checked against itself while its text is in memory: the
// text-derived cover values against the filing's own metadata (the SGML
// header, the inline XBRL dei: facts; extract/cover/agreement.h) and the
// arithmetic and date checks of each dividend (extract/facts). The results
// are records of the extraction (Extraction::checks), stored and printed
// like the others; `secx check` reads them. Pure function; thread-safe.
#ifndef SECX_EXTRACT_CHECKS_H_
#define SECX_EXTRACT_CHECKS_H_

#include <vector>

#include "extract/document.h"

namespace secx {

// Reads x.fields, x.dividends and the cover text of x.document. One check
// per compared header field (also when a side is missing: not_scored), per
// compared dei: fact that the filing tags, and per failed dividend check.
std::vector<Check> RunChecks(const Extraction& x);

// How a dividend is named in its checks: "quarterly 0.18 USD record
// 2005-07-19".
std::string DividendSubject(const Dividend& d);

}  // namespace secx

#endif  // SECX_EXTRACT_CHECKS_H_
