#include "analyze/store_digest.h"

#include <sqlite3.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <iterator>
#include <memory>
#include <set>
#include <unordered_map>

#include "analyze/store_tables.h"

namespace secx {
namespace {

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Value(sqlite3_stmt* s, int col) {
  char buf[64];
  switch (sqlite3_column_type(s, col)) {
    case SQLITE_NULL:
      return "NULL";
    case SQLITE_INTEGER:
      std::snprintf(buf, sizeof buf, "%" PRId64,
                    static_cast<int64_t>(sqlite3_column_int64(s, col)));
      return buf;
    case SQLITE_FLOAT:
      std::snprintf(buf, sizeof buf, "%.17g", sqlite3_column_double(s, col));
      return buf;
    case SQLITE_BLOB: {
      const unsigned char* p =
          static_cast<const unsigned char*>(sqlite3_column_blob(s, col));
      std::string out = "x'";
      for (int i = 0; i < sqlite3_column_bytes(s, col); ++i) {
        std::snprintf(buf, sizeof buf, "%02x", p[i]);
        out += buf;
      }
      return out + "'";
    }
    default: {
      const char* p =
          reinterpret_cast<const char*>(sqlite3_column_text(s, col));
      std::string out = "'";
      for (const char* c = p; c && *c; ++c) {
        if (*c == '\\' || *c == '\'') out += '\\';
        if (*c == '\n') {
          out += "\\n";
          continue;
        }
        out += *c;
      }
      return out + "'";
    }
  }
}

}  // namespace

Result<StoreDigest> DigestStore(const std::string& path,
                                const DigestOptions& options) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  std::unique_ptr<sqlite3, CloseDb> db(raw);
  if (rc != SQLITE_OK) {
    return Status::Error(path + ": " +
                         (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  Result<std::vector<TableInfo>> tables = ReadTables(db.get(), "main");
  if (!tables.ok()) return tables.status().Prefixed(path + ": ");
  const std::set<std::string> ignore(options.ignore.begin(),
                                     options.ignore.end());
  // Rows other rows point to, by table and id.
  std::map<std::string, std::unordered_map<int64_t, std::string>> keys;
  StoreDigest digest;
  for (const TableInfo& t : tables.value()) {
    Statement select;
    if (Status st =
            select.Prepare(db.get(), "SELECT * FROM " + QuoteId(t.name));
        !st.ok()) {
      return st.Prefixed(path + ": ");
    }
    std::vector<std::string>& rows = digest[t.name];
    const bool keyed = t.referenced && !t.rowid_column.empty();
    while (sqlite3_step(select.get()) == SQLITE_ROW) {
      std::string line = t.name;
      std::string key;
      int64_t id = 0;
      for (size_t c = 0; c < t.columns.size(); ++c) {
        const std::string& name = t.columns[c];
        const int col = static_cast<int>(c);
        if (name == t.rowid_column) {
          id = sqlite3_column_int64(select.get(), col);
          continue;
        }
        if (t.name == "documents" && name == "sha256") {
          key = Value(select.get(), col);
        }
        if (EndsWith(name, "_at") || ignore.count(t.name + "." + name)) {
          continue;
        }
        std::string value = Value(select.get(), col);
        for (const ForeignKey& fk : t.foreign_keys) {
          auto parent = keys.find(fk.parent);
          if (fk.column != name || parent == keys.end()) continue;
          auto row =
              parent->second.find(sqlite3_column_int64(select.get(), col));
          value = row == parent->second.end() ? "(missing " + fk.parent + ")"
                                              : "(" + row->second + ")";
        }
        line += "|" + name + "=" + value;
      }
      if (keyed) keys[t.name][id] = key.empty() ? line : key;
      rows.push_back(std::move(line));
    }
    std::sort(rows.begin(), rows.end());
  }
  return digest;
}

Result<StoreDiff> CompareStores(const std::string& a, const std::string& b,
                                const DigestOptions& options,
                                size_t max_lines) {
  Result<StoreDigest> da = DigestStore(a, options);
  if (!da.ok()) return da.status();
  Result<StoreDigest> db = DigestStore(b, options);
  if (!db.ok()) return db.status();
  StoreDiff diff;
  auto report = [&](const std::string& which, const std::string& row) {
    ++diff.differences;
    if (diff.lines.size() < max_lines) {
      diff.lines.push_back("only in " + which + ": " + row);
    }
  };
  std::set<std::string> names;
  for (const auto& t : da.value()) names.insert(t.first);
  for (const auto& t : db.value()) names.insert(t.first);
  const std::vector<std::string> none;
  for (const std::string& name : names) {
    auto ia = da.value().find(name), ib = db.value().find(name);
    const std::vector<std::string>& ra =
        ia == da.value().end() ? none : ia->second;
    const std::vector<std::string>& rb =
        ib == db.value().end() ? none : ib->second;
    if (ia == da.value().end() || ib == db.value().end()) {
      report(ia == da.value().end() ? b : a, "table " + name);
    }
    diff.rows += ra.size();
    if (name == "documents") diff.documents = ra.size();
    std::vector<std::string> only;
    std::set_difference(ra.begin(), ra.end(), rb.begin(), rb.end(),
                        std::back_inserter(only));
    for (const std::string& row : only) report(a, row);
    only.clear();
    std::set_difference(rb.begin(), rb.end(), ra.begin(), ra.end(),
                        std::back_inserter(only));
    for (const std::string& row : only) report(b, row);
  }
  return diff;
}

}  // namespace secx
