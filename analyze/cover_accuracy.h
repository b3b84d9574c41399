// Cover accuracy against truth that comes with the filings: each text-
// derived cover value (any rule but the metadata ones, "sgml.*" and
// "ixbrl.*") is scored right, wrong (another value) or missing against
//
//   sgml      the submission's own SGML header (extract/cover/agreement.h),
//             where the header's value is written in the cover text;
//   ixbrl     the inline XBRL dei: facts, where the fact is visible (not
//             in ix:hidden) and its value is in the cover text;
//   label     values a person read off the page (always scored);
//   metadata  EDGAR index data (company, state, period of report) for
//             filings without a header, where the value is in the cover.
//
// When several origins give the same field, the first in the order label,
// sgml, ixbrl, metadata is scored. Values compare in per-field comparable
// forms (ComparableValue in agreement.h). Pure functions; a report is one
// thread's value.
#ifndef SECX_ANALYZE_COVER_ACCURACY_H_
#define SECX_ANALYZE_COVER_ACCURACY_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/cover_truth.h"
#include "extract/document.h"

namespace secx {

enum class Outcome { kRight, kWrong, kMissing };
const char* OutcomeName(Outcome o);  // "right", "wrong", "missing"

// Right when `text` matches one of `truths`, missing when `text` is empty,
// wrong otherwise.
Outcome Judge(std::string_view field, const std::vector<std::string>& truths,
              std::string_view text);

struct ScoredValue {
  std::string origin;  // "sgml", "ixbrl", "label", "metadata"
  std::string field;
  std::string truth;  // alternatives joined with " | "
  std::string text;   // text-derived value, "" when none
  Outcome outcome = Outcome::kMissing;
};

struct FilingScore {
  std::string path;
  std::string source;  // SourceClass()
  std::string form;
  std::string decade;  // "1990s", "unknown"
  std::vector<ScoredValue> values;
};

// What the filing was read from: "scan" (OCR'd pages), "pdf-text" (a PDF
// read from its text layer), "ixbrl" (HTML tagging dei: facts), "html",
// "sgml" (an EDGAR submission), "text".
std::string SourceClass(const Extraction& x);

// Scores one extraction. `labels` and `metadata` may be null.
FilingScore ScoreFiling(const Extraction& x,
                        const std::vector<LabelValue>* labels,
                        const FilingMetadata* metadata);

struct Tally {
  int scored = 0, right = 0, wrong = 0, missing = 0;
  void Add(Outcome o);
  double rate() const { return scored == 0 ? 0 : 1.0 * right / scored; }
  double precision() const {
    return right + wrong == 0 ? 0 : 1.0 * right / (right + wrong);
  }
};

// Tallies by dimension ("source", "source/form", "form", "decade",
// "field", "source/field", "all") and key.
class AccuracyReport {
 public:
  void Add(const FilingScore& f);
  const std::map<std::string, std::map<std::string, Tally>>& groups() const {
    return groups_;
  }
  const std::vector<FilingScore>& filings() const { return filings_; }

  std::string Json() const;  // the tallies and every scored value
  // Markdown tables per source/form, decade and field (`all_dims` adds
  // per source, form and source/field).
  std::string Markdown(bool all_dims) const;
  // Plain-text tables and the wrong and missing values, for a terminal.
  std::string Text() const;

 private:
  std::map<std::string, std::map<std::string, Tally>> groups_;
  std::vector<FilingScore> filings_;
};

}  // namespace secx

#endif  // SECX_ANALYZE_COVER_ACCURACY_H_
