#include "analyze/trend.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "extract/text_util.h"

namespace secx {
namespace {

// One record of a history view, before collapsing.
struct Record {
  std::string company_key, cik, name, name_key, ticker, path, date, basis;
  std::string kind, share_class, unit, value, fiscal_year, status;
  int64_t document_id = 0;
};

const char kDividendSql[] =
    "SELECT company_key, company_cik, company, name_key, ticker, "
    "document_id, path, period_date, date_basis, kind, share_class, "
    "currency, per_share_text, fiscal_year, status FROM dividend_history";
const char kRevenueSql[] =
    "SELECT company_key, company_cik, company, name_key, ticker, "
    "document_id, path, period_date, date_basis, subject, metric, '%', "
    "percent_text, '', '' FROM revenue_share_history";

// Latin-1 letters (U+00C0..U+00FF, two bytes in UTF-8) to upper-case ASCII,
// so that "estee" finds "ESTéE" (SQLite's upper() leaves non-ASCII alone).
std::string FoldAccents(const std::string& s) {
  static const char* const kFold[32] = {
      "A", "A", "A", "A", "A", "A", "AE", "C", "E",  "E", "E",
      "E", "I", "I", "I", "I", "D", "N",  "O", "O",  "O", "O",
      "O", "",  "O", "U", "U", "U", "U",  "Y", "TH", "SS"};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (c == 0xC3 && i + 1 < s.size() && (s[i + 1] & 0xC0) == 0x80) {
      const int cp = 0xC0 + (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      const char* f = kFold[(cp - 0xC0) & 0x1F];
      if (cp == 0xD7 || cp == 0xF7) f = " ";  // × and ÷
      if (cp == 0xFF) f = "Y";
      out += f;
      ++i;
    } else {
      out += (c < 0x80) ? static_cast<char>(std::toupper(c)) : s[i];
    }
  }
  return out;
}

// Edit distance from `query` to its best-matching substring of `text`.
size_t SubstringDistance(const std::string& query, const std::string& text) {
  std::vector<size_t> prev(text.size() + 1, 0), cur(text.size() + 1);
  for (size_t i = 1; i <= query.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= text.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + (query[i - 1] != text[j - 1])});
    }
    std::swap(prev, cur);
  }
  return *std::min_element(prev.begin(), prev.end());
}

std::string StripZeros(const std::string& s) {
  size_t i = s.find_first_not_of('0');
  return i == std::string::npos ? (s.empty() ? s : "0") : s.substr(i);
}

// The ISO date a label like "Year ended March 31, 2018" names, or "".
std::string LabelDate(const std::string& label) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr",
                                        "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"};
  std::string lower;
  for (char c : label) lower += static_cast<char>(std::tolower(c));
  for (int m = 0; m < 12; ++m) {
    size_t at = lower.find(kMonths[m]);
    if (at == std::string::npos) continue;
    size_t p = lower.find(' ', at);
    int day = 0, year = 0;
    if (p == std::string::npos ||
        std::sscanf(lower.c_str() + p, " %d , %d", &day, &year) != 2 ||
        day < 1 || day > 31 || year < 1900 || year > 2200) {
      continue;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, m + 1, day);
    return buf;
  }
  return "";
}

int StatusRank(const std::string& s) {
  if (s == "paid") return 4;
  if (s == "declared") return 3;
  if (s == "proposed") return 2;
  if (s == "forecast") return 1;
  return 0;
}

int KindOrder(const std::string& k) {
  if (k == "interim") return 0;
  if (k == "quarterly") return 1;
  if (k == "year-end") return 2;
  return 3;
}

int Decimals(const std::string& v) {
  size_t dot = v.find('.');
  return dot == std::string::npos ? 0 : static_cast<int>(v.size() - dot - 1);
}

// Series label and unit of a record.
void Classify(TrendKind kind, const std::string& company, Record* r,
              std::string* series) {
  *series = company;
  if (kind == TrendKind::kRevenueShares) {
    *series += " \xC2\xB7 " + (r->kind.empty() ? "revenue share" : r->kind);
    if (!r->share_class.empty()) *series += " / " + r->share_class;
    return;
  }
  if (!r->share_class.empty()) *series += " \xC2\xB7 " + r->share_class;
  if (r->kind == "stock" || r->unit.empty()) {
    r->unit = "shares";
    *series += " \xC2\xB7 stock dividend";
    return;
  }
  *series += " \xC2\xB7 " + r->unit;
  if (r->kind == "annual" || r->kind == "special") *series += " " + r->kind;
}

