#include "analyze/cover_accuracy.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "extract/cover/agreement.h"
#include "extract/cover/cover.h"
#include "extract/text_util.h"

namespace secx {
namespace {

bool HasPrefix(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

const Field* FieldOf(const Extraction& x, std::string_view name,
                     std::string_view rule_prefix) {
  for (const Field& f : x.fields) {
    if (f.name == name && f.entity == 0 && !f.value.empty() &&
        HasPrefix(f.span.rule, rule_prefix)) {
      return &f;
    }
  }
  return nullptr;
}

std::string TextValue(const Extraction& x, std::string_view name) {
  for (const Field& f : x.fields) {
    if (f.name == name && f.entity == 0 && !f.value.empty() &&
        !IsMetadataRule(f.span.rule)) {
      return f.value;
    }
  }
  return "";
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : " | ") + s;
  return out;
}

// The form as the metadata names it, else as the text reads it.
std::string FormOf(const Extraction& x, const std::vector<LabelValue>* labels,
                   const FilingMetadata* meta) {
  for (const char* prefix : {"sgml.", "ixbrl."}) {
    if (const Field* f = FieldOf(x, "form_type", prefix)) {
      return Upper(f->value);
    }
  }
  if (meta != nullptr && !meta->form.empty()) return Upper(meta->form);
  if (labels != nullptr) {
    for (const LabelValue& l : *labels) {
      if (l.field == "form_type") return Upper(l.value);
    }
  }
  std::string t = TextValue(x, "form_type");
  return t.empty() ? "unknown" : Upper(t);
}

int YearOf(std::string_view iso) {
  if (iso.size() < 4) return 0;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (iso[i] < '0' || iso[i] > '9') return 0;
    y = y * 10 + (iso[i] - '0');
  }
  return y >= 1900 && y < 2100 ? y : 0;
}

// The decade of the period the filing reports on, from the most reliable
// source that dates it.
std::string DecadeOf(const Extraction& x, const std::vector<LabelValue>* labels,
                     const FilingMetadata* meta) {
  std::vector<std::string> dates;
  for (const char* name : {"period_of_report", "filed_date"}) {
    if (const Field* f = FieldOf(x, name, "sgml.")) dates.push_back(f->value);
  }
  if (const Field* f = FieldOf(x, "reporting_period_end", "ixbrl.")) {
    dates.push_back(f->value);
  }
  if (meta != nullptr) {
    dates.push_back(meta->period);
    dates.push_back(meta->filed);
  }
  if (labels != nullptr) {
    for (const LabelValue& l : *labels) {
      if (l.field == "reporting_period_end") dates.push_back(l.value);
    }
  }
  for (const char* name :
       {"reporting_period_end", "report_date", "signature_date"}) {
    dates.push_back(TextValue(x, name));
  }
  for (const std::string& d : dates) {
    if (int y = YearOf(d)) return std::to_string(y / 10 * 10) + "s";
  }
  return "unknown";
}

std::string Pct(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * v);
  return buf;
}

// Order in which dimensions are printed.
const char* const kDimensions[] = {
    "all", "source/form", "source", "form", "decade", "field", "source/field"};

}  // namespace

const char* OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::kRight:
      return "right";
    case Outcome::kWrong:
      return "wrong";
    case Outcome::kMissing:
      return "missing";
  }
  return "";
}

Outcome Judge(std::string_view field, const std::vector<std::string>& truths,
              std::string_view text) {
  if (text.empty()) return Outcome::kMissing;
  for (const std::string& t : truths) {
    if (SameValue(field, t, text)) return Outcome::kRight;
  }
  return Outcome::kWrong;
}

std::string SourceClass(const Extraction& x) {
  const Document& d = x.document;
  bool ocr = std::any_of(d.pages.begin(), d.pages.end(),
                         [](const Page& p) { return p.ocr; });
  if (d.kind == "pdf" || d.kind == "image") return ocr ? "scan" : "pdf-text";
  if (FieldOf(x, "registrant_name", "ixbrl.") != nullptr ||
      FieldOf(x, "form_type", "ixbrl.") != nullptr) {
    return "ixbrl";
  }
  if (d.kind == "html") return "html";
  if (d.kind == "sgml") return "sgml";
  return "text";
}

FilingScore ScoreFiling(const Extraction& x,
                        const std::vector<LabelValue>* labels,
                        const FilingMetadata* metadata) {
  FilingScore s;
  s.path = x.source;
  s.source = SourceClass(x);
  s.form = FormOf(x, labels, metadata);
  s.decade = DecadeOf(x, labels, metadata);
  std::set<std::string> done;  // fields already scored

  if (labels != nullptr) {
    std::map<std::string, std::vector<std::string>> by_field;
    std::vector<std::string> order;
    for (const LabelValue& l : *labels) {
      // The page a value is on, and notes, are not cover values.
      if (l.field == "facing_page") continue;
      if (by_field.count(l.field) == 0) order.push_back(l.field);
      by_field[l.field].push_back(l.value);
    }
    for (const std::string& field : order) {
      ScoredValue v;
      v.origin = "label";
      v.field = field;
      v.truth = Join(by_field[field]);
      v.text = TextValue(x, field);
      v.outcome = Judge(field, by_field[field], v.text);
      s.values.push_back(std::move(v));
      done.insert(field);
    }
  }
  for (const FieldAgreement& a : HeaderAgreement(x)) {
    if (!a.scored || done.count(a.field) > 0) continue;
    ScoredValue v;
    v.origin = a.source;
    v.field = a.field;
    v.truth = a.header_value;
    v.text = a.text_value;
    // The agreement's own verdict, so that `secx check` and the store
    // judge alike; a scored value without a text value is missing.
    v.outcome = a.agree                ? Outcome::kRight
                : a.text_value.empty() ? Outcome::kMissing
                                       : Outcome::kWrong;
    s.values.push_back(std::move(v));
  }
  for (const ScoredValue& v : s.values) done.insert(v.field);
  bool has_header = FieldOf(x, "company_conformed_name", "sgml.") != nullptr;
  if (metadata != nullptr && !has_header) {
    StatedText stated(CoverRegionText(x.document));
    const std::pair<const char*, std::string> kMeta[] = {
        {"registrant_name", metadata->company},
        {"state_of_incorporation", metadata->state},
        {"report_date", metadata->period},
    };
    for (const auto& [field, truth] : kMeta) {
      if (truth.empty() || done.count(field) > 0) continue;
      if (!stated.States(field, truth)) continue;
      ScoredValue v;
      v.origin = "metadata";
      v.field = field;
      v.truth = truth;
      v.text = TextValue(x, field);
      v.outcome = Judge(field, {truth}, v.text);
      s.values.push_back(std::move(v));
    }
  }
  return s;
}

