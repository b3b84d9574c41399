// secx bench-load (hidden): times loading synthetic fields into a fresh
// store, for scripts/bench.sh. Prints one line of key=value pairs.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "analyze/commands.h"
#include "analyze/store.h"
#include "extract/pipeline.h"

namespace secx {
namespace {

const char* const kNames[] = {"form_type",
                              "registrant_name",
                              "state_of_incorporation",
                              "commission_file_number",
                              "irs_employer_id",
                              "address",
                              "zip_code",
                              "phone",
                              "report_date",
                              "signature_date",
                              "signatory_name",
                              "signatory_title"};

// A document of `n` fields whose values differ from document to document,
// so the (name, value) index sees realistic spread.
Extraction SyntheticDocument(size_t doc, size_t n) {
  Extraction x;
  char sha[65];
  std::snprintf(sha, sizeof sha, "%016zx%048x", doc, 0xbe7c4u);
  x.sha256 = sha;
  x.source = "synthetic/" + std::to_string(doc) + ".txt";
  x.document.kind = "text";
  x.fields.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    Field f;
    f.name = kNames[i % (sizeof kNames / sizeof kNames[0])];
    f.value = "value " + std::to_string(doc * 7919 + i * 104729);
    f.raw = f.value;
    f.span.start = i * 40;
    f.span.end = i * 40 + f.value.size();
    f.span.page = 1 + static_cast<int>(i / 20);
    f.span.confidence = 0.9;
    f.span.rule = "cover.synthetic";
    x.fields.push_back(std::move(f));
  }
  return x;
}

int RunBenchLoad(std::string db, size_t fields, size_t per_doc) {
  const bool temporary = db.empty();
  if (temporary)
    db = "/tmp/secx-bench-load-" + std::to_string(getpid()) + ".db";
  if (access(db.c_str(), F_OK) == 0) {
    std::fprintf(stderr, "secx: %s exists; bench-load needs a fresh file\n",
                 db.c_str());
    return kExitUsage;
  }
  Result<std::unique_ptr<Store>> store = Store::Open(db, StoreOptions());
  if (!store.ok()) {
    std::fprintf(stderr, "secx: %s\n", store.error().c_str());
    return kExitFailed;
  }
  const size_t docs = (fields + per_doc - 1) / per_doc;
  auto t0 = std::chrono::steady_clock::now();
  for (size_t d = 0; d < docs; ++d) {
    Result<PutOutcome> r =
        store.value()->Put(SyntheticDocument(d, per_doc), kExtractorVersion);
    if (!r.ok()) {
      std::fprintf(stderr, "secx: %s\n", r.error().c_str());
      return kExitFailed;
    }
  }
  if (Status st = store.value()->Flush(); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return kExitFailed;
  }
  double s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  store.value().reset();
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf(
      "documents=%zu fields=%zu seconds=%.3f fields_per_s=%.0f "
      "peak_rss_mb=%.1f\n",
      docs, docs * per_doc, s, docs * per_doc / s, ru.ru_maxrss / 1024.0);
  if (temporary) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      unlink((db + suffix).c_str());
    }
  }
  return kExitOk;
}

}  // namespace

void AddBenchLoadCommand(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto fields = std::make_shared<size_t>(1000000);
  auto per_doc = std::make_shared<size_t>(50);
  CLI::App* cmd = app.add_subcommand("bench-load", "");
  cmd->group("");  // hidden from `secx --help`
  cmd->add_option("--db", *db, "Fresh database file (default: a temp file)");
  cmd->add_option("--fields", *fields, "Fields to load")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--per-doc", *per_doc, "Fields per document")
      ->check(CLI::PositiveNumber);
  cmd->callback([db, fields, per_doc] {
    ExitWith(RunBenchLoad(*db, *fields, *per_doc));
  });
}

}  // namespace secx
