// secx check: self-verification on any corpus. Without truth files it
// compares each filing's text-derived cover fields with its own metadata
// (the SGML header of a submission, the inline XBRL dei: facts of a tagged
// cover) and lists dividend rows whose arithmetic or date checks failed.
// With truth files (--labels, --metadata, --split) it scores every cover
// value against all the truth the filing comes with (cover_accuracy.h) and
// reports per source, form, decade and field.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/cover_accuracy.h"
#include "analyze/cover_truth.h"
#include "analyze/ingest.h"
#include "analyze/input_files.h"
#include "analyze/json_output.h"
#include "analyze/ordered_pool.h"
#include "analyze/progress.h"
#include "analyze/store.h"
#include "analyze/table_writer.h"
#include "analyze/text_store.h"
#include "extract/pipeline.h"

namespace secx {
namespace {

struct CheckFlags {
  ExtractFlags extract;
  std::vector<std::string> paths;
  OutputFlags output;
  std::string db;
  bool all = false;
  std::string labels;    // label .tsv file or directory
  std::string metadata;  // EDGAR index CSV
  std::string split;     // eval/split.tsv
  std::string part = "all";
  const std::string& format() const { return output.format; }
  bool accuracy() const {
    return !labels.empty() || !metadata.empty() || !split.empty();
  }
};

// The truth files, loaded once and read by every worker.
struct Truth {
  Labels labels;
  Metadata metadata;
  Split split;
};

struct FileCheck {
  std::string path;
  std::vector<Check> checks;  // made by the pipeline (extract/checks.h)
  FilingScore score;          // with truth files only
  bool ocr = false;
  std::vector<std::string> errors;
  // For --db: the extraction, without its text, and its text compressed.
  std::optional<Extraction> x;
  std::optional<StoredText> text;
};

bool IsAgreement(const Check& c) { return c.kind != "dividend"; }

FileCheck CheckOne(const InputFile& in, const ExtractOptions& options,
                   const Truth* truth, bool keep) {
  FileCheck c;
  c.path = in.path;
  if (!in.error.empty()) {
    c.errors.push_back(in.path + ": " + in.error);
    return c;
  }
  Extraction x = ExtractFile(in.path, options);
  c.errors = x.errors;
  c.checks = x.checks;
  c.ocr = x.ocr.has_value();
  if (truth != nullptr) {
    std::string name = BareName(in.path);
    auto l = truth->labels.find(name);
    auto m = truth->metadata.find(name);
    c.score = ScoreFiling(x, l == truth->labels.end() ? nullptr : &l->second,
                          m == truth->metadata.end() ? nullptr : &m->second);
  }
  if (keep) {
    Result<StoredText> text = PackText(x.document);
    if (text.ok()) c.text = std::move(text).value();
    std::string().swap(x.document.text);
    std::vector<Word>().swap(x.document.words);
    std::vector<Binary>().swap(x.document.binaries);
    c.x = std::move(x);
  }
  return c;
}

struct Tally {
  int scored = 0;
  int agree = 0;
};

std::string Pct(int a, int b) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", b == 0 ? 100.0 : 100.0 * a / b);
  return buf;
}

void PrintTable(const std::vector<FileCheck>& checks,
                const std::map<std::string, Tally>& by_field,
                const Tally& total, bool all) {
  int w = 24;
  for (const auto& [field, t] : by_field) {
    w = std::max(w, static_cast<int>(field.size()));
  }
  std::printf("%-*s %7s %7s %8s\n", w, "field (text vs header)", "scored",
              "agree", "rate");
  for (const auto& [field, t] : by_field) {
    std::printf("%-*s %7d %7d %8s\n", w, field.c_str(), t.scored, t.agree,
                Pct(t.agree, t.scored).c_str());
  }
  std::printf("%-*s %7d %7d %8s\n\n", w, "ALL", total.scored, total.agree,
              Pct(total.agree, total.scored).c_str());
  std::printf("Mismatches (file, field: header value | text value):\n");
  for (const FileCheck& c : checks) {
    for (const Check& a : c.checks) {
      if (!IsAgreement(a) || a.outcome == "agree") continue;
      if (a.outcome == "not_scored" && !all) continue;
      if (a.expected.empty()) continue;
      std::printf(
          "  %s  %s%s: \"%s\" | \"%s\"%s\n", c.path.c_str(), a.subject.c_str(),
          a.kind == "header_agreement" ? "" : " (ixbrl)", a.expected.c_str(),
          a.found.c_str(), a.outcome == "not_scored" ? "  (not scored)" : "");
    }
  }
  std::printf("\nDividend checks that failed:\n");
  for (const FileCheck& c : checks) {
    for (const Check& a : c.checks) {
      if (IsAgreement(a)) continue;
      std::printf("  %s  %s: %s\n", c.path.c_str(), a.subject.c_str(),
                  a.expected.c_str());
    }
  }
}

void PrintJson(const std::vector<FileCheck>& checks,
               const std::map<std::string, Tally>& by_field,
               const Tally& total) {
  nlohmann::ordered_json j;
  j["agreement"]["all"] = {{"scored", total.scored}, {"agree", total.agree}};
  for (const auto& [f, t] : by_field) {
    j["agreement"][f] = {{"scored", t.scored}, {"agree", t.agree}};
  }
  j["files"] = nlohmann::ordered_json::array();
  for (const FileCheck& c : checks) {
    nlohmann::ordered_json fj = {
        {"file", c.path},
        {"checks", nlohmann::ordered_json::parse(ChecksToJson(c.checks))}};
    fj["errors"] = c.errors;
    j["files"].push_back(std::move(fj));
  }
  std::printf("%s\n", j.dump(2, ' ', false,
                             nlohmann::ordered_json::error_handler_t::replace)
                          .c_str());
}

// Stores each file like `secx ingest` (when not stored yet) and replaces
// its checks with these: the pipeline's and the scores against the truth
// files (kind "cover_accuracy").
// Every check as a row: the file, then the columns of the check records.
void PrintCsv(const std::vector<FileCheck>& checks) {
  RowWriter out(stdout, "csv");
  out.Columns(
      {"file", "kind", "subject", "outcome", "expected", "found", "entity"});
  for (const FileCheck& c : checks) {
    for (const Check& a : c.checks) {
      out.Row(std::vector<std::string>{c.path, a.kind, a.subject, a.outcome,
                                       a.expected, a.found,
                                       std::to_string(a.entity)});
    }
  }
}

Status StoreChecks(const std::string& db, std::vector<FileCheck>* checks) {
  Result<std::unique_ptr<Store>> store = Store::Open(db, StoreOptions());
  if (!store.ok()) return store.status();
  Store& s = *store.value();
  for (FileCheck& c : *checks) {
    if (!c.x || c.x->sha256.empty()) continue;
    Result<PutOutcome> put = s.Put(*c.x, kExtractorVersion, c.text ? &*c.text : nullptr);
    if (!put.ok()) return put.status();
    std::vector<Check> rows = c.checks;
    for (const ScoredValue& v : c.score.values) {
      rows.push_back({"cover_accuracy", v.field, OutcomeName(v.outcome),
                      v.truth, v.text, 0});
    }
    if (Status st = s.ReplaceChecks(c.x->sha256, rows); !st.ok()) return st;
  }
  return s.Flush();
}

Status LoadTruth(const CheckFlags& flags, Truth* truth) {
  if (!flags.labels.empty()) {
    if (Status st = LoadLabels(flags.labels, &truth->labels); !st.ok()) {
      return st;
    }
  }
  if (!flags.metadata.empty()) {
    Status st = LoadMetadataCsv(flags.metadata, &truth->metadata);
    if (!st.ok()) return st;
  }
  if (!flags.split.empty()) {
    if (Status st = LoadSplit(flags.split, &truth->split); !st.ok()) return st;
  }
  return Status::Ok();
}

// The inputs the split puts in the part asked for; others are left out.
std::vector<InputFile> InPart(std::vector<InputFile> inputs,
                              const CheckFlags& flags, const Truth& truth,
                              size_t* left_out) {
  if (flags.split.empty()) return inputs;
  std::vector<InputFile> kept;
  for (InputFile& in : inputs) {
    auto it = truth.split.find(BareName(in.path));
    if (it != truth.split.end() &&
        (flags.part == "all" || it->second.part == flags.part)) {
      kept.push_back(std::move(in));
    } else {
      ++*left_out;
    }
  }
  return kept;
}

int RunCheck(const CheckFlags& flags) {
  if (flags.part != "all" && flags.split.empty()) {
    std::fprintf(stderr, "secx: --part needs --split\n");
    return kExitUsage;
  }
  Truth truth;
  if (Status st = LoadTruth(flags, &truth); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return kExitFailed;
  }
  const Truth* with_truth = flags.accuracy() ? &truth : nullptr;
  size_t left_out = 0;
  std::vector<InputFile> inputs =
      InPart(ExpandInputs(flags.paths), flags, truth, &left_out);
  if (left_out > 0) {
    std::fprintf(stderr, "secx: %zu inputs not in part \"%s\" of %s\n",
                 left_out, flags.part.c_str(), flags.split.c_str());
  }
  ExtractOptions options = ToExtractOptions(flags.extract);
  const int jobs = EffectiveJobs(flags.extract.jobs);
  // Scans take minutes: progress on a terminal, and a line every few
  // files (and after each scan) when stderr is a log.
  if (Status st = RedirectOutput(flags.output); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return kExitFailed;
  }
  const bool tty = !flags.output.quiet && isatty(STDERR_FILENO);
  ProgressLine line(stderr, tty);
  options.ocr.progress = &line;
  line.Files(0, inputs.size());
  std::vector<FileCheck> checks;
  std::map<std::string, Tally> by_field;
  Tally total;
  AccuracyReport report;
  size_t failed = 0, done = 0;
  RunInputs(
      inputs.size(), jobs, 4 * static_cast<size_t>(jobs), &options,
      [&](size_t i) {
        return CheckOne(inputs[i], options, with_truth, !flags.db.empty());
      },
      [&](size_t, FileCheck c) {
        for (const std::string& e : c.errors) line.Message("secx: " + e);
        failed += !c.errors.empty();
        ++done;
        line.Files(done, inputs.size());
        if ((flags.output.verbose ||
             (!tty && !flags.output.quiet && flags.accuracy() &&
              (c.ocr || done % 25 == 0 || done == inputs.size())))) {
          line.Message("secx check: " + std::to_string(done) + "/" +
                       std::to_string(inputs.size()) + " files (" + c.path +
                       ")");
        }
        for (const Check& a : c.checks) {
          if (!IsAgreement(a) || a.outcome == "not_scored") continue;
          std::string key =
              a.kind == "header_agreement" ? a.subject : a.subject + " (ixbrl)";
          const bool agree = a.outcome == "agree";
          by_field[key].scored++;
          total.scored++;
          by_field[key].agree += agree;
          total.agree += agree;
        }
        if (with_truth != nullptr) report.Add(c.score);
        checks.push_back(std::move(c));
      });
  line.Clear();
  if (flags.accuracy()) {
    std::string out = flags.format() == "json"       ? report.Json() + "\n"
                      : flags.format() == "markdown" ? report.Markdown(false)
                                                     : report.Text();
    std::fwrite(out.data(), 1, out.size(), stdout);
  } else if (flags.format() == "json") {
    PrintJson(checks, by_field, total);
  } else if (flags.format() == "csv") {
    PrintCsv(checks);
  } else {
    PrintTable(checks, by_field, total, flags.all);
  }
  if (!flags.db.empty()) {
    Status st = StoreChecks(flags.db, &checks);
    if (!st.ok()) {
      std::fprintf(stderr, "secx: %s: %s\n", flags.db.c_str(),
                   st.error().c_str());
      return kExitFailed;
    }
  }
  return failed == 0 ? kExitOk : kExitFailed;
}

}  // namespace

