// secx eval: accuracy against a labelled corpus, gated on a baseline.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/eval.h"
#include "analyze/ingest.h"
#include "analyze/ordered_pool.h"

namespace secx {
namespace {

struct EvalFlags {
  ExtractFlags extract;
  std::string dir;
  std::string baseline;  // default: DIR/baseline.json when it exists
  bool update_baseline = false;
  OutputFlags output;
  bool all_disagreements = false;
};

// What one sample gave: its outcomes and, for scans with a known source
// text, the edit distance of the OCR text from it.
struct SampleResult {
  std::vector<Outcome> outcomes;
  std::vector<std::string> errors;
  size_t cer_errors = 0;
  size_t cer_chars = 0;
};

SampleResult EvaluateOne(const std::string& label, const ExtractOptions& opt) {
  SampleResult r;
  Result<Sample> sample = LoadSample(label);
  if (!sample.ok()) {
    r.errors.push_back(sample.error());
    return r;
  }
  Extraction x = ExtractFile(sample->filing_path, opt);
  r.errors = x.errors;
  r.outcomes = CompareSample(sample.value(), x);
  if (!sample->reference_text.empty()) {
    std::ifstream in(sample->reference_text);
    std::stringstream ss;
    ss << in.rdbuf();
    constexpr size_t kMaxCer = 40000;  // bytes compared, to bound time
    std::string ref = FoldSpace(ss.str()).substr(0, kMaxCer);
    std::string got = FoldSpace(x.document.text).substr(0, kMaxCer);
    r.cer_errors = EditDistance(got, ref);
    r.cer_chars = ref.size();
  }
  return r;
}

std::string Pct(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", v * 100);
  return buf;
}

void PrintScores(const char* title, const std::map<std::string, Score>& m,
                 const Score& total, bool markdown) {
  if (markdown) {
    std::printf("| %s | labelled | precision | recall | exact match |\n",
                title);
    std::printf("|---|---:|---:|---:|---:|\n");
  } else {
    std::printf("%-32s %8s %9s %7s %7s\n", title, "labelled", "precision",
                "recall", "exact");
  }
  auto row = [&](const std::string& name, const Score& s) {
    if (markdown) {
      std::printf("| %s | %d | %s | %s | %s |\n", name.c_str(), s.labelled,
                  Pct(s.Precision()).c_str(), Pct(s.Recall()).c_str(),
                  Pct(s.Accuracy()).c_str());
    } else {
      std::printf("%-32s %8d %9s %7s %7s\n", name.c_str(), s.labelled,
                  Pct(s.Precision()).c_str(), Pct(s.Recall()).c_str(),
                  Pct(s.Accuracy()).c_str());
    }
  };
  for (const auto& [name, s] : m) row(name, s);
  row(markdown ? "**all**" : "ALL", total);
  std::printf("\n");
}

nlohmann::ordered_json ScoreJson(const Score& s) {
  return {{"labelled", s.labelled}, {"extracted", s.extracted},
          {"correct", s.correct},   {"precision", s.Precision()},
          {"recall", s.Recall()},   {"accuracy", s.Accuracy()}};
}

void PrintJson(const EvalReport& r, size_t cer_errors, size_t cer_chars) {
  nlohmann::ordered_json j;
  j["total"] = ScoreJson(r.total);
  for (const auto& [k, s] : r.by_field) j["by_field"][k] = ScoreJson(s);
  for (const auto& [k, s] : r.by_kind) j["by_kind"][k] = ScoreJson(s);
  if (cer_chars > 0) j["ocr_cer"] = double(cer_errors) / cer_chars;
  j["disagreements"] = nlohmann::ordered_json::array();
  for (const Outcome& o : r.outcomes) {
    if (o.correct) continue;
    j["disagreements"].push_back({{"file", o.sample},
                                  {"field", o.name},
                                  {"entity", o.entity},
                                  {"expected", o.expected},
                                  {"got", o.got},
                                  {"page", o.page},
                                  {"offset", o.start}});
  }
  std::printf("%s\n", j.dump(2).c_str());
}

int RunEval(const EvalFlags& flags) {
  if (Status st = RedirectOutput(flags.output); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return kExitFailed;
  }
  std::vector<std::string> labels = FindLabelFiles(flags.dir);
  if (labels.empty()) {
    std::fprintf(stderr, "secx: %s: no *.expected.json label files found\n",
                 flags.dir.c_str());
    return kExitFailed;
  }
  ExtractOptions options = ToExtractOptions(flags.extract);
  const int jobs = EffectiveJobs(flags.extract.jobs);
  std::vector<Outcome> outcomes;
  size_t cer_errors = 0, cer_chars = 0, failed = 0;
  RunInputs(
      labels.size(), jobs, 2 * static_cast<size_t>(jobs), &options,
      [&](size_t i) { return EvaluateOne(labels[i], options); },
      [&](size_t, SampleResult r) {
        for (const std::string& e : r.errors) {
          std::fprintf(stderr, "secx: %s\n", e.c_str());
        }
        failed += !r.errors.empty();
        cer_errors += r.cer_errors;
        cer_chars += r.cer_chars;
        outcomes.insert(outcomes.end(), r.outcomes.begin(), r.outcomes.end());
      });
  EvalReport report = Summarise(std::move(outcomes));

  if (flags.output.format == "json") {
    PrintJson(report, cer_errors, cer_chars);
  } else {
    bool md = flags.output.format == "markdown";
    PrintScores("field", report.by_field, report.total, md);
    PrintScores("kind", report.by_kind, report.total, md);
    if (cer_chars > 0) {
      std::printf("OCR character error rate: %s (%zu edits over %zu chars)\n\n",
                  Pct(double(cer_errors) / cer_chars).c_str(), cer_errors,
                  cer_chars);
    }
    if (!md) {
      std::printf(
          "Disagreements (file, field[entity], expected, got, "
          "page:offset):\n");
      for (const Outcome& o : report.outcomes) {
        if (o.correct) continue;
        std::printf("  %s  %s[%d]  expected \"%s\"  got \"%s\"  %d:%zu\n",
                    o.sample.c_str(), o.name.c_str(), o.entity,
                    o.expected.c_str(), o.got.c_str(), o.page, o.start);
      }
    }
  }
  if (!flags.output.quiet) {
    std::fprintf(stderr,
                 "secx eval: %zu samples, %d labelled values, %s exact\n",
                 labels.size(), report.total.labelled,
                 Pct(report.total.Accuracy()).c_str());
  }

  std::string baseline = flags.baseline;
  if (baseline.empty()) {
    std::string def = (std::filesystem::path(flags.dir) / "baseline.json");
    if (flags.update_baseline || std::filesystem::exists(def)) baseline = def;
  }
  if (flags.update_baseline) {
    Status st = SaveBaseline(report, flags.dir, baseline);
    if (!st.ok()) {
      std::fprintf(stderr, "secx: %s\n", st.error().c_str());
      return kExitFailed;
    }
    std::fprintf(stderr, "secx eval: baseline written to %s\n",
                 baseline.c_str());
    return kExitOk;
  }
  if (!baseline.empty()) {
    Result<Baseline> b = LoadBaseline(baseline);
    if (!b.ok()) {
      std::fprintf(stderr, "secx: %s\n", b.error().c_str());
      return kExitFailed;
    }
    std::vector<std::string> reg = Regressions(report, b.value(), flags.dir);
    for (const std::string& line : reg) {
      std::fprintf(stderr, "secx eval: regression: %s\n", line.c_str());
    }
    if (!reg.empty()) return kExitFailed;
    std::fprintf(stderr, "secx eval: no regression against %s\n",
                 baseline.c_str());
  }
  return failed == 0 ? kExitOk : kExitFailed;
}

}  // namespace

void AddEvalCommand(CLI::App& app) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Measure accuracy on a labelled corpus (FILE.expected.json "
      "beside each filing)");
  cmd->add_option("dir", flags->dir, "Corpus folder with label files")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--baseline", flags->baseline,
                  "Fail (exit 1) when accuracy falls below this file "
                  "(default: DIR/baseline.json when present)");
  cmd->add_flag("--update-baseline", flags->update_baseline,
                "Write the current figures as the new baseline");
  AddOutputFlags(cmd, &flags->output, {"table", "markdown", "json"});
  AddExtractFlags(cmd, &flags->extract);
  cmd->footer(
      "\nLabel format: see corpus/README.md. Only labelled values are "
      "scored.\n"
      "precision = correct / answered, recall = correct / labelled.\n"
      "\nExamples:\n"
      "  secx eval corpus/\n"
      "  secx eval corpus/ --format markdown > accuracy.md\n"
      "  secx eval corpus/ --update-baseline   # after reviewing the diff\n");
  cmd->callback([flags] { ExitWith(RunEval(*flags)); });
}

}  // namespace secx
