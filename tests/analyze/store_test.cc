#include "analyze/store.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "analyze/store_schema.h"
#include "extract/checks.h"
#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::SyntheticExtraction;
using testing::TempDir;

std::unique_ptr<Store> OpenStore(const std::string& path,
                                 bool read_only = false) {
  StoreOptions o;
  o.read_only = read_only;
  Result<std::unique_ptr<Store>> s = Store::Open(path, o);
  INFO(s.error());
  REQUIRE(s.ok());
  return std::move(s).value();
}

int64_t Count(Store* s, const std::string& table) {
  Result<int64_t> n = s->Count(table);
  INFO(n.error());
  REQUIRE(n.ok());
  return n.value();
}

// First column of the first row of `sql`, as text.
std::string Scalar(Store* s, const std::string& sql) {
  std::string out;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& row) {
    if (out.empty()) out = row.at(0).text;
  };
  Status st = s->Query(sql, cb);
  INFO(st.error());
  REQUIRE(st.ok());
  return out;
}

TEST_CASE("store creates the schema at the current version", "[store]") {
  TempDir dir;
  auto s = OpenStore(dir / "a.db");
  CHECK(Scalar(s.get(), "PRAGMA user_version") ==
        std::to_string(StoreSchemaVersion()));
  CHECK(Scalar(s.get(), "PRAGMA journal_mode") == "wal");
  s.reset();
  auto again = OpenStore(dir / "a.db");  // reopening migrates nothing
  CHECK(Count(again.get(), "documents") == 0);
}

TEST_CASE("checks are stored with their document and can be replaced",
          "[store][check]") {
  TempDir dir;
  auto s = OpenStore(dir / "c.db");
  Extraction x = SyntheticExtraction(1, 0);
  x.checks = {{"header_agreement", "zip_code", "agree", "19406", "19406", 0},
              {"header_agreement", "report_date", "mismatch", "2005-07-19",
               "2005-07-15", 0},
              {"dividend", "quarterly 0.18 USD", "failed",
               "record date after payable date", "", 0}};
  REQUIRE(s->Put(x, "v1").ok());
  Extraction other = SyntheticExtraction(2, 0);
  other.checks = {{"header_agreement", "zip_code", "agree", "1", "1", 0}};
  REQUIRE(s->Put(other, "v1").ok());
  REQUIRE(s->Flush().ok());
  CHECK(Count(s.get(), "checks") == 4);
  CHECK(Scalar(s.get(),
               "SELECT text_value FROM checks WHERE outcome = 'mismatch'") ==
        "2005-07-15");
  // The mismatch is also a row of `mismatches`; agreeing checks and
  // dividend checks are not.
  CHECK(Count(s.get(), "mismatches") == 1);
  CHECK(Scalar(s.get(),
               "SELECT COUNT(*) FROM checks WHERE text_value IS "
               "NULL") == "1");
  // `secx check --db` replaces one document's checks, keeping the others.
  REQUIRE(s->ReplaceChecks(x.sha256, {{"header_agreement", "report_date",
                                       "agree", "2005-07-19", "2005-07-19", 0}})
              .ok());
  REQUIRE(s->Flush().ok());
  CHECK(Count(s.get(), "checks") == 2);
  CHECK(Scalar(s.get(),
               "SELECT outcome FROM checks c JOIN documents d ON "
               "d.id = c.document_id WHERE d.path = 'doc-1.txt'") == "agree");
  CHECK_FALSE(s->ReplaceChecks("ff", {}).ok());  // bytes never stored
}

