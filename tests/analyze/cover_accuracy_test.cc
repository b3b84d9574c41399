#include "analyze/cover_accuracy.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "analyze/cover_truth.h"

namespace secx {
namespace {

TEST_CASE("a value is right, wrong or missing in its comparable form",
          "[analyze][accuracy]") {
  CHECK(Judge("registrant_name", {"GOLDMAN SACHS & CO"},
              "Goldman, Sachs & Co.") == Outcome::kRight);
  CHECK(Judge("registrant_name", {"GOLDMAN SACHS & CO"},
              "Goldman Sachs Execution & Clearing") == Outcome::kWrong);
  CHECK(Judge("registrant_name", {"GOLDMAN SACHS & CO"}, "") ==
        Outcome::kMissing);
  CHECK(Judge("commission_file_number", {"8-00129"}, "8-129") ==
        Outcome::kRight);
  CHECK(Judge("commission_file_number", {"8-00129"}, "8-1290") ==
        Outcome::kWrong);
  CHECK(Judge("phone", {"(212) 902-1000"}, "212-902-1000") == Outcome::kRight);
  CHECK(Judge("zip_code", {"10004"}, "10004-2434") == Outcome::kRight);
  CHECK(Judge("zip_code", {"10004"}, "60606") == Outcome::kWrong);
  CHECK(Judge("reporting_period_end", {"2004-12-31"}, "2004-12-31") ==
        Outcome::kRight);
  CHECK(Judge("reporting_period_end", {"2004-12-31"}, "2003-12-31") ==
        Outcome::kWrong);
  CHECK(Judge("state_of_incorporation", {"NY"}, "New York") == Outcome::kRight);
  CHECK(Judge("address", {"85 Broad Street, New York, NY 10004"},
              "85 BROAD STREET NEW YORK NY 10004") == Outcome::kRight);
  CHECK(Judge("auditor_name", {"PricewaterhouseCoopers LLP"},
              "Ernst & Young LLP") == Outcome::kWrong);
  // Alternatives: any one is right.
  CHECK(Judge("contact_name", {"John Smith", "J. Smith"}, "J. Smith") ==
        Outcome::kRight);
}

// A scanned facing page as the reader leaves it, with text-derived fields.
Extraction FacingPage() {
  Extraction x;
  x.source = "dir/123-2004-03-01.pdf";
  x.document.kind = "pdf";
  x.document.text =
      "ANNUAL AUDITED REPORT FORM X-17A-5 PART III\n"
      "SEC FILE NUMBER 8-01234\n"
      "REPORT FOR THE PERIOD BEGINNING 01/01/03 AND ENDING 12/31/03\n"
      "NAME OF BROKER-DEALER: ACME SECURITIES, INC.\n"
      "100 Main Street New York NY 10004\n";
  Page p;
  p.number = 1;
  p.end = x.document.text.size();
  p.ocr = true;
  x.document.pages = {p};
  x.document.sections = {
      Section{"PDF", 0, "", "", "pdf", 0, x.document.text.size()}};
  auto add = [&](const char* name, const char* value) {
    Field f;
    f.name = name;
    f.value = value;
    f.span.rule = "cover.test";
    x.fields.push_back(f);
  };
  add("registrant_name", "ACME SECURITIES, INC.");
  add("commission_file_number", "8-1234");
  add("reporting_period_end", "2003-12-30");  // misread
  add("form_type", "X-17A-5");
  return x;
}

TEST_CASE("hand labels score every value the text rules give or miss",
          "[analyze][accuracy]") {
  Extraction x = FacingPage();
  std::vector<LabelValue> labels = {
      {"facing_page", "1", ""},
      {"registrant_name", "Acme Securities Inc", ""},
      {"commission_file_number", "8-01234", ""},
      {"reporting_period_end", "2003-12-31", ""},
      {"zip_code", "10004", ""},
  };
  FilingScore s = ScoreFiling(x, &labels, nullptr);
  CHECK(s.source == "scan");
  CHECK(s.form == "X-17A-5");
  CHECK(s.decade == "2000s");
  REQUIRE(s.values.size() == 4);  // facing_page is not a cover value
  CHECK(s.values[0].outcome == Outcome::kRight);
  CHECK(s.values[1].outcome == Outcome::kRight);
  CHECK(s.values[2].outcome == Outcome::kWrong);
  CHECK(s.values[2].text == "2003-12-30");
  CHECK(s.values[3].outcome == Outcome::kMissing);
  for (const ScoredValue& v : s.values) CHECK(v.origin == "label");

  AccuracyReport r;
  r.Add(s);
  const Tally& all = r.groups().at("all").at("all");
  CHECK(all.scored == 4);
  CHECK(all.right == 2);
  CHECK(all.wrong == 1);
  CHECK(all.missing == 1);
  CHECK(all.rate() == Approx(0.5));
  CHECK(all.precision() == Approx(2.0 / 3));
  CHECK(r.groups().at("source/form").count("scan / X-17A-5") == 1);
  CHECK(r.groups().at("field").at("reporting_period_end").wrong == 1);
  nlohmann::json j = nlohmann::json::parse(r.Json());
  CHECK(j["accuracy"]["all"]["all"]["wrong"] == 1);
  CHECK(j["filings"][0]["values"][2]["outcome"] == "wrong");
  CHECK(r.Markdown(false).find("| **all** | 4 | 2 | 1 | 1 | 50.0% | 66.7% |") !=
        std::string::npos);
}

TEST_CASE(
    "metadata counts only where the cover states it, and never the "
    "metadata rules' own values",
    "[analyze][accuracy]") {
  Extraction x = FacingPage();
  // A value read from metadata is not a text-derived value.
  Field tagged;
  tagged.name = "state_of_incorporation";
  tagged.value = "NY";
  tagged.span.rule = "ixbrl.dei.EntityIncorporationStateCountryCode";
  x.fields.push_back(tagged);
  FilingMetadata m;
  m.company = "ACME SECURITIES INC";
  m.state = "NY";           // "New York" only in an address: not scored
  m.period = "2003-06-30";  // not in the text: not scored
  FilingScore s = ScoreFiling(x, nullptr, &m);
  REQUIRE(s.values.size() == 1);
  CHECK(s.values[0].field == "registrant_name");
  CHECK(s.values[0].origin == "metadata");
  CHECK(s.values[0].outcome == Outcome::kRight);
  // Stated as the place of incorporation, it is scored: missing here.
  x.document.text += "Incorporated in New York\n";
  x.document.pages[0].end = x.document.text.size();
  x.document.sections[0].end = x.document.text.size();
  FilingScore t = ScoreFiling(x, nullptr, &m);
  REQUIRE(t.values.size() == 2);
  CHECK(t.values[1].field == "state_of_incorporation");
  CHECK(t.values[1].outcome == Outcome::kMissing);
}

TEST_CASE("truth files: labels, split and metadata", "[analyze][accuracy]") {
  char dir[] = "/tmp/secx-truth-XXXXXX";
  REQUIRE(mkdtemp(dir) != nullptr);
  std::string d = dir;
  {
    std::ofstream(d + "/a.tsv")
        << "file\tfield\tvalue\tnote\n"
        << "x.pdf\tregistrant_name\tACME SECURITIES INC\t\n"
        << "x.pdf\tzip_code\t-\tnot on the page\n"
        << "x.pdf\tphone\t(212) 555-0100\tstamp over it\n";
    std::ofstream(d + "/dividends.tsv")
        << "# Dividend records, another kind of label\n"
        << "file\tper_share\tcurrency\n"
        << "x.pdf\t0.90\tUSD\n";
    std::ofstream(d + "/split.tsv") << "source\tcompany\tpart\tfiles\n"
                                    << "x17a5\t123\ttest\tx.pdf y.pdf\n"
                                    << "x17a5\t456\ttune\tz.pdf\n";
    std::ofstream(d + "/meta.csv")
        << "CIK,Company,Type,Filing Date,Period of Report,State of Inc,"
           "filename\n"
        << "1,\"ACME, INC.\",8-K,2010-08-18,2010-08-17,DE,q.htm\n";
  }
  Labels labels;
  REQUIRE(LoadLabels(d, &labels).ok());
  REQUIRE(labels.count("x.pdf") == 1);
  // "-" is no truth, and the dividend labels are not cover labels.
  REQUIRE(labels["x.pdf"].size() == 2);
  CHECK(labels["x.pdf"][0].field == "registrant_name");
  Labels alone;
  CHECK_FALSE(LoadLabels(d + "/dividends.tsv", &alone).ok());
  CHECK(labels["x.pdf"][1].note == "stamp over it");
  Split split;
  REQUIRE(LoadSplit(d + "/split.tsv", &split).ok());
  CHECK(split["y.pdf"].part == "test");
  CHECK(split["z.pdf"].part == "tune");
  Metadata meta;
  REQUIRE(LoadMetadataCsv(d + "/meta.csv", &meta).ok());
  CHECK(meta["q.htm"].company == "ACME, INC.");
  CHECK(meta["q.htm"].period == "2010-08-17");
  CHECK(meta["q.htm"].state == "DE");
  CHECK_FALSE(LoadSplit(d + "/missing.tsv", &split).ok());
  CHECK(SplitCsvLine("a,\"b,\"\"c\"\"\",d") ==
        std::vector<std::string>{"a", "b,\"c\"", "d"});
  CHECK(BareName("/x/y/z.pdf") == "z.pdf");
  for (const char* f :
       {"/a.tsv", "/dividends.tsv", "/split.tsv", "/meta.csv"}) {
    std::remove((d + f).c_str());
  }
  rmdir(dir);
}

}  // namespace
}  // namespace secx
