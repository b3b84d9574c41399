// The general noisy-channel repair of the OCR corrector ("vocabulary"
// rule). For a name or word that no lexicon knows as read ("Clinlcal",
// "So1utions", "6ROUP", "innovativc"), the candidates are the strings the
// confusion model says the reading may have come from; a candidate counts
// when the filing itself prints it (weighted by how often, and more when on
// the cover, in a quoted definition or a heading), or when the store's
// names and tickers, the SEC vocabulary or the word list hold it. It is
// scored log P(reading | candidate) + log prior(candidate) against the
// prior of the reading being right, and the repair is applied by the
// corrector when it clears the margin learned on data (vocabulary.h).
//
// Case and shape are kept: the candidate must have the reading's own case
// pattern (all upper, capitalised, all lower) or be printed so in the
// filing; a word right as read is never a candidate for re-casing, and a
// mixed-case result ("SolutiOns") is taken only when the filing prints it.
//
// Pure function over read-only inputs; thread-safe.
#ifndef SECX_EXTRACT_CORRECT_VOCABULARY_REPAIR_H_
#define SECX_EXTRACT_CORRECT_VOCABULARY_REPAIR_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/correct/token_repairs.h"
#include "extract/correct/word_trie.h"

namespace secx {

std::optional<Repair> RepairVocabulary(const RepairContext& ctx, size_t index);

// Log10 prior of `candidate` as a word or name of this filing, or
// -infinity when no lexicon, nor the filing in this case shape, holds it.
double VocabularyPrior(const RepairContext& ctx, const std::string& candidate);

// The tries of every word a lexicon repair may propose: the word list and
// SEC vocabulary, and the filing's own forms and names.
std::vector<const WordTrie*> Tries(const RepairContext& ctx);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_VOCABULARY_REPAIR_H_
