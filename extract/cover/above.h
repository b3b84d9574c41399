// Values below or beside their captions: the form-box layout.
//
//   NAME OF BROKER-DEALER:                              OFFICIAL USE ONLY
//        Morgan Stanley & Co. Incorporated
//   ADDRESS OF PRINCIPAL PLACE OF BUSINESS: (Do not use P.O. Box No.)
//        1585 Broadway
//                        (No. and Street)
//        New York,           New York              10036
//        (City)              (State)               (Zip Code)
//   NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT IN REGARD TO THIS REPORT
//        Joseph R. D'Auria                         (212) 537-2584
//
// Reads the unparenthesised captions whose row in data/captions.tsv says
// the value is below (or either): the value is the rest of the caption's
// cell after a colon, the next cell on its line, or the cell under the
// caption on the next lines (by column overlap). An address is the block
// of lines under its caption, its part captions ("(City)", "(Zip Code)")
// read as part of it. Parenthesised captions are columns.cc's. Stateless
// and thread-safe.
#ifndef SECX_EXTRACT_COVER_ABOVE_H_
#define SECX_EXTRACT_COVER_ABOVE_H_

#include <vector>

#include "extract/cover/cover_rules.h"
#include "extract/cover/layout.h"

namespace secx {
namespace cover {

// Appends the values under (or beside) captions of `lines`, which must have
// been classified (ClassifyLines).
void CaptionAboveRules(const std::vector<Line>& lines, std::vector<Hit>* out);

// Byte ranges [start, end) of `lines` that belong to another party than the
// registrant: from a caption naming the independent accountant to the next
// registrant caption. Addresses, zips and phones there are not the
// registrant's.
std::vector<std::pair<size_t, size_t>> OtherPartyRanges(
    const std::vector<Line>& lines);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_ABOVE_H_
