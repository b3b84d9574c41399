#include "analyze/merge.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <climits>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>

#include "analyze/store.h"
#include "analyze/store_tables.h"
#include "analyze/text_index.h"
#include "extract/pipeline.h"

namespace secx {
namespace {

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, CloseDb>;

std::string Text(sqlite3_stmt* s, int col) {
  const unsigned char* p = sqlite3_column_text(s, col);
  return p ? reinterpret_cast<const char*>(p) : "";
}

Result<int> UserVersion(sqlite3* db, const std::string& schema) {
  Statement s;
  if (Status st = s.Prepare(db, "PRAGMA " + QuoteId(schema) + ".user_version");
      !st.ok()) {
    return st;
  }
  if (sqlite3_step(s.get()) != SQLITE_ROW) {
    return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db));
  }
  return sqlite3_column_int(s.get(), 0);
}

// A read-only URI for ATTACH: '?', '#' and '%' in the path are escaped.
std::string ReadOnlyUri(const std::string& path) {
  std::string out = "file:";
  for (char c : path) {
    if (c == '?' || c == '#' || c == '%') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "?mode=ro";
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep,
                 const std::string& prefix = "") {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += prefix + QuoteId(parts[i]);
  }
  return out;
}

std::string MapTable(const std::string& table) {
  return "temp." + QuoteId("merge_map_" + table);
}

int IndexOf(const std::vector<std::string>& v, const std::string& name) {
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == name) return static_cast<int>(i);
  }
  return -1;
}

// Merges one attached shard ("shard") into main, inside the caller's
// transaction.
class ShardMerger {
 public:
  ShardMerger(sqlite3* db, const std::vector<TableInfo>& tables,
              std::string version)
      : db_(db), tables_(tables), version_(std::move(version)) {
    for (const TableInfo& t : tables_) by_name_[t.name] = &t;
  }

  Status Run(MergeCounts* counts) {
    for (const TableInfo& t : tables_) {
      if (!Mapped(t)) continue;
      if (Status st = ExecSql(db_, "CREATE TEMP TABLE IF NOT EXISTS " +
                                       MapTable(t.name) +
                                       " (old INTEGER PRIMARY KEY, "
                                       "new INTEGER NOT NULL);"
                                       "DELETE FROM " +
                                       MapTable(t.name) + ";");
          !st.ok()) {
        return st;
      }
    }
    for (const TableInfo& t : tables_) {
      Status st;
      if (t.name == "documents") {
        st = MergeDocuments(t, counts);
      } else if (Mapped(t)) {
        st = MergeRowByRow(t, counts);
      } else {
        st = MergeSetBased(t, counts);
      }
      if (!st.ok()) return st.Prefixed("table " + t.name + ": ");
    }
    return Status::Ok();
  }

 private:
  // Tables whose ids other tables hold: their rows get new ids, recorded
  // in a map table.
  static bool Mapped(const TableInfo& t) {
    return t.referenced && !t.rowid_column.empty();
  }

  // The foreign keys whose values must be translated through a map.
  std::vector<const ForeignKey*> MappedKeys(const TableInfo& t) const {
    std::vector<const ForeignKey*> out;
    for (const ForeignKey& fk : t.foreign_keys) {
      auto parent = by_name_.find(fk.parent);
      if (parent == by_name_.end() || fk.parent == t.name) continue;
      if (Mapped(*parent->second) &&
          fk.parent_column == parent->second->rowid_column) {
        out.push_back(&fk);
      }
    }
    return out;
  }

  Status Prepare(Statement* s, const std::string& sql) {
    return s->Prepare(db_, sql);
  }

  Status Step(Statement* s) {
    int rc = sqlite3_step(s->get());
    sqlite3_reset(s->get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
      return Status::StoreFailed(std::string("sqlite: ") + sqlite3_errmsg(db_));
    }
    return Status::Ok();
  }

  // Steps `select` through the shard's rows, the row's id in column
  // `id_column`. `copy(&new_id)` takes the current row into the output and
  // sets new_id to the output's id for it, which `map` then records; a row
  // left without one (not copied, or kept as the output has it) gets no
  // map entry, so that the rows pointing to it are not copied either.
  template <typename Copy>
  Status CopyRows(Statement* select, int id_column, Statement* map,
                  Copy copy) {
    int rc;
    while ((rc = sqlite3_step(select->get())) == SQLITE_ROW) {
      const int64_t old_id = sqlite3_column_int64(select->get(), id_column);
      std::optional<int64_t> new_id;
      if (Status s = copy(&new_id); !s.ok()) return s;
      if (!new_id) continue;
      sqlite3_bind_int64(map->get(), 1, old_id);
      sqlite3_bind_int64(map->get(), 2, *new_id);
      if (Status s = Step(map); !s.ok()) return s;
    }
    if (rc != SQLITE_DONE) {
      return Status::Error(std::string("reading the shard: sqlite: ") +
                           sqlite3_errmsg(db_));
    }
    return Status::Ok();
  }

