#include "analyze/store_schema.h"

#include "analyze/reviews.h"
#include "analyze/text_store.h"

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

// Version 3: views for disclosures over time (analyze/trend.h).
// `registrants` gives each document a company: the header CIK of entity 0
// where there is one; a name (the cover's registrant_name, else the
// header's company_conformed_name, else the English name); and a name key
// that joins filings without a CIK: upper case, dots and apostrophes
// dropped, other punctuation to spaces, legal words (INC, CORP, CO, LTD,
// THE, ...) folded. NameKey() in analyze/trend.cc computes the same key in
// C++ and tests/analyze/trend_test.cc checks that the two agree.
// `company_key` is the CIK (borrowed from another filing with the same
// name key when this one has none), else the name key, else the first
// ticker, else the document. `document_date` dates a record that carries
// no date of its own. The views are dropped first so that re-running this
// migration on a file whose user_version was lowered by hand cannot fail.
#define SECX_FIELD0(field)                                        \
  "(SELECT f.value FROM fields f WHERE f.document_id = d.id AND " \
  "f.name = '" field                                              \
  "' AND f.entity = 0 AND f.value <> '' ORDER BY "                \
  "f.rowid LIMIT 1)"
#define SECX_HISTORY_COLUMNS                                                \
  "  r.company_key, r.cik, r.company_cik, r.name AS company, r.name_key,\n" \
  "  r.ticker, r.document_date, v.document_id, d.path, d.form,\n"
#define SECX_HISTORY_ORDER                                    \
  "ORDER BY COALESCE(r.name, r.company_key) COLLATE NOCASE, " \
  "r.company_key,\n  period_date, "
