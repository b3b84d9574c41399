// Distributions of REITs and partnerships read as dividends. A REIT
// "declared a distribution of $0.2250 per share", a partnership "declared a
// quarterly distribution of $0.4625 per unit", and their statements show
// "Distributions declared per common share": these are the registrant's
// per-share dividends (FIELDS.md, Dividends), written in another word.
//
// Rather than teach every dividend rule the second word, the words that
// mean a dividend are rewritten as "dividend(s)" padded with spaces to the
// same length, in a copy of the text; every offset, page and box stays
// valid, so the records read from the copy point into the original text.
// A distribution is read as a dividend only where the words around it say
// so (kDividendSense), and never where they say it is something else
// (kOtherSense): distributions from joint ventures, to noncontrolling
// interests, a distribution reinvestment plan, distribution centers.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/facts/dividends_internal.h"

namespace secx {
namespace facts {
namespace {

struct NamedPattern {
  const char* name;
  const char* pattern;
};

// Where "distribution(s)" (the first group) is a per-share dividend.
constexpr NamedPattern kDividendSense[] = {
    // "Distributions declared per common share", "distributions paid per
    // unit", "Distributions per limited partner unit".
    {"per_share_label",
     "(?i)\\b(distributions?)(?:\\s+(?:declared|paid))?(?:\\s+and\\s+"
     "(?:declared|paid))?\\s*,?\\s+per\\s+(?:common\\s+|limited\\s+partner\\s+"
     "|lp\\s+)?(?:share|unit)\\b"},
    // "a distribution of $0.2250 per share", "distributions to common
    // stockholders of $0.25 per share", "a quarterly distribution of
    // $0.4625 per unit" (the other senses are left out by kOtherSense).
    // Also with the period between: "a cash distribution for the first
    // quarter of 2024 of $0.5350 per common unit".
    {"amount_per_share",
     "(?i)\\b(distributions?)\\s+(?:to\\s+(?:our\\s+)?(?:common\\s+)?"
     "(?:stockholders|shareholders|unitholders)\\s+)?(?:(?:declared|paid)\\s+)?"
     // A fund's "monthly distribution from net investment income of
     // $0.0625 per common share".
     "(?:from\\s+net\\s+investment\\s+income\\s+)?"
     "(?:(?:for|in|during)\\s+(?:the\\s+)?(?:[a-z]+,?\\s+){0,5}?(?:19|20)\\d\\d"
     // ("Distributions in 2002 were $.34 per share in each of ...".)
     "\\s+)?(?:of|totall?ing|totall?ed|equal\\s+to|were|was)\\s+(?:"
     "approximately\\s+)?"
     "\\$\\s?"
     // (An LLC's whole dollars: "a distribution of $350 per unit".)
     "(?:\\d*\\.\\d+|\\d[\\d,]{0,6})\\s+per\\s+(?:common\\s+)?(?:share|unit)"
     "\\b"},
    // "Distributions declared on our common stock were $0.2550 per share
    // for the three months ended March 31, 2023".
    {"on_common_stock",
     "(?i)\\b(distributions?)\\s+(?:declared|paid)\\s+(?:on|to\\s+holders\\s+"
     "of)"
     "\\s+(?:our|the|its)?\\s*common\\s+(?:stock|shares|units)\\s+(?:were|was|"
     "totall?ed|of)\\s+(?:approximately\\s+)?\\$\\s?\\d*\\.\\d+\\s+per\\s+"
     "(?:common\\s+)?(?:share|unit)\\b"},
    // "$0.25 per share in distributions", "$0.4625 per unit distribution",
    // "Of the $1.00 per share of distributions paid in 2023, ...".
    {"per_share_before",
     "(?i)\\$\\s?\\d*\\.\\d+\\s+per\\s+(?:common\\s+)?(?:share|unit)\\s+"
     "(?:(?:in|of)\\s+)?(?:(?:cash|quarterly|monthly|special)\\s+)?"
     "(distributions?)\\b"},
    // The kind before it: "quarterly distribution", "special distribution".
    {"kind",
     "(?i)\\b(?:quarterly|monthly|special|regular)\\s+(?:cash\\s+)?"
     "(distributions?)\\b"},
    // A table cell that is the distribution alone: a column heading
    // "Distributions Declared", a row label "Distributions ($1.00 per
    // share)", "Distributions declared \u2014 common stock ($0.7695 per
    // share)" or "Distributions declared to common stockholders".
    {"cell",
     "(?im)(?:^|\\t)[ ]*(distributions?)(?:\\s+(?:declared|paid))?(?:\\s+(?:on|"
     "to)\\s+(?:common\\s+)?(?:stock|shares|stockholders|shareholders|"
     "unitholders)|\\s*[-,\\x{2013}\\x{2014}]\\s*common\\s+(?:stock|shares))?(?"
     ":\\s*\\(\\$\\s?\\d*\\.\\d+\\s+per\\s+(?:common\\s+)?"
     "(?:share|unit)\\))?[ ]*(?:\\t|$)"},
    // A table's lead-in: "Distributions declared during the second quarter
    // were:", "Distributions paid in 2023 were as follows:".
    {"lead_in",
     "(?i)\\b(distributions?)\\s+(?:declared|paid)\\s+(?:during|for|in)\\s+"
     "[^.:;]{0,60}?\\s+(?:were|was)(?:\\s+as\\s+follows)?\\s*:"},
    // A market table's column beside the prices, typed with blanks:
    // "High      Low   Distributions".
    {"price_heading", "(?i)\\blow[ \\t]{2,}(distributions?)\\b"},
    // A section or table title: "Distributions", "Distributions Declared".
    {"heading",
     "(?im)^[ \\t]*(distributions)(?:\\s+declared)?(?:\\s+to\\s+(?:common\\s+)?"
     "(?:stockholders|shareholders|unitholders))?[ \\t]*:?[ \\t]*$"},
};

// Words after "distribution(s)" that make it something else: where it
// comes from, whom it goes to other than the holders, a plan, a business.
constexpr NamedPattern kOtherSense[] = {
    {"source", "(?i)^\\s+(?:received\\s+)?from\\b"},
    {"to_others",
     "(?i)^\\s+(?:paid\\s+|made\\s+)?to\\s+(?:the\\s+)?(?:non-?controlling|"
     "redeemable|joint|partners?\\b|members?\\b|preferred|general\\s+partner|"
     "the\\s+general|holders\\s+of\\s+(?:preferred|op|operating))"},
    {"excess", "(?i)^\\s+in\\s+excess"},
    {"business",
     "(?i)^\\s+(?:reinvestment|center|centre|channel|network|agreement|"
     "facilit|cost|expense|business|segment|right|fee|service|partner|"
     "compan|arrangement|warehouse|logistic|system|operation)"},
};

// Words before it that make it something else: "noncontrolling interest
// distributions", "joint venture distributions", "tax distributions".
constexpr NamedPattern kOtherBefore[] = {
    {"owner_before",
     "(?i)\\b(?:non-?controlling(?:\\s+interests?)?|joint\\s+ventures?|"
     "unconsolidated|partnership\\s+tax|tax|equity\\s+method|investee|"
     "subsidiary|preferred(?:\\s+(?:stock|units?))?|op\\s+units?)\\s+$"},
    // A partnership agreement's levels ("the minimum quarterly
    // distribution is $0.4000 per unit", "target distributions",
    // "incentive distributions"), a liquidation's return of capital, and
    // a rate per share per day ("daily distributions at a rate of
    // $0.00164384 per share per day").
    // A measure of what could be paid: "Cash available for distribution
    // was $2.31 per Unit".
    {"available_before", "(?i)\\bavailable\\s+for\\s+$"},
    {"level_before",
     "(?i)\\b(?:minimum|target|incentive|liquidating|liquidation|daily)\\s+"
     "(?:(?:quarterly|cash)\\s+){0,2}$"},
};

struct Compiled {
  std::vector<std::unique_ptr<RE2>> sense, other, before;
  Compiled() {
    for (const NamedPattern& p : kDividendSense)
      sense.push_back(std::make_unique<RE2>(p.pattern));
    for (const NamedPattern& p : kOtherSense)
      other.push_back(std::make_unique<RE2>(p.pattern));
    for (const NamedPattern& p : kOtherBefore)
      before.push_back(std::make_unique<RE2>(p.pattern));
  }
};

const Compiled& Patterns() {
  static const Compiled* c = new Compiled();
  return *c;
}

// True when the word at [start, end) of `text` is said to be something
// else by the words right around it.
bool OtherSense(std::string_view text, size_t start, size_t end) {
  std::string_view after = text.substr(end, 48);
  // A fund's own distribution comes from its net investment income.
  static const RE2 fund_re("(?i)^\\s+from\\s+net\\s+investment\\s+income\\b");
  const bool fund =
      RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), fund_re);
  std::string_view before =
      text.substr(start > 48 ? start - 48 : 0, start > 48 ? 48 : start);
  for (const auto& re : Patterns().other) {
    if (!fund &&
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), *re))
      return true;
  }
  for (const auto& re : Patterns().before) {
    if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), *re))
      return true;
  }
  return false;
}