  Status MergeDocuments(const TableInfo& t, MergeCounts* counts) {
    const std::vector<std::string>& cols = t.columns;
    const int id = IndexOf(cols, t.rowid_column), sha = IndexOf(cols, "sha256"),
              version = IndexOf(cols, "extractor_version"),
              errors = IndexOf(cols, "errors"), path = IndexOf(cols, "path");
    if (id < 0 || sha < 0 || version < 0 || errors < 0 || path < 0) {
      return Status::Error(
          "needs columns id, sha256, extractor_version, errors and path");
    }
    const std::vector<std::string> data = t.DataColumns();
    Statement select, find, insert, update, set_path, map;
    std::vector<std::unique_ptr<Statement>> drop_children;
    std::string placeholders, assignments;
    for (size_t i = 0; i < data.size(); ++i) {
      placeholders += i ? ",?" : "?";
      assignments += (i ? "," : "") + QuoteId(data[i]) + "=?";
    }
    const std::string main_t = "main." + QuoteId(t.name);
    Status st = Prepare(&select, "SELECT " + Join(cols, ",") + " FROM shard." +
                                     QuoteId(t.name) + " ORDER BY " +
                                     QuoteId(t.rowid_column));
    if (st.ok()) {
      st = Prepare(&find, "SELECT " + QuoteId(t.rowid_column) +
                              ", extractor_version, errors, path FROM " +
                              main_t + " WHERE sha256 = ?");
    }
    if (st.ok()) {
      st = Prepare(&insert, "INSERT INTO " + main_t + " (" + Join(data, ",") +
                                ") VALUES (" + placeholders + ")");
    }
    if (st.ok()) {
      st = Prepare(&update, "UPDATE " + main_t + " SET " + assignments +
                                " WHERE " + QuoteId(t.rowid_column) + " = ?");
    }
    if (st.ok()) {
      st = Prepare(&set_path, "UPDATE " + main_t + " SET path = ? WHERE " +
                                  QuoteId(t.rowid_column) + " = ?");
    }
    if (st.ok()) {
      st = Prepare(&map, "INSERT INTO " + MapTable(t.name) + " VALUES (?, ?)");
    }
    // A replaced document's rows elsewhere go before the shard's come in.
    for (const TableInfo& child : tables_) {
      for (const ForeignKey* fk : MappedKeys(child)) {
        if (fk->parent != t.name || !st.ok()) continue;
        auto del = std::make_unique<Statement>();
        st = Prepare(del.get(), "DELETE FROM main." + QuoteId(child.name) +
                                    " WHERE " + QuoteId(fk->column) + " = ?");
        drop_children.push_back(std::move(del));
      }
    }
    if (!st.ok()) return st;

    // Columns of documents that point into other merged tables (none
    // today; e.g. a registrant id) take the output's ids.
    std::vector<std::unique_ptr<Statement>> lookups(cols.size());
    for (const ForeignKey* fk : MappedKeys(t)) {
      const int c = IndexOf(cols, fk->column);
      if (c < 0 || !st.ok()) continue;
      lookups[c] = std::make_unique<Statement>();
      st = Prepare(lookups[c].get(), "SELECT new FROM " + MapTable(fk->parent) +
                                         " WHERE old = ?");
    }
    if (!st.ok()) return st;
    auto bind_data = [&](Statement* s) {
      int slot = 1;
      for (size_t c = 0; c < cols.size(); ++c) {
        if (static_cast<int>(c) == id) continue;
        sqlite3_value* v = sqlite3_column_value(select.get(), c);
        if (lookups[c] && sqlite3_value_type(v) != SQLITE_NULL) {
          Statement* lookup = lookups[c].get();
          sqlite3_bind_value(lookup->get(), 1, v);
          if (sqlite3_step(lookup->get()) == SQLITE_ROW) {
            sqlite3_bind_int64(s->get(), slot++,
                               sqlite3_column_int64(lookup->get(), 0));
          } else {
            sqlite3_bind_null(s->get(), slot++);  // its row was not merged
          }
          sqlite3_reset(lookup->get());
          continue;
        }
        sqlite3_bind_value(s->get(), slot++, v);
      }
      return slot;
    };
    return CopyRows(&select, id, &map, [&](std::optional<int64_t>* new_id) {
      ++counts->documents;
      const std::string shard_version = Text(select.get(), version);
      const bool shard_clean = Text(select.get(), errors).empty();
      const std::string shard_path = Text(select.get(), path);
      sqlite3_bind_value(find.get(), 1,
                         sqlite3_column_value(select.get(), sha));
      int64_t main_id = 0;
      std::string main_version, main_path;
      bool main_clean = true, found = false;
      if (sqlite3_step(find.get()) == SQLITE_ROW) {
        found = true;
        main_id = sqlite3_column_int64(find.get(), 0);
        main_version = Text(find.get(), 1);
        main_clean = Text(find.get(), 2).empty();
        main_path = Text(find.get(), 3);
      }
      sqlite3_reset(find.get());
      if (!found) {
        bind_data(&insert);
        if (Status s = Step(&insert); !s.ok()) return s;
        *new_id = sqlite3_last_insert_rowid(db_);
        ++counts->added;
      } else if (Replaces(shard_version, shard_clean, main_version,
                          main_clean)) {
        for (auto& del : drop_children) {
          sqlite3_bind_int64(del->get(), 1, main_id);
          if (Status s = Step(del.get()); !s.ok()) return s;
        }
        const int slot = bind_data(&update);
        sqlite3_bind_int64(update.get(), slot, main_id);
        if (Status s = Step(&update); !s.ok()) return s;
        *new_id = main_id;
        ++counts->replaced;
      } else {
        ++counts->kept;
        if (shard_version == main_version && shard_clean == main_clean &&
            shard_path < main_path) {
          sqlite3_bind_text(set_path.get(), 1, shard_path.c_str(), -1,
                            SQLITE_TRANSIENT);
          sqlite3_bind_int64(set_path.get(), 2, main_id);
          if (Status s = Step(&set_path); !s.ok()) return s;
        }
        // No id: the output's rows stand; the shard's are not copied.
      }
      return Status::Ok();
    });
  }

