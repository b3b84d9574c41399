// Golden test over scanned samples: scripts/make-scan-corpus.sh renders the
// Form SD seed and a dozen labelled 8-K covers from corpus/ into image-only
// PDFs (clean, 300 dpi) and TIFFs (degraded, 200 dpi), each with a label
// derived from its source's person-checked labels. Every scan goes through
// secx's whole pipeline (OCR, correction, extractors) and must give the
// same cover fields as the text version of the same filing: at least 95%
// of the labelled fields the text version gets right (the issue's
// acceptance figure), and every cover field of the Form SD at both levels.
// The character error rate of the OCR text against the rendered text is
// reported, not gated (it moves with Tesseract versions).
//
// The scans are generated into the build tree on each run (the script
// skips rendering when nothing it depends on changed). The test is skipped,
// with a message, only when make-scans.sh's tools are missing;
// scripts/setup.sh installs them, so CI always runs it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "analyze/eval.h"
#include "extract/pipeline.h"

namespace secx {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = SECX_SOURCE_DIR;
const std::string kSecx = SECX_BINARY;
const std::string kScanDir = SECX_SCAN_DIR;

constexpr double kMinAgreement = 0.95;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Empty when every tool make-scans.sh needs is installed, else what is not.
// `convert` must be ImageMagick itself: a stand-in of the same name that
// cannot draw would make every scan fail rather than skip.
std::string MissingTools() {
  std::string missing;
  for (const char* tool : {"python3", "img2pdf", "tiffcp"}) {
    std::string cmd = std::string("command -v ") + tool + " >/dev/null 2>&1";
    if (std::system(cmd.c_str()) != 0) missing += std::string(" ") + tool;
  }
  if (std::system("convert -version 2>/dev/null | grep -q ImageMagick") != 0) {
    missing += " imagemagick";
  }
  for (const char* font :
       {"/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"}) {
    if (!fs::exists(font)) missing += std::string(" ") + font;
  }
  return missing;
}

struct ScanResult {
  std::string name;           // scan file name
  std::string level;          // clean, degraded
  std::vector<Outcome> scan;  // the scan against its label
  std::vector<Outcome> text;  // the text version against the same label
  std::vector<std::string> errors;
  int ocr_pages = 0;
  size_t cer_errors = 0;
  size_t cer_chars = 0;
};

ScanResult EvaluateScan(const std::string& label) {
  ScanResult r;
  Result<Sample> sample = LoadSample(label);
  if (!sample.ok()) {
    r.errors.push_back(sample.error());
    return r;
  }
  r.name = fs::path(sample->filing_path).filename().string();
  r.level =
      r.name.find("-degraded.") != std::string::npos ? "degraded" : "clean";
  auto j = nlohmann::json::parse(ReadAll(label), nullptr, false);
  std::string source =
      kSourceDir + "/corpus/" + j.value("derived_from", std::string());

  ExtractOptions options;  // one page at a time: samples run in parallel
  Extraction scan = ExtractFile(sample->filing_path, options);
  Extraction text = ExtractFile(source, options);
  r.errors = scan.errors;
  r.errors.insert(r.errors.end(), text.errors.begin(), text.errors.end());
  r.ocr_pages = scan.ocr ? scan.ocr->pages : 0;
  r.scan = CompareSample(sample.value(), scan);
  r.text = CompareSample(sample.value(), text);
  if (!sample->reference_text.empty()) {
    std::string ref = FoldSpace(ReadAll(sample->reference_text));
    std::string got = FoldSpace(scan.document.text);
    r.cer_errors = EditDistance(got, ref);
    r.cer_chars = ref.size();
  }
  return r;
}

// Renders the scan corpus (the script skips that when it is up to date);
// the label files, or an empty list when the script failed.
std::vector<std::string> MakeScanCorpus() {
  std::string cmd = "bash '" + kSourceDir +
                    "/scripts/make-scan-corpus.sh' -s '" + kSecx + "' '" +
                    kScanDir + "'";
  if (std::system(cmd.c_str()) != 0) return {};
  return FindLabelFiles(kScanDir);
}

std::vector<ScanResult> EvaluateAll(const std::vector<std::string>& labels) {
  std::vector<ScanResult> results(labels.size());
  size_t next = 0;
  std::mutex mu;
  auto work = [&] {
    for (;;) {
      size_t i;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (next == labels.size()) return;
        i = next++;
      }
      results[i] = EvaluateScan(labels[i]);
    }
  };
  unsigned n = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < n; ++t) threads.emplace_back(work);
  for (std::thread& t : threads) t.join();
  return results;
}

