#include "analyze/store.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <utility>

#include "analyze/reviews.h"
#include "analyze/store_schema.h"
#include "analyze/text_index.h"
#include "analyze/text_store.h"

namespace secx {
namespace {

using Clock = std::chrono::steady_clock;

// A prepared statement, finalized on destruction. Statements are prepared
// once per Store and reset after each use: preparing is the costly part of
// a small INSERT.
class Stmt {
 public:
  Stmt() = default;
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Status Prepare(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_,
                           nullptr) != SQLITE_OK) {
      return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db) +
                           " in: " + sql);
    }
    return Status::Ok();
  }
  sqlite3_stmt* get() const { return stmt_; }

  // Binding helpers; `i` is 1-based. Text is bound SQLITE_STATIC: the
  // caller keeps it alive until Step() returns.
  void Text(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()),
                      SQLITE_STATIC);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void Real(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  void Null(int i) { sqlite3_bind_null(stmt_, i); }

  // Runs to completion (statements without rows) and resets.
  int Step() {
    int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    return rc;
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Errors of the store's own writes and reads: the store failed, whatever
// the input (see Status::Code).
Status SqlError(sqlite3* db, const std::string& what) {
  return Status::StoreFailed("sqlite: " + what + ": " + sqlite3_errmsg(db));
}

Status Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return Status::StoreFailed("sqlite: " + msg);
  }
  return Status::Ok();
}

int ReadUserVersion(sqlite3* db) {
  sqlite3_stmt* get = nullptr;
  int version = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &get, nullptr) ==
          SQLITE_OK &&
      sqlite3_step(get) == SQLITE_ROW) {
    version = sqlite3_column_int(get, 0);
  }
  sqlite3_finalize(get);
  return version;
}

// Binds one value; text is bound SQLITE_STATIC, so `v` must outlive the
// statement's Step().
void Bind(sqlite3_stmt* s, int i, const Value& v) {
  switch (v.kind) {
    case Value::kNull:
      sqlite3_bind_null(s, i);
      break;
    case Value::kInteger:
      sqlite3_bind_int64(s, i, v.integer);
      break;
    case Value::kReal:
      sqlite3_bind_double(s, i, v.real);
      break;
    case Value::kText:
    case Value::kList:
      sqlite3_bind_text(s, i, v.text.data(), static_cast<int>(v.text.size()),
                        SQLITE_STATIC);
      break;
    case Value::kBlob:
      sqlite3_bind_blob(s, i, v.text.data(), static_cast<int>(v.text.size()),
                        SQLITE_STATIC);
      break;
  }
}

const char kFindDocument[] =
    "SELECT id, extractor_version, errors FROM documents WHERE sha256 = ?";

// The registrants rows of one document and of every filing sharing a name
// key with it (the old and the new key of a re-extracted document): ?1
// document id, ?2 and ?3 name keys.
const char kDocumentRegistrants[] =
    "document_id = ?1 OR name_key = ?2 OR name_key = ?3";

}  // namespace

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string CompanyCikSql(const std::string& where) {
  return "UPDATE registrants SET company_cik = COALESCE(cik,\n"
         "  (SELECT MIN(o.cik) FROM registrants o\n"
         "   WHERE o.name_key = registrants.name_key AND o.cik IS NOT NULL))" +
         (where.empty() ? std::string() : "\nWHERE " + where);
}

std::string CompanyKeySql(const std::string& where) {
  return "UPDATE registrants SET company_key = CASE\n"
         "  WHEN company_cik IS NOT NULL THEN 'cik:' || company_cik\n"
         "  WHEN name_key IS NOT NULL THEN 'name:' || name_key\n"
         "  WHEN ticker IS NOT NULL THEN 'ticker:' || ticker\n"
         "  ELSE 'document:' || document_id END" +
         (where.empty() ? std::string() : "\nWHERE " + where);
}

struct Store::Impl {
  sqlite3* db = nullptr;
  StoreOptions options;
  const Schema* schema = nullptr;
  bool in_batch = false;
  int batch_docs = 0;
  Clock::time_point batch_start;

  Stmt begin, commit;
  Stmt find_doc, update_doc, old_name_key, refresh_cik, refresh_key;
  // One INSERT per table of the schema, and one DELETE per table of rows
  // that belong to a document.
  std::map<std::string, std::unique_ptr<Stmt>> inserts;
  std::vector<std::unique_ptr<Stmt>> delete_children;

