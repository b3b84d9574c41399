#include "extract/ocr/page_policy.h"

#include <cctype>
#include <cstdlib>

namespace secx {
namespace {

bool ParsePage(const std::string& s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  *out = std::atoi(s.c_str());
  return *out >= 1;
}

// Upper case, runs of blanks (OCR splits and joins words) dropped.
std::string Squeezed(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

Result<OcrPagePolicy> ParseOcrPages(const std::string& text) {
  OcrPagePolicy p;
  if (text == "all") return p;
  if (text == "cover") {
    p.kind = OcrPagePolicy::Kind::kCover;
    return p;
  }
  p.kind = OcrPagePolicy::Kind::kRange;
  const size_t dash = text.find('-');
  const std::string first = text.substr(0, dash);
  const std::string last =
      dash == std::string::npos ? first : text.substr(dash + 1);
  const bool ok =
      ParsePage(first, &p.first) &&
      (last.empty() ? dash != std::string::npos : ParsePage(last, &p.last));
  if (!ok || (p.last != 0 && p.last < p.first)) {
    return Status::Error("--ocr-pages '" + text +
                         "': expected all, cover, N, N-M or N- (pages from 1)");
  }
  return p;
}

bool LooksLikeCover(std::string_view text) {
  const std::string s = Squeezed(text);
  auto has = [&](const char* marker) {
    return s.find(marker) != std::string::npos;
  };
  if (has("ANNUALAUDITEDREPORT") || has("FACINGPAGE")) return true;
  if (has("COMMISSIONFILENUMBER") || has("EXACTNAMEOFREGISTRANT")) return true;
  return has("SECURITIESANDEXCHANGECOMMISSION") && has("FORM");
}

}  // namespace secx
