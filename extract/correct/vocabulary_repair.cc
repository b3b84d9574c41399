#include "extract/correct/vocabulary_repair.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "extract/correct/letter_model.h"
#include "extract/correct/lexicon.h"
#include "extract/correct/repair_scorer.h"
#include "extract/correct/repair_support.h"
#include "extract/correct/vocabulary.h"

namespace secx {
namespace {

using repair::HasDigit;
using repair::HasLetter;
using repair::Hypotheses;
using repair::IsLower;
using repair::IsUpper;
using repair::kNone;
using repair::Stem;

// Log10 priors of a reading no lexicon knows. A letter/digit mix in a name
// or word ("So1utions") is rare in clean text ("H1N1", "CO2"); an unknown
// letter word is common (names, jargon), less so in OCR text. A form the
// filing repeats is more likely real: kRepeatSlope per tenfold of its
// count. The count is compared with the candidate's own (kDocSpan below):
// "thc" printed 5 times beside "the" printed 800 times is the minority
// spelling of a word, "Costa" 3 times beside "Costs" 10 times may be a name.
constexpr double kMixedReadPrior = -6.0;
constexpr double kMixedOneShapeExtra = -1.5;
constexpr double kUnknownReadPrior = -4.0;
constexpr double kUnknownReadPriorOcr = -5.0;
constexpr double kRepeatSlope = 2.0;
// Context: each tenfold of the times the filing prints the candidate (or
// the reading) beside the same neighbour words adds kContextSlope (with one
// added, so that no context costs nothing). "Pro Forma" printed so again is
// a phrase; "of thc" where the filing prints "of the" is its misread.
constexpr double kContextSlope = 1.0;

// Log10 prior of a candidate the filing prints n times: kDocBase +
// min(kDocSpan, log10 n), plus kProminentBonus when it stands on the cover,
// in a quoted definition or a heading; kBothBonus when a lexicon holds it
// too.
constexpr double kDocBase = -2.0;
constexpr double kDocSpan = 3.0;
constexpr double kProminentBonus = 0.3;
constexpr double kBothBonus = 0.3;
// A form only the filing prints, which no lexicon holds, is weaker
// evidence: it may be a misread itself ("Feldmau" printed where a scan
// reads "n" as "u" throughout is no reason to change "Feldman").
constexpr double kDocOnlyPenalty = -1.5;
// A capitalised reading whose candidate the filing never prints: names of
// people and places are often missing from the word list ("Costa" is no
// misread "Costs").
constexpr double kNameFromListPenalty = -1.0;
// A candidate in another case shape than the reading ("Its" for "lts").
constexpr double kShapeChangePenalty = -2.0;

// Readings of at most this many letters are "short" (their own margin).
constexpr int kShortLetters = 4;

// The search: at most kMaxEdits confusions, each at least kMinEdit likely
// (log10), kMinTotal together.
constexpr int kMaxEdits = 2;
constexpr double kMinEdit = -3.0;
constexpr double kMinTotal = -6.0;

enum class CaseShape { kNone, kLower, kUpper, kTitle, kMixed };

CaseShape ShapeOf(const std::string& s) {
  int letters = 0, upper = 0, lower = 0;
  bool first_upper = false, seen_letter = false, rest_lower = true;
  for (char c : s) {
    if (!repair::IsAlpha(c)) continue;
    ++letters;
    if (IsUpper(c)) {
      ++upper;
      if (!seen_letter) {
        first_upper = true;
      } else {
        rest_lower = false;
      }
    } else {
      ++lower;
    }
    seen_letter = true;
  }
  if (letters == 0) return CaseShape::kNone;
  if (lower == letters) return CaseShape::kLower;
  if (upper == letters && letters >= 2) return CaseShape::kUpper;
  if (first_upper && rest_lower && IsUpper(s[0])) return CaseShape::kTitle;
  return CaseShape::kMixed;
}

// Characters a word or name may hold besides letters and digits.
bool WordChars(const std::string& s) {
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' &&
        c != '&' && c != '\'') {
      return false;
    }
  }
  return true;
}

// Every part between hyphens is a word of the list ("non-employee").
bool HyphenatedWords(const std::string& s) {
  if (s.find('-') == std::string::npos) return false;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = std::min(s.find('-', b), s.size());
    std::string part = s.substr(b, e - b);
    if (part.empty() || !InEnglishWords(part)) return false;
    b = e + 1;
  }
  return true;
}