Result<std::vector<Record>> ReadRecords(Store& store, TrendKind kind) {
  std::vector<Record> records;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& c) {
    Record r;
    std::string* out[] = {
        &r.company_key, &r.cik,  &r.name,  &r.name_key,    &r.ticker,
        nullptr,        &r.path, &r.date,  &r.basis,       &r.kind,
        &r.share_class, &r.unit, &r.value, &r.fiscal_year, &r.status};
    for (size_t i = 0; i < c.size() && i < 15; ++i) {
      if (out[i]) *out[i] = c[i].text;
    }
    r.document_id = std::atoll(c[5].text.c_str());
    records.push_back(std::move(r));
  };
  Status st = store.Query(
      kind == TrendKind::kDividends ? kDividendSql : kRevenueSql, cb);
  if (!st.ok()) return st;
  return records;
}

// Error for a filter that matches nothing: the closest company names.
Status NoMatch(const std::vector<Record>& records, const TrendFilter& filter,
               const char* what) {
  const std::string key = FoldAccents(NameKey(filter.company));
  std::map<std::string, std::pair<size_t, std::string>> best;  // by name
  for (const Record& r : records) {
    std::string shown = r.name.empty() ? r.ticker : r.name;
    if (!r.cik.empty()) shown += " (CIK " + r.cik + ")";
    size_t d =
        key.empty() ? 0 : SubstringDistance(key, FoldAccents(r.name_key));
    best.emplace(shown, std::make_pair(d, shown));
  }
  std::vector<std::pair<size_t, std::string>> ranked;
  for (auto& [name, v] : best) ranked.push_back(v);
  std::sort(ranked.begin(), ranked.end());
  // Names within a third of the query's length of an edit, else any five.
  const size_t near = std::max<size_t>(2, key.size() / 3);
  const bool any_near =
      !key.empty() && !ranked.empty() && ranked[0].first <= near;
  std::string list;
  for (size_t i = 0; i < ranked.size() && i < 5; ++i) {
    if (any_near && ranked[i].first > near) break;
    list += (i ? "; " : "") + ranked[i].second;
  }
  const std::string asked = !filter.company.empty()
                                ? "--company '" + filter.company + "'"
                                : "--cik " + filter.cik;
  return Status::Error("no company with " + std::string(what) + " matches " +
                       asked + (any_near ? "; closest: " : "; companies: ") +
                       list);
}

bool Matches(const Record& r, const TrendFilter& f, const std::string& key) {
  if (!f.cik.empty() && StripZeros(r.cik) != StripZeros(f.cik)) return false;
  if (f.company.empty()) return true;
  if (FoldAccents(r.name_key).find(key) != std::string::npos) return true;
  const std::string q = FoldAccents(f.company);
  size_t colon = r.ticker.find(':');
  return !r.ticker.empty() &&
         (q == r.ticker || q == r.ticker.substr(colon + 1));
}

// Sorts, numbers the changes within each series.
void ComputeChanges(std::vector<TrendRow>* rows) {
  std::stable_sort(rows->begin(), rows->end(),
                   [](const TrendRow& a, const TrendRow& b) {
                     if (a.series != b.series) return a.series < b.series;
                     if (a.date != b.date) return a.date < b.date;
                     if (KindOrder(a.kind) != KindOrder(b.kind)) {
                       return KindOrder(a.kind) < KindOrder(b.kind);
                     }
                     return a.fiscal_year < b.fiscal_year;
                   });
  for (size_t i = 1; i < rows->size(); ++i) {
    TrendRow& r = (*rows)[i];
    const TrendRow& prev = (*rows)[i - 1];
    if (prev.series != r.series) continue;
    r.change = r.number - prev.number;
    if (prev.number != 0) r.change_percent = 100 * *r.change / prev.number;
    char buf[64];
    const int decimals = std::max(Decimals(r.value), Decimals(prev.value));
    std::snprintf(buf, sizeof buf, "%+.*f", decimals, *r.change);
    r.change_text = buf;
  }
}

}  // namespace

