// Golden regression test over corpus/: every labelled sample is extracted
// and compared with its person-checked labels. A value that was right in
// corpus/baseline.json and is wrong now fails the test, as does any field
// whose accuracy drops. SECX_UPDATE_BASELINE=1 rewrites the baseline; review
// its diff before committing.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "analyze/eval.h"
#include "extract/pipeline.h"

namespace secx {
namespace {

const std::string kCorpus = std::string(SECX_SOURCE_DIR) + "/corpus";
const std::string kBaseline = kCorpus + "/baseline.json";

EvalReport EvaluateCorpus() {
  std::vector<Outcome> outcomes;
  ExtractOptions options;
  for (const std::string& label : FindLabelFiles(kCorpus)) {
    Result<Sample> sample = LoadSample(label);
    REQUIRE(sample.ok());
    Extraction x = ExtractFile(sample->filing_path, options);
    INFO(sample->filing_path);
    CHECK(x.errors.empty());
    std::vector<Outcome> o = CompareSample(sample.value(), x);
    outcomes.insert(outcomes.end(), o.begin(), o.end());
  }
  return Summarise(std::move(outcomes));
}

TEST_CASE("corpus accuracy does not regress from the baseline", "[golden]") {
  EvalReport report = EvaluateCorpus();
  REQUIRE(report.total.labelled > 0);
  const char* update = std::getenv("SECX_UPDATE_BASELINE");
  if (update != nullptr && std::string(update) == "1") {
    REQUIRE(SaveBaseline(report, kCorpus, kBaseline).ok());
    WARN("baseline rewritten: " << kBaseline);
    return;
  }
  Result<Baseline> baseline = LoadBaseline(kBaseline);
  REQUIRE(baseline.ok());
  for (const std::string& r : Regressions(report, baseline.value(), kCorpus)) {
    FAIL_CHECK(r);
  }
}

TEST_CASE("both seeds yield every labelled value", "[golden][seed]") {
  ExtractOptions options;
  for (const std::string& label : FindLabelFiles(kCorpus + "/seeds")) {
    Result<Sample> sample = LoadSample(label);
    REQUIRE(sample.ok());
    Extraction x = ExtractFile(sample->filing_path, options);
    for (const Outcome& o : CompareSample(sample.value(), x)) {
      INFO(o.sample << " " << o.name << "[" << o.entity << "] expected \""
                    << o.expected << "\" got \"" << o.got << "\"");
      CHECK(o.correct);
    }
  }
}

}  // namespace
}  // namespace secx
