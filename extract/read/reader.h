// Turns the bytes of one input file into a Document.
//
// The format is sniffed from the bytes, never from the file name alone:
// EDGAR full submissions (PEM-wrapped or bare <SEC-DOCUMENT>/<IMS-DOCUMENT>,
// .txt or .nc), HTML, images and PDFs (kept as Binary for the OCR stage), and
// plain text in UTF-8, Latin-1 or Windows-1252. Stateless and thread-safe.
#ifndef SECX_EXTRACT_READ_READER_H_
#define SECX_EXTRACT_READ_READER_H_

#include <string>
#include <string_view>

#include "extract/document.h"
#include "extract/status.h"

namespace secx {

// "sgml", "html", "pdf", "image" or "text"; "binary" for bytes that are none
// of these (the caller reports that as an error).
std::string SniffKind(std::string_view bytes);

// Image container for image bytes: "jpeg", "png", "gif", "tiff", "pnm",
// "bmp", or "" when the bytes are no image secx reads.
std::string SniffImageFormat(std::string_view bytes);

// Reads any supported input. Errors name the cause in one line (the caller
// adds the file name).
Result<Document> ReadDocument(std::string_view bytes,
                              const std::string& source);

// Plain text reader: detects the encoding, converts to UTF-8, splits pages
// at form feeds and <PAGE> markers.
Document ReadText(std::string_view bytes, const std::string& source);

// Splits `doc->text` into pages at form feeds and lines that are a lone
// <PAGE> marker, replacing doc->pages.
void SplitPages(Document* doc);

}  // namespace secx

#endif  // SECX_EXTRACT_READ_READER_H_
