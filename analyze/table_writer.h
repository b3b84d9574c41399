// Rows printed for people or programs, the one place every command's
// table, CSV and JSON Lines output comes from:
//   table  aligned columns, numbers right-aligned, "(N rows)" after each
//          result set; widths measured on the first kMeasuredRows rows
//          (held in memory), later rows stream with those widths
//   csv    RFC 4180, a header line per result set; NULL is an empty field
//   json   one object per row; numbers as numbers, NULL as null
// Memory stays bounded whatever the number of rows. One writer per output
// stream; not thread-safe.
#ifndef SECX_ANALYZE_TABLE_WRITER_H_
#define SECX_ANALYZE_TABLE_WRITER_H_

#include <cstdio>
#include <string>
#include <vector>

#include "analyze/store.h"  // Cell

namespace secx {

class RowWriter {
 public:
  static constexpr size_t kMeasuredRows = 1000;

  // `format` is "table", "csv" or "json".
  RowWriter(std::FILE* out, std::string format);
  ~RowWriter() { End(); }
  RowWriter(const RowWriter&) = delete;
  RowWriter& operator=(const RowWriter&) = delete;

  // Starts a result set (ending the one before).
  void Columns(const std::vector<std::string>& names);
  void Row(const std::vector<Cell>& row);
  // Text cells; `numeric` marks the columns that hold numbers.
  void Row(const std::vector<std::string>& cells,
           const std::vector<bool>& numeric = {});
  // Ends the result set: a table prints what it holds and the row count.
  void End();

 private:
  void Start();
  void Line(const std::vector<std::string>& cells);

  std::FILE* out_;
  std::string format_;
  std::vector<std::string> names_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> numeric_;
  std::vector<size_t> widths_;
  bool streaming_ = false;
  size_t count_ = 0;
};

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line
// break.
std::string CsvField(const std::string& s);

// Display width of UTF-8 text: code points, not bytes.
size_t DisplayWidth(const std::string& s);

}  // namespace secx

#endif  // SECX_ANALYZE_TABLE_WRITER_H_
