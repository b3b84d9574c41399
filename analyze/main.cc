// secx: command-line front end. Turns failures into messages and exit codes.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "analyze/json_output.h"
#include "extract/pipeline.h"

namespace {

int RunExtract(const std::vector<std::string>& paths) {
  secx::ExtractOptions options;
  int failed = 0;
  for (const std::string& p : paths) {
    secx::Extraction x = secx::ExtractFile(p, options);
    std::cout << secx::ExtractionToJson(x) << '\n';
    for (const std::string& e : x.errors) std::cerr << "secx: " << e << '\n';
    if (!x.errors.empty()) ++failed;
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"secx: structured data from SEC filings"};
  app.require_subcommand(1);
  std::vector<std::string> paths;
  CLI::App* extract = app.add_subcommand(
      "extract", "Print one JSON object per input file (JSON Lines)");
  extract->add_option("paths", paths, "Files or directories")->required();
  CLI11_PARSE(app, argc, argv);
  if (extract->parsed()) return RunExtract(paths);
  return 0;
}
