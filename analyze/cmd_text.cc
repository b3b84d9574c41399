// secx text (hidden): prints the text secx reads from one file, as the
// readers lay it out (Document::text). By default only the primary document
// of an EDGAR submission (its first <DOCUMENT>, not the SEC header or the
// exhibits); --all prints everything. scripts/make-scan-corpus.sh renders
// this text into scanned pages, so the scans show what the extractors read.
// Images and scanned PDFs are read through the whole pipeline (OCR and
// OCR correction, as `secx extract` does), so the text printed is the one
// every span of that extraction points into; --ocr never prints only what
// the readers give without OCR (a PDF text layer, or nothing).
#include <cstdio>
#include <memory>
#include <string>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/progress.h"
#include "extract/pipeline.h"
#include "extract/read/reader.h"

namespace secx {
namespace {

struct TextFlags {
  std::string path;
  bool all = false;
  ExtractFlags extract;
};

// [start, end) of the primary document: the first section that is not a
// submission header. The whole text when there is no such section.
std::pair<size_t, size_t> PrimarySpan(const Document& d) {
  for (const Section& s : d.sections) {
    if (s.type == "SEC-HEADER" || s.type == "IMS-HEADER") continue;
    if (s.end > s.start && s.end <= d.text.size()) return {s.start, s.end};
  }
  return {0, d.text.size()};
}

int RunText(const TextFlags& flags) {
  ExtractOptions options = ToExtractOptions(flags.extract);
  Extraction x = ExtractFile(flags.path, options);
  for (const std::string& e : x.errors) {
    std::fprintf(stderr, "secx: %s\n", OneLine(e).c_str());
  }
  const Document& d = x.document;
  if (d.text.empty() && !x.errors.empty()) return kExitFailed;
  auto [start, end] =
      flags.all ? std::make_pair(size_t{0}, d.text.size()) : PrimarySpan(d);
  std::fwrite(d.text.data() + start, 1, end - start, stdout);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "secx: writing output failed\n");
    return kExitFailed;
  }
  return kExitOk;
}

}  // namespace

void AddTextCommand(CLI::App& app) {
  auto flags = std::make_shared<TextFlags>();
  CLI::App* cmd = app.add_subcommand(
      "text", "Print the text secx reads from a file (for scan making)");
  cmd->group("");  // hidden: a tool for scripts/make-scan-corpus.sh
  cmd->add_option("file", flags->path, "Any file secx reads")->required();
  cmd->add_flag("--all", flags->all,
                "Whole text, with the SGML header and exhibits");
  AddExtractFlags(cmd, &flags->extract);
  cmd->footer(
      "\nExamples:\n"
      "  secx text corpus/html/form8K.Blackrock.html > blackrock.txt\n"
      "  secx text --all corpus/sgml/0000943374-24-000509.txt\n"
      "  secx text corpus/scans/form-sd-cover.png      # OCR text, "
      "corrected\n");
  cmd->callback([flags] { ExitWith(RunText(*flags)); });
}

}  // namespace secx
