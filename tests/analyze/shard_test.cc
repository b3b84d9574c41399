// Sharding: K/N parsing, a stable key-to-shard function, and shards that
// partition the inputs (archive members included).
#include <catch2/catch.hpp>
#include <set>

#include "analyze/input_list.h"
#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::ReadAll;
using testing::TempDir;
using testing::WriteFile;

TEST_CASE("shard K/N is parsed strictly", "[shard]") {
  Result<Shard> ok = ParseShard("3/8");
  REQUIRE(ok.ok());
  CHECK(ok.value().index == 3);
  CHECK(ok.value().count == 8);
  for (const char* bad : {"", "1", "0/2", "3/2", "1/0", "a/b", "1/2/3", "-1/2",
                          " 1/2", "1/9999999999"}) {
    INFO(bad);
    Result<Shard> r = ParseShard(bad);
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::StartsWith("--shard '"));
  }
}

TEST_CASE("a key's shard is the same on every machine", "[shard]") {
  // Pinned: re-running shard K of an earlier run must select the same
  // inputs, so this function may never change.
  CHECK(ShardOfKey("corpus/seeds/iij-form-sd-2015.txt", 4) == 4);
  CHECK(ShardOfKey("20230103.nc.tar.gz!0000950123-23-000001.nc", 7) == 7);
  CHECK(ShardOfKey("anything", 1) == 1);
  // Spread: 4,000 keys over 4 shards, none far from a quarter.
  std::vector<int> counts(5);
  for (int i = 0; i < 4000; ++i)
    ++counts[ShardOfKey("f" + std::to_string(i), 4)];
  CHECK(counts[0] == 0);
  for (int k = 1; k <= 4; ++k) CHECK(counts[k] > 850);
}

TEST_CASE("shards 1..N cover every input exactly once", "[shard]") {
  TempDir dir;
  for (int i = 0; i < 40; ++i) {
    WriteFile(dir / ("f" + std::to_string(i) + ".txt"), "FORM 8-K");
  }
  const std::string tar = dir / "set.tar";
  REQUIRE(std::system(("tar -C " + testing::Quote(dir.path()) + " -cf " +
                       testing::Quote(tar) +
                       " f1.txt f2.txt f3.txt f4.txt "
                       "f5.txt f6.txt f7.txt f8.txt")
                          .c_str()) == 0);
  std::vector<InputFile> all = ListInputs({dir.path()});
  REQUIRE(all.size() == 48);
  for (ShardBy by : {ShardBy::kMember, ShardBy::kArchive}) {
    std::multiset<std::string> seen;
    for (uint64_t k = 1; k <= 3; ++k) {
      Shard shard;
      shard.index = k;
      shard.count = 3;
      shard.by = by;
      for (const InputFile& in : ListInputs({dir.path()}, shard)) {
        seen.insert(in.path);
      }
    }
    std::multiset<std::string> expected;
    for (const InputFile& in : all) expected.insert(in.path);
    CHECK(seen == expected);
  }
  // By archive, the members of one archive stay together.
  size_t with_members = 0;
  for (uint64_t k = 1; k <= 3; ++k) {
    Shard shard;
    shard.index = k;
    shard.count = 3;
    shard.by = ShardBy::kArchive;
    size_t members = 0;
    for (const InputFile& in : ListInputs({dir.path()}, shard)) {
      members += in.member != nullptr;
    }
    CHECK((members == 0 || members == 8));
    with_members += members > 0;
  }
  CHECK(with_members == 1);
}

}  // namespace
}  // namespace secx