const char kV3[] =
    "DROP VIEW IF EXISTS revenue_share_history;\n"
    "DROP VIEW IF EXISTS dividend_history;\n"
    "DROP VIEW IF EXISTS registrants;\n"
    "CREATE VIEW registrants AS\n"
    "WITH base AS (\n"
    "  SELECT d.id AS document_id,\n"
    // The extractor strips a CIK's leading zeros; be sure of it here.
    "    NULLIF(ltrim(" SECX_FIELD0("cik") ", '0'), '') AS cik,\n"
    "    COALESCE(" SECX_FIELD0("registrant_name") ",\n"
    "      " SECX_FIELD0("company_conformed_name") ",\n"
    "      " SECX_FIELD0("registrant_name_english") ") AS name,\n"
    "    (SELECT t.exchange || ':' || t.symbol FROM tickers t\n"
    "     WHERE t.document_id = d.id AND t.symbol <> '' ORDER BY t.rowid\n"
    "     LIMIT 1) AS ticker,\n"
    "    COALESCE(" SECX_FIELD0("release_date") ",\n"
    "      " SECX_FIELD0("report_date") ",\n"
    "      " SECX_FIELD0("period_of_report") ",\n"
    "      " SECX_FIELD0("filed_date") ",\n"
    "      " SECX_FIELD0("signature_date") ") AS document_date\n"
    "  FROM documents d),\n"
    // Two stages: SQLite's parser stack overflows on ~30 nested calls.
    "spaced AS (\n"
    "  SELECT b.*,\n"
    "    replace(replace(replace(replace(replace(replace(replace(replace(\n"
    "    replace(replace(replace(replace(replace(replace(replace(replace(\n"
    "    replace(replace(replace(\n"
    "      ' ' || upper(COALESCE(b.name, '')) || ' ',\n"
    "      '.', ''), '''', ''), '\xE2\x80\x99', ''), ',', ' '),\n"
    "      '&', ' AND '), '-', ' '), '/', ' '), '(', ' '), ')', ' '),\n"
    "      ':', ' '), ';', ' '), '!', ' '), '\"', ' '), char(9), ' '),\n"
    "      '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' ')\n"
    "      AS spaced_name\n"
    "  FROM base b),\n"
    "keyed AS (\n"
    "  SELECT s.document_id, s.cik, s.name, s.ticker, s.document_date,\n"
    "    trim(replace(replace(replace(replace(replace(replace(replace(\n"
    "    replace(replace(replace(replace(replace(replace(s.spaced_name,\n"
    "      ' THE ', ' '), ' KABUSHIKI KAISHA ', ' '),\n"
    "      ' INCORPORATED ', ' '), ' INC ', ' '), ' CORPORATION ', ' '),\n"
    "      ' CORP ', ' '), ' COMPANY ', ' '), ' CO ', ' '),\n"
    "      ' LIMITED ', ' '), ' LTD ', ' '), ' LLC ', ' '), ' LP ', ' '),\n"
    "      ' PLC ', ' ')) AS name_key\n"
    "  FROM spaced s),\n"
    "named AS (\n"
    "  SELECT name_key, MIN(cik) AS cik FROM keyed\n"
    "  WHERE cik IS NOT NULL AND name_key <> '' GROUP BY name_key)\n"
    "SELECT k.document_id, k.cik, COALESCE(k.cik, n.cik) AS company_cik,\n"
    "  k.name, k.name_key, k.ticker, k.document_date,\n"
    "  CASE WHEN COALESCE(k.cik, n.cik) IS NOT NULL\n"
    "         THEN 'cik:' || COALESCE(k.cik, n.cik)\n"
    "       WHEN k.name_key <> '' THEN 'name:' || k.name_key\n"
    "       WHEN k.ticker IS NOT NULL THEN 'ticker:' || k.ticker\n"
    "       ELSE 'document:' || k.document_id END AS company_key\n"
    "FROM keyed k LEFT JOIN named n ON n.name_key = k.name_key;\n"
    "CREATE VIEW dividend_history AS\n"
    "SELECT\n" SECX_HISTORY_COLUMNS
    "  v.kind, v.share_class, v.per_share, v.currency, v.total_amount,\n"
    "  v.fiscal_year, v.record_date, v.payable_date, v.declared_date,\n"
    "  v.status,\n"
    "  COALESCE(NULLIF(v.record_date, ''), NULLIF(v.payable_date, ''),\n"
    "    NULLIF(v.declared_date, ''), r.document_date) AS period_date,\n"
    "  CASE WHEN v.record_date <> '' THEN 'record'\n"
    "       WHEN v.payable_date <> '' THEN 'payable'\n"
    "       WHEN v.declared_date <> '' THEN 'declared'\n"
    "       WHEN r.document_date IS NOT NULL THEN 'document' END\n"
    "    AS date_basis,\n"
    "  v.start, v.end, v.page, v.confidence, v.rule\n"
    "FROM dividends v JOIN documents d ON d.id = v.document_id\n"
    "JOIN registrants r ON r.document_id = v.document_id\n" SECX_HISTORY_ORDER
    "v.kind, v.share_class, v.document_id;\n"
    "CREATE VIEW revenue_share_history AS\n"
    "SELECT\n" SECX_HISTORY_COLUMNS
    "  v.percent, v.subject, v.metric, v.period_end,\n"
    "  COALESCE(NULLIF(v.period_end, ''), r.document_date) AS period_date,\n"
    "  CASE WHEN v.period_end <> '' THEN 'period_end'\n"
    "       WHEN r.document_date IS NOT NULL THEN 'document' END\n"
    "    AS date_basis,\n"
    "  v.start, v.end, v.page, v.confidence, v.rule\n"
    "FROM revenue_shares v JOIN documents d ON d.id = v.document_id\n"
    "JOIN registrants r ON r.document_id = v.document_id\n" SECX_HISTORY_ORDER
    "v.subject, v.metric, v.document_id;\n";
// Results of `secx check`, one row per compared value; a file checked
// again replaces its earlier rows.
const char kV4[] =
    "CREATE TABLE checks (\n"
    "  path TEXT NOT NULL, sha256 TEXT, checked_at TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL,\n"     // header_agreement, dividend
    "  subject TEXT NOT NULL,\n"  // field name, or the dividend checked
    "  outcome TEXT NOT NULL,\n"  // agree, mismatch, not_scored, failed
    "  header_value TEXT, text_value TEXT\n"
    ");\n"
    "CREATE INDEX checks_path ON checks(path);\n"
    "CREATE INDEX checks_kind_outcome ON checks(kind, outcome);\n";

