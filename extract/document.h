// The plain data that crosses secx's stages.
//
//   bytes --read--> Document --OCR--> Document --correct--> Document
//         --extractors--> Extraction (fields, tickers, dividends, ...)
//
// Every value secx reports keeps a Span: the byte range in Document::text it
// was read from, the 1-based page, the pixel box on OCR pages, a confidence
// and the name of the rule that produced it. All types here are plain
// values: a Document is owned by whoever holds it, and distinct Documents may
// be processed on distinct threads without locking.
#ifndef SECX_EXTRACT_DOCUMENT_H_
#define SECX_EXTRACT_DOCUMENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace secx {

// Pixel box on an OCR'd page: left, top, right, bottom (exclusive).
struct Box {
  int left = 0;
  int top = 0;
  int right = 0;
  int bottom = 0;
};

// Where a value came from.
struct Span {
  size_t start = 0;         // byte offset into Document::text
  size_t end = 0;           // one past the last byte
  int page = 0;             // 1-based; 0 when unknown
  std::optional<Box> bbox;  // present on OCR pages only
  double confidence = 0.0;  // 0..1
  std::string rule;         // e.g. "cover.file_number", "sgml.irs_number"
};

// One recognised word on an OCR page; [start, end) indexes Document::text.
struct Word {
  size_t start = 0;
  size_t end = 0;
  int page = 0;
  Box box;
  float confidence = 0.0f;  // Tesseract's 0..100
};

struct Page {
  int number = 0;    // 1-based
  size_t start = 0;  // text span of the page
  size_t end = 0;
  bool ocr = false;  // text came from OCR
  int width = 0;     // pixels, OCR pages only
  int height = 0;
  int dpi = 0;
  float mean_confidence = 0.0f;  // 0..100, OCR pages only
  // Pages read from a Binary: its index in the reader's Document::binaries
  // and the 0-based page within it, so the page image can be made again
  // from the input (secx show --png); -1 for pages of text.
  int binary = -1;
  int binary_page = -1;
};

// One part of the input: an EDGAR <DOCUMENT>, the <SEC-HEADER>, or the whole
// file for plain inputs. [start, end) indexes Document::text.
struct Section {
  std::string type;         // "SEC-HEADER", "8-K", "EX-99.1", "TEXT", ...
  int sequence = 0;         // EDGAR <SEQUENCE>, 0 when absent
  std::string filename;     // EDGAR <FILENAME>
  std::string description;  // EDGAR <DESCRIPTION>
  std::string format;       // "text", "html", "image", "pdf"
  size_t start = 0;
  size_t end = 0;
};

// Binary content kept for OCR: an image or PDF file given directly, or a
// uudecoded GRAPHIC/PDF inside an EDGAR submission.
struct Binary {
  std::string filename;
  std::string format;  // "jpeg", "png", "gif", "tiff", "pnm", "pdf", "bmp"
  int section = -1;    // index into Document::sections, -1 for whole input
  std::string bytes;
};

// A field value read from metadata rather than prose: the EDGAR header.
// Span points into the header text kept in Document::text.
struct Field {
  std::string name;   // contract name, see FIELDS.md
  std::string value;  // normal form
  std::string raw;    // exactly Document::text.substr(span.start, ...)
  Span span;
  int entity = 0;  // registrant index in multi-registrant filings
};

// A number the filer tagged in inline XBRL that an extractor reads (the
// dividends per share of extract/read/ixbrl.h's list), with its context.
struct TaggedNumber {
  std::string concept;       // "us-gaap:CommonStockDividendsPerShareDeclared"
  std::string value;         // decimal, scale and sign applied: "0.51"
  std::string currency;      // ISO 4217 of the unit's numerator, or ""
  std::string context;       // contextRef
  std::string period_start;  // ISO; "" for an instant
  std::string period_end;    // ISO; the instant for an instant context
  // The fiscal year the period ends in, counted back from the cover's
  // dei:DocumentFiscalYearFocus; "" when the cover does not say.
  std::string fiscal_year;
  std::vector<std::string> members;  // "axis=member", local names
  size_t start = 0;  // the visible number in Document::text
  size_t end = 0;
};

