// Per-share amounts of a dividend sentence: which amounts are per-share
// dividends, their old rates and their years (see dividends_internal.h).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <string>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {

// Position of the last occurrence of any of `words` in lower[from, to) that
// starts at a word boundary, npos if none.
size_t LastOf(const std::string& lower, size_t from, size_t to,
              std::initializer_list<const char*> words) {
  size_t best = std::string::npos;
  for (const char* w : words) {
    size_t len = std::char_traits<char>::length(w);
    if (to < from + len) continue;
    // Within [from, to) only: searching back past `from` would read the
    // sentence back to its start for every call.
    std::string_view range = std::string_view(lower).substr(from, to - from);
    size_t q = range.rfind(w, range.size() - len);
    while (q != std::string_view::npos) {
      size_t p = from + q;
      if (p == 0 || !std::isalpha(static_cast<unsigned char>(lower[p - 1]))) {
        if (best == std::string::npos || p > best) best = p;
        break;
      }
      if (q == 0) break;
      q = range.rfind(w, q - 1);
    }
  }
  return best;
}

namespace {

// A 10-Q or 10-K period phrase: "for the three months ended March 31,
// 2024 and 2023", "for the years ended December 31, 2023, 2022 and 2021",
// "in the first quarter of 2024", "for fiscal 2023 and 2022".
#define SECX_PERIODS                                                         \
  "\\s+(?:in|for|during)\\s+(?:each\\s+of\\s+)?(?:the\\s+)?(?:(?:three|six|" \
  "nine|twelve|3|6|9|12)\\s+months|(?:fiscal\\s+)?years?|quarters?|"         \
  "(?:first|second|third|fourth)\\s+quarter|fiscal)\\b[a-z0-9 ,]{1,60}?"     \
  "(?:19|20)\\d\\d"

bool ObjectOfDividend(const std::string& lower, size_t div, size_t at) {
  // "a dividend of $0.135", and "cash dividends per share of $4.76" /
  // "dividends paid per share were $1.88" / "dividends declared per share
  // of common stock were $2.00" / "dividends per share in 2023 were $4.70"
  // / "dividends per share declared in each quarter of fiscal 2024 were
  // $0.31" (per share said before the amount), also as a row label
  // "Dividends declared per common share ($0.94)" or "Cash dividends
  // declared per share: $0.94".
  static const RE2 re(
      "dividends?(?:\\s+(?:rate|payment|amount))?\\s+(?:of|to|at|at\\s+the\\s+"
      "rate\\s+of|equal\\s+to|in\\s+the\\s+amount\\s+of|amounting\\s+to|"
      "of\\s+up\\s+to)\\s*|dividends?\\s+(?:(?:declared|paid)\\s+)?per\\s+"
      "(?:common\\s+)?share(?:\\s+of\\s+common\\s+stock)?(?:\\s+(?:declared|"
      "paid))?(?:\\s+(?:in|for|during)\\s+(?:each\\s+(?:of\\s+the\\s+"
      "(?:four\\s+)?)?quarters?\\s+of\\s+)?(?:fiscal\\s+(?:year\\s+)?)?"
      "(?:19|20)\\d\\d|" SECX_PERIODS
      ")?(?:,?\\s+(?:of|were|was|totall?ed|amounted\\s+to)"
      "(?:\\s+as\\s+follows\\s*:)?\\s+|\\s*[:(]\\s*|"
      // "Annual dividends per share increased 9% to $3.32".
      "\\s+(?:increased|rose|grew|decreased|declined)(?:\\s+(?:by\\s+)?"
      "\\d{1,3}(?:\\.\\d+)?\\s*(?:%|percent))?\\s+to\\s+)"
      "(?:approximately\\s+)?");
  return RE2::FullMatch(re2::StringPiece(lower.data() + div, at - div), re);
}

// Words between two amounts of one list ("$4.76, $4.52 and $4.24", "$1.88
// in fiscal 2024 and $1.76", "$0.45 per share for the first quarter, $0.45
// for the second quarter", "$0.25 in each of the first three quarters and
// $0.27"): the second is what the first is.
bool ListGap(std::string_view gap) {
  static const RE2 re(
      // ("$.40 per share were declared in each of the first two quarters
      // of 1994 and $.38 in each of ...": the verb after the first's
      // per-share words.)
      "(?:\\s+per\\s+(?:common\\s+)?share)?(?:\\s+(?:were|was)\\s+(?:"
      "declared|paid))?(?:\\s+(?:in|for|during)\\s+"
      "(?:(?:fiscal\\s+(?:year\\s+)?)?(?:19|20)\\d\\d|the\\s+(?:first|second|"
      "third|fourth)\\s+quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?:19|20)\\d\\d)?|"
      "each\\s+of\\s+the\\s+(?:first|last)\\s+(?:two|three)\\s+quarters|"
      "each\\s+quarter|"
      // "$0.42 in each quarter of 2024 and $0.40 in each quarter of 2023",
      // "in each of the first and second quarters of 2023 and ...".
      "each\\s+(?:of\\s+the\\s+[a-z "
      "]{0,40}?)?quarters?\\s+of\\s+(?:fiscal\\s+)?"
      "(?:19|20)\\d\\d)|"
      // A second list after the first's periods: "$0.54 and $0.51 for the
      // three months ended June 30, 2024 and 2023, respectively, and $1.08
      // and $1.02 for the six months ended ...".
      "(?:\\s+per\\s+(?:common\\s+)?share)?\\s+(?:for|in|during)\\s+(?:the\\s+)"
      "?"
      "(?:(?:three|six|nine|twelve)\\s+months\\s+ended\\s+[a-z]+\\s+\\d{1,2},?"
      "\\s+"
      "|(?:fiscal\\s+)?(?:years?\\s+)?)(?:19|20)\\d\\d,?\\s+and\\s+(?:"
      "fiscal\\s+)?"
      "(?:19|20)\\d\\d,?\\s+respectively,?\\s+and|"
      // "$3.64 (2024), $3.52 (2023) and $3.40 (2022)".
      "\\s*\\(\\s*(?:fiscal\\s+)?(?:19|20)\\d\\d\\s*\\))?"
      "\\s*,?\\s*(?:and\\s+)?");
  return RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), re);
}

// The words after amount `i`, up to the next amount, at most 40 bytes.
std::string_view After(const std::string& lower, const std::vector<Money>& all,
                       size_t i) {
  size_t end = all[i].end;
  size_t next = i + 1 < all.size() ? all[i + 1].start : lower.size();
  return std::string_view(lower).substr(
      end, std::min<size_t>(40, next > end ? next - end : 0));
}

// `w` within `within` bytes of `after`, no other word between: in a table
// run "$ 90\nDividends per share" the words are the next row's label.
bool Says(std::string_view after, const char* w, size_t within) {
  size_t at = after.find(w);
  if (at >= within) return false;
  for (size_t k = 0; k < at; ++k) {
    if (std::isalpha(static_cast<unsigned char>(after[k]))) return false;
  }
  return true;
}

// Per-share words right after an amount.
// "$0.59 per Class A share", "per Class B common share".
bool PerClassShare(std::string_view after) {
  // Or a preferred share named by its terms: "per Non-Cumulative Rate
  // Reset Class A Preferred Share Series 1", "per 5.25% Series B Preferred
  // Share".
  static const RE2 re(
      "^\\s{0,4}per\\s+(?:class\\s+[a-c]\\s+(?:common\\s+|ordinary\\s+)?share|"
      "(?:[a-z0-9.%-]+\\s+){1,6}preferred\\b)");
  std::string_view head = after.substr(0, 80);
  return RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), re);
}

bool SaysPerShare(std::string_view words) {
  // A label wrapped in fixed-width text: "($2.28 per" over an indented
  // "share) ....": blanks run together read as one.
  std::string folded;
  for (char c : words) {
    bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!blank || folded.empty() || folded.back() != ' ')
      folded += blank ? ' ' : c;
  }
  std::string_view after = folded;
  // A heading of the rows below, not the amount's unit: "$9,963" over
  // "Per common share:" (a statement's net income, then its per-share
  // rows).
  static const RE2 heading_re(
      "^\\s*per\\s+(?:common\\s+|ordinary\\s+)?share\\s*:");
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                        heading_re)) {
    return false;
  }
  return Says(after, "per share", 12) || Says(after, "per-share", 4) ||
         Says(after, "a share", 6) || Says(after, "per common share", 12) ||
         Says(after, "for each share", 12) ||
         Says(after, "per ordinary share", 12) || Says(after, "per ads", 12) ||
         Says(after, "per american depositary", 12) ||
         Says(after, "per preferred share", 12) ||
         // Swiss classes: "CHF 2.40 per registered share and CHF 12.00
         // per bearer share".
         Says(after, "per registered share", 12) ||
         Says(after, "per bearer share", 12) ||
         Says(after, "per equity share", 12) ||
         // A partnership's unit: "a quarterly distribution of $0.4625 per
         // unit" (distributions are read as dividends only where they are
         // one, dividend_distributions.cc).
         Says(after, "per unit", 12) || Says(after, "per common unit", 12) ||
         PerClassShare(after);
}

// The prior year's figure in a parenthesis: "$0.51 (2023: $0.47)".
#define SECX_PRIOR_YEAR                                             \
  "(?:fiscal\\s+|fy\\s*)?((?:19|20)\\d\\d)\\s*(?::|-|\xE2\x80\x93|" \
  "\xE2\x80\x94)?\\s*"

