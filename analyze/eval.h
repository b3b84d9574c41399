// Accuracy against a labelled corpus: the engine behind `secx eval` and the
// golden regression test.
//
// A labelled sample is a filing plus `<filing>.expected.json` beside it (the
// format is documented in corpus/README.md). Only labelled values are
// scored: a field the label file does not list is neither right nor wrong.
// Values from the EDGAR header (rule "sgml.*") never count as text-derived
// answers. Pure functions over values; thread-safe.
#ifndef SECX_ANALYZE_EVAL_H_
#define SECX_ANALYZE_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/status.h"
#include "extract/text_util.h"  // FoldSpace: layout padding is no OCR error

namespace secx {

struct ExpectedValue {
  std::string name;  // field name, or "dividend.per_share" etc.
  std::string value;
  int entity = 0;  // registrant index, or dividend index
};

struct Sample {
  std::string label_path;   // the .expected.json file
  std::string filing_path;  // the filing it labels
  std::string kind;         // text, html, sgml, scan
  std::string form;
  int year = 0;
  std::vector<ExpectedValue> values;  // fields and header fields
  // Labelled records by kind ("dividends", "tickers", "revenue_shares"),
  // each a map of contract key to normal-form value.
  std::map<std::string, std::vector<std::map<std::string, std::string>>>
      records;
  std::string reference_text;  // for scans: path of the source text, if any
};

// Reads one label file. The filing is the label path without
// ".expected.json".
Result<Sample> LoadSample(const std::string& label_path);

// Every "*.expected.json" below `dir`, sorted.
std::vector<std::string> FindLabelFiles(const std::string& dir);

struct Outcome {
  std::string sample;  // filing path
  std::string kind;
  std::string name;
  int entity = 0;
  std::string expected;
  std::string got;  // empty when nothing was extracted
  int page = 0;
  size_t start = 0;
  bool correct = false;
};

struct Score {
  int labelled = 0;   // values in the labels
  int extracted = 0;  // labelled values for which secx gave an answer
  int correct = 0;
  double Precision() const;  // correct / extracted
  double Recall() const;     // correct / labelled
  double Accuracy() const;   // exact-match: correct / labelled
};

struct EvalReport {
  std::vector<Outcome> outcomes;
  std::map<std::string, Score> by_field;  // field name
  std::map<std::string, Score> by_kind;   // text, html, sgml, scan
  Score total;
};

// Compares one sample's labels with what secx extracted from it.
std::vector<Outcome> CompareSample(const Sample& sample, const Extraction& x);

// Aggregates outcomes into per-field, per-kind and total scores.
EvalReport Summarise(std::vector<Outcome> outcomes);

// What a previous run achieved: CI fails when a change does worse.
// Stored as JSON (corpus/baseline.json): per-field and total exact-match
// accuracy, and the labelled values known to be wrong
// ("sample|field|entity", sample relative to the corpus root).
struct Baseline {
  double total = 0.0;
  std::map<std::string, double> by_field;
  std::vector<std::string> known_failures;
};

Result<Baseline> LoadBaseline(const std::string& path);
Status SaveBaseline(const EvalReport& report, const std::string& root,
                    const std::string& path);

// Regressions against the baseline, one line each: a field or the total
// below its baseline accuracy, or a labelled value that was right and is now
// wrong. Empty when the report is at least as good.
std::vector<std::string> Regressions(const EvalReport& report,
                                     const Baseline& baseline,
                                     const std::string& root);

// "sample|field|entity" with the sample path relative to `root`.
std::string OutcomeKey(const Outcome& o, const std::string& root);

// Byte-level Levenshtein distance, two rows: O(|a|·|b|) time, O(|b|)
// memory. For page-sized texts (callers cap the length).
size_t EditDistance(const std::string& a, const std::string& b);

// Normal form used for comparison: whitespace folded, typographic quotes and
// dashes made ASCII, trailing punctuation dropped.
std::string ComparableValue(const std::string& value);

}  // namespace secx

#endif  // SECX_ANALYZE_EVAL_H_