struct Document {
  std::string source;    // path as given
  std::string kind;      // "text", "html", "sgml", "image", "pdf"
  std::string encoding;  // of the input text: "utf-8", "windows-1252", ...
  std::string text;      // UTF-8, the text all spans index
  std::vector<Page> pages;
  std::vector<Word> words;            // OCR pages only
  std::vector<Section> sections;      // at least one
  std::vector<Binary> binaries;       // still to OCR
  std::vector<Field> header_fields;   // sgml.* values
  std::vector<TaggedNumber> tagged_numbers;  // visible inline XBRL numbers
  bool ocr_text = false;              // the text (or part of it) is OCR output
  std::vector<std::string> warnings;  // non-fatal problems, one line each

  // Page holding byte offset `pos` (1-based), 0 when there are no pages.
  int PageAt(size_t pos) const;
};

// One OCR repair applied to Document::text. Offsets are into the corrected
// text; `from` is what OCR read.
struct Correction {
  size_t start = 0;
  size_t end = 0;
  int page = 0;
  std::string from;
  std::string to;
  std::string rule;
  double confidence = 0.0;
  // The page-image box of the OCR words the repair changed (OCR pages).
  std::optional<Box> bbox;
  double log_odds = 0.0;  // log10 odds of the repair over the reading
  // What the learned decision weighed (the vocabulary rule only; see
  // extract/correct/repair_scorer.h), for the measurement that learns it.
  std::vector<double> features;
};

struct Ticker {
  std::string exchange;  // upper case as written: NASDAQ, NYSE, TSE1
  std::string symbol;
  std::string security;  // class of security when a cover table names it
  Span span;
};

struct Dividend {
  std::string kind;  // quarterly, interim, year-end, annual, special, stock
  std::string fiscal_year;
  std::string per_share;     // decimal string, main currency unit
  std::string currency;      // ISO 4217
  std::string total_amount;  // whole units
  std::string record_date;   // ISO dates, empty when absent
  std::string payable_date;
  std::string declared_date;
  std::string status;  // declared, proposed, paid, forecast
  std::string share_class;
  std::vector<std::string> check_failures;  // arithmetic/date checks
  // Table records: the row label and the column heading each value was
  // read under, e.g. "row 'First Quarter'; per_share 'Per Share'".
  std::string provenance;
  Span span;
};

struct RevenueShare {
  std::string percent;
  std::string subject;
  std::string metric;
  std::string period_end;
  Span span;
};

// Any other named fact (meeting dates, conflict minerals, ...).
struct Fact {
  std::string name;
  std::string value;
  Span span;
};

// One check of the extraction against itself, made while the text is in
// memory (extract/checks.h): a text-derived cover value against the same
// fact in the filing's metadata (the SGML header, the inline XBRL dei:
// facts), or an arithmetic or date check of a dividend.
struct Check {
  std::string kind;     // "header_agreement", "ixbrl_agreement", "dividend"
  std::string subject;  // field compared, or the dividend checked
  // "agree"; "mismatch" (the metadata value is written in the cover text,
  // the extractor read another); "not_scored" (the metadata value is not in
  // the text, or a side is missing); "failed" (a dividend check).
  std::string outcome;
  std::string expected;  // metadata value; for dividends the failed check
  std::string found;     // text-derived value
  int entity = 0;
};

struct OcrInfo {
  std::string engine;            // "tesseract 5.3.0"
  double mean_confidence = 0.0;  // Tesseract's 0..100 (FIELDS.md)
  int pages = 0;
};

// Everything secx learned from one input.
struct Extraction {
  std::string source;
  std::string sha256;
  Document document;
  std::optional<OcrInfo> ocr;
  std::vector<Field> fields;  // header (sgml.*) and text-derived
  std::vector<Ticker> tickers;
  std::vector<Dividend> dividends;
  std::vector<RevenueShare> revenue_shares;
  std::vector<Fact> facts;
  std::vector<Correction> corrections;
  std::vector<Check> checks;          // header, iXBRL and dividend checks
  std::vector<std::string> errors;    // input failed: one clear line each
  std::vector<std::string> warnings;  // read, but with a problem worth seeing
};

}  // namespace secx

#endif  // SECX_EXTRACT_DOCUMENT_H_
