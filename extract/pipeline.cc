#include "extract/pipeline.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>

#include "extract/checks.h"
#include "extract/cover/cover.h"
#include "extract/facts/facts.h"
#include "extract/facts/text_scan.h"
#include "extract/hash.h"
#include "extract/read/reader.h"

namespace secx {
namespace {

std::string Mib(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / 1048576.0);
  return buf;
}

}  // namespace

// Opens without blocking (a FIFO would otherwise hang the batch until a
// writer appears), checks the type and size on the open descriptor (no race
// with a rename between stat and open), and reads with a plain loop.
// "-": standard input, read to its end (a pipe has no size to check
// first, so the limit is checked as the bytes come).
static Status ReadStandardInput(size_t max_bytes, std::string* out) {
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      out->clear();
      return Status::Error(std::string("read error: ") + std::strerror(err));
    }
    if (n == 0) return Status::Ok();
    if (out->size() + static_cast<size_t>(n) > max_bytes) {
      out->clear();
      return Status::Error("standard input is over the " + Mib(max_bytes) +
                           " limit (--max-bytes)");
    }
    out->append(buf, static_cast<size_t>(n));
  }
}

Status ReadInputFile(const std::string& path, size_t max_bytes,
                     std::string* out) {
  out->clear();
  if (path == "-") return ReadStandardInput(max_bytes, out);
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Status::Error(std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { close(fd); }
  } closer{fd};
  struct stat st;
  if (fstat(fd, &st) != 0) return Status::Error(std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return Status::Error("is a directory, not a file");
  if (S_ISFIFO(st.st_mode)) {
    return Status::Error("is a FIFO (named pipe), not a regular file");
  }
  if (!S_ISREG(st.st_mode)) {
    return Status::Error("not a regular file (device or socket)");
  }
  if (static_cast<size_t>(st.st_size) > max_bytes) {
    return Status::Error("file is " + Mib(st.st_size) + ", over the " +
                         Mib(max_bytes) + " limit (--max-bytes)");
  }
  out->resize(st.st_size);
  size_t got = 0;
  while (got < out->size()) {
    ssize_t n = read(fd, &(*out)[got], out->size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      out->clear();
      return Status::Error(std::string("read error: ") + std::strerror(err));
    }
    if (n == 0) break;  // file shrank while reading
    got += static_cast<size_t>(n);
  }
  out->resize(got);
  return Status::Ok();
}

namespace {

Extraction ExtractOrThrow(std::string_view bytes, const std::string& source,
                          const ExtractOptions& options) {
  Extraction x;
  x.source = source;
  x.sha256 = Sha256Hex(bytes);
  Result<Document> doc = ReadDocument(bytes, source);
  if (!doc.ok()) {
    x.document.source = source;
    x.document.kind = SniffKind(bytes);
    x.errors.push_back(source + ": " + doc.error());
    return x;
  }
  x.document = std::move(doc).value();
  Document& d = x.document;

  if (!d.binaries.empty()) {
    OcrInfo info;
    Status st = RunOcr(&d, options.ocr, &info);
    if (!st.ok()) x.errors.push_back(source + ": " + st.error());
    if (info.pages > 0) x.ocr = info;
  }
  if (options.text_is_ocr) d.ocr_text = true;
  if (options.correct) {
    CorrectOptions co;
    co.known = options.known;
    co.force = options.text_is_ocr;
    x.corrections = CorrectOcr(&d, co);
  }

  x.fields = d.header_fields;
  std::vector<Field> cover = ExtractCover(d);
  x.fields.insert(x.fields.end(), cover.begin(), cover.end());
  // One keyword scan of the text serves the four disclosure extractors.
  facts::KeywordHits keywords(d.text);
  x.tickers = ExtractTickers(d, keywords);
  std::vector<std::string> rule_warnings;
  // The registrant's name as the cover gives it, else the SGML header's.
  std::string registrant;
  for (const char* name : {"registrant_name", "company_conformed_name"}) {
    for (const Field& f : x.fields) {
      if (registrant.empty() && f.name == name) registrant = f.value;
    }
  }
  x.dividends = ExtractDividends(d, keywords, &rule_warnings, registrant);
  x.revenue_shares = ExtractRevenueShares(d, keywords);
  x.facts = ExtractFacts(d, keywords);
  // Facts that the field contract also names (FIELDS.md) are reported as
  // fields too, so that users find them in one place.
  for (const Fact& f : x.facts) {
    if (f.name != "release_date") continue;
    Field field;
    field.name = f.name;
    field.value = f.value;
    field.raw = d.text.substr(f.span.start, f.span.end - f.span.start);
    field.span = f.span;
    x.fields.push_back(std::move(field));
  }
  // Checked while the text is here: the store and `secx check` only read
  // the results.
  x.checks = RunChecks(x);
  d.warnings.insert(d.warnings.end(), rule_warnings.begin(),
                    rule_warnings.end());
  for (const std::string& w : d.warnings) {
    x.warnings.push_back(source + ": " + w);
  }
  return x;
}

}  // namespace

Extraction ExtractBytes(std::string_view bytes, const std::string& source,
                        const ExtractOptions& options) {
  // A fault in a rule costs this file only, never the batch: the file gets
  // one error line and no partial results, and the next file is read.
  try {
    return ExtractOrThrow(bytes, source, options);
  } catch (const std::exception& e) {
    Extraction x;
    x.source = source;
    x.document.source = source;
    x.document.kind = SniffKind(bytes);
    x.errors.push_back(source + ": internal error, file skipped (" + e.what() +
                       ")");
    return x;
  }
}

Extraction ExtractFile(const std::string& path, const ExtractOptions& options) {
  std::string bytes;
  Status st = ReadInputFile(path, options.max_input_bytes, &bytes);
  if (!st.ok()) {
    Extraction x;
    x.source = path;
    x.document.source = path;
    x.errors.push_back(path + ": " + st.error());
    return x;
  }
  return ExtractBytes(bytes, path, options);
}

}  // namespace secx
