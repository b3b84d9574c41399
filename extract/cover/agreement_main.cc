// secx_header_agreement FILE...: extracts each EDGAR submission and prints,
// per cover field, how often the text-derived value agrees with the SGML
// header where the header's value appears in the cover text. With -v,
// every disagreement is listed. Also reports the time spent in the cover
// rules alone.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "extract/cover/agreement.h"
#include "extract/cover/cover.h"
#include "extract/pipeline.h"

namespace {

struct Tally {
  int scored = 0;
  int agree = 0;
};

double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-v") == 0) {
      verbose = true;
    } else {
      paths.push_back(argv[i]);
    }
  }
  secx::ExtractOptions options;
  options.correct = false;
  std::vector<std::string> order;
  std::map<std::string, Tally> tally;
  double cover_seconds = 0;
  size_t bytes = 0;
  for (const std::string& path : paths) {
    secx::Extraction x = secx::ExtractFile(path, options);
    auto t0 = std::chrono::steady_clock::now();
    for (int k = 0; k < 10; ++k) secx::ExtractCover(x.document);
    cover_seconds += Seconds(std::chrono::steady_clock::now() - t0) / 10;
    bytes += x.document.text.size();
    for (const secx::FieldAgreement& a : secx::HeaderAgreement(x)) {
      if (!tally.count(a.field)) order.push_back(a.field);
      Tally& t = tally[a.field];
      t.scored += a.scored;
      t.agree += a.scored && a.agree;
      if (verbose && a.scored && !a.agree) {
        std::printf("DIFF %-24s header=%-40s text=%s  [%s]\n", a.field.c_str(),
                    a.header_value.c_str(), a.text_value.c_str(), path.c_str());
      }
    }
  }
  Tally all;
  for (const std::string& f : order) {
    const Tally& t = tally[f];
    all.scored += t.scored;
    all.agree += t.agree;
    std::printf("%-24s %3d/%3d  %5.1f%%\n", f.c_str(), t.agree, t.scored,
                t.scored ? 100.0 * t.agree / t.scored : 0.0);
  }
  std::printf("%-24s %3d/%3d  %5.1f%%\n", "ALL", all.agree, all.scored,
              all.scored ? 100.0 * all.agree / all.scored : 0.0);
  std::printf(
      "cover rules: %zu files, %.1f MB in %.3f s (%.0f MB/s of document "
      "text)\n",
      paths.size(), bytes / 1e6, cover_seconds,
      cover_seconds > 0 ? bytes / 1e6 / cover_seconds : 0.0);
  return 0;
}