TEST_CASE("numbers are numbers, missing values NULL, registrants kept",
          "[store]") {
  TempDir dir;
  auto s = OpenStore(dir / "n.db");
  Extraction x = SyntheticExtraction(1, 0);
  x.ocr = OcrInfo{"tesseract", 87.0, 1};
  Field name;
  name.name = "registrant_name";
  name.value = "Internet Initiative Japan Inc.";
  x.fields.push_back(name);
  REQUIRE(s->Put(x, "v1").ok());
  // A later filing of the same company with its CIK in the header lends
  // the CIK to the first one.
  Extraction y = SyntheticExtraction(2, 0);
  y.fields.push_back(name);
  Field cik;
  cik.name = "cik";
  cik.value = "0001090633";
  cik.span.rule = "sgml.cik";
  y.fields.push_back(cik);
  REQUIRE(s->Put(y, "v1").ok());
  REQUIRE(s->Flush().ok());
  CHECK(Scalar(s.get(),
               "SELECT typeof(per_share) || ' ' || per_share || "
               "' ' || per_share_text FROM dividends LIMIT 1") ==
        "real 13.5 13.50");
  CHECK(Scalar(s.get(),
               "SELECT COUNT(*) FROM dividends WHERE "
               "total_amount IS NULL AND record_date IS NULL AND "
               "kind IS NULL") == "2");
  CHECK(Scalar(s.get(),
               "SELECT typeof(percent) FROM revenue_shares LIMIT "
               "1") == "real");
  CHECK(Scalar(s.get(),
               "SELECT ocr_mean_confidence FROM documents WHERE "
               "path = 'doc-1.txt'") == "0.87");
  CHECK(Scalar(s.get(),
               "SELECT COUNT(*) FROM documents WHERE errors IS "
               "NULL AND warnings IS NULL") == "2");
  CHECK(Scalar(s.get(),
               "SELECT group_concat(COALESCE(cik, '-') || ' ' || "
               "company_cik || ' ' || company_key, ';') FROM "
               "(SELECT * FROM registrants ORDER BY document_id)") ==
        "- 1090633 cik:1090633;1090633 1090633 cik:1090633");
  CHECK(Scalar(s.get(), "SELECT ticker FROM registrants LIMIT 1") ==
        "NASDAQ:IIJI");
}

TEST_CASE("store writes every record with its provenance", "[store]") {
  TempDir dir;
  auto s = OpenStore(dir / "a.db");
  Extraction x = SyntheticExtraction(1, 6);
  Result<PutOutcome> r = s->Put(x, "v1");
  REQUIRE(r.ok());
  CHECK(r.value() == PutOutcome::kInserted);
  REQUIRE(s->Flush().ok());
  CHECK(Count(s.get(), "documents") == 1);
  CHECK(Count(s.get(), "fields") == 6);
  CHECK(Count(s.get(), "tickers") == 1);
  CHECK(Count(s.get(), "dividends") == 1);
  CHECK(Count(s.get(), "revenue_shares") == 1);
  CHECK(Count(s.get(), "facts") == 1);
  CHECK(Count(s.get(), "corrections") == 1);
  CHECK(Scalar(s.get(),
               "SELECT COUNT(*) FROM fields WHERE bbox_left IS NULL") == "3");
  CHECK(Scalar(s.get(), "SELECT bbox_bottom FROM fields WHERE name='name_1'") ==
        "4");
  CHECK(Scalar(s.get(), "SELECT check_failures FROM dividends") == "a\nb");
  CHECK(Scalar(s.get(), "SELECT pages FROM documents") == "2");
  CHECK(
      Scalar(s.get(), "SELECT from_text || '>' || to_text FROM corrections") ==
      "11J>IIJ");
}

