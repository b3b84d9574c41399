// Lexicons that tell the corrector which readings are plausible:
//   - the filing's own names, abbreviations and tickers, built per document
//     (initials of "Internet Initiative Japan Inc." give both the bare and
//     the suffixed initials as abbreviation and ticker candidates);
//   - names and tickers already known (KnownEntities, e.g. from the store);
//   - SEC vocabulary (data/sec_vocabulary.txt, embedded);
//   - the Debian English word lists (/usr/share/dict/words from `wamerican`,
//     and `wamerican-large` and `wbritish` when installed), loaded once on
//     first use; missing is not an error, the corrector just has less
//     evidence.
// Priors are log10 values used against the confusion model's log10
// likelihoods; -infinity means "not in any lexicon".
//
// The shared lists are immutable after first use; a DocumentLexicon is owned
// by one CorrectOcr call.
#ifndef SECX_EXTRACT_CORRECT_LEXICON_H_
#define SECX_EXTRACT_CORRECT_LEXICON_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/correct/corrector.h"
#include "extract/correct/tokenizer.h"

namespace secx {

bool IsExchangeName(std::string_view name);
bool IsLetterExchange(std::string_view name);  // symbols are letters only
bool IsCorporateSuffix(std::string_view word);
bool InSecVocabulary(std::string_view word);
// Exact, or lower-cased when `word` is capitalised or upper-case.
bool InEnglishWords(std::string_view word);
bool EnglishWordsLoaded();
// Calls f on every distinct entry of the word lists, in the order first
// read. The callers' results do not depend on the order: the letter model
// adds whole counts (exact in a double) and the trie's answers do not
// depend on the order of its children.
void ForEachEnglishWord(const std::function<void(std::string_view)>& f);

// Log10 prior of a ticker's length on an exchange, from the rough share of
// listed symbols of each length (NASDAQ symbols were four letters, five with
// a class suffix, until 2007 and still mostly are; NYSE symbols have one to
// three letters, four since the 2000s are rare).
double TickerLengthLogPrior(std::string_view exchange, size_t length);

class DocumentLexicon {
 public:
  static constexpr double kDefinedPrior = -1.0;  // defined by the filing
  static constexpr double kKnownPrior = -1.0;    // KnownEntities
  static constexpr double kSeenPrior = -2.0;     // occurs as read elsewhere
  static constexpr double kSecPrior = -1.5;      // SEC vocabulary
  static constexpr double kEnglishPrior = -2.5;  // English word list
  static constexpr double kFormatOnlyPrior =
      -4.0;  // fits the slot, nothing more

  DocumentLexicon(const std::vector<Token>& tokens, const KnownEntities* known);

  // Best prior over all lexicons for a name or word, -infinity when none.
  double LogPrior(std::string_view word) const;
  // Abbreviations and tickers the document or the store supports, with
  // their priors.
  const std::map<std::string, double>& ticker_candidates() const {
    return tickers_;
  }
  // Abbreviations, defined terms and known names, with their priors.
  const std::map<std::string, double>& names() const { return names_; }
  // How often `word` occurs in the document exactly as written (also as a
  // part of a slash compound: "EICC/GeSI" counts "EICC" and "GeSI").
  int Count(std::string_view word) const;
  // How often `word` stands capitalised amid lower-case words ("of
  // Westell nor"), as a proper name does and a heading word does not.
  int ProperCount(std::string_view word) const;
  // The initials of a company name in the filing or the store ("IIJ" for
  // "Internet Initiative Japan Inc.").
  bool IsInitials(std::string_view word) const;
  // Known only because the filing quotes it ("IJ" in `as "IJ",`): no
  // initials, store entry or SEC vocabulary backs it.
  bool OnlyQuoted(std::string_view word) const;

 private:
  void AddName(const std::vector<std::string>& words, bool has_suffix,
               double prior);

  std::map<std::string, double> names_;    // abbreviations, defined terms
  std::map<std::string, double> tickers_;  // ticker candidates
  std::map<std::string, int> counts_;
  std::map<std::string, int> proper_counts_;
  std::map<std::string, bool> initials_;  // value unused: a set
  std::map<std::string, bool> quoted_;    // quoted terms (see OnlyQuoted)
  std::map<std::string, bool> known_;     // from KnownEntities
};

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_LEXICON_H_
