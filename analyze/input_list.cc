#include "analyze/input_list.h"

#include <cstdlib>

#include "analyze/archive_input.h"
#include "extract/hash.h"

namespace secx {
namespace {

bool ParseCount(const std::string& s, uint64_t* out) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  *out = std::strtoull(s.c_str(), nullptr, 10);
  return true;
}

std::vector<InputFile> KeepShard(std::vector<InputFile> inputs,
                                 const Shard& shard) {
  if (shard.count <= 1) return inputs;
  std::vector<InputFile> kept;
  for (InputFile& in : inputs) {
    if (ShardOfKey(in.path, shard.count) == shard.index) {
      kept.push_back(std::move(in));
    }
  }
  return kept;
}

}  // namespace

Result<Shard> ParseShard(const std::string& text) {
  const size_t slash = text.find('/');
  Shard s;
  if (slash == std::string::npos ||
      !ParseCount(text.substr(0, slash), &s.index) ||
      !ParseCount(text.substr(slash + 1), &s.count)) {
    return Status::Error("--shard '" + text +
                         "': expected K/N with whole numbers, e.g. 3/8");
  }
  if (s.count == 0 || s.index == 0 || s.index > s.count) {
    return Status::Error("--shard '" + text +
                         "': K must be between 1 and N (shards are 1..N)");
  }
  return s;
}

uint64_t ShardOfKey(const std::string& key, uint64_t count) {
  if (count <= 1) return 1;
  // SHA-256 rather than std::hash: the same on every machine and build.
  const std::string hex = Sha256Hex(key);
  const uint64_t h = std::strtoull(hex.substr(0, 16).c_str(), nullptr, 16);
  return 1 + h % count;
}

std::vector<InputFile> ListInputs(const std::vector<std::string>& paths,
                                  const Shard& shard) {
  std::vector<InputFile> inputs = ExpandInputs(paths);
  // By archive: drop the other shards' archives before listing them.
  if (shard.by == ShardBy::kArchive)
    inputs = KeepShard(std::move(inputs), shard);
  inputs = ExpandArchives(std::move(inputs));
  if (shard.by == ShardBy::kMember)
    inputs = KeepShard(std::move(inputs), shard);
  NumberArchiveReads(&inputs);
  return inputs;
}

}  // namespace secx
