// secx merge: shards of an ingest merge into the store one ingest makes;
// documents are de-duplicated by SHA-256 and version; re-runs are no-ops;
// stores of another schema version are refused.
#include "analyze/merge.h"

#include <catch2/catch.hpp>

#include "analyze/store.h"
#include "analyze/store_digest.h"
#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::Quote;
using testing::RunResult;
using testing::RunSecx;
using testing::SyntheticExtraction;
using testing::TempDir;

std::unique_ptr<Store> OpenStore(const std::string& path) {
  auto s = Store::Open(path, StoreOptions());
  REQUIRE(s.ok());
  return std::move(s).value();
}

size_t Differences(const std::string& a, const std::string& b) {
  Result<StoreDiff> d = CompareStores(a, b, DigestOptions());
  REQUIRE(d.ok());
  for (const std::string& line : d.value().lines) UNSCOPED_INFO(line);
  return d.value().differences;
}

TEST_CASE("shard 1/2 and 2/2 merged equal one ingest of corpus/",
          "[merge][corpus]") {
  TempDir dir;
  const std::string corpus = Quote(std::string(SECX_SOURCE_DIR) + "/corpus");
  RunResult single = RunSecx(
      "ingest --jobs 2 --db " + Quote(dir / "one.db") + " " + corpus, dir);
  REQUIRE(single.status == 0);
  for (const char* k : {"1", "2"}) {
    RunResult shard =
        RunSecx(std::string("ingest --jobs 2 --shard ") + k + "/2 --db " +
                    Quote(dir / (std::string("s") + k + ".db")) + " " + corpus,
                dir);
    INFO(shard.err);
    REQUIRE(shard.status == 0);
    CHECK_THAT(shard.err, !Catch::Contains(" 0 new"));
    // A shard run again is a no-op.
    shard =
        RunSecx(std::string("ingest --shard ") + k + "/2 --db " +
                    Quote(dir / (std::string("s") + k + ".db")) + " " + corpus,
                dir);
    REQUIRE(shard.status == 0);
    CHECK_THAT(shard.err, Catch::Contains(" 0 new"));
  }
  RunResult merge =
      RunSecx("merge --db " + Quote(dir / "m.db") + " " + Quote(dir / "s1.db") +
                  " " + Quote(dir / "s2.db"),
              dir);
  INFO(merge.err);
  REQUIRE(merge.status == 0);
  CHECK_THAT(merge.err, Catch::Contains("merged 2 of 2 stores"));
  CHECK(Differences(dir / "m.db", dir / "one.db") == 0);
  RunResult compare = RunSecx(
      "compare " + Quote(dir / "m.db") + " " + Quote(dir / "one.db"), dir);
  CHECK(compare.status == 0);
  CHECK_THAT(compare.out, Catch::StartsWith("same: "));

  // Merging again changes nothing; nor does the other order.
  REQUIRE(RunSecx("merge --db " + Quote(dir / "m.db") + " " +
                      Quote(dir / "s2.db") + " " + Quote(dir / "s1.db"),
                  dir)
              .status == 0);
  CHECK(Differences(dir / "m.db", dir / "one.db") == 0);
  REQUIRE(RunSecx("merge --db " + Quote(dir / "r.db") + " " +
                      Quote(dir / "s2.db") + " " + Quote(dir / "s1.db"),
                  dir)
              .status == 0);
  CHECK(Differences(dir / "r.db", dir / "one.db") == 0);
  // One shard alone is not everything: the comparison can fail.
  CHECK(Differences(dir / "s1.db", dir / "one.db") > 0);
}

