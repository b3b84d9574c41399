// Runs the real `secx` binary on bad inputs, batches and queries: what a
// user sees (exit status, one stderr line per failure, one JSON line per
// input) is the contract here.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::Lines;
using testing::Quote;
using testing::ReadAll;
using testing::RunSecx;
using testing::TempDir;
using testing::WriteFile;

std::string Seed(const char* name) {
  return std::string(SECX_SOURCE_DIR) + "/corpus/seeds/" + name;
}

// Every kind of bad input the CLI must survive, with the text its error
// must contain ("" when the input may also be read without error).
struct BadInput {
  std::string name;
  std::string error;
};

std::vector<BadInput> MakeBadInputs(const TempDir& dir) {
  std::vector<BadInput> bad;
  WriteFile(dir / "empty.txt", "");
  bad.push_back({"empty.txt", "empty"});

  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919) % 256);
  WriteFile(dir / "garbage.bin", garbage);
  bad.push_back({"garbage.bin", "binary"});

  std::string sgml = ReadAll(Seed("iij-form-sd-2015.txt"));
  WriteFile(dir / "truncated.txt",
            "<SEC-DOCUMENT>0001-23-000001.txt\n<SEC-HEADER>\nACCESSION NUMBER:"
            "\t0001\nCONFORMED SUBMISSION TYPE:\t8-K\n<DOCUMENT>\n<TYPE>8-K\n"
            "<TEXT>\n" +
                sgml.substr(0, sgml.size() / 2));
  bad.push_back({"truncated.txt", ""});

  WriteFile(dir / "unterminated.htm",
            "<html><body><p>FORM 8-K <b>Acme Corp <table><tr><td>Delaware"
            "<!-- never closed <div class=\"x");
  bad.push_back({"unterminated.htm", ""});

  WriteFile(dir / "longline.txt", std::string(10 << 20, 'a'));
  bad.push_back({"longline.txt", ""});

  WriteFile(dir / "badutf8.txt",
            "FORM 8-K\nAcme \xC3\x28 Corp \xFF\xFE \xE2\x82 Delaware\n");
  bad.push_back({"badutf8.txt", ""});

  // 200 MB, sparse: costs nothing to make; refused by --max-bytes 100M.
  {
    int fd = open((dir / "huge.txt").c_str(), O_CREAT | O_WRONLY, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(ftruncate(fd, off_t{200} << 20) == 0);
    close(fd);
  }
  bad.push_back({"huge.txt", "over the 100.0 MiB limit"});

  bad.push_back({"missing.txt", "No such file or directory"});

  REQUIRE(mkfifo((dir / "fifo").c_str(), 0644) == 0);
  bad.push_back({"fifo", "FIFO"});

  WriteFile(dir / "locked.txt", sgml);
  chmod((dir / "locked.txt").c_str(), 0000);
  bad.push_back({"locked.txt", geteuid() == 0 ? "" : "Permission denied"});
  return bad;
}

TEST_CASE("extract survives every bad input and says what failed", "[cli]") {
  TempDir dir;
  std::vector<BadInput> bad = MakeBadInputs(dir);
  std::string args = "extract --jobs 3 --max-bytes 100M " +
                     Quote(Seed("iij-form-sd-2015.txt"));
  std::vector<std::string> order = {Seed("iij-form-sd-2015.txt")};
  for (const BadInput& b : bad) {
    args += " " + Quote(dir / b.name);
    order.push_back(dir / b.name);
  }
  testing::RunResult r = RunSecx(args, dir);
  CHECK(r.status == 1);

  // One JSON object per input, in input order.
  std::vector<std::string> out = Lines(r.out);
  REQUIRE(out.size() == order.size());
  for (size_t i = 0; i < out.size(); ++i) {
    nlohmann::json j = nlohmann::json::parse(out[i]);
    CHECK(j["source"] == order[i]);
    CHECK(j["errors"].is_array());
  }
  CHECK(nlohmann::json::parse(out[0])["errors"].empty());

  // Each failure is one stderr line naming the file and the cause.
  std::vector<std::string> err = Lines(r.err);
  for (const std::string& line : err) {
    CHECK_THAT(line, Catch::StartsWith("secx: "));
  }
  for (const BadInput& b : bad) {
    if (b.error.empty()) continue;
    INFO(b.name);
    bool found = false;
    for (const std::string& line : err) {
      if (line.rfind("secx: " + (dir / b.name) + ": ", 0) == 0 &&
          line.find(b.error) != std::string::npos) {
        found = true;
      }
    }
    CHECK(found);
  }
}

