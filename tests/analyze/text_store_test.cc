// The text in the store: compressed texts and pages, the full-text index
// kept in step on re-extraction, search snippets, and `secx show` /
// `secx search` from a store whose inputs have moved away.
#include "analyze/text_store.h"

#include <catch2/catch.hpp>

#include "analyze/search_snippet.h"
#include "analyze/store.h"
#include "analyze/store_reader.h"
#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::Quote;
using testing::ReadAll;
using testing::RunResult;
using testing::RunSecx;
using testing::TempDir;
using testing::WriteFile;

// A document of two pages whose one field is `value` on page 2.
Extraction TwoPages(int doc, const std::string& word) {
  Extraction x;
  x.source = "doc-" + std::to_string(doc) + ".txt";
  char sha[65];
  std::snprintf(sha, sizeof sha, "%064x", doc);
  x.sha256 = sha;
  Document& d = x.document;
  d.text = "First page about apples.\n\fSecond page: the " + word +
           " dividend of $0.25 per share.\n";
  Page p1, p2;
  p1.number = 1;
  p1.end = d.text.find('\f');
  p2.number = 2;
  p2.start = p1.end + 1;
  p2.end = d.text.size();
  d.pages = {p1, p2};
  Field f;
  f.name = "note";
  f.value = word;
  f.span.start = d.text.find(word);
  f.span.end = f.span.start + word.size();
  f.span.page = 2;
  f.raw = word;
  x.fields.push_back(f);
  return x;
}

int64_t Count(Store* s, const std::string& sql) {
  int64_t n = -1;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& row) { n = std::stoll(row[0].text); };
  REQUIRE(s->Query(sql, cb).ok());
  return n;
}

TEST_CASE("texts compress and come back byte for byte", "[store][text]") {
  std::string text;
  for (int i = 0; i < 2000; ++i)
    text += "Line " + std::to_string(i) + " \xC3\xA9\n";
  Result<std::string> packed = Compress(text);
  REQUIRE(packed.ok());
  CHECK(packed.value().size() < text.size() / 3);
  Result<std::string> back = Decompress(packed.value(), text.size());
  REQUIRE(back.ok());
  CHECK(back.value() == text);
  // A wrong size or damaged bytes are errors, never a wrong text.
  CHECK_FALSE(Decompress(packed.value(), text.size() + 1).ok());
  std::string damaged = packed.value();
  damaged[damaged.size() / 2] ^= 0x55;
  CHECK_FALSE(Decompress(damaged, text.size()).ok());
}

TEST_CASE("the store keeps text and pages and indexes them", "[store][text]") {
  TempDir dir;
  const std::string db = dir / "t.db";
  {
    Result<std::unique_ptr<Store>> s = Store::Open(db, StoreOptions());
    REQUIRE(s.ok());
    Extraction x = TwoPages(1, "quarterly");
    Result<StoredText> t = PackText(x.document);
    REQUIRE(t.ok());
    REQUIRE(s.value()->Put(x, "v1", &t.value()).ok());
    REQUIRE(s.value()->Flush().ok());
    CHECK(Count(s.value().get(), "SELECT COUNT(*) FROM pages") == 2);
    CHECK(Count(s.value().get(), "SELECT COUNT(*) FROM text_index") == 2);

    // Re-extraction under another version: the old page rows leave the
    // index, the new ones come in.
    Extraction y = TwoPages(1, "special");
    Result<StoredText> u = PackText(y.document);
    REQUIRE(s.value()->Put(y, "v2", &u.value()).value() ==
            PutOutcome::kReplaced);
    REQUIRE(s.value()->Flush().ok());
    CHECK(Count(s.value().get(), "SELECT COUNT(*) FROM text_index") == 2);
    CHECK(Count(s.value().get(),
                "SELECT COUNT(*) FROM text_index WHERE text_index MATCH "
                "'quarterly'") == 0);
    CHECK(Count(s.value().get(), "SELECT COUNT(*) FROM document_texts") == 1);
  }
  Result<std::unique_ptr<StoreReader>> r = StoreReader::Open(db);
  REQUIRE(r.ok());
  Result<std::vector<SearchHit>> hits = r.value()->Search("special", 10);
  REQUIRE(hits.ok());
  REQUIRE(hits.value().size() == 1);
  CHECK(hits.value()[0].document_id == 1);
  CHECK(hits.value()[0].page == 2);
  // Every value's span resolves from the stored text.
  Result<std::vector<StoredValue>> values = r.value()->Values("fields", 0);
  REQUIRE(values.ok());
  REQUIRE(values.value().size() == 1);
  const StoredValue& v = values.value()[0];
  const std::string* text = nullptr;
  const std::vector<PageRecord>* pages = nullptr;
  REQUIRE(r.value()->Text(v.document_id, &text, &pages).ok());
  CHECK(text->substr(v.start, v.end - v.start) == "special");
  CHECK(Context(*text, v.start, v.end, 0, 100, "[[", "]]") ==
        "Second page: the [[special]] dividend of $0.25 per share.");
}