// Version 5: mismatches say which metadata disagreed with the text: the
// SGML header ("sgml") or the inline XBRL dei: facts ("ixbrl").
const char kV5[] =
    "ALTER TABLE mismatches ADD COLUMN source TEXT NOT NULL DEFAULT 'sgml';\n";

// Version 6 (one description per record, extract/records.h): numbers as
// numbers, NULL for missing values, one confidence scale, registrants kept
// at ingest, checks per document.
//  - dividends.per_share and total_amount, revenue_shares.percent become
//    REAL; the exact decimal the filing wrote moves to per_share_text,
//    total_amount_text and percent_text. Table rows of dividends keep
//    their provenance (the row label and column heading) in `provenance`.
//  - '' becomes NULL in every optional column (documents.errors and
//    warnings included: NULL when the input had none).
//  - documents.ocr_mean_confidence is 0..1 like every other confidence.
//  - registrants is a table filled at ingest, no longer a view computed
//    over every document on each query; its rows are copied from the view.
//  - checks belong to a document (document_id, entity); rows of `secx
//    check` runs whose file is not stored are dropped (the next check
//    stores them again).
// Views are dropped first (they are created again after the migrations,
// see store_schema.h) and tables whose types change are rebuilt in the
// documented way: new table, copy, drop, rename.
const char kV6[] =
    "CREATE TABLE registrants_v6 (\n" SECX_DOCUMENT_ID
    "  cik INTEGER, name TEXT, name_key TEXT, ticker TEXT,\n"
    "  document_date TEXT, company_cik INTEGER, company_key TEXT\n"
    ");\n"
    "INSERT INTO registrants_v6 SELECT document_id, cik, name,\n"
    "  NULLIF(name_key, ''), ticker, document_date, company_cik, company_key\n"
    "  FROM registrants ORDER BY document_id;\n"
    "DROP VIEW IF EXISTS revenue_share_history;\n"
    "DROP VIEW IF EXISTS dividend_history;\n"
    "DROP VIEW IF EXISTS registrants;\n"
    "ALTER TABLE registrants_v6 RENAME TO registrants;\n"
    "CREATE INDEX registrants_document ON registrants(document_id);\n"
    "CREATE INDEX registrants_name_key ON registrants(name_key);\n"
    "CREATE INDEX registrants_company_key ON registrants(company_key);\n"
    // documents: NULLs, confidence 0..1.
    "CREATE TABLE documents_v6 (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, kind TEXT,\n"
    "  form TEXT, pages INTEGER, extractor_version TEXT NOT NULL,\n"
    "  ingested_at TEXT NOT NULL, ocr_engine TEXT,\n"
    "  ocr_mean_confidence REAL, errors TEXT, warnings TEXT\n"
    ");\n"
    "INSERT INTO documents_v6 SELECT id, path, sha256, NULLIF(kind, ''),\n"
    "  NULLIF(form, ''), pages, extractor_version, ingested_at,\n"
    "  NULLIF(ocr_engine, ''), ocr_mean_confidence / 100.0,\n"
    "  NULLIF(errors, ''), NULLIF(warnings, '') FROM documents ORDER BY id;\n"
    "DROP TABLE documents;\n"
    "ALTER TABLE documents_v6 RENAME TO documents;\n"
    // dividends: numbers beside their exact text.
    "CREATE TABLE dividends_v6 (\n" SECX_DOCUMENT_ID
    "  kind TEXT, fiscal_year TEXT, per_share REAL, per_share_text TEXT,\n"
    "  currency TEXT, total_amount REAL, total_amount_text TEXT,\n"
    "  record_date TEXT, payable_date TEXT, declared_date TEXT,\n"
    "  status TEXT, share_class TEXT, provenance TEXT,\n"
    "  check_failures TEXT,\n" SECX_PROVENANCE
    ");\n"
    "INSERT INTO dividends_v6 SELECT document_id, NULLIF(kind, ''),\n"
    "  NULLIF(fiscal_year, ''), NULLIF(per_share, ''), NULLIF(per_share, ''),\n"
    "  NULLIF(currency, ''), NULLIF(total_amount, ''),\n"
    "  NULLIF(total_amount, ''), NULLIF(record_date, ''),\n"
    "  NULLIF(payable_date, ''), NULLIF(declared_date, ''),\n"
    "  NULLIF(status, ''), NULLIF(share_class, ''), NULL,\n"
    "  NULLIF(check_failures, ''), start, end, page, bbox_left, bbox_top,\n"
    "  bbox_right, bbox_bottom, confidence, NULLIF(rule, '')\n"
    "  FROM dividends ORDER BY rowid;\n"
    // REAL affinity keeps text that is no number as text: that is NULL.
    "UPDATE dividends_v6 SET per_share = NULL\n"
    "  WHERE typeof(per_share) NOT IN ('real', 'integer');\n"
    "UPDATE dividends_v6 SET total_amount = NULL\n"
    "  WHERE typeof(total_amount) NOT IN ('real', 'integer');\n"
    "DROP TABLE dividends;\n"
    "ALTER TABLE dividends_v6 RENAME TO dividends;\n"
    "CREATE INDEX dividends_document ON dividends(document_id);\n"
    "CREATE TABLE revenue_shares_v6 (\n" SECX_DOCUMENT_ID
    "  percent REAL, percent_text TEXT, subject TEXT, metric TEXT,\n"
    "  period_end TEXT,\n" SECX_PROVENANCE
    ");\n"
    "INSERT INTO revenue_shares_v6 SELECT document_id, NULLIF(percent, ''),\n"
    "  NULLIF(percent, ''), NULLIF(subject, ''), NULLIF(metric, ''),\n"
    "  NULLIF(period_end, ''), start, end, page, bbox_left, bbox_top,\n"
    "  bbox_right, bbox_bottom, confidence, NULLIF(rule, '')\n"
    "  FROM revenue_shares ORDER BY rowid;\n"
    "UPDATE revenue_shares_v6 SET percent = NULL\n"
    "  WHERE typeof(percent) NOT IN ('real', 'integer');\n"
    "DROP TABLE revenue_shares;\n"
    "ALTER TABLE revenue_shares_v6 RENAME TO revenue_shares;\n"
    "CREATE INDEX revenue_shares_document ON revenue_shares(document_id);\n"
    "CREATE TABLE checks_v6 (\n" SECX_DOCUMENT_ID
    "  kind TEXT NOT NULL, subject TEXT NOT NULL, outcome TEXT NOT NULL,\n"
    "  header_value TEXT, text_value TEXT,\n"
    "  entity INTEGER NOT NULL DEFAULT 0\n"
    ");\n"
    "INSERT INTO checks_v6 SELECT d.id, c.kind, c.subject, c.outcome,\n"
    "  NULLIF(c.header_value, ''), NULLIF(c.text_value, ''), 0\n"
    "  FROM checks c JOIN documents d ON d.sha256 = c.sha256\n"
    "  ORDER BY c.rowid;\n"
    "DROP TABLE checks;\n"
    "ALTER TABLE checks_v6 RENAME TO checks;\n"
    "CREATE INDEX checks_document ON checks(document_id);\n"
    "CREATE INDEX checks_kind_outcome ON checks(kind, outcome);\n"
    // Tables whose types stay: '' to NULL.
    "UPDATE fields SET raw = NULLIF(raw, ''), rule = NULLIF(rule, '');\n"
    "UPDATE tickers SET exchange = NULLIF(exchange, ''),\n"
    "  symbol = NULLIF(symbol, ''), security = NULLIF(security, ''),\n"
    "  rule = NULLIF(rule, '');\n"
    "UPDATE facts SET value = NULLIF(value, ''), rule = NULLIF(rule, '');\n"
    "UPDATE corrections SET from_text = NULLIF(from_text, ''),\n"
    "  to_text = NULLIF(to_text, ''), rule = NULLIF(rule, '');\n"
    "UPDATE mismatches SET header_value = NULLIF(header_value, ''),\n"
    "  text_value = NULLIF(text_value, '');\n";

