#include "analyze/cli_options.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "analyze/ingest.h"
#include "analyze/progress.h"

namespace secx {

const char kWalkRule[] =
    "Directories are walked recursively in byte order of names. A walk skips\n"
    "hidden entries (.name), links to directories, FIFOs/sockets/devices,\n"
    "expected-value files (*.expected.json, *.expected-*) and files ending\n"
    "in .json .md .csv .tsv .sh (manifests).\n"
    "A file named on the command line is always read; \"-\" reads standard\n"
    "input.\n"
    "Archives (.tar .tar.gz .tgz .zip .gz, also .bz2 .xz) are read member\n"
    "by member, each stored as ARCHIVE!member, with the same skips as a\n"
    "walk; archives inside them are opened one level deep.\n";

void AddExtractFlags(CLI::App* cmd, ExtractFlags* flags) {
  cmd->add_option("-j,--jobs", flags->jobs,
                  "Files processed in parallel (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--ocr", flags->ocr,
                  "OCR images and scanned PDFs: auto (a PDF's text layer "
                  "when usable, unless every page is a scan, whose text "
                  "layer is another program's OCR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("--max-bytes", flags->max_bytes,
                  "Refuse larger input files, e.g. 64M, 2G (default 512M)")
      ->transform(CLI::AsSizeValue(false));
  cmd->add_option("--ocr-pages", flags->ocr_pages,
                  "Pages of scans to recognise: all, cover (until the cover "
                  "or facing page, at most 3), N-M")
      ->check([](const std::string& v) {
        Result<OcrPagePolicy> p = ParseOcrPages(v);
        return p.ok() ? std::string() : p.error();
      })
      ->capture_default_str();
  cmd->add_flag("--text-is-ocr", flags->text_is_ocr,
                "Treat text inputs as OCR output (enables correction)");
}

ExtractOptions ToExtractOptions(const ExtractFlags& flags) {
  ExtractOptions o;
  o.ocr.mode = flags.ocr == "always"  ? OcrMode::kAlways
               : flags.ocr == "never" ? OcrMode::kNever
                                      : OcrMode::kAuto;
  // Files run in parallel, one thread each; threads left without a file
  // are lent to the pages of the files still being read (RunInputs).
  o.ocr.jobs = 1;
  o.max_input_bytes = flags.max_bytes;
  o.text_is_ocr = flags.text_is_ocr;
  Result<OcrPagePolicy> pages = ParseOcrPages(flags.ocr_pages);
  if (pages.ok()) o.ocr.pages = pages.value();  // checked when parsed
  return o;
}

void AddOutputFlags(CLI::App* cmd, OutputFlags* flags,
                    const std::vector<std::string>& formats) {
  cmd->add_option("-o,--output", flags->output,
                  "Write the output to FILE instead of standard output");
  if (!formats.empty()) {
    std::string names;
    for (size_t i = 0; i < formats.size(); ++i) {
      names +=
          (i ? (i + 1 == formats.size() ? " or " : ", ") : "") + formats[i];
    }
    flags->format = formats[0];
    cmd->add_option("-f,--format", flags->format, names)
        ->check(CLI::IsMember(formats))
        ->capture_default_str();
  }
  cmd->add_flag("-q,--quiet", flags->quiet,
                "No progress or summary on stderr, errors only");
  cmd->add_flag("-v,--verbose", flags->verbose, "One line per input on stderr");
}

Status RedirectOutput(const OutputFlags& flags) {
  if (flags.output.empty() || flags.output == "-") return Status::Ok();
  if (std::freopen(flags.output.c_str(), "w", stdout) == nullptr) {
    return Status::Error(flags.output +
                         ": cannot write: " + std::strerror(errno));
  }
  return Status::Ok();
}

std::unique_ptr<StoreReader> OpenStoreToPrint(const std::string& db,
                                              const OutputFlags& flags) {
  if (Status st = RedirectOutput(flags); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return nullptr;
  }
  Result<std::unique_ptr<StoreReader>> reader = StoreReader::Open(db);
  if (!reader.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(reader.error()).c_str());
    return nullptr;
  }
  return std::move(reader.value());
}

}  // namespace secx
