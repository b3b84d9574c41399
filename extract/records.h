// Each record type of an Extraction described once: its columns, their SQL
// types, how to read each from the record, and its name in the JSON output.
// The store's tables and inserts (analyze/store*.cc), the JSON writer
// (analyze/json_output.cc) and the eval mapping (analyze/eval.cc) all read
// these descriptions, so that adding a value to a record is one new Column
// here (plus, for the store, one numbered migration: see
// analyze/store_schema.h).
//
// A description is constant data built on first use; the accessors return
// references to function-local statics, safe to share across threads.
#ifndef SECX_EXTRACT_RECORDS_H_
#define SECX_EXTRACT_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace secx {

// The SQL type of a column: SQLite's INTEGER, REAL, TEXT and BLOB (bytes
// such as a compressed text; never in the JSON output).
enum class SqlType { kInteger, kReal, kText, kBlob };

// One value read from a record. Missing values are kNull: an empty string
// read with Value::Text, a decimal that does not parse, an absent box.
struct Value {
  enum Kind { kNull, kInteger, kReal, kText, kList, kBlob };
  Kind kind = kNull;
  int64_t integer = 0;
  double real = 0;
  std::string text;               // kText, kBlob; kList joined by '\n'
  std::vector<std::string> list;  // kList: a JSON array in the output

  static Value Null() { return Value(); }
  static Value Int(int64_t v);
  static Value Real(double v);
  // NULL when `s` is empty.
  static Value Text(std::string s);
  // Text even when empty (a NOT NULL column such as fields.value).
  static Value TextAlways(std::string s);
  // The number a decimal string such as "13.50", "-0.2" or "1e3" means;
  // NULL when it is empty or not a whole number written in decimal.
  static Value Decimal(const std::string& s);
  // Bytes bound as a BLOB.
  static Value Blob(std::string bytes);
  // NULL when empty.
  static Value List(std::vector<std::string> items);

  bool is_null() const { return kind == kNull; }
};

// How a column appears in the JSON output of `secx extract` (FIELDS.md).
enum class Json {
  kNone,    // store only (e.g. per_share as a number)
  kAlways,  // written even when empty or NULL (as "" or 0)
  kIfSet    // left out when NULL or empty
};

template <typename T>
struct Column {
  const char* name;  // SQL column name
  SqlType type;
  Value (*get)(const T&);
  Json json = Json::kAlways;
  const char* json_name = nullptr;  // default: `name`
  const char* constraint = "";      // e.g. "NOT NULL DEFAULT 0"

  const char* JsonName() const { return json_name ? json_name : name; }
};

// The provenance columns every record with a Span gets, after its own:
// start, end, page, bbox_left, bbox_top, bbox_right, bbox_bottom,
// confidence (0..1), rule. In JSON: page, start, end, bbox (an array, OCR
// pages only), confidence, rule.
struct SpanColumn {
  const char* name;
  SqlType type;
  Value (*get)(const Span&);
};
const std::vector<SpanColumn>& SpanColumns();

template <typename T>
struct RecordType {
  const char* table;     // SQL table, also the JSON key of the array
  const char* singular;  // "dividend": eval names "dividend.per_share"
  std::vector<Column<T>> columns;
  // The record's provenance, or nullptr for records without one.
  const Span* (*span)(const T&) = nullptr;
  // JSON: the span's members come after this many JSON columns (-1: last).
  int json_span_at = -1;
  // Indexes on the table: each a comma-separated column list.
  std::vector<const char*> indexes;
  // Whether a record goes into this table (nullptr: every record).
  bool (*keep)(const T&) = nullptr;
  // Rows belong to a document (a document_id column first); false only
  // for `documents` itself, whose first column is its id.
  bool per_document = true;
};

// The values of one record in table column order: its columns, then the
// span columns when it has a span.
template <typename T>
std::vector<Value> RowValues(const RecordType<T>& type, const T& record) {
  std::vector<Value> row;
  row.reserve(type.columns.size() + 9);
  for (const Column<T>& c : type.columns) row.push_back(c.get(record));
  if (type.span) {
    const Span& s = *type.span(record);
    for (const SpanColumn& c : SpanColumns()) row.push_back(c.get(s));
  }
  return row;
}

// The row of `documents` for one extraction.
struct DocumentRecord {
  const Extraction* x = nullptr;
  std::string version;      // extractor version
  std::string ingested_at;  // UTC, ISO 8601
};

// The row of `registrants` for one extraction: who filed it, read from
// its fields at ingest (the store adds the CIK of other filings of the
// same name: company_cik, company_key).
struct RegistrantRecord {
  std::string cik;       // header or iXBRL CIK of entity 0, without leading 0s
  std::string name;      // cover name, else header name, else English name
  std::string name_key;  // NameKey(name)
  std::string ticker;    // first "EXCHANGE:SYMBOL"
  std::string document_date;
};

const RecordType<DocumentRecord>& DocumentRecords();
const RecordType<Field>& FieldRecords();
const RecordType<Ticker>& TickerRecords();
const RecordType<Dividend>& DividendRecords();
const RecordType<RevenueShare>& RevenueShareRecords();
const RecordType<Fact>& FactRecords();
const RecordType<Correction>& CorrectionRecords();
const RecordType<Check>& CheckRecords();
// Checks of metadata against the text where both sides have a value and
// they differ: the `mismatches` table.
const RecordType<Check>& MismatchRecords();
const RecordType<RegistrantRecord>& RegistrantRecords();

// Calls f(type, records) for each record type of an Extraction that is
// stored and written out per document, in output order: fields, tickers,
// dividends, revenue_shares, facts, corrections, checks.
template <typename F>
void ForEachRecordList(const Extraction& x, F&& f) {
  f(FieldRecords(), x.fields);
  f(TickerRecords(), x.tickers);
  f(DividendRecords(), x.dividends);
  f(RevenueShareRecords(), x.revenue_shares);
  f(FactRecords(), x.facts);
  f(CorrectionRecords(), x.corrections);
  f(CheckRecords(), x.checks);
}

// Registrant of an extraction (see RegistrantRecord).
RegistrantRecord RegistrantOf(const Extraction& x);

// Value as text: what a label or a person compares ("" for NULL; lists
// joined by '\n'; reals in the shortest form that reads back the same).
std::string ValueText(const Value& v);

}  // namespace secx

#endif  // SECX_EXTRACT_RECORDS_H_