// Letters and digits only, lower-cased.
std::string AlnumFolded(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

// A part between hyphens, periods and slashes that is all digits ("8-A",
// "5-year", "B.2"): a number there is printed, not misread.
bool HasDigitPart(const std::string& s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t e = std::min(s.find_first_of("-./", b), s.size());
    bool all_digits = e > b;
    for (size_t i = b; i < e; ++i) {
      all_digits = all_digits && repair::IsDigit(s[i]);
    }
    if (all_digits) return true;
    b = e + 1;
  }
  return false;
}

// In a hyphenated reading, only parts of four letters or more change:
// short prefixes ("pre-", "co-") are printed as they are and are too
// short for the word list to speak for them.
bool LongPartsChanged(const std::string& read, const std::string& cand) {
  if (read.find('-') == std::string::npos) return true;
  size_t a = 0, b = 0;
  while (a <= read.size() && b <= cand.size()) {
    size_t ea = std::min(read.find('-', a), read.size());
    size_t eb = std::min(cand.find('-', b), cand.size());
    if ((ea == read.size()) != (eb == cand.size())) return false;
    if (read.compare(a, ea - a, cand, b, eb - b) != 0 && ea - a < 4) {
      return false;
    }
    a = ea + 1;
    b = eb + 1;
  }
  return true;
}

