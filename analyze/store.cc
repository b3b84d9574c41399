#include "analyze/store.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>

#include "analyze/mismatch.h"
#include "analyze/store_schema.h"

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

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) {
    if (!out.empty()) out += '\n';
    out += l;
  }
  return out;
}

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// The submission's form: the header's when there is one.
std::string FormOf(const Extraction& x) {
  std::string text_form;
  for (const Field& f : x.fields) {
    if (f.name != "form_type") continue;
    if (f.span.rule.compare(0, 5, "sgml.") == 0) return f.value;
    if (text_form.empty()) text_form = f.value;
  }
  return text_form;
}

// Column list shared by the record tables (see store_schema.cc).
#define SECX_PROV_COLS                                               \
  "start, end, page, bbox_left, bbox_top, bbox_right, bbox_bottom, " \
  "confidence, rule"
#define SECX_PROV_VALS "?, ?, ?, ?, ?, ?, ?, ?, ?"
constexpr int kProvColumns = 9;

// Binds the nine provenance columns starting at index `i`.
void BindSpan(Stmt* s, int i, const Span& span) {
  s->Int(i, static_cast<int64_t>(span.start));
  s->Int(i + 1, static_cast<int64_t>(span.end));
  s->Int(i + 2, span.page);
  if (span.bbox) {
    s->Int(i + 3, span.bbox->left);
    s->Int(i + 4, span.bbox->top);
    s->Int(i + 5, span.bbox->right);
    s->Int(i + 6, span.bbox->bottom);
  } else {
    for (int k = 3; k < 7; ++k) s->Null(i + k);
  }
  s->Real(i + 7, span.confidence);
  s->Text(i + 8, span.rule);
}

const char* const kChildTables[] = {"fields",  "mismatches", "corrections",
                                    "tickers", "dividends",  "revenue_shares",
                                    "facts"};
constexpr int kNumChildTables = sizeof(kChildTables) / sizeof(kChildTables[0]);

}  // namespace

struct Store::Impl {
  sqlite3* db = nullptr;
  StoreOptions options;
  bool in_batch = false;
  int batch_docs = 0;
  Clock::time_point batch_start;

  Stmt begin, commit;
  Stmt find_doc, insert_doc, update_doc, insert_field, insert_mismatch,
      insert_correction, insert_ticker, insert_dividend, insert_share,
      insert_fact;
  Stmt delete_children[kNumChildTables];

  // close_v2 defers the close until the member statements, destroyed after
  // this body runs, are finalized.
  ~Impl() { sqlite3_close_v2(db); }

  Status Migrate();
  Status PrepareAll();
  Status WriteRows(int64_t id, const Extraction& x,
                   const std::vector<Mismatch>& mismatches);
  void BindDocument(Stmt* s, const Extraction& x, const std::string& version,
                    const std::string& now);
};