// Version 7 (analyze/text_store.h, analyze/reviews.h): each document's
// text, compressed, and its pages, so that every span resolves from the
// store alone; the full-text index over the pages; people's reviews of
// stored values. Documents stored before keep no text until they are
// extracted again (the next extractor version, or after a delete);
// `secx show` says so for them.
const char kV7[] =
    "CREATE TABLE document_texts (\n" SECX_DOCUMENT_ID
    "  codec TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL\n"
    ");\n"
    "CREATE INDEX document_texts_document ON document_texts(document_id);\n"
    "CREATE TABLE pages (\n" SECX_DOCUMENT_ID
    "  number INTEGER NOT NULL, start INTEGER, end INTEGER,\n"
    "  ocr INTEGER NOT NULL DEFAULT 0, width INTEGER, height INTEGER,\n"
    "  dpi INTEGER, mean_confidence REAL, image INTEGER, image_page INTEGER\n"
    ");\n"
    "CREATE INDEX pages_document ON pages(document_id);\n"
    "CREATE VIRTUAL TABLE text_index USING fts5(text, content='',\n"
    "  tokenize='unicode61 remove_diacritics 2');\n"
    "CREATE TABLE reviews (\n" SECX_DOCUMENT_ID
    "  record_table TEXT NOT NULL, record_start INTEGER NOT NULL,\n"
    "  record_end INTEGER NOT NULL, action TEXT NOT NULL,\n"
    "  value_before TEXT NOT NULL, value_after TEXT, reviewer TEXT NOT NULL,\n"
    "  reviewed_at TEXT NOT NULL, note TEXT\n"
    ");\n"
    "CREATE INDEX reviews_document_id_record_table_record_start\n"
    "  ON reviews(document_id, record_table, record_start);\n";