TEST_CASE("reindex fills an emptied index", "[store][text]") {
  TempDir dir;
  const std::string db = dir / "t.db";
  Result<std::unique_ptr<Store>> s = Store::Open(db, StoreOptions());
  REQUIRE(s.ok());
  for (int doc = 1; doc <= 3; ++doc) {
    Extraction x = TwoPages(doc, "word" + std::to_string(doc));
    Result<StoredText> t = PackText(x.document);
    REQUIRE(s.value()->Put(x, "v1", &t.value()).ok());
  }
  REQUIRE(s.value()->Flush().ok());
  QueryCallbacks none;
  REQUIRE(s.value()
              ->Query("INSERT INTO text_index(text_index) VALUES('delete-all')",
                      none)
              .ok());
  CHECK(Count(s.value().get(), "SELECT COUNT(*) FROM text_index") == 0);
  int64_t pages = 0;
  REQUIRE(s.value()->RebuildTextIndex(&pages).ok());
  CHECK(pages == 6);
  CHECK(Count(s.value().get(),
              "SELECT COUNT(*) FROM text_index WHERE text_index MATCH "
              "'word2'") == 1);
}

TEST_CASE("snippets mark words, prefixes and phrases", "[search]") {
  const std::vector<std::string> terms =
      SearchTerms("\"record date\" AND divid* NOT cash");
  CHECK(terms == std::vector<std::string>{"record date", "divid*", "cash"});
  const std::string text =
      "The Board declared a dividend. The record\n  date is May 1; "
      "dividends are paid in cash.";
  CHECK(Snippet(text, 0, text.size(), terms, 200, "<", ">") ==
        "The Board declared a <dividend>. The <record date> is May 1; "
        "<dividends> are paid in <cash>.");
  // A long page is cut around the first hit, at UTF-8 boundaries.
  std::string longer = std::string(300, 'x') + " \xC3\xA9t\xC3\xA9 cash " +
                       std::string(300, 'y');
  std::string s = Snippet(longer, 0, longer.size(), {"cash"}, 40, "[", "]");
  CHECK(s.find("[cash]") != std::string::npos);
  CHECK(s.rfind("...", 0) == 0);
  CHECK(s.size() < 80);
}

