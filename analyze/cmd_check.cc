// secx check: self-verification on any corpus, no labels needed. Compares
// each EDGAR submission's text-derived cover fields with its own SGML
// header, and lists dividend rows whose arithmetic or date checks failed.
#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/ingest.h"
#include "analyze/input_files.h"
#include "analyze/ordered_pool.h"
#include "analyze/store.h"
#include "extract/cover/agreement.h"

namespace secx {
namespace {

struct CheckFlags {
  ExtractFlags extract;
  std::vector<std::string> paths;
  std::string format = "table";
  std::string db;
  bool all = false;
};

struct FileCheck {
  std::string path;
  std::string sha256;
  std::vector<FieldAgreement> agreement;  // SGML submissions only
  std::vector<std::pair<std::string, std::string>> dividend_failures;
  std::vector<std::string> errors;
};

FileCheck CheckOne(const InputFile& in, const ExtractOptions& options) {
  FileCheck c;
  c.path = in.path;
  if (!in.error.empty()) {
    c.errors.push_back(in.path + ": " + in.error);
    return c;
  }
  Extraction x = ExtractFile(in.path, options);
  c.sha256 = x.sha256;
  c.errors = x.errors;
  if (x.document.kind == "sgml") c.agreement = HeaderAgreement(x);
  for (const Dividend& d : x.dividends) {
    for (const std::string& f : d.check_failures) {
      std::string what = d.kind + " " + d.per_share + " " + d.currency;
      if (!d.record_date.empty()) what += " record " + d.record_date;
      c.dividend_failures.push_back({what, f});
    }
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
  std::printf("%-24s %7s %7s %8s\n", "field (text vs header)", "scored",
              "agree", "rate");
  for (const auto& [field, t] : by_field) {
    std::printf("%-24s %7d %7d %8s\n", field.c_str(), t.scored, t.agree,
                Pct(t.agree, t.scored).c_str());
  }
  std::printf("%-24s %7d %7d %8s\n\n", "ALL", total.scored, total.agree,
              Pct(total.agree, total.scored).c_str());
  std::printf("Mismatches (file, field: header value | text value):\n");
  for (const FileCheck& c : checks) {
    for (const FieldAgreement& a : c.agreement) {
      if (a.agree || (!a.scored && !all)) continue;
      std::printf("  %s  %s: \"%s\" | \"%s\"%s\n", c.path.c_str(),
                  a.field.c_str(), a.header_value.c_str(), a.text_value.c_str(),
                  a.scored ? "" : "  (not scored)");
    }
  }
  std::printf("\nDividend checks that failed:\n");
  for (const FileCheck& c : checks) {
    for (const auto& [what, failure] : c.dividend_failures) {
      std::printf("  %s  %s: %s\n", c.path.c_str(), what.c_str(),
                  failure.c_str());
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
        {"fields", nlohmann::ordered_json::array()},
        {"dividend_failures", nlohmann::ordered_json::array()}};
    for (const FieldAgreement& a : c.agreement) {
      fj["fields"].push_back({{"field", a.field},
                              {"header_field", a.header_field},
                              {"scored", a.scored},
                              {"agree", a.agree},
                              {"header_value", a.header_value},
                              {"text_value", a.text_value}});
    }
    for (const auto& [what, failure] : c.dividend_failures) {
      fj["dividend_failures"].push_back(
          {{"dividend", what}, {"check", failure}});
    }
    fj["errors"] = c.errors;
    j["files"].push_back(std::move(fj));
  }
  std::printf("%s\n", j.dump(2, ' ', false,
                             nlohmann::ordered_json::error_handler_t::replace)
                          .c_str());
}

Status StoreChecks(const std::string& db,
                   const std::vector<FileCheck>& checks) {
  Result<std::unique_ptr<Store>> store = Store::Open(db, StoreOptions());
  if (!store.ok()) return store.status();
  std::vector<CheckRow> rows;
  for (const FileCheck& c : checks) {
    for (const FieldAgreement& a : c.agreement) {
      std::string outcome =
          !a.scored ? "not_scored" : (a.agree ? "agree" : "mismatch");
      rows.push_back({c.path, c.sha256, "header_agreement", a.field, outcome,
                      a.header_value, a.text_value});
    }
    for (const auto& [what, failure] : c.dividend_failures) {
      rows.push_back(
          {c.path, c.sha256, "dividend", what, "failed", failure, ""});
    }
  }
  return store.value()->PutChecks(rows);
}

int RunCheck(const CheckFlags& flags) {
  std::vector<InputFile> inputs = ExpandInputs(flags.paths);
  ExtractOptions options = ToExtractOptions(flags.extract);
  const int jobs = EffectiveJobs(flags.extract.jobs);
  std::vector<FileCheck> checks;
  std::map<std::string, Tally> by_field;
  Tally total;
  size_t failed = 0;
  RunInputs(
      inputs.size(), jobs, 4 * static_cast<size_t>(jobs), &options,
      [&](size_t i) { return CheckOne(inputs[i], options); },
      [&](size_t, FileCheck c) {
        for (const std::string& e : c.errors) {
          std::fprintf(stderr, "secx: %s\n", e.c_str());
        }
        failed += !c.errors.empty();
        for (const FieldAgreement& a : c.agreement) {
          if (!a.scored) continue;
          by_field[a.field].scored++;
          total.scored++;
          by_field[a.field].agree += a.agree;
          total.agree += a.agree;
        }
        checks.push_back(std::move(c));
      });
  if (flags.format == "json") {
    PrintJson(checks, by_field, total);
  } else {
    PrintTable(checks, by_field, total, flags.all);
  }
  if (!flags.db.empty()) {
    Status st = StoreChecks(flags.db, checks);
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
  cmd->add_option("--format", flags->format, "table or json")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->add_option("--db", flags->db,
                  "Also store the results in this SQLite file (table checks)");
  cmd->add_flag("--all", flags->all,
                "Also list fields that could not be scored");
  AddExtractFlags(cmd, &flags->extract);
  cmd->footer(
      "\nA field is scored when the header value appears in the cover text "
      "at all,\nso the rate measures secx, not the filer's consistency. "
      "Mismatches list both\nvalues so that a person can tell an extraction "
      "error from a filing that\nreally disagrees with its header.\n"
      "\nExamples:\n"
      "  secx check ../shared/corpus/edgar-8k/\n"
      "  secx check --format json --db secx.db corpus/sgml/\n"
      "  secx query --db secx.db \"SELECT * FROM checks WHERE outcome = "
      "'mismatch'\"\n");
  cmd->callback([flags] { ExitWith(RunCheck(*flags)); });
}

}  // namespace secx