// Version 8: the page-image box of each OCR repair (the words it changed),
// as fields and other records carry theirs.
const char kV8[] =
    "ALTER TABLE corrections ADD COLUMN bbox_left INTEGER;\n"
    "ALTER TABLE corrections ADD COLUMN bbox_top INTEGER;\n"
    "ALTER TABLE corrections ADD COLUMN bbox_right INTEGER;\n"
    "ALTER TABLE corrections ADD COLUMN bbox_bottom INTEGER;\n";

#undef SECX_HISTORY_COLUMNS
#undef SECX_HISTORY_ORDER

// The views of the current schema, over the registrants table.
// dividend_history and revenue_share_history: the records with their
// company and document, dated (period_date) by their own date where they
// have one, else by the document's (date_basis says which).
#define SECX_HISTORY_COLUMNS                                                \
  "  r.company_key, r.cik, r.company_cik, r.name AS company, r.name_key,\n" \
  "  r.ticker, r.document_date, v.document_id, d.path, d.form,\n"
#define SECX_HISTORY_ORDER                                    \
  "ORDER BY COALESCE(r.name, r.company_key) COLLATE NOCASE, " \
  "r.company_key,\n  period_date, "
// reviewed_fields, reviewed_dividends, reviewed_revenue_shares: the
// records as people's reviews left them (analyze/reviews.h): the latest
// review of a value applies; a rejected value is left out, a corrected one
// carries the reviewer's value (`review` says which; `extracted_value`
// keeps what the extractor read). The history views, and so `secx trend`,
// read these.
#define SECX_LATEST_REVIEW(table, key)                                   \
  "LEFT JOIN reviews r ON r.rowid = (SELECT x.rowid FROM reviews x\n"     \
  "  WHERE x.document_id = v.document_id AND x.record_table = '" table   \
  "'\n  AND x.record_start = v.start AND x.record_end = v.end\n"         \
  "  AND x.value_before = " key                                          \
  "\n  ORDER BY x.reviewed_at DESC, x.rowid DESC LIMIT 1)\n"
#define SECX_CORRECTED(key) \
  "CASE WHEN r.action = 'correct' THEN r.value_after ELSE " key " END"
#define SECX_REVIEW_COLUMNS \
  "  r.action AS review, r.reviewer, r.reviewed_at,\n"
