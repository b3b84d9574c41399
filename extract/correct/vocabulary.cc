#include "extract/correct/vocabulary.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

#include "extract/correct/embedded_data.h"
#include "extract/correct/lexicon.h"

namespace secx {
namespace {

// True when the line holding text[pos] has letters and none in lower case
// (a heading such as "ITEM 5.02 DEPARTURE OF DIRECTORS").
bool UpperCaseLine(std::string_view text, size_t pos) {
  size_t b = text.rfind('\n', pos);
  b = b == std::string_view::npos ? 0 : b + 1;
  size_t e = text.find('\n', pos);
  if (e == std::string_view::npos) e = text.size();
  int upper = 0;
  for (size_t i = b; i < e; ++i) {
    unsigned char c = text[i];
    if (std::islower(c)) return false;
    upper += std::isupper(c) != 0;
  }
  return upper >= 4;
}

}  // namespace

const Calibration& Calibration::Default() {
  static const Calibration* c = new Calibration(FromTsv(kCalibrationTsv));
  return *c;
}

void ForEachSetting(std::string_view tsv,
                    const std::function<void(std::string_view key, double value)>&
                        setting) {
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string line(tsv.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    setting(std::string_view(line.data(), tab),
            std::strtod(line.c_str() + tab + 1, nullptr));
  }
}

Calibration Calibration::FromTsv(std::string_view tsv) {
  Calibration c;
  ForEachSetting(tsv, [&c](std::string_view key, double v) {
    if (key == "vocabulary_margin") c.vocabulary_margin = v;
    if (key == "margin_mixed") c.margin_mixed = v;
    if (key == "margin_name") c.margin_name = v;
    if (key == "margin_word") c.margin_word = v;
    if (key == "margin_name_short") c.margin_name_short = v;
    if (key == "margin_word_short") c.margin_word_short = v;
    if (key == "confidence_slope") c.confidence_slope = v;
    if (key == "confidence_intercept") c.confidence_intercept = v;
  });
  return c;
}

double Calibration::Confidence(double log_odds) const {
  return 1.0 / (1.0 + std::exp(-(confidence_slope * log_odds +
                                 confidence_intercept)));
}

double Calibration::Margin(ReadingClass c) const {
  double m = margin_word;
  switch (c) {
    case ReadingClass::kMixed:
      m = margin_mixed;
      break;
    case ReadingClass::kName:
      m = margin_name;
      break;
    case ReadingClass::kWord:
      m = margin_word;
      break;
    case ReadingClass::kNameShort:
      m = margin_name_short;
      break;
    case ReadingClass::kWordShort:
      m = margin_word_short;
      break;
  }
  return m >= 0 ? m : vocabulary_margin;
}

std::string FoldCase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

DocumentVocabulary::DocumentVocabulary(std::string_view text,
                                       const std::vector<Token>& tokens,
                                       const DocumentLexicon* lexicon) {
  folded_.reserve(tokens.size() / 4 + 16);
  forms_.reserve(tokens.size() / 4 + 16);
  pairs_.reserve(tokens.size() / 2 + 16);
  const std::string* prev = nullptr;
  for (const Token& t : tokens) {
    std::string stem = t.text.substr(0, t.stem_end - t.start);
    auto [it, fresh] = folded_.try_emplace(FoldCase(stem));
    if (prev != nullptr) ++pairs_[*prev + '\x1f' + it->first];
    prev = &it->first;
    if (fresh) trie_.Add(it->first);
    Entry& e = it->second;
    ++e.count;
    ++forms_[stem];
    if (e.prominent) continue;
    bool quoted = t.raw.find('"') != std::string::npos ||
                  t.raw.find("\u201C") != std::string::npos;
    e.prominent = t.start < kCoverBytes || quoted ||
                  (t.text.size() >= 3 && UpperCaseLine(text, t.start));
  }
  if (lexicon != nullptr) {
    for (const auto& [name, prior] : lexicon->names()) trie_.Add(name);
  }
}

int DocumentVocabulary::Count(std::string_view folded) const {
  auto it = folded_.find(std::string(folded));
  return it == folded_.end() ? 0 : it->second.count;
}

int DocumentVocabulary::FormCount(std::string_view form) const {
  auto it = forms_.find(std::string(form));
  return it == forms_.end() ? 0 : it->second;
}

int DocumentVocabulary::PairCount(std::string_view first,
                                  std::string_view second) const {
  std::string key;
  key.reserve(first.size() + second.size() + 1);
  key.append(first).append(1, '\x1f').append(second);
  auto it = pairs_.find(key);
  return it == pairs_.end() ? 0 : it->second;
}

bool DocumentVocabulary::Prominent(std::string_view folded) const {
  auto it = folded_.find(std::string(folded));
  return it != folded_.end() && it->second.prominent;
}

}  // namespace secx
