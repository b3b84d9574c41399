#include "analyze/json_output.h"

#include <nlohmann/json.hpp>

namespace secx {
namespace {

using json = nlohmann::ordered_json;  // keys in contract order

void PutSpan(const Span& s, json* j) {
  (*j)["page"] = s.page;
  (*j)["start"] = s.start;
  (*j)["end"] = s.end;
  if (s.bbox) {
    (*j)["bbox"] = {s.bbox->left, s.bbox->top, s.bbox->right, s.bbox->bottom};
  }
  (*j)["confidence"] = s.confidence;
  (*j)["rule"] = s.rule;
}

// Puts `value` under `key` unless it is empty.
void PutIf(const char* key, const std::string& value, json* j) {
  if (!value.empty()) (*j)[key] = value;
}

}  // namespace

std::string ExtractionToJson(const Extraction& x) {
  json j;
  j["source"] = x.source;
  j["sha256"] = x.sha256;
  j["kind"] = x.document.kind;
  j["pages"] = x.document.pages.size();
  if (x.ocr) {
    j["ocr"] = {{"engine", x.ocr->engine},
                {"mean_confidence", x.ocr->mean_confidence},
                {"pages", x.ocr->pages}};
  }
  json fields = json::array();
  for (const Field& f : x.fields) {
    json o = {{"name", f.name}, {"value", f.value}, {"raw", f.raw}};
    PutSpan(f.span, &o);
    o["entity"] = f.entity;
    fields.push_back(std::move(o));
  }
  j["fields"] = std::move(fields);

  json tickers = json::array();
  for (const Ticker& t : x.tickers) {
    json o = {{"exchange", t.exchange}, {"symbol", t.symbol}};
    PutIf("security", t.security, &o);
    PutSpan(t.span, &o);
    tickers.push_back(std::move(o));
  }
  j["tickers"] = std::move(tickers);

  json dividends = json::array();
  for (const Dividend& d : x.dividends) {
    json o = json::object();
    PutIf("kind", d.kind, &o);
    PutIf("fiscal_year", d.fiscal_year, &o);
    PutIf("per_share", d.per_share, &o);
    PutIf("currency", d.currency, &o);
    PutIf("total_amount", d.total_amount, &o);
    PutIf("record_date", d.record_date, &o);
    PutIf("payable_date", d.payable_date, &o);
    PutIf("declared_date", d.declared_date, &o);
    PutIf("status", d.status, &o);
    o["share_class"] = d.share_class;
    if (!d.check_failures.empty()) o["check_failures"] = d.check_failures;
    PutSpan(d.span, &o);
    dividends.push_back(std::move(o));
  }
  j["dividends"] = std::move(dividends);

  json shares = json::array();
  for (const RevenueShare& r : x.revenue_shares) {
    json o = {{"percent", r.percent},
              {"subject", r.subject},
              {"metric", r.metric},
              {"period_end", r.period_end}};
    PutSpan(r.span, &o);
    shares.push_back(std::move(o));
  }
  j["revenue_shares"] = std::move(shares);

  json facts = json::array();
  for (const Fact& f : x.facts) {
    json o = {{"name", f.name}, {"value", f.value}};
    PutSpan(f.span, &o);
    facts.push_back(std::move(o));
  }
  j["facts"] = std::move(facts);

  json corrections = json::array();
  for (const Correction& c : x.corrections) {
    corrections.push_back({{"start", c.start},
                           {"end", c.end},
                           {"page", c.page},
                           {"from", c.from},
                           {"to", c.to},
                           {"rule", c.rule},
                           {"confidence", c.confidence}});
  }
  j["corrections"] = std::move(corrections);
  j["errors"] = x.errors;
  if (!x.warnings.empty()) j["warnings"] = x.warnings;
  // Replace rather than throw on any invalid UTF-8 that slipped through.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace secx