  // close_v2 defers the close until the member statements, destroyed after
  // this body runs, are finalized.
  ~Impl() { sqlite3_close_v2(db); }

  Status Migrate();
  Status PrepareAll();
  Status Insert(const std::string& table, int64_t document_id,
                const std::vector<Value>& row, int64_t* rowid = nullptr);
  template <typename T>
  Status InsertAll(const RecordType<T>& type, int64_t id,
                   const std::vector<T>& records);
  Status WriteRows(int64_t id, const Extraction& x);
  Status WriteText(int64_t id, const StoredText& text);
  Status RefreshCompanies(int64_t id, const Value& old_key,
                          const Value& new_key);
  Status OpenBatch(bool* opened);
  Status Abort(const std::string& source, const Status& st);
};

Status Store::Impl::Migrate() {
  int version = ReadUserVersion(db);
  if (version < 0) return SqlError(db, "reading the schema version");
  const int latest = schema->version();
  if (version > latest) {
    return Status::Error("database schema version " + std::to_string(version) +
                         " is newer than this secx understands (" +
                         std::to_string(latest) + ")");
  }
  if (options.read_only) {
    if (version < latest) {
      return Status::Error(
          version == 0 ? "not a secx database (no schema)"
                       : "database schema is old; run secx ingest to migrate");
    }
    return Status::Ok();
  }
  while (version < latest) {
    // Each step and its version bump commit together. The version is read
    // again under the write lock: another process opening the same file at
    // the same moment may have migrated it meanwhile. A new file is
    // created from the descriptions at the latest version in one step;
    // the last migration also creates the views again.
    if (Status st = Exec(db, "BEGIN IMMEDIATE"); !st.ok()) return st;
    const int v = ReadUserVersion(db);
    if (v < 0 || v >= latest) {
      (void)Exec(db, v < 0 ? "ROLLBACK" : "COMMIT");
      if (v < 0) return SqlError(db, "reading the schema version");
      break;
    }
    // A schema without tables (tests that make files of old versions)
    // runs its migrations from the start instead.
    const bool create = v == 0 && !schema->tables.empty();
    const int to = create ? latest : v + 1;
    version = to;
    Status st = Exec(db, create ? CreateSchemaSql(*schema).c_str()
                                : schema->migrations[v].c_str());
    if (st.ok() && !create && to == latest) {
      st = Exec(db, schema->views.c_str());
    }
    if (st.ok()) {
      st = Exec(db, ("PRAGMA user_version = " + std::to_string(to)).c_str());
    }
    if (!st.ok()) {
      (void)Exec(db, "ROLLBACK");
      return st.Prefixed("migrating schema to version " + std::to_string(to) +
                         ": ");
    }
    if (Status c = Exec(db, "COMMIT"); !c.ok()) return c;
  }
  return Status::Ok();
}

Status Store::Impl::PrepareAll() {
  struct {
    Stmt* stmt;
    const char* sql;
  } const statements[] = {
      {&begin, "BEGIN IMMEDIATE"},
      {&commit, "COMMIT"},
  };
  for (const auto& s : statements) {
    if (Status st = s.stmt->Prepare(db, s.sql); !st.ok()) return st;
  }
  for (const TableSpec& t : schema->tables) {
    auto insert = std::make_unique<Stmt>();
    if (Status st = insert->Prepare(db, InsertSql(t).c_str()); !st.ok()) {
      return st;
    }
    inserts[t.name] = std::move(insert);
    // Reviews are a person's work, not the extraction's: a re-extracted
    // document keeps them (analyze/reviews.h says how they find their
    // values again).
    if (!t.per_document || t.name == ReviewRecords().table) continue;
    auto del = std::make_unique<Stmt>();
    std::string sql = "DELETE FROM " + t.name + " WHERE document_id = ?";
    if (Status st = del->Prepare(db, sql.c_str()); !st.ok()) return st;
    delete_children.push_back(std::move(del));
  }
  if (schema != &StoreSchema()) return Status::Ok();
  // A document's row is updated in place (its id stays) when re-extracted.
  std::string update = "UPDATE documents SET ";
  const TableSpec documents = TableOf(DocumentRecords());
  for (size_t i = 0; i < documents.columns.size(); ++i) {
    update += (i ? ", " : "") + documents.columns[i].name + " = ?";
  }
  update += " WHERE id = ?";
  const struct {
    Stmt* stmt;
    std::string sql;
  } store_statements[] = {
      {&find_doc, kFindDocument},
      {&update_doc, update},
      {&old_name_key, "SELECT name_key FROM registrants WHERE document_id = ?"},
      {&refresh_cik, CompanyCikSql(kDocumentRegistrants)},
      {&refresh_key, CompanyKeySql(kDocumentRegistrants)},
  };
  for (const auto& s : store_statements) {
    if (Status st = s.stmt->Prepare(db, s.sql.c_str()); !st.ok()) return st;
  }
  return Status::Ok();
}

