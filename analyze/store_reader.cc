#include "analyze/store_reader.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <ctime>

#include "analyze/store.h"
#include "analyze/text_index.h"

namespace secx {
namespace {

using StmtPtr = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

std::string Col(sqlite3_stmt* s, int i) {
  const unsigned char* p = sqlite3_column_text(s, i);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         sqlite3_column_bytes(s, i))
           : std::string();
}

// The reviews of a value of table `t` aliased v: same document, span and
// value (analyze/reviews.h).
std::string ReviewMatch(const RecordTable& t) {
  return std::string("r.document_id = v.document_id AND r.record_table = '") +
         t.table +
         "' AND r.record_start = v.start AND r.record_end = v.end AND "
         "r.value_before = " +
         t.key;
}

// SELECT of the StoredValue columns from table `t` aliased v.
std::string ValueSelect(const RecordTable& t) {
  const std::string latest = "(SELECT r.%s FROM reviews r WHERE " +
                             ReviewMatch(t) +
                             " ORDER BY r.reviewed_at DESC, r.rowid DESC "
                             "LIMIT 1)";
  auto review = [&](const char* column) {
    std::string s = latest;
    return s.replace(s.find("%s"), 2, column);
  };
  return std::string("SELECT v.rowid, v.document_id, ") + t.label + ", " +
         t.value + ", " + t.key + ", v.start, v.end, v.page, " +
         (t.boxes ? "v.bbox_left, v.bbox_top, v.bbox_right, v.bbox_bottom"
                  : "NULL, NULL, NULL, NULL") +
         ", v.confidence, v.rule, " + review("action") + ", " +
         review("value_after") + " FROM " + t.table + " v";
}

StoredValue ReadValue(const RecordTable& t, sqlite3_stmt* s) {
  StoredValue v;
  v.table = t.table;
  v.rowid = sqlite3_column_int64(s, 0);
  v.document_id = sqlite3_column_int64(s, 1);
  v.label = Col(s, 2);
  v.value = Col(s, 3);
  v.key = Col(s, 4);
  v.start = sqlite3_column_int64(s, 5);
  v.end = sqlite3_column_int64(s, 6);
  v.page = sqlite3_column_int(s, 7);
  if (sqlite3_column_type(s, 8) != SQLITE_NULL) {
    v.box = Box{sqlite3_column_int(s, 8), sqlite3_column_int(s, 9),
                sqlite3_column_int(s, 10), sqlite3_column_int(s, 11)};
  }
  if (sqlite3_column_type(s, 12) != SQLITE_NULL) {
    v.confidence = sqlite3_column_double(s, 12);
  }
  v.rule = Col(s, 13);
  v.review = Col(s, 14);
  v.reviewed_value = Col(s, 15);
  return v;
}

bool Utf8Continuation(char c) { return (c & 0xC0) == 0x80; }

}  // namespace

const std::vector<RecordTable>& RecordTables() {
  static const std::vector<RecordTable> kTables = {
      {"fields", "field",
       "v.name || CASE WHEN v.entity > 0 THEN ' (entity ' || v.entity || ')' "
       "ELSE '' END",
       "v.value", "v.value", true},
      {"tickers", "ticker", "'ticker'",
       "COALESCE(v.exchange || ':', '') || COALESCE(v.symbol, '')",
       "COALESCE(v.symbol, '')", true},
      {"dividends", "dividend", "'dividend' || COALESCE(' ' || v.kind, '')",
       "COALESCE(v.per_share_text, '') || COALESCE(' ' || v.currency, '') || "
       "COALESCE(' record ' || v.record_date, '') || "
       "COALESCE(' payable ' || v.payable_date, '') || "
       "COALESCE(' (' || v.status || ')', '')",
       "COALESCE(v.per_share_text, '')", true},
      {"revenue_shares", "revenue-share", "'revenue share'",
       "COALESCE(v.percent_text || '%', '') || COALESCE(' of ' || v.metric, "
       "'') || COALESCE(' from ' || v.subject, '')",
       "COALESCE(v.percent_text, '')", true},
      {"facts", "fact", "v.name", "COALESCE(v.value, '')",
       "COALESCE(v.value, '')", true},
      {"corrections", "correction", "'OCR repair'",
       "COALESCE(v.from_text, '') || ' -> ' || COALESCE(v.to_text, '')",
       "COALESCE(v.to_text, '')", false},
  };
  return kTables;
}

