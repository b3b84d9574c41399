#include "extract/records.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "extract/text_util.h"

namespace secx {
namespace {

using T = SqlType;

bool StartsWith(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) {
    if (!out.empty()) out += '\n';
    out += l;
  }
  return out;
}

// The submission's form: the header's when there is one.
std::string FormOf(const Extraction& x) {
  std::string text_form;
  for (const Field& f : x.fields) {
    if (f.name != "form_type") continue;
    if (StartsWith(f.span.rule, "sgml.")) return f.value;
    if (text_form.empty()) text_form = f.value;
  }
  return text_form;
}

// The first non-empty value of field `name` of entity 0.
std::string Field0(const Extraction& x, const char* name) {
  for (const Field& f : x.fields) {
    if (f.entity == 0 && f.name == name && !f.value.empty()) return f.value;
  }
  return "";
}

bool IsAgreement(const Check& c) {
  return c.kind == "header_agreement" || c.kind == "ixbrl_agreement";
}

}  // namespace

Value Value::Int(int64_t v) {
  Value out;
  out.kind = kInteger;
  out.integer = v;
  return out;
}

Value Value::Real(double v) {
  Value out;
  out.kind = kReal;
  out.real = v;
  return out;
}

Value Value::Text(std::string s) {
  if (s.empty()) return Null();
  return TextAlways(std::move(s));
}

Value Value::TextAlways(std::string s) {
  Value out;
  out.kind = kText;
  out.text = std::move(s);
  return out;
}

Value Value::Blob(std::string bytes) {
  Value out;
  out.kind = kBlob;
  out.text = std::move(bytes);
  return out;
}

Value Value::Decimal(const std::string& s) {
  if (s.empty()) return Null();
  const char* begin = s.c_str();
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(begin, &end);
  // Plain decimals only: no hex, no inf/nan, no trailing text.
  for (const char* p = begin; p < end; ++p) {
    char c = *p;
    if (!(c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' ||
          (c >= '0' && c <= '9'))) {
      return Null();
    }
  }
  if (end == begin || *end != '\0' || errno == ERANGE || !std::isfinite(v)) {
    return Null();
  }
  return Real(v);
}

Value Value::List(std::vector<std::string> items) {
  if (items.empty()) return Null();
  Value out;
  out.kind = kList;
  out.text = Joined(items);
  out.list = std::move(items);
  return out;
}

std::string ValueText(const Value& v) {
  switch (v.kind) {
    case Value::kNull:
      return "";
    case Value::kInteger:
      return std::to_string(v.integer);
    case Value::kReal: {
      char buf[32];
      for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, v.real);
        if (std::strtod(buf, nullptr) == v.real) break;
      }
      return buf;
    }
    case Value::kText:
    case Value::kList:
      return v.text;
    case Value::kBlob:
      return "";  // bytes, not text
  }
  return "";
}

const std::vector<SpanColumn>& SpanColumns() {
  static const std::vector<SpanColumn> kColumns = {
      {"start", T::kInteger,
       [](const Span& s) { return Value::Int(static_cast<int64_t>(s.start)); }},
      {"end", T::kInteger,
       [](const Span& s) { return Value::Int(static_cast<int64_t>(s.end)); }},
      {"page", T::kInteger, [](const Span& s) { return Value::Int(s.page); }},
      {"bbox_left", T::kInteger,
       [](const Span& s) {
         return s.bbox ? Value::Int(s.bbox->left) : Value::Null();
       }},
      {"bbox_top", T::kInteger,
       [](const Span& s) {
         return s.bbox ? Value::Int(s.bbox->top) : Value::Null();
       }},
      {"bbox_right", T::kInteger,
       [](const Span& s) {
         return s.bbox ? Value::Int(s.bbox->right) : Value::Null();
       }},
      {"bbox_bottom", T::kInteger,
       [](const Span& s) {
         return s.bbox ? Value::Int(s.bbox->bottom) : Value::Null();
       }},
      {"confidence", T::kReal,
       [](const Span& s) { return Value::Real(s.confidence); }},
      {"rule", T::kText, [](const Span& s) { return Value::Text(s.rule); }},
  };
  return kColumns;
}

