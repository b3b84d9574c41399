#include "extract/provenance.h"

#include <algorithm>
#include <string>

namespace secx {
namespace {

bool IsOcrPage(const Document& doc, int page) {
  for (const Page& p : doc.pages) {
    if (p.number == page) return p.ocr;
  }
  return false;
}

}  // namespace

std::optional<OcrEvidence> OcrWordsUnder(const Document& doc, int page,
                                         size_t start, size_t end) {
  if (end <= start || doc.words.empty() || !IsOcrPage(doc, page)) {
    return std::nullopt;
  }
  // Words are in text order: skip to the first that may overlap.
  auto it =
      std::lower_bound(doc.words.begin(), doc.words.end(), start,
                       [](const Word& w, size_t pos) { return w.end <= pos; });
  OcrEvidence ev;
  double sum = 0;
  for (; it != doc.words.end() && it->start < end; ++it) {
    if (it->end <= start || it->page != page) continue;
    if (ev.words == 0) {
      ev.box = it->box;
      ev.min_confidence = it->confidence;
    } else {
      ev.box.left = std::min(ev.box.left, it->box.left);
      ev.box.top = std::min(ev.box.top, it->box.top);
      ev.box.right = std::max(ev.box.right, it->box.right);
      ev.box.bottom = std::max(ev.box.bottom, it->box.bottom);
      ev.min_confidence = std::min(ev.min_confidence, it->confidence);
    }
    sum += it->confidence;
    ++ev.words;
  }
  if (ev.words == 0) return std::nullopt;
  ev.mean_confidence = static_cast<float>(sum / ev.words);
  return ev;
}

void AddOcrProvenance(const Document& doc, Span* span) {
  std::optional<OcrEvidence> ev =
      OcrWordsUnder(doc, span->page, span->start, span->end);
  if (!ev) return;
  span->bbox = ev->box;
  double words = std::clamp(ev->mean_confidence / 100.0, 0.0, 1.0);
  span->confidence *= words;
}

Span MakeSpan(const Document& doc, size_t start, size_t end, double confidence,
              std::string_view rule) {
  Span s;
  s.start = start;
  s.end = end;
  s.page = doc.PageAt(start);
  s.confidence = confidence;
  s.rule = std::string(rule);
  AddOcrProvenance(doc, &s);
  return s;
}

}  // namespace secx
