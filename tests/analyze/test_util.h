// Helpers for the analyze tests: temporary directories, files, running the
// secx binary, synthetic extractions. Single-threaded test use only.
#ifndef SECX_TESTS_ANALYZE_TEST_UTIL_H_
#define SECX_TESTS_ANALYZE_TEST_UTIL_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/document.h"

namespace secx::testing {

// A fresh directory under $TMPDIR, removed with its contents on destruction.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string templ = std::string(base ? base : "/tmp") + "/secx-test-XXXXXX";
    path_ = mkdtemp(&templ[0]) ? templ : "";
  }
  ~TempDir() {
    if (!path_.empty()) {
      std::string cmd =
          "chmod -R u+rwx '" + path_ + "' && rm -rf '" + path_ + "'";
      (void)std::system(cmd.c_str());
    }
  }
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const {
    return path_ + "/" + name;
  }

 private:
  std::string path_;
};

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string line; std::getline(ss, line);) out.push_back(line);
  return out;
}

inline std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs the secx binary with `args` (already quoted as needed).
inline RunResult RunSecx(const std::string& args, const TempDir& dir) {
  RunResult r;
  std::string out = dir / ".stdout", err = dir / ".stderr";
  std::string cmd = Quote(SECX_BIN) + " " + args + " > " + Quote(out) + " 2> " +
                    Quote(err) + " < /dev/null";
  int rc = std::system(cmd.c_str());
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = ReadAll(out);
  r.err = ReadAll(err);
  return r;
}

// An extraction with `n` fields and one record of every other kind; the
// bytes (sha256) are those of document `doc`.
inline Extraction SyntheticExtraction(int doc, int n) {
  Extraction x;
  x.source = "doc-" + std::to_string(doc) + ".txt";
  char sha[65];
  std::snprintf(sha, sizeof sha, "%064x", doc);
  x.sha256 = sha;
  x.document.kind = "text";
  x.document.pages.resize(2);
  for (int i = 0; i < n; ++i) {
    Field f;
    f.name = "name_" + std::to_string(i);
    f.value = "value " + std::to_string(doc) + "/" + std::to_string(i);
    f.raw = f.value;
    f.span = {static_cast<size_t>(i * 10),
              static_cast<size_t>(i * 10 + 5),
              1,
              std::nullopt,
              0.9,
              "cover.test"};
    if (i % 2) f.span.bbox = Box{1, 2, 3, 4};
    x.fields.push_back(f);
  }
  Ticker t;
  t.exchange = "NASDAQ";
  t.symbol = "IIJI";
  x.tickers.push_back(t);
  Dividend d;
  d.per_share = "13.50";
  d.currency = "JPY";
  d.check_failures = {"a", "b"};
  x.dividends.push_back(d);
  RevenueShare r;
  r.percent = "2.33";
  x.revenue_shares.push_back(r);
  Fact fact;
  fact.name = "meeting_date";
  fact.value = "2018-06-26";
  x.facts.push_back(fact);
  Correction c;
  c.from = "11J";
  c.to = "IIJ";
  c.rule = "lexicon";
  x.corrections.push_back(c);
  return x;
}

}  // namespace secx::testing

#endif  // SECX_TESTS_ANALYZE_TEST_UTIL_H_
