// The schema machinery: tables from record descriptions, numbered
// migrations, and the promise of analyze/store_schema.h that a migrated
// file and a new one have the same tables.
#include <catch2/catch.hpp>

#include "analyze/store.h"
#include "analyze/store_schema.h"
#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::TempDir;

std::unique_ptr<Store> Open(const std::string& path, const Schema* schema) {
  StoreOptions o;
  o.schema = schema;
  Result<std::unique_ptr<Store>> s = Store::Open(path, o);
  INFO(s.error());
  REQUIRE(s.ok());
  return std::move(s).value();
}

// Every row of `sql`, cells joined by '|', rows by '\n'.
std::string Rows(Store* s, const std::string& sql) {
  std::string out;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& row) {
    for (size_t i = 0; i < row.size(); ++i) {
      out += (i ? "|" : "") +
             (row[i].type == Cell::kNull ? std::string("NULL") : row[i].text);
    }
    out += '\n';
  };
  Status st = s->Query(sql, cb);
  INFO(st.error());
  REQUIRE(st.ok());
  return out;
}

// Tables with their columns (name, type, NOT NULL, key), then indexes and
// views: what a migrated file and a new one must share.
std::string Shape(Store* s) {
  return Rows(s,
              "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk "
              "FROM sqlite_master m, pragma_table_info(m.name) p "
              "WHERE m.type = 'table' ORDER BY m.name, p.name") +
         Rows(s,
              "SELECT type, name, tbl_name FROM sqlite_master "
              "WHERE type IN ('index', 'view') AND name NOT LIKE 'sqlite_%' "
              "ORDER BY type, name");
}

// A record type that exists only here, to show what adding a column takes.
struct Sale {
  std::string item;
  std::string amount;
  std::string region;  // added in version 2
};

RecordType<Sale> SalesV1() {
  return {"sales",
          "sale",
          {{"item", SqlType::kText,
            [](const Sale& s) { return Value::TextAlways(s.item); },
            Json::kAlways, nullptr, "NOT NULL"},
           {"amount", SqlType::kReal,
            [](const Sale& s) { return Value::Decimal(s.amount); }}}};
}

const char kSalesV1[] =
    "CREATE TABLE sales (\n"
    "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE "
    "CASCADE,\n"
    "  item TEXT NOT NULL, amount REAL);\n";

// Version 2: the one description change ...
RecordType<Sale> SalesV2() {
  RecordType<Sale> t = SalesV1();
  t.columns.push_back({"region", SqlType::kText,
                       [](const Sale& s) { return Value::Text(s.region); }});
  return t;
}
// ... and the one migration.
const char kSalesV2[] = "ALTER TABLE sales ADD COLUMN region TEXT;\n";

TEST_CASE("a column is one description change plus one migration",
          "[store][schema]") {
  Schema v1;
  v1.tables = {TableOf(SalesV1())};
  v1.migrations = {kSalesV1};
  Schema v2;
  v2.tables = {TableOf(SalesV2())};
  v2.migrations = {kSalesV1, kSalesV2};
  CHECK(v2.version() == 2);

  TempDir dir;
  {
    auto s = Open(dir / "old.db", &v1);
    REQUIRE(s->PutRecord(SalesV1(), 1, Sale{"tea", "1.50", "north"}).ok());
    REQUIRE(s->Flush().ok());
    CHECK(Rows(s.get(), "PRAGMA user_version") == "1\n");
  }
  auto migrated = Open(dir / "old.db", &v2);
  CHECK(Rows(migrated.get(), "PRAGMA user_version") == "2\n");
  REQUIRE(
      migrated->PutRecord(SalesV2(), 2, Sale{"milk", "0.80", "south"}).ok());
  REQUIRE(migrated->Flush().ok());
  CHECK(Rows(migrated.get(),
             "SELECT document_id, item, typeof(amount), amount, region "
             "FROM sales ORDER BY document_id") ==
        "1|tea|real|1.5|NULL\n2|milk|real|0.8|south\n");

  // A new file made from the description has the migrated file's shape.
  auto fresh = Open(dir / "new.db", &v2);
  CHECK(Rows(fresh.get(), "PRAGMA user_version") == "2\n");
  CHECK(Shape(fresh.get()) == Shape(migrated.get()));
  CHECK(Shape(fresh.get()).find("sales|region|TEXT|0|0") != std::string::npos);
}

