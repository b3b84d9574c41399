#include "analyze/json_output.h"

#include <nlohmann/json.hpp>
#include <utility>

namespace secx {
namespace {

using json = nlohmann::ordered_json;  // keys in contract order

// An object written member by member. nlohmann's initializer-list form
// ({{"name", v}, ...}) first builds a two-element array for every pair and
// then converts it, several allocations per member; every extraction pays
// that for each field, so objects are filled here one member at a time,
// with room reserved for them.
class Obj {
 public:
  explicit Obj(size_t members) : j_(json::object()) {
    j_.get_ref<json::object_t&>().reserve(members);
  }
  template <typename V>
  Obj& Put(const char* key, V&& value) {
    j_.get_ref<json::object_t&>().emplace(key, json(std::forward<V>(value)));
    return *this;
  }
  // Puts `value` under `key` unless it is empty.
  Obj& PutIf(const char* key, const std::string& value) {
    if (!value.empty()) Put(key, value);
    return *this;
  }
  Obj& PutSpan(const Span& s) {
    Put("page", s.page);
    Put("start", s.start);
    Put("end", s.end);
    if (s.bbox) {
      json box = json::array();
      box.get_ref<json::array_t&>().reserve(4);
      for (int v : {s.bbox->left, s.bbox->top, s.bbox->right, s.bbox->bottom}) {
        box.push_back(v);
      }
      Put("bbox", std::move(box));
    }
    Put("confidence", s.confidence);
    return Put("rule", s.rule);
  }
  json Take() { return std::move(j_); }

 private:
  json j_;
};

// An array of `items`, each turned into an object by `to_json`.
template <typename T, typename F>
json ArrayOf(const std::vector<T>& items, F to_json) {
  json a = json::array();
  a.get_ref<json::array_t&>().reserve(items.size());
  for (const T& item : items) a.push_back(to_json(item));
  return a;
}

}  // namespace

std::string ExtractionToJson(const Extraction& x) {
  Obj j(14);
  j.Put("source", x.source);
  j.Put("sha256", x.sha256);
  j.Put("kind", x.document.kind);
  j.Put("pages", x.document.pages.size());
  if (x.ocr) {
    j.Put("ocr", Obj(3)
                     .Put("engine", x.ocr->engine)
                     .Put("mean_confidence", x.ocr->mean_confidence)
                     .Put("pages", x.ocr->pages)
                     .Take());
  }
  j.Put("fields", ArrayOf(x.fields, [](const Field& f) {
          return Obj(10)
              .Put("name", f.name)
              .Put("value", f.value)
              .Put("raw", f.raw)
              .PutSpan(f.span)
              .Put("entity", f.entity)
              .Take();
        }));
  j.Put("tickers", ArrayOf(x.tickers, [](const Ticker& t) {
          return Obj(9)
              .Put("exchange", t.exchange)
              .Put("symbol", t.symbol)
              .PutIf("security", t.security)
              .PutSpan(t.span)
              .Take();
        }));
  j.Put("dividends", ArrayOf(x.dividends, [](const Dividend& d) {
          Obj o(19);
          o.PutIf("kind", d.kind)
              .PutIf("fiscal_year", d.fiscal_year)
              .PutIf("per_share", d.per_share)
              .PutIf("currency", d.currency)
              .PutIf("total_amount", d.total_amount)
              .PutIf("record_date", d.record_date)
              .PutIf("payable_date", d.payable_date)
              .PutIf("declared_date", d.declared_date)
              .PutIf("status", d.status)
              .Put("share_class", d.share_class)
              .PutIf("provenance", d.provenance);
          if (!d.check_failures.empty()) {
            o.Put("check_failures", d.check_failures);
          }
          return o.PutSpan(d.span).Take();
        }));
  j.Put("revenue_shares", ArrayOf(x.revenue_shares, [](const RevenueShare& r) {
          return Obj(11)
              .Put("percent", r.percent)
              .Put("subject", r.subject)
              .Put("metric", r.metric)
              .Put("period_end", r.period_end)
              .PutSpan(r.span)
              .Take();
        }));
  j.Put("facts", ArrayOf(x.facts, [](const Fact& f) {
          return Obj(8)
              .Put("name", f.name)
              .Put("value", f.value)
              .PutSpan(f.span)
              .Take();
        }));
  j.Put("corrections", ArrayOf(x.corrections, [](const Correction& c) {
          return Obj(7)
              .Put("start", c.start)
              .Put("end", c.end)
              .Put("page", c.page)
              .Put("from", c.from)
              .Put("to", c.to)
              .Put("rule", c.rule)
              .Put("confidence", c.confidence)
              .Take();
        }));
  j.Put("errors", x.errors);
  if (!x.warnings.empty()) j.Put("warnings", x.warnings);
  // Replace rather than throw on any invalid UTF-8 that slipped through.
  return j.Take().dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace secx
