// secx compare: do two stores hold the same documents and rows?
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/commands.h"
#include "analyze/progress.h"
#include "analyze/store_digest.h"

namespace secx {
namespace {

int RunCompare(const std::string& a, const std::string& b,
               const std::vector<std::string>& ignore) {
  DigestOptions options;
  options.ignore = ignore;
  Result<StoreDiff> r = CompareStores(a, b, options);
  if (!r.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(r.error()).c_str());
    return kExitFailed;
  }
  const StoreDiff& d = r.value();
  for (const std::string& line : d.lines) {
    std::printf("%s\n", OneLine(line).c_str());
  }
  if (d.differences > d.lines.size()) {
    std::printf("... %zu differences in all\n", d.differences);
  }
  if (d.differences == 0) {
    std::printf("same: %zu documents, %zu rows\n", d.documents, d.rows);
    return kExitOk;
  }
  return kExitFailed;
}

}  // namespace

void AddCompareCommand(CLI::App& app) {
  auto a = std::make_shared<std::string>();
  auto b = std::make_shared<std::string>();
  auto ignore = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand(
      "compare", "Check that two stores hold the same documents and rows");
  cmd->add_option("a", *a, "A store")->required();
  cmd->add_option("b", *b, "Another store")->required();
  cmd->add_option("--ignore", *ignore,
                  "A column to leave out, as TABLE.COLUMN (repeatable)");
  cmd->footer(
      "\nCompares the rows of every table, whatever their ids or order:\n"
      "references to other rows compare as those rows (a document as its\n"
      "SHA-256); row ids and the *_at columns (times of the run) are left\n"
      "out. Prints 'same: N documents, M rows', or the first rows found in\n"
      "only one of the stores. Both stores are read into memory.\n"
      "Exit status: 0 same, 1 different or unreadable, 2 usage error.\n"
      "\nExamples:\n"
      "  secx compare merged.db single.db\n"
      "  secx compare --ignore documents.path from-tar.db from-dir.db\n");
  cmd->callback([a, b, ignore] { ExitWith(RunCompare(*a, *b, *ignore)); });
}

}  // namespace secx
