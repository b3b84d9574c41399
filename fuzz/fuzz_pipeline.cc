// Fuzz target: the whole text pipeline, ExtractBytes with OCR off (reading,
// correction, cover rules, tickers, dividends, revenue shares, facts).
// Every span must lie inside the document text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/pipeline.h"

namespace {

void CheckSpan(const secx::Span& s, size_t size) {
  if (s.start > s.end || s.end > size) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  secx::ExtractOptions options;
  options.ocr.mode = secx::OcrMode::kNever;
  secx::Extraction x = secx::ExtractBytes(bytes, "fuzz.txt", options);
  const size_t n = x.document.text.size();
  for (const secx::Field& f : x.fields) CheckSpan(f.span, n);
  for (const secx::Ticker& t : x.tickers) CheckSpan(t.span, n);
  for (const secx::Dividend& d : x.dividends) CheckSpan(d.span, n);
  for (const secx::RevenueShare& r : x.revenue_shares) CheckSpan(r.span, n);
  for (const secx::Fact& f : x.facts) CheckSpan(f.span, n);
  return 0;
}