// Words between a per-share dividend and the amount it is compared with
// ("$0.51 for the three months ended June 30, 2024, compared to $0.47"):
// the second is the same measure of another period. No other measure
// may come between ("compared to earnings of").
bool ComparedGap(std::string_view gap) {
  static const RE2 re(
      "(?:\\s+per\\s+(?:(?:common|ordinary)\\s+share|share|ads))?"
      "(?:[a-z0-9 ,]{0,80}?,?\\s*"
      "(?:as\\s+)?(?:compared\\s+(?:to|with)|versus|vs\\.)\\s*|"
      // "$1.84, up 8% from $1.70 in 2023", "an increase of 10% over the
      // $0.80 per share paid in fiscal 2023".
      "(?:\\s+(?:in|during|for)\\s+(?:fiscal\\s+)?(?:19|20)\\d\\d)?"
      "\\s*,?\\s*(?:up|down|an?\\s+(?:increase|decrease|rise)\\s+of|"
      "(?:increasing|decreasing|rising)(?:\\s+by)?)\\s+\\d{1,3}(?:\\.\\d+)?\\s*"
      "(?:%|percent)\\s+(?:from|over)\\s+(?:the\\s+)?|"
      "\\s*\\(\\s*" SECX_PRIOR_YEAR ")");
  static const RE2 other_re(
      "earn|income|eps|price|repurchas|loss|revenue|sales|cash\\s+flow");
  re2::StringPiece g(gap.data(), gap.size());
  return RE2::FullMatch(g, re) && !RE2::PartialMatch(g, other_re);
}

// "The Company and its (consolidated) subsidiaries": the group's own
// shares, not a subsidiary's.
const RE2& GroupRe() {
  static const RE2 re(
      "\\band\\s+(?:its\\s+)?(?:consolidated\\s+)?subsidiar");
  return re;
}

bool OtherPayer(std::string_view clause) {
  static const char* const kWords[] = {
      "noncontrolling", "non-controlling", "minority interest", "esop",
      "employee stock ownership", "savings plan", "401(k)", "joint venture",
      "equity method", "equity affiliate", "investee",
      // Not a dividend paid: equivalents
      // on awards, thresholds of
      // conversion terms, hypotheses.
      "dividend equivalent", "exceed", "in excess of", "threshold", "assum",
      "hypothetical",
      // An option-pricing input ("Expected dividends per share of $0.96").
      "expected dividend",
      // Terms of a security, not a dividend declared or paid: "holders are
      // entitled to cumulative dividends of $1.4375 per share per year",
      // "dividends accrue at $2.00 per share".
      "entitled to", "accrue", "accruing",
      // Limits of a covenant or a regulator, not a dividend: "under the
      // credit agreement, we may pay dividends of up to $2.00 per share".
      "may pay", "may declare", "permitted to pay", "restrict", "not to exceed",
      "covenant",
      // A depositary's charge on a distribution: "net of the depositary's
      // fees of up to US$0.05 per ADS".
      "fees of up to", "fee of up to", "depositary's fee", "depositary fee",
      // What a merger agreement lets a party go on paying: "Target may
      // continue to pay its regular quarterly dividend of $0.15 per share".
      "may continue to pay", "may continue to declare", "permitted to continue",
      "permitted to declare",
      // What the party acquired paid before the merger closed: "In
      // accordance with the merger agreement, Target paid its final regular
      // quarterly dividend of $0.42 per share".
      "merger agreement"};
  for (const char* w : kWords) {
    size_t at = clause.find(w);
    // "dividends and dividend equivalents": the holders' dividends, at the
    // rate the awards' equivalents follow.
    static constexpr std::string_view kBoth = "dividends and ";
    while (at != std::string_view::npos &&
           std::string_view(w) == "dividend equivalent" && at >= kBoth.size() &&
           clause.substr(at - kBoth.size(), kBoth.size()) == kBoth) {
      at = clause.find(w, at + 1);
    }
    if (at != std::string_view::npos) return true;
  }
  // A subsidiary's dividend to its own holders ("Our majority-owned
  // subsidiary declared a dividend of $0.30 per share"), but not the
  // group's ("The Company and its subsidiaries paid ...").
  re2::StringPiece c(clause.data(), clause.size());
  return clause.find("subsidiar") != std::string_view::npos &&
         !RE2::PartialMatch(c, GroupRe());
}

// A sentence that is about another entity's shares: a subsidiary's (not
// "the Company and its subsidiaries"), an investee's, an affiliate's, a
// joint venture's, a consolidated partnership's.
bool OtherEntity(std::string_view sentence) {
  static const RE2 re(
      "\\b(?:investee|equity[-\\s]method|unconsolidated\\s+affiliate|"
      "joint\\s+venture|unconsolidated\\s+(?:partnership|entit|company)|"
      // "We own a 25% interest in Halvorsen Fund, L.P., which declared
      // distributions of $1.85 per unit".
      "\\d+(?:\\.\\d+)?%\\s+(?:limited\\s+partner(?:ship)?\\s+|general\\s+"
      "partner(?:ship)?\\s+|ownership\\s+|equity\\s+|membership\\s+)?"
      "interest\\s+in\\b|"
      // "Kessock Distillers plc, in which the Group holds a 34% interest,
      // declared a final dividend of 12.0 pence per share".
      "\\bin\\s+which\\s+[^,;]{1,60}?\\b(?:holds?|owns?|has)\\s+an?\\s+"
      "\\d+(?:\\.\\d+)?%\\s+(?:equity\\s+|ownership\\s+)?(?:interest|stake)\\b|"
      // "Ashcombe Gas Company, a subsidiary, has ... preferred stock ... on
      // which it pays quarterly dividends of $1.15 per share".
      // "Kestrel Valley Power Company, the Company's principal utility
      // subsidiary, has outstanding ...".
      "^[^,;]{1,80},\\s+(?:a|an|our|its|the\\s+(?:company|corporation|"
      "registrant|group)(?:'|\\x{2019})s)\\s+(?:[a-z%-]+\\s+){0,3}"
      "(?:subsidiary|affiliate|investee)\\b|"
      // "Redhollow Partners LP, our consolidated master limited
      // partnership, paid distributions of $1.12 per common unit".
      "(?:our|its|a)\\s+(?:consolidated|majority[-\\s]owned|controlled|"
      "partially[-\\s]owned|\\d+%[-\\s]owned)\\s+(?:[a-z-]+\\s+){0,3}"
      "(?:partnership|affiliate|reit|trust|bank)\\b|"
      "(?:preferred|common)\\s+stock\\s+of\\s+"
      "(?:a\\s+|our\\s+|the\\s+)?subsidiar|subsidiary's|subsidiary\\s+"
      "(?:declared|paid))");
  return RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()),
                           re);
}

// True when the amount at `at` is a price or a term of a security, not a
// dividend, though "per share" follows and "dividend" is in the sentence:
// "repurchased shares at an average price of $50.25 per share", "a
// liquidation preference of $25.00 per share, and dividends ...", "the
// conversion price of $45.10 per share is adjusted for dividends", "If
// declared, the dividend would be $0.30". Read from the last "dividend"
// (or the previous amount) before the amount, at most 60 bytes: "at a price
// of $50 and a dividend of $0.25 per share" keeps the dividend.
bool PriceOrTerm(const std::string& lower, size_t lead, size_t at) {
  size_t from = std::max(lead, at > 60 ? at - 60 : size_t{0});
  size_t div = LastOf(lower, from, at, {"dividend"});
  if (div != std::string::npos) from = div;
  std::string_view gap = std::string_view(lower).substr(from, at - from);
  static const char* const kWords[] = {
      "price", "liquidation", "preference", "conversion", "convert", "exercise",
      "repurchase", "purchase", "redemption", "redeem", "par value",
      "stated value", "book value",
      // "Stockholders' equity increased to
      // $11.6 million, or $9.04 per share"
      "holders' equity", "holders\u2019 equity", "holders equity", "net income",
      "fair value", "earnings", "closed at", "traded", "offering", "strike",
      "would", "if declared", "could", "average cost", "franking credit",
      "imputation credit", "tax credit"};
  // A series' name is no term ("7.75% Series A Cumulative Redeemable
  // Preferred Shares", "Convertible Preferred Stock"), nor is a term in a
  // parenthesis closed before the amount ("($25.00 liquidation
  // preference) of $0.484375 per share").
  std::string plain(gap);
  static const RE2 name_re(
      "(?:(?:cumulative|non-?cumulative|perpetual|redeemable|convertible|"
      "participating)\\s+)+(preferred)");
  static const RE2 paren_re("\\([^()$]{0,40}\\$[^()]{0,60}\\)");
  RE2::GlobalReplace(&plain, name_re, "\\1");
  RE2::GlobalReplace(&plain, paren_re, " ");
  // (The parenthesis may open before the words read: after the term's own
  // amount, "($25.00| liquidation preference) of $0.484375".)
  size_t close = plain.find(')');
  size_t open = lower.rfind('(', from);
  if (close != std::string::npos &&
      plain.rfind('(', close) == std::string::npos &&
      open != std::string::npos && from - open <= 12) {
    plain.erase(0, close + 1);
  }
  for (const char* w : kWords) {
    if (plain.find(w) != std::string::npos) return true;
  }
  // A dividend with its tax credit added is no amount paid: "the
  // grossed-up final dividend is 25.71 cents per share" (an Australian
  // company's franking).
  if (div != std::string::npos) {
    std::string_view before = std::string_view(lower).substr(
        div > 30 ? div - 30 : 0, std::min<size_t>(div, 30));
    if (before.find("grossed") != std::string_view::npos ||
        before.find("gross-up") != std::string_view::npos) {
      return true;
    }
    // The tax credit that comes with a dividend: "The imputation credit
    // attached to the final dividend is 5.42 cents per share".
    std::string_view credit = std::string_view(lower).substr(
        div > 45 ? div - 45 : 0, std::min<size_t>(div, 45));
    if (credit.find("credit") != std::string_view::npos) return true;
  }
  // "The closing price ... on the record date for the dividend was $38.25
  // per share": the dividend names the date, the amount is the price.
  if (div != std::string::npos) {
    static const RE2 verb_re("dividends?\\s+(?:was|were)\\s*$");
    size_t pre = std::max(lead, div > 100 ? div - 100 : size_t{0});
    std::string_view head = std::string_view(lower).substr(pre, div - pre);
    if (RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), verb_re) &&
        (head.find("price") != std::string_view::npos ||
         head.find("value") != std::string_view::npos)) {
      return true;
    }
  }
  // "shares at $40.00 per share": a price ("at the rate of" is none).
  static const RE2 at_re("\\bat\\s*$");
  if (RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), at_re)) {
    return true;
  }
  // A hypothesis anywhere before the amount in its clause.
  std::string_view clause = std::string_view(lower).substr(
      at > 120 ? at - 120 : 0, std::min<size_t>(at, 120));
  size_t semi = clause.rfind(';');
  if (semi != std::string_view::npos) clause = clause.substr(semi + 1);
  // A repurchase's price: "we repurchased 2.1 million shares for $210
  // million, an average of $100.00 per share" (no dividend between, nor
  // right after the amount).
  size_t rep = std::max({clause.rfind("repurchas"), clause.rfind("buyback"),
                         clause.rfind("bought back")},
                        [](size_t a, size_t b) {
                          return (a == std::string_view::npos ? 0 : a + 1) <
                                 (b == std::string_view::npos ? 0 : b + 1);
                        });
  static const RE2 in_dividends_re(
      "^\\S+\\s+per\\s+(?:common\\s+)?share\\s+(?:in|of)\\s+(?:cash\\s+)?"
      "dividends");
  std::string_view own = std::string_view(lower).substr(at, 64);
  if (rep != std::string_view::npos &&
      !RE2::PartialMatch(re2::StringPiece(own.data(), own.size()),
                         in_dividends_re)) {  // "$0.96 per share in dividends"
    size_t dv = clause.rfind("dividend");
    if (dv == std::string_view::npos || dv < rep) return true;
  }
  return clause.find("if declared") != std::string_view::npos ||
         clause.find(" would ") != std::string_view::npos ||
         clause.find("if we had") != std::string_view::npos ||
         clause.find("had we ") != std::string_view::npos ||
         clause.find("pro forma") != std::string_view::npos;
}

