#include "analyze/ingest.h"

#include <catch2/catch.hpp>

#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::ReadAll;
using testing::TempDir;
using testing::WriteFile;

const char* const kSeeds[] = {"iij-form-sd-2015.txt",
                              "iij-dividend-2018-ocr.txt"};

// A directory with the seed filings and one bad input.
void MakeCorpus(const TempDir& dir) {
  for (const char* seed : kSeeds) {
    WriteFile(dir / seed,
              ReadAll(std::string(SECX_SOURCE_DIR) + "/corpus/seeds/" + seed));
  }
  WriteFile(dir / "empty.txt", "");
}

std::unique_ptr<Store> OpenStore(const std::string& path) {
  auto s = Store::Open(path, StoreOptions());
  REQUIRE(s.ok());
  return std::move(s).value();
}

TEST_CASE("ingest stores what extract gives, once", "[ingest]") {
  TempDir dir, db_dir;
  MakeCorpus(dir);
  const std::string db = db_dir / "secx.db";
  IngestOptions options;
  options.jobs = 2;
  std::vector<std::string> errors;
  options.error = [&](const std::string& e) { errors.push_back(e); };
  std::vector<InputFile> inputs = ExpandInputs({dir.path()});
  REQUIRE(inputs.size() == 3);

  Result<IngestSummary> first = Ingest(inputs, db, options);
  REQUIRE(first.ok());
  CHECK(first.value().files == 3);
  CHECK(first.value().inserted == 2);
  CHECK(first.value().failed == 1);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith(dir / "empty.txt: "));

  // Every stored document has exactly the fields extract gives.
  {
    auto s = OpenStore(db);
    size_t total = 0;
    for (const char* seed : kSeeds) {
      Extraction x = ExtractFile(dir / seed, options.extract);
      total += x.fields.size();
      std::string n;
      QueryCallbacks cb;
      cb.row = [&](const std::vector<Cell>& row) { n = row[0].text; };
      REQUIRE(s->Query("SELECT COUNT(*) FROM fields f JOIN documents d ON "
                       "d.id = f.document_id WHERE d.sha256 = '" +
                           x.sha256 + "'",
                       cb)
                  .ok());
      CHECK(n == std::to_string(x.fields.size()));
    }
    CHECK(first.value().fields == total);
  }

  // Same bytes, same version: nothing to do.
  Result<IngestSummary> again = Ingest(inputs, db, options);
  REQUIRE(again.ok());
  CHECK(again.value().skipped == 2);
  CHECK(again.value().inserted == 0);
  CHECK(again.value().replaced == 0);

  // A new extractor version re-extracts.
  options.version = "test-next";
  Result<IngestSummary> bumped = Ingest(inputs, db, options);
  REQUIRE(bumped.ok());
  CHECK(bumped.value().replaced == 2);
  CHECK(bumped.value().failed == 1);
  // The empty file is stored too, with its error, and retried each time.
  auto s = OpenStore(db);
  CHECK(s->Count("documents").value() == 3);
  std::string stored_errors;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& row) { stored_errors = row[0].text; };
  REQUIRE(s->Query("SELECT errors FROM documents WHERE errors != ''", cb).ok());
  CHECK_THAT(stored_errors, Catch::Contains("empty.txt"));
}

TEST_CASE("a failing batch loses nothing already stored", "[ingest]") {
  TempDir dir, db_dir;
  MakeCorpus(dir);
  const std::string db = db_dir / "secx.db";
  IngestOptions options;
  REQUIRE(Ingest(ExpandInputs({dir.path()}), db, options).ok());
  int64_t fields = OpenStore(db)->Count("fields").value();

  // Now the same files fail to read (over the size limit) under a new
  // version: the stored rows stay.
  options.version = "test-next";
  options.extract.max_input_bytes = 10;
  Result<IngestSummary> r = Ingest(ExpandInputs({dir.path()}), db, options);
  REQUIRE(r.ok());
  CHECK(r.value().failed == 3);
  CHECK(OpenStore(db)->Count("fields").value() == fields);
  CHECK(OpenStore(db)->Count("documents").value() == 3);
}

}  // namespace
}  // namespace secx
