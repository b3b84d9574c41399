#include "analyze/eval.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "extract/records.h"

namespace secx {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using Record = std::map<std::string, std::string>;

constexpr char kLabelSuffix[] = ".expected.json";

bool StartsWith(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

// Replaces typographic punctuation with ASCII so that a label typed by hand
// and text read from a filing compare equal.
std::string AsciiPunctuation(const std::string& s) {
  static const std::pair<const char*, const char*> kMap[] = {
      {"\xE2\x80\x98", "'"},  {"\xE2\x80\x99", "'"}, {"\xE2\x80\x9C", "\""},
      {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x93", "-"}, {"\xE2\x80\x94", "-"},
      {"\xC2\xA0", " "}};
  std::string out = s;
  for (const auto& [from, to] : kMap) {
    size_t pos = 0;
    while ((pos = out.find(from, pos)) != std::string::npos) {
      out.replace(pos, std::char_traits<char>::length(from), to);
      pos += std::char_traits<char>::length(to);
    }
  }
  return out;
}

// Records of one kind from the labels: dividends, tickers, revenue_shares.
std::vector<Record> LabelRecords(const json& j, const char* key) {
  std::vector<Record> out;
  if (!j.contains(key) || !j[key].is_array()) return out;
  for (const json& r : j[key]) {
    Record rec;
    for (auto it = r.begin(); it != r.end(); ++it) {
      if (it.value().is_string()) rec[it.key()] = it.value().get<std::string>();
    }
    out.push_back(std::move(rec));
  }
  return out;
}

// Records of one description with their provenance, in the key space of
// the labels: each JSON column under its JSON name, as text.
template <typename T>
void AddRecords(const RecordType<T>& type, const std::vector<T>& records,
                std::vector<std::pair<Record, Span>>* out) {
  for (const T& r : records) {
    Record rec;
    for (const Column<T>& c : type.columns) {
      if (c.json != Json::kNone) rec[c.JsonName()] = ValueText(c.get(r));
    }
    out->push_back({std::move(rec), type.span ? *type.span(r) : Span()});
  }
}

// Extracted records of the kind labels call `key` ("dividends", ...).
std::vector<std::pair<Record, Span>> ExtractedRecords(const Extraction& x,
                                                      const std::string& key) {
  std::vector<std::pair<Record, Span>> out;
  ForEachRecordList(x, [&](const auto& type, const auto& records) {
    if (key == type.table) AddRecords(type, records, &out);
  });
  return out;
}

int MatchCount(const Record& want, const Record& got) {
  int n = 0;
  for (const auto& [k, v] : want) {
    auto it = got.find(k);
    if (it != got.end() && ComparableValue(it->second) == ComparableValue(v)) {
      ++n;
    }
  }
  return n;
}

// Pairs each labelled record with the extracted record that agrees with it
// on the most keys (each extracted record used once), and scores every
// labelled key.
void CompareRecords(const Sample& sample, const std::string& key,
                    const std::vector<Record>& want, const Extraction& x,
                    std::vector<Outcome>* out) {
  auto got = ExtractedRecords(x, key);
  std::vector<bool> used(got.size(), false);
  std::string prefix;
  ForEachRecordList(x, [&](const auto& type, const auto&) {
    if (key == type.table) prefix = std::string(type.singular) + ".";
  });
  for (size_t i = 0; i < want.size(); ++i) {
    int best = -1;
    int best_n = 0;
    for (size_t g = 0; g < got.size(); ++g) {
      if (used[g]) continue;
      int n = MatchCount(want[i], got[g].first);
      if (n > best_n) {
        best_n = n;
        best = static_cast<int>(g);
      }
    }
    if (best >= 0) used[best] = true;
    for (const auto& [k, v] : want[i]) {
      Outcome o;
      o.sample = sample.filing_path;
      o.kind = sample.kind;
      o.name = prefix + k;
      o.entity = static_cast<int>(i);
      o.expected = v;
      if (best >= 0) {
        auto value = got[best].first.find(k);
        if (value != got[best].first.end()) o.got = value->second;
        o.page = got[best].second.page;
        o.start = got[best].second.start;
      }
      o.correct = !o.got.empty() &&
                  ComparableValue(o.got) == ComparableValue(o.expected);
      out->push_back(std::move(o));
    }
  }
}

double Ratio(int a, int b) { return b == 0 ? 1.0 : double(a) / b; }

}  // namespace

double Score::Precision() const { return Ratio(correct, extracted); }
double Score::Recall() const { return Ratio(correct, labelled); }
double Score::Accuracy() const { return Ratio(correct, labelled); }

std::string ComparableValue(const std::string& value) {
  std::string s = AsciiPunctuation(value);
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ',' ||
                          out.back() == ';' || out.back() == ':')) {
    out.pop_back();
  }
  return out;
}

