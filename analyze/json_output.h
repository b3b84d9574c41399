// JSON form of an Extraction: the public contract in FIELDS.md.
// Pure functions; thread-safe.
#ifndef SECX_ANALYZE_JSON_OUTPUT_H_
#define SECX_ANALYZE_JSON_OUTPUT_H_

#include <string>
#include <vector>

#include "extract/document.h"

namespace secx {

// One line of JSON (no trailing newline).
std::string ExtractionToJson(const Extraction& x);

// The checks as a JSON array, each check as in ExtractionToJson.
std::string ChecksToJson(const std::vector<Check>& checks);

}  // namespace secx

#endif  // SECX_ANALYZE_JSON_OUTPUT_H_
