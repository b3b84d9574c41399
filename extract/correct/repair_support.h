// Small helpers shared by the repair rules (token_repairs.cc,
// name_repairs.cc, text_repairs.cc): character classes on ASCII bytes and
// the scored set of hypotheses a rule turns into at most one Repair.
// Internal to extract/correct/. Header-only; no shared state.
#ifndef SECX_EXTRACT_CORRECT_REPAIR_SUPPORT_H_
#define SECX_EXTRACT_CORRECT_REPAIR_SUPPORT_H_

#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>

#include "extract/correct/token_repairs.h"
#include "extract/correct/tokenizer.h"

namespace secx {
namespace repair {

constexpr double kNone = -std::numeric_limits<double>::infinity();

inline bool IsDigit(char c) {
  return std::isdigit(static_cast<unsigned char>(c));
}
inline bool IsAlpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c));
}
inline bool IsUpper(char c) {
  return std::isupper(static_cast<unsigned char>(c));
}
inline bool IsLower(char c) {
  return std::islower(static_cast<unsigned char>(c));
}

inline bool HasDigit(const std::string& s) {
  for (char c : s) {
    if (IsDigit(c)) return true;
  }
  return false;
}

inline bool HasLetter(const std::string& s) {
  for (char c : s) {
    if (IsAlpha(c)) return true;
  }
  return false;
}

inline bool AllUpperLetters(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsUpper(c)) return false;
  }
  return true;
}

inline bool AllLowerLetters(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsLower(c)) return false;
  }
  return true;
}

inline bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

inline std::string Stem(const Token& t) {
  return t.text.substr(0, t.stem_end - t.start);
}

// Collects scored hypotheses (log10) and turns the best into a Repair of
// text[start, end) when it differs from the reading.
class Hypotheses {
 public:
  explicit Hypotheses(double read_score) : read_score_(read_score) {}
  void Add(const std::string& to, double score) {
    auto it = scores_.find(to);
    if (it == scores_.end() || it->second < score) scores_[to] = score;
  }
  // `from` is text[start, end) as read.
  std::optional<Repair> Best(const std::string& from, size_t start, size_t end,
                             const std::string& rule) const {
    const std::string* best = nullptr;
    double best_score = kNone;
    double mass = std::pow(10.0, read_score_);
    for (const auto& [to, score] : scores_) {
      mass += std::pow(10.0, score);
      if (score > best_score) {
        best_score = score;
        best = &to;
      }
    }
    if (best == nullptr || *best == from) return std::nullopt;
    Repair r;
    r.start = start;
    r.end = end;
    r.from = from;
    r.to = *best;
    r.rule = rule;
    r.log_odds = best_score - read_score_;
    r.confidence = std::pow(10.0, best_score) / mass;
    return r;
  }
  std::optional<Repair> Best(const Token& t, size_t start, size_t end,
                             const std::string& rule) const {
    return Best(t.text.substr(start - t.start, end - start), start, end, rule);
  }

 private:
  double read_score_;
  std::map<std::string, double> scores_;
};

}  // namespace repair
}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_REPAIR_SUPPORT_H_
