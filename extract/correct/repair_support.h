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

// The look-alike class of a glyph: strokes (l I 1 |) or rounds (O 0), which
// a font draws nearly alike; 0 for any other.
inline int LookAlikeClass(char c) {
  return c == 'l' || c == 'I' || c == '1' || c == '|' ? 1
         : c == 'O' || c == '0'                       ? 2
                                                      : 0;
}

// True when `to` differs from `from` only by look-alike glyphs (the same
// class at each changed position) and, with `stroke_gap`, by one stroke
// glyph dropped or added ("IJ" for "IIJ"): the confusions OCR makes
// between glyphs no shape tells apart, as opposed to those between
// letters a reader can tell (B/A, S/O, C/G), which a real word or code
// printed so is far likelier to explain.
inline bool LookAlikeChangeOnly(const std::string& from, const std::string& to,
                                bool stroke_gap) {
  auto same = [](char a, char b) {
    return a == b || (LookAlikeClass(a) != 0 &&
                      LookAlikeClass(a) == LookAlikeClass(b));
  };
  auto equal = [&](const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!same(a[i], b[i])) return false;
    }
    return true;
  };
  if (from.size() == to.size()) return from != to && equal(from, to);
  if (!stroke_gap) return false;
  const std::string& longer = from.size() > to.size() ? from : to;
  const std::string& shorter = from.size() > to.size() ? to : from;
  if (longer.size() != shorter.size() + 1) return false;
  for (size_t k = 0; k < longer.size(); ++k) {
    if (LookAlikeClass(longer[k]) != 1) continue;
    if (equal(longer.substr(0, k) + longer.substr(k + 1), shorter)) return true;
  }
  return false;
}

}  // namespace repair
}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_REPAIR_SUPPORT_H_
