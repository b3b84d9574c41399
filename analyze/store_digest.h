// Compares the content of two stores: same documents, same rows, whatever
// the row ids, the order of ingest or the time of it.
//
// Each row becomes a line of text: its table, then its columns but the
// rowid column, the columns named *_at (timestamps of the run) and those
// the caller ignores ("documents.path"); a reference to another row is
// written as that row (a document as its SHA-256). Tables are found in the
// schema (store_tables.h). The stores are read whole into memory: this is
// for checking merges and shards, not for stores of millions of rows.
//
// Thread-safety: pure function of the two files.
#ifndef SECX_ANALYZE_STORE_DIGEST_H_
#define SECX_ANALYZE_STORE_DIGEST_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/status.h"

namespace secx {

struct DigestOptions {
  std::vector<std::string> ignore;  // "table.column"
};

// Table name -> its rows as lines, sorted.
using StoreDigest = std::map<std::string, std::vector<std::string>>;

Result<StoreDigest> DigestStore(const std::string& path,
                                const DigestOptions& options);

struct StoreDiff {
  size_t documents = 0;  // in the first store
  size_t rows = 0;       // in the first store, documents included
  size_t differences = 0;
  std::vector<std::string> lines;  // "only in A: table: row", the first ones
};

Result<StoreDiff> CompareStores(const std::string& a, const std::string& b,
                                const DigestOptions& options,
                                size_t max_lines = 20);

}  // namespace secx

#endif  // SECX_ANALYZE_STORE_DIGEST_H_
