// secx ingest: extract inputs and load them into the SQLite store.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/ingest.h"
#include "analyze/input_list.h"
#include "analyze/progress.h"

namespace secx {
namespace {

double Mb(size_t bytes) { return bytes / 1e6; }

int RunIngest(const std::string& db, const ExtractFlags& flags,
              const OutputFlags& output,
              const std::vector<std::string>& paths, const std::string& shard,
              const std::string& shard_by) {
  Shard selected;
  if (!shard.empty()) {
    Result<Shard> parsed = ParseShard(shard);
    if (!parsed.ok()) {
      std::fprintf(stderr, "secx: %s\n", parsed.error().c_str());
      return kExitUsage;
    }
    selected = parsed.value();
  }
  selected.by = shard_by == "archive" ? ShardBy::kArchive : ShardBy::kMember;
  std::vector<InputFile> inputs = ListInputs(paths, selected);
  IngestOptions options;
  options.extract = ToExtractOptions(flags);
  options.jobs = flags.jobs;
  ProgressLine line(stderr, !output.quiet && isatty(STDERR_FILENO));
  options.extract.ocr.progress = &line;
  line.Files(0, inputs.size());
  options.progress = [&](const IngestProgress& p) {
    line.Files(p.files_done, p.files_total, p.bytes_done, p.bytes_total);
    // Called in input order, once per input.
    if (output.verbose && p.files_done > 0 && p.files_done <= inputs.size()) {
      line.Message("secx: " + inputs[p.files_done - 1].path + ": done");
    }
  };
  options.error = [&line](const std::string& e) { line.Message("secx: " + e); };
  Result<IngestSummary> r = Ingest(inputs, db, options);
  line.Clear();
  if (!r.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(r.error()).c_str());
    return kExitFailed;
  }
  const IngestSummary& s = r.value();
  if (output.quiet) return s.failed == 0 ? kExitOk : kExitFailed;
  std::fprintf(stderr,
               "secx: ingested %zu files into %s: %zu new, %zu skipped "
               "(unchanged), %zu re-extracted, %zu failed; %zu fields; "
               "%.2f s, %.1f MB/s\n",
               s.files, OneLine(db).c_str(), s.inserted, s.skipped, s.replaced,
               s.failed, s.fields, s.seconds,
               s.seconds > 0 ? Mb(s.bytes) / s.seconds : 0);
  return s.failed == 0 ? kExitOk : kExitFailed;
}

const char kAbout[] =
    "Extracts every input like 'secx extract' and stores documents, fields,\n"
    "tickers, dividends, revenue shares, facts, OCR corrections and\n"
    "header-vs-text mismatches in a SQLite database (created if needed).\n"
    "Inputs already stored with the same bytes and extractor version are\n"
    "skipped; ones stored by another version are re-extracted. Documents\n"
    "are committed in batches; a killed run loses at most the last\n"
    "uncommitted batch, never part of a document.\n"
    "\n"
    "Sharding: --shard K/N keeps the inputs whose key (the path recorded,\n"
    "ARCHIVE!member for archive members) hashes (SHA-256) to shard K, so N\n"
    "runs with the same paths cover every input exactly once; a re-run of\n"
    "a shard is a no-op. Merge the shard stores with 'secx merge'.\n";

}  // namespace

void AddIngestCommand(CLI::App& app) {
  auto flags = std::make_shared<ExtractFlags>();
  auto paths = std::make_shared<std::vector<std::string>>();
  auto db = std::make_shared<std::string>("secx.db");
  auto output = std::make_shared<OutputFlags>();
  auto shard = std::make_shared<std::string>();
  auto shard_by = std::make_shared<std::string>("member");
  CLI::App* cmd =
      app.add_subcommand("ingest", "Extract inputs and load them into SQLite");
  cmd->add_option("--db", *db, "Database file")->capture_default_str();
  AddExtractFlags(cmd, flags.get());
  // Ingest prints nothing on stdout: no -o or --format.
  cmd->add_flag("-q,--quiet", output->quiet,
                "No progress or summary on stderr, errors only");
  cmd->add_flag("-v,--verbose", output->verbose,
                "One line per input on stderr");
  cmd->add_option("--shard", *shard,
                  "Ingest only shard K of N (K/N, 1-based): N runs with the "
                  "same paths cover every input once");
  cmd->add_option("--shard-by", *shard_by,
                  "What a shard's key is for archive members: their own "
                  "path (member) or their archive's (archive)")
      ->check(CLI::IsMember({"member", "archive"}))
      ->capture_default_str();
  cmd->add_option("paths", *paths, "Files, directories or archives")
      ->required();
  cmd->footer(std::string(kAbout) + "\n" + kWalkRule +
              "\nA summary goes to stderr at the end; a progress line too "
              "when stderr is a terminal.\n"
              "Exit status: 0 all inputs stored, 1 some input failed, "
              "2 usage error.\n"
              "When the store fails (disk full, I/O error) the ingest stops\n"
              "at once: the uncommitted batch is rolled back, one line says\n"
              "how many inputs were not stored, the exit status is 1, and a\n"
              "later run stores the rest.\n"
              "\nExamples:\n"
              "  secx ingest --db secx.db corpus/\n"
              "  secx ingest --db filings.db --jobs 8 --ocr never "
              "edgar/2023/\n"
              "  secx ingest --db feed.db 20230103.nc.tar.gz   # members "
              "stored as ARCHIVE!member\n"
              "  secx ingest --db shard-3.db --shard 3/8 edgar/   # then "
              "secx merge\n"
              "  secx query --db secx.db \"SELECT name, COUNT(*) FROM fields "
              "GROUP BY name\"\n");
  cmd->callback([flags, output, paths, db, shard, shard_by] {
    ExitWith(RunIngest(*db, *flags, *output, *paths, *shard, *shard_by));
  });
}

}  // namespace secx
