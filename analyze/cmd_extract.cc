// secx extract: one JSON object per input on stdout, in input order.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/archive_input.h"
#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/ingest.h"
#include "analyze/input_list.h"
#include "analyze/json_output.h"
#include "analyze/ordered_pool.h"
#include "analyze/progress.h"

namespace secx {
namespace {

// What a worker hands back: the serialised line, never the Document, so
// the reorder window holds only small strings.
struct Output {
  std::string json;
  std::vector<std::string> errors;
};

Output ExtractOne(const InputFile& in, const ExtractOptions& options) {
  Extraction x;
  if (!in.error.empty()) {
    x.source = in.path;
    x.document.source = in.path;
    x.errors.push_back(in.path + ": " + in.error);
  } else {
    std::string bytes;
    Status st = ReadInput(in, options.max_input_bytes, &bytes);
    if (st.ok()) {
      x = ExtractBytes(bytes, in.path, options);
    } else {
      x.source = in.path;
      x.document.source = in.path;
      x.errors.push_back(in.path + ": " + st.error());
    }
  }
  Output out;
  out.json = ExtractionToJson(x);
  out.json += '\n';
  out.errors = std::move(x.errors);
  return out;
}

int RunExtract(const ExtractFlags& flags,
               const std::vector<std::string>& paths) {
  std::vector<InputFile> inputs = ListInputs(paths);
  ExtractOptions options = ToExtractOptions(flags);
  const int jobs = EffectiveJobs(flags.jobs);
  ProgressLine line(stderr, isatty(STDERR_FILENO));
  options.ocr.progress = &line;
  line.Files(0, inputs.size());
  size_t failed = 0;
  RunInputs(
      inputs.size(), jobs, 4 * static_cast<size_t>(jobs), &options,
      [&](size_t i) { return ExtractOne(inputs[i], options); },
      [&](size_t i, Output out) {
        std::fwrite(out.json.data(), 1, out.json.size(), stdout);
        for (const std::string& e : out.errors) line.Message("secx: " + e);
        if (!out.errors.empty()) ++failed;
        line.Files(i + 1, inputs.size());
      });
  line.Clear();
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "secx: writing output failed\n");
    return kExitFailed;
  }
  return failed == 0 ? kExitOk : kExitFailed;
}

const char kAbout[] =
    "Reads filings (text, HTML, EDGAR SGML submissions, images, PDFs) and\n"
    "prints one JSON object per input on stdout, one per line, in input\n"
    "order (format: FIELDS.md). Errors go to stderr as 'secx: PATH: cause'\n"
    "and into the object's \"errors\"; the batch always goes on.\n";

}  // namespace

void AddExtractCommand(CLI::App& app) {
  auto flags = std::make_shared<ExtractFlags>();
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Print one JSON object per input file (JSON Lines)");
  AddExtractFlags(cmd, flags.get());
  cmd->add_option("paths", *paths, "Files or directories")->required();
  cmd->footer(std::string(kAbout) + "\n" + kWalkRule +
              "\nExit status: 0 all inputs read, 1 some input failed, "
              "2 usage error.\n"
              "\nExamples:\n"
              "  secx extract corpus/seeds/iij-form-sd-2015.txt\n"
              "  secx extract --jobs 4 corpus/ > corpus.jsonl\n"
              "  secx extract --ocr always scan.pdf | jq '.fields[] | "
              "{name, value}'\n"
              "  secx extract --text-is-ocr --max-bytes 64M ocr-output.txt\n");
  cmd->callback([flags, paths] { ExitWith(RunExtract(*flags, *paths)); });
}

}  // namespace secx
