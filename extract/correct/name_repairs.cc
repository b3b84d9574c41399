#include "extract/correct/name_repairs.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extract/correct/repair_support.h"

namespace secx {
namespace {

using repair::AllLowerLetters;
using repair::HasDigit;
using repair::HasLetter;
using repair::Hypotheses;
using repair::IsLower;
using repair::IsUpper;
using repair::kNone;
using repair::Stem;

// Log10 priors of the readings these rules question.
// An unknown lower-case word in OCR text (as RepairWord uses).
constexpr double kUnknownLowerPrior = -5.5;
// A letter followed by itself in the other case ("wWestell"): no English
// word or name is spelt so; OCR emits it when it keeps both case readings
// of one glyph.
constexpr double kCaseEchoPrior = -7.0;
// Log10 P(the echo | the capital alone): rare, but the one way the shape
// arises; taken as a likely single-glyph confusion.
constexpr double kCaseEchoLogP = -1.5;
// An unknown lower-case word that opens a run of capitalised words on its
// line, in OCR text: a name misread at its first letter far more often than
// a real lower-case word.
constexpr double kLowerInTitleRunPrior = -6.0;
// An unknown capitalised word where capitals stand: a proper name.
constexpr double kUnknownNamePrior = -2.0;
// A letter/digit mix in one part of a slash compound (as kMixedNamePrior).
constexpr double kMixedPartPrior = -6.0;

bool Forbidden(const Token& t) {
  return t.raw.find_first_of("@\\_=") != std::string::npos;
}

// True when tokens a and b are on the same line of text.
bool SameLine(const RepairContext& ctx, const Token& a, const Token& b) {
  size_t from = std::min(a.end, b.end), to = std::max(a.start, b.start);
  if (ctx.text == nullptr || from > to) return false;
  return ctx.text->find('\n', from) >= to;
}

bool Capitalised(const Token& t) {
  return !t.text.empty() && IsUpper(t.text[0]);
}

}  // namespace

std::optional<Repair> RepairNameCase(const RepairContext& ctx, size_t index) {
  const Token& t = (*ctx.tokens)[index];
  std::string stem = Stem(t);
  if (stem.size() < 4 || Forbidden(t) || HasDigit(stem) ||
      ctx.lexicon->LogPrior(stem) > kNone) {
    return std::nullopt;
  }
  const DocumentLexicon& lex = *ctx.lexicon;
  // "wWestell": the rest is a name the filing uses and knows.
  if (stem.size() >= 5 && IsLower(stem[0]) && IsUpper(stem[1]) &&
      stem[0] == static_cast<char>(
                     std::tolower(static_cast<unsigned char>(stem[1])))) {
    std::string rest = stem.substr(1);
    double prior = lex.LogPrior(rest);
    if (prior == kNone || lex.Count(rest) < 2) return std::nullopt;
    Hypotheses h(kCaseEchoPrior);
    h.Add(rest, kCaseEchoLogP + prior);
    return h.Best(t, t.start, t.stem_end, "name case");
  }
  // "westell": the filing writes the name capitalised, and more often, and
  // at least once amid lower-case words, as a proper name ("of Westell
  // nor"; a heading word such as "Unaudited" is not).
  if (!AllLowerLetters(stem)) return std::nullopt;
  std::string cap = stem;
  cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
  double prior = lex.LogPrior(cap);
  int read_count = lex.Count(stem);
  if (prior == kNone || lex.Count(cap) < 2 || lex.ProperCount(cap) == 0 ||
      lex.Count(cap) < 2 * read_count) {
    return std::nullopt;
  }
  Hypotheses h(kUnknownLowerPrior + 0.5 * std::min(4, read_count - 1));
  // +1: the filing uses the candidate as written (as RepairWord).
  h.Add(cap, ctx.model->LogP(DecodeUtf8(stem), DecodeUtf8(cap)) + prior + 1.0);
  return h.Best(t, t.start, t.stem_end, "name case");
}

std::optional<Repair> RepairInitialI(const RepairContext& ctx, size_t index) {
  const Token& t = (*ctx.tokens)[index];
  const std::vector<Token>& tokens = *ctx.tokens;
  std::string stem = Stem(t);
  if (t.slot != Slot::kWord || stem.size() < 5 || stem[0] != 'l' ||
      !AllLowerLetters(stem) || t.raw != t.text || Forbidden(t) ||
      index + 2 >= tokens.size()) {
    return std::nullopt;
  }
  std::string as_i = "I" + stem.substr(1), as_l = "L" + stem.substr(1);
  const DocumentLexicon& lex = *ctx.lexicon;
  if (lex.LogPrior(stem) > kNone || lex.LogPrior(as_i) > kNone ||
      lex.LogPrior(as_l) > kNone) {
    return std::nullopt;  // a known word either way: not this rule's call
  }
  // The two words after it, on its line, are capitalised; the word before
  // it is capitalised or on an earlier line.
  const Token& next = tokens[index + 1];
  const Token& next2 = tokens[index + 2];
  if (!Capitalised(next) || !Capitalised(next2) || !SameLine(ctx, t, next) ||
      !SameLine(ctx, t, next2)) {
    return std::nullopt;
  }
  if (index > 0) {
    const Token& prev = tokens[index - 1];
    if (SameLine(ctx, prev, t) && !Capitalised(prev)) return std::nullopt;
  }
  std::u32string read = DecodeUtf8(stem);
  Hypotheses h(kLowerInTitleRunPrior);
  h.Add(as_i, ctx.model->LogP(read, DecodeUtf8(as_i)) + kUnknownNamePrior);
  h.Add(as_l, ctx.model->LogP(read, DecodeUtf8(as_l)) + kUnknownNamePrior);
  return h.Best(t, t.start, t.stem_end, "initial capital");
}

std::optional<Repair> RepairCompound(const RepairContext& ctx, size_t index) {
  const Token& t = (*ctx.tokens)[index];
  std::string stem = Stem(t);
  if (t.slot != Slot::kName || stem.find('/') == std::string::npos ||
      Forbidden(t) || stem.find("//") != std::string::npos) {
    return std::nullopt;
  }
  // One part with a letter/digit mix; the repair covers that part only.
  size_t begin = 0;
  while (begin <= stem.size()) {
    size_t end = std::min(stem.find('/', begin), stem.size());
    std::string part = stem.substr(begin, end - begin);
    bool alnum =
        !part.empty() && std::all_of(part.begin(), part.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) != 0;
        });
    if (alnum && part.size() >= 3 && HasDigit(part) && HasLetter(part) &&
        ctx.lexicon->LogPrior(part) == kNone) {
      Hypotheses h(kMixedPartPrior);
      for (const auto& c : ctx.model->Expand(DecodeUtf8(part), 2, -3.0, -6.0)) {
        std::string s = EncodeUtf8(c.text);
        if (HasDigit(s) || ctx.lexicon->Count(s) == 0) continue;
        double prior = ctx.lexicon->LogPrior(s);
        if (prior > kNone) h.Add(s, c.log_p + prior);
      }
      return h.Best(t, t.start + begin, t.start + end, "lexicon");
    }
    begin = end + 1;
  }
  return std::nullopt;
}

}  // namespace secx
