// secx query: SQL over the store on a read-only connection.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/progress.h"
#include "analyze/store.h"
#include "analyze/table_writer.h"

namespace secx {
namespace {

int RunQuery(const std::string& db, const OutputFlags& output,
             const std::string& sql, const QueryLimits& limits) {
  if (Status st = RedirectOutput(output); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", st.error().c_str());
    return kExitFailed;
  }
  StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(store.error()).c_str());
    return kExitFailed;
  }
  RowWriter out(stdout, output.format);
  QueryCallbacks cb;
  cb.columns = [&](const std::vector<std::string>& n) { out.Columns(n); };
  cb.row = [&](const std::vector<Cell>& row) { out.Row(row); };
  Status st = store.value()->Query(sql, cb, limits);
  out.End();
  if (!st.ok()) {
    std::fprintf(stderr, "secx: query: %s\n", OneLine(st.error()).c_str());
    return kExitFailed;
  }
  return kExitOk;
}

const char kAbout[] =
    "Runs SQL on a read-only connection to the store (writes are refused).\n"
    "Tables: documents, fields, tickers, dividends, revenue_shares, facts,\n"
    "corrections, checks, mismatches, registrants; views dividend_history,\n"
    "revenue_share_history. Amounts are numbers (per_share, total_amount,\n"
    "percent) beside their exact text (per_share_text, ...); missing values\n"
    "are NULL; confidences are 0..1. Every record keeps its provenance\n"
    "(document_id, start, end, page, bbox_*, confidence, rule). Texts:\n"
    "document_texts (zstd), pages, text_index (secx search, secx show);\n"
    "reviews and the reviewed_* views (secx serve).\n"
    "Every format prints rows as they come; a query that runs past\n"
    "--timeout or --max-rows stops with an error (exit status 1).\n";

}  // namespace

void AddQueryCommand(CLI::App& app) {
  auto db = std::make_shared<std::string>("secx.db");
  auto output = std::make_shared<OutputFlags>();
  auto sql = std::make_shared<std::string>();
  auto limits = std::make_shared<QueryLimits>();
  limits->seconds = 60;
  limits->rows = 10000000;
  CLI::App* cmd =
      app.add_subcommand("query", "Run read-only SQL over the store");
  cmd->add_option("--db", *db, "Database file")->capture_default_str();
  AddOutputFlags(cmd, output.get(), {"table", "csv", "json"});
  cmd->add_option("--timeout", limits->seconds,
                  "Stop the query after this many seconds (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--max-rows", limits->rows,
                  "Stop after printing this many rows (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("sql", *sql, "SQL; several statements may be given")
      ->required();
  cmd->footer(
      std::string("\n") + kAbout +
      "\nExamples:\n"
      "  secx query \"SELECT name, COUNT(*) AS n FROM fields GROUP BY name "
      "ORDER BY n DESC\"\n"
      "  secx query --db secx.db \"SELECT d.path, f.value FROM fields f JOIN "
      "documents d ON d.id = f.document_id WHERE f.name = 'report_date'\"\n"
      "  secx query --format csv \"SELECT * FROM dividends\" > dividends.csv\n"
      "  secx query \"SELECT field, header_value, text_value FROM "
      "mismatches\"\n"
      "  secx query -f json \"SELECT company_cik, per_share FROM "
      "dividend_history WHERE per_share > 0.1\"\n");
  cmd->callback([db, output, sql, limits] {
    ExitWith(RunQuery(*db, *output, *sql, *limits));
  });
}

}  // namespace secx