  // Whether the shard's copy of a document replaces the output's.
  bool Replaces(const std::string& shard_version, bool shard_clean,
                const std::string& main_version, bool main_clean) const {
    if (shard_version == main_version) return shard_clean && !main_clean;
    if (!shard_clean) return false;
    return shard_version == version_ || !main_clean;
  }

  // A table other rows point to (not documents): each shard row maps to an
  // equal row of the output, or is added.
  Status MergeRowByRow(const TableInfo& t, MergeCounts* counts) {
    const std::vector<std::string> data = t.DataColumns();
    const std::vector<const ForeignKey*> keys = MappedKeys(t);
    Statement select, find, insert, map;
    std::vector<std::unique_ptr<Statement>> lookups;
    std::string placeholders, equal;
    for (size_t i = 0; i < data.size(); ++i) {
      placeholders += i ? ",?" : "?";
      equal += (i ? " AND " : "") + QuoteId(data[i]) + " IS ?";
    }
    const std::string main_t = "main." + QuoteId(t.name);
    Status st = Prepare(&select, "SELECT " + QuoteId(t.rowid_column) + "," +
                                     Join(data, ",") + " FROM shard." +
                                     QuoteId(t.name));
    if (st.ok()) {
      st = Prepare(&find, "SELECT " + QuoteId(t.rowid_column) + " FROM " +
                              main_t + " WHERE " +
                              (equal.empty() ? "1" : equal) + " LIMIT 1");
    }
    if (st.ok()) {
      st = Prepare(&insert, "INSERT INTO " + main_t + " (" + Join(data, ",") +
                                ") VALUES (" + placeholders + ")");
    }
    if (st.ok()) {
      st = Prepare(&map, "INSERT INTO " + MapTable(t.name) + " VALUES (?, ?)");
    }
    for (const ForeignKey* fk : keys) {
      if (!st.ok()) break;
      auto s = std::make_unique<Statement>();
      st = Prepare(s.get(), "SELECT new FROM " + MapTable(fk->parent) +
                                " WHERE old = ?");
      lookups.push_back(std::move(s));
    }
    if (!st.ok()) return st;
    return CopyRows(&select, 0, &map, [&](std::optional<int64_t>* new_id) {
      bool dropped = false;
      for (size_t c = 0; c < data.size(); ++c) {
        sqlite3_value* v = sqlite3_column_value(select.get(), c + 1);
        int k = -1;
        for (size_t j = 0; j < keys.size(); ++j) {
          if (keys[j]->column == data[c]) k = static_cast<int>(j);
        }
        if (k >= 0 && sqlite3_value_type(v) != SQLITE_NULL) {
          Statement* lookup = lookups[k].get();
          sqlite3_bind_value(lookup->get(), 1, v);
          if (sqlite3_step(lookup->get()) == SQLITE_ROW) {
            const int64_t mapped = sqlite3_column_int64(lookup->get(), 0);
            sqlite3_bind_int64(find.get(), c + 1, mapped);
            sqlite3_bind_int64(insert.get(), c + 1, mapped);
          } else {
            dropped = true;  // its parent was not taken from this shard
          }
          sqlite3_reset(lookup->get());
        } else {
          sqlite3_bind_value(find.get(), c + 1, v);
          sqlite3_bind_value(insert.get(), c + 1, v);
        }
      }
      if (dropped) {
        sqlite3_reset(find.get());
        sqlite3_clear_bindings(insert.get());
        return Status::Ok();
      }
      if (sqlite3_step(find.get()) == SQLITE_ROW) {
        *new_id = sqlite3_column_int64(find.get(), 0);
        sqlite3_reset(find.get());
        sqlite3_clear_bindings(insert.get());
      } else {
        sqlite3_reset(find.get());
        if (Status s = Step(&insert); !s.ok()) return s;
        *new_id = sqlite3_last_insert_rowid(db_);
        ++counts->rows;
      }
      return Status::Ok();
    });
  }