const RecordTable* FindRecordTable(const std::string& name) {
  for (const RecordTable& t : RecordTables()) {
    if (name == t.table || name == t.flag) return &t;
  }
  return nullptr;
}

struct StoreReader::Impl {
  sqlite3* db = nullptr;
  std::string path;
  bool reviews = false;
  int64_t text_id = -1;
  std::string text;
  std::vector<PageRecord> pages;
  ~Impl() { sqlite3_close_v2(db); }

  Status Error(const std::string& what) const {
    return Status::Error(path + ": " + what + ": " + sqlite3_errmsg(db));
  }
  Result<StmtPtr> Prepare(const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
      return Error("preparing a query");
    }
    return StmtPtr(s, &sqlite3_finalize);
  }
};

StoreReader::StoreReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StoreReader::~StoreReader() = default;

Result<std::unique_ptr<StoreReader>> StoreReader::Open(const std::string& path,
                                                       bool reviews) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    return Status::Error(path + ": no such database");
  }
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->reviews = reviews;
  const int flags = (reviews ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) |
                    SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &impl->db, flags, nullptr) != SQLITE_OK) {
    return Status::Error(path + ": " + sqlite3_errmsg(impl->db));
  }
  sqlite3_busy_timeout(impl->db, 10000);
  if (!reviews) sqlite3_exec(impl->db, "PRAGMA query_only = 1", 0, 0, 0);
  Result<StmtPtr> v = impl->Prepare(
      "SELECT (SELECT user_version FROM pragma_user_version), "
      "(SELECT COUNT(*) FROM sqlite_master WHERE name = 'document_texts')");
  if (!v.ok()) return v.status();
  if (sqlite3_step(v.value().get()) != SQLITE_ROW ||
      sqlite3_column_int(v.value().get(), 1) == 0) {
    return Status::Error(path + ": the store keeps no texts (schema version " +
                         Col(v.value().get(), 0) +
                         "); run secx ingest with this secx to migrate it");
  }
  return std::unique_ptr<StoreReader>(new StoreReader(std::move(impl)));
}

Result<StoredDocument> StoreReader::Document(int64_t id) {
  Result<StmtPtr> s = impl_->Prepare(
      "SELECT id, path, sha256, COALESCE(kind, ''), COALESCE(form, '') "
      "FROM documents WHERE id = ?");
  if (!s.ok()) return s.status();
  sqlite3_bind_int64(s.value().get(), 1, id);
  if (sqlite3_step(s.value().get()) != SQLITE_ROW) {
    return Status::Error("no document " + std::to_string(id) + " in " +
                         impl_->path);
  }
  sqlite3_stmt* r = s.value().get();
  return StoredDocument{sqlite3_column_int64(r, 0), Col(r, 1), Col(r, 2),
                        Col(r, 3), Col(r, 4)};
}

Result<std::vector<StoredDocument>> StoreReader::Documents(int64_t limit) {
  Result<StmtPtr> s = impl_->Prepare(
      "SELECT id, path, sha256, COALESCE(kind, ''), COALESCE(form, '') "
      "FROM documents ORDER BY path LIMIT ?");
  if (!s.ok()) return s.status();
  sqlite3_bind_int64(s.value().get(), 1, limit);
  std::vector<StoredDocument> out;
  sqlite3_stmt* r = s.value().get();
  while (sqlite3_step(r) == SQLITE_ROW) {
    out.push_back({sqlite3_column_int64(r, 0), Col(r, 1), Col(r, 2), Col(r, 3),
                   Col(r, 4)});
  }
  return out;
}

Status StoreReader::Text(int64_t id, const std::string** text,
                         const std::vector<PageRecord>** pages) {
  Impl& m = *impl_;
  if (m.text_id != id) {
    bool found = false;
    m.text_id = -1;
    if (Status st = ReadStoredText(m.db, id, &m.text, &m.pages, &found);
        !st.ok()) {
      return Status::Error(m.path + ": " + st.error());
    }
    if (!found) {
      return Status::Error(m.path + ": document " + std::to_string(id) +
                           " has no stored text (stored by an older secx; "
                           "ingest it again after a new extractor version)");
    }
    m.text_id = id;
  }
  *text = &m.text;
  *pages = &m.pages;
  return Status::Ok();
}

