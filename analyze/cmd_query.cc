// secx query: SQL over the store on a read-only connection.
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyze/commands.h"
#include "analyze/progress.h"
#include "analyze/store.h"

namespace secx {
namespace {

// Display width of UTF-8 text: code points, not bytes.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string CellText(const Cell& c) {
  if (c.type == Cell::kNull) return "NULL";
  std::string out;
  for (char ch : c.text) {
    if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\t' || ch == '\r') {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

// Prints each result set as a table with aligned columns; numbers are
// right-aligned. Column widths and alignment come from the first
// kMeasuredRows rows, which are held in memory; later rows are printed as
// they come with those widths (a wider cell just pushes its line out), so
// memory stays bounded however many rows a query returns.
class TablePrinter {
 public:
  static constexpr size_t kMeasuredRows = 1000;

  void Columns(const std::vector<std::string>& names) {
    Print();
    names_ = names;
  }
  void Row(const std::vector<Cell>& row) {
    std::vector<std::string> cells;
    for (const Cell& c : row) cells.push_back(CellText(c));
    ++count_;
    if (streaming_) {
      Line(cells);
      return;
    }
    rows_.push_back(std::move(cells));
    if (numeric_.empty()) numeric_.assign(row.size(), true);
    for (size_t i = 0; i < row.size(); ++i) {
      if (row[i].type == Cell::kText || row[i].type == Cell::kBlob) {
        numeric_[i] = false;
      }
    }
    if (rows_.size() >= kMeasuredRows) Start();
  }
  // Ends the result set: prints what is held and the row count.
  void Print() {
    if (names_.empty()) return;
    if (!streaming_) Start();
    std::printf("(%zu row%s)\n", count_, count_ == 1 ? "" : "s");
    names_.clear();
    numeric_.clear();
    widths_.clear();
    streaming_ = false;
    count_ = 0;
  }

 private:
  // Measures the held rows, prints them under the header, and streams on.
  void Start() {
    widths_.assign(names_.size(), 0);
    for (size_t i = 0; i < names_.size(); ++i) widths_[i] = Width(names_[i]);
    for (const auto& r : rows_) {
      for (size_t i = 0; i < r.size() && i < widths_.size(); ++i) {
        widths_[i] = std::max(widths_[i], Width(r[i]));
      }
    }
    Line(names_);
    std::vector<std::string> rule;
    for (size_t x : widths_) rule.push_back(std::string(x, '-'));
    Line(rule);
    for (const auto& r : rows_) Line(r);
    rows_.clear();
    streaming_ = true;
  }
  void Line(const std::vector<std::string>& cells) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) {
      size_t w = i < widths_.size() ? widths_[i] : 0;
      size_t cw = Width(cells[i]);
      std::string pad(w > cw ? w - cw : 0, ' ');
      bool right = i < numeric_.size() && numeric_[i];
      if (i) out += "  ";
      out +=
          right ? pad + cells[i] : cells[i] + (i + 1 < cells.size() ? pad : "");
    }
    std::printf("%s\n", out.c_str());
  }

  std::vector<std::string> names_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> numeric_;
  std::vector<size_t> widths_;
  bool streaming_ = false;
  size_t count_ = 0;
};

std::string CsvField(const Cell& c) {
  if (c.type == Cell::kNull) return "";
  if (c.text.find_first_of(",\"\r\n") == std::string::npos) return c.text;
  std::string out = "\"";
  for (char ch : c.text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

int RunQuery(const std::string& db, const std::string& format,
             const std::string& sql, const QueryLimits& limits) {
  StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(store.error()).c_str());
    return kExitFailed;
  }
  TablePrinter table;
  std::vector<std::string> names;
  QueryCallbacks cb;
  cb.columns = [&](const std::vector<std::string>& n) {
    names = n;
    if (format == "table") table.Columns(n);
    if (format == "csv") {
      std::string line;
      for (size_t i = 0; i < n.size(); ++i) {
        line += (i ? "," : "") + CsvField({Cell::kText, n[i]});
      }
      std::printf("%s\n", line.c_str());
    }
  };
  cb.row = [&](const std::vector<Cell>& row) {
    if (format == "table") {
      table.Row(row);
    } else if (format == "csv") {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) {
        line += (i ? "," : "") + CsvField(row[i]);
      }
      std::printf("%s\n", line.c_str());
    } else {  // json: one object per row
      nlohmann::ordered_json o = nlohmann::ordered_json::object();
      for (size_t i = 0; i < row.size(); ++i) {
        const Cell& c = row[i];
        if (c.type == Cell::kNull) {
          o[names[i]] = nullptr;
        } else if (c.type == Cell::kInteger) {
          o[names[i]] = std::stoll(c.text);
        } else if (c.type == Cell::kReal) {
          o[names[i]] = std::stod(c.text);
        } else {
          o[names[i]] = c.text;
        }
      }
      std::printf("%s\n",
                  o.dump(-1, ' ', false,
                         nlohmann::ordered_json::error_handler_t::replace)
                      .c_str());
    }
  };
  Status st = store.value()->Query(sql, cb, limits);
  table.Print();
  if (!st.ok()) {
    std::fprintf(stderr, "secx: query: %s\n", OneLine(st.error()).c_str());
    return kExitFailed;
  }
  return kExitOk;
}

const char kAbout[] =
    "Runs SQL on a read-only connection to the store (writes are refused).\n"
    "Tables: documents, fields, mismatches, corrections, tickers, "
    "dividends,\nrevenue_shares, facts; every record keeps its provenance "
    "(document_id,\nstart, end, page, bbox_*, confidence, rule).\n"
    "Every format prints rows as they come; a query that runs past\n"
    "--timeout or --max-rows stops with an error (exit status 1).\n";

}  // namespace

void AddQueryCommand(CLI::App& app) {
  auto db = std::make_shared<std::string>("secx.db");
  auto format = std::make_shared<std::string>("table");
  auto sql = std::make_shared<std::string>();
  auto limits = std::make_shared<QueryLimits>();
  limits->seconds = 60;
  limits->rows = 10000000;
  CLI::App* cmd =
      app.add_subcommand("query", "Run read-only SQL over the store");
  cmd->add_option("--db", *db, "Database file")->capture_default_str();
  cmd->add_option("-f,--format", *format,
                  "table (aligned), csv (RFC 4180) or json (one object per "
                  "row)")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
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
      "mismatches\"\n");
  cmd->callback([db, format, sql, limits] {
    ExitWith(RunQuery(*db, *format, *sql, *limits));
  });
}

}  // namespace secx
