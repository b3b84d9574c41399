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
#include "analyze/table_writer.h"

namespace secx {
namespace {

// What a worker hands back: the serialised line (json) or the field rows
// (table, csv), never the Document, so the reorder window holds only small
// values.
struct Output {
  std::string json;
  std::vector<std::vector<std::string>> rows;
  size_t fields = 0;
  std::vector<std::string> errors;
};

// table and csv print the fields, one row each, with their provenance.
const std::vector<std::string> kFieldColumns = {"source", "name",       "value",
                                                "entity", "page",       "start",
                                                "end",    "confidence", "rule"};
const std::vector<bool> kFieldNumeric = {false, false, false, true, true,
                                         true,  true,  true,  false};

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

Output ExtractOne(const InputFile& in, const ExtractOptions& options,
                  const std::string& format) {
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
  out.fields = x.fields.size();
  if (format == "json") {
    out.json = ExtractionToJson(x);
    out.json += '\n';
  } else {
    for (const Field& f : x.fields) {
      out.rows.push_back(
          {x.source, f.name, f.value, std::to_string(f.entity),
           std::to_string(f.span.page), std::to_string(f.span.start),
           std::to_string(f.span.end), Number(f.span.confidence), f.span.rule});
    }
  }
  out.errors = std::move(x.errors);
  return out;
}

int RunExtract(const ExtractFlags& flags, const OutputFlags& output,
               const std::vector<std::string>& paths) {
  if (Status st = RedirectOutput(output); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return kExitFailed;
  }
  std::vector<InputFile> inputs = ListInputs(paths);
  ExtractOptions options = ToExtractOptions(flags);
  const int jobs = EffectiveJobs(flags.jobs);
  ProgressLine line(stderr, !output.quiet && isatty(STDERR_FILENO));
  options.ocr.progress = &line;
  line.Files(0, inputs.size());
  size_t failed = 0;
  RowWriter rows(stdout, output.format);
  if (output.format != "json") rows.Columns(kFieldColumns);
  RunInputs(
      inputs.size(), jobs, 4 * static_cast<size_t>(jobs), &options,
      [&](size_t i) { return ExtractOne(inputs[i], options, output.format); },
      [&](size_t i, Output out) {
        std::fwrite(out.json.data(), 1, out.json.size(), stdout);
        for (const auto& r : out.rows) rows.Row(r, kFieldNumeric);
        for (const std::string& e : out.errors) line.Message("secx: " + e);
        if (!out.errors.empty()) ++failed;
        if (output.verbose) {
          line.Message("secx: " + inputs[i].path + ": " +
                       std::to_string(out.fields) + " fields" +
                       (out.errors.empty() ? "" : ", failed"));
        }
        line.Files(i + 1, inputs.size());
      });
  rows.End();
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
    "order (format: FIELDS.md); --format table or csv prints the fields\n"
    "instead, one row each with its provenance. Errors go to stderr as\n"
    "'secx: PATH: cause' and into the object's \"errors\"; the batch always\n"
    "goes on.\n";

}  // namespace

void AddExtractCommand(CLI::App& app) {
  auto flags = std::make_shared<ExtractFlags>();
  auto output = std::make_shared<OutputFlags>();
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Print one JSON object per input file (JSON Lines)");
  AddExtractFlags(cmd, flags.get());
  AddOutputFlags(cmd, output.get(), {"json", "table", "csv"});
  cmd->add_option("paths", *paths, "Files or directories")->required();
  cmd->footer(std::string(kAbout) + "\n" + kWalkRule +
              "\nExit status: 0 all inputs read, 1 some input failed, "
              "2 usage error.\n"
              "\nExamples:\n"
              "  secx extract corpus/seeds/iij-form-sd-2015.txt\n"
              "  secx extract --jobs 4 corpus/ > corpus.jsonl\n"
              "  secx extract --ocr always scan.pdf | jq '.fields[] | "
              "{name, value}'\n"
              "  secx extract --text-is-ocr --max-bytes 64M ocr-output.txt\n"
              "  cat filing.txt | secx extract -\n"
              "  secx extract -f csv -o fields.csv corpus/sgml/\n");
  cmd->callback([flags, output, paths] {
    ExitWith(RunExtract(*flags, *output, *paths));
  });
}

}  // namespace secx