std::vector<std::string> FindLabelFiles(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec;
       it.increment(ec)) {
    const std::string p = it->path().string();
    if (it->is_regular_file() && p.size() > sizeof kLabelSuffix &&
        p.compare(p.size() - (sizeof kLabelSuffix - 1), std::string::npos,
                  kLabelSuffix) == 0) {
      out.push_back(p);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

Result<Sample> LoadSample(const std::string& label_path) {
  std::ifstream in(label_path);
  if (!in) return Status::Error(label_path + ": cannot open");
  json j;
  try {
    j = json::parse(in);
  } catch (const json::exception& e) {
    return Status::Error(label_path + ": invalid JSON: " + e.what());
  }
  Sample s;
  s.label_path = label_path;
  s.filing_path =
      label_path.substr(0, label_path.size() - (sizeof kLabelSuffix - 1));
  s.kind = j.value("kind", "");
  s.form = j.value("form", "");
  s.year = j.value("year", 0);
  if (j.contains("reference_text") && j["reference_text"].is_string()) {
    s.reference_text = (fs::path(label_path).parent_path() /
                        j["reference_text"].get<std::string>())
                           .string();
  }
  for (const char* key : {"fields", "header_fields"}) {
    if (!j.contains(key)) continue;
    if (!j[key].is_array()) {
      return Status::Error(label_path + ": \"" + key + "\" is not a list");
    }
    bool header = std::string(key) == "header_fields";
    for (const json& f : j[key]) {
      if (!f.contains("name") || !f.contains("value") ||
          !f["name"].is_string() || !f["value"].is_string()) {
        return Status::Error(label_path + ": a field lacks name or value");
      }
      ExpectedValue v;
      v.name = (header ? "header." : "") + f["name"].get<std::string>();
      v.value = f["value"].get<std::string>();
      v.entity = f.value("entity", 0);
      s.values.push_back(std::move(v));
    }
  }
  for (const char* key : {"dividends", "tickers", "revenue_shares"}) {
    std::vector<Record> recs = LabelRecords(j, key);
    if (!recs.empty()) s.records[key] = std::move(recs);
  }
  return s;
}

std::vector<Outcome> CompareSample(const Sample& sample, const Extraction& x) {
  std::vector<Outcome> out;
  for (const ExpectedValue& want : sample.values) {
    bool header = StartsWith(want.name, "header.");
    std::string name = header ? want.name.substr(7) : want.name;
    Outcome o;
    o.sample = sample.filing_path;
    o.kind = sample.kind;
    o.name = want.name;
    o.entity = want.entity;
    o.expected = want.value;
    // Prefer a correct answer when a field was found several times; else
    // report the first (highest-ranked) answer.
    const Field* first = nullptr;
    for (const Field& f : x.fields) {
      if (f.name != name || f.entity != want.entity) continue;
      if (StartsWith(f.span.rule, "sgml.") != header) continue;
      if (first == nullptr) first = &f;
      if (ComparableValue(f.value) == ComparableValue(want.value)) {
        first = &f;
        break;
      }
    }
    if (first != nullptr) {
      o.got = first->value;
      o.page = first->span.page;
      o.start = first->span.start;
      o.correct = ComparableValue(o.got) == ComparableValue(o.expected);
    }
    out.push_back(std::move(o));
  }
  for (const auto& [key, want] : sample.records) {
    CompareRecords(sample, key, want, x, &out);
  }
  return out;
}

EvalReport Summarise(std::vector<Outcome> outcomes) {
  EvalReport r;
  for (const Outcome& o : outcomes) {
    for (Score* s : {&r.by_field[o.name], &r.by_kind[o.kind], &r.total}) {
      s->labelled++;
      if (!o.got.empty()) s->extracted++;
      if (o.correct) s->correct++;
    }
  }
  r.outcomes = std::move(outcomes);
  return r;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string OutcomeKey(const Outcome& o, const std::string& root) {
  std::string rel = fs::path(o.sample).lexically_relative(root).string();
  if (rel.empty() || StartsWith(rel, "..")) rel = o.sample;
  return rel + "|" + o.name + "|" + std::to_string(o.entity);
}

Result<Baseline> LoadBaseline(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open baseline");
  json j = json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Status::Error(path + ": baseline is not a JSON object");
  }
  Baseline b;
  b.total = j.value("total", 0.0);
  if (j.contains("by_field")) {
    for (auto it = j["by_field"].begin(); it != j["by_field"].end(); ++it) {
      if (it.value().is_number()) b.by_field[it.key()] = it.value();
    }
  }
  if (j.contains("known_failures")) {
    for (const json& k : j["known_failures"]) {
      if (k.is_string()) b.known_failures.push_back(k);
    }
  }
  return b;
}

Status SaveBaseline(const EvalReport& report, const std::string& root,
                    const std::string& path) {
  nlohmann::ordered_json j;
  // Rounded down so that a re-run with identical results passes.
  auto floor4 = [](double v) { return std::floor(v * 10000) / 10000; };
  j["total"] = floor4(report.total.Accuracy());
  nlohmann::ordered_json fields = nlohmann::ordered_json::object();
  for (const auto& [name, score] : report.by_field) {
    fields[name] = floor4(score.Accuracy());
  }
  j["by_field"] = fields;
  std::vector<std::string> failures;
  for (const Outcome& o : report.outcomes) {
    if (!o.correct) failures.push_back(OutcomeKey(o, root));
  }
  std::sort(failures.begin(), failures.end());
  j["known_failures"] = failures;
  std::ofstream out(path);
  if (!out) return Status::Error(path + ": cannot write baseline");
  out << j.dump(2) << '\n';
  if (!out) return Status::Error(path + ": write failed");
  return Status::Ok();
}

std::vector<std::string> Regressions(const EvalReport& report,
                                     const Baseline& baseline,
                                     const std::string& root) {
  std::vector<std::string> out;
  constexpr double kSlack = 1e-9;
  if (report.total.Accuracy() + kSlack < baseline.total) {
    out.push_back("total accuracy " + std::to_string(report.total.Accuracy()) +
                  " below baseline " + std::to_string(baseline.total));
  }
  for (const auto& [name, want] : baseline.by_field) {
    auto it = report.by_field.find(name);
    double got = it == report.by_field.end() ? 0.0 : it->second.Accuracy();
    if (got + kSlack < want) {
      out.push_back(name + " accuracy " + std::to_string(got) +
                    " below baseline " + std::to_string(want));
    }
  }
  std::vector<std::string> known = baseline.known_failures;
  std::sort(known.begin(), known.end());
  for (const Outcome& o : report.outcomes) {
    if (o.correct) continue;
    std::string key = OutcomeKey(o, root);
    if (!std::binary_search(known.begin(), known.end(), key)) {
      out.push_back("new failure " + key + ": expected \"" + o.expected +
                    "\", got \"" + o.got + "\"");
    }
  }
  return out;
}

}  // namespace secx