TEST_CASE("extract exit status: 0 all read, 2 usage", "[cli]") {
  TempDir dir;
  CHECK(RunSecx("extract " + Quote(Seed("iij-form-sd-2015.txt")), dir).status ==
        0);
  CHECK(RunSecx("", dir).status == 2);
  CHECK(RunSecx("extract", dir).status == 2);
  CHECK(RunSecx("extract --ocr sometimes x.txt", dir).status == 2);
  CHECK(RunSecx("extract --no-such-flag x.txt", dir).status == 2);
  CHECK(RunSecx("frobnicate", dir).status == 2);
  testing::RunResult help = RunSecx("extract --help", dir);
  CHECK(help.status == 0);
  CHECK_THAT(help.out, Catch::Contains("Examples:"));
  CHECK_THAT(help.out, Catch::Contains(".expected.json"));
}

TEST_CASE("ingest stores good inputs beside bad ones", "[cli]") {
  TempDir dir, db_dir;
  WriteFile(dir / "a.txt", ReadAll(Seed("iij-form-sd-2015.txt")));
  WriteFile(dir / "b.txt", ReadAll(Seed("iij-dividend-2018-ocr.txt")));
  WriteFile(dir / "empty.txt", "");
  mkfifo((dir / "fifo").c_str(), 0644);  // skipped by the walk
  const std::string db = db_dir / "secx.db";

  testing::RunResult r =
      RunSecx("ingest --db " + Quote(db) + " " + Quote(dir.path()), dir);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("secx: " + (dir / "empty.txt") + ": "));
  CHECK_THAT(r.err, Catch::Contains("2 new"));
  CHECK_THAT(r.err, Catch::Contains("1 failed"));
  CHECK(r.err.find("\r") == std::string::npos);  // no progress: not a tty

  r = RunSecx(
      "query --db " + Quote(db) + " --format csv " +
          Quote("SELECT COUNT(*) AS n FROM documents WHERE errors IS NULL"),
      dir);
  CHECK(r.status == 0);
  CHECK(r.out == "n\n2\n");

  r = RunSecx("ingest --db " + Quote(db) + " " + Quote(dir / "a.txt"), dir);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("1 skipped"));

  // A directory where the database file should be.
  r = RunSecx("ingest --db " + Quote(dir.path()) + " " + Quote(dir / "a.txt"),
              dir);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::StartsWith("secx: " + dir.path()));
}

TEST_CASE("query is read-only and explains bad SQL", "[cli]") {
  TempDir dir;
  const std::string db = dir / "secx.db";
  REQUIRE(RunSecx("ingest --db " + Quote(db) + " " +
                      Quote(Seed("iij-form-sd-2015.txt")),
                  dir)
              .status == 0);
  testing::RunResult r = RunSecx(
      "query --db " + Quote(db) + " " + Quote("DELETE FROM fields"), dir);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("readonly"));

  r = RunSecx("query --db " + Quote(db) + " " + Quote("SELEC 1"), dir);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("syntax error"));
  CHECK(Lines(r.err).size() == 1);

  r = RunSecx("query --db " + Quote(dir / "nope.db") + " " + Quote("SELECT 1"),
              dir);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("no such database"));

  r = RunSecx(
      "query --db " + Quote(db) + " " +
          Quote("SELECT 'a' AS name, 12 AS n UNION ALL SELECT 'bbbb', 3"),
      dir);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "name   n\n"
        "----  --\n"
        "a     12\n"
        "bbbb   3\n"
        "(2 rows)\n");

  r = RunSecx("query --db " + Quote(db) + " --format json " +
                  Quote("SELECT 'a' AS name, 12 AS n, NULL AS z"),
              dir);
  CHECK(r.out == "{\"name\":\"a\",\"n\":12,\"z\":null}\n");
}

