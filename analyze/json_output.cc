#include "analyze/json_output.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "extract/records.h"

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

// A value in JSON: numbers as numbers, lists as arrays. A NULL written
// anyway (Json::kAlways) is the empty form of its type.
json ToJson(const Value& v, SqlType type) {
  switch (v.kind) {
    case Value::kNull:
      if (type == SqlType::kText) return json("");
      return json(0);
    case Value::kInteger:
      return json(v.integer);
    case Value::kReal:
      return json(v.real);
    case Value::kText:
      return json(v.text);
    case Value::kList:
      return json(v.list);
    case Value::kBlob:
      return json();  // bytes are never written out (Json::kNone)
  }
  return json();
}

// One record as the JSON writer of its description says.
template <typename T>
json RecordJson(const RecordType<T>& type, const T& r) {
  Obj o(type.columns.size() + 6);
  int written = 0;
  for (const Column<T>& c : type.columns) {
    if (c.json == Json::kNone) continue;
    if (type.span && written == type.json_span_at) o.PutSpan(*type.span(r));
    ++written;
    Value v = c.get(r);
    if (c.json == Json::kIfSet &&
        (v.is_null() || (v.kind == Value::kText && v.text.empty()))) {
      continue;
    }
    o.Put(c.JsonName(), ToJson(v, c.type));
  }
  if (type.span && (type.json_span_at < 0 || written <= type.json_span_at)) {
    o.PutSpan(*type.span(r));
  }
  return o.Take();
}

template <typename T>
json ArrayOf(const RecordType<T>& type, const std::vector<T>& items) {
  json a = json::array();
  a.get_ref<json::array_t&>().reserve(items.size());
  for (const T& item : items) {
    if (type.keep && !type.keep(item)) continue;
    a.push_back(RecordJson(type, item));
  }
  return a;
}

}  // namespace

std::string ExtractionToJson(const Extraction& x) {
  Obj j(15);
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
  ForEachRecordList(x, [&](const auto& type, const auto& records) {
    j.Put(type.table, ArrayOf(type, records));
  });
  j.Put("errors", x.errors);
  if (!x.warnings.empty()) j.Put("warnings", x.warnings);
  // Replace rather than throw on any invalid UTF-8 that slipped through.
  return j.Take().dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string ChecksToJson(const std::vector<Check>& checks) {
  return ArrayOf(CheckRecords(), checks)
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace secx