Status Store::Impl::Insert(const std::string& table, int64_t document_id,
                           const std::vector<Value>& row, int64_t* rowid) {
  auto it = inserts.find(table);
  if (it == inserts.end()) {
    return Status::Error("no table " + table + " in the store's schema");
  }
  sqlite3_stmt* s = it->second->get();
  int i = 1;
  if (document_id >= 0) sqlite3_bind_int64(s, i++, document_id);
  for (const Value& v : row) Bind(s, i++, v);
  const int rc = sqlite3_step(s);
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  if (rc != SQLITE_DONE) return SqlError(db, "inserting into " + table);
  if (rowid) *rowid = sqlite3_last_insert_rowid(db);
  return Status::Ok();
}

template <typename T>
Status Store::Impl::InsertAll(const RecordType<T>& type, int64_t id,
                              const std::vector<T>& records) {
  for (const T& r : records) {
    if (type.keep && !type.keep(r)) continue;
    if (Status st = Insert(type.table, id, RowValues(type, r)); !st.ok()) {
      return st;
    }
  }
  return Status::Ok();
}

Status Store::Impl::WriteRows(int64_t id, const Extraction& x) {
  Status st;
  ForEachRecordList(x, [&](const auto& type, const auto& records) {
    if (st.ok()) st = InsertAll(type, id, records);
  });
  if (st.ok()) st = InsertAll(MismatchRecords(), id, x.checks);
  return st;
}

Status Store::Impl::WriteText(int64_t id, const StoredText& text) {
  if (Status st = Insert("document_texts", id,
                         RowValues(TextRecords(), text.text));
      !st.ok()) {
    return st;
  }
  if (Status st = InsertAll(PageRecords(), id, text.pages); !st.ok()) {
    return st;
  }
  Result<std::string> plain = Decompress(text.text.data, text.text.size);
  if (!plain.ok()) return plain.status();
  return IndexText(db, id, plain.value(), text.pages);
}

Status Store::Impl::RefreshCompanies(int64_t id, const Value& old_key,
                                     const Value& new_key) {
  for (Stmt* s : {&refresh_cik, &refresh_key}) {
    sqlite3_bind_int64(s->get(), 1, id);
    Bind(s->get(), 2, old_key);
    Bind(s->get(), 3, new_key);
    if (s->Step() != SQLITE_DONE) {
      return SqlError(db, "updating the registrants' companies");
    }
  }
  return Status::Ok();
}

Status Store::Impl::OpenBatch(bool* opened) {
  *opened = false;
  if (in_batch) return Status::Ok();
  if (begin.Step() != SQLITE_DONE) return SqlError(db, "starting a batch");
  in_batch = true;
  batch_docs = 0;
  batch_start = Clock::now();
  *opened = true;
  return Status::Ok();
}

