// The OCR error profile: is a plain-text document itself OCR output?
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/correct/corrector.h"
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
  int suspicious = 0;
  std::set<std::string> forms;
  std::vector<const Token*> words;  // lower-case prose words
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (LooksLikeOcrError(tokens, i)) {
      ++suspicious;
      forms.insert(tokens[i].text);
    }
    const Token& t = tokens[i];
    if (t.slot == Slot::kWord && t.stem_end == t.end && t.text.size() >= 3 &&
        AllLower(t.text)) {
      words.push_back(&t);
    }
  }
  if (static_cast<int>(forms.size()) >= kMinSuspicious &&
      suspicious >= kMinSuspiciousRate * static_cast<double>(tokens.size())) {
    return true;
  }
  // The word list is consulted only while the unknown-word rate can still
  // decide: not at all below kMinWordsForRate words (the list is not even
  // loaded then), and no longer once the count of unknown words settles
  // the answer either way. Lookups in the large list are the costly part.
  if (static_cast<int>(words.size()) < kMinWordsForRate ||
      !EnglishWordsLoaded()) {
    return false;
  }
  const double need = kMinUnknownWordRate * static_cast<double>(words.size());
  int unknown = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k]->text;
    if (!InEnglishWords(w) && !InSecVocabulary(w)) ++unknown;
    if (unknown >= need) return true;
    if (unknown + static_cast<double>(words.size() - k - 1) < need) {
      return false;
    }
  }
  return unknown >= need;
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

}  // namespace secx