// The padding after a reworded word moved to the start of its line (or
// TAB cell) instead, when no digit or "$" is written there: "The Fund
// declared the following dividends    per common share during the year
// ended December 31, 2013:" would read as two cells; "    The Fund
// declared the following dividends per common share ..." reads as one.
// `start` is the word's, `kept` its new length, `pad` the blanks after it.
void PadBefore(std::string* text, size_t start, size_t kept, size_t pad) {
  std::string& t = *text;
  size_t ls = t.find_last_of("\n\t", start == 0 ? 0 : start - 1);
  ls = (ls == std::string::npos || start == 0) ? 0 : ls + 1;
  for (size_t i = ls; i < start; ++i) {
    const char c = t[i];
    if (c == '$' || std::isdigit(static_cast<unsigned char>(c))) return;
  }
  std::move_backward(t.begin() + static_cast<long>(ls),
                     t.begin() + static_cast<long>(start + kept),
                     t.begin() + static_cast<long>(start + kept + pad));
  std::fill(t.begin() + static_cast<long>(ls),
            t.begin() + static_cast<long>(ls + pad), ' ');
}

// "Distributions" -> "Dividends    ", in the case it was written in.
// The padding must not open a gap inside a fixed-width table's label
// ("Distributions declared per share ....   $ 1.44"): a run of blanks
// there splits the label into two cells. When the word is followed by
// more words on its line, the padding is moved to the end of those words
// (the next gap, TAB or line end), so "Dividends declared per share
// ....       $ 1.44". Words holding a digit or "$" are never moved: an
// amount keeps its offsets in the original text.
void Reword(std::string* text, size_t start, size_t end,
            bool right_aligned = false) {
  std::string_view word(text->data() + start, end - start);
  bool upper = word.size() > 1 && word[1] == 'I';
  std::string to = upper ? "DIVIDEND" : "dividend";
  if (word[0] == 'D') to[0] = 'D';
  if (word.back() == 's' || word.back() == 'S') to += upper ? "S" : "s";
  const size_t kept = to.size();
  if (right_aligned) {
    // A column heading over right-aligned figures keeps its right edge.
    to.insert(0, word.size() - kept, ' ');
    text->replace(start, word.size(), to);
    return;
  }
  to.resize(word.size(), ' ');
  text->replace(start, word.size(), to);
  std::string& t = *text;
  const size_t pad = end - start - kept;
  if (pad == 0 || end + 1 >= t.size() || t[end] != ' ' || t[end + 1] == ' ') {
    return;
  }
  size_t j = end;
  for (; j < t.size() && j - end < 80; ++j) {
    const char c = t[j];
    if (c == '\n' || c == '\r' || c == '\t' ||
        (c == ' ' && j + 1 < t.size() && t[j + 1] == ' ')) {
      break;
    }
    if (c == '$' || std::isdigit(static_cast<unsigned char>(c))) {
      PadBefore(&t, start, kept, pad);
      return;
    }
  }
  if (j >= t.size() || j - end >= 80) return;
  std::move(t.begin() + static_cast<long>(end), t.begin() + static_cast<long>(j),
            t.begin() + static_cast<long>(start + kept));
  std::fill(t.begin() + static_cast<long>(j - pad), t.begin() + static_cast<long>(j), ' ');
}

