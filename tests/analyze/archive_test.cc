// Archives as inputs: members listed and read in order, skips as in a
// directory walk, one level of nesting, bad members reported and skipped,
// and a .tar.gz of corpus/ giving the same store as the directory.
#include <archive.h>
#include <archive_entry.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "analyze/archive_input.h"
#include "analyze/ingest.h"
#include "analyze/input_list.h"
#include "analyze/store_digest.h"
#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::Quote;
using testing::ReadAll;
using testing::TempDir;
using testing::WriteFile;

std::string Seed(const char* name) {
  return ReadAll(std::string(SECX_SOURCE_DIR) + "/corpus/seeds/" + name);
}

// Writes an archive of `members` (name -> bytes, in that order) in the
// format its name says: .zip, .tar.gz or .tar.
void WriteArchive(
    const std::string& path,
    const std::vector<std::pair<std::string, std::string>>& members) {
  archive* a = archive_write_new();
  if (path.size() > 4 && path.substr(path.size() - 4) == ".zip") {
    archive_write_set_format_zip(a);
    // Stored, not deflated: tests damage a member's bytes by their text.
    archive_write_set_format_option(a, "zip", "compression", "store");
  } else {
    archive_write_set_format_pax_restricted(a);
    if (path.substr(path.size() - 3) == ".gz") archive_write_add_filter_gzip(a);
  }
  REQUIRE(archive_write_open_filename(a, path.c_str()) == ARCHIVE_OK);
  for (const auto& [name, bytes] : members) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    const bool dir = !name.empty() && name.back() == '/';
    archive_entry_set_filetype(e, dir ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, dir ? 0 : bytes.size());
    REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
    if (!dir) archive_write_data(a, bytes.data(), bytes.size());
    archive_entry_free(e);
  }
  REQUIRE(archive_write_close(a) == ARCHIVE_OK);
  archive_write_free(a);
}

std::vector<std::string> Paths(const std::vector<InputFile>& inputs) {
  std::vector<std::string> out;
  for (const InputFile& in : inputs) out.push_back(in.path);
  return out;
}

TEST_CASE("archive members are inputs named ARCHIVE!member", "[archive]") {
  TempDir dir, work;
  const std::string one = Seed("iij-form-sd-2015.txt");
  const std::string two = Seed("iij-dividend-2018-ocr.txt");
  WriteArchive(
      work / "inner.tar.gz",
      {{"two.txt", two}, {"deeper.zip", "PK"}, {"notes.md", "# skipped"}});
  WriteArchive(dir / "set.zip",
               {{"a/", ""},
                {"./a/one.txt", one},
                {".hidden/x.txt", one},
                {"a/.x.txt", one},
                {"a/manifest.json", "{}"},
                {"a/x.expected.json", "{}"},
                {"inner.tar.gz", ReadAll(work / "inner.tar.gz")},
                {"b/three.txt", "third"}});
  REQUIRE(
      std::system(("printf 'gz text' | gzip -c > " + Quote(dir / "four.txt.gz"))
                      .c_str()) == 0);

  std::vector<InputFile> inputs = ListInputs({dir.path()});
  const std::string zip = dir / "set.zip";
  CHECK(Paths(inputs) == std::vector<std::string>{
                             dir / "four.txt.gz!four.txt", zip + "!a/one.txt",
                             zip + "!inner.tar.gz!two.txt",
                             zip + "!inner.tar.gz!deeper.zip",
                             zip + "!b/three.txt"});
  REQUIRE(inputs.size() == 5);
  CHECK(inputs[3].error == "archive nested more than one level deep: not read");
  CHECK(InputSize(inputs[1]) == one.size());
  // Read in order, as one worker would.
  std::string bytes;
  REQUIRE(ReadInput(inputs[0], 1 << 20, &bytes).ok());
  CHECK(bytes == "gz text");
  REQUIRE(ReadInput(inputs[1], 1 << 20, &bytes).ok());
  CHECK(bytes == one);
  REQUIRE(ReadInput(inputs[2], 1 << 20, &bytes).ok());
  CHECK(bytes == two);
  // Members over the size limit are refused, the next one is read.
  Status st = ReadInput(inputs[4], 3, &bytes);
  CHECK_THAT(st.error(), Catch::Contains("over the"));
}

TEST_CASE("workers read the members of one archive in turn", "[archive]") {
  TempDir dir, db_dir;
  std::vector<std::pair<std::string, std::string>> members;
  std::map<std::string, std::string> expected;
  for (int i = 0; i < 300; ++i) {
    std::string name = "m/" + std::to_string(1000 + i) + ".txt";
    std::string text = "FORM 8-K\nmember " + std::to_string(i) + "\n";
    members.push_back({name, text});
    expected[name] = text;
  }
  WriteArchive(dir / "many.tar.gz", members);
  IngestOptions options;
  options.jobs = 4;
  options.window = 4;
  std::vector<std::string> errors;
  options.error = [&](const std::string& e) { errors.push_back(e); };
  std::vector<InputFile> inputs = ListInputs({dir / "many.tar.gz"});
  REQUIRE(inputs.size() == 300);
  Result<IngestSummary> r = Ingest(inputs, db_dir / "s.db", options);
  REQUIRE(r.ok());
  CHECK(errors.empty());
  CHECK(r.value().inserted == 300);
  size_t bytes = 0;
  for (const auto& [name, text] : expected) bytes += text.size();
  CHECK(r.value().bytes == bytes);
}

