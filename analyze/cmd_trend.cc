// secx trend dividends|revenue-share: disclosures over time, one row per
// period with the change from the one before; optionally an SVG chart.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/store.h"
#include "analyze/table_writer.h"
#include "analyze/trend.h"

namespace secx {
namespace {

struct TrendArgs {
  std::string db = "secx.db";
  std::string company;
  std::string cik;
  OutputFlags output;
  std::string plot;
};

std::string Percent(const TrendRow& r) {
  if (!r.change_percent) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f%%", *r.change_percent);
  return buf;
}

std::string Join(const std::vector<int64_t>& ids, const char* sep) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    out += (i ? sep : "") + std::to_string(ids[i]);
  }
  return out;
}

void PrintTable(const Trend& t) {
  const bool div = t.kind == TrendKind::kDividends;
  RowWriter out(stdout, "table");
  out.Columns({"series", "date", "basis", div ? "kind" : "subject",
               div ? "status" : "metric", div ? "per_share" : "percent",
               "change", "change_%", "documents"});
  const std::vector<bool> numeric = {false, false, false, false, false,
                                     true,  true,  true,  false};
  for (const TrendRow& r : t.rows) {
    out.Row(
        {r.series, r.date, r.date_basis, r.kind, div ? r.status : r.share_class,
         r.value, r.change_text, Percent(r), Join(r.document_ids, ",")},
        numeric);
  }
}

// The columns of csv and json output, in order.
std::vector<std::pair<std::string, std::string>> Columns(const Trend& t,
                                                         const TrendRow& r) {
  const bool div = t.kind == TrendKind::kDividends;
  std::string paths;
  for (size_t i = 0; i < r.paths.size(); ++i)
    paths += (i ? ";" : "") + r.paths[i];
  return {{"company_key", r.company_key},
          {"company", r.company},
          {"cik", r.cik},
          {"series", r.series},
          {"date", r.date},
          {"date_basis", r.date_basis},
          {div ? "kind" : "subject", r.kind},
          {div ? "share_class" : "metric", r.share_class},
          {"fiscal_year", r.fiscal_year},
          {"status", r.status},
          {div ? "per_share" : "percent", r.value},
          {"unit", r.unit},
          {"change", r.change_text},
          {"change_percent", Percent(r)},
          {"document_ids", Join(r.document_ids, ";")},
          {"paths", paths}};
}

void PrintRows(const Trend& t, const std::string& format) {
  if (format == "table") return PrintTable(t);
  RowWriter csv(stdout, "csv");
  for (const TrendRow& r : t.rows) {
    const auto cols = Columns(t, r);
    if (format == "csv") {
      if (&r == &t.rows.front()) {
        std::vector<std::string> names;
        for (const auto& c : cols) names.push_back(c.first);
        csv.Columns(names);
      }
      std::vector<std::string> cells;
      for (const auto& c : cols) cells.push_back(c.second);
      csv.Row(cells);
      continue;
    }
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    for (const auto& [k, v] : cols) o[k] = v;
    o["document_ids"] = r.document_ids;
    o["paths"] = r.paths;
    // Numbers as printed, without binary noise such as 0.0200000000000001.
    o["change"] =
        r.change ? nlohmann::ordered_json(std::stod(r.change_text)) : nullptr;
    o["change_percent"] =
        r.change_percent
            ? nlohmann::ordered_json(std::round(*r.change_percent * 100) / 100)
            : nullptr;
    std::printf("%s\n", o.dump(-1, ' ', false,
                               nlohmann::ordered_json::error_handler_t::replace)
                            .c_str());
  }
}

int RunTrend(TrendKind kind, const TrendArgs& a) {
  if (Status st = RedirectOutput(a.output); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return kExitFailed;
  }
  StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(a.db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "secx: %s\n", store.error().c_str());  // names db
    return kExitFailed;
  }
  Result<Trend> trend = LoadTrend(*store.value(), kind, {a.company, a.cik});
  if (!trend.ok()) {
    std::fprintf(stderr, "secx: trend: %s\n", trend.error().c_str());
    return kExitFailed;
  }
  PrintRows(trend.value(), a.output.format);
  if (trend->skipped > 0 && !a.output.quiet) {
    std::fprintf(stderr,
                 "secx: trend: %d record%s without a number or date "
                 "left out\n",
                 trend->skipped, trend->skipped == 1 ? "" : "s");
  }
  if (a.plot.empty()) return kExitOk;
  std::string title =
      kind == TrendKind::kDividends ? "Dividends per share" : "Revenue shares";
  if (!a.company.empty()) title += " \xE2\x80\x94 " + a.company;
  if (!a.cik.empty()) title += " \xE2\x80\x94 CIK " + a.cik;
  const std::string svg = RenderSvg(TrendPlot(trend.value(), title));
  std::ofstream out(a.plot, std::ios::binary | std::ios::trunc);
  out << svg;
  out.close();
  if (!out) {
    std::fprintf(stderr, "secx: %s: cannot write the plot\n", a.plot.c_str());
    return kExitFailed;
  }
  return kExitOk;
}

void AddKind(CLI::App* parent, const char* name, const char* about,
             TrendKind kind, const char* examples) {
  auto args = std::make_shared<TrendArgs>();
  CLI::App* cmd = parent->add_subcommand(name, about);
  cmd->add_option("--db", args->db, "Database file")->capture_default_str();
  CLI::Option* company = cmd->add_option(
      "--company", args->company,
      "Company name (substring, case and INC/CORP/... ignored) or ticker");
  cmd->add_option("--cik", args->cik, "Company CIK")->excludes(company);
  AddOutputFlags(cmd, &args->output, {"table", "csv", "json"});
  cmd->add_option("--plot", args->plot, "Also draw the series to FILE.svg");
  cmd->footer(examples);
  cmd->callback([kind, args] { ExitWith(RunTrend(kind, *args)); });
}

}  // namespace

void AddTrendCommand(CLI::App& app) {
  CLI::App* trend = app.add_subcommand(
      "trend", "Disclosures over time: dividends, revenue shares");
  trend->require_subcommand(1);
  trend->footer(
      "\nOne row per period and series (company x share class x currency, "
      "or\ncompany x subject), with the change from the period before. The "
      "same\ndividend reported in several filings is one row listing each "
      "filing.\nViews used: registrants, dividend_history, "
      "revenue_share_history.\n");
  AddKind(trend, "dividends", "Dividends per share over time",
          TrendKind::kDividends,
          "\nA period is dated by the record date, else payable, declared, "
          "fiscal-year\nend, filing date (column 'basis').\n\nExamples:\n"
          "  secx trend dividends --db secx.db\n"
          "  secx trend dividends --db secx.db --company 'asta funding' "
          "--plot asta.svg\n"
          "  secx trend dividends --db secx.db --cik 1001258 --format csv\n");
  AddKind(trend, "revenue-share", "Revenue shares over time",
          TrendKind::kRevenueShares,
          "\nExamples:\n"
          "  secx trend revenue-share --db secx.db\n"
          "  secx trend revenue-share --db secx.db --company 'internet "
          "initiative' --format json\n");
}

}  // namespace secx
