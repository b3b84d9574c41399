// Command-line options shared by the subcommands that extract (extract,
// ingest, and those other engineers add): --jobs, --ocr, --max-bytes,
// --text-is-ocr. Used from main's thread only.
#ifndef SECX_ANALYZE_CLI_OPTIONS_H_
#define SECX_ANALYZE_CLI_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "extract/pipeline.h"

namespace secx {

struct ExtractFlags {
  int jobs = 0;  // 0 = one per core
  std::string ocr = "auto";
  uint64_t max_bytes = ExtractOptions().max_input_bytes;
  bool text_is_ocr = false;
};

// Adds the flags to `cmd`; values land in *flags, which must outlive parsing.
void AddExtractFlags(CLI::App* cmd, ExtractFlags* flags);

// Pipeline options for a run over `inputs` files.
ExtractOptions ToExtractOptions(const ExtractFlags& flags, size_t inputs);

// The rule for walking directories, for --help texts.
extern const char kWalkRule[];

}  // namespace secx

#endif  // SECX_ANALYZE_CLI_OPTIONS_H_
