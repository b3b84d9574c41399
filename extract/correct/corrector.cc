// OCR correction: tokenise, build the document's lexicon, let each slot's
// rule propose a repair (token_repairs.h), keep the repairs whose log-odds
// clear the threshold (raised for words Tesseract was sure of), apply them
// and shift every span.
#include "extract/provenance.h"
#include "extract/correct/corrector.h"

#include <algorithm>
#include <string>
#include <utility>

#include "extract/correct/confusion_model.h"
#include "extract/correct/edits.h"
#include "extract/correct/lexicon.h"
#include "extract/correct/repair_support.h"
#include "extract/correct/text_repairs.h"
#include "extract/correct/token_repairs.h"
#include "extract/correct/tokenizer.h"
#include "extract/correct/vocabulary.h"

namespace secx {
namespace {

// Highest Tesseract confidence (0..100) of an OCR word overlapping
// [start, end), or -1 when no word does. `words` is sorted by start.
float WordConfidence(const std::vector<const Word*>& words, size_t start,
                     size_t end) {
  auto it =
      std::lower_bound(words.begin(), words.end(), start,
                       [](const Word* w, size_t pos) { return w->end <= pos; });
  float best = -1.0f;
  for (; it != words.end() && (*it)->start < end; ++it) {
    if ((*it)->end > start) best = std::max(best, (*it)->confidence);
  }
  return best;
}

// Evidence a repair must clear: the rule's threshold, raised for words
// Tesseract was sure of (confidence above 60, up to 2 more at 100). Not
// for a change between glyphs a font draws nearly alike (l I 1 |, O 0):
// Tesseract's confidence says nothing about which of them it saw
// ("lidabashi" read at 90 for "Iidabashi").
double Need(double base, float word_confidence, const Repair& r) {
  if (word_confidence <= 60.0f ||
      repair::LookAlikeChangeOnly(r.from, r.to, /*stroke_gap=*/false)) {
    return base;
  }
  return base + 2.0 * (word_confidence - 60.0f) / 40.0f;
}

}  // namespace

std::vector<Correction> CorrectOcr(Document* doc,
                                   const CorrectOptions& options) {
  if (doc == nullptr || doc->text.empty()) return {};
  bool ocr_like = LooksLikeOcrText(*doc);

  // Which bytes are OCR output.
  std::vector<std::pair<size_t, size_t>> regions;
  if (options.force || ocr_like) {
    regions.push_back({0, doc->text.size()});
  } else {
    for (const Page& p : doc->pages) {
      if (p.ocr) regions.push_back({p.start, p.end});
    }
    if (regions.empty() && doc->ocr_text) {
      regions.push_back({0, doc->text.size()});
    }
  }
  if (regions.empty()) return {};

  std::vector<Token> tokens = Tokenize(doc->text, 0, doc->text.size());
  DocumentLexicon lexicon(tokens, options.known);
  DocumentVocabulary vocabulary(doc->text, tokens, &lexicon);
  RepairContext ctx;
  ctx.text = &doc->text;
  ctx.model = &ConfusionModel::Default();
  ctx.lexicon = &lexicon;
  ctx.tokens = &tokens;
  ctx.vocabulary = &vocabulary;
  ctx.vocabulary_margin = options.vocabulary_margin;
  ctx.ocr_like = ocr_like || doc->ocr_text;
  size_t cut_walks = 0;
  ctx.cut_walks = &cut_walks;

  std::vector<const Word*> words;
  for (const Word& w : doc->words) words.push_back(&w);
  std::sort(words.begin(), words.end(),
            [](const Word* a, const Word* b) { return a->start < b->start; });

  std::vector<Repair> repairs;
  size_t region = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    while (region < regions.size() && regions[region].second <= t.start) {
      ++region;
    }
    if (region == regions.size()) break;
    if (t.start < regions[region].first || t.end > regions[region].second) {
      continue;
    }
    for (Repair& r : ProposeRepairs(ctx, i)) {
      double base = r.margin ? *r.margin : options.min_log_odds;
      double need = Need(base, WordConfidence(words, r.start, r.end), r);
      if (r.log_odds >= need) repairs.push_back(std::move(r));
    }
  }
  for (const auto& [begin, end] : regions) {
    for (Repair& r : ProposeTextRepairs(doc->text, begin, end)) {
      double need =
          Need(options.min_log_odds, WordConfidence(words, r.start, r.end), r);
      if (r.log_odds >= need) repairs.push_back(std::move(r));
    }
  }
  if (repairs.empty()) return {};
  // Token and text repairs in text order; where two overlap, the first
  // found (the token repair) stays.
  std::stable_sort(
      repairs.begin(), repairs.end(),
      [](const Repair& a, const Repair& b) { return a.start < b.start; });
  std::vector<Repair> kept;
  for (Repair& r : repairs) {
    if (!kept.empty() && r.start < kept.back().end) continue;
    kept.push_back(std::move(r));
  }
  repairs = std::move(kept);

  std::vector<TextEdit> edits;
  for (const Repair& r : repairs) edits.push_back({r.start, r.end, r.to});
  std::vector<Correction> out;
  for (const Repair& r : repairs) {
    Correction c;
    c.start = ShiftOffset(edits, r.start, false);
    c.end = c.start + r.to.size();
    c.from = r.from;
    c.to = r.to;
    c.rule = r.rule;
    c.confidence = r.confidence;
    c.log_odds = r.log_odds;
    c.features = std::move(r.features);
    out.push_back(std::move(c));
  }
  ApplyEdits(doc, edits);
  for (Correction& c : out) {
    c.page = doc->PageAt(c.start);
    std::optional<OcrEvidence> words =
        OcrWordsUnder(*doc, c.page, c.start, c.end);
    if (words) c.bbox = words->box;
  }
  if (cut_walks > 0) {
    doc->warnings.push_back(
        "correction: " + std::to_string(cut_walks) +
        " candidate searches stopped at their step bound (tokens too long "
        "or too ambiguous to search fully); those tokens may keep an error");
  }
  return out;
}

}  // namespace secx