// True when the words after an amount say it is the part of a dividend
// of one tax character ("$0.50 per share represented a return of capital",
// "$1.90 per share was ordinary income"): a part of the dividend, not one.
bool TaxCharacter(const std::string& lower, size_t end, size_t next) {
  std::string_view after =
      std::string_view(lower).substr(end, std::min<size_t>(next - end, 64));
  static const char* const kWords[] = {
      "return of capital",  "ordinary income", "capital gain",
      "qualified dividend", "taxable as",      "nontaxable",
      "non-taxable",
      // "of which CHF 1.70 per share was paid out of capital contribution
      // reserves": the part paid from one reserve.
      "out of capital",     "out of reserves", "contribution reserve"};
  for (const char* w : kWords) {
    if (after.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// True when the words right before an amount name its tax character
// ("ordinary income of $0.6112, capital gain of $0.0410 and return of
// capital of $0.2218 per share", "long-term capital gain of $0.13 per
// share"): a part of the year's dividends, no dividend of its own.
bool TaxCharacterBefore(const std::string& lower, size_t lead, size_t start) {
  size_t from = std::max(lead, start > 60 ? start - 60 : size_t{0});
  static const RE2 re(
      "(?:return\\s+of\\s+capital|ordinary\\s+(?:taxable\\s+)?income|"
      "capital\\s+gains?(?:\\s+distributions?)?|qualified\\s+dividends?|"
      "section\\s+1250\\s+gains?)\\s*(?:of|was|were|totall?ing)?\\s*$");
  return RE2::PartialMatch(re2::StringPiece(lower.data() + from, start - from),
                           re);
}

// The last `c` in [pos - window, pos), or npos.
size_t RFindWithin(const std::string& s, char c, size_t pos, size_t window) {
  size_t from = pos > window ? pos - window : 0;
  size_t at = std::string_view(s).substr(from, pos - from).rfind(c);
  return at == std::string_view::npos ? std::string::npos : from + at;
}

}  // namespace

// A sentence about a merger whose dividend verb has another party as its
// subject: "Under the merger agreement, ...; Quillfeather paid dividends
// totaling $0.32 per share in 2023", "In connection with the transaction,
// Cedarvale declared its final quarterly dividend of $0.18 per share".
// The registrant writes "we", "the Company", "our Board" (a registrant
// that names itself there is missed, never misread).
bool OtherParty(std::string_view sentence, std::string_view previous) {
  static const RE2 merger_re(
      "\\b(?:merger|acqui(?:re|red|sition)|tender\\s+offer|business\\s+"
      "combination|in\\s+connection\\s+with\\s+the\\s+transaction)");
  // The sentence before introduces an entity the registrant holds a part
  // of: "We hold a 31% ownership interest in Lumenfold (“Lumenfold”),
  // which we account for under the equity method. ... Lumenfold paid
  // dividends of $0.62 per share"; then "the partnership" is that entity.
  // So does a subsidiary ("The Bank paid dividends of $140.00 per share
  // on its 100,000 shares, all held by the Company").
  static const RE2 held_re(
      "\\b(?:equity\\s+method|\\d+(?:\\.\\d+)?%\\s+(?:[a-z]+\\s+){0,2}"
      "interest\\s+in|investee|unconsolidated|joint\\s+venture|"
      "(?:stock|shares)\\s+of\\s+(?:a\\s+|its\\s+)?subsidiar|"
      // "... dividends received from its subsidiary banks."
      "received\\s+from\\s+(?:its\\s+|our\\s+|the\\s+)?subsidiar|"
      // "OVPC, whose $4.75 Series Cumulative Preferred Stock ... is held by
      // the public".
      "held\\s+by\\s+the\\s+public|"
      "(?:held|owned)\\s+by\\s+the\\s+(?:company|corporation|registrant|"
      "parent)|"
      // "Cobalt Ridge Bank, N.A. paid dividends of $466 million ($36.33
      // per share of its common stock, all of which is owned by ...) to
      // the parent company."
      "all\\s+of\\s+which\\s+(?:is|are)\\s+(?:held|owned)\\s+by|"
      "\\bto\\s+(?:the\\s+|its\\s+|our\\s+)?parent\\b)");
  re2::StringPiece sp(sentence.data(), sentence.size());
  bool held =
      RE2::PartialMatch(re2::StringPiece(previous.data(), previous.size()),
                        held_re) ||
      RE2::PartialMatch(sp, held_re);
  // (The merger may be the sentence before's: "Under the merger agreement
  // Muldrow may not pay ... Holgate has paid quarterly dividends of $.31".)
  if (!held && !RE2::PartialMatch(sp, merger_re) &&
      !RE2::PartialMatch(re2::StringPiece(previous.data(), previous.size()),
                         merger_re))
    return false;
  static const RE2 subject_re(
      "([a-z][a-z.&'\\x{2019}-]*)\\s+(?:also\\s+|has\\s+|had\\s+|will\\s+|"
      "may\\s+continue\\s+to\\s+)?(?:declared|paid|pays?|declares)\\s+"
      "(?:its\\s+|their\\s+|a\\s+|an\\s+)?(?:[a-z-]+\\s+){0,3}dividends?\\b");
  std::string subject, last;
  while (RE2::FindAndConsume(&sp, subject_re, &subject)) last = subject;
  if (last.empty()) return false;
  for (const char* self : {"we", "company", "corporation", "board", "directors",
                           "registrant", "it", "and", "previously", "recently",
                           "subsequently", "also", "then", "have", "has", "had",
                           "not", "never"}) {
    if (last == self) return false;
  }
  // A partnership or trust registrant names itself so; after a sentence
  // about a stake it holds, the words name the entity held.
  if (!held && (last == "partnership" || last == "trust")) return false;
  return true;
}

bool NamesRegistrant(std::string_view heading, std::string_view registrant) {
  // The name's first word of three letters or more, "The" passed over.
  static const RE2 word_re("([A-Za-z][A-Za-z'&-]*)");
  re2::StringPiece sp(registrant.data(), registrant.size());
  std::string w, first;
  while (first.empty() && RE2::FindAndConsume(&sp, word_re, &w)) {
    std::string lw = Lower(w);
    if (lw.size() >= 3 && lw != "the") first = lw;
  }
  if (first.empty()) return false;
  // It stands in the heading as a word of its own.
  const std::string h = Lower(heading);
  auto letter = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
  };
  for (size_t at = h.find(first); at != std::string::npos;
       at = h.find(first, at + 1)) {
    size_t end = at + first.size();
    if ((at == 0 || !letter(h[at - 1])) && (end == h.size() || !letter(h[end])))
      return true;
  }
  return false;
}

// A dividend on shares that others hold in a subsidiary: the sentence says
// the dividends are reported as noncontrolling interests ("Dividends of
// $2,500 per share were paid on these shares in 2023 and are reported
// within net income attributable to noncontrolling interests"), or points
// back ("on these shares", "on this preferred stock") to a sentence about
// a subsidiary's shares or noncontrolling interests ("Pinecrest Gas
// Company, a wholly-owned subsidiary, has 600,000 shares of 4.50%
// cumulative preferred stock ... presented as noncontrolling interests.").
bool NoncontrollingShares(std::string_view before, std::string_view after,
                          std::string_view previous) {
  static const RE2 reported(
      "(?:reported|presented|recorded|included|classified|shown)\\s+"
      "(?:\\w+\\s+){0,2}(?:within|in|as|among)\\s+[a-z\\s]{0,40}?"
      "non-?controlling\\s+interests?");
  static const RE2 these("\\b(?:these|such|this|those)\\s+(?:\\w+\\s+){0,2}"
                         "(?:shares|stock|securities)\\b");
  static const RE2 subsidiary(
      "subsidiar|non-?controlling\\s+interest|minority\\s+interest");
  auto has = [](std::string_view s, const RE2& re) {
    return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
  };
  if (has(before, reported) || has(after, reported)) return true;
  if (!has(before, these) && !has(after, these)) return false;
  return has(previous, subsidiary) && !has(previous, GroupRe());
}

// The words between a new rate and the old one it was raised from: "per
// common share, an increase from", ", up from".
static const RE2& IncreaseFromGap() {
  static const RE2 re(
      "\\s*(?:per\\s+(?:common\\s+)?(?:share|unit)\\s*)?,?\\s*(?:(?:an?\\s+)?"
      "(?:increase|decrease|reduction)|up|down|(?:increased|reduced|decreased|"
      "lowered)\\s+)\\s*(?:of\\s+[^$]{0,24}?\\s+)?from\\s*");
  return re;
}

std::string SentenceTotal(const std::string& lower, const Money& m, size_t lead,
                          size_t limit) {
  // A total is a sum of many shares' dividends: at least a thousand times
  // the per-share amount, in the same currency. A scaled amount of two
  // figures ("$1.2 billion", "$56 million") is rounded: another part of the
  // filing may state the total to the unit, which it would contradict.
  // Written out in full or to three figures ("$2,400,000", "$312 million")
  // it is the total.
  auto whole = [&m](const Money& t, std::string_view written) -> std::string {
    if (t.currency != m.currency) return "";
    if (t.scaled) {
      int figures = 0;
      bool leading = true;
      for (char c : written.substr(0, t.end - t.start)) {
        if (!std::isdigit(static_cast<unsigned char>(c))) continue;
        if (leading && c == '0') continue;
        leading = false;
        ++figures;
      }
      if (figures < 3) return "";
    }
    std::string units = WholeUnits(t.amount);
    auto total = ToMicros(units), per = ToMicros(m.amount);
    if (!total || !per || *per <= 0 || *total < *per * 1000) return "";
    return units;
  };
  if (limit > lower.size()) limit = lower.size();
  // After: "per share ($312 million in the aggregate)", "per common share
  // (or approximately $1.1 billion in total)".
  if (m.end < limit) {
    std::string_view after = std::string_view(lower).substr(
        m.end, std::min<size_t>(limit - m.end, 120));
    static const RE2 paren_re(
        "^\\s*per\\s+(?:[a-z]+\\s+){0,2}?share\\s*\\(\\s*(?:or\\s+)?"
        "(?:approximately\\s+|about\\s+)?([^()]{2,30}?)\\s*(?:in\\s+the\\s+"
        "aggregate|in\\s+aggregate|in\\s+total|aggregate|total)\\s*\\)");
    // Or the amount alone in the parenthesis after the dividend's period:
    // "$0.2550 per share for the three months ended March 31, 2023
    // ($15,626 thousand)".
    static const RE2 period_paren_re(
        "^\\s*per\\s+(?:[a-z]+\\s+){0,2}?share\\s+for\\s+the\\s+(?:(?:three|"
        "six|"
        "nine|twelve)\\s+months|quarter|year)\\s+ended\\s+[a-z]+\\.?\\s+"
        "\\d{1,2},?\\s+(?:19|20)\\d\\d\\s*\\(\\s*([^()]{2,30}?)\\s*\\)");
    // "per share (aggregate \u00a57,210 million)".
    static const RE2 aggregate_first_re(
        "^\\s*per\\s+(?:[a-z]+\\s+){0,2}?share\\s*\\(\\s*(?:an\\s+)?(?:"
        "aggregate|"
        "total)(?:\\s+(?:amount\\s+)?of)?\\s+([^()]{2,30}?)\\s*\\)");
    re2::StringPiece inner;
    if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                          paren_re, &inner) ||
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                          aggregate_first_re, &inner) ||
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                          period_paren_re, &inner)) {
      std::vector<Money> t =
          FindMoney(std::string_view(inner.data(), inner.size()));
      if (t.size() == 1 && t[0].start == 0 &&
          t[0].end == static_cast<size_t>(inner.size())) {
        return whole(t[0], std::string_view(inner.data(), inner.size()));
      }
    }
  }
  // Before: "totaled $1.2 billion, or $2.08 per share".
  if (lead < m.start) {
    std::string_view before =
        std::string_view(lower).substr(lead, m.start - lead);
    std::vector<Money> t = FindMoney(before);
    if (t.empty()) return "";
    const Money& last = t.back();
    static const RE2 or_re("^\\s*,?\\s*or\\s*$");
    static const RE2 verb_re(
        "(?:totall?(?:ed|ing)|aggregat(?:ed|ing)|amount(?:ed|ing)\\s+to|"
        "dividends\\s+(?:[a-z]+\\s+){0,3}?of)\\s*$");
    std::string_view gap = before.substr(last.end);
    std::string_view head = before.substr(0, last.start);
    if (RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), or_re) &&
        RE2::PartialMatch(re2::StringPiece(head.data(), head.size()),
                          verb_re)) {
      return whole(last, before.substr(last.start));
    }
  }
  return "";
}

