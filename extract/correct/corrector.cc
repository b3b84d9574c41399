// OCR correction: tokenise, build the document's lexicon, let each slot's
// rule propose a repair (token_repairs.h), keep the repairs whose log-odds
// clear the threshold (raised for words Tesseract was sure of), apply them
// and shift every span.
#include "extract/correct/corrector.h"

#include <algorithm>
#include <set>
#include <utility>

#include "extract/correct/confusion_model.h"
#include "extract/correct/edits.h"
#include "extract/correct/lexicon.h"
#include "extract/correct/token_repairs.h"
#include "extract/correct/tokenizer.h"

namespace secx {
namespace {

// Error-profile thresholds for LooksLikeOcrText. Clean filings show OCR-like
// tokens at well under 1 in 1,000 ("H1N1", "S1"); the OCR seeds at several
// in 100.
constexpr double kMinSuspiciousRate = 0.01;
// Distinct suspicious forms: OCR misreads one word several ways ("11J",
// "I1J", "11J°s"); a clean filing repeats its one code ("T1").
constexpr int kMinSuspicious = 3;
// Share of lower-case words missing from the word list above which prose
// reads as OCR output (clean filings: about 1-3%).
constexpr double kMinUnknownWordRate = 0.12;
constexpr int kMinWordsForRate = 200;

bool AllLower(const std::string& s) {
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return !s.empty();
}

bool LooksLikeOcrTokens(const std::vector<Token>& tokens) {
  int suspicious = 0, words = 0, unknown = 0;
  std::set<std::string> forms;
  bool dict = EnglishWordsLoaded();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (LooksLikeOcrError(tokens, i)) {
      ++suspicious;
      forms.insert(tokens[i].text);
    }
    const Token& t = tokens[i];
    if (dict && t.slot == Slot::kWord && t.stem_end == t.end &&
        t.text.size() >= 3 && AllLower(t.text)) {
      ++words;
      if (!InEnglishWords(t.text) && !InSecVocabulary(t.text)) ++unknown;
    }
  }
  if (static_cast<int>(forms.size()) >= kMinSuspicious &&
      suspicious >= kMinSuspiciousRate * static_cast<double>(tokens.size())) {
    return true;
  }
  return words >= kMinWordsForRate &&
         unknown >= kMinUnknownWordRate * static_cast<double>(words);
}

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

// The error profile is judged on a prefix of the text: rates settle well
// within it, and tokenising whole born-digital filings only to learn that
// they are clean would dominate extraction time.
constexpr size_t kDetectBytes = 8 * 1024;

size_t DetectEnd(std::string_view text) {
  if (text.size() <= kDetectBytes) return text.size();
  size_t cut = text.find_last_of(" \t\n\f", kDetectBytes);
  return cut == std::string_view::npos ? kDetectBytes : cut;
}

}  // namespace

// Only plain-text parts can be OCR output pasted in as text: HTML bodies are
// written by software, and header text is machine-made. The first such
// part (other than the EDGAR header) is judged.
bool LooksLikeOcrText(const Document& doc) {
  for (const Section& s : doc.sections) {
    if (s.format != "text" || s.type == "SEC-HEADER" || s.end <= s.start) {
      continue;
    }
    std::string_view part(doc.text.data() + s.start, s.end - s.start);
    size_t end = s.start + DetectEnd(part);
    return LooksLikeOcrTokens(Tokenize(doc.text, s.start, end));
  }
  return false;
}

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
  RepairContext ctx;
  ctx.model = &ConfusionModel::Default();
  ctx.lexicon = &lexicon;
  ctx.tokens = &tokens;
  ctx.ocr_like = ocr_like || doc->ocr_text;

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
      double need = options.min_log_odds;
      float conf = WordConfidence(words, r.start, r.end);
      if (conf > 60.0f) need += 2.0 * (conf - 60.0f) / 40.0f;
      if (r.log_odds >= need) repairs.push_back(std::move(r));
    }
  }
  if (repairs.empty()) return {};

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
    out.push_back(std::move(c));
  }
  ApplyEdits(doc, edits);
  for (Correction& c : out) c.page = doc->PageAt(c.start);
  return out;
}

}  // namespace secx