const RecordType<DocumentRecord>& DocumentRecords() {
  using R = DocumentRecord;
  static const RecordType<R> kType = {
      "documents",
      "document",
      {
          {"path", T::kText,
           [](const R& r) { return Value::TextAlways(r.x->source); },
           Json::kNone, nullptr, "NOT NULL"},
          {"sha256", T::kText,
           [](const R& r) { return Value::TextAlways(r.x->sha256); },
           Json::kNone, nullptr, "NOT NULL UNIQUE"},
          {"kind", T::kText,
           [](const R& r) { return Value::Text(r.x->document.kind); },
           Json::kNone},
          {"form", T::kText,
           [](const R& r) { return Value::Text(FormOf(*r.x)); }, Json::kNone},
          {"pages", T::kInteger,
           [](const R& r) {
             return Value::Int(
                 static_cast<int64_t>(r.x->document.pages.size()));
           },
           Json::kNone},
          {"extractor_version", T::kText,
           [](const R& r) { return Value::TextAlways(r.version); }, Json::kNone,
           nullptr, "NOT NULL"},
          {"ingested_at", T::kText,
           [](const R& r) { return Value::TextAlways(r.ingested_at); },
           Json::kNone, nullptr, "NOT NULL"},
          {"ocr_engine", T::kText,
           [](const R& r) {
             return r.x->ocr ? Value::Text(r.x->ocr->engine) : Value::Null();
           },
           Json::kNone},
          // 0..1 like every confidence of the store (Tesseract says 0..100).
          {"ocr_mean_confidence", T::kReal,
           [](const R& r) {
             return r.x->ocr ? Value::Real(r.x->ocr->mean_confidence / 100.0)
                             : Value::Null();
           },
           Json::kNone},
          {"errors", T::kText,
           [](const R& r) { return Value::Text(Joined(r.x->errors)); },
           Json::kNone},
          {"warnings", T::kText,
           [](const R& r) { return Value::Text(Joined(r.x->warnings)); },
           Json::kNone},
      },
      nullptr,
      -1,
      {},
      nullptr,
      false,
  };
  return kType;
}

const RecordType<Field>& FieldRecords() {
  using R = Field;
  static const RecordType<R> kType = {
      "fields",
      "field",
      {
          {"name", T::kText,
           [](const R& r) { return Value::TextAlways(r.name); }, Json::kAlways,
           nullptr, "NOT NULL"},
          {"value", T::kText,
           [](const R& r) { return Value::TextAlways(r.value); }, Json::kAlways,
           nullptr, "NOT NULL"},
          {"raw", T::kText, [](const R& r) { return Value::Text(r.raw); }},
          {"entity", T::kInteger,
           [](const R& r) { return Value::Int(r.entity); }, Json::kAlways,
           nullptr, "NOT NULL DEFAULT 0"},
      },
      [](const R& r) { return &r.span; },
      3,  // name, value, raw, the span, entity
      {"name, value", "document_id"},
  };
  return kType;
}

const RecordType<Ticker>& TickerRecords() {
  using R = Ticker;
  static const RecordType<R> kType = {
      "tickers",
      "ticker",
      {
          {"exchange", T::kText,
           [](const R& r) { return Value::Text(r.exchange); }},
          {"symbol", T::kText,
           [](const R& r) { return Value::Text(r.symbol); }},
          {"security", T::kText,
           [](const R& r) { return Value::Text(r.security); }, Json::kIfSet},
      },
      [](const R& r) { return &r.span; },
      -1,
      {"document_id", "symbol"},
  };
  return kType;
}

const RecordType<Dividend>& DividendRecords() {
  using R = Dividend;
  static const RecordType<R> kType = {
      "dividends",
      "dividend",
      {
          {"kind", T::kText, [](const R& r) { return Value::Text(r.kind); },
           Json::kIfSet},
          {"fiscal_year", T::kText,
           [](const R& r) { return Value::Text(r.fiscal_year); }, Json::kIfSet},
          // The amount as a number to compute with, and as the exact
          // decimal the filing wrote (the JSON and the labels' form).
          {"per_share", T::kReal,
           [](const R& r) { return Value::Decimal(r.per_share); }, Json::kNone},
          {"per_share_text", T::kText,
           [](const R& r) { return Value::Text(r.per_share); }, Json::kIfSet,
           "per_share"},
          {"currency", T::kText,
           [](const R& r) { return Value::Text(r.currency); }, Json::kIfSet},
          {"total_amount", T::kReal,
           [](const R& r) { return Value::Decimal(r.total_amount); },
           Json::kNone},
          {"total_amount_text", T::kText,
           [](const R& r) { return Value::Text(r.total_amount); }, Json::kIfSet,
           "total_amount"},
          {"record_date", T::kText,
           [](const R& r) { return Value::Text(r.record_date); }, Json::kIfSet},
          {"payable_date", T::kText,
           [](const R& r) { return Value::Text(r.payable_date); },
           Json::kIfSet},
          {"declared_date", T::kText,
           [](const R& r) { return Value::Text(r.declared_date); },
           Json::kIfSet},
          {"status", T::kText, [](const R& r) { return Value::Text(r.status); },
           Json::kIfSet},
          {"share_class", T::kText,
           [](const R& r) { return Value::Text(r.share_class); }},
          {"provenance", T::kText,
           [](const R& r) { return Value::Text(r.provenance); }, Json::kIfSet},
          {"check_failures", T::kText,
           [](const R& r) { return Value::List(r.check_failures); },
           Json::kIfSet},
      },
      [](const R& r) { return &r.span; },
      -1,
      {"document_id"},
  };
  return kType;
}

