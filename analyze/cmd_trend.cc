// secx trend dividends|revenue-share: disclosures over time, one row per
// period with the change from the one before; optionally an SVG chart.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyze/commands.h"
#include "analyze/store.h"
#include "analyze/trend.h"

namespace secx {
namespace {

struct TrendArgs {
  std::string db = "secx.db";
  std::string company;
  std::string cik;
  std::string format = "table";
  std::string plot;
};

size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

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
  std::vector<std::vector<std::string>> rows = {
      {"series", "date", "basis", div ? "kind" : "subject",
       div ? "status" : "metric", div ? "per_share" : "percent", "change",
       "change_%", "documents"}};
  for (const TrendRow& r : t.rows) {
    rows.push_back({r.series, r.date, r.date_basis, r.kind,
                    div ? r.status : r.share_class, r.value, r.change_text,
                    Percent(r), Join(r.document_ids, ",")});
  }
  std::vector<size_t> w(rows[0].size(), 0);
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i)
      w[i] = std::max(w[i], Width(row[i]));
  }
  for (size_t k = 0; k < rows.size(); ++k) {
    std::string line;
    for (size_t i = 0; i < rows[k].size(); ++i) {
      const std::string pad(w[i] - Width(rows[k][i]), ' ');
      const bool right = i >= 5 && i <= 7;  // numbers
      if (i) line += "  ";
      line += right ? pad + rows[k][i]
                    : rows[k][i] + (i + 1 < rows[k].size() ? pad : "");
    }
    std::printf("%s\n", line.c_str());
    if (k == 0) {
      std::string rule;
      for (size_t i = 0; i < w.size(); ++i) {
        rule += (i ? "  " : "") + std::string(w[i], '-');
      }
      std::printf("%s\n", rule.c_str());
    }
  }
  std::printf("(%zu row%s)\n", t.rows.size(), t.rows.size() == 1 ? "" : "s");
}

std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
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
  bool header = format == "csv";
  for (const TrendRow& r : t.rows) {
    const auto cols = Columns(t, r);
    if (format == "csv") {
      std::string line;
      if (header) {
        for (size_t i = 0; i < cols.size(); ++i) {
          line += (i ? "," : "") + cols[i].first;
        }
        std::printf("%s\n", line.c_str());
        line.clear();
        header = false;
      }
      for (size_t i = 0; i < cols.size(); ++i) {
        line += (i ? "," : "") + Csv(cols[i].second);
      }
      std::printf("%s\n", line.c_str());
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
  PrintRows(trend.value(), a.format);
  if (trend->skipped > 0) {
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
  cmd->add_option("-f,--format", args->format, "table, csv or json (lines)")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
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
