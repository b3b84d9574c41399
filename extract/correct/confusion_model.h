// Character confusion model: log10 P(OCR read `ocr` | the page said
// `correct`) for segments of up to two characters ("1" for "I", "rn" for
// "m", "cl" for "d"), learned from real OCR errors (data/confusions.tsv,
// derived by data/derive_confusions.py) and embedded into the binary.
//
// Default() is built once on first use and is immutable afterwards: safe to
// share between threads.
#ifndef SECX_EXTRACT_CORRECT_CONFUSION_MODEL_H_
#define SECX_EXTRACT_CORRECT_CONFUSION_MODEL_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace secx {

class WordTrie;

class ConfusionModel {
 public:
  // Log10 costs for pairs the data never showed. Seen pairs go down to
  // about -2.5 (and lower for digits), so an unseen pair is taken to be
  // rarer than any seen one.
  static constexpr double kUnseenSubstitution = -4.5;
  static constexpr double kUnseenInsertDelete = -4.5;
  // The data's correct side is prose and holds few digits; a pair seen only
  // the other way round ("O" read for "0" when the data has "0" read for
  // "O") is used at this extra cost.
  static constexpr double kReversedPenalty = -1.0;

  // The embedded table.
  static const ConfusionModel& Default();
  // Parses `ocr<TAB>correct<TAB>events<TAB>log10p` lines ('#' comments).
  static ConfusionModel FromTsv(std::string_view tsv);

  // log10 P(ocr segment | correct segment), each at most two characters;
  // 0 for identical segments.
  double SegmentLogP(std::u32string_view ocr,
                     std::u32string_view correct) const;

  // log10 P(ocr | correct) of the best alignment of the two strings.
  double LogP(std::u32string_view ocr, std::u32string_view correct) const;

  struct Candidate {
    std::u32string text;
    double log_p = 0.0;  // log10 P(ocr | text)
    int edits = 0;
  };
  // Strings the OCR reading `ocr` may have come from, with at most
  // `max_edits` segment substitutions of log10 probability >= `min_edit`
  // each and total >= `min_total`. The reading itself is not included.
  // Readings over kMaxExpandLength code points get none: no word, number
  // or identifier is that long, and the search's memory grows with the
  // length (at most 50,000 states of it).
  static constexpr size_t kMaxExpandLength = 48;
  std::vector<Candidate> Expand(std::u32string_view ocr, int max_edits,
                                double min_edit, double min_total) const;

  // The strings of `tries` (at most kMaxTries) the ASCII reading `ocr` may
  // have come from, under the same limits as Expand, with the case the
  // confusions give (the tries are case-folded: the caller checks case).
  // Walks the tries, so only strings some trie holds are built: the fast
  // path of the corrector's lexicon repairs. Empty for non-ASCII readings.
  static constexpr size_t kMaxTries = 3;
  struct WordCandidate {
    std::string text;
    double log_p = 0.0;  // log10 P(ocr | text)
    int edits = 0;
  };
  // A walk stops after kMaxWalkSteps (confusion_model.cc); `*cut`, when
  // given, counts the walks stopped so.
  std::vector<WordCandidate> ExpandIn(std::string_view ocr,
                                      const std::vector<const WordTrie*>& tries,
                                      int max_edits, double min_edit,
                                      double min_total,
                                      size_t* cut = nullptr) const;

 private:
  struct Walk;
  void Step(Walk& w, size_t pos, const std::array<int32_t, kMaxTries>& nodes,
            double lp, int edits) const;
  double Lookup(const std::u32string& ocr, const std::u32string& correct) const;

  std::map<std::pair<std::u32string, std::u32string>, double> table_;
  // ocr segment -> (correct segment, log10 p), most likely first.
  std::unordered_map<std::u32string,
                     std::vector<std::pair<std::u32string, double>>>
      by_ocr_;
  // The same for ASCII segments, indexed by byte (one-byte readings) and by
  // the two bytes (two-byte readings): the search's inner loop.
  using Alternatives = std::vector<std::pair<std::string, double>>;
  std::array<Alternatives, 128> ascii1_;
  std::unordered_map<uint16_t, Alternatives> ascii2_;
};

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_CONFUSION_MODEL_H_