Status Store::Impl::Migrate() {
  int version = ReadUserVersion(db);
  if (version < 0) return SqlError(db, "reading the schema version");
  const auto& migrations = StoreMigrations();
  const int latest = static_cast<int>(migrations.size());
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
    // Each migration and its version bump commit together. The version is
    // read again under the write lock: another process opening the same
    // file at the same moment may have migrated it meanwhile.
    if (Status st = Exec(db, "BEGIN IMMEDIATE"); !st.ok()) return st;
    const int v = ReadUserVersion(db);
    if (v < 0 || v >= latest) {
      (void)Exec(db, v < 0 ? "ROLLBACK" : "COMMIT");
      if (v < 0) return SqlError(db, "reading the schema version");
      break;
    }
    version = v + 1;
    Status st = Exec(db, migrations[v]);
    if (st.ok()) {
      st = Exec(db, ("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
    }
    if (!st.ok()) {
      (void)Exec(db, "ROLLBACK");
      return st.Prefixed("migrating schema to version " +
                         std::to_string(v + 1) + ": ");
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
      {&find_doc,
       "SELECT id, extractor_version, errors FROM documents WHERE sha256 = ?"},
      {&insert_doc,
       "INSERT INTO documents (path, sha256, kind, form, pages, "
       "extractor_version, ingested_at, ocr_engine, ocr_mean_confidence, "
       "errors, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
      {&update_doc,
       "UPDATE documents SET path = ?, sha256 = ?, kind = ?, form = ?, "
       "pages = ?, extractor_version = ?, ingested_at = ?, ocr_engine = ?, "
       "ocr_mean_confidence = ?, errors = ?, warnings = ? WHERE id = ?"},
      {&insert_field,
       "INSERT INTO fields (document_id, name, value, raw, "
       "entity, " SECX_PROV_COLS ") VALUES (?, ?, ?, ?, ?, " SECX_PROV_VALS
       ")"},
      {&insert_mismatch,
       "INSERT INTO mismatches (document_id, field, header_value, text_value, "
       "entity, header_in_text, source) VALUES (?, ?, ?, ?, ?, ?, ?)"},
      {&insert_correction,
       "INSERT INTO corrections (document_id, start, end, page, from_text, "
       "to_text, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
      {&insert_ticker,
       "INSERT INTO tickers (document_id, exchange, symbol, "
       "security, " SECX_PROV_COLS ") VALUES (?, ?, ?, ?, " SECX_PROV_VALS ")"},
      {&insert_dividend,
       "INSERT INTO dividends (document_id, kind, fiscal_year, per_share, "
       "currency, total_amount, record_date, payable_date, declared_date, "
       "status, share_class, check_failures, " SECX_PROV_COLS
       ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " SECX_PROV_VALS ")"},
      {&insert_share,
       "INSERT INTO revenue_shares (document_id, percent, subject, metric, "
       "period_end, " SECX_PROV_COLS ") VALUES (?, ?, ?, ?, ?, " SECX_PROV_VALS
       ")"},
      {&insert_fact,
       "INSERT INTO facts (document_id, name, value, " SECX_PROV_COLS
       ") VALUES (?, ?, ?, " SECX_PROV_VALS ")"},
  };
  for (const auto& s : statements) {
    if (Status st = s.stmt->Prepare(db, s.sql); !st.ok()) return st;
  }
  for (int i = 0; i < kNumChildTables; ++i) {
    std::string sql = std::string("DELETE FROM ") + kChildTables[i] +
                      " WHERE document_id = ?";
    if (Status st = delete_children[i].Prepare(db, sql.c_str()); !st.ok()) {
      return st;
    }
  }
  return Status::Ok();
}

void Store::Impl::BindDocument(Stmt* s, const Extraction& x,
                               const std::string& version,
                               const std::string& now) {
  // Strings bound SQLITE_STATIC must outlive the caller's Step(): members
  // of `x` and the arguments do; the locals here are copied (TRANSIENT).
  std::string form = FormOf(x);
  std::string errors = Join(x.errors);
  std::string warnings = Join(x.warnings);
  s->Text(1, x.source);
  s->Text(2, x.sha256);
  s->Text(3, x.document.kind);
  sqlite3_bind_text(s->get(), 4, form.data(), static_cast<int>(form.size()),
                    SQLITE_TRANSIENT);
  s->Int(5, static_cast<int64_t>(x.document.pages.size()));
  s->Text(6, version);
  s->Text(7, now);
  if (x.ocr) {
    s->Text(8, x.ocr->engine);
    s->Real(9, x.ocr->mean_confidence);
  } else {
    s->Null(8);
    s->Null(9);
  }
  sqlite3_bind_text(s->get(), 10, errors.data(),
                    static_cast<int>(errors.size()), SQLITE_TRANSIENT);
  sqlite3_bind_text(s->get(), 11, warnings.data(),
                    static_cast<int>(warnings.size()), SQLITE_TRANSIENT);
}

Status Store::Impl::WriteRows(int64_t id, const Extraction& x,
                              const std::vector<Mismatch>& mismatches) {
  for (const Field& f : x.fields) {
    Stmt& s = insert_field;
    s.Int(1, id);
    s.Text(2, f.name);
    s.Text(3, f.value);
    s.Text(4, f.raw);
    s.Int(5, f.entity);
    BindSpan(&s, 6, f.span);
    if (s.Step() != SQLITE_DONE) return SqlError(db, "inserting a field");
  }
  for (const Mismatch& m : mismatches) {
    Stmt& s = insert_mismatch;
    s.Int(1, id);
    s.Text(2, m.field);
    s.Text(3, m.header_value);
    s.Text(4, m.text_value);
    s.Int(5, m.entity);
    s.Int(6, m.header_in_text ? 1 : 0);
    s.Text(7, m.source);
    if (s.Step() != SQLITE_DONE) return SqlError(db, "inserting a mismatch");
  }
  for (const Correction& c : x.corrections) {
    Stmt& s = insert_correction;
    s.Int(1, id);
    s.Int(2, static_cast<int64_t>(c.start));
    s.Int(3, static_cast<int64_t>(c.end));
    s.Int(4, c.page);
    s.Text(5, c.from);
    s.Text(6, c.to);
    s.Text(7, c.rule);
    s.Real(8, c.confidence);
    if (s.Step() != SQLITE_DONE) return SqlError(db, "inserting a correction");
  }
  for (const Ticker& t : x.tickers) {
    Stmt& s = insert_ticker;
    s.Int(1, id);
    s.Text(2, t.exchange);
    s.Text(3, t.symbol);
    s.Text(4, t.security);
    BindSpan(&s, 5, t.span);
    if (s.Step() != SQLITE_DONE) return SqlError(db, "inserting a ticker");
  }
  for (const Dividend& d : x.dividends) {
    Stmt& s = insert_dividend;
    std::string checks = Join(d.check_failures);
    s.Int(1, id);
    s.Text(2, d.kind);
    s.Text(3, d.fiscal_year);
    s.Text(4, d.per_share);
    s.Text(5, d.currency);
    s.Text(6, d.total_amount);
    s.Text(7, d.record_date);
    s.Text(8, d.payable_date);
    s.Text(9, d.declared_date);
    s.Text(10, d.status);
    s.Text(11, d.share_class);
    s.Text(12, checks);
    BindSpan(&s, 13, d.span);
    if (s.Step() != SQLITE_DONE) return SqlError(db, "inserting a dividend");
  }
  for (const RevenueShare& r : x.revenue_shares) {
    Stmt& s = insert_share;
    s.Int(1, id);
    s.Text(2, r.percent);
    s.Text(3, r.subject);
    s.Text(4, r.metric);
    s.Text(5, r.period_end);
    BindSpan(&s, 6, r.span);
    if (s.Step() != SQLITE_DONE) {
      return SqlError(db, "inserting a revenue share");
    }
  }
  for (const Fact& f : x.facts) {
    Stmt& s = insert_fact;
    s.Int(1, id);
    s.Text(2, f.name);
    s.Text(3, f.value);
    BindSpan(&s, 4, f.span);
    if (s.Step() != SQLITE_DONE) return SqlError(db, "inserting a fact");
  }
  static_assert(kProvColumns == 9, "BindSpan binds nine columns");
  return Status::Ok();
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() { (void)Flush(); }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                           const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
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
  if (Status st = options.read_only
                      ? impl->find_doc.Prepare(
                            impl->db,
                            "SELECT id, extractor_version, errors FROM "
                            "documents WHERE sha256 = ?")
                      : impl->PrepareAll();
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

Result<PutOutcome> Store::Put(const Extraction& x, const std::string& version) {
  return Put(x, version, FindMismatches(x));
}

Result<PutOutcome> Store::Put(const Extraction& x, const std::string& version,
                              const std::vector<Mismatch>& mismatches) {
  Impl& m = *impl_;
  if (m.options.read_only) return Status::Error("store is read-only");
  if (x.sha256.empty()) return PutOutcome::kNotStored;

  // The batch (and with it the write lock) opens before the lookup, so
  // that another process cannot insert the same bytes between the lookup
  // and the insert.
  bool opened = false;
  if (!m.in_batch) {
    if (m.begin.Step() != SQLITE_DONE) {
      return SqlError(m.db, "starting a batch");
    }
    m.in_batch = true;
    m.batch_docs = 0;
    m.batch_start = Clock::now();
    opened = true;
  }
  // Existing row for these bytes?
  int64_t id = 0;
  bool exists = false, same_version = false, had_errors = false;
  {
    Stmt& s = m.find_doc;
    s.Text(1, x.sha256);
    int rc = sqlite3_step(s.get());
    if (rc == SQLITE_ROW) {
      exists = true;
      id = sqlite3_column_int64(s.get(), 0);
      const unsigned char* v = sqlite3_column_text(s.get(), 1);
      same_version = v && version == reinterpret_cast<const char*>(v);
      had_errors = sqlite3_column_bytes(s.get(), 2) > 0;
    }
    sqlite3_reset(s.get());
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      Status st = SqlError(m.db, "looking up a document");
      (void)Exec(m.db, "ROLLBACK");
      m.in_batch = false;
      return st;
    }
  }
  if (exists && same_version && !had_errors) {
    if (opened) (void)Flush();  // hold no write lock for nothing
    return PutOutcome::kSkipped;
  }
  // Never trade clean rows for a failed extraction.
  if (exists && !had_errors && !x.errors.empty()) {
    if (opened) (void)Flush();
    return PutOutcome::kKept;
  }
  Status st;
  const std::string now = UtcNow();
  if (exists) {
    for (Stmt& del : m.delete_children) {
      del.Int(1, id);
      if (del.Step() != SQLITE_DONE) {
        st = SqlError(m.db, "deleting old rows");
        break;
      }
    }
    if (st.ok()) {
      m.BindDocument(&m.update_doc, x, version, now);
      m.update_doc.Int(12, id);
      if (m.update_doc.Step() != SQLITE_DONE) {
        st = SqlError(m.db, "updating a document");
      }
    }
  } else {
    m.BindDocument(&m.insert_doc, x, version, now);
    if (m.insert_doc.Step() != SQLITE_DONE) {
      st = SqlError(m.db, "inserting a document");
    } else {
      id = sqlite3_last_insert_rowid(m.db);
    }
  }
  if (st.ok()) st = m.WriteRows(id, x, mismatches);
  if (!st.ok()) {
    // Half a document must never be committed, so the whole open batch
    // goes (see store.h for why there is no per-document SAVEPOINT).
    const int lost = m.batch_docs;
    (void)Exec(m.db, "ROLLBACK");
    m.in_batch = false;
    return Status::StoreFailed(x.source + ": " + st.error() +
                               "; rolled back the uncommitted batch (" +
                               std::to_string(lost) + " earlier documents)");
  }
  ++m.batch_docs;
  if (m.batch_docs >= m.options.batch_documents ||
      std::chrono::duration<double>(Clock::now() - m.batch_start).count() >=
          m.options.batch_seconds) {
    if (Status f = Flush(); !f.ok()) return f;
  }
  return exists ? PutOutcome::kReplaced : PutOutcome::kInserted;
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

Status Store::PutChecks(const std::vector<CheckRow>& rows) {
  if (Status st = Flush(); !st.ok()) return st;
  sqlite3* db = impl_->db;
  Stmt del, ins;
  if (Status st = del.Prepare(db, "DELETE FROM checks WHERE path = ?1");
      !st.ok()) {
    return st;
  }
  if (Status st = ins.Prepare(
          db,
          "INSERT INTO checks (path, sha256, checked_at, kind, subject, "
          "outcome, header_value, text_value) "
          "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3, ?4, ?5, "
          "?6, ?7)");
      !st.ok()) {
    return st;
  }
  if (Status st = Exec(db, "BEGIN IMMEDIATE"); !st.ok()) return st;
  std::string last_path;
  for (const CheckRow& r : rows) {
    if (r.path != last_path) {
      del.Text(1, r.path);
      if (del.Step() != SQLITE_DONE) {
        Status st = SqlError(db, "replacing check results");
        (void)Exec(db, "ROLLBACK");
        return st;
      }
      last_path = r.path;
    }
    const std::string* values[] = {&r.path,      &r.sha256,  &r.kind,
                                   &r.subject,   &r.outcome, &r.header_value,
                                   &r.text_value};
    for (int i = 0; i < 7; ++i) ins.Text(i + 1, *values[i]);
    if (ins.Step() != SQLITE_DONE) {
      Status st = SqlError(db, "storing check results");
      (void)Exec(db, "ROLLBACK");
      return st;
    }
  }
  return Exec(db, "COMMIT");
}

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
