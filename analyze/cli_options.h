// Command-line options shared by the subcommands: those that extract
// (extract, ingest, check, eval, ...: --jobs, --ocr, --max-bytes,
// --text-is-ocr) and those that print (-o, -f, -q, -v). An input path "-"
// is standard input wherever a file is read. Used from main's thread only.
#ifndef SECX_ANALYZE_CLI_OPTIONS_H_
#define SECX_ANALYZE_CLI_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analyze/ordered_pool.h"
#include "analyze/store_reader.h"
#include "extract/pipeline.h"
#include "extract/status.h"
#include "extract/thread_budget.h"

namespace secx {

struct ExtractFlags {
  int jobs = 0;  // 0 = one per core
  std::string ocr = "auto";
  uint64_t max_bytes = ExtractOptions().max_input_bytes;
  bool text_is_ocr = false;
  std::string ocr_pages = "all";  // extract/ocr/page_policy.h
};

// Adds the flags to `cmd`; values land in *flags, which must outlive parsing.
void AddExtractFlags(CLI::App* cmd, ExtractFlags* flags);

// Pipeline options for a run (one OCR thread per input; see RunInputs).
ExtractOptions ToExtractOptions(const ExtractFlags& flags);

// RunOrdered (ordered_pool.h) over n inputs extracted with *options, whose
// OCR borrows the threads of workers that have no input left: the last
// inputs of a batch, or a lone input, read their pages on every core.
template <typename Work, typename Emit>
void RunInputs(size_t n, int jobs, size_t window, ExtractOptions* options,
               Work work, Emit emit) {
  ThreadBudget spare;
  options->ocr.spare_threads = &spare;
  RunOrdered(n, jobs, window, work, emit, [&] { spare.Offer(); });
  options->ocr.spare_threads = nullptr;
}

// The output options, named the same on every command that prints:
//   -o, --output FILE   write to FILE (created or truncated) instead of
//                       standard output; "-" is standard output
//   -f, --format NAME   table, csv, json, ... as the command offers
//   -q, --quiet         no progress or summary on stderr, errors only
//   -v, --verbose       one line per input on stderr
struct OutputFlags {
  std::string output;
  std::string format;
  bool quiet = false;
  bool verbose = false;
};

// Adds -o, -q, -v and, when `formats` is not empty, -f/--format with the
// first format as default. Values land in *flags, which must outlive
// parsing.
void AddOutputFlags(CLI::App* cmd, OutputFlags* flags,
                    const std::vector<std::string>& formats);

// Points standard output at flags.output. The error names the file and
// the cause in one line.
Status RedirectOutput(const OutputFlags& flags);

// For the commands that print what a store holds (search, show): points
// standard output at flags.output, then opens the store at `db` for
// reading. Null when either fails, the cause printed on stderr; the
// command then ends with kExitFailed.
std::unique_ptr<StoreReader> OpenStoreToPrint(const std::string& db,
                                              const OutputFlags& flags);

// The rule for walking directories, for --help texts.
extern const char kWalkRule[];

}  // namespace secx

#endif  // SECX_ANALYZE_CLI_OPTIONS_H_
