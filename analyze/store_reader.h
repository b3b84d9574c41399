// Reading a store back for people: a stored value with its provenance and
// the text around it, a document's text and pages, full-text search, the
// review queue; and writing reviews. What `secx show`, `secx search` and
// `secx serve` are made of.
//
// The store is opened read-only unless `reviews` is set: then the one
// thing written is a row of the reviews table (AddReview).
//
// Thread-safety: one StoreReader per thread (each owns its connection);
// several may be open on one file.
#ifndef SECX_ANALYZE_STORE_READER_H_
#define SECX_ANALYZE_STORE_READER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyze/reviews.h"
#include "analyze/text_store.h"
#include "extract/document.h"
#include "extract/status.h"

namespace secx {

// The record tables a value can be shown from, and the flag of `secx show`
// for each: fields (--field), tickers (--ticker), dividends (--dividend),
// revenue_shares (--revenue-share), facts (--fact), corrections
// (--correction).
struct RecordTable {
  const char* table;
  const char* flag;   // "field", "revenue-share", ...
  const char* label;  // SQL: what the value is ("registrant_name", ...)
  const char* value;  // SQL: the value as a person reads it
  const char* key;    // SQL: the value a review records (value_before)
  bool boxes;         // the table has bbox_* columns
};
const std::vector<RecordTable>& RecordTables();
const RecordTable* FindRecordTable(const std::string& table_or_flag);

struct StoredDocument {
  int64_t id = 0;
  std::string path;
  std::string sha256;
  std::string kind;
  std::string form;
};

// One stored value and where it came from.
struct StoredValue {
  std::string table;
  int64_t rowid = 0;
  int64_t document_id = 0;
  std::string label;
  std::string value;
  std::string key;  // value_before of a review
  int64_t start = 0;
  int64_t end = 0;
  int page = 0;
  std::optional<Box> box;
  std::optional<double> confidence;
  std::string rule;
  // The latest review, if any: action and value_after.
  std::string review;
  std::string reviewed_value;
};

struct SearchHit {
  int64_t document_id = 0;
  int page = 0;
  double rank = 0;  // bm25, lower is better
};

// A value a person should look at, and why.
struct QueueItem {
  StoredValue value;
  std::string reason;  // "low confidence 0.42", "header says ...", ...
};

class StoreReader {
 public:
  static Result<std::unique_ptr<StoreReader>> Open(const std::string& path,
                                                   bool reviews = false);
  ~StoreReader();
  StoreReader(const StoreReader&) = delete;
  StoreReader& operator=(const StoreReader&) = delete;

  Result<StoredDocument> Document(int64_t id);
  Result<std::vector<StoredDocument>> Documents(int64_t limit);

  // The stored text and pages of a document; an error naming the document
  // when it has none (stored by an older secx) or the text is damaged.
  // The last text read is kept, so showing many values of one document
  // decompresses it once.
  Status Text(int64_t document_id, const std::string** text,
              const std::vector<PageRecord>** pages);

  // The row `rowid` of a record table (RecordTables()).
  Result<StoredValue> Value(const std::string& table, int64_t rowid);
  // Every value of one table (document_id 0: of every document), in
  // document and rowid order.
  Result<std::vector<StoredValue>> Values(const std::string& table,
                                          int64_t document_id);

  // FTS5 query (the syntax of SQLite's MATCH: words, "a phrase", OR, NOT,
  // prefix*), best first.
  Result<std::vector<SearchHit>> Search(const std::string& query,
                                        int64_t limit);
  // Pages in the index and pages stored: they differ after a merge
  // (`secx search --reindex`).
  Result<std::pair<int64_t, int64_t>> IndexCoverage();

  // Values to review: confidence below `min_confidence`, header/iXBRL
  // mismatches, failed dividend checks, OCR repairs; not yet reviewed.
  Result<std::vector<QueueItem>> Queue(double min_confidence, int64_t limit);

  // Writes one review of `v` (only when opened with reviews = true).
  Status AddReview(const StoredValue& v, Review review);

 private:
  struct Impl;
  explicit StoreReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The text of [start, end) of `text` with `before` lines of context above
// and `after` below, the value between `open` and `close`; at most
// `max_bytes` of context on each side, cut at UTF-8 boundaries.
std::string Context(const std::string& text, size_t start, size_t end,
                    int lines, size_t max_bytes, const std::string& open,
                    const std::string& close);

}  // namespace secx

#endif  // SECX_ANALYZE_STORE_READER_H_