TEST_CASE("merge keeps this version's copy and clean copies", "[merge]") {
  TempDir dir;
  Extraction x1 = SyntheticExtraction(1, 3);
  Extraction x2 = SyntheticExtraction(2, 2);
  Extraction newer = SyntheticExtraction(1, 5);  // same bytes, more fields
  {
    auto old_store = OpenStore(dir / "old.db");
    REQUIRE(old_store->Put(x1, "old-version").ok());
    REQUIRE(old_store->Put(x2, "old-version").ok());
    Check check;
    check.kind = "header_agreement";
    check.subject = "cik";
    check.outcome = "agree";
    check.expected = "1";
    check.found = "1";
    // Checks belong to their document's copy (schema 6): those of x2, which
    // nothing replaces, are carried; those of the replaced x1 copy go with it.
    REQUIRE(old_store->ReplaceChecks(x2.sha256, {check}).ok());
    REQUIRE(old_store->ReplaceChecks(x1.sha256, {check, check}).ok());
    auto new_store = OpenStore(dir / "new.db");
    REQUIRE(new_store->Put(newer, "new-version").ok());
  }
  MergeOptions options;
  options.version = "new-version";
  std::vector<std::string> errors;
  options.error = [&](const std::string& e) { errors.push_back(e); };
  Result<MergeSummary> r =
      MergeStores(dir / "out.db", {dir / "old.db", dir / "new.db"}, options);
  REQUIRE(r.ok());
  CHECK(errors.empty());
  CHECK(r.value().total.added == 2);
  CHECK(r.value().total.replaced == 1);
  auto out = OpenStore(dir / "out.db");
  CHECK(out->Count("documents").value() == 2);
  CHECK(out->Count("fields").value() == 5 + 2);
  CHECK(out->Count("checks").value() == 1);
  CHECK(out->Count("tickers").value() == 2);

  // Again, in the other order: the newer copy stays, nothing doubles.
  r = MergeStores(dir / "out.db", {dir / "new.db", dir / "old.db"}, options);
  REQUIRE(r.ok());
  CHECK(r.value().total.added == 0);
  CHECK(r.value().total.replaced == 0);
  CHECK(r.value().total.rows == 0);
  CHECK(out->Count("fields").value() == 5 + 2);
  CHECK(out->Count("checks").value() == 1);

  // A copy with errors gives way to a clean one of the same version.
  Extraction failed = SyntheticExtraction(3, 0);
  failed.errors.push_back("doc-3.txt: broken");
  Extraction clean = SyntheticExtraction(3, 4);
  {
    auto a = OpenStore(dir / "a.db");
    REQUIRE(a->Put(failed, "new-version").ok());
    auto b = OpenStore(dir / "b.db");
    REQUIRE(b->Put(clean, "new-version").ok());
  }
  r = MergeStores(dir / "ab.db", {dir / "a.db", dir / "b.db"}, options);
  REQUIRE(r.ok());
  CHECK(r.value().total.replaced == 1);
  CHECK(Differences(dir / "ab.db", dir / "b.db") == 0);
  r = MergeStores(dir / "ba.db", {dir / "b.db", dir / "a.db"}, options);
  REQUIRE(r.ok());
  CHECK(r.value().total.kept == 1);
  CHECK(Differences(dir / "ba.db", dir / "b.db") == 0);
}

TEST_CASE("merge refuses stores it cannot merge and goes on", "[merge]") {
  TempDir dir;
  {
    auto s = OpenStore(dir / "good.db");
    REQUIRE(s->Put(SyntheticExtraction(1, 2), "v").ok());
    auto t = OpenStore(dir / "older.db");
    REQUIRE(t->Put(SyntheticExtraction(2, 2), "v").ok());
  }
  REQUIRE(std::system(("sqlite3 " + Quote(dir / "older.db") +
                       " 'PRAGMA user_version = 4'")
                          .c_str()) == 0);
  testing::WriteFile(dir / "text.db", "not a database");
  RunResult r = RunSecx(
      "merge --db " + Quote(dir / "out.db") + " " + Quote(dir / "missing.db") +
          " " + Quote(dir / "older.db") + " " + Quote(dir / "text.db") + " " +
          Quote(dir / "out.db") + " " + Quote(dir / "good.db"),
      dir);
  CHECK(r.status == 1);
  std::vector<std::string> lines = testing::Lines(r.err);
  REQUIRE(lines.size() == 6);
  CHECK_THAT(lines[0],
             Catch::StartsWith("secx: " + dir / "missing.db: no such"));
  CHECK_THAT(lines[1],
             Catch::StartsWith("secx: " + dir / "older.db: schema version 4"));
  CHECK_THAT(lines[2], Catch::StartsWith("secx: " + dir / "text.db: "));
  CHECK_THAT(lines[3],
             Catch::StartsWith("secx: " + dir / "out.db: is the output"));
  CHECK_THAT(lines[4],
             Catch::StartsWith("secx: merged " + dir / "good.db: 1 documents"));
  CHECK_THAT(lines[5], Catch::StartsWith("secx: merged 1 of 5 stores"));
  CHECK(OpenStore(dir / "out.db")->Count("documents").value() == 1);
}

