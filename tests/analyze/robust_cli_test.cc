// What the CLI does when the machine or the inputs work against it: a full
// disk during an ingest, two ingests into one store at once, runaway
// queries, and file names made to forge a message line.
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::Lines;
using testing::Quote;
using testing::ReadAll;
using testing::RunSecx;
using testing::TempDir;
using testing::WriteFile;

std::string CorpusDir(const char* name) {
  return std::string(SECX_SOURCE_DIR) + "/corpus/" + name;
}

std::string QueryOne(const std::string& db, const std::string& sql,
                     const TempDir& dir) {
  testing::RunResult r =
      RunSecx("query --db " + Quote(db) + " --format csv " + Quote(sql), dir);
  std::vector<std::string> lines = Lines(r.out);
  return r.status == 0 && lines.size() == 2 ? lines[1] : "query failed";
}

// Counts the lines of `err` that contain `what`.
size_t LinesWith(const std::string& err, const std::string& what) {
  size_t n = 0;
  for (const std::string& line : Lines(err)) {
    n += line.find(what) != std::string::npos;
  }
  return n;
}

// A tmpfs of `size` mounted on a fresh directory, unmounted on
// destruction. Needs root (CAP_SYS_ADMIN); ok() says whether it worked.
class SmallDisk {
 public:
  SmallDisk(const std::string& path, const std::string& size) : path_(path) {
    mkdir(path.c_str(), 0755);
    mounted_ = geteuid() == 0 && mount("tmpfs", path.c_str(), "tmpfs", 0,
                                       ("size=" + size).c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) umount2(path_.c_str(), MNT_DETACH);
  }
  bool ok() const { return mounted_; }
  bool Resize(const std::string& size) {
    return mount("tmpfs", path_.c_str(), "tmpfs", MS_REMOUNT,
                 ("size=" + size).c_str()) == 0;
  }

 private:
  std::string path_;
  bool mounted_ = false;
};

TEST_CASE("ingest stops at a full disk and a later run stores the rest",
          "[cli][store]") {
  TempDir dir;
  // An empty store is ~170 kB (tables, indexes, the full-text index).
  SmallDisk disk(dir / "disk", "400k");
  if (!disk.ok()) {
    WARN("skipped: mounting a tmpfs needs root");
    return;
  }
  const std::string db = dir / "disk/secx.db";
  const std::string inputs = CorpusDir("sgml");
  testing::RunResult r = RunSecx(
      "ingest --jobs 2 --ocr never --db " + Quote(db) + " " + Quote(inputs),
      dir);
  INFO(r.err);
  CHECK(r.status == 1);
  // One line says it stopped and how many inputs were not stored.
  REQUIRE(LinesWith(r.err, "ingest stopped") == 1);
  CHECK(LinesWith(r.err, "full") >= 1);
  size_t not_stored = 0, total = 0;
  for (const std::string& line : Lines(r.err)) {
    size_t at = line.find("ingest stopped");
    if (at == std::string::npos) continue;
    size_t of = line.find(" inputs not stored");
    REQUIRE(of != std::string::npos);
    size_t b = line.rfind("; ", of);
    REQUIRE(std::sscanf(line.c_str() + b + 2, "%zu of %zu", &not_stored,
                        &total) == 2);
  }
  CHECK(not_stored > 0);
  CHECK(r.err.find("ingested") == std::string::npos);  // no summary

  // Nothing claimed that is not there: the stored documents and the ones
  // said not stored add up to the inputs.
  CHECK(QueryOne(db, "PRAGMA integrity_check", dir) == "ok");
  const std::string stored =
      QueryOne(db, "SELECT COUNT(*) FROM documents", dir);
  CHECK(stored == std::to_string(total - not_stored));

  // Space freed: a second run completes.
  REQUIRE(disk.Resize("256m"));
  r = RunSecx(
      "ingest --jobs 2 --ocr never --db " + Quote(db) + " " + Quote(inputs),
      dir);
  CHECK(r.status == 0);
  CHECK(QueryOne(db, "SELECT COUNT(*) FROM documents", dir) ==
        std::to_string(total));
  CHECK(QueryOne(db, "PRAGMA integrity_check", dir) == "ok");
}