// The acceptance path: ingest, move the inputs away, show every value and
// search, all from the store.
TEST_CASE("show and search work from a store alone", "[cli][text]") {
  TempDir dir;
  const std::string inputs = dir / "in";
  REQUIRE(
      std::system(("mkdir -p " + Quote(inputs) + " && cp " +
                   Quote(std::string(SECX_SOURCE_DIR) +
                         "/corpus/seeds/iij-form-sd-2015.txt") +
                   " " +
                   Quote(std::string(SECX_SOURCE_DIR) + "/corpus/dividends/") +
                   "1001258_8K_2004_0001125282-04-000620.txt " + Quote(inputs))
                      .c_str()) == 0);
  const std::string db = dir / "s.db";
  RunResult ingest =
      RunSecx("ingest -q --db " + Quote(db) + " " + Quote(inputs), dir);
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  REQUIRE(std::system(
              ("mv " + Quote(inputs) + " " + Quote(dir / "moved")).c_str()) ==
          0);

  RunResult all = RunSecx("show --db " + Quote(db) + " --all", dir);
  INFO(all.err);
  CHECK(all.status == 0);
  CHECK_THAT(all.err, Catch::Contains(" 0 without their text"));
  CHECK_THAT(all.out, Catch::Contains("[[Internet Initiative Japan Inc.]]"));

  RunResult one = RunSecx("show --db " + Quote(db) + " --dividend 1", dir);
  INFO(one.err);
  CHECK(one.status == 0);
  // A dividend's span is the sentence it was read from.
  CHECK_THAT(one.out, Catch::Contains("[[On February 18, 2004, Asta Funding"));
  CHECK_THAT(one.out, Catch::Contains("March 31, 2003.]]"));

  RunResult json =
      RunSecx("show --db " + Quote(db) + " --field 1 -f json", dir);
  CHECK(json.status == 0);
  CHECK_THAT(json.out, Catch::Contains("\"context\":"));

  RunResult found = RunSecx(
      "search --db " + Quote(db) + " -f csv '\"quarterly cash dividend\"'",
      dir);
  INFO(found.err);
  CHECK(found.status == 0);
  CHECK_THAT(found.out,
             Catch::Contains("1001258_8K_2004_0001125282-04-000620.txt"));
  CHECK_THAT(found.out, Catch::Contains("**quarterly cash dividend**"));

  RunResult bad = RunSecx("search --db " + Quote(db) + " '\"unclosed'", dir);
  CHECK(bad.status == 1);
  CHECK_THAT(bad.err, Catch::Contains("search"));
  RunResult none = RunSecx("show --db " + Quote(db) + " --field 999999", dir);
  CHECK(none.status == 1);
  CHECK_THAT(none.err, Catch::Contains("no row 999999 in fields"));
  RunResult usage = RunSecx("show --db " + Quote(db), dir);
  CHECK(usage.status == 2);
}

// --png: the page of a scanned input drawn again with the value's box,
// from the stored path or, once moved, from --source (checked by SHA-256).
TEST_CASE("show --png draws the box of an OCR value", "[cli][text][ocr]") {
  TempDir dir;
  const std::string scan = dir / "cover.png";
  REQUIRE(std::system(("cp " +
                       Quote(std::string(SECX_SOURCE_DIR) +
                             "/corpus/scans/form-sd-cover.png") +
                       " " + Quote(scan))
                          .c_str()) == 0);
  const std::string db = dir / "s.db";
  RunResult ingest =
      RunSecx("ingest -q --db " + Quote(db) + " " + Quote(scan), dir);
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  RunResult id = RunSecx("query --db " + Quote(db) +
                             " -f csv \"SELECT rowid FROM fields WHERE name = "
                             "'commission_file_number' AND bbox_left IS NOT "
                             "NULL\"",
                         dir);
  REQUIRE(id.status == 0);
  const std::string rowid = testing::Lines(id.out).at(1);
  RunResult png = RunSecx("show -q --db " + Quote(db) + " --field " + rowid +
                              " --png " + Quote(dir / "box.png"),
                          dir);
  INFO(png.err);
  REQUIRE(png.status == 0);
  const std::string bytes = ReadAll(dir / "box.png");
  REQUIRE(bytes.size() > 1000);
  CHECK(bytes.compare(1, 3, "PNG") == 0);

  // Moved: found again under --source; a changed file is refused.
  REQUIRE(std::system(("mkdir " + Quote(dir / "elsewhere") + " && mv " +
                       Quote(scan) + " " + Quote(dir / "elsewhere"))
                          .c_str()) == 0);
  RunResult gone = RunSecx("show --db " + Quote(db) + " --field " + rowid +
                               " --png " + Quote(dir / "b2.png"),
                           dir);
  CHECK(gone.status == 1);
  CHECK_THAT(gone.err, Catch::Contains("--source"));
  RunResult moved = RunSecx("show -q --db " + Quote(db) + " --field " + rowid +
                                " --png " + Quote(dir / "b2.png") +
                                " --source " + Quote(dir / "elsewhere"),
                            dir);
  INFO(moved.err);
  CHECK(moved.status == 0);
  WriteFile(dir / "other.png", "not the same bytes");
  RunResult changed = RunSecx("show --db " + Quote(db) + " --field " + rowid +
                                  " --png " + Quote(dir / "b3.png") +
                                  " --source " + Quote(dir / "other.png"),
                              dir);
  CHECK(changed.status == 1);
  CHECK_THAT(changed.err, Catch::Contains("SHA-256 differs"));
}

}  // namespace
}  // namespace secx