TEST_CASE("a description change without its migration is caught",
          "[store][schema]") {
  Schema v1;
  v1.tables = {TableOf(SalesV1())};
  v1.migrations = {kSalesV1};
  Schema forgot;  // the column described, the migration forgotten
  forgot.tables = {TableOf(SalesV2())};
  forgot.migrations = {kSalesV1};
  TempDir dir;
  Open(dir / "old.db", &v1).reset();
  // The old file does not open: the INSERT the description asks for names
  // a column the file lacks.
  StoreOptions o;
  o.schema = &forgot;
  Result<std::unique_ptr<Store>> migrated = Store::Open(dir / "old.db", o);
  REQUIRE_FALSE(migrated.ok());
  CHECK_THAT(migrated.error(), Catch::Contains("no column named region"));
  // And a migration without its description change gives a file whose
  // shape differs from a new one's.
  Schema stale;
  stale.tables = {TableOf(SalesV1())};
  stale.migrations = {kSalesV1, kSalesV2};
  auto migrated_stale = Open(dir / "old.db", &stale);
  auto fresh = Open(dir / "new.db", &stale);
  CHECK(Shape(fresh.get()) != Shape(migrated_stale.get()));
}

TEST_CASE("the store's migrated schema equals a new store's",
          "[store][schema]") {
  // A version 1 file as the first secx wrote it: the first migration only.
  Schema first;
  first.migrations = {StoreSchema().migrations[0]};
  TempDir dir;
  Open(dir / "v1.db", &first).reset();
  auto migrated = Open(dir / "v1.db", nullptr);
  auto fresh = Open(dir / "new.db", nullptr);
  CHECK(Rows(migrated.get(), "PRAGMA user_version") ==
        std::to_string(StoreSchemaVersion()) + "\n");
  CHECK(Shape(fresh.get()) == Shape(migrated.get()));
}

TEST_CASE("version 6 turns numbers into numbers and '' into NULL",
          "[store][schema]") {
  Schema v5;
  const auto& all = StoreSchema().migrations;
  v5.migrations.assign(all.begin(), all.begin() + 5);
  TempDir dir;
  {
    auto s = Open(dir / "v5.db", &v5);
    REQUIRE(
        s->Query("INSERT INTO documents (id, path, sha256, kind, form, pages, "
                 "extractor_version, ingested_at, ocr_engine, "
                 "ocr_mean_confidence) VALUES (1, 'a.txt', 'aa', 'text', '', "
                 "1, 'v', 't', 'tesseract', 91.5);"
                 "INSERT INTO documents (id, path, sha256, extractor_version, "
                 "ingested_at) VALUES (2, 'b.txt', 'bb', 'v', 't');"
                 "INSERT INTO fields (document_id, name, value, raw, rule) "
                 "VALUES (1, 'registrant_name', 'Asta Funding, Inc.', '', "
                 "'cover.name'), (1, 'cik', '0001001258', '', 'sgml.cik'),"
                 "(2, 'registrant_name', 'ASTA FUNDING INC', '', 'c');"
                 "INSERT INTO dividends (document_id, kind, per_share, "
                 "currency, total_amount, record_date) VALUES "
                 "(2, 'quarterly', '0.04', 'USD', '', '2005-07-19'),"
                 "(2, 'special', 'n/a', 'USD', '100', '');"
                 "INSERT INTO revenue_shares (document_id, percent) VALUES "
                 "(1, '2.33');"
                 "INSERT INTO checks (path, sha256, checked_at, kind, subject,"
                 " outcome) VALUES ('a.txt', 'aa', 't', 'header_agreement', "
                 "'zip_code', 'agree'), ('gone.txt', 'gg', 't', "
                 "'header_agreement', 'zip_code', 'agree');",
                 {})
            .ok());
  }
  auto s = Open(dir / "v5.db", nullptr);
  CHECK(Rows(s.get(),
             "SELECT typeof(per_share), per_share, per_share_text, "
             "typeof(total_amount), total_amount_text, record_date "
             "FROM dividends ORDER BY rowid") ==
        "real|0.04|0.04|null|NULL|2005-07-19\n"
        "null|NULL|n/a|real|100|NULL\n");
  CHECK(Rows(s.get(),
             "SELECT typeof(percent), percent_text FROM "
             "revenue_shares") == "real|2.33\n");
  CHECK(Rows(s.get(),
             "SELECT form, ocr_mean_confidence, errors FROM "
             "documents WHERE id = 1") == "NULL|0.915|NULL\n");
  CHECK(Rows(s.get(), "SELECT raw FROM fields LIMIT 1") == "NULL\n");
  // The registrants view became a table with the same rows; the second
  // filing borrows the first one's CIK through the name key.
  CHECK(Rows(s.get(),
             "SELECT document_id, cik, name_key, company_cik, company_key "
             "FROM registrants ORDER BY document_id") ==
        "1|1001258|ASTA FUNDING|1001258|cik:1001258\n"
        "2|NULL|ASTA FUNDING|1001258|cik:1001258\n");
  CHECK(Rows(s.get(),
             "SELECT company_cik, per_share FROM dividend_history "
             "ORDER BY period_date") == "1001258|NULL\n1001258|0.04\n");
  // Checks of stored files moved to their document; others were dropped.
  CHECK(Rows(s.get(), "SELECT document_id, subject FROM checks") ==
        "1|zip_code\n");
}

}  // namespace
}  // namespace secx