// Starts `a` and `b` (secx arguments) at once and waits for both.
std::vector<int> RunTogether(const std::string& a, const std::string& b,
                             const TempDir& dir) {
  std::string cmd;
  for (int i = 0; i < 2; ++i) {
    std::string out = dir / (".run" + std::to_string(i));
    cmd += Quote(SECX_BIN) + " " + (i ? b : a) + " > " + Quote(out) +
           " 2>&1 < /dev/null; echo $? > " + Quote(out + ".rc") + " & ";
  }
  cmd += "wait";
  REQUIRE(std::system(("(" + cmd + ")").c_str()) == 0);
  std::vector<int> status;
  for (int i = 0; i < 2; ++i) {
    std::string out = dir / (".run" + std::to_string(i));
    INFO(ReadAll(out));
    status.push_back(std::atoi(ReadAll(out + ".rc").c_str()));
    CHECK(status.back() == 0);
  }
  return status;
}

TEST_CASE("two ingests into one store, new or existing, both complete",
          "[cli][store]") {
  TempDir dir;
  const std::string db = dir / "secx.db";
  const std::string text = CorpusDir("text"), html = CorpusDir("html");
  const std::string flags = "ingest --jobs 1 --ocr never --db " + Quote(db);
  // The same inputs twice into a new file: schema and inserts race.
  RunTogether(flags + " " + Quote(text), flags + " " + Quote(text), dir);
  const std::string n_text =
      QueryOne(db, "SELECT COUNT(*) FROM documents", dir);
  CHECK(n_text != "0");
  // Overlapping inputs into the existing file.
  RunTogether(flags + " " + Quote(html) + " " + Quote(text),
              flags + " " + Quote(text) + " " + Quote(html), dir);
  const std::string n_both =
      QueryOne(db, "SELECT COUNT(*) FROM documents", dir);
  CHECK(n_both != n_text);
  CHECK(QueryOne(db, "SELECT COUNT(*) - COUNT(DISTINCT sha256) FROM documents",
                 dir) == "0");
  CHECK(QueryOne(db, "PRAGMA integrity_check", dir) == "ok");
}

TEST_CASE("query has a time and a row limit and creates no file",
          "[cli][store]") {
  TempDir dir;
  const std::string db = dir / "secx.db";
  REQUIRE(RunSecx("ingest --db " + Quote(db) + " " +
                      Quote(CorpusDir("seeds/iij-form-sd-2015.txt")),
                  dir)
              .status == 0);
  const std::string endless =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
      "SELECT COUNT(*) FROM c";
  testing::RunResult r = RunSecx(
      "query --db " + Quote(db) + " --timeout 0.5 " + Quote(endless), dir);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("time limit"));
  CHECK(Lines(r.err).size() == 1);

  const std::string many =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
      "SELECT x FROM c";
  for (const char* format : {"table", "csv", "json"}) {
    INFO(format);
    r = RunSecx("query --db " + Quote(db) + " --max-rows 2000 --format " +
                    format + " " + Quote(many),
                dir);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("row limit"));
    // Rows are printed as they come (the table's too): all 2000 are out.
    CHECK_THAT(r.out, Catch::Contains("2000"));
  }
  r = RunSecx("query --db " + Quote(db) + " --max-rows 3 --format csv " +
                  Quote("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"),
              dir);
  CHECK(r.status == 0);

  r = RunSecx("query --db " + Quote(db) + " " +
                  Quote("VACUUM INTO " + Quote(dir / "copy.db")),
              dir);
  CHECK(r.status == 1);
  struct stat st;
  CHECK(stat((dir / "copy.db").c_str(), &st) != 0);
  r = RunSecx("query --db " + Quote(db) + " " +
                  Quote("ATTACH " + Quote(dir / "other.db") + " AS o"),
              dir);
  CHECK(r.status == 1);
  CHECK(stat((dir / "other.db").c_str(), &st) != 0);
}

TEST_CASE("a file name cannot forge a message line", "[cli]") {
  TempDir dir;
  const std::string name = "x\nsecx: forged.txt: fake error";
  WriteFile(dir / name, "");
  testing::RunResult r = RunSecx("extract " + Quote(dir / name), dir);
  CHECK(r.status == 1);
  std::vector<std::string> err = Lines(r.err);
  REQUIRE(err.size() == 1);
  CHECK_THAT(err[0], Catch::Contains("x\\nsecx: forged.txt"));
  r = RunSecx("ingest --db " + Quote(dir / "s.db") + " " + Quote(dir / name),
              dir);
  for (const std::string& line : Lines(r.err)) {
    CHECK(line.rfind("secx: forged", 0) == std::string::npos);
  }
}

}  // namespace
}  // namespace secx