void AddCheckCommand(CLI::App& app) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Self-check any corpus: cover fields vs the SGML header, "
      "dividend arithmetic and dates");
  cmd->add_option("paths", flags->paths, "Files or directories")->required();
  AddOutputFlags(cmd, &flags->output, {"table", "json", "csv", "markdown"});
  cmd->add_option("--labels", flags->labels,
                  "Hand labels: a .tsv file or a directory of them "
                  "(file, field, value, note)");
  cmd->add_option("--metadata", flags->metadata,
                  "EDGAR index CSV (filename, Company, Type, Filing Date, "
                  "Period of Report, State of Inc)");
  cmd->add_option("--split", flags->split,
                  "Split file (source, company, part, files): check only "
                  "the filings it lists");
  cmd->add_option("--part", flags->part, "tune, test or all (with --split)")
      ->check(CLI::IsMember({"tune", "test", "all"}));
  cmd->add_option("--db", flags->db,
                  "Also store the files (as secx ingest does, when not stored "
                  "yet) and their checks in this SQLite file (table checks)");
  cmd->add_flag("--all", flags->all,
                "Also list fields that could not be scored");
  AddExtractFlags(cmd, &flags->extract);
  cmd->footer(
      "\nA field is scored when the header value appears in the cover text "
      "at all\n(a dei: fact: when it is also visible, not in ix:hidden), "
      "so the rate\nmeasures secx, not the filer's consistency. "
      "Mismatches list both\nvalues so that a person can tell an extraction "
      "error from a filing that\nreally disagrees with its header.\n"
      "\nWith --labels, --metadata or --split, every text-derived cover "
      "value (rules\nother than sgml.* and ixbrl.*) is scored right, wrong "
      "or missing against\nall the truth the filing comes with: hand labels "
      "(always), its SGML header\nand visible dei: facts, index metadata "
      "(when stated in the cover); the\nreport is per source (sgml, html, "
      "ixbrl, scan, pdf-text), form, decade and\nfield, with rate = "
      "right/scored and precision = right/(right+wrong).\n"
      "\nExamples:\n"
      "  secx check ../shared/corpus/edgar-8k/\n"
      "  secx check --labels eval/labels/ --split eval/split.tsv --part test "
      "\\\n"
      "      --metadata ../shared/corpus/edgar-8k-metadata.csv "
      "../shared/corpus/\n"
      "  secx check --format json --db secx.db corpus/sgml/\n"
      "  secx query --db secx.db \"SELECT * FROM checks WHERE outcome = "
      "'mismatch'\"\n");
  cmd->callback([flags] { ExitWith(RunCheck(*flags)); });
}

}  // namespace secx