// The reading looks like a word the lists lack but could derive: a list
// word with an English suffix ("acquiree", "acquiror", "payors",
// "billers"), or hyphenated parts of four letters or more that the lists
// hold ("Pre-commencement"). An OCR confusion seldom leaves a word so.
bool Wordlike(const std::string& s) {
  const std::string w = FoldCase(s);
  if (w.find('-') != std::string::npos) {
    bool any = false;
    size_t b = 0;
    while (b <= w.size()) {
      size_t e = std::min(w.find('-', b), w.size());
      if (e - b >= 4) {
        if (!InEnglishWords(w.substr(b, e - b))) return false;
        any = true;
      }
      b = e + 1;
    }
    return any;
  }
  // "HomeCare": capitalised parts of three letters or more, all words.
  int parts = 0;
  size_t b = 0;
  for (size_t i = 1; i <= s.size(); ++i) {
    if (i == s.size() || (repair::IsUpper(s[i]) && repair::IsLower(s[i - 1]))) {
      if (i - b < 3 || !InEnglishWords(FoldCase(s.substr(b, i - b)))) {
        parts = -1;
        break;
      }
      ++parts;
      b = i;
    }
  }
  if (parts >= 2) return true;
  static constexpr std::string_view kSuffixes[] = {
      "s", "es", "ed", "d", "ing", "er", "ers", "or", "ors", "ee", "ees", "ly"};
  for (std::string_view suffix : kSuffixes) {
    if (w.size() < suffix.size() + 3 ||
        w.compare(w.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    std::string root = w.substr(0, w.size() - suffix.size());
    if (InEnglishWords(root) || InEnglishWords(root + "e")) return true;
  }
  return false;
}

}  // namespace

std::vector<const WordTrie*> Tries(const RepairContext& ctx) {
  std::vector<const WordTrie*> tries = {&WordTrie::English()};
  if (ctx.vocabulary != nullptr) tries.push_back(&ctx.vocabulary->trie());
  return tries;
}

double VocabularyPrior(const RepairContext& ctx, const std::string& s) {
  const DocumentVocabulary& vocab = *ctx.vocabulary;
  std::string folded = FoldCase(s);
  int n = vocab.Count(folded);
  double lex = ctx.lexicon->LogPrior(s);
  if (lex == kNone && HyphenatedWords(FoldCase(s))) {
    lex = DocumentLexicon::kEnglishPrior;
  }
  // Case: printed so in the filing, or a shape any word may take (all
  // upper in a heading, capitalised at a sentence start) of a form the
  // filing or a lexicon holds; lower case only for a word the list holds
  // in lower case (a name the filing capitalises is not lowered).
  if (vocab.FormCount(s) == 0) {
    switch (ShapeOf(s)) {
      case CaseShape::kMixed:
      case CaseShape::kNone:
        // "SolutiOns": the word list lower-cases what it looks up, so only
        // an entry spelt exactly so (a defined term, the SEC list) counts.
        if (lex == kNone ||
            !(InSecVocabulary(s) || lex >= DocumentLexicon::kSeenPrior)) {
          return kNone;
        }
        break;
      case CaseShape::kLower:
        if (!InEnglishWords(s) && !InSecVocabulary(s) && !HyphenatedWords(s)) {
          return kNone;
        }
        break;
      case CaseShape::kUpper:
      case CaseShape::kTitle:
        if (n == 0 && lex == kNone) return kNone;
        break;
    }
  }
  double doc = kNone;
  if (n > 0) {
    doc = kDocBase + std::min(kDocSpan, std::log10(static_cast<double>(n))) +
          (vocab.Prominent(folded) ? kProminentBonus : 0.0);
  }
  if (doc == kNone) return lex;
  if (lex == kNone) return doc + kDocOnlyPenalty;
  return std::max(doc, lex) + kBothBonus;
}

std::optional<Repair> RepairVocabulary(const RepairContext& ctx, size_t index) {
  const Token& t = (*ctx.tokens)[index];
  if (ctx.vocabulary == nullptr ||
      (t.slot != Slot::kName && t.slot != Slot::kWord)) {
    return std::nullopt;
  }
  std::string stem = Stem(t);
  if (stem.size() < 3 || stem.size() > 40 || !HasLetter(stem) ||
      !WordChars(stem) || t.raw.find_first_of("@/\\_=") != std::string::npos) {
    return std::nullopt;
  }
  // Known as read, unless only as a word of a name or heading the filing
  // prints: a misread word inside a company name ("Forrn of Agreement of
  // ... Company") or an upper-case heading ("STATFS") is put there by the
  // very misreading; the scorer weighs that it was seen so.
  const double known = ctx.lexicon->LogPrior(stem);
  const bool seen_only = known > kNone &&
                         known <= DocumentLexicon::kSeenPrior &&
                         !InEnglishWords(stem) && !InSecVocabulary(stem);
  if ((known > kNone && !seen_only) || HyphenatedWords(stem)) {
    return std::nullopt;
  }
  // Repeats count for letter words only: OCR misreads a glyph the same way
  // wherever it is printed ("11J" for "IIJ" all through a scan).
  bool mixed = HasDigit(stem);
  const DocumentVocabulary& vocab = *ctx.vocabulary;
  const int count = std::max(1, vocab.FormCount(stem));
  // The folded neighbours, for the context of each hypothesis.
  const std::string prev =
      index > 0 ? FoldCase(Stem((*ctx.tokens)[index - 1])) : std::string();
  const std::string next = index + 1 < ctx.tokens->size()
                               ? FoldCase(Stem((*ctx.tokens)[index + 1]))
                               : std::string();
  auto context = [&](const std::string& folded_form, int own) {
    int n = -own;
    if (!prev.empty()) n += vocab.PairCount(prev, folded_form);
    if (!next.empty()) n += vocab.PairCount(folded_form, next);
    return kContextSlope * std::log10(1.0 + std::max(0, n));
  };
  const std::string folded_stem = FoldCase(stem);
  double read =
      (mixed ? kMixedReadPrior
             : (ctx.ocr_like ? kUnknownReadPriorOcr : kUnknownReadPrior) +
                   kRepeatSlope * std::log10(static_cast<double>(count))) +
      context(folded_stem, (prev.empty() ? 0 : 1) + (next.empty() ? 0 : 1));
  // Digits among letters are taken for misread letters only in a word
  // that is mostly letters ("So1utions", not "M66" or "IL6").
  int digits = 0, letters = 0;
  for (char c : stem) {
    digits += repair::IsDigit(c);
    letters += repair::IsAlpha(c);
  }
  // The reading's case shape, its digits left out ("1nfant" is lower
  // case, "GR0UP" upper).
  std::string letters_only;
  for (char ch : stem) {
    if (!repair::IsDigit(ch)) letters_only += ch;
  }
  const CaseShape read_shape = ShapeOf(letters_only);
  // A lower-case word with a digit in it ("f0r", "1ts") is no code.
  // "F0rm": a capitalised word needs one letter more, an upper-case one
  // ("M66", "IL6", "CO2" are codes) two.
  const int min_letters = read_shape == CaseShape::kLower   ? 2 * digits
                          : read_shape == CaseShape::kTitle ? 2 * digits + 1
                                                            : 2 * digits + 2;
  if (mixed && (letters < min_letters || HasDigitPart(stem))) {
    return std::nullopt;
  }
  // Digits amid letters of one case shape ("bel0w", "UN1TED", "Ru1e") are
  // rarer in clean text than in mixed-case codes ("H1N1", "3Com").
  if (mixed && read_shape != CaseShape::kMixed) {
    read += kMixedOneShapeExtra;
  }
  const bool capitalised = IsUpper(stem[0]) || repair::IsDigit(stem[0]);
  const std::string folded = AlnumFolded(stem);
  // At a sentence start a capitalised candidate is as likely ("1ts" may be
  // "Its").
  bool sentence_start = index == 0;
  if (index > 0) {
    const std::string& p = (*ctx.tokens)[index - 1].raw;
    sentence_start = !p.empty() && std::string_view(".!?:").find(p.back()) !=
                                       std::string_view::npos;
  }
  // What the scorer weighs of each candidate (its best-scored entry).
  struct Parts {
    double score = kNone, log_p = 0, prior = 0, context = 0;
    int edits = 0;
    bool shape_change = false;
  };
  std::map<std::string, Parts> parts;
  Hypotheses h(read);
  for (const auto& c : ctx.model->ExpandIn(
           stem, Tries(ctx), kMaxEdits, kMinEdit, kMinTotal, ctx.cut_walks)) {
    const std::string& s = c.text;
    if (HasDigit(s) || !HasLetter(s)) continue;
    // The same letters in another case or with other punctuation: the
    // word was right as read ("Jurisdictions", "U.S").
    if (AlnumFolded(s) == folded || !LongPartsChanged(stem, s)) continue;
    // A reading whose letters mix the cases other than as a capitalised
    // word ("vCPU", "SaaS", "OEMs", "BlackRock", "eScription") is mostly
    // printed so on purpose: only a change between glyphs no shape tells
    // apart ("COMMlSSION", "JuIy", "technoIogy") is taken, not one between
    // letters a reader tells apart ("vCPU" -> "vGPU", "OEMs" -> "GEMS").
    if (read_shape == CaseShape::kMixed &&
        !repair::LookAlikeChangeOnly(stem, s, /*stroke_gap=*/false)) {
      continue;
    }
    double prior = VocabularyPrior(ctx, s);
    if (prior == kNone) continue;
    const std::string folded_s = FoldCase(s);
    if (capitalised && vocab.Count(folded_s) == 0) {
      prior += kNameFromListPenalty;
    }
    // "lts" is "its" more likely than "Its": a confusion that changes the
    // case shape ('l' read for 'I') must beat one that keeps it.
    bool shape_change = false;
    if (read_shape != CaseShape::kMixed && read_shape != CaseShape::kNone &&
        !(sentence_start && read_shape == CaseShape::kLower) &&
        ShapeOf(s) != read_shape) {
      prior += kShapeChangePenalty;
      shape_change = true;
    }
    const double cx = context(folded_s, 0);
    const double score = c.log_p + prior + cx;
    h.Add(s, score);
    Parts& p = parts[s];
    if (score > p.score) p = {score, c.log_p, prior, cx, c.edits, shape_change};
  }
  std::optional<Repair> r = h.Best(t, t.start, t.stem_end, "vocabulary");
  if (!r) return r;
  const Parts& best = parts[r->to];
  double runner_up = kNone;
  for (const auto& [s, p] : parts) {
    if (s != r->to) runner_up = std::max(runner_up, p.score);
  }
  // The scorer's inputs (repair_scorer.h), in enum order.
  const std::string folded_to = FoldCase(r->to);
  const double lex = ctx.lexicon->LogPrior(r->to);
  auto log1 = [](int n) { return std::log10(1.0 + std::max(0, n)); };
  std::vector<double>& f = r->features;
  f.assign(kVocabularyFeatures, 0.0);
  auto set = [&f](VocabularyFeature k, double v) {
    f[static_cast<size_t>(k)] = v;
  };
  set(VocabularyFeature::kLogOdds, r->log_odds);
  set(VocabularyFeature::kChannel, best.log_p);
  set(VocabularyFeature::kCandidatePrior, best.prior);
  set(VocabularyFeature::kReadPrior,
      read - context(folded_stem,
                     (prev.empty() ? 0 : 1) + (next.empty() ? 0 : 1)));
  set(VocabularyFeature::kCandidateCount, log1(vocab.Count(folded_to)));
  set(VocabularyFeature::kCandidateForm, log1(vocab.FormCount(r->to)));
  set(VocabularyFeature::kReadCount, log1(vocab.FormCount(stem)));
  set(VocabularyFeature::kCandidateWords, InEnglishWords(r->to) ? 1 : 0);
  set(VocabularyFeature::kCandidateSec, InSecVocabulary(r->to) ? 1 : 0);
  set(VocabularyFeature::kCandidateDocOnly,
      lex == kNone && !HyphenatedWords(folded_to) ? 1 : 0);
  set(VocabularyFeature::kCandidateLexicon, lex == kNone ? -6.0 : lex);
  set(VocabularyFeature::kProminent, vocab.Prominent(folded_to) ? 1 : 0);
  set(VocabularyFeature::kCandidateContext, best.context);
  set(VocabularyFeature::kReadContext,
      context(folded_stem, (prev.empty() ? 0 : 1) + (next.empty() ? 0 : 1)));
  set(VocabularyFeature::kMixed, mixed ? 1 : 0);
  set(VocabularyFeature::kCapitalised, capitalised ? 1 : 0);
  set(VocabularyFeature::kUpper, read_shape == CaseShape::kUpper ? 1 : 0);
  set(VocabularyFeature::kShort, letters <= kShortLetters ? 1 : 0);
  set(VocabularyFeature::kLetters, letters / 10.0);
  set(VocabularyFeature::kShapeChange, best.shape_change ? 1 : 0);
  set(VocabularyFeature::kRunnerUpGap,
      runner_up == kNone ? 5.0 : std::min(5.0, best.score - runner_up));
  set(VocabularyFeature::kCandidates, log1(static_cast<int>(parts.size())));
  set(VocabularyFeature::kEdits, best.edits);
  set(VocabularyFeature::kOcrLike, ctx.ocr_like ? 1 : 0);
  set(VocabularyFeature::kSentenceStart, sentence_start ? 1 : 0);
  set(VocabularyFeature::kReadSeen, seen_only ? 1 : 0);
  set(VocabularyFeature::kReadWordlike, !mixed && Wordlike(stem) ? 1 : 0);
  // A capitalised neighbour: the reading may be part of a name ("Sanjay
  // Ahuja", "Englewood, Colorado").
  auto capitalised_at = [&](size_t k) {
    const std::string& raw = (*ctx.tokens)[k].raw;
    return !raw.empty() && IsUpper(raw[0]) && HasLetter(raw) &&
           !repair::AllUpperLetters(Stem((*ctx.tokens)[k]));
  };
  set(VocabularyFeature::kNameContext,
      (index > 0 && !sentence_start && capitalised_at(index - 1)) ||
              (index + 1 < ctx.tokens->size() && capitalised_at(index + 1))
          ? 1
          : 0);
  set(VocabularyFeature::kReadProper, log1(ctx.lexicon->ProperCount(stem)));
  // Pronounceable in the lists' language, or not: a misread breaks the
  // letter sequences of words ("hclp"), a name or jargon word mostly keeps
  // them ("vishing", "Pericom").
  const double read_letters = LetterLogProb(stem);
  set(VocabularyFeature::kReadLetters, read_letters);
  set(VocabularyFeature::kLettersGain, LetterLogProb(r->to) - read_letters);
  // Capitals amid lower-case words are an abbreviation or a code more often
  // than a word ("the CSRD requires", "a PCR test"); capitals beside
  // capitals are a heading, where words are set in upper case.
  auto lower_at = [&](size_t k) {
    for (char c : (*ctx.tokens)[k].raw) {
      if (IsLower(c)) return true;
    }
    return false;
  };
  auto upper_at = [&](size_t k) {
    const std::string s = Stem((*ctx.tokens)[k]);
    return s.size() >= 2 && repair::AllUpperLetters(s);
  };
  const bool has_prev = index > 0;
  const bool has_next = index + 1 < ctx.tokens->size();
  set(VocabularyFeature::kUpperAmidText,
      read_shape == CaseShape::kUpper &&
              ((has_prev && lower_at(index - 1)) ||
               (has_next && lower_at(index + 1))) &&
              !(has_prev && upper_at(index - 1)) &&
              !(has_next && upper_at(index + 1))
          ? 1
          : 0);

  if (ctx.vocabulary_margin) {
    r->margin = *ctx.vocabulary_margin;
    r->confidence = Calibration::Default().Confidence(r->log_odds);
    return r;
  }
  const RepairScorer& scorer = RepairScorer::Default();
  if (scorer.trained) {
    // The learned decision, put as a margin on the log-odds so that the
    // corrector's rule (log_odds >= margin, raised for words Tesseract was
    // sure of) applies it: log_odds >= margin exactly when the logit
    // reaches the threshold.
    const double logit = scorer.Logit(f);
    r->confidence = 1.0 / (1.0 + std::exp(-logit));
    r->margin = r->log_odds - (logit - scorer.threshold);
    return r;
  }
  const Calibration& cal = Calibration::Default();
  r->confidence = cal.Confidence(r->log_odds);
  // Short readings are more often real (names, foreign words) and have
  // more look-alike words: their own margins.
  const bool short_reading = letters <= kShortLetters;
  ReadingClass cls =
      mixed ? ReadingClass::kMixed
      : capitalised
          ? (short_reading ? ReadingClass::kNameShort : ReadingClass::kName)
          : (short_reading ? ReadingClass::kWordShort : ReadingClass::kWord);
  r->margin = cal.Margin(cls);
  return r;
}

}  // namespace secx
