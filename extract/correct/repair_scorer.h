// The learned decision of the vocabulary repair (vocabulary_repair.h): a
// logistic model of "this repair is right" over what the noisy-channel
// search knows of its best candidate (channel log-probability, how often
// and where the filing prints the candidate and the reading, which
// lexicons hold the candidate, case shape, length, neighbour context, how
// far the runner-up is). The weights and the threshold are learned by
// scripts/correction-eval.py --calibrate on the tune part of eval/split.tsv
// and embedded from data/calibration.tsv (`scorer_*` keys); they replace
// the hand margins per reading class, which gave up about 20 points of
// recall to stay under the false-change target.
//
// The scorer is parsed once and immutable afterwards (thread-safe).
#ifndef SECX_EXTRACT_CORRECT_REPAIR_SCORER_H_
#define SECX_EXTRACT_CORRECT_REPAIR_SCORER_H_

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace secx {

// The inputs, in the order of Repair::features. Names are the keys of the
// weights in data/calibration.tsv (`scorer_w_<name>`).
enum class VocabularyFeature : size_t {
  kLogOdds,           // the channel model's log10 odds over the reading
  kChannel,           // log10 P(reading | candidate)
  kCandidatePrior,    // log10 prior of the candidate (penalties included)
  kReadPrior,         // log10 prior of the reading, before context
  kCandidateCount,    // log10(1 + times the filing prints it, any case)
  kCandidateForm,     // log10(1 + times printed in exactly this form)
  kReadCount,         // log10(1 + times the filing prints the reading)
  kCandidateWords,    // 1 when a word list holds it
  kCandidateSec,      // 1 when the SEC vocabulary holds it
  kCandidateDocOnly,  // 1 when only the filing prints it
  kCandidateLexicon,  // lexicon prior, -6 when none
  kProminent,         // 1 when printed on the cover, in a definition, heading
  kCandidateContext,  // log10(1 + times printed beside the same neighbours)
  kReadContext,       // the same for the reading
  kMixed,             // the reading mixes letters and digits
  kCapitalised,       // the reading starts with a capital (or a digit)
  kUpper,             // the reading's letters are all upper case
  kShort,             // four letters or fewer
  kLetters,           // letters in the reading / 10
  kShapeChange,       // the candidate has another case shape
  kRunnerUpGap,       // log10 score of the best over the next (5 if alone)
  kCandidates,        // log10(1 + candidates scored)
  kEdits,             // confusions between reading and candidate
  kOcrLike,           // the text looks like OCR output
  kSentenceStart,     // the reading follows . ! ? or :
  kReadSeen,          // the reading is a word of a name or heading it prints
  kReadWordlike,      // a list word with a suffix, or hyphenated list words
  kNameContext,       // a neighbour is capitalised (not after a sentence end)
  kReadProper,        // log10(1 + times it stands capitalised amid lower case)
  kReadLetters,       // the reading's letter-trigram score (letter_model.h)
  kLettersGain,       // the candidate's letter-trigram score over the reading's
  kUpperAmidText,     // upper case beside lower-case words, not in a heading
  kCount
};
constexpr size_t kVocabularyFeatures =
    static_cast<size_t>(VocabularyFeature::kCount);

// The names, in enum order.
const std::array<std::string_view, kVocabularyFeatures>&
VocabularyFeatureNames();

struct RepairScorer {
  bool trained = false;  // false: no weights in the table
  double bias = 0.0;
  std::array<double, kVocabularyFeatures> weights{};
  // A repair is applied when its logit is at least this.
  double threshold = 0.0;

  static const RepairScorer& Default();  // the embedded table
  static RepairScorer FromTsv(std::string_view tsv);
  // The logit of P(right); `features` has kVocabularyFeatures values.
  double Logit(const std::vector<double>& features) const;
};

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_REPAIR_SCORER_H_
