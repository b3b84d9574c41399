#include "analyze/store_tables.h"

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace secx {
namespace {

std::string Text(sqlite3_stmt* s, int col) {
  const unsigned char* p = sqlite3_column_text(s, col);
  return p ? reinterpret_cast<const char*>(p) : "";
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

Status ReadColumns(sqlite3* db, const std::string& schema, TableInfo* t) {
  Statement info;
  if (Status st = info.Prepare(db, "PRAGMA " + QuoteId(schema) +
                                       ".table_info(" + QuoteId(t->name) + ")");
      !st.ok()) {
    return st;
  }
  int pk_columns = 0;
  std::string pk, pk_type;
  while (sqlite3_step(info.get()) == SQLITE_ROW) {
    t->columns.push_back(Text(info.get(), 1));
    if (sqlite3_column_int(info.get(), 5) > 0) {
      ++pk_columns;
      pk = Text(info.get(), 1);
      pk_type = Upper(Text(info.get(), 2));
    }
  }
  // Only a lone INTEGER PRIMARY KEY is an alias of the rowid.
  if (pk_columns == 1 && pk_type == "INTEGER") t->rowid_column = pk;
  Statement fks;
  if (Status st =
          fks.Prepare(db, "PRAGMA " + QuoteId(schema) + ".foreign_key_list(" +
                              QuoteId(t->name) + ")");
      !st.ok()) {
    return st;
  }
  while (sqlite3_step(fks.get()) == SQLITE_ROW) {
    t->foreign_keys.push_back(
        {Text(fks.get(), 3), Text(fks.get(), 2), Text(fks.get(), 4)});
  }
  bool declared = false;
  for (const ForeignKey& fk : t->foreign_keys) {
    declared = declared || fk.column == "document_id";
  }
  if (!declared && t->name != "documents" &&
      std::find(t->columns.begin(), t->columns.end(), "document_id") !=
          t->columns.end()) {
    t->foreign_keys.push_back({"document_id", "documents", "id"});
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string> TableInfo::DataColumns() const {
  std::vector<std::string> out;
  for (const std::string& c : columns) {
    if (c != rowid_column) out.push_back(c);
  }
  return out;
}

std::string QuoteId(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Status Statement::Prepare(sqlite3* db, const std::string& sql) {
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
    return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db));
  }
  return Status::Ok();
}

Status ExecSql(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return Status::StoreFailed("sqlite: " + msg);
  }
  return Status::Ok();
}

Result<std::vector<TableInfo>> ReadTables(sqlite3* db,
                                          const std::string& schema) {
  Statement list;
  if (Status st = list.Prepare(
          db, "SELECT name, sql FROM " + QuoteId(schema) +
                  ".sqlite_master WHERE type = 'table' AND name NOT LIKE "
                  "'sqlite\\_%' ESCAPE '\\' ORDER BY name");
      !st.ok()) {
    return st;
  }
  std::vector<std::string> names, virtuals;
  while (sqlite3_step(list.get()) == SQLITE_ROW) {
    std::string name = Text(list.get(), 0);
    if (Upper(Text(list.get(), 1)).rfind("CREATE VIRTUAL", 0) == 0) {
      virtuals.push_back(name);
    } else {
      names.push_back(name);
    }
  }
  std::map<std::string, TableInfo> tables;
  for (const std::string& name : names) {
    bool shadow = false;
    for (const std::string& v : virtuals) {
      shadow = shadow || name.rfind(v + "_", 0) == 0;
    }
    if (shadow) continue;
    TableInfo t;
    t.name = name;
    if (Status st = ReadColumns(db, schema, &t); !st.ok()) return st;
    tables.emplace(name, std::move(t));
  }
  for (auto& [name, t] : tables) {
    for (ForeignKey& fk : t.foreign_keys) {
      auto parent = tables.find(fk.parent);
      if (parent == tables.end()) continue;
      if (fk.parent_column.empty()) {
        fk.parent_column = parent->second.rowid_column;
      }
      if (fk.parent != name) parent->second.referenced = true;
    }
  }
  // Parents first (depth-first over foreign keys; cycles are cut).
  std::vector<TableInfo> ordered;
  std::set<std::string> done, visiting;
  std::function<void(const std::string&)> visit = [&](const std::string& n) {
    if (done.count(n) || visiting.count(n) || !tables.count(n)) return;
    visiting.insert(n);
    for (const ForeignKey& fk : tables.at(n).foreign_keys) visit(fk.parent);
    visiting.erase(n);
    done.insert(n);
    ordered.push_back(tables.at(n));
  };
  for (const auto& entry : tables) visit(entry.first);
  return ordered;
}

}  // namespace secx