// Per-share amounts of one sentence. An amount is per share only when the
// text says so: per-share words right after it ("$0.135 per share", before
// any other amount), a "(per share - 2023: $2.08; ...)" parenthesis after
// "dividends", or the amount as the object of "dividend" ("a quarterly
// dividend of $0.135", "the annualized dividend to $5.06"). "Dividend
// payments in 2023 were $1,749" (a total in the filing's millions) is
// none. Left out as well: old rates ("from $0.48 to"), increments ("raised
// the dividend by $0.08"), dividends of subsidiaries to their other owners
// and of employee plans (ESOP), dividend equivalents on awards, conversion
// thresholds ("dividends in excess of $0.25 per share") and hypotheses.
std::vector<AmountCandidate> PerShareAmounts(const std::string& lower,
                                             const std::vector<Money>& all,
                                             bool dividend_row) {
  std::vector<AmountCandidate> out;
  // Members of a list whose per-share words follow its last member
  // ("were $0.94 and $0.91 per share in 2024 and 2023, respectively"):
  // only separators between them, one currency, one size. Also a new
  // rate and the old one after it ("increased the quarterly dividend 8% to
  // $0.27 from $0.25 per share").
  std::vector<bool> shared(all.size(), false);
  for (size_t i = all.size(); i-- > 1;) {
    const Money& a = all[i - 1];
    const Money& b = all[i];
    double ratio = std::strtod(a.amount.c_str(), nullptr) /
                   std::max(1e-9, std::strtod(b.amount.c_str(), nullptr));
    static const RE2 sep_re(
        "\\s*,?\\s*(?:and\\s+)?|\\s*,?\\s*(?:up\\s+|down\\s+)?from\\s*");
    std::string_view gap =
        std::string_view(lower).substr(a.end, b.start - a.end);
    shared[i - 1] =
        !a.scaled && !b.scaled && a.currency == b.currency && ratio < 5.0 &&
        ratio > 0.2 &&
        RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), sep_re) &&
        (shared[i] || SaysPerShare(After(lower, all, i)));
  }
  size_t prev_end = 0, prev_lead = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    const Money& m = all[i];
    size_t lead = prev_end;
    // The rate a change ends at ("from $12.00 per share to $11.00") is of
    // the same thing as the rate it starts from: an exercise price reduced
    // "following the special dividend" is a price at both ends.
    static const RE2 to_re(
        "\\s*(?:per\\s+(?:common\\s+)?share\\s*)?,?\\s*to\\s*");
    size_t pair_lead = prev_lead;
    bool pair_to =
        i > 0 && RE2::FullMatch(re2::StringPiece(lower.data() + all[i - 1].end,
                                                 m.start - all[i - 1].end),
                                to_re);
    // Or a total and its amount a share ("Stockholders' equity increased
    // to $11.6 million, or $9.04 per share"): what the total is, the
    // per-share amount is.
    static const RE2 or_re("\\s*,?\\s*or\\s*");
    pair_to = pair_to ||
              (i > 0 && all[i - 1].scaled &&
               RE2::FullMatch(re2::StringPiece(lower.data() + all[i - 1].end,
                                               m.start - all[i - 1].end),
                              or_re));
    prev_lead = lead;
    prev_end = m.end;
    if (m.scaled) continue;
    // The next amount of a list whose first is a per-share dividend.
    // Amounts of one list are of one size: "$3.00 per share and $1,250 in
    // total" is no list.
    double ratio =
        std::strtod(m.amount.c_str(), nullptr) /
        std::max(1e-9,
                 std::strtod(all[i > 0 ? i - 1 : 0].amount.c_str(), nullptr));
    bool listed =
        !out.empty() && i > 0 && out.back().money.start == all[i - 1].start &&
        all[i - 1].currency == m.currency && ratio < 5.0 && ratio > 0.2 &&
        ListGap(std::string_view(lower).substr(all[i - 1].end,
                                               m.start - all[i - 1].end));
    size_t next = i + 1 < all.size() ? all[i + 1].start : lower.size();
    std::string_view after = After(lower, all, i);
    auto says = [&after](const char* w, size_t within) {
      return Says(after, w, within);
    };
    bool per_share = SaysPerShare(after) || shared[i];
    if (after.find("per diluted") < 12 || after.find("per basic") < 12)
      continue;
    // Another measure's amount restated per share: "Net income was $4.1
    // million, or $0.41 per share" (the measure named after any
    // "dividend" before the total).
    if (i > 0 && all[i - 1].scaled) {
      static const RE2 or_re("\\s*,?\\s*or\\s+");
      const Money& t = all[i - 1];
      size_t from = i > 1 ? all[i - 2].end : 0;
      if (t.start > from + 80) from = t.start - 80;
      size_t measure =
          LastOf(lower, from, t.start,
                 {"income", "earnings", "loss", "revenue", "sales", "profit"});
      size_t div = LastOf(lower, from, t.start, {"dividend", "distribution"});
      if (measure != std::string::npos &&
          (div == std::string::npos || div < measure) &&
          RE2::FullMatch(
              re2::StringPiece(lower.data() + t.end, m.start - t.end), or_re)) {
        continue;
      }
    }
    // A total the next amount restates per share: "dividends of
    // $2,400,000, or $.24 per share".
    if (!per_share && i + 1 < all.size()) {
      static const RE2 or_re(
          "\\s*,?\\s*or\\s+(?:approximately\\s+|about\\s+)?");
      if (RE2::FullMatch(
              re2::StringPiece(lower.data() + m.end, all[i + 1].start - m.end),
              or_re) &&
          SaysPerShare(After(lower, all, i + 1))) {
        continue;
      }
    }
    // The same dividend in parentheses after the amount per share, per
    // depositary share or in another currency: "4.2p per Ordinary Share
    // (equivalent to $0.26 per ADS)" is the ordinary share's dividend, and
    // "C$0.28 per common share (approximately US$0.29 per share at the
    // exchange rate ...)" the Canadian dollar's.
    if (i > 0 && ((says("per ads", 4) || says("per american depositary", 4) ||
                   says("per depositary", 4)) ||
                  (!m.currency.empty() && !all[i - 1].currency.empty() &&
                   m.currency != all[i - 1].currency))) {
      static const RE2 same_re(
          "per\\s+(?:[a-z]+\\s+){0,2}share\\s*\\(\\s*(?:(?:equivalent|equal)"
          "\\s+"
          "to\\s+|or\\s+|being\\s+)?(?:approximately\\s+|about\\s+)?$");
      std::string_view gap = std::string_view(lower).substr(
          all[i - 1].end, m.start - all[i - 1].end);
      if (gap.size() < 60 &&
          RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()),
                            same_re)) {
        continue;
      }
    }
    // A dividend converted, in a sentence of its own: "the final dividend
    // is equivalent to approximately US$0.90 per ADS", "received the
    // interim dividend in US dollars, equivalent to US$0.46 per share at
    // the exchange rate on the payment date".
    {
      const bool us_marked = lower.compare(m.start, 3, "us$") == 0 ||
                             lower.compare(m.start, 4, "u.s.") == 0;
      // ("... the proposed dividend therefore corresponds to FF 2.20 per
      // ADS".)
      static const RE2 equivalent_re(
          "\\b(?:equivalent|correspond(?:s|ing)?|equal)\\s+to\\s+"
          "(?:approximately\\s+|about\\s+)?$");
      size_t from = m.start > 40 ? m.start - 40 : 0;
      std::string_view tail = std::string_view(lower).substr(
          m.end, std::min<size_t>(80, lower.size() - m.end));
      if ((says("per ads", 4) || says("per american depositary", 4) ||
           tail.find("exchange rate") != std::string_view::npos || us_marked) &&
          RE2::PartialMatch(
              re2::StringPiece(lower.data() + from, m.start - from),
              equivalent_re)) {
        continue;
      }
      // The nominal value of the share a dividend is paid on: "DKK 10.00
      // per share of DKK 20", "Dividend per share of" over "DKK 20 (DKK)".
      {
        // (After another amount, or a label's unit after it: "dividends
        // per share of $4.76" is the dividend.)
        static const RE2 nominal_re(
            "\\d\\s*(?:per|each|a)\\s+(?:[a-z]+\\s+){0,2}shares?\\s+of\\s*$");
        static const RE2 label_re("\\bper\\s+share\\s+of\\s*$");
        static const RE2 unit_re("^\\s*\\([a-z]{3}\\)");
        size_t back = m.start > 60 ? m.start - 60 : 0;
        re2::StringPiece before(lower.data() + back, m.start - back);
        if (RE2::PartialMatch(before, nominal_re) ||
            (RE2::PartialMatch(before, label_re) &&
             RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                               unit_re))) {
          continue;
        }
      }
      // An amount stated at an exchange rate is a conversion: "for the
      // dividend paid on December 28, 2001 this amount was C$0.0951 per
      // share at an exchange rate of C$1.5928 = US$1.00".
      static const RE2 at_rate_re(
          "^\\s*per\\s+(?:[a-z]+\\s+){0,2}share,?\\s+(?:at|using|based\\s+on)"
          "\\s+"
          "(?:an?|the)\\s+(?:[a-z.,]+\\s+){0,4}?(?:exchange|conversion|noon)"
          "\\s+"
          "(?:buying\\s+)?rate\\b");
      if (RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                            at_rate_re)) {
        continue;
      }
      if (us_marked) {
        // A year's dividends translated: "Translated at the 2016 average
        // exchange rate of $1.3248 per US dollar, 2016 common dividends
        // were approximately US$1.51 per share", "Based on the rate on the
        // payment date, the 2022 interim dividend amounted to US$0.57 per
        // ADS".
        size_t lead_from = m.start > 200 ? m.start - 200 : 0;
        std::string_view clause = SentenceTail(
            std::string_view(lower).substr(lead_from, m.start - lead_from));
        if (clause.find("translated") != std::string_view::npos ||
            clause.find("exchange rate") != std::string_view::npos ||
            clause.find("converted") != std::string_view::npos ||
            clause.find("based on the rate") != std::string_view::npos) {
          continue;
        }
        // Or per ADS after the depositary's conversion said earlier in
        // the sentence ("... which the depositary converts into US
        // dollars ..., US$0.076 per ADS"). (Said in a sentence before,
        // DropConvertedPerAds leaves it out.)
        static const RE2 converted_re(
            "\\bconvert(?:s|ed)?\\s+(?:them\\s+|it\\s+)?into\\s+(?:u\\.?\\s?"
            "s\\.?|"
            "united\\s+states)\\s+dollars\\b");
        size_t back = m.start > 300 ? m.start - 300 : 0;
        if ((says("per ads", 4) || says("per american depositary", 4)) &&
            RE2::PartialMatch(
                re2::StringPiece(lower.data() + back, m.start - back),
                converted_re)) {
          continue;
        }
      }
      // What the ADS holders received, approximately, in dollars: "Holders
      // of ADSs received dividends totalling approximately $0.874 per ADS
      // in respect of 1998" translates the ordinary shares' dividends.
      static const RE2 approximately_re("\\b(?:approximately|about)\\s+$");
      if ((says("per ads", 4) || says("per american depositary", 4)) &&
          (RE2::PartialMatch(
               re2::StringPiece(lower.data() + from, m.start - from),
               approximately_re) ||
           lower.find("holders of ads") != std::string::npos ||
           lower.find("holders of american depositary") != std::string::npos)) {
        continue;
      }
    }
    size_t div =
        LastOf(lower, m.start > 80 ? m.start - 80 : 0, m.start, {"dividend"});
    bool near_dividend = div != std::string::npos && m.start - div < 80;
    if (!near_dividend) {
      // Per share said before a period phrase and the amount: "Dividends
      // declared per share for the three months ended March 31, 2024 and
      // 2023 were $0.52 and $0.50, respectively".
      size_t far = LastOf(lower, m.start > 160 ? m.start - 160 : 0, m.start,
                          {"dividend"});
      if (far != std::string::npos && ObjectOfDividend(lower, far, m.start)) {
        div = far;
        near_dividend = true;
      }
    }
    // "dividends declared (per share - 2023: $2.08; 2022: $1.92; 2021:
    // $1.82)": every amount of the parenthesis is per share.
    // Searches stay within a window of the amount: a sentence may be a
    // whole file's one line, and a search back to its start for every
    // amount would make the sentence quadratic.
    size_t open = RFindWithin(lower, '(', m.start, 120);
    if (!per_share && open != std::string::npos && m.start - open < 120 &&
        std::string_view(lower).substr(open, m.start - open).find(')') ==
            std::string_view::npos &&
        lower.compare(open + 1, 9, "per share") == 0 &&
        LastOf(lower, open > 80 ? open - 80 : 0, open, {"dividend"}) !=
            std::string::npos) {
      per_share = near_dividend = true;
    }
    // "Dividends declared, per share: 2024 - $1.04; 2023 - $1.00" (or "2024
    // $1.04; 2023 $1.00"): per share and a colon or dash over a list of
    // years and amounts.
    if (!per_share) {
      size_t from = m.start > 120 ? m.start - 120 : 0;
      size_t ps = LastOf(lower, from, m.start, {"per share"});
      size_t ps_end = ps == std::string::npos ? ps : ps + 9;
      // "Cash dividends paid per common share: 2023 - $1.20; ..."
      size_t pcs = LastOf(lower, from, m.start, {"per common share"});
      if (pcs != std::string::npos && (ps == std::string::npos || pcs > ps)) {
        ps = pcs;
        ps_end = pcs + 16;
      }
      static const RE2 years_re(
          "(?:\\s*[:;,]?\\s*(?:fiscal\\s+)?(?:19|20)\\d\\d\\s*(?::|-|"
          "\xE2\x80\x93|"
          "\xE2\x80\x94)?\\s*(?:\\$\\s?\\d{0,3}\\.\\d{2,4})?)+");
      if (ps != std::string::npos && ps_end < m.start &&
          (lower[ps_end] == ':' || lower[ps_end] == ' ') &&
          RE2::FullMatch(
              re2::StringPiece(lower.data() + ps_end, m.start - ps_end),
              years_re) &&
          LastOf(lower, ps > 80 ? ps - 80 : 0, ps, {"dividend"}) !=
              std::string::npos &&
          LastOf(lower, ps > 80 ? ps - 80 : 0, ps,
                 {"earning", "income", "loss", "after"}) == std::string::npos) {
        per_share = near_dividend = true;
      }
    }
    if (listed) per_share = near_dividend = true;
    bool compared =
        !out.empty() && i > 0 && out.back().money.start == all[i - 1].start &&
        all[i - 1].currency == m.currency && ratio < 2.0 && ratio > 0.5 &&
        ComparedGap(std::string_view(lower).substr(all[i - 1].end,
                                                   m.start - all[i - 1].end));
    if (compared) per_share = near_dividend = true;
    // "dividends of $0.48 per share ($0.24 per quarter)", "($.24 in each
    // quarter)": the quarter's rate of a per-share dividend of the same
    // sentence.
    if (!per_share && !out.empty() &&
        (says("per quarter", 12) || says("a quarter", 4) ||
         says("each quarter", 12) || says("in each quarter", 12))) {
      per_share = near_dividend = true;
    }
    if (!per_share) {
      if (!near_dividend || !ObjectOfDividend(lower, div, m.start)) continue;
      // A thousand or more that no per-share words follow is a total
      // ("dividends of $84,000 on Federal Reserve Bank stock"), in every
      // currency whose shares pay less than a thousand of its units.
      static const char* const kSmallUnits[] = {"JPY", "KRW", "IDR", "CLP",
                                                "COP", "VND", "HUF", "ISK"};
      if (std::strtod(m.amount.c_str(), nullptr) >= 1000.0 &&
          std::none_of(std::begin(kSmallUnits), std::end(kSmallUnits),
                       [&](const char* c) { return m.currency == c; })) {
        continue;
      }
    }
    {
      size_t from = std::max(lead, m.start > 120 ? m.start - 120 : size_t{0});
      std::string_view clause =
          std::string_view(lower).substr(from, m.start - from);
      if (OtherPayer(clause) || OtherPayer(after)) continue;
      // Whose shares, from the sentence's start: "Preferred stock of
      // subsidiary consists of ... of Northfork Electric Company, on which
      // dividends of $4.50 per share are paid"; "Our 40%-owned investee,
      // Sable Pipe Company, declared dividends of $3.20 per share in 2012,
      // ..., compared with $2.75 per share".
      size_t start = m.start > 300 ? m.start - 300 : 0;
      // (The sentence starts after the last full stop that ends no
      // abbreviation, and ends at the first: "Skagerrak LNG Carriers Ltd.
      // declared dividends of $1.40 per share" is one sentence.)
      std::string_view back = SentenceTail(
          std::string_view(lower).substr(start, m.start - start));
      std::string_view forth = SentenceHead(std::string_view(lower).substr(
          m.end, std::min<size_t>(300, lower.size() - m.end)));
      // Or after it, when the rest of the sentence says whose: "CEC paid
      // dividends of $4.50, $4.16 and $6.72 per share on the respective
      // series, and dividends on preferred stock of subsidiary totaled
      // $1.2 million".
      static const RE2 subsidiary_stock_re(
          "\\b(?:preferred|common)\\s+(?:stock|shares)\\s+of\\s+(?:a\\s+|our\\s+|"
          "the\\s+|its\\s+)?subsidiar|\\bsubsidiary\\s+preferred\\b|"
          // "... and are reported as preferred dividend requirements of
          // subsidiary".
          "\\bpreferred\\s+dividend\\s+requirements?\\s+of\\s+(?:a\\s+|the\\s+|"
          "its\\s+|our\\s+)?subsidiar");
      // The whole sentence, for whose shares it is about: "... Ltd.
      // declared dividends of $1.40 per share ..., and we received
      // distributions ... from the joint venture".
      const std::string_view sentence(
          back.data(), forth.data() + forth.size() - back.data());
      // A subsidiary's dividend to its parent: "Tri-County Electric & Gas
      // Company, all of whose common stock is held by the Company,
      // declared dividends ... of $3.25 per share, or $362 million,
      // payable to the Company".
      // An investee's dividend, whose share came to the registrant: "Ribble
      // Valve declared dividends of 7.0p per share, of which the Group's
      // share was 2.1 million".
      static const RE2 our_share_re(
          "\\bof\\s+which\\s+(?:the\\s+(?:group|company|partnership)(?:'|\\x{2019})?s|"
          "our)\\s+(?:proportionate\\s+)?share\\b");
      static const RE2 to_parent_re(
          "\\ball\\s+of\\s+whose\\s+(?:outstanding\\s+)?(?:common\\s+)?"
          "(?:stock|shares)\\s+(?:is|are)\\s+(?:held|owned)\\b|"
          "\\b(?:payable|paid)\\s+to\\s+(?:the\\s+)?(?:company|corporation|"
          "parent|"
          "registrant|holding\\s+company)\\b|"
          // "Haifoss National Bank, which paid $3.80 per share on its
          // 1,000,000 shares to the Corporation".
          "\\bwhich\\s+paid\\s+\\$\\s?[\\d.]+\\s+per\\s+share\\s+on\\s+its\\b"
          "[^.;]{0,40}?\\bto\\s+(?:the\\s+)?(?:company|corporation|parent|"
          "registrant|holding\\s+company)\\b|"
          // "Sable Bank paid dividends to the Corporation of $3,200,000, or
          // $32.00 per share".
          "\\b(?:paid|declared)\\s+(?:cash\\s+)?dividends\\s+to\\s+(?:the\\s+|"
          "its\\s+)?"
          "(?:company|corporation|parent|registrant|holding\\s+company)\\b|"
          // "the Bank declared and paid dividends of $55.0 million to the
          // Company, or $6.88 per share of Bank common stock, all of which
          // is held by the Company"; "... on its 2,400,000 shares of common
          // stock, all of which are held by the Corporation", "all
          // 2,000,000 shares of which are held by the Company".
          "\\ball\\s+(?:[\\d,]+\\s+(?:outstanding\\s+)?shares\\s+)?of\\s+"
          "which\\s+"
          "(?:is|are)\\s+(?:held|owned)\\s+by\\s+"
          "(?:the\\s+)?(?:company|corporation|parent|registrant|holding\\s+"
          "company)\\b|"
          // "... paid dividends of $12.0 million ($120.00 per share) to the
          // Company".
          "\\bdividends\\s+of\\s+\\$[\\d.,]+\\s+(?:(?:million|billion|thousand)"
          "\\s+)?"
          "(?:\\([^()]{0,160}\\)\\s+)?"
          "to\\s+(?:the\\s+)?(?:company|corporation|parent|registrant|"
          "holding\\s+company)"
          "(?:[^'\\x{2019}a-z]|$)");
      // The dividend of a company the registrant holds shares in: "dividend
      // income of $8.4 million from our investment in Westbury Holdings
      // plc common stock, which paid dividends of $0.89 per share".
      static const RE2 investee_re(
          "\\bdividend\\s+income\\b|\\binvestments?\\s+in\\b[^;]*"
          "\\bwhich\\s+(?:paid|declared|pays|declares)\\b");
      // "MBPI declared a cash dividend of PHP 3.40 per share, and we
      // received dividends of $41 million from MBPI": the sentence's
      // per-share dividend is the company's that paid the registrant.
      static const RE2 received_re(
          "\\b(?:we|the\\s+company|the\\s+registrant)\\s+received\\s+"
          "(?:cash\\s+)?dividends\\b[^.;]{0,80}\\bfrom\\b");
      if (OtherEntity(back) || NoncontrollingShares(back, forth, {}) ||
          RE2::PartialMatch(re2::StringPiece(back.data(), back.size()),
                            investee_re) ||
          RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()),
                            received_re) ||
          OtherParty(sentence, {}) ||
          RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()),
                            to_parent_re) ||
          RE2::PartialMatch(re2::StringPiece(forth.data(), forth.size()),
                            our_share_re) ||
          RE2::PartialMatch(re2::StringPiece(forth.data(), forth.size()),
                            subsidiary_stock_re))
        continue;
    }
    if (!near_dividend && per_share && !dividend_row) {
      // "per share" alone says nothing of a dividend ("earnings of $1.20
      // per share"); the sentence has "dividend", but this amount must be
      // in its clause.
      size_t semi = RFindWithin(lower, ';', m.start, 400);
      size_t floor = semi != std::string::npos ? semi
                     : m.start > 400           ? m.start - 400
                                               : 0;
      size_t d2 = LastOf(lower, floor, m.start, {"dividend", "distribution"});
      bool after_div = std::string_view(lower).substr(m.end, 60).find(
                           "dividend") != std::string_view::npos;
      if (d2 == std::string::npos && !after_div) continue;
    }
    std::string_view lead_in =
        std::string_view(lower).substr(lead, m.start - lead);
    bool is_old =
        lead_in.size() >= 5 &&
        lead_in.substr(lead_in.size() - std::min<size_t>(lead_in.size(), 8))
                .find("from") != std::string_view::npos &&
        (i + 1 < all.size() ||
         // "to $0.88 per share from $0.83 per share": the old rate of the
         // increase before it.
         (!out.empty() && out.back().increase &&
          out.back().money.start == all[i - 1].start) ||
         // "$0.5925 per common unit, an increase from $0.5850".
         // (From the new rate on: "an increase of 2 cents from".)
         (!out.empty() &&
          RE2::FullMatch(re2::StringPiece(lower.data() + out.back().money.end,
                                          m.start - out.back().money.end),
                         IncreaseFromGap())));
    // "..., an increase from the $0.17 per share paid in each quarter of
    // 2018", "an increase of 7% from the $0.28 per share paid in each
    // quarter of 2019", "reduced from the prior quarterly dividend of
    // $0.17": the
    // rate before a change, whatever comes between it and the new one.
    static const RE2 changed_from_re(
        "\\b(?:increase|decrease|reduction|up|down|increased|reduced|"
        "decreased|lowered|cut)(?:\\s+of\\s+\\d{1,3}(?:\\.\\d+)?\\s*(?:%|"
        "percent))?"
        "\\s+from\\s+(?:the\\s+|our\\s+|its\\s+)?"
        "(?:prior\\s+|previous\\s+)?(?:regular\\s+)?(?:quarterly\\s+)?"
        "(?:(?:cash\\s+)?dividend\\s+(?:rate\\s+)?(?:of\\s+)?)?$");
    if (!is_old && lead_in.size() >= 10 &&
        RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()),
                          changed_from_re)) {
      is_old = true;
    }
    // (An old rate that says the quarters it was paid in is those
    // quarters' dividend: "an increase of 16.7% from the $.12 per share
    // paid in each of the first three quarters of 1996".)
    const bool old_quarters = is_old && !EachQuarter(lower, m.end).empty();
    if (is_old && !old_quarters) continue;
    static const RE2 change_re(
        "\\b(?:by|increment\\s+of|increase\\s+of|decrease\\s+of|"
        "reduction\\s+of)\\s*$");
    if (RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()),
                          change_re)) {
      continue;  // a change of the rate, not a rate
    }
    if (PriceOrTerm(lower, lead, m.start)) continue;
    // A rate over a span of several dividends is none of them: "monthly
    // dividends were $0.1790 per share for January through June",
    // "quarterly dividends were $0.236875 per share through June 30, 2023
    // and $0.370125 per share thereafter".
    static const RE2 span_re(
        "^\\s*(?:per\\s+(?:[a-z]+\\s+){0,2}(?:share|unit)\\s*)?,?\\s*(?:"
        "(?:for\\s+(?:the\\s+months\\s+of\\s+)?[a-z]+\\s+)?through\\s+"
        "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|"
        "thereafter\\b)");
    if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                          span_re)) {
      continue;
    }
    if (TaxCharacter(lower, m.end, next) ||
        TaxCharacterBefore(lower, lead, m.start)) {
      continue;
    }
    if (pair_to && PriceOrTerm(lower, pair_lead, all[i - 1].start)) continue;
    if (lead_in.find("recently") != std::string_view::npos ||
        lead_in.find("previously") != std::string_view::npos ||
        lead_in.find("prior ") != std::string_view::npos) {
      continue;
    }
    AmountCandidate c;
    c.money = m;
    c.lead = lead;
    c.limit = next;
    c.compared = compared;
    c.old_rate = old_quarters;
    // (Or a decrease: "reduced the quarterly dividend to $0.05 per share
    // from $0.10 per share".)
    c.increase = !old_quarters &&
                 lead_in.find(" to ") != std::string_view::npos &&
                 (lead_in.find("increase") != std::string_view::npos ||
                  lead_in.find("raise") != std::string_view::npos ||
                  lead_in.find("reduce") != std::string_view::npos ||
                  lead_in.find("decrease") != std::string_view::npos ||
                  lead_in.find("lowered") != std::string_view::npos ||
                  std::string_view(lower)
                          .substr(m.start > 300 ? m.start - 300 : 0,
                                  std::min<size_t>(m.start, 300))
                          .find("from ") != std::string_view::npos);
    // An amount per thousand shares ("R$2.30 per thousand common shares",
    // as Brazilian filers state them) is a thousandth of it per share.
    {
      static const RE2 per_thousand_re(
          "^\\s*per\\s+(?:one\\s+)?(?:thousand|1,000|1000)\\s+(?:[a-z]+\\s+)?"
          "shares\\b");
      if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                            per_thousand_re)) {
        c.money.amount = ShiftDecimal(c.money.amount, -3);
      }
    }
    out.push_back(c);
  }
  // Old rates of an increase, bound to the new rate next to them: "from
  // $2.09 to $2.25 per share", "to $0.51 per share from $0.47". The caller
  // keeps them only in annual and quarterly reports.
  static const RE2 to_gap("\\s*(?:per\\s+(?:common\\s+)?share\\s*)?to\\s*");
  static const RE2 from_gap(
      "\\s*(?:per\\s+(?:common\\s+)?share\\s*)?(?:(?:in|for)\\s+"
      // ("... to $0.28 per share in the fourth quarter of 2007 from $0.26")
      "(?:the\\s+(?:first|second|third|fourth)\\s+(?:fiscal\\s+)?quarter\\s+"
      "of\\s+"
      ")?(?:fiscal\\s+)?"
      "(?:19|20)\\d\\d\\s*)?,?\\s*(?:up\\s+)?from\\s*");
  std::vector<AmountCandidate> old;
  for (size_t i = 0; i < all.size(); ++i) {
    const Money& m = all[i];
    if (m.scaled) continue;
    auto taken = [&](size_t k) {
      for (const AmountCandidate& c : out) {
        if (c.money.start == all[k].start) return &c;
      }
      return static_cast<const AmountCandidate*>(nullptr);
    };
    if (taken(i)) continue;
    const AmountCandidate* bound = nullptr;
    auto gap = [&](size_t a, size_t b) {
      return re2::StringPiece(lower.data() + all[a].end,
                              all[b].start - all[a].end);
    };
    std::string_view before = std::string_view(lower).substr(
        m.start >= 8 ? m.start - 8 : 0, std::min<size_t>(m.start, 8));
    if (i + 1 < all.size() && taken(i + 1) &&
        before.find("from") != std::string_view::npos &&
        RE2::FullMatch(gap(i, i + 1), to_gap)) {
      bound = taken(i + 1);
    } else if (i > 0 && taken(i - 1) && taken(i - 1)->increase &&
               RE2::FullMatch(gap(i - 1, i), from_gap)) {
      bound = taken(i - 1);
    } else {
      // The new rate before it, other amounts between or not ("an increase
      // of 2 cents from").
      for (size_t k = i; k-- > 0 && bound == nullptr;) {
        if (!taken(k)) continue;
        if (RE2::FullMatch(re2::StringPiece(lower.data() + all[k].end,
                                            m.start - all[k].end),
                           IncreaseFromGap())) {
          bound = taken(k);
        }
        break;
      }
    }
    if (bound == nullptr) continue;
    AmountCandidate c;
    c.money = m;
    if (bound->money.currency != m.currency) {
      // A bare "$" after the new rate's "C$" or "A$" is that dollar:
      // "C$0.10 per Common Share, reduced from $0.17 per share".
      bool bare =
          m.currency == "USD" && m.start > 0 && lower[m.start] == '$' &&
          !std::isalpha(static_cast<unsigned char>(lower[m.start - 1])) &&
          lower[m.start - 1] != '.';
      if (!bare ||
          (bound->money.currency != "CAD" && bound->money.currency != "AUD" &&
           bound->money.currency != "NZD" && bound->money.currency != "HKD")) {
        continue;
      }
      c.money.currency = bound->money.currency;
    }
    c.old_rate = true;
    c.lead = i > 0 ? all[i - 1].end : 0;
    c.limit = i + 1 < all.size() ? all[i + 1].start : lower.size();
    old.push_back(c);
  }
  for (const AmountCandidate& c : old) {
    auto at =
        std::find_if(out.begin(), out.end(), [&](const AmountCandidate& o) {
          return o.money.start > c.money.start;
        });
    out.insert(at, c);
  }
  return out;
}

