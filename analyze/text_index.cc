#include "analyze/text_index.h"

#include <sqlite3.h>

#include <memory>
#include <string>

namespace secx {
namespace {

using StmtPtr = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

Status Prepare(sqlite3* db, const char* sql, StmtPtr* out) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
    return Status::StoreFailed(std::string("sqlite: ") + sqlite3_errmsg(db));
  }
  out->reset(s);
  return Status::Ok();
}

Status Error(sqlite3* db, const char* what) {
  return Status::StoreFailed(std::string("sqlite: ") + what + ": " +
                             sqlite3_errmsg(db));
}

// One INSERT into the index: a row, or a 'delete' of one.
Status WriteRows(sqlite3* db, int64_t document_id, std::string_view text,
                 const std::vector<PageRecord>& pages, bool remove) {
  StmtPtr s(nullptr, &sqlite3_finalize);
  const char* sql = remove ? "INSERT INTO text_index(text_index, rowid, text) "
                             "VALUES('delete', ?, ?)"
                           : "INSERT INTO text_index(rowid, text) VALUES(?, ?)";
  if (Status st = Prepare(db, sql, &s); !st.ok()) return st;
  for (const auto& [rowid, page] : IndexRows(document_id, text, pages)) {
    sqlite3_bind_int64(s.get(), 1, rowid);
    sqlite3_bind_text(s.get(), 2, page.data(), static_cast<int>(page.size()),
                      SQLITE_STATIC);
    const int rc = sqlite3_step(s.get());
    sqlite3_reset(s.get());
    if (rc != SQLITE_DONE) return Error(db, "writing the text index");
  }
  return Status::Ok();
}

}  // namespace

Status IndexText(sqlite3* db, int64_t document_id, std::string_view text,
                 const std::vector<PageRecord>& pages) {
  return WriteRows(db, document_id, text, pages, false);
}

Status ReadStoredText(sqlite3* db, int64_t document_id, std::string* text,
                      std::vector<PageRecord>* pages, bool* found) {
  *found = false;
  StmtPtr s(nullptr, &sqlite3_finalize);
  if (Status st = Prepare(db,
                          "SELECT size, data FROM document_texts "
                          "WHERE document_id = ? ORDER BY rowid DESC LIMIT 1",
                          &s);
      !st.ok()) {
    return st;
  }
  sqlite3_bind_int64(s.get(), 1, document_id);
  int rc = sqlite3_step(s.get());
  if (rc == SQLITE_DONE) return Status::Ok();
  if (rc != SQLITE_ROW) return Error(db, "reading a stored text");
  const char* data = static_cast<const char*>(sqlite3_column_blob(s.get(), 1));
  Result<std::string> t = Decompress(
      std::string_view(data ? data : "", sqlite3_column_bytes(s.get(), 1)),
      sqlite3_column_int64(s.get(), 0));
  if (!t.ok()) {
    return t.status().Prefixed("document " + std::to_string(document_id) +
                               ": ");
  }
  *text = std::move(t).value();
  *found = true;
  pages->clear();
  StmtPtr p(nullptr, &sqlite3_finalize);
  if (Status st = Prepare(db,
                          "SELECT number, start, end, ocr, width, height, dpi, "
                          "mean_confidence, image, image_page FROM pages "
                          "WHERE document_id = ? ORDER BY number",
                          &p);
      !st.ok()) {
    return st;
  }
  sqlite3_bind_int64(p.get(), 1, document_id);
  while ((rc = sqlite3_step(p.get())) == SQLITE_ROW) {
    Page page;
    page.number = sqlite3_column_int(p.get(), 0);
    page.start = static_cast<size_t>(sqlite3_column_int64(p.get(), 1));
    page.end = static_cast<size_t>(sqlite3_column_int64(p.get(), 2));
    page.ocr = sqlite3_column_int(p.get(), 3) != 0;
    page.width = sqlite3_column_int(p.get(), 4);
    page.height = sqlite3_column_int(p.get(), 5);
    page.dpi = sqlite3_column_int(p.get(), 6);
    page.mean_confidence =
        static_cast<float>(sqlite3_column_double(p.get(), 7) * 100.0);
    const bool image = sqlite3_column_type(p.get(), 8) != SQLITE_NULL;
    page.binary = image ? sqlite3_column_int(p.get(), 8) : -1;
    page.binary_page = image ? sqlite3_column_int(p.get(), 9) : -1;
    pages->push_back({page});
  }
  if (rc != SQLITE_DONE) return Error(db, "reading pages");
  return Status::Ok();
}

Status UnindexDocument(sqlite3* db, int64_t document_id) {
  std::string text;
  std::vector<PageRecord> pages;
  bool found = false;
  if (Status st = ReadStoredText(db, document_id, &text, &pages, &found);
      !st.ok() || !found) {
    // A damaged old text cannot be taken out; its rows stay in the index
    // until --reindex (search cuts snippets from the current text).
    return st.store_failed() ? st : Status::Ok();
  }
  return WriteRows(db, document_id, text, pages, true);
}

Status RebuildTextIndex(sqlite3* db, int64_t* pages_indexed) {
  *pages_indexed = 0;
  char* err = nullptr;
  auto exec = [&](const char* sql) -> Status {
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errmsg(db);
      sqlite3_free(err);
      return Status::StoreFailed("sqlite: " + msg);
    }
    return Status::Ok();
  };
  if (Status st = exec("BEGIN IMMEDIATE"); !st.ok()) return st;
  Status st = exec("INSERT INTO text_index(text_index) VALUES('delete-all')");
  StmtPtr ids(nullptr, &sqlite3_finalize);
  if (st.ok()) {
    st = Prepare(
        db, "SELECT DISTINCT document_id FROM document_texts ORDER BY 1", &ids);
  }
  while (st.ok()) {
    const int rc = sqlite3_step(ids.get());
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) {
      st = Error(db, "listing stored texts");
      break;
    }
    const int64_t id = sqlite3_column_int64(ids.get(), 0);
    std::string text;
    std::vector<PageRecord> pages;
    bool found = false;
    st = ReadStoredText(db, id, &text, &pages, &found);
    if (st.ok() && found) {
      st = IndexText(db, id, text, pages);
      *pages_indexed += static_cast<int64_t>(IndexRows(id, text, pages).size());
    }
  }
  ids.reset();
  if (!st.ok()) {
    (void)exec("ROLLBACK");
    return st;
  }
  return exec("COMMIT");
}

}  // namespace secx