// Half a document must never be committed, so the whole open batch goes
// (see store.h for why there is no per-document SAVEPOINT).
Status Store::Impl::Abort(const std::string& source, const Status& st) {
  const int lost = batch_docs;
  (void)Exec(db, "ROLLBACK");
  in_batch = false;
  return Status::StoreFailed(source + ": " + st.error() +
                             "; rolled back the uncommitted batch (" +
                             std::to_string(lost) + " earlier documents)");
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() { (void)Flush(); }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                           const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->schema = options.schema ? options.schema : &StoreSchema();
  int flags = SQLITE_OPEN_NOMUTEX;
  struct stat st;
  const bool exists = stat(path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    return Status::Error(path + ": is a directory, not a database file");
  }
  if (options.read_only) {
    if (!exists) return Status::Error(path + ": no such database");
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  }
  int rc = sqlite3_open_v2(path.c_str(), &impl->db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = impl->db ? sqlite3_errmsg(impl->db) : sqlite3_errstr(rc);
    return Status::Error(path + ": " + msg);
  }
  sqlite3_extended_result_codes(impl->db, 1);
  // A writer waits its turn for the write lock: another ingest into the
  // same file holds it for a batch, which lasts as long as that ingest's
  // slowest extraction in the batch (an OCR'd scan: minutes), so a short
  // wait would fail an ingest that only had to queue.
  sqlite3_busy_timeout(impl->db, options.read_only ? 10000 : 600000);
  const char* pragmas =
      options.read_only
          ? "PRAGMA query_only = 1;"
          : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;"
            // Checkpoint every 64 MB of WAL instead of 4 MB: a bulk load
            // then rewrites the (name, value) index pages far less often.
            "PRAGMA wal_autocheckpoint = 16384;";
  if (Status st = Exec(impl->db, pragmas); !st.ok()) {
    return st.Prefixed(path + ": ");
  }
  if (Status st = impl->Migrate(); !st.ok()) {
    return st.Prefixed(path + ": ");
  }
  const bool own_schema = impl->schema == &StoreSchema();
  if (Status st = !options.read_only ? impl->PrepareAll()
                  : own_schema ? impl->find_doc.Prepare(impl->db, kFindDocument)
                               : Status::Ok();
      !st.ok()) {
    return st.Prefixed(path + ": ");
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Result<bool> Store::IsCurrent(const std::string& sha256,
                              const std::string& version) {
  Stmt& s = impl_->find_doc;
  s.Text(1, sha256);
  int rc = sqlite3_step(s.get());
  bool current = false;
  if (rc == SQLITE_ROW) {
    auto text = [&](int col) {
      const unsigned char* p = sqlite3_column_text(s.get(), col);
      return std::string(p ? reinterpret_cast<const char*>(p) : "");
    };
    current = text(1) == version && text(2).empty();
  }
  sqlite3_reset(s.get());
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    return SqlError(impl_->db, "looking up a document");
  }
  return current;
}

// Looks up the document stored with these bytes: *id, or 0 when none.
static int FindDocument(sqlite3* db, Stmt* find, const std::string& sha256,
                        int64_t* id, std::string* version, bool* had_errors) {
  sqlite3_stmt* s = find->get();
  sqlite3_bind_text(s, 1, sha256.data(), static_cast<int>(sha256.size()),
                    SQLITE_STATIC);
  *id = 0;
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    *id = sqlite3_column_int64(s, 0);
    const unsigned char* v = sqlite3_column_text(s, 1);
    if (version) *version = v ? reinterpret_cast<const char*>(v) : "";
    if (had_errors) *had_errors = sqlite3_column_bytes(s, 2) > 0;
  }
  sqlite3_reset(s);
  (void)db;
  return rc;
}

