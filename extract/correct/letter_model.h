// How much a string looks like a word of the language: a letter-trigram
// model of the Debian word lists the corrector reads (lexicon.h). OCR
// confusions make letter sequences words seldom have ("hclp", "wcll",
// "Clinlcal"); a word the lists lack but a filing prints on purpose (a
// name, trade jargon, a foreign word: "Pericom", "vishing", "reais") is
// mostly pronounceable. The repair scorer weighs both the reading's score
// and how much a candidate improves on it.
//
// The model is built once, on first use, from the word lists and is
// immutable afterwards (thread-safe). Without the lists every score is 0.
#ifndef SECX_EXTRACT_CORRECT_LETTER_MODEL_H_
#define SECX_EXTRACT_CORRECT_LETTER_MODEL_H_

#include <string_view>

namespace secx {

// Mean log10 probability per letter (end of word included) of `word`'s
// letters, folded to lower case; a digit or other mark counts as one
// symbol no list word has. 0 for a string without letters.
double LetterLogProb(std::string_view word);

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_LETTER_MODEL_H_