  // Record tables: one INSERT ... SELECT, parents' ids through the maps.
  // Tables that reference nothing merged keep the rows the output lacks.
  Status MergeSetBased(const TableInfo& t, MergeCounts* counts) {
    const std::vector<std::string> data = t.DataColumns();
    const std::vector<const ForeignKey*> keys = MappedKeys(t);
    std::string select, joins, where;
    for (size_t c = 0; c < data.size(); ++c) {
      std::string expr = "s." + QuoteId(data[c]);
      for (size_t j = 0; j < keys.size(); ++j) {
        if (keys[j]->column == data[c]) {
          expr = "m" + std::to_string(j) + ".new";
        }
      }
      select += (c ? "," : "") + expr;
    }
    for (size_t j = 0; j < keys.size(); ++j) {
      const std::string m = "m" + std::to_string(j);
      const std::string col = "s." + QuoteId(keys[j]->column);
      joins += " LEFT JOIN " + MapTable(keys[j]->parent) + " " + m + " ON " +
               m + ".old = " + col;
      where += (where.empty() ? " WHERE " : " AND ") + std::string("(") + col +
               " IS NULL OR " + m + ".new IS NOT NULL)";
    }
    if (keys.empty()) {
      std::string equal;
      for (size_t c = 0; c < data.size(); ++c) {
        equal += (c ? " AND " : "") + std::string("o.") + QuoteId(data[c]) +
                 " IS s." + QuoteId(data[c]);
      }
      where = " WHERE NOT EXISTS (SELECT 1 FROM main." + QuoteId(t.name) +
              " o WHERE " + (equal.empty() ? "1" : equal) + ")";
    }
    Status st = ExecSql(db_, "INSERT INTO main." + QuoteId(t.name) + " (" +
                                 Join(data, ",") + ") SELECT " + select +
                                 " FROM shard." + QuoteId(t.name) + " s" +
                                 joins + where);
    if (st.ok()) counts->rows += sqlite3_changes(db_);
    return st;
  }

  sqlite3* db_;
  const std::vector<TableInfo>& tables_;
  std::map<std::string, const TableInfo*> by_name_;
  std::string version_;
};

// Same tables with the same columns in the same order.
Status SameTables(const std::vector<TableInfo>& out,
                  const std::vector<TableInfo>& shard) {
  std::map<std::string, const TableInfo*> theirs;
  for (const TableInfo& t : shard) theirs[t.name] = &t;
  for (const TableInfo& t : out) {
    auto it = theirs.find(t.name);
    if (it == theirs.end()) return Status::Error("has no table " + t.name);
    if (it->second->columns != t.columns) {
      return Status::Error("table " + t.name +
                           " has other columns than the output's");
    }
    theirs.erase(it);
  }
  if (!theirs.empty()) {
    return Status::Error("has a table the output lacks: " +
                         theirs.begin()->first);
  }
  return Status::Ok();
}

bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  return stat(a.c_str(), &sa) == 0 && stat(b.c_str(), &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace

Result<MergeSummary> MergeStores(const std::string& out,
                                 const std::vector<std::string>& shards,
                                 const MergeOptions& options) {
  {
    // Creates the output, or brings it to the current schema.
    Result<std::unique_ptr<Store>> created = Store::Open(out, StoreOptions());
    if (!created.ok()) return created.status();
  }
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(out.c_str(), &raw,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK) {
    return Status::StoreFailed(
        out + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(db.get(), 600000);
  if (Status st = ExecSql(db.get(),
                          "PRAGMA synchronous = NORMAL; PRAGMA temp_store = "
                          "MEMORY; PRAGMA cache_size = -65536;");
      !st.ok()) {
    return st.Prefixed(out + ": ");
  }
  Result<std::vector<TableInfo>> tables = ReadTables(db.get(), "main");
  if (!tables.ok()) return tables.status().Prefixed(out + ": ");
  Result<int> out_version = UserVersion(db.get(), "main");
  if (!out_version.ok()) return out_version.status().Prefixed(out + ": ");
  const std::string version =
      options.version.empty() ? kExtractorVersion : options.version;

  MergeSummary summary;
  auto fail = [&](const std::string& shard, const std::string& cause) {
    ++summary.failed;
    if (options.error) options.error(shard + ": " + cause);
  };
  for (const std::string& shard : shards) {
    const auto t0 = std::chrono::steady_clock::now();
    struct stat st;
    if (stat(shard.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
      fail(shard, "no such database file");
      continue;
    }
    if (SameFile(shard, out)) {
      fail(shard, "is the output itself: not merged");
      continue;
    }
    Statement attach;
    Status s = attach.Prepare(db.get(), "ATTACH DATABASE ? AS shard");
    if (s.ok()) {
      const std::string uri = ReadOnlyUri(shard);
      sqlite3_bind_text(attach.get(), 1, uri.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(attach.get()) != SQLITE_DONE) {
        s = Status::Error(std::string("cannot open: ") +
                          sqlite3_errmsg(db.get()));
      }
    }
    if (!s.ok()) {
      fail(shard, s.error());
      continue;
    }
    MergeCounts counts;
    Result<int> v = UserVersion(db.get(), "shard");
    if (!v.ok()) {
      s = Status::Error("not a secx store: " + v.error());
    } else if (v.value() != out_version.value()) {
      s = Status::Error(
          "schema version " + std::to_string(v.value()) + ", the output's is " +
          std::to_string(out_version.value()) +
          ": merge needs the same (an ingest into the shard with this secx "
          "migrates an older one)");
    } else {
      Result<std::vector<TableInfo>> theirs = ReadTables(db.get(), "shard");
      s = theirs.ok() ? SameTables(tables.value(), theirs.value())
                      : Status::Error("not a secx store: " + theirs.error());
    }
    bool store_failed = false;
    if (s.ok()) {
      s = ExecSql(db.get(), "BEGIN IMMEDIATE");
      if (s.ok()) {
        ShardMerger merger(db.get(), tables.value(), version);
        s = merger.Run(&counts);
        if (s.ok()) s = ExecSql(db.get(), "COMMIT");
        if (!s.ok()) {
          store_failed = s.store_failed();
          (void)ExecSql(db.get(), "ROLLBACK");
        }
      }
    }
    (void)ExecSql(db.get(), "DETACH DATABASE shard");
    if (!s.ok()) {
      if (store_failed) {
        return Status::StoreFailed(out + ": merging " + shard +
                                   " failed and was rolled back: " + s.error());
      }
      fail(shard, s.error());
      continue;
    }
    counts.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count();
    ++summary.shards;
    summary.total.documents += counts.documents;
    summary.total.added += counts.added;
    summary.total.replaced += counts.replaced;
    summary.total.kept += counts.kept;
    summary.total.rows += counts.rows;
    summary.total.seconds += counts.seconds;
    if (options.merged) options.merged(shard, counts);
  }
  // Derived across documents, so recomputed over the merged whole: a
  // registrant's company is the CIK of any filing with the same name key,
  // which may have been in another shard.
  if (summary.total.added + summary.total.replaced > 0) {
    Status st = ExecSql(db.get(),
                        CompanyCikSql("") + ";\n" + CompanyKeySql("") + ";");
    if (!st.ok()) {
      return Status::Error(out + ": relinking registrants: " + st.error());
    }
  }
  // The full-text index is a virtual table that the generic copy skips:
  // rebuilt from the merged texts once, when anything came in.
  if (summary.total.added + summary.total.replaced > 0) {
    int64_t pages = 0;
    if (Status st = RebuildTextIndex(db.get(), &pages); !st.ok()) {
      return Status::Error(out + ": rebuilding the text index: " + st.error());
    }
  }
  return summary;
}

}  // namespace secx
