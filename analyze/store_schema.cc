#include "analyze/store_schema.h"

namespace secx {
namespace {

// Provenance columns shared by every record table: where the value came
// from (FIELDS.md: byte span into the produced text, 1-based page, pixel box
// on OCR pages, confidence 0..1, the rule that made it).
#define SECX_PROVENANCE                                          \
  "  start INTEGER, end INTEGER, page INTEGER,\n"                \
  "  bbox_left INTEGER, bbox_top INTEGER, bbox_right INTEGER,\n" \
  "  bbox_bottom INTEGER,\n"                                     \
  "  confidence REAL, rule TEXT\n"

#define SECX_DOCUMENT_ID                                               \
  "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE " \
  "CASCADE,\n"

// Version 1: the first schema.
const char kV1[] =
    "CREATE TABLE documents (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  path TEXT NOT NULL,\n"
    "  sha256 TEXT NOT NULL UNIQUE,\n"
    "  kind TEXT, form TEXT, pages INTEGER,\n"
    "  extractor_version TEXT NOT NULL,\n"
    "  ingested_at TEXT NOT NULL,\n"
    "  ocr_engine TEXT, ocr_mean_confidence REAL,\n"
    "  errors TEXT NOT NULL DEFAULT '',\n"
    "  warnings TEXT NOT NULL DEFAULT ''\n"
    ");\n"
    "CREATE TABLE fields (\n" SECX_DOCUMENT_ID
    "  name TEXT NOT NULL, value TEXT NOT NULL, raw TEXT,\n"
    "  entity INTEGER NOT NULL DEFAULT 0,\n" SECX_PROVENANCE
    ");\n"
    "CREATE INDEX fields_name_value ON fields(name, value);\n"
    "CREATE INDEX fields_document ON fields(document_id);\n"
    "CREATE TABLE mismatches (\n" SECX_DOCUMENT_ID
    "  field TEXT NOT NULL, header_value TEXT, text_value TEXT,\n"
    "  entity INTEGER NOT NULL DEFAULT 0\n"
    ");\n"
    "CREATE INDEX mismatches_document ON mismatches(document_id);\n"
    "CREATE INDEX mismatches_field ON mismatches(field);\n"
    "CREATE TABLE corrections (\n" SECX_DOCUMENT_ID
    "  start INTEGER, end INTEGER, page INTEGER,\n"
    "  from_text TEXT, to_text TEXT, rule TEXT, confidence REAL\n"
    ");\n"
    "CREATE INDEX corrections_document ON corrections(document_id);\n"
    "CREATE TABLE tickers (\n" SECX_DOCUMENT_ID
    "  exchange TEXT, symbol TEXT, security TEXT,\n" SECX_PROVENANCE
    ");\n"
    "CREATE INDEX tickers_document ON tickers(document_id);\n"
    "CREATE INDEX tickers_symbol ON tickers(symbol);\n"
    "CREATE TABLE dividends (\n" SECX_DOCUMENT_ID
    "  kind TEXT, fiscal_year TEXT, per_share TEXT, currency TEXT,\n"
    "  total_amount TEXT, record_date TEXT, payable_date TEXT,\n"
    "  declared_date TEXT, status TEXT, share_class TEXT,\n"
    "  check_failures TEXT,\n" SECX_PROVENANCE
    ");\n"
    "CREATE INDEX dividends_document ON dividends(document_id);\n"
    "CREATE TABLE revenue_shares (\n" SECX_DOCUMENT_ID
    "  percent TEXT, subject TEXT, metric TEXT, period_end "
    "TEXT,\n" SECX_PROVENANCE
    ");\n"
    "CREATE INDEX revenue_shares_document ON revenue_shares(document_id);\n"
    "CREATE TABLE facts (\n" SECX_DOCUMENT_ID
    "  name TEXT NOT NULL, value TEXT,\n" SECX_PROVENANCE
    ");\n"
    "CREATE INDEX facts_name_value ON facts(name, value);\n"
    "CREATE INDEX facts_document ON facts(document_id);\n";

// Version 2: whether the header's value appears in the cover text, which
// tells extractor errors from filer inconsistencies.
const char kV2[] =
    "ALTER TABLE mismatches ADD COLUMN header_in_text INTEGER;\n";

#undef SECX_PROVENANCE
#undef SECX_DOCUMENT_ID

}  // namespace

const std::vector<const char*>& StoreMigrations() {
  static const std::vector<const char*> kMigrations = {kV1, kV2};
  return kMigrations;
}

}  // namespace secx
