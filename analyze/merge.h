// `secx merge`: folds shard stores (from `secx ingest --shard K/N`, or any
// stores) into one.
//
// Rules:
//   - Every shard must have the output's schema version (PRAGMA
//     user_version) and the same tables and columns; otherwise it is
//     refused with one line saying why, and the next shard is merged.
//   - Documents are matched by SHA-256. A document the output lacks is
//     added with the rows of every table that references it. One the
//     output holds under the same extractor version is kept (the shard's
//     copy replaces it only when the output's has errors and the shard's
//     has none); the smaller path of the two is kept, so the result does
//     not depend on the order of the shards. Under another version, the
//     copy made by this secx's extractor version wins.
//   - Tables are found in the schema (store_tables.h), not listed here:
//     rows of tables referencing documents (or other merged tables) follow
//     their parents with ids remapped; rows of other tables (e.g. checks)
//     are added unless an equal row is there.
//   - Each shard is merged in one transaction: a failure rolls that shard
//     back and leaves the shards merged before. Merging a shard again is a
//     no-op, so a failed merge is re-run as it was.
//
// Thread-safety: one call at a time per output file (a second merger waits
// for SQLite's write lock).
#ifndef SECX_ANALYZE_MERGE_H_
#define SECX_ANALYZE_MERGE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extract/status.h"

namespace secx {

struct MergeCounts {
  size_t documents = 0;  // documents in the shard
  size_t added = 0;      // new to the output
  size_t replaced = 0;   // replaced the output's copy
  size_t kept = 0;       // the output's copy was kept
  size_t rows = 0;       // rows written to other tables
  double seconds = 0;
};

struct MergeOptions {
  std::string version;  // extractor version that wins; "" = this secx's
  // Called after each shard with its counts, or with its error (one line
  // naming the shard and the cause; the merge goes on).
  std::function<void(const std::string& shard, const MergeCounts&)> merged;
  std::function<void(const std::string& line)> error;
};

struct MergeSummary {
  MergeCounts total;
  size_t shards = 0;  // merged
  size_t failed = 0;  // refused or rolled back
};

// Merges `shards` into the store at `out` (created if needed). The result
// is an error only when the output cannot be opened or written (disk
// full): merging then stops; shards merged before stay merged.
Result<MergeSummary> MergeStores(const std::string& out,
                                 const std::vector<std::string>& shards,
                                 const MergeOptions& options);

}  // namespace secx

#endif  // SECX_ANALYZE_MERGE_H_
