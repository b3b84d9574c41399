// What the store keeps of a document's text, so that every span of every
// record resolves from the store alone, and the full-text index over it.
//
//   document_texts  one row per document: the text all spans index
//                   (Document::text after OCR and correction), zstd-
//                   compressed with zstd's checksum, and its size
//   pages           one row per page: its span in that text, whether it
//                   was OCR'd, its size in pixels and where its image is
//                   in the input (binary, binary_page), to draw it again
//   text_index      SQLite FTS5, one row per page, contentless: the text
//                   is held once, compressed; snippets are cut from it
//
// Page images are not stored: documents.path and documents.sha256 say
// where the input was and which bytes it held, and `secx show --png`
// re-renders the page from them (README: "Page images").
//
// The index rowid of a page is document_id * kPagesPerDocument + page, so
// a hit names its document and page without a join, and rowids survive
// VACUUM. `secx merge` leaves virtual tables out: after a merge, `secx
// search --reindex` fills the index from document_texts.
//
// Plain functions over plain data; thread-safe.
#ifndef SECX_ANALYZE_TEXT_STORE_H_
#define SECX_ANALYZE_TEXT_STORE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/records.h"
#include "extract/status.h"

namespace secx {

inline constexpr int64_t kPagesPerDocument = int64_t{1} << 20;

// A row of document_texts.
struct TextRecord {
  std::string codec = "zstd";
  int64_t size = 0;  // bytes of the text
  std::string data;  // the compressed text (a zstd frame with checksum)
};

// A row of pages (from a Document's Page).
struct PageRecord {
  Page page;
};

// What the store keeps of one Document's text: made on a worker thread
// (compression is the costly part), written by Store::Put.
struct StoredText {
  TextRecord text;
  std::vector<PageRecord> pages;
};

const RecordType<TextRecord>& TextRecords();
const RecordType<PageRecord>& PageRecords();

// Compresses `doc.text` and copies its pages. A document without pages
// gets one page spanning the text.
Result<StoredText> PackText(const Document& doc);

// zstd, both ways. Decompress checks the frame's checksum and the size
// the text was stored with.
Result<std::string> Compress(std::string_view text);
Result<std::string> Decompress(std::string_view data, int64_t size);

// The FTS5 table (and the SQL of migration 7 creates the same).
extern const char kTextIndexSql[];

// The text of each page of a stored text, for the index: (rowid, text).
std::vector<std::pair<int64_t, std::string_view>> IndexRows(
    int64_t document_id, std::string_view text,
    const std::vector<PageRecord>& pages);

}  // namespace secx

#endif  // SECX_ANALYZE_TEXT_STORE_H_
