// Covers that name several registrants in one table, a row each:
//
//   Commission    Registrant, State of Incorporation,    IRS Employer
//   File Number   Address, and Telephone Number          Identification No.
//   2-26720       Louisville Gas and Electric Company    61-0264150
//                 (A Kentucky Corporation)
//                 220 West Main Street ...
//                 (502) 627-2000
//   1-3464        Kentucky Utilities Company             61-0247570
//
// Each row gives Field::entity 0, 1, ... in order. Stateless, thread-safe.
#ifndef SECX_EXTRACT_COVER_REGISTRANTS_H_
#define SECX_EXTRACT_COVER_REGISTRANTS_H_

#include <vector>

#include "extract/cover/cover_rules.h"
#include "extract/cover/layout.h"

namespace secx {
namespace cover {

// Registrant rows of a multi-registrant table; empty when the cover has
// none. `lines` must have been classified.
std::vector<Hit> RegistrantTableRules(const std::vector<Line>& lines);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_REGISTRANTS_H_
