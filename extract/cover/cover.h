// Cover-page and registrant fields from a Document's text: form type,
// registrant name(s), state, commission file number, IRS employer id,
// address, zip, phone, contact, dates, signature block.
//
// Handles values side by side over a line of labels (column alignment pairs
// each value with its label), label-beside-value lines, tab-separated
// layouts, HTML table covers and several registrants in one cover (Field::
// entity). Rules are RE2 pattern tables compiled once; thread-safe.
#ifndef SECX_EXTRACT_COVER_COVER_H_
#define SECX_EXTRACT_COVER_COVER_H_

#include <string_view>
#include <vector>

#include "extract/document.h"

namespace secx {

// Text-derived cover fields (rules "cover.*", "signature.*", ...). Header
// fields (Document::header_fields) are not repeated here.
std::vector<Field> ExtractCover(const Document& doc);

// The text the cover rules read: the first ~20 KB of the primary document
// (the first Section that is not the EDGAR header). Points into doc.text.
std::string_view CoverRegionText(const Document& doc);

}  // namespace secx

#endif  // SECX_EXTRACT_COVER_COVER_H_
