// The store's tables as SQLite describes them (internal to merge.cc and
// store_digest.cc): names, columns, the rowid column and foreign keys,
// read from the schema itself so that code walking every table (merge,
// compare) follows schema changes without being edited.
//
// A column named `document_id` references documents(id) even when the
// schema does not declare it. Virtual tables and their shadow tables are
// left out. Thread-safety: as the sqlite3 connection passed in.
#ifndef SECX_ANALYZE_STORE_TABLES_H_
#define SECX_ANALYZE_STORE_TABLES_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace secx {

struct ForeignKey {
  std::string column;
  std::string parent;         // referenced table
  std::string parent_column;  // its rowid column when the schema names none
};

struct TableInfo {
  std::string name;
  std::vector<std::string> columns;  // in schema order
  std::string rowid_column;          // the INTEGER PRIMARY KEY, or ""
  std::vector<ForeignKey> foreign_keys;
  bool referenced = false;  // some table's foreign key points here

  // The columns other than the rowid column.
  std::vector<std::string> DataColumns() const;
};

// The tables of `schema` ("main" or an attached name), parents before the
// tables that reference them, otherwise by name.
Result<std::vector<TableInfo>> ReadTables(sqlite3* db,
                                          const std::string& schema);

// "name" with embedded quotes doubled.
std::string QuoteId(const std::string& name);

// A prepared statement, finalized on destruction.
class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Status Prepare(sqlite3* db, const std::string& sql);
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Runs statements without results; errors are "sqlite: cause".
Status ExecSql(sqlite3* db, const std::string& sql);

}  // namespace secx

#endif  // SECX_ANALYZE_STORE_TABLES_H_
