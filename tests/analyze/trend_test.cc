#include "analyze/trend.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <memory>

#include "analyze/store.h"
#include "analyze/store_schema.h"
#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::TempDir;

Field MakeField(const std::string& name, const std::string& value,
                const std::string& rule) {
  Field f;
  f.name = name;
  f.value = value;
  f.raw = value;
  f.span.rule = rule;
  return f;
}

// A filing by `name` (CIK from the header when `cik` is not empty).
Extraction Filing(int doc, const std::string& name, const std::string& cik,
                  const std::string& date) {
  Extraction x;
  x.source = "filing-" + std::to_string(doc) + ".txt";
  char sha[65];
  std::snprintf(sha, sizeof sha, "%064x", doc);
  x.sha256 = sha;
  x.document.kind = "text";
  if (!name.empty()) {
    x.fields.push_back(MakeField("registrant_name", name, "cover.name"));
  }
  if (!cik.empty()) x.fields.push_back(MakeField("cik", cik, "sgml.cik"));
  if (!date.empty()) {
    x.fields.push_back(MakeField("report_date", date, "cover.report_date"));
  }
  return x;
}

Dividend Div(const std::string& per_share, const std::string& record_date,
             const std::string& kind = "quarterly",
             const std::string& share_class = "",
             const std::string& currency = "USD") {
  Dividend d;
  d.kind = kind;
  d.per_share = per_share;
  d.currency = currency;
  d.record_date = record_date;
  d.status = "declared";
  d.share_class = share_class;
  return d;
}

class TrendStore {
 public:
  TrendStore() {
    Result<std::unique_ptr<Store>> s = Store::Open(dir_ / "t.db", {});
    REQUIRE(s.ok());
    store_ = std::move(s).value();
  }
  void Put(const Extraction& x) {
    Result<PutOutcome> r = store_->Put(x, "v1");
    INFO(r.error());
    REQUIRE(r.ok());
    REQUIRE(store_->Flush().ok());
  }
  Store& store() { return *store_; }
  Trend Load(TrendKind kind, const TrendFilter& filter = {}) {
    Result<Trend> t = LoadTrend(*store_, kind, filter);
    INFO(t.error());
    REQUIRE(t.ok());
    return t.value();
  }

 private:
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_CASE("NameKey folds case, punctuation and legal words", "[trend]") {
  CHECK(NameKey("ASTA FUNDING, INC.") == "ASTA FUNDING");
  CHECK(NameKey("Asta Funding Inc") == "ASTA FUNDING");
  CHECK(NameKey("The Estée Lauder Companies Inc.") == "ESTéE LAUDER COMPANIES");
  CHECK(NameKey("Kabushiki Kaisha Internet Initiative") ==
        "INTERNET INITIATIVE");
  CHECK(NameKey("Procter & Gamble Co.") == "PROCTER AND GAMBLE");
  CHECK(NameKey("  Foo-Bar   Ltd ") == "FOO BAR");
  CHECK(NameKey("Inc.") == "");
}

// Files of schema version 5 and older computed the name key in SQL (the
// registrants view); migration 6 copies those keys into the registrants
// table, which new ingests fill with NameKey(). The two must agree.
TEST_CASE("NameKey agrees with the keys of migrated stores", "[trend]") {
  const std::vector<std::string> names = {
      "ASTA FUNDING, INC.",
      "The Estée Lauder Companies Inc.",
      "Macy’s, Inc.",
      "AT&T Corp.",
      "Foo (Holdings) Co., Ltd.",
      "Kabushiki Kaisha Internet Initiative",
      "A/B: \"Quoted\"; Co!",
      "Plain\tTabbed  Name LLC",
      "THE THE Company"};
  TempDir dir;
  Schema v5;
  const auto& all = StoreSchema().migrations;
  v5.migrations.assign(all.begin(), all.begin() + 5);
  {
    StoreOptions o;
    o.schema = &v5;
    Result<std::unique_ptr<Store>> old = Store::Open(dir / "v5.db", o);
    REQUIRE(old.ok());
    for (size_t i = 0; i < names.size(); ++i) {
      std::string name;
      for (char c : names[i])
        name += c == '\'' ? std::string("''") : std::string(1, c);
      const std::string id = std::to_string(i + 1);
      REQUIRE(old.value()
                  ->Query("INSERT INTO documents (id, path, sha256, "
                          "extractor_version, ingested_at) VALUES (" +
                              id + ", 'f', '" + id +
                              "', 'v', 't');"
                              "INSERT INTO fields (document_id, name, value) "
                              "VALUES (" +
                              id + ", 'registrant_name', '" + name + "');",
                          {})
                  .ok());
    }
  }
  Result<std::unique_ptr<Store>> s = Store::Open(dir / "v5.db", {});
  REQUIRE(s.ok());
  std::vector<std::pair<std::string, std::string>> got;
  QueryCallbacks cb;
  cb.row = [&](const std::vector<Cell>& row) {
    got.emplace_back(row[0].text, row[1].text);
  };
  REQUIRE(s.value()
              ->Query("SELECT name, name_key FROM registrants ORDER BY "
                      "document_id",
                      cb)
              .ok());
  REQUIRE(got.size() == names.size());
  for (const auto& [name, key] : got) {
    INFO(name);
    CHECK(NameKey(name) == key);
  }
}

TEST_CASE("dividend trend collapses duplicates and computes changes",
          "[trend]") {
  TrendStore ts;
  Extraction a = Filing(1, "ACME CORP", "0000012345", "2020-02-01");
  a.dividends = {Div("0.10", "2020-03-01")};
  Extraction b = Filing(2, "Acme Corporation", "12345", "2020-05-01");
  b.dividends = {Div("0.10", "2020-03-01"), Div("0.12", "2020-06-01")};
  b.dividends[0].status = "paid";
  Extraction c = Filing(3, "Acme Corp.", "", "2020-08-01");  // no CIK
  c.dividends = {Div("0.15", "2020-09-01")};
  ts.Put(a);
  ts.Put(b);
  ts.Put(c);

  Trend t = ts.Load(TrendKind::kDividends);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].date == "2020-03-01");
  CHECK(t.rows[0].document_ids == std::vector<int64_t>{1, 2});
  CHECK(t.rows[0].status == "paid");  // the furthest along
  CHECK_FALSE(t.rows[0].change);
  CHECK(t.rows[1].change_text == "+0.02");
  CHECK(*t.rows[1].change_percent == Approx(20.0));
  // The filing without a CIK joins through its name key.
  CHECK(t.rows[2].company_key == t.rows[0].company_key);
  CHECK(t.rows[2].change_text == "+0.03");
  CHECK(*t.rows[2].change_percent == Approx(25.0));
  CHECK(t.rows[0].series == t.rows[2].series);
}