struct Tally {
  int labelled = 0;
  int scan_correct = 0;
  int text_correct = 0;
  int agree = 0;  // of the text version's correct answers, the scan's too
  size_t cer_errors = 0;
  size_t cer_chars = 0;
  int pages = 0;
  void Add(const ScanResult& r) {
    for (size_t i = 0; i < r.scan.size() && i < r.text.size(); ++i) {
      ++labelled;
      scan_correct += r.scan[i].correct;
      text_correct += r.text[i].correct;
      agree += r.text[i].correct && r.scan[i].correct;
    }
    cer_errors += r.cer_errors;
    cer_chars += r.cer_chars;
    pages += r.ocr_pages;
  }
  double Agreement() const {
    return text_correct ? double(agree) / text_correct : 0.0;
  }
  double Cer() const { return cer_chars ? double(cer_errors) / cer_chars : 0; }
};

void PrintReport(const std::vector<ScanResult>& results,
                 const std::map<std::string, Tally>& by_level,
                 const Tally& total) {
  std::printf("\n%-52s %5s %8s %6s %6s %7s\n", "scan", "pages", "labelled",
              "scan", "text", "CER");
  for (const ScanResult& r : results) {
    Tally t;
    t.Add(r);
    std::printf("%-52s %5d %8d %6d %6d %6.2f%%\n", r.name.c_str(), t.pages,
                t.labelled, t.scan_correct, t.text_correct, 100 * t.Cer());
    for (size_t i = 0; i < r.scan.size() && i < r.text.size(); ++i) {
      const Outcome& o = r.scan[i];
      if (o.correct == r.text[i].correct) continue;
      std::printf("    %s[%d] expected \"%s\" scan \"%s\" text \"%s\"\n",
                  o.name.c_str(), o.entity, o.expected.c_str(), o.got.c_str(),
                  r.text[i].got.c_str());
    }
  }
  auto line = [](const char* what, const Tally& t) {
    std::printf(
        "%-9s %3d pages  %3d labelled  scan %5.1f%%  text %5.1f%%  "
        "scan agrees with text on %5.1f%% of the text's right answers  "
        "CER %.2f%%\n",
        what, t.pages, t.labelled, 100.0 * t.scan_correct / t.labelled,
        100.0 * t.text_correct / t.labelled, 100 * t.Agreement(),
        100 * t.Cer());
  };
  std::printf("\n");
  for (const auto& [level, t] : by_level) line(level.c_str(), t);
  line("all", total);
  std::fflush(stdout);
}

TEST_CASE("scanned covers give the fields of their text versions",
          "[ocr][golden]") {
  std::string missing = MissingTools();
  if (!missing.empty()) {
    WARN("skipped: make-scans.sh needs" << missing
                                        << " (scripts/setup.sh installs them)");
    return;
  }
  const std::vector<std::string> labels = MakeScanCorpus();
  INFO("scripts/make-scan-corpus.sh into " << kScanDir);
  REQUIRE(labels.size() >= 22);  // Form SD + at least 10 8-Ks, two levels

  std::vector<ScanResult> results = EvaluateAll(labels);
  std::map<std::string, Tally> by_level;
  Tally total;
  for (const ScanResult& r : results) {
    INFO(r.name);
    for (const std::string& e : r.errors) FAIL_CHECK(e);
    CHECK(r.ocr_pages > 0);
    by_level[r.level].Add(r);
    total.Add(r);
  }
  PrintReport(results, by_level, total);

  REQUIRE(total.labelled >= 200);
  CHECK(total.Agreement() >= kMinAgreement);

  // The Form SD scan gives every cover field it shows, at both levels.
  int form_sd = 0;
  for (const ScanResult& r : results) {
    if (r.name.rfind("iij-form-sd-2015-", 0) != 0) continue;
    ++form_sd;
    CHECK(r.scan.size() >= 14);  // of 16; a wrapped title may be left out
    for (const Outcome& o : r.scan) {
      INFO(r.name << " " << o.name << "[" << o.entity << "] expected \""
                  << o.expected << "\" got \"" << o.got << "\"");
      CHECK(o.correct);
    }
  }
  CHECK(form_sd == 2);
}

}  // namespace
}  // namespace secx
