// The whole extraction of one input: read -> OCR -> correct -> extract.
//
// Thread-safety: ExtractFile/ExtractBytes may run on many threads at once,
// one input each; all shared rule tables are immutable after first use.
#ifndef SECX_EXTRACT_PIPELINE_H_
#define SECX_EXTRACT_PIPELINE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/correct/corrector.h"
#include "extract/document.h"
#include "extract/ocr/ocr.h"
#include "extract/status.h"

namespace secx {

// Changes whenever a rule change can change output; the store re-extracts
// documents stored under another version. (0.1.0 stayed through six
// sessions of rule changes; 0.7.0 is the seventh's, so stores written
// before it are extracted again.)
inline constexpr char kExtractorVersion[] = "0.7.0";

struct ExtractOptions {
  OcrOptions ocr;
  bool text_is_ocr = false;  // treat text inputs as OCR output
  bool correct = true;       // run the OCR correction stage
  size_t max_input_bytes = size_t{512} << 20;
  const KnownEntities* known = nullptr;
};

// Never throws and never fails as a whole: problems land in
// Extraction::errors (one line each, naming the file and the cause).
Extraction ExtractFile(const std::string& path, const ExtractOptions& options);
Extraction ExtractBytes(std::string_view bytes, const std::string& source,
                        const ExtractOptions& options);

// Reads a whole regular file of at most `max_bytes` into *out; "-" reads
// standard input to its end (`cat FILE | secx extract -`). The error
// names the cause in one line (the caller adds the path); never blocks on a
// FIFO. ExtractFile reads with it; `secx ingest` uses it to hash the bytes
// and skip known inputs before extracting.
Status ReadInputFile(const std::string& path, size_t max_bytes,
                     std::string* out);

}  // namespace secx

#endif  // SECX_EXTRACT_PIPELINE_H_
