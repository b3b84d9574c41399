#include "extract/correct/token_repairs.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>
#include <utility>

#include "extract/correct/name_repairs.h"
#include "extract/correct/repair_support.h"
#include "extract/correct/vocabulary_repair.h"

namespace secx {
namespace {

using repair::AllDigits;
using repair::AllLowerLetters;
using repair::AllUpperLetters;
using repair::HasDigit;
using repair::HasLetter;
using repair::Hypotheses;
using repair::IsAlpha;
using repair::IsDigit;
using repair::kNone;
using repair::Stem;

// Log10 priors of a token as read, by how badly it fits its slot. A reading
// that breaks a hard format (digits in a NASDAQ symbol, letters in a day) is
// all but impossible; a letter/digit mix in a name occurs in clean text
// ("H1N1", "3M") but rarely; an unknown word is common in clean text (names)
// and less so in OCR text.
constexpr double kBrokenFormatPrior = -10.0;
constexpr double kMixedNamePrior = -6.0;
constexpr double kLetterInNumberPrior = -6.0;
constexpr double kUnknownWordPrior = -4.0;
constexpr double kUnknownWordPriorOcr = -5.5;
// An abbreviation-shaped token ("IJ", "IlJ") that no lexicon knows, in a
// filing that defines a look-alike ("IIJ"): clean filings use undefined
// abbreviations, but seldom one an OCR confusion away from a defined one.
constexpr double kUndefinedAbbreviationPrior = -5.5;
// Candidate bonus when the filing uses the defined form more often than
// the reading: a misread is the minority spelling of a term.
constexpr double kMajorityBonus = 0.5;

// True when `to` is `from` with each digit read back as the letter it is
// drawn like (0 O o D, 1 I l i, 5 S s, 8 B, 2 Z z, 6 G, 9 g) and every
// letter kept as read: the confusions OCR makes between a digit and a
// letter. A code's digits ("M66", "IL6", "P2P", "B2C") are no twin of the
// letters a word would need there ("MOO", "LLC", "PEP", "SEC"), and a
// letter changed beside them ("Tw0" -> "TWO") is no misread digit.
bool DigitTwinsOnly(const std::string& from, const std::string& to) {
  if (from.size() != to.size()) return false;
  for (size_t k = 0; k < from.size(); ++k) {
    if (!IsDigit(from[k])) {
      if (to[k] != from[k]) return false;
      continue;
    }
    std::string_view twins;
    switch (from[k]) {
      case '0': twins = "OoD"; break;
      case '1': twins = "Ili"; break;
      case '5': twins = "Ss"; break;
      case '8': twins = "B"; break;
      case '2': twins = "Zz"; break;
      case '6': twins = "G"; break;
      case '9': twins = "g"; break;
      default: return false;
    }
    if (twins.find(to[k]) == std::string_view::npos) return false;
  }
  return true;
}

// "11J" -> "IIJ": a name or word with digits among letters.
std::optional<Repair> RepairMixed(const RepairContext& ctx, const Token& t) {
  std::string stem = Stem(t);
  // Two-character codes ("T1", "Q1", "S1") are too often real.
  if (t.slot != Slot::kName || stem.size() < 3 || !HasDigit(stem) ||
      !HasLetter(stem)) {
    return std::nullopt;
  }
  // Hyphenated and dotted codes ("COVID-19", "10-K") are identifiers.
  for (char c : stem) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return std::nullopt;
  }
  if (ctx.lexicon->LogPrior(stem) > kNone) return std::nullopt;
  // An ordinal in capitals ("2ND", "21ST") is printed so.
  static const RE2 kUpperOrdinal("(?i)[0-9]+(?:st|nd|rd|th)");
  if (RE2::FullMatch(stem, kUpperOrdinal)) return std::nullopt;
  Hypotheses h(kMixedNamePrior);
  for (const auto& c : ctx.model->ExpandIn(stem, Tries(ctx), 3, -3.0, -7.0,
                                           ctx.cut_walks)) {
    const std::string& s = c.text;
    if (HasDigit(s) || !DigitTwinsOnly(stem, s)) continue;
    double prior = ctx.vocabulary != nullptr ? VocabularyPrior(ctx, s)
                                             : ctx.lexicon->LogPrior(s);
    if (prior > kNone) h.Add(s, c.log_p + prior);
  }
  return h.Best(t, t.start, t.stem_end, "lexicon");
}

// Letters only, two to six, capital first and at least two capitals: the
// shape of an abbreviation, possibly with an "l" misread for "I" ("IlJ").
// Other lower-case letters are real ("RSUs", "BofA").
bool AbbreviationShape(const std::string& s) {
  if (s.size() < 2 || s.size() > 6 ||
      !std::isupper(static_cast<unsigned char>(s[0]))) {
    return false;
  }
  int upper = 0;
  for (char c : s) {
    if (!IsAlpha(c) ||
        (std::islower(static_cast<unsigned char>(c)) && c != 'l')) {
      return false;
    }
    upper += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return upper >= 2;
}

// "IJ", "IlJ" -> "IIJ": an unknown abbreviation one or two confusions from
// one the filing defines (the initials of its company name, a quoted term)
// or the store knows. Only such strong entries are candidates.
std::optional<Repair> RepairAbbreviation(const RepairContext& ctx,
                                         const Token& t) {
  std::string stem = Stem(t);
  // A quoted definition that is one confusion from the initials of the
  // filing's company name, which the text also uses as written (twice or
  // more), is the definition misread (`as "IJ",` in a filing of "Internet
  // Initiative Japan Inc." that writes "IIJ" elsewhere): filings define a
  // name by its initials.
  bool misread_definition = ctx.lexicon->OnlyQuoted(stem);
  if (t.slot != Slot::kName || !AbbreviationShape(stem) ||
      t.raw.find_first_of("@/\\_=") != std::string::npos ||
      (ctx.lexicon->LogPrior(stem) > DocumentLexicon::kSeenPrior &&
       !misread_definition) ||
      InEnglishWords(stem)) {
    return std::nullopt;
  }
  // Being in the lexicon only as an upper-case word seen in the text (the
  // reading itself) is no evidence; a quoted definition, the initials of a
  // name or the SEC vocabulary are, and leave the token alone above.
  std::u32string read = DecodeUtf8(stem);
  int read_count = ctx.lexicon->Count(stem);
  // An abbreviation the filing repeats as read is its own ("RSU" beside a
  // defined "ROU"), unless it is the misread definition.
  if (read_count >= 2 && !misread_definition) return std::nullopt;
  Hypotheses h(kUndefinedAbbreviationPrior);
  bool any = false;
  for (const auto& [abbr, prior] : ctx.lexicon->ticker_candidates()) {
    if (prior < DocumentLexicon::kDefinedPrior || abbr == stem ||
        abbr.size() + 1 < stem.size() || abbr.size() > stem.size() + 1 ||
        ctx.lexicon->Count(abbr) == 0 ||
        (misread_definition &&
         (!ctx.lexicon->IsInitials(abbr) || ctx.lexicon->Count(abbr) < 2))) {
      continue;
    }
    // Only glyphs no shape tells apart (`IlJ`, `I1J`, `IJ` for `IIJ`): an
    // abbreviation a letter away from a defined one in any other way is
    // mostly another abbreviation ("BI" beside a ticker "AI", "RSU" beside
    // "ROU"), which no filing defines for every one it uses.
    if (!misread_definition &&
        !repair::LookAlikeChangeOnly(stem, abbr, /*stroke_gap=*/true)) {
      continue;
    }
    double lp = ctx.model->LogP(read, DecodeUtf8(abbr));
    if (lp < -4.0) continue;  // more than one or two likely confusions
    double bonus = ctx.lexicon->Count(abbr) > read_count ? kMajorityBonus : 0;
    h.Add(abbr, lp + prior + bonus);
    any = true;
  }
  if (!any) return std::nullopt;
  return h.Best(t, t.start, t.stem_end, "abbreviation");
}

// "111" after "NASDAQ:" -> a letter symbol the filing supports.
std::optional<Repair> RepairTicker(const RepairContext& ctx, const Token& t) {
  std::string stem = Stem(t);
  if (t.slot != Slot::kTicker || !t.letters_only || AllUpperLetters(stem)) {
    return std::nullopt;
  }
  std::u32string read = DecodeUtf8(stem);
  Hypotheses h(kBrokenFormatPrior);
  for (const auto& [symbol, prior] : ctx.lexicon->ticker_candidates()) {
    if (symbol.size() > 5) continue;
    h.Add(symbol, ctx.model->LogP(read, DecodeUtf8(symbol)) + prior +
                      TickerLengthLogPrior(t.exchange, symbol.size()));
  }
  // Five edits of at most two characters each cannot bring a longer
  // reading down to a symbol of five letters; and its search would hold
  // 50,000 states as long as the reading (a 7 KB token took 1 GB; found
  // by fuzz/fuzz_pipeline.cc).
  constexpr int kTickerEdits = 5;
  const bool can_shrink = read.size() <= 5 + 2 * kTickerEdits;
  for (const auto& c : can_shrink
                           ? ctx.model->Expand(read, kTickerEdits, -3.0, -9.0)
                           : std::vector<ConfusionModel::Candidate>()) {
    std::string s = EncodeUtf8(c.text);
    if (!AllUpperLetters(s) || s.size() > 5) continue;
    h.Add(s, c.log_p + DocumentLexicon::kFormatOnlyPrior +
                 TickerLengthLogPrior(t.exchange, s.size()));
  }
  return h.Best(t, t.start, t.stem_end, "ticker");
}

std::string OrdinalSuffix(int n) {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  switch (n % 10) {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
  }
}

// Words after which a number with a letter suffix is an ordinal.
bool IsOrdinalContext(const Token& prev) {
  static const char* const kDeterminers[] = {
      "the",   "The", "its", "Its",  "our",  "Our",  "their",
      "Their", "his", "her", "this", "This", "each", "every"};
  if (prev.stem_end < prev.end) return true;  // possessive: "IIJ’s 26th"
  for (const char* d : kDeterminers) {
    if (prev.text == d) return true;
  }
  return false;
}

// "26w" -> "26th" when the position calls for an ordinal.
std::optional<Repair> RepairOrdinal(const RepairContext& ctx, size_t index) {
  const Token& t = (*ctx.tokens)[index];
  static const RE2 kShape("([0-9]{1,3})([a-z]{1,2})");
  int n = 0;
  std::string suffix;
  if (t.slot != Slot::kOrdinal || t.stem_end != t.end ||
      !RE2::FullMatch(t.text, kShape, &n, &suffix)) {
    return std::nullopt;
  }
  std::string want = OrdinalSuffix(n);
  // Ordinals in filings count meetings, anniversaries and days; larger
  // numbers with a letter are codes ("401k").
  if (suffix == want || n == 0 || n > 199 || index == 0 ||
      index + 1 >= ctx.tokens->size()) {
    return std::nullopt;
  }
  const Token& next = (*ctx.tokens)[index + 1];
  if (!IsOrdinalContext((*ctx.tokens)[index - 1]) || !IsAlpha(next.text[0]) ||
      t.raw != t.text) {
    return std::nullopt;
  }
  Hypotheses h(kBrokenFormatPrior);
  h.Add(std::to_string(n) + want,
        ctx.model->LogP(DecodeUtf8(suffix), DecodeUtf8(want)));
  return h.Best(t, t.start, t.end, "ordinal");
}

int DaysIn(int month) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 ? kDays[month - 1] : 31;
}

// "May 3l" -> "May 31": a day must be digits and exist.
std::optional<Repair> RepairDay(const RepairContext& ctx, const Token& t) {
  std::string stem = Stem(t);
  if (t.slot != Slot::kDate || AllDigits(stem)) return std::nullopt;
  Hypotheses h(kBrokenFormatPrior);
  for (const auto& c : ctx.model->Expand(DecodeUtf8(stem), 2, -3.5, -8.0)) {
    std::string s = EncodeUtf8(c.text);
    if (!AllDigits(s)) continue;
    int day = std::stoi(s);
    if (day >= 1 && day <= DaysIn(t.month)) h.Add(s, c.log_p);
  }
  return h.Best(t, t.start, t.stem_end, "date");
}

// Letters OCR reads for digits (0 1 5 8 2 6 9).
bool DigitLike(char c) {
  return c != '\0' &&
         std::string_view("OoDlIiSBZGg").find(c) != std::string_view::npos;
}

// "2O18" -> "2018", "98-1O29639" -> "98-1029639", "I02-0071" -> "102-0071",
// "$1,00O" -> "$1,000".
std::optional<Repair> RepairNumber(const RepairContext& ctx, const Token& t) {
  std::string stem = Stem(t);
  int digits = 0, letters = 0;
  bool digit_like = true, number_chars = true;
  for (char c : stem) {
    digits += IsDigit(c);
    if (IsAlpha(c)) {
      ++letters;
      digit_like = digit_like && DigitLike(c);
    } else if (!IsDigit(c) &&
               std::string_view(",.-$%/").find(c) == std::string_view::npos) {
      number_chars = false;
    }
  }
  // Mostly digits, the letters all digit-like: a number whatever slot the
  // tokenizer gave it ("20i6").
  // "201o" has the shape of an ordinal, which no number over 199 is.
  // "I8", "3O": two characters, a digit and a stroke or round letter.
  const bool two_char = stem.size() == 2 && digits == 1 &&
                        std::string_view("OoIl").find(stem[IsDigit(stem[0])]) !=
                            std::string_view::npos;
  // After a dollar sign a number follows ("$l5", "$I.7").
  const bool dollar = stem[0] == '$' && digits >= 1 && digits >= letters;
  bool numeric =
      t.slot == Slot::kNumber || t.slot == Slot::kIdentifier ||
      ((t.slot == Slot::kName || t.slot == Slot::kOrdinal) && number_chars &&
       digit_like &&
       (two_char || dollar || (digits >= 2 && digits >= 2 * letters)));
  if (!numeric || letters == 0) return std::nullopt;
  // A letter at either end is usually part of a code ("4980B", "S1643");
  // in a number written with separators ("1,00O", "I02-0071") a
  // digit-like letter is a misread digit wherever it stands.
  bool separated = stem.find_first_of(",.-$/") != std::string::npos;
  for (size_t i = 0; i < stem.size(); ++i) {
    if (!IsAlpha(stem[i])) continue;
    bool interior = i > 0 && i + 1 < stem.size() && IsDigit(stem[i - 1]) &&
                    (IsDigit(stem[i + 1]) || IsAlpha(stem[i + 1]));
    // Not "B" at an edge: "$25.1B" is billions, "B02" a code. Without
    // separators, only the round letters and strokes that are digits'
    // twins stand at the edge of a number of three digits or more
    // ("I933", "200O").
    // A letter alone between separators is a form or series letter
    // ("10-D", "10-Q"), not a digit; a group of thousands ("I,359,269",
    // "7,B84") holds digits only, and so does a decimal part or a whole
    // part beside digits ("99.l", "l.01": stroke and round letters only).
    size_t gb = stem.find_last_of(",.-$/", i);
    gb = gb == std::string::npos ? 0 : gb + 1;
    size_t ge = std::min(stem.find_first_of(",.-$/", i), stem.size());
    const bool thousands = (gb > 0 && stem[gb - 1] == ',') ||
                           (ge < stem.size() && stem[ge] == ',');
    bool group_digit = thousands || stem[0] == '$';
    for (size_t k = gb; k < ge; ++k)
      group_digit = group_digit || IsDigit(stem[k]);
    if (!group_digit && ge == gb + 1 &&
        std::string_view("OoIli").find(stem[i]) != std::string_view::npos) {
      const bool after_point =
          gb >= 2 && stem[gb - 1] == '.' && IsDigit(stem[gb - 2]);
      const bool before_point =
          ge + 1 < stem.size() && stem[ge] == '.' && IsDigit(stem[ge + 1]);
      group_digit = after_point || before_point;
    }
    // Not "B" at an edge ("$25.1B" is billions, "B02" a code) unless in a
    // group of thousands. Without separators, only the round letters and
    // strokes that are digits' twins stand at the edge of a number of two
    // digits or more ("I933", "200O", "I20").
    bool edge_ok =
        separated
            ? DigitLike(stem[i]) && (stem[i] != 'B' || thousands)
            : (digits >= 2 || two_char) &&
                  std::string_view(two_char ? "OoIl" : "OoIli").find(stem[i]) !=
                      std::string_view::npos;
    if ((!interior && !edge_ok) || !group_digit) return std::nullopt;
  }
  Hypotheses h(kLetterInNumberPrior - 2.0 * (letters - 1));
  // -4.0: the prose the model learned from has few digits, so a letter
  // read for a digit is mostly known from the reverse pair ("0" read for
  // "o", kReversedPenalty).
  for (const auto& c : ctx.model->Expand(DecodeUtf8(stem), 3, -4.0, -9.0)) {
    std::string s = EncodeUtf8(c.text);
    // Digits where the letters were, and nothing else changed.
    bool ok = s.size() == stem.size();
    for (size_t k = 0; ok && k < s.size(); ++k) {
      ok = IsAlpha(stem[k]) ? IsDigit(s[k]) : s[k] == stem[k];
    }
    if (!ok) continue;
    h.Add(s, c.log_p);
  }
  return h.Best(t, t.start, t.stem_end, "number");
}

// Words that name a commission file number label ("Commission File
// Number", "File No.") near a token: the label beside it or under it.
bool NearFileNumberLabel(const RepairContext& ctx, const Token& t) {
  if (ctx.text == nullptr) return false;
  static const RE2 kLabel("(?i)file\\s+(?:number|no\\b)");
  size_t from = t.start > 200 ? t.start - 200 : 0;
  size_t to = std::min(ctx.text->size(), t.end + 400);
  return RE2::PartialMatch(re2::StringPiece(ctx.text->data() + from, to - from),
                           kLabel);
}

// "Q-26906" -> "0-26906": a letter before the hyphen of a commission file
// number, next to its label. Such numbers of one digit, a hyphen and four
// to six digits start with 0 (Exchange Act registrations of NASDAQ and OTC
// companies), 1 (exchange-listed) or 2 (old Securities Act files), in
// roughly these shares; the prior picks among digits the letter is equally
// unlike.
std::optional<Repair> RepairFileNumber(const RepairContext& ctx,
                                       const Token& t) {
  static const RE2 kShape("([A-Za-z])-([0-9]{4,6})");
  std::string stem = Stem(t), letter, digits;
  if ((t.slot != Slot::kName && t.slot != Slot::kIdentifier) ||
      !RE2::FullMatch(stem, kShape, &letter, &digits) ||
      !NearFileNumberLabel(ctx, t)) {
    return std::nullopt;
  }
  static const std::pair<char, double> kPrefixShare[] = {
      {'0', 0.6}, {'1', 0.35}, {'2', 0.05}};
  Hypotheses h(kBrokenFormatPrior);
  for (const auto& [d, share] : kPrefixShare) {
    h.Add(std::string(1, d) + "-" + digits,
          ctx.model->LogP(DecodeUtf8(letter), DecodeUtf8(std::string(1, d))) +
              std::log10(share));
  }
  return h.Best(t, t.start, t.stem_end, "file number");
}

// "Item 5S." -> "Item 5.": the item numbers of SEC forms are 1 to 16, with
// at most a letter A to C (10-K "Item 1A", "Item 9B"); any other letter
// after the digits is no part of it. The 8-K numbers "5.02" have no letter.
std::optional<Repair> RepairItemNumber(const RepairContext& ctx, size_t index) {
  const Token& t = (*ctx.tokens)[index];
  static const RE2 kShape("([0-9]{1,2})([A-Za-z])");
  std::string stem = Stem(t), digits, letter;
  if (index == 0 || t.stem_end != t.end ||
      !RE2::FullMatch(stem, kShape, &digits, &letter)) {
    return std::nullopt;
  }
  const Token& prev = (*ctx.tokens)[index - 1];
  int n = std::stoi(digits);
  char l =
      static_cast<char>(std::toupper(static_cast<unsigned char>(letter[0])));
  if ((prev.text != "Item" && prev.text != "ITEM") || prev.raw != prev.text ||
      n < 1 || n > 16 || (l >= 'A' && l <= 'C')) {
    return std::nullopt;
  }
  Hypotheses h(kBrokenFormatPrior);
  h.Add(digits, ctx.model->LogP(DecodeUtf8(stem), DecodeUtf8(digits)));
  return h.Best(t, t.start, t.stem_end, "item number");
}

// "tbis" -> "this": an unknown lower-case word one or two confusions away
// from a known one.
std::optional<Repair> RepairWord(const RepairContext& ctx, const Token& t) {
  std::string stem = Stem(t);
  if (t.slot != Slot::kWord || stem.size() < 4 || !AllLowerLetters(stem) ||
      t.raw.find_first_of("@/\\_=") != std::string::npos ||
      ctx.lexicon->LogPrior(stem) > kNone) {
    return std::nullopt;
  }
  // An unknown word the document repeats is more likely a real name.
  double read = (ctx.ocr_like ? kUnknownWordPriorOcr : kUnknownWordPrior) +
                0.5 * std::min(4, ctx.lexicon->Count(stem) - 1);
  Hypotheses h(read);
  for (const auto& c : ctx.model->ExpandIn(stem, Tries(ctx), 2, -2.5, -4.5,
                                           ctx.cut_walks)) {
    const std::string& s = c.text;
    if (!AllLowerLetters(s)) continue;
    double prior = ctx.lexicon->LogPrior(s);
    if (prior == kNone) continue;
    if (ctx.lexicon->Count(s) > 0) prior += 1.0;  // used elsewhere as is
    h.Add(s, c.log_p + prior);
  }
  return h.Best(t, t.start, t.stem_end, "word");
}

// "IIJ°s", "IIJ°’s" -> "IIJ’s": the possessive marker must be an apostrophe.
std::optional<Repair> RepairPossessive(const RepairContext& ctx,
                                       const Token& t) {
  if (t.stem_end >= t.end || !HasLetter(Stem(t))) return std::nullopt;
  std::string marker = t.text.substr(t.stem_end - t.start);
  if (marker.find("°") == std::string::npos) return std::nullopt;
  std::string want;
  if (marker.find("’") != std::string::npos) {
    want = "’s";
  } else if (marker.find('\'') != std::string::npos) {
    want = "'s";
  } else {
    want = "’s";  // only the misread glyph: use the typographic apostrophe
  }
  Hypotheses h(kBrokenFormatPrior);
  h.Add(want, ctx.model->LogP(DecodeUtf8(marker), DecodeUtf8(want)));
  return h.Best(t, t.stem_end, t.end, "apostrophe");
}

}  // namespace

