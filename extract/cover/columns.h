// Labels below values: the classic cover layout.
//
//   Washington            0-27062              91-1695422
//   (State or other       (Commission File     (IRS Employer
//   jurisdiction of ...)   Number)              Identification No.)
//
// Values sit on the line(s) above their parenthesised labels. Side-by-side
// labels are paired with the value cells above them by cell index when the
// counts agree (TAB-separated cells, HTML table rows) and by column overlap
// otherwise; labels stacked one per line (HTML cells turned into lines) are
// paired with the value lines above them in order. Each value must also
// look like its field (an IRS number, a state name, ...) or the pair is
// re-made by type at lower confidence. Stateless and thread-safe.
#ifndef SECX_EXTRACT_COVER_COLUMNS_H_
#define SECX_EXTRACT_COVER_COLUMNS_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/cover/cover_rules.h"
#include "extract/cover/layout.h"

namespace secx {
namespace cover {

// Marks kLabel lines (holding a cover label) and kLabelCont lines (the rest
// of a label whose parenthesis opened on a line above).
void ClassifyLines(std::vector<Line>* lines);

// Appends the values that labels below (or beside, on the same line of
// cells) name. `lines` must have been classified.
void LabelBelowRules(const std::vector<Line>& lines, std::vector<Hit>* out);

// A table whose columns are covers of their own, each a stack of values
// over their captions, out of step with each other, so that a row holds
// one column's value beside another's caption ("Delaware | 3950 Sorrento
// Valley Blvd." over "(State ...) | San Diego, CA 92121" over "001-41877 |
// (Address ...)"): each column is read alone, and what the rows' reading
// found inside the table is replaced.
void MixedColumns(const std::vector<Line>& lines, std::vector<Hit>* out);

// The normal form of `text` as a value of `kind`; "" when it is not one.
std::string NormalFor(LabelKind kind, std::string_view text);

// A field whose value has a shape of its own, which NormalFor checks: a
// state, a file number, an IRS number, a ZIP code, a phone.
bool TypedKind(LabelKind kind);

// The rule name of a value read by `how`: "cover.file_number.columns"
// (the field's short stem: "file_number" for commission_file_number).
std::string RuleName(LabelKind kind, const char* how);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_COLUMNS_H_
