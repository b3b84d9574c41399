#include "analyze/progress.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace secx {
namespace {

// Everything written to `f` so far.
std::string Contents(std::FILE* f) {
  std::fflush(f);
  long size = std::ftell(f);
  std::string s(static_cast<size_t>(size), '\0');
  std::rewind(f);
  size_t n = std::fread(s.data(), 1, s.size(), f);
  s.resize(n);
  std::fseek(f, 0, SEEK_END);
  return s;
}

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST_CASE("the progress line counts files and OCR pages", "[progress]") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  {
    ProgressLine line(f, /*enabled=*/true);
    CHECK(line.Text() == "secx: 0/0 files");
    line.Files(1, 3);
    CHECK(Contents(f) == "\r\033[Ksecx: 1/3 files");
    line.PagesFound(4);
    line.PagesFound(2);
    line.PageRead();
    std::string text = line.Text();
    INFO(text);
    CHECK(Contains(text, "secx: 1/3 files; OCR 1/6 pages, "));
    CHECK(Contains(text, " pages/s"));
    // A message clears the line first and ends with a newline.
    line.Message("secx: a.pdf: page 2: cannot read");
    CHECK(Contains(Contents(f), "\r\033[Ksecx: a.pdf: page 2: cannot read\n"));
    line.Files(3, 3);  // the last file always shows
    CHECK(Contains(Contents(f), "\r\033[Ksecx: 3/3 files; OCR 1/6 pages"));
  }
  // Destroying the line clears it.
  std::string all = Contents(f);
  CHECK(all.size() >= 4);
  CHECK(all.substr(all.size() - 4) == "\r\033[K");
  std::fclose(f);
}

TEST_CASE("a disabled progress line prints only messages", "[progress]") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  {
    ProgressLine line(f, /*enabled=*/false);
    line.Files(1, 2, 100, 200);
    line.PagesFound(3);
    line.PageRead();
    line.Message("secx: b.txt: empty file");
  }
  CHECK(Contents(f) == "secx: b.txt: empty file\n");
  std::fclose(f);
}

TEST_CASE("pages may be reported from many threads", "[progress]") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  {
    ProgressLine line(f, /*enabled=*/true);
    line.PagesFound(400);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < 100; ++i) line.PageRead();
      });
    }
    for (std::thread& t : threads) t.join();
    CHECK(Contains(line.Text(), "OCR 400/400 pages"));
    CHECK(Contains(line.Text(), "ETA 0:00"));
  }
  std::fclose(f);
}

}  // namespace
}  // namespace secx