// A market table's column heading split over two typed lines, "Distri-"
// over "bution" (or "Distribu-" over "tions"), beside "High" and "Low":
// rewritten "Divi-" over "dend" (padded), which a heading block joins as
// "Dividend". Adds both pieces to `found` (start, end of each piece).
void SplitHeadings(std::string_view text, std::vector<Piece>* found,
                   std::vector<std::pair<Piece, Piece>>* split) {
  static const RE2 head_re("(?i)\\b(distri-|distribu-)");
  re2::StringPiece in(text.data(), text.size());
  re2::StringPiece m;
  while (RE2::FindAndConsume(&in, head_re, &m)) {
    size_t start = m.data() - text.data();
    size_t after = start + m.size();
    if (after < text.size() && text[after] != ' ' && text[after] != '\n' &&
        text[after] != '\r') {
      continue;
    }
    size_t line_start = text.rfind('\n', start);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    size_t line_end = text.find('\n', start);
    if (line_end == std::string_view::npos) break;
    size_t next_end = text.find('\n', line_end + 1);
    if (next_end == std::string_view::npos) next_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    std::string_view next = text.substr(line_end + 1, next_end - line_end - 1);
    size_t column = start - line_start;
    // The rest of the word on the next line, starting within three
    // columns of the first piece.
    std::string rest = m.size() == 7 ? "bution" : "tion";
    size_t at = std::string_view::npos;
    for (size_t c = column >= 3 ? column - 3 : 0;
         c <= column + 3 && c + rest.size() <= next.size(); ++c) {
      if (Lower(next.substr(c, rest.size())) == rest &&
          (c == 0 || next[c - 1] == ' ')) {
        at = c;
        break;
      }
    }
    if (at == std::string_view::npos) continue;
    size_t end = at + rest.size();
    if (end < next.size() && (next[end] == 's' || next[end] == 'S')) ++end;
    if (end < next.size() &&
        std::isalpha(static_cast<unsigned char>(next[end])))
      continue;
    std::string both = Lower(line) + " " + Lower(next);
    if (both.find("high") == std::string::npos &&
        both.find("low") == std::string::npos) {
      continue;
    }
    Piece first{start, after};
    Piece second{line_end + 1 + at, line_end + 1 + end};
    split->push_back({first, second});
    found->push_back(first);
  }
}