const RecordType<RevenueShare>& RevenueShareRecords() {
  using R = RevenueShare;
  static const RecordType<R> kType = {
      "revenue_shares",
      "revenue_share",
      {
          {"percent", T::kReal,
           [](const R& r) { return Value::Decimal(r.percent); }, Json::kNone},
          {"percent_text", T::kText,
           [](const R& r) { return Value::Text(r.percent); }, Json::kAlways,
           "percent"},
          {"subject", T::kText,
           [](const R& r) { return Value::Text(r.subject); }},
          {"metric", T::kText,
           [](const R& r) { return Value::Text(r.metric); }},
          {"period_end", T::kText,
           [](const R& r) { return Value::Text(r.period_end); }},
      },
      [](const R& r) { return &r.span; },
      -1,
      {"document_id"},
  };
  return kType;
}

const RecordType<Fact>& FactRecords() {
  using R = Fact;
  static const RecordType<R> kType = {
      "facts",
      "fact",
      {
          {"name", T::kText,
           [](const R& r) { return Value::TextAlways(r.name); }, Json::kAlways,
           nullptr, "NOT NULL"},
          {"value", T::kText, [](const R& r) { return Value::Text(r.value); }},
      },
      [](const R& r) { return &r.span; },
      -1,
      {"name, value", "document_id"},
  };
  return kType;
}

const RecordType<Correction>& CorrectionRecords() {
  using R = Correction;
  static const RecordType<R> kType = {
      "corrections",
      "correction",
      {
          {"start", T::kInteger,
           [](const R& r) {
             return Value::Int(static_cast<int64_t>(r.start));
           }},
          {"end", T::kInteger,
           [](const R& r) { return Value::Int(static_cast<int64_t>(r.end)); }},
          {"page", T::kInteger, [](const R& r) { return Value::Int(r.page); }},
          {"from_text", T::kText,
           [](const R& r) { return Value::Text(r.from); }, Json::kAlways,
           "from"},
          {"to_text", T::kText, [](const R& r) { return Value::Text(r.to); },
           Json::kAlways, "to"},
          {"rule", T::kText, [](const R& r) { return Value::Text(r.rule); }},
          {"confidence", T::kReal,
           [](const R& r) { return Value::Real(r.confidence); }},
          // The page-image box of the words repaired (OCR pages only).
          {"bbox_left", T::kInteger,
           [](const R& r) {
             return r.bbox ? Value::Int(r.bbox->left) : Value::Null();
           },
           Json::kIfSet},
          {"bbox_top", T::kInteger,
           [](const R& r) {
             return r.bbox ? Value::Int(r.bbox->top) : Value::Null();
           },
           Json::kIfSet},
          {"bbox_right", T::kInteger,
           [](const R& r) {
             return r.bbox ? Value::Int(r.bbox->right) : Value::Null();
           },
           Json::kIfSet},
          {"bbox_bottom", T::kInteger,
           [](const R& r) {
             return r.bbox ? Value::Int(r.bbox->bottom) : Value::Null();
           },
           Json::kIfSet},
      },
      nullptr,
      -1,
      {"document_id"},
  };
  return kType;
}

