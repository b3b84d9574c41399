// The inputs of one run: the paths on the command line walked
// (input_files.h), archives replaced by their members (archive_input.h),
// and, for a sharded run, only the inputs of one shard.
//
// Sharding: input i belongs to shard 1 + (H(key) mod N), where H is the
// first 64 bits of the SHA-256 of its key and the key is the path recorded
// for it (as given on the command line, "ARCHIVE!member" for a member).
// N runs with the same arguments and shards 1..N therefore cover every
// input exactly once, in any order, on any machine. With ShardBy::kArchive
// a member's key is its archive's path: each archive is read by one shard
// only, which saves the other shards listing it (worth it with many
// archives; with few, shard by member to spread the work).
//
// Pure functions of the file system; thread-safe.
#ifndef SECX_ANALYZE_INPUT_LIST_H_
#define SECX_ANALYZE_INPUT_LIST_H_

#include <cstdint>
#include <string>
#include <vector>

#include "analyze/input_files.h"
#include "extract/status.h"

namespace secx {

enum class ShardBy { kMember, kArchive };

struct Shard {
  uint64_t index = 1;  // 1-based
  uint64_t count = 1;  // 1 = no sharding
  ShardBy by = ShardBy::kMember;
};

// Parses "K/N" with 1 <= K <= N. The error says what is wrong.
Result<Shard> ParseShard(const std::string& text);

// The shard (1..count) a key belongs to.
uint64_t ShardOfKey(const std::string& key, uint64_t count);

// Walks `paths`, expands archives and keeps the inputs of `shard`, in
// order, ready to read (NumberArchiveReads done).
std::vector<InputFile> ListInputs(const std::vector<std::string>& paths,
                                  const Shard& shard = Shard());

}  // namespace secx

#endif  // SECX_ANALYZE_INPUT_LIST_H_
