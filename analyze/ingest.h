// Extract-and-load: the engine behind `secx ingest`.
//
// Inputs are read and extracted on `jobs` worker threads and written to the
// store by the calling thread, in input order. Before extracting, a worker
// hashes the bytes and asks the store (through its own read-only
// connection) whether they are already stored by this extractor version;
// if so the input is skipped without extraction.
//
// Memory bound: at most `window` inputs are in flight (read, being
// extracted, or waiting to be written), so peak memory is about
// jobs x (largest input x the extractors' expansion) + window x (one
// extraction's records and its compressed text). The Document text is
// compressed (analyze/text_store.h), then it, the words and binaries are
// dropped on the worker before the result is queued.
//
// Thread-safety: Ingest() itself runs on one thread; the callbacks run on
// that thread.
#ifndef SECX_ANALYZE_INGEST_H_
#define SECX_ANALYZE_INGEST_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "analyze/input_files.h"
#include "analyze/store.h"
#include "extract/pipeline.h"

namespace secx {

struct IngestProgress {
  size_t files_done = 0;
  size_t files_total = 0;
  size_t bytes_done = 0;
  size_t bytes_total = 0;
  double seconds = 0;
};

struct IngestOptions {
  ExtractOptions extract;
  int jobs = 0;       // worker threads; 0 = one per core
  size_t window = 0;  // inputs in flight; 0 = 4 x jobs
  StoreOptions store;
  std::string version = kExtractorVersion;  // tests bump it
  // Optional; called on the calling thread.
  std::function<void(const IngestProgress&)> progress;
  std::function<void(const std::string& line)> error;  // "PATH: cause"
};

struct IngestSummary {
  size_t files = 0;
  size_t inserted = 0;
  size_t skipped = 0;
  size_t replaced = 0;
  size_t failed = 0;  // inputs with errors (stored or not)
  size_t fields = 0;  // field rows written
  size_t bytes = 0;   // input bytes read
  double seconds = 0;
};

// Ingests `inputs` into the database at `db_path`. Per-input problems are
// counted and reported through options.error and never stop the batch; the
// result is an error only when the store itself fails (cannot open, disk
// full, ...): the ingest then stops, the uncommitted batch is rolled back
// and everything committed before stays.
Result<IngestSummary> Ingest(const std::vector<InputFile>& inputs,
                             const std::string& db_path,
                             const IngestOptions& options);

// Worker threads to use for `jobs` (0 = one per core).
int EffectiveJobs(int jobs);

}  // namespace secx

#endif  // SECX_ANALYZE_INGEST_H_
