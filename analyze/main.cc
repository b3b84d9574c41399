// secx: command-line front end. Each subcommand lives in cmd_<name>.cc and
// is registered below; only this layer turns failures into messages and
// exit codes (0 ok, 1 something failed, 2 usage error).
#include <CLI/CLI.hpp>

#include "analyze/commands.h"
#include "extract/pipeline.h"

int main(int argc, char** argv) {
  CLI::App app{"secx: structured, traceable data from SEC filings", "secx"};
  app.require_subcommand(1);
  app.set_version_flag(
      "--version", std::string("secx extractor ") + secx::kExtractorVersion);
  app.footer(
      "\nRun 'secx COMMAND --help' for a command's options and examples.\n"
      "\nExamples:\n"
      "  secx extract corpus/seeds/iij-form-sd-2015.txt\n"
      "  secx ingest --db secx.db corpus/\n"
      "  secx query --db secx.db \"SELECT name, value FROM fields LIMIT "
      "10\"\n");

  secx::AddExtractCommand(app);
  secx::AddIngestCommand(app);
  secx::AddMergeCommand(app);
  secx::AddCompareCommand(app);
  secx::AddQueryCommand(app);
  secx::AddBenchLoadCommand(app);
  secx::AddFixOcrCommand(app);
  secx::AddEvalCommand(app);
  secx::AddCheckCommand(app);
  secx::AddTrendCommand(app);
  secx::AddTextCommand(app);
  secx::AddSearchCommand(app);
  secx::AddShowCommand(app);
  secx::AddServeCommand(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    // Help and --version exit 0; a command's own status passes through;
    // anything else CLI11 raises is a usage error.
    if (e.get_name() == "RuntimeError" || code == 0) return code;
    return secx::kExitUsage;
  }
  return secx::kExitOk;
}