#define SECX_SPAN_COLUMNS                                               \
  "  v.start, v.end, v.page, v.bbox_left, v.bbox_top, v.bbox_right,\n" \
  "  v.bbox_bottom, v.confidence, v.rule\n"
#define SECX_NOT_REJECTED "WHERE r.action IS NOT 'reject';\n"
const char kViews[] =
    "DROP VIEW IF EXISTS revenue_share_history;\n"
    "DROP VIEW IF EXISTS dividend_history;\n"
    "DROP VIEW IF EXISTS reviewed_fields;\n"
    "DROP VIEW IF EXISTS reviewed_dividends;\n"
    "DROP VIEW IF EXISTS reviewed_revenue_shares;\n"
    "CREATE VIEW reviewed_fields AS\n"
    "SELECT v.rowid AS field_id, v.document_id, v.name,\n"
    "  " SECX_CORRECTED("v.value") " AS value, v.value AS extracted_value,\n"
    "  v.raw, v.entity,\n" SECX_REVIEW_COLUMNS SECX_SPAN_COLUMNS
    "FROM fields v\n" SECX_LATEST_REVIEW("fields", "v.value")
    SECX_NOT_REJECTED
    "CREATE VIEW reviewed_dividends AS\n"
    "SELECT v.rowid AS dividend_id, v.document_id, v.kind, v.fiscal_year,\n"
    "  CASE WHEN r.action = 'correct' THEN CAST(r.value_after AS REAL)\n"
    "    ELSE v.per_share END AS per_share,\n"
    "  " SECX_CORRECTED("v.per_share_text") " AS per_share_text,\n"
    "  v.per_share_text AS extracted_per_share_text,\n"
    "  v.currency, v.total_amount, v.total_amount_text, v.record_date,\n"
    "  v.payable_date, v.declared_date, v.status, v.share_class,\n"
    "  v.provenance, v.check_failures,\n" SECX_REVIEW_COLUMNS
    SECX_SPAN_COLUMNS
    "FROM dividends v\n"
    SECX_LATEST_REVIEW("dividends", "COALESCE(v.per_share_text, '')")
    SECX_NOT_REJECTED
    "CREATE VIEW reviewed_revenue_shares AS\n"
    "SELECT v.rowid AS revenue_share_id, v.document_id,\n"
    "  CASE WHEN r.action = 'correct' THEN CAST(r.value_after AS REAL)\n"
    "    ELSE v.percent END AS percent,\n"
    "  " SECX_CORRECTED("v.percent_text") " AS percent_text,\n"
    "  v.subject, v.metric, v.period_end,\n" SECX_REVIEW_COLUMNS
    SECX_SPAN_COLUMNS
    "FROM revenue_shares v\n"
    SECX_LATEST_REVIEW("revenue_shares", "COALESCE(v.percent_text, '')")
    SECX_NOT_REJECTED
    "CREATE VIEW dividend_history AS\n"
    "SELECT\n" SECX_HISTORY_COLUMNS
    "  v.kind, v.share_class, v.per_share, v.per_share_text, v.currency,\n"
    "  v.total_amount, v.total_amount_text, v.fiscal_year, v.record_date,\n"
    "  v.payable_date, v.declared_date, v.status,\n"
    "  COALESCE(v.record_date, v.payable_date, v.declared_date,\n"
    "    r.document_date) AS period_date,\n"
    "  CASE WHEN v.record_date IS NOT NULL THEN 'record'\n"
    "       WHEN v.payable_date IS NOT NULL THEN 'payable'\n"
    "       WHEN v.declared_date IS NOT NULL THEN 'declared'\n"
    "       WHEN r.document_date IS NOT NULL THEN 'document' END\n"
    "    AS date_basis,\n"
    "  v.start, v.end, v.page, v.confidence, v.rule\n"
    "FROM reviewed_dividends v JOIN documents d ON d.id = v.document_id\n"
    "JOIN registrants r ON r.document_id = v.document_id\n" SECX_HISTORY_ORDER
    "v.kind, v.share_class, v.document_id;\n"
    "CREATE VIEW revenue_share_history AS\n"
    "SELECT\n" SECX_HISTORY_COLUMNS
    "  v.percent, v.percent_text, v.subject, v.metric, v.period_end,\n"
    "  COALESCE(v.period_end, r.document_date) AS period_date,\n"
    "  CASE WHEN v.period_end IS NOT NULL THEN 'period_end'\n"
    "       WHEN r.document_date IS NOT NULL THEN 'document' END\n"
    "    AS date_basis,\n"
    "  v.start, v.end, v.page, v.confidence, v.rule\n"
    "FROM reviewed_revenue_shares v JOIN documents d ON d.id = v.document_id\n"
    "JOIN registrants r ON r.document_id = v.document_id\n" SECX_HISTORY_ORDER
    "v.subject, v.metric, v.document_id;\n";

