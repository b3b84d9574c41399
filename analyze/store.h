// The SQLite store: one database file holding every document secx has
// ingested, its fields, records and provenance.
//
// Documents are content-addressed: one row per distinct input (sha256 of
// the bytes). Re-ingesting the same bytes under the same extractor version
// is a no-op; under another version the document's rows are replaced.
//
// Writes are batched: Put() opens a transaction when none is open and
// commits it every `batch_documents` documents or `batch_seconds`, whichever
// comes first (and on Flush() and destruction). The batch transaction is
// the unit of atomicity: a crash or kill loses at most the uncommitted
// batch, never part of a document. A failed write inside Put() (disk full,
// I/O error) rolls the whole open batch back for the same reason and
// reports it. There is deliberately no SAVEPOINT per document: SQLite then
// copies every page a document touches into a sub-journal, which cost
// 30-40% of the load rate in scripts/bench.sh, and write errors that a
// savepoint would contain are ones that stop an ingest anyway.
// The database runs in WAL mode with synchronous=NORMAL: a killed process
// loses nothing committed; a power cut may lose the last committed batches
// but never corrupts the file.
//
// Thread-safety: a Store is used by one thread at a time. Several Stores may
// be open on the same file at once (e.g. one writer and read-only checkers
// on worker threads); WAL lets readers run beside the writer.
#ifndef SECX_ANALYZE_STORE_H_
#define SECX_ANALYZE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/records.h"
#include "extract/status.h"

namespace secx {

struct Schema;      // analyze/store_schema.h
struct StoredText;  // analyze/text_store.h

// Schema version written to PRAGMA user_version (the number of migrations,
// see the policy in analyze/store_schema.h); Open() migrates older files.
int StoreSchemaVersion();

struct StoreOptions {
  bool read_only = false;  // SQLITE_OPEN_READONLY plus PRAGMA query_only
  int batch_documents = 1000;
  double batch_seconds = 0.5;
  // The tables, migrations and views; nullptr: the store's own
  // (StoreSchema()). Another schema is for tests of the migration engine:
  // Put() needs the store's own, PutRecord() works with any.
  const Schema* schema = nullptr;
};

// What Put() did with one extraction.
enum class PutOutcome {
  kInserted,  // new bytes
  kSkipped,   // same bytes, same extractor version: nothing to do
  kReplaced,  // same bytes, another version (or earlier errors): re-extracted
  kKept,      // extraction failed; the clean earlier rows were kept
  kNotStored  // input could not be read at all (no sha256)
};

// One value of a query result.
struct Cell {
  enum Type { kNull, kInteger, kReal, kText, kBlob };
  Type type = kNull;
  std::string text;  // textual form; empty for NULL
};

// Called once per result set with its column names, then once per row.
struct QueryCallbacks {
  std::function<void(const std::vector<std::string>& columns)> columns;
  std::function<void(const std::vector<Cell>& row)> row;
};

// Bounds on one Query() call, so that a runaway statement (an endless
// recursive CTE) ends with an error instead of running forever.
struct QueryLimits {
  double seconds = 0;  // wall time over all statements; 0 = none
  int64_t rows = 0;    // rows over all result sets; 0 = none
};

// The time now, UTC, as the store writes it: "2026-12-03T17:22:32Z".
std::string UtcNow();

// The registrants' company columns, derived across documents: company_cik
// is the row's CIK, else the smallest CIK of a filing with the same name
// key; company_key names the company by CIK, else name key, else ticker,
// else the document. Each is one UPDATE of the rows `where` selects (SQL,
// "" for all): the store runs them per document, a merge over its whole.
std::string CompanyCikSql(const std::string& where);
std::string CompanyKeySql(const std::string& where);

class Store {
 public:
  // Opens (read-write: creates and migrates) the database at `path`.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options);
  ~Store();  // commits the open batch; errors there are lost, call Flush()
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // True when these bytes are stored, without errors, by `version`: ingesting
  // them again would be a no-op.
  Result<bool> IsCurrent(const std::string& sha256, const std::string& version);

  // Stores one extraction as described at the top of this file: the
  // document and every record of it (x.checks included, and the checks
  // that are mismatches in `mismatches`), and its row of `registrants`.
  // The Document text is not read: callers may drop it first, and pass
  // what the store keeps of it in `text` (PackText: document_texts, pages
  // and the text_index); without it the document keeps no text. An error
  // means the open batch was rolled back (its documents are not stored;
  // committed ones are untouched).
  Result<PutOutcome> Put(const Extraction& x, const std::string& version,
                         const StoredText* text = nullptr);

  // Empties the full-text index and fills it again from every stored text
  // (after `secx merge`, which copies no virtual table); *pages counts the
  // pages indexed. Commits the open batch first.
  Status RebuildTextIndex(int64_t* pages);

  // Replaces the checks stored for the document with these bytes by
  // `checks` (`secx check --db`, which adds the scores against truth
  // files). Written in the open batch like Put(); an error when the bytes
  // are not stored.
  Status ReplaceChecks(const std::string& sha256,
                       const std::vector<Check>& checks);

  // Writes one record of any described type into its table, in the open
  // batch: for tests of the schema machinery and tools; Put() is the way
  // to store extractions.
  template <typename T>
  Status PutRecord(const RecordType<T>& type, int64_t document_id,
                   const T& record) {
    return PutRow(type.table, document_id, RowValues(type, record));
  }
  Status PutRow(const std::string& table, int64_t document_id,
                const std::vector<Value>& row);

  // Commits the open batch, if any.
  Status Flush();

  // Documents written into the open batch and not yet committed: the ones
  // a failing Put() or Flush() rolls back.
  int Pending() const;

  // Runs every statement in `sql`, reporting each result set. Rows are
  // handed to the callback as they are stepped, never collected. Stops with
  // an error past `limits` (0 = no limit).
  Status Query(const std::string& sql, const QueryCallbacks& callbacks,
               const QueryLimits& limits = QueryLimits());

  // Number of rows in `table` (for summaries and tests).
  Result<int64_t> Count(const std::string& table);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace secx

#endif  // SECX_ANALYZE_STORE_H_
