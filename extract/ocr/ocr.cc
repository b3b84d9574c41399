// Placeholder until the Tesseract stage lands: reports that OCR is needed.
#include "extract/ocr/ocr.h"

namespace secx {

Status RunOcr(Document* doc, const OcrOptions& options, OcrInfo* info) {
  (void)info;
  if (doc->binaries.empty() || options.mode == OcrMode::kNever) {
    return Status::Ok();
  }
  return Status::Error("OCR stage not built in this version");
}

std::string OcrEngineVersion() { return ""; }

}  // namespace secx