#undef SECX_LATEST_REVIEW
#undef SECX_CORRECTED
#undef SECX_REVIEW_COLUMNS
#undef SECX_SPAN_COLUMNS
#undef SECX_NOT_REJECTED
#undef SECX_FIELD0
#undef SECX_HISTORY_COLUMNS
#undef SECX_HISTORY_ORDER
#undef SECX_PROVENANCE
#undef SECX_DOCUMENT_ID

const char* TypeName(SqlType t) {
  switch (t) {
    case SqlType::kInteger:
      return "INTEGER";
    case SqlType::kReal:
      return "REAL";
    case SqlType::kText:
      return "TEXT";
    case SqlType::kBlob:
      return "BLOB";
  }
  return "TEXT";
}

std::string IndexName(const std::string& table, const std::string& columns) {
  std::string name = table + "_";
  for (char c : columns) {
    if (c == ' ') continue;
    name += c == ',' ? '_' : c;
  }
  // "document_id" alone names the index <table>_document, as version 1 did.
  const std::string id = "_document_id";
  if (name.size() >= id.size() &&
      name.compare(name.size() - id.size(), id.size(), id) == 0) {
    name.erase(name.size() - 3);
  }
  return name;
}

}  // namespace

std::string CreateTableSql(const TableSpec& table) {
  std::string sql = "CREATE TABLE " + table.name + " (\n";
  sql += table.per_document
             ? "  document_id INTEGER NOT NULL REFERENCES documents(id) ON "
               "DELETE CASCADE"
             : "  id INTEGER PRIMARY KEY";
  for (const ColumnSpec& c : table.columns) {
    sql += ",\n  " + c.name + " " + TypeName(c.type);
    if (!c.constraint.empty()) sql += " " + c.constraint;
  }
  sql += "\n);\n";
  for (const std::string& index : table.indexes) {
    sql += "CREATE INDEX " + IndexName(table.name, index) + " ON " +
           table.name + "(" + index + ");\n";
  }
  return sql;
}

std::string InsertSql(const TableSpec& table) {
  std::string names = table.per_document ? "document_id" : "";
  std::string marks = table.per_document ? "?" : "";
  for (const ColumnSpec& c : table.columns) {
    names += (names.empty() ? "" : ", ") + c.name;
    marks += marks.empty() ? "?" : ", ?";
  }
  return "INSERT INTO " + table.name + " (" + names + ") VALUES (" + marks +
         ")";
}

std::string CreateSchemaSql(const Schema& schema) {
  std::string sql;
  for (const TableSpec& t : schema.tables) sql += CreateTableSql(t);
  return sql + schema.virtual_tables + schema.views;
}

const Schema& StoreSchema() {
  static const Schema* const kSchema = [] {
    auto* s = new Schema;
    s->tables = {TableOf(DocumentRecords()),     TableOf(FieldRecords()),
                 TableOf(MismatchRecords()),     TableOf(CorrectionRecords()),
                 TableOf(TickerRecords()),       TableOf(DividendRecords()),
                 TableOf(RevenueShareRecords()), TableOf(FactRecords()),
                 TableOf(CheckRecords()),       TableOf(RegistrantRecords()),
                 TableOf(TextRecords()),        TableOf(PageRecords()),
                 TableOf(ReviewRecords())};
    s->virtual_tables = kTextIndexSql;
    s->migrations = {kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8};
    s->views = kViews;
    return s;
  }();
  return *kSchema;
}

}  // namespace secx
