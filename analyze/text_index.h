// The full-text index over stored page texts (text_index, FTS5,
// contentless: see analyze/text_store.h). Internal to the store library:
// Store::Put keeps the index in step with document_texts; `secx search
// --reindex` rebuilds it.
//
// Thread-safety: as the sqlite3 connection passed in (one thread at a time).
#ifndef SECX_ANALYZE_TEXT_INDEX_H_
#define SECX_ANALYZE_TEXT_INDEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "analyze/text_store.h"
#include "extract/status.h"

struct sqlite3;

namespace secx {

// Adds the pages of one document's text to the index.
Status IndexText(sqlite3* db, int64_t document_id, std::string_view text,
                 const std::vector<PageRecord>& pages);

// Takes the document's stored pages out of the index (a contentless FTS5
// table forgets a row only when given the text it indexed, read here from
// document_texts). Nothing stored: nothing to do.
Status UnindexDocument(sqlite3* db, int64_t document_id);

// Empties the index and indexes every stored text again; *pages counts the
// pages indexed. In one transaction.
Status RebuildTextIndex(sqlite3* db, int64_t* pages);

// The text and pages stored for a document; *found false when none.
Status ReadStoredText(sqlite3* db, int64_t document_id, std::string* text,
                      std::vector<PageRecord>* pages, bool* found);

}  // namespace secx

#endif  // SECX_ANALYZE_TEXT_INDEX_H_