TEST_CASE("store records header-vs-text mismatches", "[store]") {
  TempDir dir;
  auto s = OpenStore(dir / "a.db");
  Extraction x = SyntheticExtraction(2, 0);
  x.document.kind = "sgml";
  x.document.text =
      "<SEC-HEADER>\n</SEC-HEADER>\nFORM 8-K\nACME CORP\n"
      "Delaware   0-26938   98-1029639\n"
      "(State of incorporation)  (File No.)  (IRS No.)\n";
  auto add = [&](const char* name, const char* value, const char* rule) {
    Field f;
    f.name = name;
    f.value = value;
    f.span.rule = rule;
    x.fields.push_back(f);
  };
  add("irs_employer_id", "981029639", "sgml.irs_number");
  add("irs_employer_id", "98-1029639", "cover.irs");  // agrees
  add("commission_file_number", "000-26938", "sgml.file_number");
  add("commission_file_number", "0-26938", "cover.file_number");  // agrees
  add("state_of_incorporation", "DE", "sgml.state");
  add("state_of_incorporation", "Japan", "cover.state");  // disagrees
  add("cik", "1000180", "sgml.cik");  // nothing to compare with
  x.checks = RunChecks(x);            // as the pipeline does
  REQUIRE(s->Put(x, "v1").ok());
  REQUIRE(s->Flush().ok());
  CHECK(Count(s.get(), "mismatches") == 1);
  CHECK(Scalar(s.get(),
               "SELECT field || '|' || header_value || '|' || "
               "text_value || '|' || header_in_text FROM mismatches") ==
        "state_of_incorporation|DE|Japan|1");
}

TEST_CASE("store migrates an older schema", "[store]") {
  TempDir dir;
  {
    // A version 1 file as the first secx wrote it.
    Schema first;
    first.migrations = {StoreSchema().migrations[0]};
    StoreOptions o;
    o.schema = &first;
    auto old = Store::Open(dir / "a.db", o);
    REQUIRE(old.ok());
    REQUIRE(old.value()
                ->Query("INSERT INTO documents (id, path, sha256, "
                        "extractor_version, ingested_at) VALUES "
                        "(1, 'a.txt', 'aa', 'v1', 't');"
                        "INSERT INTO fields (document_id, name, value) VALUES "
                        "(1, 'a', '1'), (1, 'b', '2'), (1, 'c', '3');",
                        {})
                .ok());
  }
  StoreOptions ro;
  ro.read_only = true;
  auto old = Store::Open(dir / "a.db", ro);
  REQUIRE_FALSE(old.ok());  // a reader never migrates
  CHECK_THAT(old.error(), Catch::Contains("old"));
  auto s = OpenStore(dir / "a.db");
  CHECK(Scalar(s.get(), "PRAGMA user_version") ==
        std::to_string(StoreSchemaVersion()));
  CHECK(Scalar(s.get(),
               "SELECT COUNT(*) FROM pragma_table_info('mismatches') "
               "WHERE name = 'header_in_text'") == "1");
  CHECK(Scalar(s.get(),
               "SELECT COUNT(*) FROM pragma_table_info('mismatches') "
               "WHERE name = 'source'") == "1");
  CHECK(Count(s.get(), "fields") == 3);
  CHECK(Count(s.get(), "checks") == 0);
  // The migrated file takes new extractions.
  REQUIRE(s->Put(SyntheticExtraction(2, 2), "v1").ok());
  REQUIRE(s->Flush().ok());
  CHECK(Count(s.get(), "fields") == 5);
}

TEST_CASE("re-ingesting the same bytes and version is a no-op", "[store]") {
  TempDir dir;
  auto s = OpenStore(dir / "a.db");
  Extraction x = SyntheticExtraction(3, 4);
  REQUIRE(s->Put(x, "v1").value() == PutOutcome::kInserted);
  REQUIRE(s->Flush().ok());
  std::string before =
      Scalar(s.get(), "SELECT id || ingested_at FROM documents");
  CHECK(s->IsCurrent(x.sha256, "v1").value());
  x.source = "elsewhere/copy.txt";  // same bytes under another name
  CHECK(s->Put(x, "v1").value() == PutOutcome::kSkipped);
  REQUIRE(s->Flush().ok());
  CHECK(Count(s.get(), "documents") == 1);
  CHECK(Count(s.get(), "fields") == 4);
  CHECK(Scalar(s.get(), "SELECT id || ingested_at FROM documents") == before);
}