std::vector<Repair> ProposeRepairs(const RepairContext& ctx, size_t index) {
  const Token& t = (*ctx.tokens)[index];
  std::vector<Repair> out;
  std::optional<Repair> stem;
  bool vocabulary_declined = false;
  switch (t.slot) {
    case Slot::kName:
      // The general repair first; a candidate of its below the margin
      // leaves the token to the narrower rules, but not to RepairMixed,
      // which would weigh the same candidates with a laxer threshold.
      stem = RepairVocabulary(ctx, index);
      vocabulary_declined =
          stem && stem->margin && stem->log_odds < *stem->margin;
      if (vocabulary_declined) stem.reset();
      if (!stem && !vocabulary_declined) stem = RepairMixed(ctx, t);
      if (!stem) stem = RepairAbbreviation(ctx, t);
      if (!stem) stem = RepairCompound(ctx, index);
      if (!stem) stem = RepairNameCase(ctx, index);
      if (!stem) stem = RepairFileNumber(ctx, t);
      if (!stem) stem = RepairItemNumber(ctx, index);
      if (!stem) stem = RepairNumber(ctx, t);
      break;
    case Slot::kTicker:
      stem = RepairTicker(ctx, t);
      break;
    case Slot::kOrdinal:
      stem = RepairOrdinal(ctx, index);
      if (!stem) stem = RepairNumber(ctx, t);
      break;
    case Slot::kDate:
      stem = RepairDay(ctx, t);
      break;
    case Slot::kNumber:
    case Slot::kIdentifier:
      stem = RepairNumber(ctx, t);
      if (!stem) stem = RepairFileNumber(ctx, t);
      if (!stem) stem = RepairItemNumber(ctx, index);
      break;
    case Slot::kWord:
      stem = RepairVocabulary(ctx, index);
      vocabulary_declined =
          stem && stem->margin && stem->log_odds < *stem->margin;
      if (vocabulary_declined) stem.reset();
      if (!stem && !vocabulary_declined) stem = RepairWord(ctx, t);
      if (!stem) stem = RepairNameCase(ctx, index);
      if (!stem) stem = RepairInitialI(ctx, index);
      break;
  }
  if (stem) out.push_back(*stem);
  if (auto p = RepairPossessive(ctx, t)) out.push_back(*p);
  return out;
}