const RecordType<Check>& CheckRecords() {
  using R = Check;
  static const RecordType<R> kType = {
      "checks",
      "check",
      {
          {"kind", T::kText,
           [](const R& r) { return Value::TextAlways(r.kind); }, Json::kAlways,
           nullptr, "NOT NULL"},
          {"subject", T::kText,
           [](const R& r) { return Value::TextAlways(r.subject); },
           Json::kAlways, nullptr, "NOT NULL"},
          {"outcome", T::kText,
           [](const R& r) { return Value::TextAlways(r.outcome); },
           Json::kAlways, nullptr, "NOT NULL"},
          {"header_value", T::kText,
           [](const R& r) { return Value::Text(r.expected); }, Json::kIfSet,
           "expected"},
          {"text_value", T::kText,
           [](const R& r) { return Value::Text(r.found); }, Json::kIfSet,
           "found"},
          {"entity", T::kInteger,
           [](const R& r) { return Value::Int(r.entity); }, Json::kAlways,
           nullptr, "NOT NULL DEFAULT 0"},
      },
      nullptr,
      -1,
      {"document_id", "kind, outcome"},
  };
  return kType;
}

const RecordType<Check>& MismatchRecords() {
  using R = Check;
  static const RecordType<R> kType = {
      "mismatches",
      "mismatch",
      {
          {"field", T::kText,
           [](const R& r) { return Value::TextAlways(r.subject); }, Json::kNone,
           nullptr, "NOT NULL"},
          {"header_value", T::kText,
           [](const R& r) { return Value::Text(r.expected); }, Json::kNone},
          {"text_value", T::kText,
           [](const R& r) { return Value::Text(r.found); }, Json::kNone},
          {"entity", T::kInteger,
           [](const R& r) { return Value::Int(r.entity); }, Json::kNone,
           nullptr, "NOT NULL DEFAULT 0"},
          // The header's value is written in the cover text: the extractor
          // read something else. 0: the filer's cover differs from its
          // header.
          {"header_in_text", T::kInteger,
           [](const R& r) {
             return Value::Int(r.outcome == "mismatch" ? 1 : 0);
           },
           Json::kNone},
          {"source", T::kText,
           [](const R& r) {
             return Value::TextAlways(r.kind == "ixbrl_agreement" ? "ixbrl"
                                                                  : "sgml");
           },
           Json::kNone, nullptr, "NOT NULL DEFAULT 'sgml'"},
      },
      nullptr,
      -1,
      {"document_id", "field"},
      [](const R& r) {
        return IsAgreement(r) && !r.expected.empty() && !r.found.empty() &&
               r.outcome != "agree";
      },
  };
  return kType;
}

const RecordType<RegistrantRecord>& RegistrantRecords() {
  using R = RegistrantRecord;
  static const RecordType<R> kType = {
      "registrants",
      "registrant",
      {
          {"cik", T::kInteger,
           [](const R& r) {
             return r.cik.empty()
                        ? Value::Null()
                        : Value::Int(std::strtoll(r.cik.c_str(), nullptr, 10));
           },
           Json::kNone},
          {"name", T::kText, [](const R& r) { return Value::Text(r.name); },
           Json::kNone},
          {"name_key", T::kText,
           [](const R& r) { return Value::Text(r.name_key); }, Json::kNone},
          {"ticker", T::kText, [](const R& r) { return Value::Text(r.ticker); },
           Json::kNone},
          {"document_date", T::kText,
           [](const R& r) { return Value::Text(r.document_date); },
           Json::kNone},
          // Filled by the store across filings (analyze/store.cc): the CIK,
          // else one borrowed from a filing with the same name key.
          {"company_cik", T::kInteger, [](const R&) { return Value::Null(); },
           Json::kNone},
          {"company_key", T::kText, [](const R&) { return Value::Null(); },
           Json::kNone},
      },
      nullptr,
      -1,
      {"document_id", "name_key", "company_key"},
  };
  return kType;
}

RegistrantRecord RegistrantOf(const Extraction& x) {
  RegistrantRecord r;
  std::string cik = Field0(x, "cik");
  size_t nz = cik.find_first_not_of('0');
  bool digits =
      !cik.empty() && cik.find_first_not_of("0123456789") == std::string::npos;
  if (digits && nz != std::string::npos) r.cik = cik.substr(nz);
  r.name = Field0(x, "registrant_name");
  if (r.name.empty()) r.name = Field0(x, "company_conformed_name");
  if (r.name.empty()) r.name = Field0(x, "registrant_name_english");
  r.name_key = NameKey(r.name);
  for (const Ticker& t : x.tickers) {
    if (t.symbol.empty()) continue;
    r.ticker = t.exchange + ":" + t.symbol;
    break;
  }
  for (const char* name : {"release_date", "report_date", "period_of_report",
                           "filed_date", "signature_date"}) {
    r.document_date = Field0(x, name);
    if (!r.document_date.empty()) break;
  }
  return r;
}

}  // namespace secx