Result<PutOutcome> Store::Put(const Extraction& x, const std::string& version,
                              const StoredText* text) {
  Impl& m = *impl_;
  if (m.options.read_only) return Status::Error("store is read-only");
  if (m.schema != &StoreSchema()) {
    return Status::Error("Put() needs the store's own schema");
  }
  if (x.sha256.empty()) return PutOutcome::kNotStored;

  // The batch (and with it the write lock) opens before the lookup, so
  // that another process cannot insert the same bytes between the lookup
  // and the insert.
  bool opened = false;
  if (Status st = m.OpenBatch(&opened); !st.ok()) return st;
  // Existing row for these bytes?
  int64_t id = 0;
  std::string stored_version;
  bool had_errors = false;
  int rc = FindDocument(m.db, &m.find_doc, x.sha256, &id, &stored_version,
                        &had_errors);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    Status st = SqlError(m.db, "looking up a document");
    (void)Exec(m.db, "ROLLBACK");
    m.in_batch = false;
    return st;
  }
  const bool exists = rc == SQLITE_ROW;
  if (exists && stored_version == version && !had_errors) {
    if (opened) (void)Flush();  // hold no write lock for nothing
    return PutOutcome::kSkipped;
  }
  // Never trade clean rows for a failed extraction.
  if (exists && !had_errors && !x.errors.empty()) {
    if (opened) (void)Flush();
    return PutOutcome::kKept;
  }
  Status st;
  DocumentRecord doc{&x, version, UtcNow()};
  std::vector<Value> doc_row = RowValues(DocumentRecords(), doc);
  Value old_key;  // the name key the document had before
  if (exists) {
    sqlite3_stmt* k = m.old_name_key.get();
    sqlite3_bind_int64(k, 1, id);
    if (sqlite3_step(k) == SQLITE_ROW &&
        sqlite3_column_type(k, 0) != SQLITE_NULL) {
      old_key =
          Value::Text(reinterpret_cast<const char*>(sqlite3_column_text(k, 0)));
    }
    sqlite3_reset(k);
    // The index forgets the old pages while their text is still stored.
    st = UnindexDocument(m.db, id);
    for (auto& del : m.delete_children) {
      if (!st.ok()) break;
      del->Int(1, id);
      if (del->Step() != SQLITE_DONE) {
        st = SqlError(m.db, "deleting old rows");
        break;
      }
    }
    if (st.ok()) {
      sqlite3_stmt* u = m.update_doc.get();
      int i = 1;
      for (const Value& v : doc_row) Bind(u, i++, v);
      sqlite3_bind_int64(u, i, id);
      if (m.update_doc.Step() != SQLITE_DONE) {
        st = SqlError(m.db, "updating a document");
      }
    }
  } else {
    st = m.Insert("documents", -1, doc_row, &id);
  }
  if (st.ok()) st = m.WriteRows(id, x);
  if (st.ok() && text != nullptr) st = m.WriteText(id, *text);
  if (st.ok()) {
    std::vector<Value> reg = RowValues(RegistrantRecords(), RegistrantOf(x));
    st = m.Insert("registrants", id, reg);
    // Column 2 of the description is name_key.
    if (st.ok()) st = m.RefreshCompanies(id, old_key, reg[2]);
  }
  if (!st.ok()) return m.Abort(x.source, st);
  ++m.batch_docs;
  if (m.batch_docs >= m.options.batch_documents ||
      std::chrono::duration<double>(Clock::now() - m.batch_start).count() >=
          m.options.batch_seconds) {
    if (Status f = Flush(); !f.ok()) return f;
  }
  return exists ? PutOutcome::kReplaced : PutOutcome::kInserted;
}

Status Store::ReplaceChecks(const std::string& sha256,
                            const std::vector<Check>& checks) {
  Impl& m = *impl_;
  if (m.options.read_only) return Status::Error("store is read-only");
  bool opened = false;
  if (Status st = m.OpenBatch(&opened); !st.ok()) return st;
  int64_t id = 0;
  int rc = FindDocument(m.db, &m.find_doc, sha256, &id, nullptr, nullptr);
  if (rc == SQLITE_DONE) {
    if (opened) (void)Flush();
    return Status::Error("no stored document has sha256 " + sha256);
  }
  Status st;
  if (rc != SQLITE_ROW) st = SqlError(m.db, "looking up a document");
  if (st.ok()) {
    Stmt del;
    st = del.Prepare(m.db, "DELETE FROM checks WHERE document_id = ?");
    if (st.ok()) {
      del.Int(1, id);
      if (del.Step() != SQLITE_DONE) st = SqlError(m.db, "deleting checks");
    }
  }
  if (st.ok()) st = m.InsertAll(CheckRecords(), id, checks);
  if (!st.ok()) return m.Abort(sha256, st);
  return Status::Ok();
}

Status Store::RebuildTextIndex(int64_t* pages) {
  if (impl_->options.read_only) return Status::Error("store is read-only");
  if (Status st = Flush(); !st.ok()) return st;
  return secx::RebuildTextIndex(impl_->db, pages);
}

Status Store::PutRow(const std::string& table, int64_t document_id,
                     const std::vector<Value>& row) {
  Impl& m = *impl_;
  if (m.options.read_only) return Status::Error("store is read-only");
  bool opened = false;
  if (Status st = m.OpenBatch(&opened); !st.ok()) return st;
  if (Status st = m.Insert(table, document_id, row); !st.ok()) {
    return m.Abort(table, st);
  }
  return Status::Ok();
}

Status Store::Flush() {
  Impl& m = *impl_;
  if (!m.in_batch) return Status::Ok();
  m.in_batch = false;
  if (m.commit.Step() != SQLITE_DONE) {
    Status st = SqlError(m.db, "committing a batch");
    (void)Exec(m.db, "ROLLBACK");
    return st;
  }
  return Status::Ok();
}