TEST_CASE("dash is standard input, and -o -f -q behave the same everywhere",
          "[cli]") {
  TempDir dir;
  const std::string seed = Seed("iij-form-sd-2015.txt");
  // `cat FILE | secx extract -` gives what `secx extract FILE` gives, but
  // for the source name.
  const std::string out = dir / "piped.jsonl";
  int rc = std::system((Quote(SECX_BIN) + " extract - < " + Quote(seed) +
                        " > " + Quote(out) + " 2> /dev/null")
                           .c_str());
  REQUIRE(WIFEXITED(rc));
  CHECK(WEXITSTATUS(rc) == 0);
  testing::RunResult direct = RunSecx("extract " + Quote(seed), dir);
  REQUIRE(direct.status == 0);
  auto piped = nlohmann::json::parse(ReadAll(out));
  auto named = nlohmann::json::parse(direct.out);
  CHECK(piped["source"] == "-");
  CHECK(piped["sha256"] == named["sha256"]);
  CHECK(piped["fields"] == named["fields"]);
  CHECK(piped["checks"] == named["checks"]);

  // -o writes the file and nothing to stdout; -f csv prints the fields.
  testing::RunResult r = RunSecx(
      "extract -q -f csv -o " + Quote(dir / "f.csv") + " " + Quote(seed), dir);
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  std::vector<std::string> csv = Lines(ReadAll(dir / "f.csv"));
  REQUIRE(csv.size() == named["fields"].size() + 1);
  CHECK(csv[0] == "source,name,value,entity,page,start,end,confidence,rule");

  const std::string db = dir / "secx.db";
  REQUIRE(
      RunSecx("ingest -q --db " + Quote(db) + " " + Quote(seed), dir).status ==
      0);
  for (const char* format : {"table", "csv", "json"}) {
    r = RunSecx("query --db " + Quote(db) + " -f " + format + " -o " +
                    Quote(dir / "q.out") + " " + Quote("SELECT 1 AS one"),
                dir);
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK_FALSE(ReadAll(dir / "q.out").empty());
  }
  CHECK(ReadAll(dir / "q.out") == "{\"one\":1}\n");
  r = RunSecx("query --db " + Quote(db) + " -o " +
                  Quote(dir / "missing-dir/q.out") + " " + Quote("SELECT 1"),
              dir);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("cannot write"));
}

TEST_CASE("the store holds numbers as numbers and missing values as NULL",
          "[cli]") {
  TempDir dir;
  const std::string db = dir / "secx.db";
  REQUIRE(RunSecx("ingest -q --db " + Quote(db) + " " +
                      Quote(std::string(SECX_SOURCE_DIR) + "/corpus/seeds"),
                  dir)
              .status == 0);
  testing::RunResult r =
      RunSecx("query -f csv --db " + Quote(db) + " " +
                  Quote("SELECT COUNT(*) AS n, "
                        "SUM(typeof(per_share) = 'real') AS reals, "
                        "SUM(per_share_text = '') AS empty FROM dividends"),
              dir);
  REQUIRE(r.status == 0);
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == 2);
  const std::string n = lines[1].substr(0, lines[1].find(','));
  CHECK(std::stoi(n) > 0);
  CHECK(lines[1] == n + "," + n + ",0");
}

TEST_CASE("check scores cover values against labels, on one part of a split",
          "[cli][accuracy]") {
  TempDir dir;
  std::string seed = ReadAll(Seed("iij-form-sd-2015.txt"));
  std::string corpus = dir / "corpus";
  REQUIRE(mkdir(corpus.c_str(), 0755) == 0);
  WriteFile(dir / "corpus/sd.txt", seed);
  WriteFile(dir / "corpus/tuned.txt", seed);
  WriteFile(dir / "split.tsv",
            "source\tcompany\tpart\tfiles\n"
            "seeds\tA\ttest\tsd.txt\n"
            "seeds\tB\ttune\ttuned.txt\n");
  WriteFile(dir / "labels.tsv",
            "file\tfield\tvalue\tnote\n"
            "sd.txt\tcommission_file_number\t000-30204\t\n"
            "sd.txt\tirs_employer_id\t98-1029630\ta wrong label\n"
            "sd.txt\tauditor_name\tNobody LLP\tnever on this form\n"
            "tuned.txt\tcommission_file_number\t0-30204\t\n");
  testing::RunResult r =
      RunSecx("check --jobs 1 --format json --labels " +
                  Quote(dir / "labels.tsv") + " --split " +
                  Quote(dir / "split.tsv") + " --part test " + Quote(corpus),
              dir);
  INFO(r.err);
  REQUIRE(r.status == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  REQUIRE(j["filings"].size() == 1);
  CHECK(j["filings"][0]["source"] == "text");
  const nlohmann::json& all = j["accuracy"]["all"]["all"];
  CHECK(all["scored"] == 3);
  CHECK(all["right"] == 1);
  CHECK(all["wrong"] == 1);
  CHECK(all["missing"] == 1);
  CHECK(j["accuracy"]["field"]["irs_employer_id"]["wrong"] == 1);
  CHECK(j["accuracy"]["field"]["irs_employer_id"]["precision"] == 0.0);
  // --part needs --split.
  CHECK(RunSecx("check --part test " + Quote(corpus), dir).status == 2);
  testing::RunResult md =
      RunSecx("check --jobs 1 --format markdown --labels " +
                  Quote(dir / "labels.tsv") + " --split " +
                  Quote(dir / "split.tsv") + " --part tune " + Quote(corpus),
              dir);
  CHECK_THAT(md.out,
             Catch::Contains("| **all** | 1 | 1 | 0 | 0 | 100.0% | 100.0% |"));
}

}  // namespace
}  // namespace secx