TEST_CASE("a new extractor version replaces the document's rows", "[store]") {
  TempDir dir;
  auto s = OpenStore(dir / "a.db");
  REQUIRE(s->Put(SyntheticExtraction(4, 8), "v1").ok());
  REQUIRE(s->Put(SyntheticExtraction(5, 2), "v1").ok());
  REQUIRE(s->Flush().ok());
  std::string id =
      Scalar(s.get(), "SELECT id FROM documents WHERE path='doc-4.txt'");
  CHECK_FALSE(s->IsCurrent(SyntheticExtraction(4, 0).sha256, "v2").value());
  Extraction x = SyntheticExtraction(4, 3);  // same bytes, new rules
  x.fields[0].value = "new";
  REQUIRE(s->Put(x, "v2").value() == PutOutcome::kReplaced);
  REQUIRE(s->Flush().ok());
  CHECK(Count(s.get(), "documents") == 2);
  CHECK(Count(s.get(), "fields") == 3 + 2);
  CHECK(Count(s.get(), "tickers") == 2);
  CHECK(Scalar(s.get(),
               "SELECT extractor_version || id FROM documents WHERE "
               "path='doc-4.txt'") == "v2" + id);
  CHECK(Scalar(s.get(), "SELECT COUNT(*) FROM fields WHERE value='new'") ==
        "1");
}

TEST_CASE("a failed extraction never replaces clean rows", "[store]") {
  TempDir dir;
  auto s = OpenStore(dir / "a.db");
  REQUIRE(s->Put(SyntheticExtraction(6, 5), "v1").ok());
  Extraction bad = SyntheticExtraction(6, 1);
  bad.errors.push_back("doc-6.txt: OCR failed");
  CHECK(s->Put(bad, "v2").value() == PutOutcome::kKept);
  REQUIRE(s->Flush().ok());
  CHECK(Count(s.get(), "fields") == 5);

  // A document stored with errors is retried on the next ingest.
  Extraction other = SyntheticExtraction(7, 1);
  other.errors.push_back("doc-7.txt: OCR failed");
  CHECK(s->Put(other, "v1").value() == PutOutcome::kInserted);
  CHECK_FALSE(s->IsCurrent(other.sha256, "v1").value());
  other.errors.clear();
  CHECK(s->Put(other, "v1").value() == PutOutcome::kReplaced);
  CHECK(s->IsCurrent(other.sha256, "v1").value());

  Extraction unread;
  unread.source = "missing.txt";
  unread.errors.push_back("missing.txt: No such file or directory");
  CHECK(s->Put(unread, "v1").value() == PutOutcome::kNotStored);
}

TEST_CASE("a read-only store refuses every write", "[store]") {
  TempDir dir;
  {
    auto s = OpenStore(dir / "a.db");
    REQUIRE(s->Put(SyntheticExtraction(8, 2), "v1").ok());
  }
  auto ro = OpenStore(dir / "a.db", /*read_only=*/true);
  for (const char* sql :
       {"DELETE FROM fields", "INSERT INTO documents(path) VALUES('x')",
        "DROP TABLE fields", "PRAGMA query_only = 0; DELETE FROM fields",
        "CREATE TABLE evil(x)"}) {
    INFO(sql);
    Status st = ro->Query(sql, {});
    CHECK_FALSE(st.ok());
  }
  CHECK_FALSE(ro->Put(SyntheticExtraction(9, 1), "v1").ok());
  CHECK(Count(ro.get(), "fields") == 2);
}

