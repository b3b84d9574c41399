// secx merge: folds shard stores into one (analyze/merge.h).
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/commands.h"
#include "analyze/merge.h"
#include "analyze/progress.h"

namespace secx {
namespace {

int RunMerge(const std::string& db, const std::vector<std::string>& shards) {
  MergeOptions options;
  options.merged = [](const std::string& shard, const MergeCounts& c) {
    std::fprintf(stderr,
                 "secx: merged %s: %zu documents (%zu new, %zu replaced, %zu "
                 "already there), %zu rows, %.2f s\n",
                 OneLine(shard).c_str(), c.documents, c.added, c.replaced,
                 c.kept, c.rows, c.seconds);
  };
  options.error = [](const std::string& line) {
    std::fprintf(stderr, "secx: %s\n", OneLine(line).c_str());
  };
  Result<MergeSummary> r = MergeStores(db, shards, options);
  if (!r.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(r.error()).c_str());
    return kExitFailed;
  }
  const MergeSummary& s = r.value();
  const MergeCounts& t = s.total;
  std::fprintf(stderr,
               "secx: merged %zu of %zu stores into %s: %zu documents (%zu "
               "new, %zu replaced, %zu already there), %zu rows; %.2f s, "
               "%.0f documents/s\n",
               s.shards, shards.size(), OneLine(db).c_str(), t.documents,
               t.added, t.replaced, t.kept, t.rows, t.seconds,
               t.seconds > 0 ? t.documents / t.seconds : 0.0);
  return s.failed == 0 ? kExitOk : kExitFailed;
}

const char kAbout[] =
    "Merges stores written by 'secx ingest' (typically one per shard, from\n"
    "--shard K/N) into the store --db (created if needed). Documents are\n"
    "matched by SHA-256: a new one comes with its rows in every table; one\n"
    "already there under the same extractor version is kept (the smaller\n"
    "path is kept, so the order of the shards does not matter); a copy\n"
    "with errors gives way to a clean one, and under another version the\n"
    "copy made by this secx's extractor version wins. Other tables (checks)\n"
    "gain the rows they lack. Every store must have --db's schema version.\n"
    "Each store is merged in one transaction, so merging again, or after a\n"
    "failure, is safe: what is already there is not copied twice.\n";

}  // namespace

void AddMergeCommand(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto shards = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd =
      app.add_subcommand("merge", "Merge shard stores into one store");
  cmd->add_option("--db", *db, "The store to merge into")->required();
  cmd->add_option("shards", *shards, "Stores to merge in")->required();
  cmd->footer(std::string("\n") + kAbout +
              "\nOne line per store goes to stderr, then a summary.\n"
              "Exit status: 0 every store merged, 1 some store refused or "
              "failed (the others are merged), 2 usage error.\n"
              "\nExamples:\n"
              "  secx merge --db all.db shard-*.db\n"
              "  secx compare all.db single.db   # same documents and rows?\n");
  cmd->callback([db, shards] { ExitWith(RunMerge(*db, *shards)); });
}

}  // namespace secx
