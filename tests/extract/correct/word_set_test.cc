// The word set the corrector and the OCR-text check read the Debian word
// lists into: lines as read (no trimming), the shortest left out of the
// extra lists, each word once, in the order first read.
#include "extract/correct/word_set.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace secx {
namespace {

// A file of `content` in the temporary directory, removed at the end.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    static int count = 0;
    path_ = (std::filesystem::temp_directory_path() /
             ("secx-word-set-" + std::to_string(getpid()) + "-" +
              std::to_string(++count)))
                .string();
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const char* path() const { return path_.c_str(); }

 private:
  std::string path_;
};

TEST_CASE("word set holds each line of its files once, in order first read",
          "[correct]") {
  TempFile first("apple\nBanana\n\ncherry\napple\nfig");  // no final newline
  TempFile second("fig\ngrapes\nkiwi\nbanana\n");
  WordSet set;
  REQUIRE(set.AddFile(first.path(), 0));
  REQUIRE(set.AddFile(second.path(), 5));  // 5 bytes or more only
  CHECK(set.words() == std::vector<std::string_view>{"apple", "Banana",
                                                     "cherry", "fig", "grapes",
                                                     "banana"});
  CHECK(set.Contains("apple"));
  CHECK(set.Contains("Banana"));
  CHECK(set.Contains("banana"));
  CHECK(set.Contains("fig"));
  CHECK_FALSE(set.Contains("kiwi"));   // under 5 bytes in the second list
  CHECK_FALSE(set.Contains("Apple"));  // exact bytes only
  CHECK_FALSE(set.Contains("appl"));
  CHECK_FALSE(set.Contains(""));
}

TEST_CASE("word set keeps lines as read and survives growing", "[correct]") {
  std::string many;
  for (int i = 0; i < 5000; ++i) many += "w" + std::to_string(i) + "\n";
  TempFile crlf("word\r\n");
  TempFile big(many);
  WordSet set;
  REQUIRE(set.AddFile(crlf.path(), 0));
  REQUIRE(set.AddFile(big.path(), 0));
  CHECK(set.Contains("word\r"));  // no trimming but of the newline
  CHECK_FALSE(set.Contains("word"));
  CHECK(set.size() == 5001);
  for (int i = 0; i < 5000; i += 499) {
    CHECK(set.Contains("w" + std::to_string(i)));
  }
  CHECK_FALSE(set.Contains("w5000"));
}

TEST_CASE("word set without its file is empty, not an error", "[correct]") {
  WordSet set;
  CHECK_FALSE(set.AddFile("/nonexistent/secx/words", 0));
  CHECK(set.empty());
  CHECK_FALSE(set.Contains("word"));
}

}  // namespace
}  // namespace secx