TEST_CASE("store reports bad SQL and bad files clearly", "[store]") {
  TempDir dir;
  auto s = OpenStore(dir / "a.db");
  Status st = s->Query("SELEC * FROM fields", {});
  CHECK_FALSE(st.ok());
  CHECK_THAT(st.error(), Catch::Contains("syntax error"));
  st = s->Query("SELECT * FROM no_such_table", {});
  CHECK_THAT(st.error(), Catch::Contains("no such table"));

  StoreOptions ro;
  ro.read_only = true;
  auto missing = Store::Open(dir / "missing.db", ro);
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.error(), Catch::Contains("no such database"));

  testing::WriteFile(dir / "junk.db", std::string(4096, 'x'));
  auto junk = Store::Open(dir / "junk.db", StoreOptions());
  REQUIRE_FALSE(junk.ok());
  CHECK_THAT(junk.error(), Catch::Contains("junk.db"));

  auto is_dir = Store::Open(dir.path(), StoreOptions());
  CHECK_FALSE(is_dir.ok());

  REQUIRE(s->Query("PRAGMA user_version = 99", {}).ok());
  s.reset();
  auto newer = Store::Open(dir / "a.db", StoreOptions());
  REQUIRE_FALSE(newer.ok());
  CHECK_THAT(newer.error(), Catch::Contains("newer"));
}

// Fields a synthetic document gets in the kill test.
int FieldsOf(int doc) { return 1 + doc % 37; }

TEST_CASE("a killed ingest leaves only whole documents", "[store][kill]") {
  TempDir dir;
  const std::string db = dir / "kill.db";
  { auto create = OpenStore(db); }
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // Writes forever, committing small batches, until killed.
    StoreOptions o;
    o.batch_documents = 7;
    o.batch_seconds = 0.005;
    auto opened = Store::Open(db, o);
    if (!opened.ok()) _exit(3);
    for (int doc = 0;; ++doc) {
      if (!opened.value()
               ->Put(SyntheticExtraction(doc, FieldsOf(doc)), "v1")
               .ok()) {
        _exit(4);
      }
    }
  }
  // Kill it once some batches are committed and more are under way.
  int64_t committed = 0;
  for (int i = 0; i < 500 && committed < 60; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    auto ro = OpenStore(db, true);
    committed = Count(ro.get(), "documents");
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(committed >= 60);

  auto s = OpenStore(db);
  CHECK(Scalar(s.get(), "PRAGMA integrity_check") == "ok");
  int64_t docs = Count(s.get(), "documents");
  CHECK(docs >= committed);
  // Every stored document has all of its rows.
  std::vector<std::pair<std::string, std::string>> counts;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& row) {
    counts.emplace_back(row[0].text, row[1].text);
  };
  REQUIRE(
      s->Query("SELECT d.path, (SELECT COUNT(*) FROM fields f WHERE "
               "f.document_id = d.id) + 100 * (SELECT COUNT(*) FROM tickers "
               "t WHERE t.document_id = d.id) FROM documents d",
               cb)
          .ok());
  REQUIRE(static_cast<int64_t>(counts.size()) == docs);
  for (const auto& [path, n] : counts) {
    int doc = std::stoi(path.substr(4));
    INFO(path);
    CHECK(std::stoi(n) == FieldsOf(doc) + 100);
  }
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

TEST_CASE("a failed write rolls back the open batch, not committed data",
          "[store]") {
  TempDir dir;
  const std::string db = dir / "full.db";
  StoreOptions o;
  o.batch_documents = 5;
  o.batch_seconds = 1000;
  {
    auto s = Store::Open(db, o);
    REQUIRE(s.ok());
    // A tiny size limit makes SQLite report "database or disk is full".
    REQUIRE(s.value()->Query("PRAGMA max_page_count = 60", {}).ok());
    Status failure;
    for (int doc = 0; doc < 1000 && failure.ok(); ++doc) {
      Result<PutOutcome> r = s.value()->Put(SyntheticExtraction(doc, 40), "v1");
      if (!r.ok()) failure = r.status();
    }
    REQUIRE_FALSE(failure.ok());
    CHECK_THAT(failure.error(), Catch::Contains("full"));
    CHECK_THAT(failure.error(), Catch::Contains("rolled back"));
  }
  auto s = Store::Open(db, StoreOptions());
  REQUIRE(s.ok());
  int64_t docs = s.value()->Count("documents").value();
  CHECK(docs > 0);
  CHECK(docs % 5 == 0);  // whole batches only
  CHECK(s.value()->Count("fields").value() == docs * 40);
}

}  // namespace
}  // namespace secx
