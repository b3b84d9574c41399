// A person's verdict on one stored value: the `reviews` table, written by
// `secx serve` (the only writer), read by the reviewed views
// (reviewed_fields, reviewed_dividends, ...) that `secx trend` uses.
//
// A review names its record by document, table, span and the value it
// saw (`value_before`), not by rowid: rowids change when a document is
// re-extracted or stores are merged, while a value at the same place in the
// same bytes is the same value. A re-extraction that reads another value
// there leaves the review behind, unapplied. The latest review of a value
// wins.
//
// Plain data; thread-safe.
#ifndef SECX_ANALYZE_REVIEWS_H_
#define SECX_ANALYZE_REVIEWS_H_

#include <string>

#include "extract/records.h"

namespace secx {

struct Review {
  std::string record_table;  // fields, dividends, tickers, ...
  int64_t record_start = 0;  // the record's span
  int64_t record_end = 0;
  std::string action;        // accept, correct, reject
  std::string value_before;  // the record's value when reviewed
  std::string value_after;   // correct: the right value; else empty
  std::string reviewer;      // free text
  std::string reviewed_at;   // UTC, ISO 8601
  std::string note;
};

const RecordType<Review>& ReviewRecords();

// True for "accept", "correct" and "reject".
bool IsReviewAction(const std::string& action);

}  // namespace secx

#endif  // SECX_ANALYZE_REVIEWS_H_