// The years of a list that opens the sentence, its amounts closed by
// "respectively": "During fiscal 2024, 2023 and 2022, we paid dividends of
// $1.00, $0.96 and $0.92 per share, respectively", "During the nine months
// ended September 30, 2024 and 2023, ...". The list must name as
// many years as the sentence has amounts.
static bool YearsBefore(const std::string& lower,
                        const std::vector<AmountCandidate>& cands,
                        std::string* fiscal, std::string* list) {
  size_t first = cands.front().money.start;
  size_t from = first > 200 ? first - 200 : 0;
  std::string_view head = std::string_view(lower).substr(from, first - from);
  static const RE2 lead(
      "(?:^|[^a-z])(?:in|for|during)\\s+(?:the\\s+)?(?:(fiscal)\\s+)?"
      "(?:years?\\s+)?"
      // "During the nine months ended September 30, 2024 and 2023, ...".
      "(?:(?:three|six|nine|twelve|3|6|9|12)\\s+months\\s+(?:ended|ending)\\s+"
      "[a-z]+\\.?\\s+\\d{1,2}\\s*,?\\s*)?"
      "((?:19|20)\\d\\d(?:\\s*,\\s*(?:fiscal\\s+)?(?:19|20)\\d\\d)*"
      "\\s*,?\\s*and\\s+(?:fiscal\\s+)?(?:19|20)\\d\\d)\\s*,[^$\\d]*$");
  if (!RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), lead,
                         fiscal, list)) {
    return false;
  }
  // "respectively" right after the last amount (its per-share words
  // between), before any other figure.
  size_t last = cands.back().money.end;
  // (Or after a list of the amounts' totals: "..., totaling $704 million
  // and $669 million, respectively".)
  std::string_view tail = std::string_view(lower).substr(last, 120);
  static const RE2 resp(
      "^[^$\\d;]*?(?:,?\\s*(?:totall?ing|aggregating|or)\\s+"
      "\\$\\s?[\\d.,]+(?:\\s*(?:million|billion|thousand))?(?:\\s*,?\\s*(?:"
      "and\\s+)?"
      "\\$\\s?[\\d.,]+(?:\\s*(?:million|billion|thousand))?)+)?,?\\s*"
      "respectively");
  if (!RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), resp)) {
    return false;
  }
  static const RE2 year("((?:19|20)\\d\\d)");
  re2::StringPiece in(*list);
  size_t n = 0;
  while (RE2::FindAndConsume(&in, year)) ++n;
  return n == cands.size();
}