int Store::Pending() const { return impl_->in_batch ? impl_->batch_docs : 0; }

int StoreSchemaVersion() { return StoreSchema().version(); }

namespace {

// Interrupts the statement running on a connection once a deadline has
// passed; installed for one Query() call.
class QueryDeadline {
 public:
  QueryDeadline(sqlite3* db, double seconds) : db_(db) {
    if (seconds <= 0) return;
    deadline_ = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                   std::chrono::duration<double>(seconds));
    // Checked every 10,000 virtual machine steps: microseconds apart.
    sqlite3_progress_handler(db_, 10000, &QueryDeadline::Check, this);
  }
  ~QueryDeadline() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }
  bool expired() const { return expired_; }

 private:
  static int Check(void* self) {
    auto* d = static_cast<QueryDeadline*>(self);
    if (Clock::now() >= d->deadline_) d->expired_ = true;
    return d->expired_ ? 1 : 0;
  }
  sqlite3* db_;
  Clock::time_point deadline_;
  bool expired_ = false;
};

std::string Seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

}  // namespace

Status Store::Query(const std::string& sql, const QueryCallbacks& callbacks,
                    const QueryLimits& limits) {
  sqlite3* db = impl_->db;
  QueryDeadline deadline(db, limits.seconds);
  auto timed_out = [&] {
    return Status::Error("query stopped after the time limit of " +
                         Seconds(limits.seconds) + " s (--timeout raises it)");
  };
  int64_t rows = 0;
  const char* tail = sql.c_str();
  const char* end = tail + sql.size();
  while (tail < end) {
    sqlite3_stmt* raw = nullptr;
    const char* next = nullptr;
    if (sqlite3_prepare_v2(db, tail, static_cast<int>(end - tail), &raw,
                           &next) != SQLITE_OK) {
      if (deadline.expired()) return timed_out();
      return Status::Error(sqlite3_errmsg(db));
    }
    tail = next;
    if (raw == nullptr) continue;  // blank or comment only
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(
        raw, &sqlite3_finalize);
    // A read-only store runs only statements that write nothing: query_only
    // refuses writes to the database, but VACUUM INTO would still create
    // its output file before failing.
    if (impl_->options.read_only && !sqlite3_stmt_readonly(raw)) {
      return Status::Error(
          "refused on a readonly connection, the statement writes: " +
          std::string(sqlite3_sql(raw)));
    }
    const int n = sqlite3_column_count(raw);
    if (n > 0 && callbacks.columns) {
      std::vector<std::string> names;
      for (int i = 0; i < n; ++i)
        names.emplace_back(sqlite3_column_name(raw, i));
      callbacks.columns(names);
    }
    std::vector<Cell> row(n);
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
      for (int i = 0; i < n; ++i) {
        Cell& c = row[i];
        switch (sqlite3_column_type(raw, i)) {
          case SQLITE_NULL:
            c.type = Cell::kNull;
            break;
          case SQLITE_INTEGER:
            c.type = Cell::kInteger;
            break;
          case SQLITE_FLOAT:
            c.type = Cell::kReal;
            break;
          case SQLITE_BLOB:
            c.type = Cell::kBlob;
            break;
          default:
            c.type = Cell::kText;
            break;
        }
        const char* p =
            reinterpret_cast<const char*>(sqlite3_column_text(raw, i));
        c.text.assign(p ? p : "", p ? sqlite3_column_bytes(raw, i) : 0);
      }
      if (limits.rows > 0 && ++rows > limits.rows) {
        return Status::Error("query stopped after " +
                             std::to_string(limits.rows) +
                             " rows, the row limit (--max-rows raises it)");
      }
      if (callbacks.row) callbacks.row(row);
    }
    if (rc != SQLITE_DONE) {
      if (deadline.expired()) return timed_out();
      return Status::Error(sqlite3_errmsg(db));
    }
  }
  return Status::Ok();
}

Result<int64_t> Store::Count(const std::string& table) {
  int64_t n = -1;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& row) { n = std::stoll(row[0].text); };
  if (Status st = Query("SELECT COUNT(*) FROM \"" + table + "\"", cb);
      !st.ok()) {
    return st;
  }
  return n;
}

}  // namespace secx