TEST_CASE("dividend series split by share class, currency and kind",
          "[trend]") {
  TrendStore ts;
  Extraction x = Filing(1, "Lauder Inc.", "", "2013-02-05");
  x.dividends = {Div("0.18", "2013-02-28", "", "Class A"),
                 Div("0.18", "2013-02-28", "", "Class B"),
                 Div("1.00", "2013-03-09", "stock", "", "")};
  Extraction y = Filing(2, "Lauder Inc.", "", "2013-10-30");
  y.dividends = {Div("0.20", "2013-11-29", "", "Class A"),
                 Div("0.20", "2013-11-29", "", "Class B")};
  // An annual total dated only by its fiscal-year label.
  Dividend annual = Div("27.00", "", "annual", "", "JPY");
  annual.fiscal_year = "Year ended March 31, 2018";
  y.dividends.push_back(annual);
  ts.Put(x);
  ts.Put(y);
  Trend t = ts.Load(TrendKind::kDividends, {"lauder", ""});
  REQUIRE(t.rows.size() == 6);
  std::map<std::string, int> per_series;
  for (const TrendRow& r : t.rows) per_series[r.series]++;
  CHECK(per_series.size() == 4);
  for (const TrendRow& r : t.rows) {
    if (r.kind == "annual") {
      CHECK(r.date == "2018-03-31");
      CHECK(r.date_basis == "fiscal_year");
      CHECK(r.unit == "JPY");
    }
    if (r.kind == "stock") CHECK(r.unit == "shares");
    if (r.share_class == "Class B" && r.date == "2013-11-29") {
      CHECK(r.change_text == "+0.02");
    }
  }
  PlotSpec plot = TrendPlot(t, "x");
  CHECK(plot.series.size() == 4);
}

TEST_CASE("trend filters by company and CIK and explains misses", "[trend]") {
  TrendStore ts;
  Extraction a = Filing(1, "Asta Funding, Inc.", "1001258", "2004-02-11");
  a.dividends = {Div("0.03", "2004-03-31")};
  Extraction b = Filing(2, "Turner Broadcasting System, Inc.", "100240", "");
  b.dividends = {Div("0.25", "1990-06-27", "stock", "", "")};
  ts.Put(a);
  ts.Put(b);
  CHECK(ts.Load(TrendKind::kDividends).rows.size() == 2);
  CHECK(ts.Load(TrendKind::kDividends, {"asta funding inc", ""}).rows.size() ==
        1);
  CHECK(ts.Load(TrendKind::kDividends, {"", "0001001258"}).rows.size() == 1);
  Result<Trend> miss =
      LoadTrend(ts.store(), TrendKind::kDividends, {"Asta Fundng", ""});
  REQUIRE_FALSE(miss.ok());
  CHECK_THAT(miss.error(), Catch::Contains("no company"));
  CHECK_THAT(miss.error(), Catch::StartsWith("no company") &&
                               Catch::Contains("closest: Asta Funding, Inc."));
  Result<Trend> none = LoadTrend(ts.store(), TrendKind::kRevenueShares, {});
  REQUIRE_FALSE(none.ok());
  CHECK_THAT(none.error(), Catch::Contains("no revenue shares"));
}

TEST_CASE("revenue share trend per subject", "[trend]") {
  TrendStore ts;
  for (int i = 0; i < 3; ++i) {
    Extraction x = Filing(i + 1, "Internet Initiative Japan Inc.", "", "");
    RevenueShare r;
    r.percent = i == 2 ? "1.50" : "2.33";
    r.subject = "sales of equipment";
    r.metric = "total revenues";
    r.period_end = std::to_string(2015 + i) + "-03-31";
    x.revenue_shares = {r};
    ts.Put(x);
  }
  Trend t = ts.Load(TrendKind::kRevenueShares, {"internet", ""});
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].change_text == "+0.00");
  CHECK(t.rows[2].change_text == "-0.83");
  CHECK(t.rows[2].unit == "%");
}

}  // namespace
}  // namespace secx