// The last day of the years named after it: "for the years ended
// December 31, 2023, 2022 and 2021" (each year then ends on that day).
#define SECX_YEARS_ENDED                                              \
  "(?:(?:ended|ending)\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|" \
  "nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\s*,?\\s*)?)?"

// The year of each amount when the sentence binds one to it: "$1.88 in
// fiscal 2024 and $1.76 in fiscal 2023", or a list closed by
// "respectively" with as many years as amounts ("$4.76, $4.52 and $4.24 in
// 2023, 2022 and 2021, respectively"). Empty where none is bound.
std::vector<std::string> AmountYears(
    const std::string& lower, const std::vector<AmountCandidate>& cands) {
  std::vector<std::string> years(cands.size());
  // "$0.92 per share in 2023", "$0.21 per share in each quarter of fiscal
  // 2023", "$0.55 per share in the fourth quarter of 2024".
  static const RE2 own(
      "^(?:\\s+per\\s+(?:common\\s+)?share)?(?:\\s+(?:paid|declared))?"
      "\\s+(?:in|for|during)\\s+"
      "(?:(?:each|every|the)\\s+(?:of\\s+the\\s+)?(?:(?:first|second|third|"
      "fourth|two|three|four|last)\\s+){0,2}quarters?\\s+(?:of|in)\\s+)?"
      "(?:(fiscal)\\s+(?:year\\s+)?)?((?:19|20)\\d\\d)\\b");
  for (size_t i = 0; i < cands.size(); ++i) {
    size_t at = cands[i].money.end;
    std::string_view after = std::string_view(lower).substr(at, 72);
    std::string fiscal, y;
    if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), own,
                          &fiscal, &y)) {
      years[i] = fiscal.empty() ? y : "Fiscal " + y;
    }
    // "$0.2550 per share for the three months ended March 31, 2023": the
    // period's year.
    static const RE2 months_ended(
        "^(?:\\s+per\\s+(?:common\\s+)?share)?\\s+for\\s+the\\s+(?:(?:three|"
        "six|nine|twelve)\\s+months|quarter|year)\\s+ended\\s+[a-z]+\\.?\\s+"
        "\\d{1,2},?\\s+((?:19|20)\\d\\d)\\b(?:,?\\s+and\\s+(?:19|20)\\d\\d)?");
    // ("... ended June 30, 2024 and 2023": both years', no one year's.)
    static const RE2 both_years("(?:19|20)\\d\\d,?\\s+and\\s+(?:19|20)\\d\\d");
    if (years[i].empty() &&
        !RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                           both_years) &&
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                          months_ended, &y)) {
      years[i] = y;
    }
    // "$3.64 (2024)": the year in a parenthesis right after the amount.
    static const RE2 paren(
        "^\\s*\\(\\s*(?:(fiscal)\\s+)?((?:19|20)\\d\\d)\\s*\\)");
    if (years[i].empty() &&
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), paren,
                          &fiscal, &y)) {
      years[i] = fiscal.empty() ? y : "Fiscal " + y;
    }
    // "Total dividends declared in 2023 were $0.88 per share": the year
    // between the dividend and the verb before the first amount.
    static const RE2 subject_year(
        "dividends?(?:\\s+per\\s+(?:common\\s+)?share)?(?:\\s+(?:declared|"
        "paid))?(?:\\s+per\\s+(?:common\\s+)?share)?\\s+(?:in|for|during)\\s+"
        "(?:(fiscal)\\s+(?:year\\s+)?)?((?:19|20)\\d\\d)\\s+(?:were|was|"
        "totall?ed|amounted\\s+to)\\s*$");
    if (i == 0 && years[i].empty()) {
      size_t back = cands[i].money.start > 80 ? cands[i].money.start - 80 : 0;
      std::string_view lead =
          std::string_view(lower).substr(back, cands[i].money.start - back);
      if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()),
                            subject_year, &fiscal, &y)) {
        years[i] = fiscal.empty() ? y : "Fiscal " + y;
      }
    }
    // "$0.51 (2023: $0.47)": the year before the amount in its parenthesis.
    static const RE2 prior("\\(\\s*" SECX_PRIOR_YEAR "$");
    size_t from = cands[i].money.start > 24 ? cands[i].money.start - 24 : 0;
    std::string_view before =
        std::string_view(lower).substr(from, cands[i].money.start - from);
    if (i > 0 &&
        RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), prior,
                          &y)) {
      years[i] = y;
    }
    // "per share: 2023 - $1.20; 2022 - $1.12": each amount after its year
    // and a colon or dash, the year after the list's colon or a
    // separator.
    static const RE2 listed(
        "(?:per\\s+(?:common\\s+)?share\\s*:|[;,])\\s*"
        "(?:fiscal\\s+)?((?:19|20)\\d\\d)\\s*(?::|-|\xE2\x80\x93|\xE2\x80\x94)"
        "\\s*$");
    size_t far = cands[i].money.start > 40 ? cands[i].money.start - 40 : 0;
    std::string_view lead =
        std::string_view(lower).substr(far, cands[i].money.start - far);
    if (years[i].empty() &&
        RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), listed,
                          &y)) {
      years[i] = y;
    }
  }
  if (cands.size() < 2) return years;
  static const RE2 resp(
      "(?:in|for|during)\\s+(?:the\\s+)?(?:(fiscal)\\s+)?(?:years?\\s+)?"
      SECX_YEARS_ENDED
      "((?:19|20)\\d\\d(?:\\s*,?\\s*(?:and\\s+)?(?:fiscal\\s+)?(?:19|20)\\d\\d)"
      "+)"
      "\\s*,?\\s+respectively");
  size_t last = cands.back().money.end;
  std::string_view tail = std::string_view(lower).substr(last, 120);
  std::string fiscal, list;
  // Without "respectively", a list of as many years right after the
  // amounts that ends the sentence: "$2.28, $2.16 and $2.04 for fiscal
  // 2024, 2023 and 2022."
  static const RE2 closing(
      "^(?:\\s+per\\s+(?:common\\s+)?share)?\\s*,?\\s+(?:in|for|during)\\s+"
      "(?:the\\s+)?(?:(fiscal)\\s+)?(?:years?\\s+)?" SECX_YEARS_ENDED
      "((?:19|20)\\d\\d(?:\\s*,\\s*(?:fiscal\\s+)?(?:19|20)\\d\\d)*"
      "\\s*,?\\s*and\\s+(?:fiscal\\s+)?(?:19|20)\\d\\d)\\s*(?:\\.|$)");
  bool closed = false;
  if (!RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), resp,
                         &fiscal, &list) &&
      !YearsBefore(lower, cands, &fiscal, &list)) {
    if (!RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), closing,
                           &fiscal, &list)) {
      return years;
    }
    closed = true;
  }
  std::vector<std::string> ys;
  re2::StringPiece in(list);
  std::string y;
  static const RE2 year("((?:19|20)\\d\\d)");
  while (RE2::FindAndConsume(&in, year, &y)) ys.push_back(y);
  // The amounts of the list: the last ones, as many as years, joined.
  if (ys.size() > cands.size() || (closed && ys.size() != cands.size()))
    return years;
  size_t first = cands.size() - ys.size();
  for (size_t k = first + 1; k < cands.size(); ++k) {
    std::string_view gap = std::string_view(lower).substr(
        cands[k - 1].money.end, cands[k].money.start - cands[k - 1].money.end);
    if (!ListGap(gap)) return years;
  }
  for (size_t k = 0; k < ys.size(); ++k) {
    years[first + k] = fiscal.empty() ? ys[k] : "Fiscal " + ys[k];
  }
  return years;
}

}  // namespace facts
}  // namespace secx
