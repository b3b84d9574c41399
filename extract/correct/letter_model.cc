#include "extract/correct/letter_model.h"

#include <array>
#include <cctype>
#include <cmath>
#include <vector>

#include "extract/correct/lexicon.h"

namespace secx {
namespace {

// Symbols: 0 word edge, 1..26 letters, 27 anything else (digit, mark).
constexpr int kSymbols = 28;
constexpr int kEdge = 0;
constexpr int kOther = 27;
// Add-k smoothing: an unseen trigram is rare, not impossible.
constexpr double kSmoothing = 0.1;

int SymbolOf(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  if (std::isalpha(u)) return 1 + (std::tolower(u) - 'a');
  return kOther;
}

struct Model {
  // log10 P(c | a b), indexed (a * kSymbols + b) * kSymbols + c.
  std::vector<float> log_p;
  bool empty = true;
};

const Model& TheModel() {
  static const Model* m = [] {
    auto* model = new Model;
    std::vector<double> tri(kSymbols * kSymbols * kSymbols, 0.0);
    std::vector<double> bi(kSymbols * kSymbols, 0.0);
    ForEachEnglishWord([&](std::string_view w) {
      int a = kEdge, b = kEdge;
      for (size_t i = 0; i <= w.size(); ++i) {
        const int c = i == w.size() ? kEdge : SymbolOf(w[i]);
        tri[(a * kSymbols + b) * kSymbols + c] += 1;
        bi[a * kSymbols + b] += 1;
        a = b;
        b = c;
      }
      model->empty = false;
    });
    model->log_p.resize(tri.size());
    for (int ab = 0; ab < kSymbols * kSymbols; ++ab) {
      for (int c = 0; c < kSymbols; ++c) {
        model->log_p[ab * kSymbols + c] = static_cast<float>(
            std::log10((tri[ab * kSymbols + c] + kSmoothing) /
                       (bi[ab] + kSmoothing * kSymbols)));
      }
    }
    return model;
  }();
  return *m;
}

}  // namespace

double LetterLogProb(std::string_view word) {
  const Model& m = TheModel();
  if (m.empty) return 0.0;
  bool letter = false;
  for (char c : word) letter = letter || SymbolOf(c) != kOther;
  if (!letter) return 0.0;
  double sum = 0.0;
  int a = kEdge, b = kEdge;
  for (size_t i = 0; i <= word.size(); ++i) {
    const int c = i == word.size() ? kEdge : SymbolOf(word[i]);
    sum += m.log_p[(a * kSymbols + b) * kSymbols + c];
    a = b;
    b = c;
  }
  return sum / static_cast<double>(word.size() + 1);
}

}  // namespace secx