TEST_CASE("bad members are reported and skipped", "[archive]") {
  TempDir dir, db_dir;
  const std::string one = Seed("iij-form-sd-2015.txt");
  const std::string two = Seed("iij-dividend-2018-ocr.txt");
  // A zip whose first member's data is damaged (its CRC fails).
  WriteArchive(dir / "bad.zip", {{"bad.txt", one}, {"good.txt", two}});
  std::string zip = ReadAll(dir / "bad.zip");
  const size_t at = zip.find("Form SD");
  REQUIRE(at != std::string::npos);  // stored or deflated, some text shows
  zip[at] = 'X';
  WriteFile(dir / "bad.zip", zip);
  // A tar.gz cut short inside its third member. The members are
  // incompressible, so that the cut falls where their sizes say.
  auto noise = [](int seed) {
    std::string text = "FORM 8-K\n";
    uint32_t x = seed;
    for (int i = 0; i < 200000; ++i) {
      x = x * 1664525u + 1013904223u;
      text += static_cast<char>('a' + (x >> 24) % 26);
    }
    return text;
  };
  WriteArchive(dir / "cut.tar.gz", {{"first.txt", noise(1)},
                                    {"second.txt", noise(2)},
                                    {"third.txt", noise(3)}});
  std::string tgz = ReadAll(dir / "cut.tar.gz");
  WriteFile(dir / "cut.tar.gz", tgz.substr(0, tgz.size() * 9 / 10));
  WriteFile(dir / "fake.tar", "not a tar at all");

  std::vector<std::string> errors;
  IngestOptions options;
  options.jobs = 2;
  options.error = [&](const std::string& e) { errors.push_back(e); };
  Result<IngestSummary> r =
      Ingest(ListInputs({dir.path()}), db_dir / "s.db", options);
  REQUIRE(r.ok());
  REQUIRE(errors.size() == 4);
  CHECK_THAT(errors[0],
             Catch::StartsWith(dir / "bad.zip!bad.txt: cannot read member: "));
  CHECK_THAT(
      errors[1],
      Catch::StartsWith(dir / "cut.tar.gz!third.txt: cannot read member: "));
  CHECK_THAT(errors[2],
             Catch::StartsWith(dir / "cut.tar.gz: damaged archive, nothing "
                                     "after member 'third.txt' read: "));
  CHECK_THAT(errors[3], Catch::StartsWith(dir / "fake.tar: "));
  for (const std::string& e : errors) CHECK(e.find('\n') == std::string::npos);
  // good.txt and the members before the damage are stored.
  CHECK(r.value().inserted == 3);
  auto digest = DigestStore(db_dir / "s.db", DigestOptions());
  REQUIRE(digest.ok());
  std::string docs;
  for (const std::string& row : digest.value()["documents"]) docs += row + "\n";
  CHECK_THAT(docs, Catch::Contains("bad.zip!good.txt"));
  CHECK_THAT(docs, Catch::Contains("cut.tar.gz!first.txt"));
}

TEST_CASE("a .tar.gz of corpus/ ingests to the same store as the directory",
          "[archive][corpus]") {
  TempDir dir;
  const std::string tgz = dir / "corpus.tar.gz";
  REQUIRE(std::system(("tar -C " + Quote(SECX_SOURCE_DIR) +
                       " --sort=name -czf " + Quote(tgz) + " corpus")
                          .c_str()) == 0);
  IngestOptions options;
  options.jobs = 2;
  Result<IngestSummary> from_dir =
      Ingest(ListInputs({std::string(SECX_SOURCE_DIR) + "/corpus"}),
             dir / "dir.db", options);
  Result<IngestSummary> from_tar =
      Ingest(ListInputs({tgz}), dir / "tar.db", options);
  REQUIRE(from_dir.ok());
  REQUIRE(from_tar.ok());
  CHECK(from_dir.value().files == from_tar.value().files);
  CHECK(from_dir.value().failed == 0);
  CHECK(from_tar.value().failed == 0);
  CHECK(from_dir.value().inserted > 50);
  CHECK(from_dir.value().inserted == from_tar.value().inserted);

  // Every row the same; the paths differ by their prefix only.
  DigestOptions no_paths;
  no_paths.ignore = {"documents.path"};
  Result<StoreDiff> diff =
      CompareStores(dir / "dir.db", dir / "tar.db", no_paths);
  REQUIRE(diff.ok());
  for (const std::string& line : diff.value().lines) UNSCOPED_INFO(line);
  CHECK(diff.value().differences == 0);
  CHECK(diff.value().documents == from_dir.value().inserted);
  auto a = DigestStore(dir / "dir.db", DigestOptions());
  auto b = DigestStore(dir / "tar.db", DigestOptions());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  auto docs = [](StoreDigest d, const std::string& prefix) {
    std::vector<std::string> rows;
    for (std::string row : d["documents"]) {
      size_t at = row.find(prefix);
      REQUIRE(at != std::string::npos);
      rows.push_back(row.erase(at, prefix.size()));
    }
    return rows;
  };
  CHECK(docs(a.value(), std::string(SECX_SOURCE_DIR) + "/corpus/") ==
        docs(b.value(), tgz + "!corpus/"));
}

}  // namespace
}  // namespace secx
