// Truth for measuring cover extraction on a development corpus, read from
// the files that come with it:
//
//   split.tsv      source<TAB>company<TAB>part<TAB>files (space-separated
//                  bare file names): which part, tune or test, a filing
//                  belongs to (scripts/make-split.py writes it);
//   labels/*.tsv   file<TAB>field<TAB>value<TAB>note, one labelled value a
//                  line, after a header line; `file` is the bare file name;
//   metadata.csv   EDGAR's index data per filing (CIK, Company, Type, Filing
//                  Date, Period of Report, State of Inc, filename, ...).
//
// Loaders return errors as values (a missing file, a malformed line); the
// maps they fill are plain values, safe to share read-only across threads.
#ifndef SECX_ANALYZE_COVER_TRUTH_H_
#define SECX_ANALYZE_COVER_TRUTH_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/status.h"

namespace secx {

struct SplitEntry {
  std::string source;   // corpus folder, e.g. "x17a5"
  std::string company;  // company key
  std::string part;     // "tune" or "test"
};

// Bare file name -> its split entry.
using Split = std::map<std::string, SplitEntry>;
Status LoadSplit(const std::string& path, Split* out);

struct LabelValue {
  std::string field;
  std::string value;
  std::string note;
};

// Bare file name -> its labelled values. Several rows for one file and
// field are alternatives (any one is right).
using Labels = std::map<std::string, std::vector<LabelValue>>;

// Reads one .tsv file, or every .tsv file of a directory (sorted) whose
// header (the first line that is not a "#" comment) is
// file<TAB>field<TAB>value[<TAB>note]; files of other label kinds in the
// directory are skipped (given alone, they are an error). Rows whose value
// is empty or "-" say the value is not on the page: no truth.
Status LoadLabels(const std::string& path, Labels* out);

struct FilingMetadata {
  std::string company;
  std::string form;
  std::string filed;   // ISO
  std::string period;  // ISO
  std::string state;   // state of incorporation code
};

// Bare file name (column "filename") -> metadata.
using Metadata = std::map<std::string, FilingMetadata>;
Status LoadMetadataCsv(const std::string& path, Metadata* out);

// One CSV record split into fields (RFC 4180 quoting; "" inside quotes is
// a quote). Exposed for tests.
std::vector<std::string> SplitCsvLine(std::string_view line);

// The last path component ("a/b/c.txt" -> "c.txt").
std::string BareName(std::string_view path);

}  // namespace secx

#endif  // SECX_ANALYZE_COVER_TRUTH_H_
