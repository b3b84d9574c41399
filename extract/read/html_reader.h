// HTML to text for extraction, with libxml2's HTML parser.
//
// Entities are decoded, <script>/<style>/<head> dropped, block elements and
// table rows become lines, and table cells are separated by a tab so that a
// cover page laid out as a table still reads label-by-value. Thread-safe
// (libxml2 is initialised once, parsing uses no shared state).
#ifndef SECX_EXTRACT_READ_HTML_READER_H_
#define SECX_EXTRACT_READ_HTML_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/read/ixbrl.h"
#include "extract/status.h"

namespace secx {

// Converts an HTML document (any declared or sniffed charset) to UTF-8 text
// laid out in lines. Page breaks (<hr>, CSS page-break-*) become form feeds.
// `valid_utf8`: the caller has already found the bytes to be valid UTF-8
// (a part of a submission checked as a whole), so they are not checked
// again. `facts`, when given, receives the inline XBRL dei: facts
// (ixbrl.h), with the span of each visible one in the returned text; the
// text is the same either way.
Result<std::string> HtmlToText(std::string_view html, bool valid_utf8 = false,
                               std::vector<IxbrlFact>* facts = nullptr);

// True when the bytes look like HTML (a tag such as <html>, <body>, <div>,
// <p>, <table> or <font> near the start).
bool LooksLikeHtml(std::string_view bytes);

}  // namespace secx

#endif  // SECX_EXTRACT_READ_HTML_READER_H_
