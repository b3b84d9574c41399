// The document's own vocabulary for the noisy-channel corrector: every
// token form the filing prints, counted case-folded, with the case forms it
// takes and a weight for where it stands (the cover page, a quoted
// definition, an upper-case heading line weigh more than running text).
//
// Also the older calibration by margins (data/calibration.tsv keys
// vocabulary_margin, margin_*, confidence_*): used only when the table
// holds no learned scorer (repair_scorer.h), and for the confidence of a
// repair decided by a margin given on the command line.
//
// A DocumentVocabulary is built and owned by one CorrectOcr call; the
// calibration is parsed once and immutable afterwards (thread-safe).
#ifndef SECX_EXTRACT_CORRECT_VOCABULARY_H_
#define SECX_EXTRACT_CORRECT_VOCABULARY_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/correct/tokenizer.h"
#include "extract/correct/word_trie.h"

namespace secx {

class DocumentLexicon;

// Which margin a vocabulary repair must clear: by what the reading is.
enum class ReadingClass {
  kMixed,      // letters with digits ("So1utions")
  kName,       // letters, capitalised or upper case ("Clinlcal")
  kWord,       // lower-case letters ("innovativc")
  kNameShort,  // as kName, four letters or fewer ("Rulo")
  kWordShort,  // as kWord, four letters or fewer ("thc")
};

// Calls `setting` with each "key<TAB>number" line of `tsv` (the format of
// data/calibration.tsv; blank lines and '#' comments skipped).
void ForEachSetting(std::string_view tsv,
                    const std::function<void(std::string_view key, double value)>&
                        setting);

struct Calibration {
  double vocabulary_margin = 3.0;  // log10 odds a repair must clear
  double margin_mixed = -1.0;      // per class; < 0: vocabulary_margin
  double margin_name = -1.0;
  double margin_word = -1.0;
  double margin_name_short = -1.0;
  double margin_word_short = -1.0;
  double confidence_slope = 1.0;  // P(right) = 1 / (1 + exp(-(a lo + b)))
  double confidence_intercept = 0.0;

  static const Calibration& Default();  // the embedded table
  static Calibration FromTsv(std::string_view tsv);
  double Confidence(double log_odds) const;
  double Margin(ReadingClass c) const;
};

// Lower-cases ASCII letters (the corrector's folding key).
std::string FoldCase(std::string_view s);

class DocumentVocabulary {
 public:
  // `text` is the text the tokens index; the cover is its first
  // kCoverBytes bytes.
  static constexpr size_t kCoverBytes = 4096;

  // `lexicon` (may be null) adds the names it builds (initials, known
  // names) to the index of candidates.
  DocumentVocabulary(std::string_view text, const std::vector<Token>& tokens,
                     const DocumentLexicon* lexicon = nullptr);

  // Occurrences of `folded` (any case) in the document.
  int Count(std::string_view folded) const;
  // Occurrences of exactly `form`.
  int FormCount(std::string_view form) const;
  // Some occurrence stands on the cover, in a quoted definition or in an
  // upper-case heading line.
  bool Prominent(std::string_view folded) const;
  // Occurrences of the folded pair `first` `second` as neighbouring tokens
  // (the context a candidate or a reading stands in).
  int PairCount(std::string_view first, std::string_view second) const;
  // Every form the filing prints, and the lexicon's names, as a trie.
  const WordTrie& trie() const { return trie_; }

 private:
  struct Entry {
    int count = 0;
    bool prominent = false;
  };
  std::unordered_map<std::string, Entry> folded_;
  std::unordered_map<std::string, int> forms_;
  std::unordered_map<std::string, int> pairs_;  // "first\x1fsecond"
  WordTrie trie_;
};

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_VOCABULARY_H_
