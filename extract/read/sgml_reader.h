// EDGAR full submissions: PEM wrapper, <SEC-HEADER>/<IMS-HEADER>, and every
// <DOCUMENT> with its <TYPE>, <SEQUENCE>, <FILENAME>, <DESCRIPTION>.
//
// The Document text is the header text followed by each document's text
// (HTML bodies converted by the HTML reader), each as a Section. Header
// values become Fields with rules "sgml.*" whose spans point into the header
// text. Uuencoded GRAPHIC/PDF bodies are decoded into Document::binaries for
// the OCR stage. Stateless and thread-safe.
#ifndef SECX_EXTRACT_READ_SGML_READER_H_
#define SECX_EXTRACT_READ_SGML_READER_H_

#include <string>
#include <string_view>

#include "extract/document.h"
#include "extract/status.h"

namespace secx {

// True when the bytes start (after an optional PEM preamble) with an EDGAR
// <SEC-DOCUMENT>, <IMS-DOCUMENT>, <SEC-HEADER> or <IMS-HEADER>.
bool LooksLikeSgml(std::string_view bytes);

// Reads a submission. Truncated input (no closing tags) is read as far as
// it goes, with a warning in Document::warnings.
Result<Document> ReadSgml(std::string_view bytes, const std::string& source);

}  // namespace secx

#endif  // SECX_EXTRACT_READ_SGML_READER_H_
