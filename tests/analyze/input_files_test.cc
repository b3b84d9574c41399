#include "analyze/input_files.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::vector<std::string> Paths(const std::vector<InputFile>& in) {
  std::vector<std::string> out;
  for (const InputFile& f : in) out.push_back(f.path);
  return out;
}

TEST_CASE("walks directories in name order and skips manifests", "[inputs]") {
  TempDir dir;
  mkdir((dir / "b").c_str(), 0755);
  mkdir((dir / ".git").c_str(), 0755);
  WriteFile(dir / "b/z.txt", "z");
  WriteFile(dir / "b/a.htm", "a");
  WriteFile(dir / "a.txt", "a");
  WriteFile(dir / "a.txt.expected.json", "{}");
  WriteFile(dir / "a.expected-corrected.txt", "x");
  WriteFile(dir / "README.md", "#");
  WriteFile(dir / "list.csv", "x");
  WriteFile(dir / "labels.tsv", "x");
  WriteFile(dir / "run.sh", "x");
  WriteFile(dir / ".hidden.txt", "x");
  WriteFile(dir / ".git/config", "x");
  mkfifo((dir / "pipe").c_str(), 0644);
  symlink(dir.path().c_str(), (dir / "loop").c_str());
  symlink((dir / "a.txt").c_str(), (dir / "link.txt").c_str());

  std::vector<std::string> got = Paths(ExpandInputs({dir.path()}));
  std::vector<std::string> want = {dir / "a.txt", dir / "b/a.htm",
                                   dir / "b/z.txt", dir / "link.txt"};
  CHECK(got == want);
}

TEST_CASE("named paths are always inputs", "[inputs]") {
  TempDir dir;
  WriteFile(dir / "x.json", "{}");
  std::vector<InputFile> got =
      ExpandInputs({dir / "x.json", dir / "missing.txt"});
  REQUIRE(got.size() == 2);
  CHECK(got[0].path == dir / "x.json");
  CHECK(got[1].path == dir / "missing.txt");
  CHECK(got[1].error.empty());  // reading reports it
}

TEST_CASE("a directory that cannot be listed is an input with its error",
          "[inputs]") {
  if (geteuid() == 0) {
    WARN("running as root: permissions are not enforced, skipped");
    return;
  }
  TempDir dir;
  mkdir((dir / "locked").c_str(), 0000);
  std::vector<InputFile> got = ExpandInputs({dir.path()});
  REQUIRE(got.size() == 1);
  CHECK_THAT(got[0].error, Catch::Contains("Permission denied"));
}

}  // namespace
}  // namespace secx
