#include "extract/pipeline.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "extract/cover/cover.h"
#include "extract/facts/facts.h"
#include "extract/hash.h"
#include "extract/read/reader.h"

namespace secx {
namespace {

std::string Mib(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / 1048576.0);
  return buf;
}

// Reads a whole regular file; errors name the cause.
Status ReadFileBytes(const std::string& path, size_t max_bytes,
                     std::string* out) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    return Status::Error(std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return Status::Error("is a directory");
  if (!S_ISREG(st.st_mode)) return Status::Error("not a regular file");
  if (static_cast<size_t>(st.st_size) > max_bytes) {
    return Status::Error("file is " + Mib(st.st_size) + ", over the " +
                         Mib(max_bytes) + " limit (--max-bytes)");
  }
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"),
                                          &std::fclose);
  if (!f) return Status::Error(std::strerror(errno));
  out->resize(st.st_size);
  size_t got = out->empty() ? 0 : std::fread(&(*out)[0], 1, out->size(), f.get());
  if (got != out->size()) {
    if (std::ferror(f.get())) return Status::Error("read error");
    out->resize(got);  // file shrank while reading
  }
  return Status::Ok();
}

}  // namespace

Extraction ExtractBytes(std::string_view bytes, const std::string& source,
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
  x.tickers = ExtractTickers(d);
  x.dividends = ExtractDividends(d);
  x.revenue_shares = ExtractRevenueShares(d);
  x.facts = ExtractFacts(d);
  for (const std::string& w : d.warnings) {
    x.warnings.push_back(source + ": " + w);
  }
  return x;
}

Extraction ExtractFile(const std::string& path, const ExtractOptions& options) {
  std::string bytes;
  Status st = ReadFileBytes(path, options.max_input_bytes, &bytes);
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