Result<StoredValue> StoreReader::Value(const std::string& table,
                                       int64_t rowid) {
  const RecordTable* t = FindRecordTable(table);
  if (t == nullptr) return Status::Error("no record table " + table);
  Result<StmtPtr> s = impl_->Prepare(ValueSelect(*t) + " WHERE v.rowid = ?");
  if (!s.ok()) return s.status();
  sqlite3_bind_int64(s.value().get(), 1, rowid);
  if (sqlite3_step(s.value().get()) != SQLITE_ROW) {
    return Status::Error("no row " + std::to_string(rowid) + " in " + t->table +
                         " of " + impl_->path);
  }
  return ReadValue(*t, s.value().get());
}

Result<std::vector<StoredValue>> StoreReader::Values(const std::string& table,
                                                     int64_t document_id) {
  const RecordTable* t = FindRecordTable(table);
  if (t == nullptr) return Status::Error("no record table " + table);
  Result<StmtPtr> s = impl_->Prepare(
      ValueSelect(*t) +
      (document_id > 0 ? " WHERE v.document_id = ?" : " WHERE ? = 0") +
      " ORDER BY v.document_id, v.rowid");
  if (!s.ok()) return s.status();
  sqlite3_bind_int64(s.value().get(), 1, document_id);
  std::vector<StoredValue> out;
  int rc;
  while ((rc = sqlite3_step(s.value().get())) == SQLITE_ROW) {
    out.push_back(ReadValue(*t, s.value().get()));
  }
  if (rc != SQLITE_DONE) return impl_->Error("reading " + table);
  return out;
}

Result<std::vector<SearchHit>> StoreReader::Search(const std::string& query,
                                                   int64_t limit) {
  Result<StmtPtr> s = impl_->Prepare(
      "SELECT rowid, bm25(text_index) FROM text_index WHERE text_index "
      "MATCH ? ORDER BY bm25(text_index) LIMIT ?");
  if (!s.ok()) return s.status();
  sqlite3_stmt* r = s.value().get();
  sqlite3_bind_text(r, 1, query.data(), static_cast<int>(query.size()),
                    SQLITE_STATIC);
  sqlite3_bind_int64(r, 2, limit);
  std::vector<SearchHit> out;
  int rc;
  while ((rc = sqlite3_step(r)) == SQLITE_ROW) {
    const int64_t rowid = sqlite3_column_int64(r, 0);
    out.push_back({rowid / kPagesPerDocument,
                   static_cast<int>(rowid % kPagesPerDocument),
                   sqlite3_column_double(r, 1)});
  }
  if (rc != SQLITE_DONE) {
    return Status::Error("search \"" + query +
                         "\": " + sqlite3_errmsg(impl_->db));
  }
  return out;
}

Result<std::pair<int64_t, int64_t>> StoreReader::IndexCoverage() {
  Result<StmtPtr> s = impl_->Prepare(
      "SELECT (SELECT COUNT(*) FROM text_index), (SELECT COUNT(*) FROM pages "
      "p JOIN document_texts t USING (document_id) WHERE p.end > p.start)");
  if (!s.ok()) return s.status();
  if (sqlite3_step(s.value().get()) != SQLITE_ROW) {
    return impl_->Error("counting indexed pages");
  }
  return std::pair<int64_t, int64_t>(sqlite3_column_int64(s.value().get(), 0),
                                     sqlite3_column_int64(s.value().get(), 1));
}