Result<Trend> LoadTrend(Store& store, TrendKind kind,
                        const TrendFilter& filter) {
  const char* what =
      kind == TrendKind::kDividends ? "dividends" : "revenue shares";
  Result<std::vector<Record>> read = ReadRecords(store, kind);
  if (!read.ok()) return read.status();
  const std::vector<Record>& records = read.value();
  if (records.empty()) {
    return Status::Error(std::string("the store holds no ") + what +
                         "; ingest filings first (secx ingest --db FILE "
                         "corpus/)");
  }
  const std::string key = FoldAccents(NameKey(filter.company));
  if (!filter.company.empty() && key.empty()) {
    return Status::Error("--company '" + filter.company +
                         "' has nothing left after folding legal words");
  }
  // Display name per company: its most frequent name, else its ticker.
  std::map<std::string, std::map<std::string, int>> names;
  for (const Record& r : records) {
    names[r.company_key][r.name.empty() ? r.ticker : r.name]++;
  }
  Trend trend;
  trend.kind = kind;
  std::map<std::string, size_t> seen;  // collapse key -> row index
  for (Record r : records) {
    if (!Matches(r, filter, key)) continue;
    char* end = nullptr;
    const double number = std::strtod(r.value.c_str(), &end);
    if (r.basis == "document" && !LabelDate(r.fiscal_year).empty()) {
      r.date = LabelDate(r.fiscal_year);
      r.basis = "fiscal_year";
    }
    if (r.value.empty() || *end != '\0' || !std::isfinite(number) ||
        !DaysFromIsoDate(r.date)) {
      ++trend.skipped;
      continue;
    }
    std::string company;
    int best = 0;
    for (const auto& [n, count] : names[r.company_key]) {
      if (count > best && !n.empty()) company = n, best = count;
    }
    if (company.empty()) company = r.company_key;
    std::string series;
    Classify(kind, company, &r, &series);
    char num[32];
    std::snprintf(num, sizeof num, "%.10g", number);
    const std::string dedup = series + '\x1f' + r.kind + '\x1f' + r.date +
                              '\x1f' + num + '\x1f' +
                              (r.basis == "document" ? r.fiscal_year : "");
    auto [it, fresh] = seen.emplace(dedup, trend.rows.size());
    if (!fresh) {
      TrendRow& row = trend.rows[it->second];
      if (std::find(row.document_ids.begin(), row.document_ids.end(),
                    r.document_id) == row.document_ids.end()) {
        row.document_ids.push_back(r.document_id);
        row.paths.push_back(r.path);
      }
      if (StatusRank(r.status) > StatusRank(row.status)) row.status = r.status;
      continue;
    }
    TrendRow row;
    row.company_key = r.company_key;
    row.company = company;
    row.cik = r.cik;
    row.series = series;
    row.unit = r.unit;
    row.date = r.date;
    row.date_basis = r.basis;
    row.kind = r.kind;
    row.share_class = r.share_class;
    row.fiscal_year = r.fiscal_year;
    row.status = r.status;
    row.value = r.value;
    row.number = number;
    row.document_ids = {r.document_id};
    row.paths = {r.path};
    trend.rows.push_back(std::move(row));
  }
  if (trend.rows.empty() && (!filter.company.empty() || !filter.cik.empty())) {
    return NoMatch(records, filter, what);
  }
  ComputeChanges(&trend.rows);
  return trend;
}

PlotSpec TrendPlot(const Trend& trend, const std::string& title) {
  PlotSpec spec;
  spec.title = title;
  spec.y_title =
      trend.kind == TrendKind::kDividends ? "Dividend per share" : "Share";
  for (const TrendRow& r : trend.rows) {
    if (spec.series.empty() || spec.series.back().name != r.series) {
      spec.series.push_back({r.series, r.unit, {}});
    }
    std::string note = "(" + r.kind;
    if (!r.status.empty()) note += ", " + r.status;
    note += "; " + r.date_basis + " date)";
    spec.series.back().points.push_back({r.date, r.number, note});
  }
  return spec;
}

}  // namespace secx
