// secx-ocr: developer tool that prints the text secx's OCR stage reads from
// images, TIFFs, PDFs and EDGAR submissions, with timing and confidence on
// stderr. Used by scripts/ocr-accuracy.sh (character error rate) and
// scripts/bench-ocr.sh (speed against the tesseract CLI); `secx extract`
// prints fields, not text.
//
//   secx-ocr [--jobs N] [--ocr auto|always|never] [--max-pages N] FILE...
//
// Each file's text goes to stdout followed by a form feed; one stats line
// per file goes to stderr:
//   secx-ocr: FILE pages=N ocr_pages=N seconds=S conf=C words=N
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/ocr/ocr.h"
#include "extract/read/reader.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: secx-ocr [--jobs N] [--ocr auto|always|never] "
               "[--max-pages N] [--page-timeout-ms N] FILE...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  secx::OcrOptions options;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--jobs" && has_value) {
      options.jobs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--max-pages" && has_value) {
      options.max_pages = std::atoi(argv[++i]);
    } else if (a == "--page-timeout-ms" && has_value) {
      // 0: no deadline (a page under valgrind takes minutes).
      options.page_timeout_ms = std::max(0, std::atoi(argv[++i]));
    } else if (a == "--ocr" && has_value) {
      std::string m = argv[++i];
      if (m == "auto") {
        options.mode = secx::OcrMode::kAuto;
      } else if (m == "always") {
        options.mode = secx::OcrMode::kAlways;
      } else if (m == "never") {
        options.mode = secx::OcrMode::kNever;
      } else {
        return Usage();
      }
    } else if (!a.empty() && a[0] == '-') {
      return Usage();
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) return Usage();
  int failures = 0;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "secx-ocr: %s: %s\n", path.c_str(),
                   std::strerror(errno));
      ++failures;
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string bytes = ss.str();
    secx::Result<secx::Document> doc = secx::ReadDocument(bytes, path);
    if (!doc.ok()) {
      std::fprintf(stderr, "secx-ocr: %s: %s\n", path.c_str(),
                   doc.error().c_str());
      ++failures;
      continue;
    }
    secx::OcrInfo info;
    auto start = std::chrono::steady_clock::now();
    secx::Status st = secx::RunOcr(&doc.value(), options, &info);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    if (!st.ok()) {
      std::fprintf(stderr, "secx-ocr: %s: %s\n", path.c_str(),
                   st.error().c_str());
      ++failures;
    }
    for (const std::string& w : doc->warnings) {
      std::fprintf(stderr, "secx-ocr: %s: warning: %s\n", path.c_str(),
                   w.c_str());
    }
    std::fwrite(doc->text.data(), 1, doc->text.size(), stdout);
    std::fputc('\f', stdout);
    std::fprintf(stderr,
                 "secx-ocr: %s pages=%zu ocr_pages=%d seconds=%.3f "
                 "conf=%.1f words=%zu\n",
                 path.c_str(), doc->pages.size(), info.pages, seconds,
                 info.mean_confidence, doc->words.size());
  }
  return failures == 0 ? 0 : 1;
}