Result<std::vector<QueueItem>> StoreReader::Queue(double min_confidence,
                                                  int64_t limit) {
  struct Source {
    const char* table;
    std::string where;   // on v
    std::string reason;  // SQL text
  };
  char conf[32];
  std::snprintf(conf, sizeof conf, "%.6g", min_confidence);
  const std::vector<Source> sources = {
      {"fields",
       "EXISTS (SELECT 1 FROM mismatches m WHERE m.document_id = "
       "v.document_id AND m.field = v.name AND m.entity = v.entity AND "
       "m.text_value = v.value)",
       "(SELECT CASE m.source WHEN 'ixbrl' THEN 'iXBRL' ELSE 'header' END "
       "|| ' says ' || COALESCE(m.header_value, '') FROM mismatches m WHERE "
       "m.document_id = v.document_id AND m.field = v.name AND m.entity = "
       "v.entity AND m.text_value = v.value LIMIT 1)"},
      {"dividends", "v.check_failures IS NOT NULL",
       "'failed check: ' || replace(v.check_failures, char(10), '; ')"},
      {"fields", std::string("v.confidence < ") + conf,
       "'low confidence ' || printf('%.2f', v.confidence)"},
      {"dividends", std::string("v.confidence < ") + conf,
       "'low confidence ' || printf('%.2f', v.confidence)"},
      {"corrections", "1", "'OCR repair (' || COALESCE(v.rule, '') || ')'"},
  };
  std::vector<QueueItem> out;
  for (const Source& src : sources) {
    const RecordTable& t = *FindRecordTable(src.table);
    // The reason is one more column, after the StoredValue ones.
    std::string sql = ValueSelect(t);
    sql.insert(sql.rfind(" FROM "), ", " + src.reason);
    Result<StmtPtr> s = impl_->Prepare(
        sql + " WHERE (" + src.where +
        ") AND NOT EXISTS (SELECT 1 FROM reviews r WHERE " + ReviewMatch(t) +
        ") ORDER BY v.document_id, v.rowid LIMIT ?");
    if (!s.ok()) return s.status();
    sqlite3_bind_int64(s.value().get(), 1, limit);
    int rc;
    while ((rc = sqlite3_step(s.value().get())) == SQLITE_ROW) {
      QueueItem item{ReadValue(t, s.value().get()), Col(s.value().get(), 16)};
      bool seen = false;  // a field both mismatched and unsure: once
      for (const QueueItem& q : out) {
        seen = seen || (q.value.table == item.value.table &&
                        q.value.rowid == item.value.rowid);
      }
      if (!seen) out.push_back(std::move(item));
    }
    if (rc != SQLITE_DONE) return impl_->Error("reading the review queue");
  }
  return out;
}

Status StoreReader::AddReview(const StoredValue& v, Review review) {
  Impl& m = *impl_;
  if (!m.reviews) return Status::Error("the store was opened read-only");
  if (!IsReviewAction(review.action)) {
    return Status::Error(
        "review action must be accept, correct or reject, "
        "not \"" +
        review.action + "\"");
  }
  if (review.action == "correct" && review.value_after.empty()) {
    return Status::Error("a correction needs the right value");
  }
  if (review.reviewer.empty())
    return Status::Error("a review needs a reviewer");
  review.record_table = v.table;
  review.record_start = v.start;
  review.record_end = v.end;
  review.value_before = v.key;
  if (review.action != "correct") review.value_after.clear();
  if (review.reviewed_at.empty()) review.reviewed_at = UtcNow();
  const RecordType<Review>& type = ReviewRecords();
  std::string sql = "INSERT INTO reviews (document_id";
  std::string marks = "?";
  for (const Column<Review>& c : type.columns) {
    sql += std::string(", ") + c.name;
    marks += ", ?";
  }
  Result<StmtPtr> s = m.Prepare(sql + ") VALUES (" + marks + ")");
  if (!s.ok()) return s.status();
  sqlite3_stmt* r = s.value().get();
  sqlite3_bind_int64(r, 1, v.document_id);
  std::vector<secx::Value> row = RowValues(type, review);
  for (size_t i = 0; i < row.size(); ++i) {
    const secx::Value& x = row[i];
    const int col = static_cast<int>(i) + 2;
    if (x.kind == secx::Value::kInteger) {
      sqlite3_bind_int64(r, col, x.integer);
    } else if (x.kind == secx::Value::kNull) {
      sqlite3_bind_null(r, col);
    } else {
      sqlite3_bind_text(r, col, x.text.data(), static_cast<int>(x.text.size()),
                        SQLITE_TRANSIENT);
    }
  }
  if (sqlite3_step(r) != SQLITE_DONE) return m.Error("writing a review");
  return Status::Ok();
}

std::string Context(const std::string& text, size_t start, size_t end,
                    int lines, size_t max_bytes, const std::string& open,
                    const std::string& close) {
  start = std::min(start, text.size());
  end = std::min(std::max(end, start), text.size());
  size_t from = start;
  for (int n = 0; from > 0 && start - from < max_bytes;) {
    const char c = text[from - 1];
    if ((c == '\n' || c == '\f') && ++n > lines) break;
    --from;
  }
  while (from < start && Utf8Continuation(text[from])) ++from;
  size_t to = end;
  for (int n = 0; to < text.size() && to - end < max_bytes; ++to) {
    if ((text[to] == '\n' || text[to] == '\f') && ++n > lines) break;
  }
  while (to > end && to < text.size() && Utf8Continuation(text[to])) --to;
  std::string out = text.substr(from, start - from) + open +
                    text.substr(start, end - start) + close +
                    text.substr(end, to - end);
  // Form feeds (page breaks) print as nothing useful.
  for (char& c : out) {
    if (c == '\f') c = '\n';
  }
  return out;
}

}  // namespace secx
