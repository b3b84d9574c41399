// The per-token repair rules of the OCR corrector, one per slot type. Each
// proposes at most one repair and says how much more likely it is than the
// token as read (log10 odds); the corrector applies it when that clears the
// threshold. Rules:
//   lexicon     letters/digits mix in a name or word -> lexicon entry ("11J" ->
//   "IIJ") ticker      non-letters in a letter-only ticker slot -> supported
//   symbol ordinal     impossible ordinal suffix -> the number's suffix ("26w"
//   -> "26th") date        letters in a day -> an existing day ("3l" -> "31")
//   number      letters among digits in a number or identifier
//   word        unknown lower-case word -> dictionary word
//   apostrophe  odd glyph in a possessive ("11J°s" -> "11J’s")
//
// Pure functions over read-only inputs; thread-safe.
#ifndef SECX_EXTRACT_CORRECT_TOKEN_REPAIRS_H_
#define SECX_EXTRACT_CORRECT_TOKEN_REPAIRS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/correct/confusion_model.h"
#include "extract/correct/lexicon.h"
#include "extract/correct/tokenizer.h"

namespace secx {

class DocumentVocabulary;

struct RepairContext {
  const std::string* text = nullptr;  // the text the tokens index
  const ConfusionModel* model = nullptr;
  const DocumentLexicon* lexicon = nullptr;
  const std::vector<Token>* tokens = nullptr;
  const DocumentVocabulary* vocabulary = nullptr;  // the filing's own words
  // Log10 odds a vocabulary repair must clear instead of the learned
  // decision (repair_scorer.h); unset: the learned decision. Set by the
  // measurement to see every proposal.
  std::optional<double> vocabulary_margin;
  // The text looks like OCR output, so an unknown word is more likely an
  // error than a rare name.
  bool ocr_like = false;
  // Counts the candidate searches stopped at their step bound (a token too
  // long or too ambiguous to search fully); the corrector warns of them.
  size_t* cut_walks = nullptr;
};

struct Repair {
  size_t start = 0;  // byte range in the text as read
  size_t end = 0;
  std::string from;
  std::string to;
  std::string rule;
  double log_odds = 0.0;    // log10 P(repair) / P(as read)
  double confidence = 0.0;  // posterior of the repair among the hypotheses
  // The rule's own threshold on log_odds; unset: the corrector's.
  std::optional<double> margin;
  // The vocabulary rule's scorer inputs (repair_scorer.h), for the
  // measurement that learns its weights; empty for other rules.
  std::vector<double> features;
};

// Repairs proposed for tokens[index]: none, one for the stem, and/or one
// for a possessive suffix.
std::vector<Repair> ProposeRepairs(const RepairContext& ctx, size_t index);

// True when tokens[index] shows an OCR error pattern (used to detect OCR
// text); cheap, no candidate search.
bool LooksLikeOcrError(const std::vector<Token>& tokens, size_t index);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_TOKEN_REPAIRS_H_
