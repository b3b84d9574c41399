#include "analyze/table_writer.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

namespace secx {
namespace {

// A cell of an aligned table: one line, NULL spelled out.
std::string TableText(const Cell& c) {
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

}  // namespace

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

size_t DisplayWidth(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

RowWriter::RowWriter(std::FILE* out, std::string format)
    : out_(out), format_(std::move(format)) {}

void RowWriter::Columns(const std::vector<std::string>& names) {
  End();
  names_ = names;
  if (format_ == "csv") {
    std::string line;
    for (size_t i = 0; i < names.size(); ++i) {
      line += (i ? "," : "") + CsvField(names[i]);
    }
    std::fprintf(out_, "%s\n", line.c_str());
  }
}

void RowWriter::Row(const std::vector<Cell>& row) {
  if (format_ == "csv") {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line +=
          (i ? "," : "") +
          (row[i].type == Cell::kNull ? std::string() : CsvField(row[i].text));
    }
    std::fprintf(out_, "%s\n", line.c_str());
    return;
  }
  if (format_ == "json") {
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    for (size_t i = 0; i < row.size(); ++i) {
      const Cell& c = row[i];
      const std::string& name = i < names_.size() ? names_[i] : "";
      if (c.type == Cell::kNull) {
        o[name] = nullptr;
      } else if (c.type == Cell::kInteger) {
        o[name] = std::stoll(c.text);
      } else if (c.type == Cell::kReal) {
        o[name] = std::stod(c.text);
      } else {
        o[name] = c.text;
      }
    }
    std::fprintf(
        out_, "%s\n",
        o.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
            .c_str());
    return;
  }
  std::vector<std::string> cells;
  for (const Cell& c : row) cells.push_back(TableText(c));
  ++count_;
  if (streaming_) {
    Line(cells);
    return;
  }
  rows_.push_back(std::move(cells));
  if (numeric_.empty()) numeric_.assign(row.size(), true);
  for (size_t i = 0; i < row.size() && i < numeric_.size(); ++i) {
    if (row[i].type == Cell::kText || row[i].type == Cell::kBlob) {
      numeric_[i] = false;
    }
  }
  if (rows_.size() >= kMeasuredRows) Start();
}

void RowWriter::Row(const std::vector<std::string>& cells,
                    const std::vector<bool>& numeric) {
  std::vector<Cell> row(cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    const bool number = i < numeric.size() && numeric[i];
    row[i].text = cells[i];
    row[i].type = cells[i].empty() && number ? Cell::kNull
                  : number                   ? Cell::kReal
                                             : Cell::kText;
    // An empty text prints empty in a table, not as NULL.
    if (row[i].type == Cell::kNull && format_ == "table") {
      row[i].type = Cell::kReal;
    }
  }
  Row(row);
}

void RowWriter::End() {
  if (names_.empty()) return;
  if (format_ == "table") {
    if (!streaming_) Start();
    std::fprintf(out_, "(%zu row%s)\n", count_, count_ == 1 ? "" : "s");
  }
  names_.clear();
  numeric_.clear();
  widths_.clear();
  rows_.clear();
  streaming_ = false;
  count_ = 0;
}

// Measures the held rows, prints them under the header, and streams on.
void RowWriter::Start() {
  widths_.assign(names_.size(), 0);
  for (size_t i = 0; i < names_.size(); ++i)
    widths_[i] = DisplayWidth(names_[i]);
  for (const auto& r : rows_) {
    for (size_t i = 0; i < r.size() && i < widths_.size(); ++i) {
      widths_[i] = std::max(widths_[i], DisplayWidth(r[i]));
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

void RowWriter::Line(const std::vector<std::string>& cells) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    size_t w = i < widths_.size() ? widths_[i] : 0;
    size_t cw = DisplayWidth(cells[i]);
    std::string pad(w > cw ? w - cw : 0, ' ');
    bool right = i < numeric_.size() && numeric_[i];
    if (i) out += "  ";
    out +=
        right ? pad + cells[i] : cells[i] + (i + 1 < cells.size() ? pad : "");
  }
  std::fprintf(out_, "%s\n", out.c_str());
}

}  // namespace secx