// Another schema (as a later migration might make): a table documents
// point to, and a record table, both unknown to the merge code.
TEST_CASE("merge follows tables and links it finds in the schema", "[merge]") {
  TempDir dir;
  const char* kExtend =
      " 'CREATE TABLE companies (id INTEGER PRIMARY KEY, cik TEXT UNIQUE);"
      " ALTER TABLE documents ADD COLUMN company_id INTEGER"
      "   REFERENCES companies(id);"
      " CREATE TABLE annotations (document_id INTEGER NOT NULL"
      "   REFERENCES documents(id), note TEXT);'";
  for (const char* name : {"out.db", "a.db", "b.db"}) {
    OpenStore(dir / name);  // current schema
    REQUIRE(std::system(("sqlite3 " + Quote(dir / name) + kExtend).c_str()) ==
            0);
  }
  {
    auto a = OpenStore(dir / "a.db");
    REQUIRE(a->Put(SyntheticExtraction(1, 2), "v").ok());
    REQUIRE(a->Put(SyntheticExtraction(2, 2), "v").ok());
    auto b = OpenStore(dir / "b.db");
    REQUIRE(b->Put(SyntheticExtraction(3, 2), "v").ok());
  }
  auto sql = [&](const std::string& db, const std::string& statements) {
    REQUIRE(std::system(("sqlite3 " + Quote(dir / db) + " " + Quote(statements))
                            .c_str()) == 0);
  };
  // a: companies 1=A, 2=B; b: company 1=B. Every document reviewed.
  sql("a.db",
      "INSERT INTO companies VALUES (1, 'A'), (2, 'B');"
      "UPDATE documents SET company_id = 1 + (sha256 LIKE '%2');"
      "INSERT INTO annotations SELECT id, 'seen ' || sha256 FROM documents;");
  sql("b.db",
      "INSERT INTO companies VALUES (1, 'B');"
      "UPDATE documents SET company_id = 1;"
      "INSERT INTO annotations SELECT id, 'seen ' || sha256 FROM documents;");
  MergeOptions options;
  options.version = "v";
  for (int round = 0; round < 2; ++round) {  // the second is a no-op
    Result<MergeSummary> r =
        MergeStores(dir / "out.db", {dir / "a.db", dir / "b.db"}, options);
    REQUIRE(r.ok());
    CHECK(r.value().failed == 0);
  }
  auto out = OpenStore(dir / "out.db");
  CHECK(out->Count("companies").value() == 2);
  CHECK(out->Count("annotations").value() == 3);
  std::vector<std::string> rows;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& row) {
    rows.push_back(row[0].text + " " + row[1].text + " " + row[2].text);
  };
  REQUIRE(out->Query("SELECT substr(d.sha256, 64), c.cik, "
                     "r.note = 'seen ' || d.sha256 FROM documents d "
                     "JOIN companies c ON c.id = d.company_id "
                     "JOIN annotations r ON r.document_id = d.id ORDER BY 1",
                     cb)
              .ok());
  CHECK(rows == std::vector<std::string>{"1 A 1", "2 B 1", "3 B 1"});
}

}  // namespace
}  // namespace secx
