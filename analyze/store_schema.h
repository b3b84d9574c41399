// The store's schema: tables generated from the record descriptions
// (extract/records.h), numbered migrations, and views.
//
// Schema version policy
//  - The version of a store file is PRAGMA user_version. The version this
//    secx writes is the number of migrations (Schema::version()); nothing
//    else sets it.
//  - Migration i (0-based) takes a file from version i to i + 1. A
//    migration is SQL written out in full and never edited once committed:
//    every file an earlier secx wrote can be brought forward, step by step,
//    each step in its own transaction with its version bump.
//  - A new file is created straight from the descriptions at the latest
//    version. tests/analyze/schema_test.cc checks that migrating a version
//    1 file gives the same tables and columns (names, types, NOT NULL) as
//    creating a new one, so a description change without its migration
//    (or the reverse) fails the build's tests.
//  - Changing a record: change its description in extract/records.h and
//    append one migration (ALTER TABLE ... ADD COLUMN, or a table rebuilt
//    when a type changes). Nothing else: inserts, JSON and eval follow
//    the description.
//  - Views hold no data; they are not versioned: whenever a file's version
//    changes (created or migrated) they are dropped and created again from
//    their current definition (Schema::views).
//  - A file newer than this secx is refused; a read-only open of an older
//    file is refused (a reader never migrates).
// Constant data; thread-safe.
#ifndef SECX_ANALYZE_STORE_SCHEMA_H_
#define SECX_ANALYZE_STORE_SCHEMA_H_

#include <string>
#include <vector>

#include "extract/records.h"

namespace secx {

struct ColumnSpec {
  std::string name;
  SqlType type;
  std::string constraint;  // "NOT NULL", ... or ""
};

// One table as the description of its record type gives it.
struct TableSpec {
  std::string name;
  bool per_document = true;          // a document_id column first
  std::vector<ColumnSpec> columns;   // without id / document_id
  std::vector<std::string> indexes;  // comma-separated column lists
};

template <typename T>
TableSpec TableOf(const RecordType<T>& type) {
  TableSpec t;
  t.name = type.table;
  t.per_document = type.per_document;
  for (const Column<T>& c : type.columns) {
    t.columns.push_back({c.name, c.type, c.constraint});
  }
  if (type.span) {
    for (const SpanColumn& c : SpanColumns()) {
      t.columns.push_back({c.name, c.type, ""});
    }
  }
  for (const char* index : type.indexes) t.indexes.push_back(index);
  return t;
}

struct Schema {
  std::vector<TableSpec> tables;
  std::vector<std::string> migrations;  // element i: version i -> i + 1
  // CREATE VIRTUAL TABLE statements of a new file (full-text indexes),
  // after the tables; a migration creates them in older files.
  std::string virtual_tables;
  std::string views;                    // DROP VIEW IF EXISTS + CREATE VIEW
  int version() const { return static_cast<int>(migrations.size()); }
};

// CREATE TABLE and CREATE INDEX statements of a table. Indexes are named
// <table>_<columns joined by '_'>.
std::string CreateTableSql(const TableSpec& table);
// INSERT with one placeholder per column (document_id first).
std::string InsertSql(const TableSpec& table);
// The whole schema of a new file: every table, then the views.
std::string CreateSchemaSql(const Schema& schema);

// The store's schema: documents, fields, tickers, dividends,
// revenue_shares, facts, corrections, checks, mismatches, registrants,
// document_texts, pages, reviews and the text_index.
const Schema& StoreSchema();

}  // namespace secx

#endif  // SECX_ANALYZE_STORE_SCHEMA_H_