// A market table's column heading typed over several lines, the word a
// cell of its own ("Cash" over "Distribution" over "Paid", beside "High"
// and "Low" on a line at most three below): added to `found`.
void StackedHeadings(std::string_view text, const KeywordHits& hits,
                     std::vector<Piece>* found) {
  static const RE2 cell_re(
      "(?i)(?:^|[ ]{2,}|\\t)(distributions?)(?:[ ]{2,}|\\t|$)");
  static const RE2 prices_re("(?i)\\bhigh\\b.*\\blow\\b");
  for (Piece at : hits.LinesWith({"istribution", "ISTRIBUTION"})) {
    std::string_view line = text.substr(at.start, at.size());
    if (line.size() >= 200) continue;
    // The price headings on this line or the next three.
    bool prices = false;
    Piece l = at;
    for (int k = 0; k < 4 && !prices; ++k) {
      std::string_view t = text.substr(l.start, l.size());
      prices =
          t.size() < 200 &&
          RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), prices_re);
      if (l.end >= text.size()) break;
      l = LineAt(text, l.end + 1);
    }
    re2::StringPiece in(line.data(), line.size());
    re2::StringPiece m;
    while (prices && RE2::FindAndConsume(&in, cell_re, &m)) {
      size_t start = m.data() - text.data();
      bool seen = false;
      for (const Piece& f : *found) seen = seen || f.start == start;
      if (!seen) found->push_back({start, start + m.size()});
      // The blanks after the word may open the next cell.
      if (!in.empty() && in.data() > m.data() + m.size()) {
        in = re2::StringPiece(m.data() + m.size(), line.data() + line.size() -
                                                       (m.data() + m.size()));
      }
    }
  }
}

}  // namespace

bool DistributionsAsDividends(std::string_view text, const KeywordHits& hits,
                              std::string* reworded,
                              std::vector<Piece>* where) {
  std::vector<Piece> found;
  re2::StringPiece whole(text.data(), text.size());
  // Only the paragraphs that hold the word are read (the whole text is
  // the patterns' context, for \b and ^).
  for (Piece para : hits.ParagraphsWith({"istribution", "ISTRIBUTION"})) {
    for (const auto& re : Patterns().sense) {
      re2::StringPiece m[2];
      size_t pos = para.start;
      while (pos < para.end &&
             re->Match(whole, pos, para.end, RE2::UNANCHORED, m, 2)) {
        size_t start = m[1].data() - text.data();
        size_t end = start + m[1].size();
        pos = m[0].data() - text.data() + std::max<size_t>(m[0].size(), 1);
        if (OtherSense(text, start, end)) continue;
        bool seen = false;
        for (const Piece& p : found) seen = seen || p.start == start;
        if (!seen) found.push_back({start, end});
      }
    }
  }
  size_t stacked_from = found.size();
  StackedHeadings(text, hits, &found);
  size_t stacked_to = found.size();
  std::vector<std::pair<Piece, Piece>> split;
  if (hits.ContainsAny({"istri-", "ISTRI-", "istribu-", "ISTRIBU-"}))
    SplitHeadings(text, &found, &split);
  if (found.empty()) return false;
  *reworded = std::string(text);
  for (size_t i = 0; i < found.size(); ++i) {
    const Piece& p = found[i];
    bool piece = false;
    for (const auto& [first, second] : split) piece |= first.start == p.start;
    if (!piece) {
      Reword(reworded, p.start, p.end, i >= stacked_from && i < stacked_to);
    }
  }
  for (const auto& [first, second] : split) {
    // "Distri-" -> "Divi-  ", "bution" -> "dend  " (case kept).
    std::string& t = *reworded;
    bool upper = t[first.start + 1] == 'I';
    std::string a = upper ? "DIVI-" : "Divi-";
    if (t[first.start] == 'd') a[0] = 'd';
    a.resize(first.end - first.start, ' ');
    t.replace(first.start, a.size(), a);
    bool plural = t[second.end - 1] == 's' || t[second.end - 1] == 'S';
    std::string b = upper ? "DEND" : "dend";
    if (plural) b += upper ? "S" : "s";
    b.resize(second.end - second.start, ' ');
    t.replace(second.start, b.size(), b);
  }
  if (where != nullptr) *where = std::move(found);
  return true;
}

}  // namespace facts
}  // namespace secx