void Tally::Add(Outcome o) {
  ++scored;
  right += o == Outcome::kRight;
  wrong += o == Outcome::kWrong;
  missing += o == Outcome::kMissing;
}

void AccuracyReport::Add(const FilingScore& f) {
  for (const ScoredValue& v : f.values) {
    groups_["all"]["all"].Add(v.outcome);
    groups_["source"][f.source].Add(v.outcome);
    groups_["source/form"][f.source + " / " + f.form].Add(v.outcome);
    groups_["form"][f.form].Add(v.outcome);
    groups_["decade"][f.decade].Add(v.outcome);
    groups_["field"][v.field].Add(v.outcome);
    groups_["source/field"][f.source + " / " + v.field].Add(v.outcome);
  }
  filings_.push_back(f);
}

std::string AccuracyReport::Json() const {
  nlohmann::ordered_json j;
  for (const char* dim : kDimensions) {
    auto it = groups_.find(dim);
    nlohmann::ordered_json g = nlohmann::ordered_json::object();
    if (it != groups_.end()) {
      for (const auto& [key, t] : it->second) {
        g[key] = {{"scored", t.scored}, {"right", t.right},
                  {"wrong", t.wrong},   {"missing", t.missing},
                  {"rate", t.rate()},   {"precision", t.precision()}};
      }
    }
    j["accuracy"][dim] = std::move(g);
  }
  j["filings"] = nlohmann::ordered_json::array();
  for (const FilingScore& f : filings_) {
    nlohmann::ordered_json fj = {{"file", f.path},
                                 {"source", f.source},
                                 {"form", f.form},
                                 {"decade", f.decade},
                                 {"values", nlohmann::ordered_json::array()}};
    for (const ScoredValue& v : f.values) {
      fj["values"].push_back({{"field", v.field},
                              {"origin", v.origin},
                              {"truth", v.truth},
                              {"text", v.text},
                              {"outcome", OutcomeName(v.outcome)}});
    }
    j["filings"].push_back(std::move(fj));
  }
  return j.dump(2, ' ', false,
                nlohmann::ordered_json::error_handler_t::replace);
}

std::string AccuracyReport::Markdown(bool all_dims) const {
  std::string out;
  auto table = [&](const char* dim, const char* heading) {
    auto it = groups_.find(dim);
    if (it == groups_.end()) return;
    out += std::string("| ") + heading +
           " | scored | right | wrong | missing | rate | precision |\n"
           "|---|---:|---:|---:|---:|---:|---:|\n";
    auto row = [&](const std::string& key, const Tally& t, bool bold) {
      std::string k = bold ? "**" + key + "**" : key;
      out += "| " + k + " | " + std::to_string(t.scored) + " | " +
             std::to_string(t.right) + " | " + std::to_string(t.wrong) + " | " +
             std::to_string(t.missing) + " | " + Pct(t.rate()) + " | " +
             Pct(t.precision()) + " |\n";
    };
    for (const auto& [key, t] : it->second) row(key, t, false);
    auto all = groups_.find("all");
    if (all != groups_.end()) row("all", all->second.at("all"), true);
    out += "\n";
  };
  table("source/form", "source / form");
  if (all_dims) {
    table("source", "source");
    table("form", "form");
  }
  table("decade", "decade");
  table("field", "field");
  if (all_dims) table("source/field", "source / field");
  return out;
}

std::string AccuracyReport::Text() const {
  std::string out;
  char buf[256];
  for (const char* dim : kDimensions) {
    auto it = groups_.find(dim);
    if (it == groups_.end()) continue;
    std::snprintf(buf, sizeof buf, "%-40s %7s %6s %6s %8s %7s %9s\n", dim,
                  "scored", "right", "wrong", "missing", "rate", "precision");
    out += buf;
    for (const auto& [key, t] : it->second) {
      std::snprintf(buf, sizeof buf, "  %-38s %7d %6d %6d %8d %7s %9s\n",
                    key.c_str(), t.scored, t.right, t.wrong, t.missing,
                    Pct(t.rate()).c_str(), Pct(t.precision()).c_str());
      out += buf;
    }
    out += "\n";
  }
  out += "Wrong and missing values (file, field [origin]: truth | text):\n";
  for (const FilingScore& f : filings_) {
    for (const ScoredValue& v : f.values) {
      if (v.outcome == Outcome::kRight) continue;
      out += "  " + f.path + "  " + v.field + " [" + v.origin + "] " +
             OutcomeName(v.outcome) + ": \"" + v.truth + "\" | \"" + v.text +
             "\"\n";
    }
  }
  return out;
}

}  // namespace secx