bool LooksLikeOcrError(const std::vector<Token>& tokens, size_t index) {
  const Token& t = tokens[index];
  std::string stem = Stem(t);
  if (t.text.find("°") != std::string::npos && HasLetter(stem) &&
      t.stem_end < t.end) {
    return true;
  }
  if (t.slot == Slot::kTicker && t.letters_only && !AllUpperLetters(stem)) {
    return true;
  }
  if (t.slot == Slot::kOrdinal) {
    static const RE2 kShape("([0-9]{1,3})([a-z]{1,2})");
    int n = 0;
    std::string suffix;
    if (RE2::FullMatch(t.text, kShape, &n, &suffix) && n > 0 && n < 200 &&
        suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" &&
        index > 0 && IsOrdinalContext(tokens[index - 1])) {
      return true;
    }
  }
  // "11J", "I1J", "l0ss": a short alphanumeric token whose digits are all
  // ones the confusion data reads for letters (0 1 5 8).
  if (t.slot == Slot::kName && stem.size() <= 6 && HasLetter(stem) &&
      HasDigit(stem)) {
    for (char c : stem) {
      if (!std::isalnum(static_cast<unsigned char>(c))) return false;
      if (IsDigit(c) && c != '0' && c != '1' && c != '5' && c != '8') {
        return false;
      }
    }
    return true;
  }
  return false;
}

}  // namespace secx
