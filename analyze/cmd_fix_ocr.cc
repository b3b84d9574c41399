// secx fix-ocr: runs the OCR correction stage on one file and prints the
// corrected text (only) on stdout. The repairs go to stderr, one readable
// line each, or as JSON to the file named by --repairs.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "extract/correct/corrector.h"
#include "extract/pipeline.h"
#include "extract/read/reader.h"

namespace secx {
namespace {

struct FixOcrFlags {
  std::string path;
  std::string repairs;            // JSON output file, empty for stderr text
  bool stats = false;             // one summary line on stderr (for scripts)
  std::string vocabulary_margin;  // empty: the learned decision
  OutputFlags output;             // -o for the text; -q drops the repairs
};

size_t CountTokens(const std::string& text) {
  size_t n = 0;
  bool in = false;
  for (char c : text) {
    bool space = c == ' ' || (c >= '\t' && c <= '\r');
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

int RunFixOcr(const FixOcrFlags& flags) {
  if (Status st = RedirectOutput(flags.output); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return kExitFailed;
  }
  std::string bytes;
  Status read =
      ReadInputFile(flags.path, ExtractOptions().max_input_bytes, &bytes);
  if (!read.ok()) {
    std::fprintf(stderr, "secx: %s: %s\n", flags.path.c_str(),
                 read.error().c_str());
    return kExitFailed;
  }
  Result<Document> doc = ReadDocument(bytes, flags.path);
  if (!doc.ok()) {
    std::fprintf(stderr, "secx: %s: %s\n", flags.path.c_str(),
                 doc.error().c_str());
    return kExitFailed;
  }
  Document& d = doc.value();
  d.ocr_text = true;  // the user says this text is OCR output
  const bool looks_like_ocr = flags.stats && LooksLikeOcrText(d);
  CorrectOptions options;
  options.force = true;
  if (!flags.vocabulary_margin.empty()) {
    options.vocabulary_margin =
        std::strtod(flags.vocabulary_margin.c_str(), nullptr);
  }
  std::vector<Correction> repairs = CorrectOcr(&d, options);

  std::fwrite(d.text.data(), 1, d.text.size(), stdout);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "secx: writing output failed\n");
    return kExitFailed;
  }
  if (flags.stats) {
    std::fprintf(stderr, "fix-ocr: tokens=%zu repairs=%zu looks_like_ocr=%d\n",
                 CountTokens(d.text), repairs.size(), looks_like_ocr ? 1 : 0);
  }
  if (!flags.repairs.empty()) {
    nlohmann::json list = nlohmann::json::array();
    for (const Correction& c : repairs) {
      list.push_back({{"start", c.start},
                      {"end", c.end},
                      {"page", c.page},
                      {"from", c.from},
                      {"to", c.to},
                      {"rule", c.rule},
                      {"confidence", c.confidence},
                      {"log_odds", c.log_odds}});
      if (!c.features.empty()) list.back()["features"] = c.features;
    }
    std::ofstream out(flags.repairs, std::ios::binary);
    out << list.dump(2) << '\n';
    if (!out) {
      std::fprintf(stderr, "secx: %s: cannot write\n", flags.repairs.c_str());
      return kExitFailed;
    }
  } else if (!flags.output.quiet) {
    for (const Correction& c : repairs) {
      std::fprintf(stderr, "%zu-%zu\t%s -> %s\t%s\t%.2f\n", c.start, c.end,
                   c.from.c_str(), c.to.c_str(), c.rule.c_str(), c.confidence);
    }
  }
  return kExitOk;
}

}  // namespace

void AddFixOcrCommand(CLI::App& app) {
  auto flags = std::make_shared<FixOcrFlags>();
  CLI::App* cmd = app.add_subcommand(
      "fix-ocr", "Repair OCR errors in a text file; print the corrected text");
  cmd->description(
      "Treats FILE as OCR output and repairs tokens that a lexicon entry or\n"
      "a field format explains much better than the reading (\"11J\" ->\n"
      "\"IIJ\", \"26w\" -> \"26th\"). The corrected text (only) goes to "
      "stdout;\n"
      "the repairs go to stderr as 'start-end<TAB>from -> to<TAB>rule<TAB>\n"
      "confidence' lines (offsets into the corrected text), or as a JSON\n"
      "array to the --repairs file.");
  cmd->add_option("file", flags->path,
                  "OCR text (or any file secx reads); - for standard input")
      ->required();
  AddOutputFlags(cmd, &flags->output, {});
  cmd->add_option("--repairs", flags->repairs,
                  "Write the repairs as JSON to this file");
  cmd->add_flag("--stats", flags->stats,
                "Print 'fix-ocr: tokens=N repairs=M looks_like_ocr=0|1' to "
                "stderr");
  cmd->add_option("--vocabulary-margin", flags->vocabulary_margin,
                  "Margin (log10 odds) for the vocabulary repair instead of "
                  "the learned decision (for scripts/correction-eval.py)")
      ->group("");
  cmd->footer(
      "\nExit status: 0 ok, 1 the file could not be read, 2 usage error.\n"
      "\nExamples:\n"
      "  secx fix-ocr corpus/seeds/iij-dividend-2018-ocr.txt > fixed.txt\n"
      "  secx fix-ocr scan.txt --repairs repairs.json > fixed.txt\n");
  cmd->callback([flags] { ExitWith(RunFixOcr(*flags)); });
}

}  // namespace secx
