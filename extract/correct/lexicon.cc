#include "extract/correct/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <unordered_set>

#include "extract/correct/embedded_data.h"
#include "extract/correct/word_set.h"

namespace secx {
namespace {

constexpr double kNone = -std::numeric_limits<double>::infinity();

struct SecLists {
  std::set<std::string> letter_exchanges;
  std::set<std::string> exchanges;  // all
  std::set<std::string> suffixes;
  std::unordered_set<std::string> words;  // every entry of every section
};

const SecLists& Sec() {
  static const SecLists* lists = [] {
    auto* l = new SecLists;
    std::string_view data = kSecVocabulary;
    std::string section;
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      std::string line(data.substr(pos, nl - pos));
      pos = nl + 1;
      while (!line.empty() &&
             std::isspace(static_cast<unsigned char>(line.back()))) {
        line.pop_back();
      }
      if (line.empty() || line[0] == '#') continue;
      if (line[0] == '[') {
        section = line.substr(1, line.find(']') - 1);
        continue;
      }
      l->words.insert(line);
      if (section == "letter_exchanges") {
        l->letter_exchanges.insert(line);
        l->exchanges.insert(line);
      } else if (section == "exchanges") {
        l->exchanges.insert(line);
      } else if (section == "corporate_suffixes") {
        l->suffixes.insert(line);
      }
    }
    return l;
  }();
  return *lists;
}

// The Debian word lists the corrector reads, when installed: the default
// list (`wamerican`), the larger American list (`wamerican-large`: finance
// words such as "tranches", "noncurrent") and the British one (`wbritish`:
// "Organisation" is no misread of "Organization"). From the extra lists
// only words of kMinExtraLength letters or more: their short entries are
// mostly abbreviations ("ll", "cl", "LL") that would make misread
// abbreviations look known.
struct WordList {
  const char* path;
  size_t min_length;
};
constexpr size_t kMinExtraLength = 5;
const WordList kWordLists[] = {
    {"/usr/share/dict/words", 0},
    {"/usr/share/dict/american-english-large", kMinExtraLength},
    {"/usr/share/dict/british-english", kMinExtraLength},
};

const WordSet& English() {
  static const WordSet* words = [] {
    auto* w = new WordSet;
    for (const WordList& list : kWordLists)
      w->AddFile(list.path, list.min_length);
    return w;
  }();
  return *words;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsCapitalised(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

bool AllUpperLetters(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Small words that may sit inside a company name but give no initial.
bool IsNameConnector(std::string_view w) {
  return w == "of" || w == "and" || w == "&" || w == "the" || w == "for" ||
         w == "de";
}

// Lookup key reused per thread: this runs for every token of every filing,
// and C++17 sets cannot be searched by string_view without a copy.
const std::string& Key(std::string_view word) {
  static thread_local std::string key;
  key.assign(word.data(), word.size());
  return key;
}

}  // namespace

bool IsExchangeName(std::string_view name) {
  return Sec().exchanges.count(std::string(name)) > 0;
}

bool IsLetterExchange(std::string_view name) {
  return Sec().letter_exchanges.count(std::string(name)) > 0;
}

bool IsCorporateSuffix(std::string_view word) {
  return Sec().suffixes.count(std::string(word)) > 0 ||
         Sec().suffixes.count(std::string(word) + ".") > 0;
}

bool InSecVocabulary(std::string_view word) {
  if (Sec().words.count(Key(word)) > 0) return true;
  // "Forma", "RATA": a lower-case entry capitalised or in upper case (not
  // "FOrma").
  if (!IsCapitalised(word) || word.size() < 4) return false;
  bool rest_lower = true, rest_upper = true;
  for (char c : word.substr(1)) {
    rest_lower = rest_lower && !std::isupper(static_cast<unsigned char>(c));
    rest_upper = rest_upper && !std::islower(static_cast<unsigned char>(c));
  }
  return (rest_lower || rest_upper) && Sec().words.count(Lower(word)) > 0;
}

bool InEnglishWords(std::string_view word) {
  const WordSet& w = English();
  if (w.Contains(word)) return true;
  if (!IsCapitalised(word)) return false;
  // Lower-cased into a buffer reused per thread: no allocation per token.
  static thread_local std::string lower;
  lower.assign(word.data(), word.size());
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w.Contains(lower);
}

bool EnglishWordsLoaded() { return !English().empty(); }

void ForEachEnglishWord(const std::function<void(std::string_view)>& f) {
  for (std::string_view w : English().words()) f(w);
}

double TickerLengthLogPrior(std::string_view exchange, size_t length) {
  static const double kNasdaq[] = {0.005, 0.01, 0.05, 0.78, 0.155};
  static const double kNyse[] = {0.05, 0.25, 0.55, 0.14, 0.01};
  static const double kOther[] = {0.1, 0.2, 0.3, 0.3, 0.1};
  if (length == 0 || length > 5) return -6.0;
  std::string e = Upper(exchange);
  const double* table = e.rfind("NASDAQ", 0) == 0                ? kNasdaq
                        : e.rfind("NYSE", 0) == 0 || e == "AMEX" ? kNyse
                                                                 : kOther;
  return std::log10(table[length - 1]);
}

DocumentLexicon::DocumentLexicon(const std::vector<Token>& tokens,
                                 const KnownEntities* known) {
  for (const Token& t : tokens) {
    std::string stem = t.text.substr(0, t.stem_end - t.start);
    ++counts_[stem];
    // Parts of a slash compound ("EICC/GeSI"): counted, and a mixed-case
    // abbreviation part ("GeSI", two capitals or more) is a seen name.
    if (stem.find('/') == std::string::npos ||
        stem.find("//") != std::string::npos) {
      continue;
    }
    size_t begin = 0;
    while (begin <= stem.size()) {
      size_t end = std::min(stem.find('/', begin), stem.size());
      std::string part = stem.substr(begin, end - begin);
      begin = end + 1;
      if (part.empty() || part.size() == stem.size()) continue;
      ++counts_[part];
      int upper = 0;
      bool letters = true;
      for (char c : part) {
        upper += std::isupper(static_cast<unsigned char>(c)) != 0;
        letters = letters && std::isalpha(static_cast<unsigned char>(c));
      }
      if (letters && upper >= 2 && part.size() <= 8 && !names_.count(part)) {
        names_[part] = kSeenPrior;
      }
    }
  }
  for (size_t k = 1; k + 1 < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (!IsCapitalised(t.text) || AllUpperLetters(t.text) ||
        t.raw.compare(0, t.text.size(), t.text) != 0 ||
        !std::islower(static_cast<unsigned char>(tokens[k + 1].text[0]))) {
      continue;
    }
    const Token& prev = tokens[k - 1];
    bool lower = !prev.text.empty() && prev.raw == prev.text;
    for (char c : prev.text) {
      lower = lower && std::islower(static_cast<unsigned char>(c));
    }
    if (lower) ++proper_counts_[t.text.substr(0, t.stem_end - t.start)];
  }
  // Company names: capitalised words before a corporate suffix.
  for (size_t k = 1; k < tokens.size(); ++k) {
    if (!IsCorporateSuffix(tokens[k].text)) continue;
    std::vector<std::string> words;
    size_t j = k;
    while (j > 0 && words.size() < 8) {
      const Token& w = tokens[j - 1];
      // A name does not run across punctuation ("Japan, Inc." is fine).
      bool joined = w.raw == w.text || (j == k && w.raw == w.text + ",");
      if (!joined) break;
      if (IsCapitalised(w.text)) {
        words.insert(words.begin(), w.text);
      } else if (!IsNameConnector(w.text)) {
        break;
      }
      --j;
    }
    if (words.size() >= 2) {
      words.push_back(tokens[k].text);
      AddName(words, true, kDefinedPrior);
    }
  }
  // Terms the filing defines in quotes or uses as clean upper-case words.
  for (const Token& t : tokens) {
    std::string stem = t.text.substr(0, t.stem_end - t.start);
    if (AllUpperLetters(stem) && stem.size() >= 2 && stem.size() <= 6) {
      bool quoted = t.raw.find('"') != std::string::npos ||
                    t.raw.find("“") != std::string::npos;
      double p = quoted ? kDefinedPrior : kSeenPrior;
      if (quoted) quoted_[stem] = true;
      auto it = names_.find(stem);
      if (it == names_.end() || it->second < p) names_[stem] = p;
      auto jt = tickers_.find(stem);
      if (jt == tickers_.end() || jt->second < p) tickers_[stem] = p;
    }
  }
  if (known != nullptr) {
    for (const std::string& name : known->names) {
      std::vector<std::string> words;
      std::string cur, suffix;
      for (size_t i = 0; i <= name.size(); ++i) {
        if (i == name.size() || name[i] == ' ' || name[i] == ',') {
          if (IsCorporateSuffix(cur)) {
            suffix = cur;
          } else if (IsCapitalised(cur)) {
            words.push_back(cur);
          }
          cur.clear();
        } else {
          cur += name[i];
        }
      }
      if (words.size() >= 2) {
        if (!suffix.empty()) words.push_back(suffix);
        AddName(words, !suffix.empty(), kKnownPrior);
      }
      names_[name] = kKnownPrior;
      known_[name] = true;
    }
    for (const std::string& t : known->tickers) {
      tickers_[t] = kKnownPrior;
      known_[t] = true;
      names_[t] = kKnownPrior;
    }
  }
}

void DocumentLexicon::AddName(const std::vector<std::string>& words,
                              bool has_suffix, double prior) {
  // words holds the capitalised words; with a suffix, the last one is it.
  std::string initials;
  size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if (has_suffix && i + 1 == n) break;
    initials += static_cast<char>(
        std::toupper(static_cast<unsigned char>(words[i][0])));
  }
  // The name proper without its suffix, at least two words.
  if (initials.size() >= 2) {
    initials_[initials] = true;
    names_[initials] =
        std::max(names_.count(initials) ? names_[initials] : kNone, prior);
    tickers_[initials] =
        std::max(tickers_.count(initials) ? tickers_[initials] : kNone, prior);
  }
  if (has_suffix) {
    std::string with =
        initials + static_cast<char>(std::toupper(
                       static_cast<unsigned char>(words[n - 1][0])));
    tickers_[with] =
        std::max(tickers_.count(with) ? tickers_[with] : kNone, prior);
  }
  for (const std::string& w : words) {
    if (!names_.count(w)) names_[w] = kSeenPrior;
  }
}

double DocumentLexicon::LogPrior(std::string_view word) const {
  double best = kNone;
  auto it = names_.find(std::string(word));
  if (it != names_.end()) best = it->second;
  if (InSecVocabulary(word)) best = std::max(best, kSecPrior);
  if (best == kNone && InEnglishWords(word)) best = kEnglishPrior;
  return best;
}

int DocumentLexicon::ProperCount(std::string_view word) const {
  auto it = proper_counts_.find(std::string(word));
  return it == proper_counts_.end() ? 0 : it->second;
}

bool DocumentLexicon::IsInitials(std::string_view word) const {
  return initials_.count(std::string(word)) > 0;
}

bool DocumentLexicon::OnlyQuoted(std::string_view word) const {
  std::string w(word);
  if (!quoted_.count(w) || initials_.count(w) || InSecVocabulary(w)) {
    return false;
  }
  return known_.count(w) == 0;
}

int DocumentLexicon::Count(std::string_view word) const {
  auto it = counts_.find(std::string(word));
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace secx
