// Dividends written as sentences:
//   "declared a quarterly cash dividend of $0.135 per share ... payable on
//    August 1, 2008 to shareholders of record ... on July 11, 2008"
//   "increased the quarterly dividend from $0.48 to $0.50 per share"
//   "declared a 25% stock dividend ... to holders of record as of ..."
// Each currency amount tied to "dividend" or "per share" becomes a record;
// dates are classified by the nearest keyword before them (record, payable,
// declared), looking into the next sentences when the declaring sentence
// leaves them out. ExtractDividends merges these with the table rules.
//
// Stock dividends: per_share holds new shares per share held ("25% stock
// dividend" -> "0.25") and currency is empty.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/facts.h"
#include "extract/facts/money.h"
#include "extract/facts/text_scan.h"
#include "extract/text_util.h"

namespace secx {
namespace facts {
namespace {

bool Has(const std::string& lower, const char* w) {
  return lower.find(w) != std::string::npos;
}

struct KindWord {
  const char* word;
  const char* kind;
};
constexpr KindWord kKinds[] = {
    {"quarterly", "quarterly"},     {"interim", "interim"},
    {"year-end", "year-end"},       {"year end", "year-end"},
    {"final dividend", "year-end"}, {"annualized", "annual"},
    {"annual dividend", "annual"},  {"annual cash dividend", "annual"},
    {"annual rate", "annual"},      {"special", "special"},
    {"full-year dividend", "annual"}, {"full year dividend", "annual"},
    {"extra dividend", "special"},  {"one-time", "special"},
    {"stock dividend", "stock"},
    // "$0.20 per share in each quarter of 2023", "$0.25 per quarter".
    {"in each quarter", "quarterly"}, {"per quarter", "quarterly"},
    // "a second-quarter dividend of $0.385", "the fourth quarter cash
    // dividend".
    {"quarter dividend", "quarterly"}, {"quarter cash dividend", "quarterly"},
    // "a base quarterly dividend of $0.15 and a variable dividend of $0.33":
    // a variable dividend has no kind of the contract's (read as none).
    {"variable dividend", "variable"}, {"supplemental dividend", "variable"},
    // "increased the monthly distribution to $.0875 per share, an
    // annualized rate of $1.05": a month's dividend, of no kind of the
    // contract's (read as none), not the rate's year.
    {"monthly dividend", "variable"}, {"monthly distribution", "variable"},
    {"monthly cash dividend", "variable"},
    {"monthly cash distribution", "variable"}};

// Kind of the amount at `pos`: the kind word closest before it in its own
// clause (at most 160 bytes before, not across a ';'), else
// the first one after it before the next amount `limit`. When unsure the
// kind stays empty, which claims nothing:
//   - "common stock dividend" is a cash dividend on common stock;
//   - "quarterly dividends totaling $3.76" is a sum of quarters, and a
//     plural "quarterly dividends of $X" may be one;
//   - "(a) declared $0.72 ...; (b) authorized quarterly dividends" names the
//     kind of another clause.
// A period of several quarters named between a quarterly kind word and an
// amount (an annual kind word's amount with a quarter between is
// likewise no year's): "Our quarterly dividend was $0.72 per share, and
// dividends declared in the nine months ended September 30, 2024 were $2.16"
// (the year to date's sum, no quarter's).
bool LongerPeriod(std::string_view gap) {
  for (const char* w :
       {"six months", "nine months", "twelve months", "twenty-six weeks",
        "thirty-nine weeks", "first half", "year-to-date", "year to date"}) {
    if (gap.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// True when the words after an amount go on to a part of it: "$4.00 per
// share included a special dividend of $1.00" (the kind is the part's).
bool NamesAPart(std::string_view gap) {
  return gap.find("includ") != std::string_view::npos ||
         gap.find("of which") != std::string_view::npos ||
         gap.find("consist") != std::string_view::npos ||
         gap.find("compris") != std::string_view::npos;
}

// True when a kind word after an amount opens another dividend: "$3.16
// per share and a special dividend of $1.50" (the special one is the
// next amount's), unlike "a $0.50 per share quarterly dividend".
// So does one whose dividend names its own amount: "$0.8050 per unit
// represents an annualized distribution of $3.22 per unit".
bool AnotherDividend(std::string_view gap, std::string_view word) {
  static const RE2 and_re("\\b(?:and|plus|as\\s+well\\s+as)\\b");
  static const RE2 dividend_re("^[a-z-]+\\s+(?:cash\\s+)?dividend");
  // ("... and represents an annualized rate of $1.26 per share".)
  static const RE2 own_amount_re(
      "^[a-z-]+\\s+(?:(?:cash\\s+)?(?:dividend|distribution)s?\\s+)?"
      "(?:rate\\s+)?(?:of|is|was|to)\\s+(?:approximately\\s+)?\\$");
  re2::StringPiece w(word.data(), word.size());
  return (RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), and_re) &&
          RE2::PartialMatch(w, dividend_re)) ||
         RE2::PartialMatch(w, own_amount_re);
}

std::string KindNear(const std::string& lower, size_t pos, size_t limit) {
  std::string before, after;
  size_t best_before = 0, best_after = std::string::npos;
  // The clause: back to a ';' and at most 160 bytes ("a quarterly dividend
  // of $0.50 per share on Class A Common Stock and $0.45 per share on
  // Class B" gives both amounts the kind).
  size_t from = pos > 160 ? pos - 160 : 0;
  size_t semi = std::string_view(lower).substr(from, pos - from).rfind(';');
  if (semi != std::string_view::npos) from = from + semi + 1;
  for (const KindWord& k : kKinds) {
    size_t len = std::char_traits<char>::length(k.word);
    // Only [from, pos + 60) can hold the kind: the scan stays there, so a
    // long sentence is not read once per amount.
    size_t scan_end = std::min(lower.size(), pos + 60 + len);
    size_t p = lower.find(k.word, from);
    while (p != std::string::npos && p < scan_end) {
      std::string_view prefix = std::string_view(lower).substr(
          p >= 10 ? p - 10 : 0, p >= 10 ? 10 : p);
      bool stock_of_class =
          std::string_view(k.kind) == "stock" &&
          (prefix.find("common") != std::string_view::npos ||
           prefix.find("preferred") != std::string_view::npos ||
           prefix.find("capital") != std::string_view::npos);
      std::string_view follow = std::string_view(lower).substr(p + len, 24);
      bool periodic = std::string_view(k.kind) == "quarterly" ||
                      std::string_view(k.kind) == "annual" ||
                      std::string_view(k.kind) == "interim";
      static const RE2 plural_re("^\\s+(?:cash\\s+)?dividends\\b");
      bool plural =
          periodic &&
          RE2::PartialMatch(re2::StringPiece(follow.data(), follow.size()),
                            plural_re);
      // "special meeting", "interim financial statements", "quarterly
      // report", "year-end balance": the word names no dividend.
      static const RE2 other_re(
          "^[\\s-]*(?:meeting|committee|purpose|item|charge|financial|"
          "statement|report|period|result|earnings|filing|review|balance|"
          "closing|audit|condensed|consolidated|basis|tax)");
      // "$1.24 per share on an annualized basis" is an annual rate.
      bool other =
          RE2::PartialMatch(re2::StringPiece(follow.data(), follow.size()),
                            other_re) &&
          !(std::string_view(k.word) == "annualized" && p > pos);
      // "year end" names a dividend only before one ("a year-end
      // dividend"); "Subsequent to year end, the Board declared a
      // quarterly dividend" names a time.
      static const RE2 names_dividend_re(
          "^[\\s-]*(?:(?:cash|special|extra)\\s+)?dividend");
      bool time_only =
          std::string_view(k.word).substr(0, 4) == "year" &&
          !RE2::PartialMatch(re2::StringPiece(follow.data(), follow.size()),
                             names_dividend_re);
      // "semi-annual dividend" is paid twice a year: no year's.
      bool semi = std::string_view(k.kind) == "annual" &&
                  prefix.find("semi") != std::string_view::npos;
      if (stock_of_class || plural || other || time_only || semi) {
        p = lower.find(k.word, p + 1);
        continue;
      }
      if (p < pos && p >= from && (before.empty() || p >= best_before)) {
        std::string_view gap =
            std::string_view(lower).substr(p + len, pos - p - len);
        // A part named inside a total's sentence ("totaling $0.69 in
        // fiscal 2018, including the special cash dividend of $0.25 paid
        // in March, and $0.32 in fiscal 2017"; "totaling $1.86 per share,
        // consisting of regular quarterly dividends of $1.74 per share from
        // net investment income and a special distribution of $0.12 per
        // share, compared with $1.58 per share in 2006"): its kind word is
        // its own amount's, not that of an amount after it.
        size_t lead_from = p >= 120 ? p - 120 : 0;
        std::string_view lead =
            std::string_view(lower).substr(lead_from, p - lead_from);
        if (size_t semi = lead.rfind(';'); semi != std::string_view::npos)
          lead.remove_prefix(semi + 1);
        if (gap.find('$') != std::string_view::npos &&
            (lead.find("including") != std::string_view::npos ||
             lead.find("consisting of") != std::string_view::npos ||
             lead.find("of which") != std::string_view::npos)) {
          p = lower.find(k.word, p + 1);
          continue;
        }
        // A kind written after its amount ("$.22 in each quarter", "$.20
        // per quarter") is that amount's, not a later one's: "$.88 per
        // share in 1997 ($.22 in each quarter), compared with $.80 per
        // share in 1996".
        const bool post = std::string_view(k.word) == "in each quarter" ||
                          std::string_view(k.word) == "per quarter";
        if (post) {
          size_t amount_before = std::string_view(lower)
                                     .substr(lead_from, p - lead_from)
                                     .rfind('$');
          if (amount_before != std::string_view::npos) {
            p = lower.find(k.word, p + 1);
            continue;
          }
        }
        bool sum =
            gap.find("total") != std::string_view::npos ||
            gap.find("aggregat") != std::string_view::npos ||
            gap.find("sum") != std::string_view::npos ||
            gap.find(';') != std::string_view::npos ||
            (std::string_view(k.kind) == "quarterly" && LongerPeriod(gap)) ||
            (std::string_view(k.kind) == "annual" &&
             (gap.find("quarter") != std::string_view::npos ||
              gap.find("three months") != std::string_view::npos ||
              gap.find("installment") != std::string_view::npos));
        if (!sum) {
          best_before = p;
          before = k.kind;
        }
      } else if (p >= pos && p < best_after && p < pos + 60 && p < limit &&
                 std::string_view(lower).substr(pos, p - pos).find(';') ==
                     std::string_view::npos &&
                 // (Nor past another amount, one without per-share words:
                 // "$.80 per share in 1996, when it paid $.20 per quarter".)
                 (p == pos || std::string_view(lower)
                                      .substr(pos + 1, p - pos - 1)
                                      .find('$') == std::string_view::npos) &&
                 !NamesAPart(std::string_view(lower).substr(pos, p - pos)) &&
                 !AnotherDividend(std::string_view(lower).substr(pos, p - pos),
                                  std::string_view(lower).substr(p, 40))) {
        best_after = p;
        after = k.kind;
      }
      p = lower.find(k.word, p + 1);
    }
  }
  // "an annual dividend of $2.88 per share, or $0.72 per share quarterly":
  // the kind right after the amount is its own.
  if (after == "quarterly" && before == "annual" && best_after < pos + 24) {
    return after;
  }
  // "Our annual dividend rate is $2.88 per share, and we paid $0.72 per
  // share in the fourth quarter": a quarter named after the amount.
  // "an annual dividend of $0.60 per share, payable in quarterly
  // installments" stays annual.
  std::string_view near = std::string_view(lower).substr(
      pos, std::min<size_t>(48, limit > pos ? limit - pos : 0));
  if (before == "annual" && near.find("quarter") != std::string_view::npos &&
      std::string_view(lower)
              .substr(pos, std::min<size_t>(80, limit > pos ? limit - pos : 0))
              .find("installment") == std::string_view::npos) {
    return after;
  }
  return before.empty() ? after : before;
}

// True when the amount at [pos, end) is a preferred-stock dividend: the
// nearer of "preferred" and "common" before it in its clause says
// preferred, or "per share of (Series A) preferred" follows it.
bool PreferredNear(const std::string& lower, size_t lead, size_t pos,
                   size_t end, size_t limit) {
  // The amount's own words name the common stock: "... Preferred Stock
  // and a dividend of 19 cents per share on the Common Stock".
  {
    static const RE2 own_common_re(
        "^\\s*(?:per\\s+share\\s+)?(?:on|of)\\s+(?:the\\s+|our\\s+|its\\s+)?"
        "(?:class\\s+[a-z]\\s+)?common\\b");
    size_t stop = std::min(lower.size(), std::min(limit, end + 60));
    if (stop > end &&
        RE2::PartialMatch(re2::StringPiece(lower.data() + end, stop - end),
                          own_common_re)) {
      return false;
    }
  }
  size_t from = std::max(lead, pos > 120 ? pos - 120 : size_t{0});
  // (The amount before may be a term in a parenthesis after the stock's
  // name: "Series A Cumulative Redeemable Preferred Shares ($25.00
  // liquidation preference) of $0.484375 per share"; the name before the
  // parenthesis is read.)
  {
    std::string_view gap = std::string_view(lower).substr(from, pos - from);
    size_t close = gap.find(')');
    size_t open = from > 0 ? lower.rfind('(', from) : std::string::npos;
    if (close != std::string_view::npos &&
        gap.rfind('(', close) == std::string_view::npos &&
        open != std::string::npos && from - open <= 40) {
      from = open > 120 ? open - 120 : 0;
    }
  }
  size_t pref = LastOf(lower, from, pos, {"preferred"});
  size_t common = LastOf(lower, from, pos, {"common"});
  // "Dividends on Series A ($1,250 per share)": a lettered series not
  // called common is a preferred series.
  size_t series = LastOf(lower, from, pos, {"series "});
  if (series != std::string::npos && pref == std::string::npos) {
    std::string_view rest = std::string_view(lower).substr(series + 7, 24);
    static const RE2 letter("^[a-z](?:-?\\d)?\\b(?:\\s+(\\w+))?");
    std::string next;
    if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), letter,
                          &next) &&
        next != "common" && common == std::string::npos) {
      pref = series;
    }
  }
  if (pref != std::string::npos &&
      (common == std::string::npos || pref > common)) {
    return true;
  }
  // (A rate before the class, "on our 6.375% Series C Preferred Shares",
  // is no next amount: the words after it are still this one's.)
  if (limit < lower.size()) {
    size_t q = limit;
    while (q < lower.size() &&
           (std::isdigit(static_cast<unsigned char>(lower[q])) ||
            lower[q] == '.' || lower[q] == ','))
      ++q;
    if (q < lower.size() && lower[q] == '%') limit = std::string::npos;
    // Nor a stock named by its dividend: "on the $2.125 Cumulative
    // Convertible Exchangeable Preferred Stock".
    static const RE2 named_re(
        "^\\$\\s?\\d{0,3}\\.\\d{2,5}\\s+(?:cumulative|convertible|exchangeable|"
        "redeemable|preferred|preference)\\b");
    if (limit < lower.size() &&
        RE2::PartialMatch(
            re2::StringPiece(lower.data() + limit,
                             std::min<size_t>(60, lower.size() - limit)),
            named_re)) {
      limit = std::string::npos;
    }
  }
  // (Nor is the depositary share's amount in parentheses after it: "$390.625
  // per share ($0.390625 per depositary share) on the Series A Preferred
  // Stock".)
  if (limit < lower.size() && limit > end) {
    // ("(equivalent to $0.25 per depositary share)", "(or $0.25 ...)".)
    static const RE2 paren_re(
        "^\\s*per\\s+share\\s*\\(\\s*(?:(?:equivalent|equal)\\s+to\\s+|or\\s+)?"
        "\\$?$");
    std::string_view gap = std::string_view(lower).substr(end, limit - end);
    size_t close = lower.find(')', limit);
    if (RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), paren_re) &&
        close != std::string::npos && close - limit < 60 &&
        lower.substr(limit, close - limit).find("depositary") !=
            std::string::npos) {
      limit = std::string::npos;
    }
  }
  std::string_view after = std::string_view(lower).substr(
      end, std::min<size_t>(96, limit > end ? limit - end : 0));
  // (Within a sentence's clause: "per share on our 6.375% Series C
  // Cumulative Redeemable Preferred Shares".)
  size_t p = after.find("preferred");
  size_t c = after.find("common");
  if (p != std::string_view::npos && p < c) return true;
  // "$1.125 per share on the 4.50% Series": a series named by its rate is
  // a preferred stock's (no common stock has a rate).
  static const RE2 rate_series_re(
      "^\\s*per\\s+share\\s+(?:on|of)\\s+(?:the|our|its)\\s+\\d+(?:\\.\\d+)?%"
      "\\s+"
      "series\\b|"
      // "C$1.25 per Series 1 share": a share of a numbered or lettered
      // series is a preferred share.
      "^\\s*per\\s+series\\s+[a-z0-9]{1,2}\\s+(?:preferred\\s+)?shares?\\b");
  return RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                           rate_series_re);
}

// Statuses by sentence wording; approval still pending makes a declaration
// a proposal.
std::string StatusOf(const std::string& lower, const DividendContext& ctx) {
  if (Has(lower, "forecast") || Has(lower, "expects to pay") ||
      Has(lower, "expected to pay")) {
    return "forecast";
  }
  if (Has(lower, "propose") || Has(lower, "recommend") ||
      (Has(lower, "subject to") && Has(lower, "approv"))) {
    return "proposed";
  }
  if (Has(lower, "was paid") || Has(lower, "were paid") ||
      Has(lower, "has been paid") || Has(lower, "have been paid")) {
    return "paid";
  }
  // "We paid dividends totaling ...", "the Company paid $0.80 per share",
  // "Dividends paid per share were ...": a payment, when nothing in the
  // sentence declares it.
  static const RE2 paid_re(
      "\\b(?:we|company|corporation|it|bank|partnership|trust)\\s+"
      "(?:has\\s+|have\\s+|had\\s+)?paid\\b|\\bdividends?\\s+paid\\s+"
      "(?:per\\s+(?:common\\s+)?share\\s+)?(?:were|was|totall?ed|amounted)\\b");
  if (!Has(lower, "declar") && RE2::PartialMatch(lower, paid_re)) {
    return "paid";
  }
  if (ctx.approval_pending &&
      (Has(lower, "decided") || Has(lower, "resolved"))) {
    return "proposed";
  }
  return "declared";
}

// A verb that makes a sentence a declaration or payment; "dividends per
// share" and "the dividend (rate) is / was / totaled" need no other ("Our
// quarterly dividend was $0.19 per share in 2024", "The current quarterly
// dividend rate is $0.50 per share"), nor does a statement label that
// says per share in its parenthesis ("Dividends (per share — $0.51,
// $0.47, $1.02 and $0.94)"). "Received" only with holders as its subject
// (a company that received an investee's dividend paid none).
const RE2& VerbRe() {
  static const RE2 re(
      "(?i)\\b(?:declared?|declares|approved?|authorized|announced?|payable|"
      "paid|pay|raised?|increased?|increasing|resolved|decided|distribute[ds]?|"
      "returned|reduced|decreased|lowered|"
      "propose[ds]?|recommend(?:s|ed)?)\\b|\\bdividends?\\s+per\\s+(?:"
      "common\\s+)?share\\b|\\bdividends?\\s+(?:rate\\s+|payments?\\s+)?"
      "(?:(?:for|in)\\s+(?:fiscal\\s+)?(?:19|20)\\d\\d\\s+)?(?:is|was|were|"
      "totall?ed|"
      "totall?ing|amounted\\s+to|"
      // "The 2005 dividend consisted of an interim dividend of EUR 0.18
      // and a final dividend of EUR 0.46".
      "consist(?:ed|s)\\s+of|comprised)\\b|"
      // "Dividends on our common stock totaled $1.20 per share in 2016",
      // "Distributions on the Series C Preferred Shares totaled $1.59375".
      "\\b(?:dividends?|distributions?)\\s+on\\s+(?:our\\s+|the\\s+|its\\s+)?"
      "(?:[a-z0-9%.\\-]+\\s+){0,5}(?:stock|shares)\\s+(?:is|was|were|totall?ed|"
      "amounted\\s+to)\\b|"
      "\\bdividends?\\s*\\(\\s*per\\s+(?:common\\s+"
      ")?"
      "share\\b|\\b(?:holders|shareholders|stockholders)\\b[^.;]{0,60}"
      "\\breceived\\b");
  return re;
}

const RE2& StockRe() {
  static const RE2 re("(?i)(\\d+(?:\\.\\d+)?)\\s*%\\s+stock\\s+dividend");
  return re;
}

const RE2& FiscalRe() {
  static const RE2 re(
      "\\b(FY\\s?\\d{4}|[Ff]iscal\\s+(?:[Yy]ear\\s+)?\\d{4})\\b");
  return re;
}

// True when lower[from, to) only separates two amounts of a list: ", ",
// " and ", ", and ", " or ".
bool ListGap(const std::string& lower, size_t from, size_t to) {
  if (to <= from || to - from > 8) return false;
  static const RE2 re("\\s*(?:,|,?\\s*and|,?\\s*or)\\s*");
  return RE2::FullMatch(re2::StringPiece(lower.data() + from, to - from), re);
}

const RE2& ClassRe() {
  static const RE2 re("\\b(Class\\s+[A-Z])\\b");
  return re;
}

// The one class of shares `s` names ("Class A", however often), or ""
// when it names none or several.
std::string OneClassIn(std::string_view s) {
  re2::StringPiece rest(s.data(), s.size());
  std::string cls, one;
  while (RE2::FindAndConsume(&rest, ClassRe(), &cls)) {
    cls = FoldSpace(cls);
    if (one.empty()) {
      one = cls;
    } else if (cls != one) {
      return "";
    }
  }
  return one;
}

// Which field a date fills, from the words just before it.
enum class DateRole { kNone, kRecord, kPayable, kDeclared };

DateRole RoleOf(const std::string& lower, size_t lead_start, size_t date_start,
                size_t date_end) {
  // "to shareholders on the register on 12 April 2024" (UK usage).
  size_t rec =
      LastOf(lower, lead_start, date_start, {"record", "on the register"});
  // A count of holders ("There were approximately 1,870 shareholders of
  // record at February 29, 1996") dates no dividend's record.
  if (rec != std::string::npos && lower.compare(rec, 6, "record") == 0) {
    static const RE2 count_re(
        "\\d[\\d,]*\\s+(?:share|stock|unit)?holders\\s+of\\s+record$");
    size_t from = rec > 60 ? rec - 60 : 0;
    if (RE2::PartialMatch(re2::StringPiece(lower.data() + from, rec + 6 - from),
                          count_re)) {
      rec = std::string::npos;
    }
  }
  size_t pay = LastOf(lower, lead_start, date_start,
                      {"payable", "paid", "pay", "payment", "distributed",
                       "distribution date"});
  size_t decl = LastOf(lower, lead_start, date_start,
                       {"declared", "announced", "approved", "authorized",
                        "resolved", "determined"});
  // A date that is a period's end or a point of reference ("Subsequent to
  // December 31, 2023, the Board declared") is no dividend's date.
  size_t period = LastOf(
      lower, lead_start, date_start,
      {"ended", "ending", "through", "since", "until",
       // The ex-dividend date is none of the three.
       "ex-dividend", "ex dividend", "ex-date",
       // Nor is the date of a condition ("subject to approval at the Annual
       // General Meeting on ..."); "At its meeting on February 5, 2024, the
       // Board declared" still dates the declaration.
       "subject to",
       // Nor the meeting's that payment follows ("be paid following the
       // Annual General Meeting on 22 March 2022").
       "following the annual general meeting", "following the general meeting",
       "following the annual meeting", "after the annual general meeting",
       // Nor the date of a meeting to come ("The proposal will be
       // submitted to the annual general meeting to be held on March 28,
       // 2000 and, if adopted, the dividend will be paid on March 31").
       "meeting to be held", "meeting will be held",
       "meeting of shareholders to be held"});
  // "subsequent to" / "prior to" right before the date only: "Subsequent
  // to year end, on January 30, 2024, the Board declared" dates the
  // declaration.
  // ("... because the record date fell after December 31, 2003": a date
  // compared with, none of the dividend's.)
  for (const char* w : {"subsequent to", "prior to", "after", "before"}) {
    size_t at = LastOf(lower, lead_start, date_start, {w});
    if (at == std::string::npos) continue;
    size_t end = at + std::char_traits<char>::length(w);
    std::string_view gap(lower.data() + end, date_start - end);
    if (gap.find_first_not_of(" \t\n") == std::string_view::npos &&
        (period == std::string::npos || at > period)) {
      period = at;
    }
  }
  size_t best = std::string::npos;
  DateRole role = DateRole::kNone;
  auto take = [&](size_t p, DateRole r) {
    if (p != std::string::npos && (best == std::string::npos || p > best)) {
      best = p;
      role = r;
    }
  };
  take(rec, DateRole::kRecord);
  take(pay, DateRole::kPayable);
  take(decl, DateRole::kDeclared);
  take(period, DateRole::kNone);
  if (best != std::string::npos) return role;
  // "On November 1, 2012, the Board declared ...": the verb follows. "On
  // February 1, 2024, the Company paid a dividend ... declared on ...":
  // the first verb is the date's.
  std::string_view tail(lower);
  tail = tail.substr(date_end, 120);
  // "On January 20, 2009 the Board of Directors reduced the quarterly
  // dividend to $0.05 per share ...; that dividend was paid on ...": a
  // board that changes the rate declares it.
  static const RE2 board_changed_re(
      "^[^.;]{0,30}\\bboard\\b[^.;]{0,40}?\\b(?:reduced|increased|raised|"
      "lowered|cut)\\s+(?:the|its|our)\\b[^.;]{0,30}\\bdividend");
  if (RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                        board_changed_re)) {
    return DateRole::kDeclared;
  }
  static const RE2 first_verb_re(
      "\\b(declare[ds]?|declaring|announce[ds]?|announcing|approve[ds]?|"
      "approving|authorize[ds]?|authorizing|reinstated|resolve[ds]?|"
      "determined|press release|paid|pays?)\\b");
  std::string verb;
  if (RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                        first_verb_re, &verb) &&
      (verb == "paid" || verb == "pay" || verb == "pays")) {
    return DateRole::kPayable;
  }
  // ("On August 4, 2021, the Board reinstated the quarterly dividend,
  // declaring a cash dividend of $0.10 per share, which was paid on ...".)
  if (tail.find("declar") != std::string_view::npos ||
      tail.find("reinstated") != std::string_view::npos ||
      tail.find("announc") != std::string_view::npos ||
      tail.find("approv") != std::string_view::npos ||
      tail.find("authoriz") != std::string_view::npos ||
      tail.find("resolve") != std::string_view::npos ||
      // "the Board determined a fully franked interim dividend" (Australia)
      tail.find("determined") != std::string_view::npos ||
      tail.find("press release") != std::string_view::npos) {
    return DateRole::kDeclared;
  }
  return DateRole::kNone;
}

// Fills empty date fields of `d` from the dates in `text[piece]`.
// A date that is one of a list of dates for one role ("declared on each
// of February 1, May 1, August 1 and November 1, 2024", "paid ... on
// March 1, 2024, June 1, 2024 and ...") is no one dividend's date: that
// role is left as it was.
// Only dates at or after `dates_from` (an offset into the piece) fill
// fields; the words before them still give their roles.
void FillDates(std::string_view text, Piece piece, Dividend* d,
               size_t dates_from = 0) {
  std::string_view s = text.substr(piece.start, piece.size());
  std::string lower = Lower(s);
  const Dividend before = *d;
  static const RE2 month_day_re(
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+"
      "\\d{1,2}\\b");
  static const RE2 separator_re("\\s*,?\\s*(?:and\\s+)?");
  std::set<DateRole> listed;
  DateRole prev = DateRole::kNone;
  size_t lead = 0;
  for (const DateHit& h : FindDates(s)) {
    if (h.start < dates_from) {
      lead = h.end;
      continue;
    }
    size_t from = std::max(lead, h.start > 160 ? h.start - 160 : size_t{0});
    DateRole role = RoleOf(lower, from, h.start, h.end);
    re2::StringPiece window(lower.data() + from, h.start - from);
    if (role != DateRole::kNone && RE2::PartialMatch(window, month_day_re)) {
      listed.insert(role);
    }
    if (role == DateRole::kNone && prev != DateRole::kNone && lead > 0 &&
        RE2::FullMatch(re2::StringPiece(lower.data() + lead, h.start - lead),
                       separator_re)) {
      listed.insert(prev);
      role = prev;
    }
    prev = role;
    switch (role) {
      case DateRole::kRecord:
        if (d->record_date.empty()) d->record_date = h.iso;
        break;
      case DateRole::kPayable:
        if (d->payable_date.empty()) d->payable_date = h.iso;
        break;
      case DateRole::kDeclared:
        if (d->declared_date.empty()) d->declared_date = h.iso;
        break;
      case DateRole::kNone:
        break;
    }
    lead = h.end;
  }
  if (listed.count(DateRole::kRecord)) d->record_date = before.record_date;
  if (listed.count(DateRole::kPayable)) d->payable_date = before.payable_date;
  if (listed.count(DateRole::kDeclared))
    d->declared_date = before.declared_date;
}
// A statement row label that is the dividend and its per-share amount and
// nothing else, without a verb: "Common stock dividends ($1.12 per share)",
// "Cash dividends - $0.96 per share", "Dividends on common stock ($0.72 per
// share)", "Dividends, common stock ($0.72 per share)". The whole line
// must be the label: a line that only starts with "Dividends" may hold
// another row's amount. Also a class before the
// label ("Class A common stock dividends"), the stock after a dash
// ("Dividends — common stock ($0.94 per share)", "Cash dividends — regular
// ($2.96 per share)"), ordinary shares, and
// a footnote marker at the end ("($0.94 per share)(1)", "... *").
const RE2& BareLabelRe() {
  static const RE2 re(
      "(?i)\\s*(?:(?:cash|common\\s+stock|common|ordinary\\s+share|regular|"
      "quarterly|special|class\\s+[a-c]|"
      // "Series A preferred stock dividends ($371.875 per share)"
      "(?:series\\s+[a-z]\\s+)?preferred(?:\\s+(?:stock|shares?))?)\\s+)*"
      // "Dividends declared \u2014 common stock ($0.7695 per share)".
      "dividends?(?:\\s+declared)?"
      "(?:\\s+(?:on|to)\\s+(?:class\\s+[a-c]\\s+)?(?:common\\s+|ordinary\\s+)?"
      "(?:stock|shares|stockholders|shareholders)|"
      // "Dividends on Series A preferred stock ($343.75 per share)".
      "\\s+on\\s+(?:the\\s+)?(?:series\\s+[a-z0-9]{1,2}\\s+)?(?:\\d{1,2}(?:\\."
      "\\d{1,3})?%"
      "\\s+)?(?:(?:cumulative|non-cumulative|convertible|perpetual)\\s+)*"
      "preferred\\s+(?:stock|shares)(?:,?\\s+series\\s+[a-z0-9]{1,2})?|"
      // (A class after a colon: "Cash dividends: Class B common ($0.364
      // per share)".)
      "\\s*(?:-|,|:|\xE2\x80\x94|\xE2\x80\x93)"
      "\\s*(?:common\\s+stock|common\\s+shares|common|regular|special|"
      "class\\s+[a-c](?:\\s+common(?:\\s+(?:stock|shares))?)?|"
      // "Preferred dividends \u2014 Series A ($1.50 per share)".
      "series\\s+[a-z0-9]{1,2}(?:\\s+preferred(?:\\s+stock)?)?|"
      // "Cash dividends - 4.5% preferred, $4.50 per share".
      "(?:\\d{1,2}(?:\\.\\d{1,3})?%\\s+)?(?:(?:cumulative|convertible)\\s+)*"
      "preferred(?:\\s+(?:stock|shares))?))?\\s*(?:"
      "\\(|,|:|-|"
      "\xE2\x80\x94|\xE2\x80\x93)\\s*\\$\\s?(?:\\d{0,2}\\.\\d{2,4}"
      // A list of the years' amounts: "($4.00, $3.80 and $3.60 per share)".
      "(?:\\s*,\\s*\\$\\s?\\d{0,2}\\.\\d{2,4})*(?:\\s*,?\\s*and\\s+\\$\\s?"
      "\\d{0,2}\\.\\d{2,4})?\\s+per\\s+(?:common\\s+|ordinary\\s+)?share|"
      // A preferred share's: "$371.875", "$1,531.25".
      "\\d{1,3}(?:,\\d{3})?\\.\\d{2,6}\\s+per\\s+(?:preferred\\s+)?share)"
      "\\)?(?:\\s*\\(\\d\\)|\\s*\\*+)?\\s*");
  return re;
}

// A statement row's label (BareLabelRe). "Preferred dividends" names no
// one stock unless its series follows ("Preferred dividends \u2014 Series A
// ($1.50 per share)"): a row of every preferred stock's dividends at one
// rate is no series' own.
bool BareLabel(std::string_view label) {
  re2::StringPiece l(label.data(), label.size());
  if (!RE2::FullMatch(l, BareLabelRe())) return false;
  static const RE2 bare_preferred_re("(?i)^\\s*preferred\\s+dividends?\\b");
  static const RE2 series_re("(?i)\\bseries\\b");
  return !RE2::PartialMatch(l, bare_preferred_re) ||
         RE2::PartialMatch(l, series_re);
}

// A statement row named by a class and its per-share amount only, under a
// heading row of dividends: "Common stock ($0.51 per share)", "Class A
// ($0.20 per share)", "Series B preferred stock ($15.00 per share)"; typed
// with a comma, "Common stock, $.68 per share".
const RE2& ClassRowRe() {
  static const RE2 re(
      "(?i)\\s*(?:common\\s+(?:stock|shares)|common|ordinary\\s+shares|"
      "class\\s+[a-c](?:\\s+common(?:\\s+(?:stock|shares))?)?|"
      "(?:series\\s+[a-z]\\s+|\\$?\\d{1,3}(?:\\.\\d{1,3})?%?\\s+)?"
      "(?:(?:cumulative|convertible|redeemable)\\s+)*preferred"
      "(?:\\s+(?:stock|shares))?|"
      "series\\s+[a-z])(?:\\s*\\(\\$\\s?\\d{0,3}\\.\\d{2,4}\\s+per\\s+"
      "(?:common\\s+)?share\\)|,\\s*\\$\\s?\\d{0,3}\\.\\d{2,4}\\s+per\\s+"
      "(?:common\\s+)?share)\\s*");
  return re;
}

}  // namespace

// A row's label (dividends_internal.h): its first cell in a table of
// TAB-separated cells; in fixed-width text, the words before the dot leaders or
// the gap before its amounts ("Common stock ($.44 per share) .....   (9,555)").
std::string_view RowLabel(std::string_view line) {
  size_t tab = line.find('\t');
  if (tab != std::string_view::npos) return line.substr(0, tab);
  size_t cut = line.size();
  size_t leader = line.find("..");
  if (leader != std::string_view::npos) cut = leader;
  size_t first = line.find_first_not_of(' ');
  for (size_t i = first; i != std::string_view::npos && i + 3 < cut; ++i) {
    if (line.substr(i, 3) != "   ") continue;
    size_t j = line.find_first_not_of(' ', i);
    if (j != std::string_view::npos &&
        std::string_view("$(0123456789.-").find(line[j]) !=
            std::string_view::npos) {
      cut = i;
      break;
    }
  }
  while (cut > 0 && (line[cut - 1] == ' ' || line[cut - 1] == '.')) --cut;
  return line.substr(0, cut);
}

namespace {

// The currency of bare cents ("an interim dividend of 6 cents per share"):
// dollars' cents are another country's when the sentence's other amounts
// are all of one such dollar and none is plain "$" or "US$" ("...
// payable on 28 March 2002 (A$24.6 million)"), else U.S. cents.
std::string CentsOfSentence(std::string_view lower, const Money& m) {
  std::string_view written = lower.substr(m.start, m.end - m.start);
  // (Cents with a sign or a named country, "$.06", "U.S. cents", keep
  // theirs.)
  if (m.currency != "USD" || written.find("cent") == std::string_view::npos ||
      written.find('$') != std::string_view::npos ||
      written.find("u") != std::string_view::npos)
    return m.currency;
  static const RE2 sign_re("(?:^|[^a-z$])((?:a|c|cdn|nz|s|hk|nt)?\\$)");
  re2::StringPiece sp(lower.data(), lower.size());
  std::string sign, code;
  while (RE2::FindAndConsume(&sp, sign_re, &sign)) {
    std::string c = CurrencyCode(sign);
    if (c == "USD" || (!code.empty() && c != code)) return m.currency;
    code = c;
  }
  return code.empty() ? m.currency : code;
}

// The line before the one at `pos` (not above `top`); false at the top.
bool LineAbove(std::string_view text, size_t top, size_t pos, Piece* line) {
  if (pos <= top + 1) return false;
  size_t start = text.rfind('\n', pos - 2);
  start = start == std::string_view::npos || start < top ? top : start + 1;
  *line = {start, pos - 1};
  return true;
}

// A statement row at the line `at` whose label `fits`, wrapped from the
// line above or not ("$4.50 Cumulative Preferred" over "Stock ($4.50 per
// share) ......", "Cash dividends declared ($.78 per" over "share) .....
// (9,672)"): where its label starts and ends; false when the line holds
// none.
bool LabelRowAt(std::string_view text, size_t top, Piece at,
                bool (*fits)(std::string_view), Piece* label) {
  std::string_view line = text.substr(at.start, at.size());
  std::string_view own = RowLabel(line);
  if (fits(own)) {
    *label = {at.start, at.start + own.size()};
    return true;
  }
  Piece up;
  if (own.empty() || !LineAbove(text, top, at.start, &up)) return false;
  std::string_view above = text.substr(up.start, up.size());
  // The line above is all label: no cells, no amounts.
  if (above.find('\t') != std::string_view::npos ||
      FoldSpace(RowLabel(above)) != FoldSpace(above)) {
    return false;
  }
  std::string joined = FoldSpace(std::string(above) + " " + std::string(own));
  if (!fits(joined)) return false;
  *label = {up.start, at.start + own.size()};
  return true;
}

// The class row of a statement (ClassRowRe) at the line `at`.
bool ClassRowAt(std::string_view text, size_t top, Piece at, Piece* label) {
  return LabelRowAt(
      text, top, at,
      [](std::string_view l) {
        return RE2::FullMatch(re2::StringPiece(l.data(), l.size()),
                              ClassRowRe());
      },
      label);
}

// The heading row of dividends ("Dividends declared:", "Cash dividends:")
// over the line at `pos`, with only class rows between (at most four
// lines up, not above `top`); "" when there is none.
std::string DividendHeadingAbove(std::string_view text, size_t top,
                                 size_t pos) {
  static const RE2 heading_re(
      "(?i)\\s*((?:cash\\s+)?dividends(?:\\s+declared)?(?:\\s+on)?\\s*:)"
      "\\s*");
  Piece line;
  for (int k = 0; k < 4 && LineAbove(text, top, pos, &line); ++k) {
    std::string_view l = text.substr(line.start, line.size());
    std::string heading;
    if (RE2::FullMatch(re2::StringPiece(l.data(), l.size()), heading_re,
                       &heading)) {
      return FoldSpace(heading);
    }
    Piece row;
    if (!ClassRowAt(text, top, line, &row)) return "";
    pos = row.start;
  }
  return "";
}
// The years of "in both 2024 and 2023", "in each of fiscal 2024, 2023 and
// 2022", "during each quarter of 2024 and 2023" right after a sentence's
// only amount (its per-share words between); empty when none follow.
std::vector<std::string> EachYear(const std::string& lower, size_t at) {
  static const RE2 both(
      "^(?:\\s+per\\s+(?:common\\s+|series\\s+[a-z0-9]{1,2}\\s+(?:preferred\\s+"
      ")?)?"
      "share)?(?:\\s+of\\s+common\\s+stock)?"
      "(?:\\s+(?:were|was)\\s+(?:paid|declared))?"
      // "... were paid on the Cumulative Preferred Stock, 4.75% Series, in
      // each of 1996 and 1995": the stock it was paid on between.
      "(?:\\s+on\\s+(?:the\\s+|its\\s+|our\\s+)?[^$;]{1,80}?)?"
      "\\s*,?\\s+(?:in|for|during)"
      "\\s+"
      "(?:both|each\\s+of|(?:each|every)\\s+quarter\\s+in)\\s+(?:("
      "fiscal)\\s+"
      "(?:years\\s+)?)?((?:19|20)\\d\\d(?:\\s*,\\s*(?:19|20)\\d\\d)*\\s*,?\\s*"
      "and\\s+(?:19|20)\\d\\d)\\b");
  std::string_view after = std::string_view(lower).substr(at, 180);
  std::string fiscal, list;
  std::vector<std::string> out;
  if (!RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), both,
                         &fiscal, &list)) {
    return out;
  }
  static const RE2 year("((?:19|20)\\d\\d)");
  re2::StringPiece in(list);
  std::string y;
  while (RE2::FindAndConsume(&in, year, &y))
    out.push_back(fiscal.empty() ? y : "Fiscal " + y);
  return out;
}

// The years `text` names, each once, in the order first written.
std::vector<std::string> DistinctYears(std::string_view text) {
  static const RE2 year_re("\\b((?:19|20)\\d\\d)\\b");
  re2::StringPiece in(text.data(), text.size());
  std::vector<std::string> seen;
  std::string y;
  while (RE2::FindAndConsume(&in, year_re, &y)) {
    if (std::find(seen.begin(), seen.end(), y) == seen.end()) seen.push_back(y);
  }
  return seen;
}

// The one year a sentence names ("In 1995, dividends were paid ..."); ""
// when it names none or several.
std::string OnlyYear(const std::string& lower) {
  std::vector<std::string> years = DistinctYears(lower);
  return years.size() == 1 ? years[0] : "";
}

// What may stand between a rate and the quarters or years it was paid in:
// its per-share words and its verb ("$.08 per share were paid in each
// quarter of 2003", "$0.26 per share paid in each of the first three
// quarters"). Anchored; opens the patterns of EachQuarter.
// ("$351.5625 per preferred share (equivalent to $0.3515625 per depositary
// share) were declared in each quarter of 2023": a parenthesis between.)
constexpr char kRateWords[] =
    "^(?:\\s+per\\s+(?:common\\s+|preferred\\s+)?share)?(?:\\s*\\([^()]{1,80}"
    "\\))?(?:\\s+(?:(?:were|was)\\s+)?(?:declared|paid))?";

// The four quarters of `year` (as EachQuarter gives its pairs).
void AddFourQuarters(const std::string& year,
                     std::vector<std::pair<std::string, std::string>>* out) {
  for (const char* q : {"first", "second", "third", "fourth"}) {
    out->push_back({year, std::string(q) + " quarter"});
  }
}

}  // namespace

// One rate for several quarters, each a dividend of its own: "$0.74 per
// share in each of the first and second quarters of 2023" ("$0.22 per
// share were declared in each of the first three quarters of 2005"), "$.08 per
// share in each quarter of 2003" (after the amount), "During each of the three
// months ended June 30, 2024 and June 30, 2023, the Company declared dividends
// ... of $0.3125 per share" (before it, the sentence's opening). One (fiscal
// year, quarter) pair a quarter, in the order written; empty when the sentence
// says neither.
std::vector<std::pair<std::string, std::string>> EachQuarter(
    const std::string& lower, size_t at) {
  std::vector<std::pair<std::string, std::string>> out;
  // "$0.74 per share in each of the first and second quarters of 2023",
  // "$.28 per share in the third and fourth quarters of 1996" (without a
  // year, the sentence's one year).
  static const RE2 list_re(
      std::string(kRateWords) +
      "\\s*,?\\s+(?:in|for|during)\\s+"
      "(?:each\\s+of\\s+)?the\\s+((?:first|second|third|fourth)(?:\\s*,\\s*"
      "(?:first|second|third|fourth))*\\s*,?\\s*and\\s+(?:first|second|third|"
      "fourth))\\s+(?:fiscal\\s+)?quarters(?:\\s+of\\s+(fiscal\\s+)?((?:19|20)"
      "\\d\\d))?\\b");
  std::string_view after = std::string_view(lower).substr(at, 120);
  std::string list, fiscal, year;
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), list_re,
                        &list, &fiscal, &year)) {
    if (year.empty()) year = OnlyYear(lower);
    if (year.empty()) return out;
    static const RE2 word("(first|second|third|fourth)");
    re2::StringPiece in(list);
    std::string q;
    while (RE2::FindAndConsume(&in, word, &q)) {
      out.push_back({fiscal.empty() ? year : "Fiscal " + year, q + " quarter"});
    }
    return out;
  }
  // "$.08 per share in each of the first three quarters of 2003 and 2002":
  // a run of quarters from the first or to the last, of each year listed.
  // (Without a year, the one year the sentence names: "In 1995,
  // dividends were paid at the rate of $.26 per share in each of the
  // first two quarters and $.27 per share in each of the last two
  // quarters".)
  // (Or after the rate named in apposition: "from 10 cents per share,
  // the rate paid in each of the first three quarters of 1999".)
  // (A quarter of another year may come first: "..., the rate declared in
  // the first quarter of 2014 and in each of the first three quarters of
  // 2013".)
  static const RE2 run_re(
      std::string(kRateWords) +
      "\\s*,?(?:\\s+the\\s+(?:rate|"
      "amount)\\s+(?:paid|declared))?(?:\\s+in\\s+the\\s+(first|second|third|"
      "fourth)\\s+quarter\\s+of\\s+((?:19|20)\\d\\d)\\s+and)?\\s+(?:in|for|"
      "during)\\s+"
      "each\\s+of\\s+the\\s+(first|last)\\s+(two|three|2|3)\\s+(?:fiscal\\s+)?"
      "quarters(?:\\s+of\\s+(fiscal\\s+)?((?:19|20)\\d\\d(?:\\s*,\\s*(?:19|20)"
      "\\d\\d)*(?:\\s*,?\\s*and\\s+(?:19|20)\\d\\d)?))?\\b");
  static const char* const kQuarters[] = {"first", "second", "third", "fourth"};
  std::string one_quarter, one_year, end, count, years;
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), run_re,
                        &one_quarter, &one_year, &end, &count, &fiscal,
                        &years)) {
    if (!one_quarter.empty())
      out.push_back({one_year, one_quarter + " quarter"});
    int n = (count == "two" || count == "2") ? 2 : 3;
    int from = end == "first" ? 0 : 4 - n;
    static const RE2 year_re("((?:19|20)\\d\\d)");
    if (years.empty()) years = OnlyYear(lower);
    re2::StringPiece in(years);
    while (RE2::FindAndConsume(&in, year_re, &year)) {
      for (int q = from; q < from + n; ++q) {
        out.push_back({fiscal.empty() ? year : "Fiscal " + year,
                       std::string(kQuarters[q]) + " quarter"});
      }
    }
    return out;
  }
  // "$.88 per share in 1997 ($.22 in each quarter)": the rate of each
  // quarter of the year the total before the parenthesis names.
  static const RE2 paren_re(
      "^(?:\\s+per\\s+(?:common\\s+)?share)?\\s+(?:in\\s+)?(?:each|every)\\s+"
      "(?:fiscal\\s+)?quarter\\s*\\)");
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                        paren_re)) {
    size_t open = lower.rfind('(', at);
    if (open != std::string::npos && at - open <= 12) {
      size_t from = open > 80 ? open - 80 : 0;
      std::string_view before =
          std::string_view(lower).substr(from, open - from);
      static const RE2 year_total_re(
          "\\$\\s?[\\d.]+\\s+(?:per\\s+(?:common\\s+)?share\\s+)?(?:in|for)\\s+"
          "(fiscal\\s+)?((?:19|20)\\d\\d)\\s*$");
      if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()),
                            year_total_re, &fiscal, &year)) {
        AddFourQuarters(fiscal.empty() ? year : "Fiscal " + year, &out);
        return out;
      }
    }
  }
  // "... and $.09 per share in the fourth quarter of each year": that
  // quarter of each of the years the sentence named before.
  static const RE2 each_year_re(
      std::string(kRateWords) +
      "\\s*,?\\s+(?:in|for|during)\\s+"
      "the\\s+(first|second|third|fourth)\\s+(?:fiscal\\s+)?quarter\\s+of\\s+"
      "(?:each|both)\\s+(?:such\\s+)?years?\\b");
  std::string q;
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                        each_year_re, &q)) {
    std::vector<std::string> seen =
        DistinctYears(std::string_view(lower).substr(0, at));
    if (seen.size() < 2) return out;  // "each year" of one year: unclear
    for (const std::string& y : seen) out.push_back({y, q + " quarter"});
    return out;
  }
  // "$.08 per share in each quarter of 2003": all four.
  // ("$.05 per share on our common stock in each quarter of 1998 and
  // 1999": the stock between, each year listed.)
  static const RE2 every_re(
      std::string(kRateWords) +
      "(?:\\s+on\\s+(?:the\\s+|its\\s+|our\\s+)?[^$;]{1,80}?)?"
      "\\s*,?\\s+(?:in|for|during)\\s+"
      "(?:each|every)\\s+(?:fiscal\\s+)?quarter\\s+of\\s+(fiscal\\s+)?((?:19|"
      "20)"
      "\\d\\d(?:\\s*,\\s*(?:19|20)\\d\\d)*(?:\\s*,?\\s*and\\s+(?:19|20)\\d\\d)?"
      ")"
      "\\b");
  // ("paid quarterly dividends of $.10 per share throughout 1997": the
  // same, when the sentence says the dividends were quarterly.)
  static const RE2 throughout_re(std::string(kRateWords) +
                                 "\\s*,?\\s+throughout\\s+(fiscal\\s+"
                                 ")?"
                                 "((?:19|20)\\d\\d)\\b");
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), every_re,
                        &fiscal, &year) ||
      (std::string_view(lower).substr(0, at).find("quarterly") !=
           std::string_view::npos &&
       RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                         throughout_re, &fiscal, &year))) {
    static const RE2 year_re("((?:19|20)\\d\\d)");
    re2::StringPiece years_in(year);
    std::string y;
    while (RE2::FindAndConsume(&years_in, year_re, &y))
      AddFourQuarters(fiscal.empty() ? y : "Fiscal " + y, &out);
    return out;
  }
  // "In 2009 the Company declared dividends of C$0.25 per share in each
  // quarter.": all four of the one year its clause names before.
  static const RE2 each_end_re(
      std::string(kRateWords) +
      "\\s*,?\\s+(?:in|for|during)\\s+(?:each|every)\\s+(?:fiscal\\s+)?"
      "quarter\\s*(?:[.;]|$)");
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                        each_end_re)) {
    std::string_view before = std::string_view(lower).substr(0, at);
    size_t semi = before.rfind(';');
    if (semi != std::string_view::npos) before.remove_prefix(semi + 1);
    std::vector<std::string> years = DistinctYears(before);
    if (years.size() != 1) return out;
    AddFourQuarters(years[0], &out);
    return out;
  }
  static const RE2 before_re(
      "^\\s*(?:during|in|for)\\s+each\\s+of\\s+the\\s+(?:three|3)\\s+months\\s+"
      "ended\\s+([a-z]+\\s+\\d{1,2},?\\s+((?:19|20)\\d\\d))\\s*,?\\s*and\\s+"
      "([a-z]+\\s+\\d{1,2},?\\s+((?:19|20)\\d\\d))\\b");
  std::string d1, y1, d2, y2;
  if (at < 400 &&
      RE2::PartialMatch(lower, before_re, &d1, &y1, &d2, &y2) && y1 != y2) {
    out.push_back({y1, "three months ended " + d1});
    out.push_back({y2, "three months ended " + d2});
  }
  return out;
}

namespace {

// Leaves out of a sentence's amounts those that restate a dividend
// rather than state one.
// A quarter's rate restated for the year in apposition ("increased our
// quarterly dividend to $0.52 per share, an annualized rate of $2.08
// per share"): four times an amount of the same sentence (twelve times
// a month's), no dividend of its own. (A dividend stated only as a year's
// rate, "to $1.24 per share on an annualized basis", has no quarter beside it
// and stays.)
void DropRestatedAmounts(const std::string& lower,
                         std::vector<AmountCandidate>* candidates) {
  const std::vector<AmountCandidate>& cands = *candidates;
  // ("an annual dividend of $0.60 per share, payable in four
  // installments of $0.15" states the year's dividend first: the
  // restatement comes after the amount it restates.)
  static const RE2 restated_re(
      "\\b(?:an?|the|at)\\s+(?:annualized\\s+(?:(?:dividend|distribution)"
      "\\s+)?(?:rate|amount|dividend|distribution)|annual\\s+(?:(?:dividend|"
      "distribution)\\s+)?(?:rate|amount))\\s+of\\s*(?:approximately\\s+)?$");
  // "The current indicated annual dividend rate is $1.66 per share", "the
  // indicated annual dividend is 55 cents per share",
  // "raises the indicated annual rate to $1.20 per share": a rate the
  // quarters would add up to, no dividend declared.
  // So is an annualized figure or an annual rate stated on its own: "the
  // annualized dividend is $1.20 per share", "equates to an annualized
  // distribution rate of $3.18", "Our annual dividend rate is $2.24". ("$1.24
  // per share on an annualized basis" states the dividend itself, and stays.)
  static const RE2 indicated_re(
      "(?:\\bindicated\\s+annual(?:ized)?\\s+(?:(?:dividend|distribution)"
      "(?:\\s+rate)?|rate)|\\bannual\\s+(?:dividend|distribution)\\s+rate|"
      "\\bannualized\\s+(?:(?:common|regular|quarterly)\\s+)?"
      "(?:(?:dividend|distribution)\\s+rate|dividend|distribution|rate)|"
      // "the current annual dividend (on the Series 1 shares) is $0.975
      // per share".
      "\\bcurrent\\s+annual\\s+(?:dividend|distribution)(?:\\s+rate)?"
      "(?:\\s+on\\s+[^$.;]{0,60}?)?|"
      // "... increased the quarterly dividend rate, placing the common
      // stock on an annual rate of $1.42 per share".
      "\\b(?:on|at)\\s+an\\s+annual\\s+(?:(?:dividend|distribution)\\s+)?"
      "rate)\\s+"
      "(?:is|was|of|to|equals|would\\s+be)\\s*"
      "(?:approximately\\s+)?$");
  std::vector<AmountCandidate> kept;
  for (size_t i = 0; i < cands.size(); ++i) {
    std::string_view before = std::string_view(lower).substr(
        cands[i].lead, cands[i].money.start - cands[i].lead);
    bool restated = RE2::PartialMatch(
        re2::StringPiece(before.data(), before.size()), indicated_re);
    // Four times an amount before it (a quarter's), or twelve times (a
    // month's).
    auto restates_earlier = [&]() {
      double year = std::atof(cands[i].money.amount.c_str());
      for (size_t j = 0; j < i; ++j) {
        double q = std::atof(cands[j].money.amount.c_str());
        if (q > 0 && (std::fabs(4 * q - year) < 0.005 ||
                      std::fabs(12 * q - year) < 0.005))
          return true;
      }
      return false;
    };
    if (!restated && cands.size() > 1 &&
        RE2::PartialMatch(re2::StringPiece(before.data(), before.size()),
                          restated_re)) {
      restated = restates_earlier();
    }
    // "$0.36 per share on a pre-split basis, or $0.18 per share as
    // adjusted for the split": the amount before the split is the same
    // dividend's, restated.
    static const RE2 presplit_re(
        "^\\s*(?:per\\s+(?:common\\s+)?share\\s*)?,?\\s*(?:on\\s+an?\\s+|"
        "as\\s+)?(?:pre-?split|unadjusted|before\\s+restatement|before\\s+(?:"
        "the\\s+)?"
        "(?:adjustment\\s+for\\s+the\\s+)?(?:stock\\s+)?split|prior\\s+to\\s+"
        "(?:the\\s+)?(?:stock\\s+)?split)");
    std::string_view tail = std::string_view(lower).substr(
        cands[i].money.end,
        std::min<size_t>(60, lower.size() - cands[i].money.end));
    restated |= RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                                  presplit_re);
    // "Before adjustment for the stock split, the cash dividend declared
    // in the first quarter of 2007 was $0.21 per share."
    static const RE2 presplit_lead_re(
        "^(?:before|prior\\s+to)\\s+(?:adjustment\\s+for\\s+)?the\\s+(?:"
        "stock\\s+)?"
        "split\\b");
    restated |= RE2::PartialMatch(lower, presplit_lead_re);
    // "The first quarter 1995 dividend, paid before the split, was $.22 1/2
    // per share on the shares then outstanding, which is shown above as
    // $.15."
    static const RE2 paid_presplit_re(
        "\\b(?:paid|declared)\\s+(?:before|prior\\s+to)\\s+the\\s+(?:stock\\s+)"
        "?"
        "split\\b");
    static const RE2 then_outstanding_re(
        "^\\s*(?:per\\s+(?:common\\s+)?share\\s+)?on\\s+the\\s+shares\\s+"
        "then\\s+"
        "outstanding\\b");
    restated |=
        RE2::PartialMatch(re2::StringPiece(before.data(), before.size()),
                          paid_presplit_re) ||
        RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                          then_outstanding_re);
    // "$.525 per unit ($2.10 per unit on an annualized basis)": the year's
    // rate of the amount before the parenthesis.
    static const RE2 annualized_re(
        "^\\s*per\\s+(?:common\\s+)?(?:share|unit)\\s+on\\s+an?\\s+annuali[sz]"
        "ed\\s+"
        "basis\\s*\\)");
    if (i > 0 && !before.empty() && before.back() == '(' &&
        RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                          annualized_re)) {
      restated = true;
    }
    // "quarterly distributions of $0.30 per common share ..., equal to
    // $1.20 per share on an annualized basis": four times (or twelve
    // times) an amount before it, restated for the year.
    static const RE2 basis_re(
        "^\\s*per\\s+(?:common\\s+)?(?:share|unit)\\s+on\\s+an?\\s+"
        "annuali[sz]ed\\s+basis\\b");
    if (!restated && i > 0 &&
        RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                          basis_re)) {
      restated = restates_earlier();
    }
    // "Half of the proposed dividend, CHF 1.30 per registered share ...":
    // a part of a dividend, no dividend of its own.
    static const RE2 part_of_re(
        "\\b(?:half|one-half|a\\s+third|one-third|part|a\\s+portion|portion)"
        "\\s+"
        "of\\s+(?:the|this|that|each)\\s+(?:proposed\\s+|declared\\s+|final\\s+"
        "|"
        "interim\\s+)?dividends?\\s*,?\\s*(?:or\\s+|i\\.e\\.,?\\s+)?$");
    restated |= RE2::PartialMatch(
        re2::StringPiece(before.data(), before.size()), part_of_re);
    // "..., originally reported as $0.48 per share, is presented as
    // $0.32 per share": the amount as first reported, restated.
    static const RE2 originally_re(
        "\\boriginally\\s+(?:(?:reported|declared|stated|paid)\\s+as\\s+)?$");
    restated |= RE2::PartialMatch(
        re2::StringPiece(before.data(), before.size()), originally_re);
    if (!restated) kept.push_back(cands[i]);
  }
  candidates->swap(kept);
}

// Whether `iso` is the payment date of another amount after the one
// ending at `from` (of a sentence, lower-cased): the old rate's ("raised to
// $0.30 per share from $0.28 per share paid December 16, 2013", "an
// increase of 10 percent from the $0.20 per share paid on February 21,
// 2014") or a previous dividend's ("(previous interim dividend: 28 yen,
// paid December 1, 2009)").
bool OtherAmountPaidOn(const std::string& lower, size_t from,
                       const std::string& iso) {
  if (iso.empty() || from > lower.size()) return false;
  static const RE2 old_paid_re(
      // (Not after a comma: "from $0.83 per share, payable March 14" is the
      // new rate's.)
      "(?:\\bfrom\\s+(?:the\\s+)?\\$\\s?[\\d.]+(?:\\s+per\\s+(?:common\\s+)?"
      "share)?\\s+|\\b(?:previous|prior|last)\\s+[a-z\\s-]{0,30}?dividends?"
      "\\s*(?:of|:|was)?\\s*(?:\\$\\s?)?[\\d.]+(?:\\s+(?:yen|cents?|pence|"
      "euro\\s+cents|p))?(?:\\s+per\\s+(?:common\\s+)?share)?\\s*,?\\s*)"
      "(?:which\\s+was\\s+|that\\s+was\\s+)?paid\\s+(?:on\\s+)?");
  re2::StringPiece rest(lower.data() + from, lower.size() - from);
  re2::StringPiece hit;
  if (!old_paid_re.Match(rest, 0, rest.size(), RE2::UNANCHORED, &hit, 1))
    return false;
  size_t at = hit.data() + hit.size() - lower.data();
  std::vector<DateHit> dates = FindDates(std::string_view(lower).substr(
      at, std::min<size_t>(40, lower.size() - at)));
  return !dates.empty() && dates[0].start == 0 && dates[0].iso == iso;
}

void ParseSentence(const Document& doc, const DividendContext& ctx,
                   const std::vector<Piece>& sentences, size_t index,
                   std::vector<Dividend>* out, bool bare_label = false) {
  std::string_view text = doc.text;
  Piece piece = sentences[index];
  std::string_view s = text.substr(piece.start, piece.size());
  std::string lower = Lower(s);
  // A sentence wrapped in a fixed-width text ("$1.54 per" / "share in
  // fiscal 2002") reads as one line; offsets stay those of `s`.
  std::replace(lower.begin(), lower.end(), '\n', ' ');
  std::replace(lower.begin(), lower.end(), '\r', ' ');
  re2::StringPiece sp(s.data(), s.size());
  // A bare label's shape is checked by the caller (BareLabelRe).
  if (!bare_label && !RE2::PartialMatch(sp, VerbRe())) return;
  // "... Company, a wholly-owned subsidiary, has 600,000 shares of
  // preferred stock ... These shares are presented as noncontrolling
  // interests. Pinecrest Gas paid dividends of $4.50 per share on these
  // shares": the sentence points back to another's shares.
  if (index > 0) {
    Piece prev = sentences[index - 1];
    if (prev.end <= piece.start && piece.start - prev.end < 8) {
      std::string prev_lower = Lower(text.substr(prev.start, prev.size()));
      if (NoncontrollingShares({}, lower, prev_lower) ||
          OtherParty(lower, prev_lower)) {
        return;
      }
    }
  }

  std::vector<AmountCandidate> cands = PerShareAmounts(
      lower, FindMoney(s), bare_label && !ContainsLower(s, "dividend"));
  std::string stock_pct;
  size_t stock_at = 0;
  if (cands.empty()) {
    re2::StringPiece m[2];
    if (!StockRe().Match(sp, 0, sp.size(), RE2::UNANCHORED, m, 2)) return;
    // "Restated for the 5% stock dividend paid in June 1997": a footnote
    // naming one said before, no declaration of its own.
    // (Or "All per share data have been restated to reflect the
    // two-for-one stock split effected in the form of a 100% stock
    // dividend".)
    if (Has(lower, "restated for") || Has(lower, "restated to reflect")) return;
    stock_pct = std::string(m[1].data(), m[1].size());
    stock_at = m[0].data() - s.data();
  }
  std::string status = StatusOf(lower, ctx);
  std::string fiscal;
  RE2::PartialMatch(sp, FiscalRe(), &fiscal);
  fiscal = FoldSpace(fiscal);
  // A sentence about one year's dividend: "The 2005 dividend consisted of
  // ...", "The total dividend for 2005 was ...".
  static const RE2 subject_year_re(
      "^\\s*(?:the\\s+)?(?:((?:19|20)\\d\\d)\\s+(?:(?:total|full[\\s-]year|"
      "annual)\\s+)?dividends?|(?:total\\s+)?dividends?\\s+(?:for|in)\\s+"
      "((?:19|20)\\d\\d))\\s+(?:consist(?:ed|s)\\s+of|comprised|was|were|"
      "totall?ed|amounted\\s+to)\\b");
  // It tells of dividends paid: the dates of the sentences after it
  // are another's.
  std::string y1, y2;
  const bool year_told = RE2::PartialMatch(lower, subject_year_re, &y1, &y2);
  if (year_told) {
    if (fiscal.empty()) fiscal = y1.empty() ? y2 : y1;
    status = "paid";
  }

  // The declaring sentence first, then up to two follow-ups without their
  // own amounts ("The dividend is payable on ... of record on ...").
  Dividend base;
  base.status = status;
  base.fiscal_year = fiscal;
  FillDates(text, piece, &base);
  bool declared_unknown = false;
  {
    // Dates between the amounts of a sentence ("paid $0.24 per share on
    // March 15, 2023 and $0.26 per share on June 15, 2023"): the sentence's
    // record and payment dates are no one amount's; each amount takes
    // those written after it (in the loop below). Dates before the first
    // amount or after the last are all the amounts' ("$0.50 per share on
    // Class A and $0.45 on Class B, payable March 1").
    std::set<std::string> amounts;
    for (const AmountCandidate& c : cands) amounts.insert(c.money.amount);
    if (amounts.size() > 1) {
      size_t first_end = cands.front().money.end;
      size_t last_start = cands.back().money.start;
      for (const DateHit& h : FindDates(s)) {
        if (h.start >= first_end && h.end <= last_start) {
          base.record_date.clear();
          base.payable_date.clear();
          // A declaration dated before the first amount is every
          // amount's ("On April 23, 2024, the Board declared ... $0.455
          // ..., and ... $0.375 ..."); each amount's own record and
          // payment dates are read after it (below).
          Dividend pre;
          FillDates(text, {piece.start, piece.start + cands.front().money.start},
                    &pre);
          base.declared_date = pre.declared_date;
          declared_unknown = pre.declared_date.empty();
          break;
        }
      }
    }
  }
  if (base.declared_date.empty() && !declared_unknown && !bare_label) {
    // "On May 2, 2013, the Board took the following actions:" may head the
    // list item that declares the dividend.
    size_t from = piece.start > 300 ? piece.start - 300 : 0;
    std::string_view prev = text.substr(from, piece.start - from);
    size_t end = prev.find_last_not_of(" \t\r\n");
    static const RE2 marker("(?s)(.*?)\\s*(?:\\([a-z0-9]{1,4}\\)|[a-z0-9]\\.)");
    re2::StringPiece head;
    if (end != std::string_view::npos &&
        RE2::FullMatch(re2::StringPiece(prev.data(), end + 1), marker, &head)) {
      end = head.empty() ? std::string_view::npos : head.size() - 1;
      if (end != std::string_view::npos) {
        end = prev.find_last_not_of(" \t\r\n", end);
      }
    }
    if (end != std::string_view::npos && prev[end] == ':') {
      size_t dot = prev.rfind(". ", end);
      size_t start = dot == std::string_view::npos ? 0 : dot + 2;
      Dividend lead;
      FillDates(text, {from + start, from + end + 1}, &lead);
      base.declared_date = lead.declared_date;
    }
  }
  // (A payment date the sentence gives another amount is not taken: the
  // follow-ups may give this one's.)
  if (!cands.empty() &&
      OtherAmountPaidOn(lower, cands.front().money.end, base.payable_date))
    base.payable_date.clear();
  for (size_t k = index + 1;
       !year_told && k < sentences.size() && k <= index + 2; ++k) {
    std::string_view next =
        text.substr(sentences[k].start, sentences[k].size());
    if (!FindMoney(next).empty()) break;
    std::string nl = Lower(next);
    // ("... and the payment will commence on December 1, 2010.")
    if (!Has(nl, "record") && !Has(nl, "payable") && !Has(nl, "paid") &&
        !Has(nl, "payment")) {
      continue;
    }
    FillDates(text, sentences[k], &base);
  }
  if (base.declared_date.empty() && !declared_unknown &&
      !ctx.release_date.empty() && base.status == "declared") {
    base.declared_date = ctx.release_date;
  }
  double conf = 0.85;
  if (base.record_date.empty() && base.payable_date.empty()) conf = 0.7;

  auto emit = [&](Dividend d, size_t at, size_t stop, const char* rule) {
    // Share classes named after the amount, up to the next amount or clause:
    // one record per class.
    size_t semi = s.find(';', at);
    if (semi < stop) stop = semi;
    std::vector<std::string> classes;
    re2::StringPiece rest(s.data() + at, stop - at);
    std::string cls;
    while (RE2::FindAndConsume(&rest, ClassRe(), &cls)) {
      cls = FoldSpace(cls);
      if (std::find(classes.begin(), classes.end(), cls) == classes.end()) {
        classes.push_back(cls);
      }
    }
    // A statement label names its class before the amount ("Class A
    // common stock dividends ($0.24 per share)", "Class B ($0.20 per
    // share)").
    if (classes.empty() && bare_label && d.share_class.empty() &&
        RE2::PartialMatch(re2::StringPiece(s.data(), at), ClassRe(), &cls)) {
      d.share_class = FoldSpace(cls);
    }
    // A sentence that names one class only, before the amount ("increased
    // the quarterly dividend on the Class A Common Stock 9.1% to $.06 per
    // share from $.055 per share"): the amounts are that class's.
    if (classes.empty() && d.share_class.empty() &&
        RE2::PartialMatch(re2::StringPiece(s.data(), at), ClassRe())) {
      d.share_class = OneClassIn(s);
    }
    // A preferred stock's class letter is part of its name ("Class A
    // Preferred Share Series 1"): the record stays the preferred's.
    if (d.share_class == "Preferred") classes.clear();
    if (classes.empty()) classes.push_back(d.share_class);
    for (const std::string& c : classes) {
      Dividend r = d;
      r.share_class = c;
      r.span = MakeSpan(doc, piece.start, piece.end, conf, rule);
      CheckDividendDates(&r);
      out->push_back(std::move(r));
    }
  };

  if (!stock_pct.empty()) {
    Dividend d = base;
    d.kind = "stock";
    d.per_share = ShiftDecimal(stock_pct, -2);
    emit(d, stock_at, s.size(), "dividend.stock_sentence");
    return;
  }
  // A rate of long ago ("Since 2013, we have increased our quarterly
  // dividend from $0.10 to $0.26 per share"): the old rate is no dividend
  // of the report's periods.
  static const RE2 history_re(
      "(?i)\\b(?:since|over\\s+the\\s+(?:past|last)|in\\s+the\\s+(?:past|last)|"
      "each\\s+year|every\\s+year|consecutive|for\\s+\\d+\\s+years|"
      "(?:19|20)\\d\\d\\s+(?:to|through)\\s+(?:19|20)\\d\\d)\\b");
  bool history = RE2::PartialMatch(sp, history_re);
  if (!ctx.periodic_report || history) {
    // (Unless the sentence says which quarters were paid at it: "from 10
    // cents per share, the rate paid in each of the first three quarters
    // of 1999".)
    cands.erase(
        std::remove_if(cands.begin(), cands.end(),
                       [&](const AmountCandidate& c) {
                         return c.old_rate &&
                                (history ||
                                 EachQuarter(lower, c.money.end).empty());
                       }),
        cands.end());
    if (cands.empty()) return;
  }
  DropRestatedAmounts(lower, &cands);
  // The parts of a dividend made of a base and a variable part: "raised
  // the base dividend to $0.20 per share", "an annualized base rate of
  // $0.88", "a variable dividend of $0.31 per share", "the base and
  // variable components of the 2024 dividends were $0.84 and $1.39".
  // (A part is named before its amount in the sentence; the whole
  // dividend is named before its parts: "a quarterly dividend of $0.53 per
  // share, consisting of the $0.22 base dividend and ...".)
  if (ctx.base_plus_variable) {
    static const RE2 part_re("\\b(?:base|variable|components?)\\b");
    cands.erase(
        std::remove_if(cands.begin(), cands.end(),
                       [&](const AmountCandidate& c) {
                         return RE2::PartialMatch(
                             re2::StringPiece(lower.data(), c.money.start),
                             part_re);
                       }),
        cands.end());
  }
  if (cands.empty()) return;
  std::vector<std::string> years = AmountYears(lower, cands);
  // Two kinds named before a pair of amounts, in order: "the interim and
  // final dividends were 5.5 cents and 7.0 cents per share".
  bool interim_and_final = false;
  if (cands.size() == 2 && !cands[0].old_rate && !cands[1].old_rate &&
      ListGap(lower, cands[0].money.end, cands[1].money.start)) {
    static const RE2 pair_re(
        "\\binterim\\s+and\\s+(?:final|year-end)\\s+dividends?\\s+"
        "(?:\\w+\\s+){0,3}(?:were|was|of|totall?ing)\\s*$");
    size_t from = cands[0].lead;
    interim_and_final = RE2::PartialMatch(
        re2::StringPiece(lower.data() + from, cands[0].money.start - from),
        pair_re);
  }
  bool prev_preferred = false;
  std::vector<std::string> kind_of(cands.size());  // each amount's kind
  std::vector<std::string> each_of_list;  // the list's years, once looked
  for (size_t i = 0; i < cands.size(); ++i) {
    const Money& m = cands[i].money;
    Dividend d = base;
    if (cands.size() > 1) {
      // Each amount's own record and payment dates, written after it and
      // before the next amount ("$0.455 per share of common stock, payable
      // on July 12, 2024 to stockholders of record on June 28, 2024, and
      // ... $0.375 per share on the Series A preferred stock and $0.3375
      // per share on the Series B preferred stock, each payable on June
      // 28, 2024 to holders of record on June 14, 2024"): an amount
      // without dates of its own takes those of the next amount that has
      // some when they are said of "each" (or "both", "all").
      // (Read from the sentence's start for the words that give the
      // dates' roles: "We paid dividends of $0.24 per share on March 15".)
      auto segment = [&](size_t k) {
        size_t to = k + 1 < cands.size() ? cands[k + 1].money.start : s.size();
        return Piece{piece.start, piece.start + to};
      };
      Dividend own;
      FillDates(text, segment(i), &own, cands[i].money.end);
      for (size_t j = i + 1; j < cands.size() && own.record_date.empty() &&
                             own.payable_date.empty();
           ++j) {
        Dividend next;
        Piece p = segment(j);
        FillDates(text, p, &next, cands[j].money.end);
        if (next.record_date.empty() && next.payable_date.empty()) continue;
        static const RE2 each_re("(?i)\\b(?:each|both|all)\\b");
        std::string_view sv = text.substr(p.start + cands[j].money.end,
                                          p.end - p.start - cands[j].money.end);
        if (RE2::PartialMatch(re2::StringPiece(sv.data(), sv.size()),
                              each_re)) {
          own = next;
        }
        break;
      }
      if (!own.record_date.empty()) d.record_date = own.record_date;
      if (!own.payable_date.empty()) d.payable_date = own.payable_date;
      // A date between the amount before and this one, after another
      // date or that amount with only "and on" between, the verb of a
      // declaration after it, is this one's declaration ("..., and on February
      // 13, 2001 declared the February 2001 dividend of $.1035 per share"; not
      // "$0.15 per share declared on November 5, 2024, and $1.56 per share in
      // 2023").
      // (Only the last date there: no other date after it.)
      if (i > 0 && cands[i - 1].money.end < m.start) {
        // (Or a change of the rate: "..., and on November 11, 2014 it
        // increased the monthly dividend to $0.1880 per share".)
        static const RE2 verb_re(
            "\\b(?:declare[ds]?|determined|approved|announced|increased|"
            "raised|reduced|lowered|cut)\\b");
        static const RE2 lead_re("\\s*,?\\s*(?:and\\s+)?on\\s+");
        size_t from = cands[i - 1].money.end;
        std::string_view between =
            std::string_view(lower).substr(from, m.start - from);
        std::vector<DateHit> dates = FindDates(between);
        if (!dates.empty()) {
          const DateHit& h = dates.back();
          size_t lead = dates.size() > 1 ? dates[dates.size() - 2].end : 0;
          std::string_view before = between.substr(lead, h.start - lead);
          std::string_view after = between.substr(h.end);
          if (RE2::FullMatch(re2::StringPiece(before.data(), before.size()),
                             lead_re) &&
              RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                                verb_re)) {
            d.declared_date = h.iso;
          }
        }
      }
      // A dividend proposed takes no date on which another amount of the
      // sentence was paid: "proposes a final dividend of EUR 0.52 per
      // share, ..., including the interim dividend of EUR 0.20 per share
      // paid on 14 September 2006" (the date is the interim's, paid).
      static const RE2 paid_re(
          "^(?:\\s+per\\s+(?:[a-z]+\\s+)?share)?,?\\s+"
          "(?:which\\s+was\\s+|was\\s+)?paid\\s+on\\b");
      for (size_t j = 0; j < cands.size() && d.status == "proposed"; ++j) {
        std::string_view after =
            std::string_view(lower).substr(cands[j].money.end, 40);
        if (!RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                               paid_re))
          continue;
        Dividend paid;
        FillDates(text, segment(j), &paid, cands[j].money.end);
        if (paid.payable_date.empty()) continue;
        if (j == i) {
          // (Its record and declaration dates are the proposed one's
          // when they come after the payment.)
          d.status = "paid";
          if (d.record_date > d.payable_date) d.record_date.clear();
          if (d.declared_date > d.payable_date) d.declared_date.clear();
        } else if (d.payable_date == paid.payable_date) {
          d.payable_date.clear();
        }
      }
    }
    if (!years[i].empty()) d.fiscal_year = years[i];
    if (cands[i].compared) {
      // Another period's: the sentence's year is the first amount's.
      if (years[i].empty()) d.fiscal_year.clear();
      d.declared_date.clear();
      d.record_date.clear();
      d.payable_date.clear();
    }
    if (!cands[i].old_rate && OtherAmountPaidOn(lower, m.end, d.payable_date))
      d.payable_date.clear();
    if (cands[i].old_rate) {
      // The rate paid before the increase: the sentence's dates and year
      // are the new rate's.
      d.declared_date.clear();
      d.record_date.clear();
      d.payable_date.clear();
      d.fiscal_year = years[i];  // its own ("from $2.72 in 2023") or none
      d.status = "paid";
    }
    // A new rate from a later dividend on ("increased the monthly dividend
    // to $0.1880 per share, beginning with the January 2015 dividend"):
    // the day the board changed it need not be the day that dividend was
    // declared. (It is when the sentence gives that dividend's record or
    // payment date: "..., beginning with the January 2001 dividend payable
    // February 15, 2001 to stockholders of record on January 31, 2001".)
    // (The old rate may come between: "to $0.1850 per share from $0.1820
    // per share, beginning with the July 2014 dividend".)
    static const RE2 from_dividend_re(
        "^(?:\\s+per\\s+(?:common\\s+)?(?:share|unit))?(?:\\s*,?\\s*(?:up\\s+)?"
        "from\\s+\\$?\\s?[\\d.]+(?:\\s+per\\s+(?:common\\s+)?(?:share|unit))?)?"
        "\\s*,?\\s*(?:beginning|starting|commencing|effective)\\s+with\\b");
    if (cands[i].increase && d.record_date.empty() && d.payable_date.empty() &&
        RE2::PartialMatch(
            re2::StringPiece(lower.data() + m.end,
                             std::min<size_t>(100, lower.size() - m.end)),
            from_dividend_re)) {
      d.declared_date.clear();
    }
    d.kind = KindNear(lower, m.start, cands[i].limit);
    if (d.kind == "variable") d.kind.clear();
    if (interim_and_final) d.kind = i == 0 ? "interim" : "year-end";
    // The period right after the amount is its own: "$0.2550 per share for
    // the three months ended March 31, 2023" a quarter's, "... for the
    // nine months ended" the year to date's (no kind).
    {
      // ("$.3225 for the quarter, an annualized rate of $1.29": the
      // quarter's without "ended".)
      // ("$0.50 per share in the first six months of 2012": the year to
      // date's.)
      // (Only the months so: "paid a semi-annual dividend of $0.32 per
      // share in the first quarter of 2013" says when it was paid.)
      static const RE2 period_re(
          "^(?:\\s+per\\s+(?:common\\s+)?share)?\\s+(?:(?:for|during)\\s+"
          "the\\s+"
          "(?:(three\\s+months|quarter|six\\s+months|nine\\s+months)\\s+"
          "ended\\b|(quarter)\\s*[,;.])|in\\s+the\\s+first\\s+(six\\s+months|"
          "nine\\s+"
          "months)\\s+of\\b)");
      std::string_view after = std::string_view(lower).substr(m.end, 60);
      std::string period, quarter, months;
      if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                            period_re, &period, &quarter, &months)) {
        if (period.empty()) period = quarter;
        if (period.empty()) period = months;
        d.kind = period[0] == 't' || period[0] == 'q' ? "quarterly" : "";
      }
    }
    // A sum of several dividends beside another amount ("we paid quarterly
    // dividends totaling $3.16 per share and a special dividend of $1.50
    // per share, which was declared on ..."): the dates are the other's.
    static const RE2 sum_re(
        "dividends\\s+(?:\\w+\\s+){0,3}(?:totall?ing|aggregating|amounting\\s+"
        "to)\\s*$");
    if (cands.size() > 1 &&
        RE2::PartialMatch(re2::StringPiece(lower.data() + cands[i].lead,
                                           m.start - cands[i].lead),
                          sum_re)) {
      d.declared_date.clear();
      d.record_date.clear();
      d.payable_date.clear();
    }
    if (i > 0 && d.kind != "annual") {
      // The year's sum after a quarter's rate: "a quarterly dividend of
      // $0.24 per share in each quarter of 2023, or $0.96 per share for the
      // year" (the kind word is the first amount's).
      std::string_view gap = std::string_view(lower).substr(
          cands[i - 1].money.end, m.start - cands[i - 1].money.end);
      std::string_view tail = std::string_view(lower).substr(m.end, 40);
      static const RE2 or_re("\\bor\\s*$");
      static const RE2 year_re(
          "^\\s*(?:per\\s+(?:common\\s+)?share\\s*)?,?\\s*(?:for\\s+the\\s+"
          "(?:full\\s+|entire\\s+|whole\\s+)?(?:fiscal\\s+)?year|per\\s+year|"
          "a\\s+year|annually|for\\s+(?:fiscal\\s+)?(?:19|20)\\d\\d|in\\s+"
          "total|"
          "on\\s+an\\s+annual)");
      // "..., or $0.72 per share quarterly": the quarter's rate after a
      // year's keeps its own kind.
      static const RE2 own_quarter_re(
          "^\\s*(?:per\\s+(?:common\\s+)?share\\s*)?,?\\s*(?:quarterly|per\\s+"
          "quarter|a\\s+quarter|each\\s+quarter)");
      if ((RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), or_re) &&
           !RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                              own_quarter_re)) ||
          RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()),
                            year_re)) {
        d.kind.clear();
      }
    }
    // An amount compared with a year's sum before it is a year's sum too:
    // "or $0.76 per share for the year, compared with $0.70 per share in
    // 2002" (not the quarter's named before both). (Not with a part named
    // in between: "totaled $6.30 in 2022, including the special dividend
    // of $2.50 per share, compared with $3.40 in 2021".)
    if (cands[i].compared && i > 0 &&
        (kind_of[i - 1].empty() || kind_of[i - 1] == "annual")) {
      d.kind = kind_of[i - 1];
    }
    kind_of[i] = d.kind;
    if (d.kind == "annual" && cands.size() > 1 &&
        (!d.record_date.empty() || !d.payable_date.empty())) {
      // A year's rate beside a quarter's payment ("to $1.24 per share on
      // an annualized basis and declared our first quarterly dividend of
      // $0.31 per share, payable April 24"): the payment's dates are the
      // quarter's.
      for (size_t j = 0; j < cands.size(); ++j) {
        if (j != i && KindNear(lower, cands[j].money.start, cands[j].limit) ==
                          "quarterly") {
          d.record_date.clear();
          d.payable_date.clear();
          break;
        }
      }
    }
    d.per_share = m.amount;
    d.currency = CentsOfSentence(lower, m);
    if (!cands[i].old_rate && !cands[i].compared) {
      // Between the per-share amounts before and after (a total is none).
      std::string total = SentenceTotal(
          lower, m, i > 0 ? cands[i - 1].money.end : 0,
          i + 1 < cands.size() ? cands[i + 1].money.start : lower.size());
      if (!total.empty()) d.total_amount = total;
    }
    bool preferred =
        PreferredNear(lower, cands[i].lead, m.start, m.end, cands[i].limit);
    // "$371.875 per share (equivalent to $0.371875 per depositary share)":
    // depositary shares other than ADSs are interests in a preferred share.
    // (Said after this amount, not of another's: "$0.32 per common share
    // ..., and a dividend of $14.375 per share of Series D preferred stock
    // (equivalent to $0.359375 per depositary share)".)
    if (!preferred && !Has(lower, "american depositary")) {
      std::string_view next = std::string_view(lower).substr(
          m.end, std::min<size_t>(100, lower.size() - m.end));
      size_t dep = next.find("per depositary share");
      size_t common = next.find("common");
      preferred =
          dep != std::string_view::npos && dep < common &&
          (i + 1 >= cands.size() || m.end + dep < cands[i + 1].money.start);
    }
    // "dividends on the Series B Preferred Stock of $70.00 per share ... in
    // 2023, and $70.00 per share ... in 2022": the next amount of the same
    // sentence keeps the class, unless common stock is named between.
    // (Nor when the amount's own words name it: "..., and a dividend of 46
    // 1/2 cents per share on the Common Stock".)
    const size_t own_end = std::min(
        {m.end + 40, lower.size(),
         i + 1 < cands.size() ? cands[i + 1].money.start : lower.size()});
    if (!preferred && i > 0 && prev_preferred &&
        std::string_view(lower)
                .substr(cands[i - 1].money.end,
                        m.start - cands[i - 1].money.end)
                .find("common") == std::string_view::npos &&
        std::string_view(lower).substr(m.end, own_end - m.end).find("common") ==
            std::string_view::npos) {
      preferred = true;
    }
    prev_preferred = preferred;
    if (preferred) d.share_class = "Preferred";
    size_t stop = i + 1 < cands.size() ? cands[i + 1].money.start : s.size();
    // The class is looked for after the amount; in a list of amounts
    // ("$.235, $.215 and $.195 per Class A share in 1996, 1995 and 1994")
    // after the list's last, when it names one class only.
    size_t cls_at = m.end, cls_stop = stop;
    size_t last = i;
    while (last + 1 < cands.size() &&
           ListGap(lower, cands[last].money.end, cands[last + 1].money.start)) {
      ++last;
    }
    if (last != i) {
      size_t last_stop =
          last + 1 < cands.size() ? cands[last + 1].money.start : s.size();
      size_t semi = s.find(';', cands[last].money.end);
      if (semi < last_stop) last_stop = semi;
      if (!OneClassIn(std::string_view(s).substr(
                          cands[last].money.end,
                          last_stop - cands[last].money.end))
               .empty()) {
        cls_at = cands[last].money.end;
        cls_stop = last_stop;
      }
    }
    const char* rule = cands[i].old_rate   ? "dividend.previous_rate"
                       : cands[i].increase ? "dividend.increase"
                                           : "dividend.sentence";
    // One rate in each of several years ("$0.78 per share in both 2024
    // and 2023"): a dividend of each year, with none of the dates.
    std::vector<std::string> each;
    if (cands.size() == 1 && !cands[i].old_rate) each = EachYear(lower, m.end);
    // (A list of the rates of several series, the years after the last:
    // "$4.40 per share on the 4.40% Series, $7.36 per share on the 7.36%
    // Series and $8.90 per share on the 8.90% Series in each of 1993 and
    // 1992": each rate in each year.)
    if (cands.size() > 1 && each_of_list.empty()) {
      bool plain = std::none_of(
          cands.begin(), cands.end(),
          [](const AmountCandidate& c) { return c.old_rate || c.increase; });
      if (plain) each_of_list = EachYear(lower, cands.back().money.end);
      if (each_of_list.empty()) each_of_list = {""};  // looked: none
    }
    if (cands.size() > 1 && !each_of_list.front().empty() &&
        !cands[i].old_rate) {
      each = each_of_list;
    }
    // One rate for several quarters: a quarter's dividend each, of that
    // period only (no dates; never merged with a declaration). (The rate
    // raised from too: "to 11 cents per share from 10 cents per share, the
    // rate paid in each of the first three quarters of 1999".)
    std::vector<std::pair<std::string, std::string>> quarters;
    if (each.empty() && !cands[i].increase) {
      quarters = EachQuarter(lower, m.end);
    }
    // The dividend of one of those periods: its year, none of the dates.
    auto of_period = [&d](const std::string& year) {
      Dividend e = d;
      e.fiscal_year = year;
      e.declared_date.clear();
      e.record_date.clear();
      e.payable_date.clear();
      return e;
    };
    for (const auto& [year, quarter] : quarters) {
      Dividend e = of_period(year);
      e.kind = "quarterly";
      e.provenance = quarter;
      e.total_amount.clear();
      emit(e, cls_at, cls_stop, "dividend.each_quarter");
    }
    if (!quarters.empty()) continue;
    for (const std::string& y : each) emit(of_period(y), cls_at, cls_stop, rule);
    if (each.empty()) emit(d, cls_at, cls_stop, rule);
  }
}

// "dividends: 2 sentences naming a dividend are over 4096 bytes and were
// not read (the first at byte 120, page 1; the longest 52000 bytes)".
std::string LongSentenceWarning(const Document& doc, size_t count,
                                size_t first_at, size_t longest) {
  std::string w = "dividends: " + std::to_string(count) +
                  (count == 1 ? " sentence naming a dividend is"
                              : " sentences naming a dividend are") +
                  " over " + std::to_string(kMaxSentenceBytes) + " bytes and " +
                  (count == 1 ? "was" : "were") + " not read (" +
                  (count == 1 ? "at" : "the first at") + " byte " +
                  std::to_string(first_at);
  int page = doc.PageAt(first_at);
  if (page > 0) w += ", page " + std::to_string(page);
  if (count > 1) w += "; the longest " + std::to_string(longest) + " bytes";
  return w + ")";
}

// One amount declared for several months, each with its own dates in
// parentheses: "declared monthly distributions of $0.255 per share for
// each of October 2022 (record date October 31, 2022; payment date
// November 15, 2022), November 2022 (record date ...) and December 2022
// (...)". The sentence's one record (the last of `out`) becomes one a
// month, its record and payment dates the month's own.
void EachMonth(std::string_view sentence, std::vector<Dividend>* out) {
  static const RE2 month_re(
      std::string(
          "(?i)\\b(?:january|february|march|april|may|june|july|"
          "august|september|october|november|december)"
          "(?:\\s+(?:19|20)\\d\\d)?\\s*\\(\\s*record\\s+date\\s*:?\\s*(") +
      kDateRe + ")\\s*[;,]\\s*(?:payment|payable|pay)\\s+date\\s*:?\\s*(" +
      kDateRe + ")\\s*\\)");
  re2::StringPiece in(sentence.data(), sentence.size());
  std::string record, payable;
  std::vector<std::pair<std::string, std::string>> months;
  while (RE2::FindAndConsume(&in, month_re, &record, &payable)) {
    std::string r = ParseDate(record), p = ParseDate(payable);
    if (r.empty() || p.empty()) return;
    months.push_back({r, p});
  }
  // Or lists of dates, paired in order: "monthly dividends of $0.2600 per
  // share payable on February 15, 2024, March 15, 2024 and April 15, 2024
  // to stockholders of record on January 31, 2024, February 29, 2024 and
  // March 31, 2024, respectively".
  if (months.empty() && ContainsLower(sentence, "respectively")) {
    static const std::string list = std::string("(") + kDateRe +
                                    "(?:\\s*,\\s*(?:and\\s+)?" + kDateRe +
                                    ")*\\s*,?\\s*and\\s+" + kDateRe + ")";
    static const RE2 payable_re("(?i)\\bpayable\\s+(?:on\\s+)?" + list);
    static const RE2 record_re(
        "(?i)\\brecord\\s+(?:on\\s+|as\\s+of\\s+|date\\s+)?" + list);
    static const RE2 date_re(std::string("(?i)(") + kDateRe + ")");
    // (Or days of one year, the year written once at the end: "payable
    // August 15, September 15 and October 17, 2016 to shareholders of
    // record on July 29, August 31 and September 30, 2016, respectively".)
#define SECX_MONTH_DAY                                                 \
  "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?" \
  "\\s+[0-3]?\\d\\b"
    static const std::string days =
        "(" SECX_MONTH_DAY "(?:\\s*,\\s*(?:and\\s+)?" SECX_MONTH_DAY
        ")*\\s*,?\\s*and\\s+" SECX_MONTH_DAY "\\s*,\\s*(?:19|20)\\d\\d)\\b";
    static const RE2 payable_days_re("(?i)\\bpayable\\s+(?:on\\s+)?" + days);
    static const RE2 record_days_re(
        "(?i)\\brecord\\s+(?:on\\s+|as\\s+of\\s+|date\\s+)?" + days);
    static const RE2 day_re("(?i)(" SECX_MONTH_DAY ")");
#undef SECX_MONTH_DAY
    static const RE2 year_re("((?:19|20)\\d\\d)\\s*$");
    auto dates = [&](const RE2& re, const RE2& days_re) {
      std::vector<std::string> got;
      std::string l;
      re2::StringPiece all(sentence.data(), sentence.size());
      if (RE2::PartialMatch(all, re, &l)) {
        re2::StringPiece in(l);
        std::string d;
        while (RE2::FindAndConsume(&in, date_re, &d))
          got.push_back(ParseDate(d));
        return got;
      }
      std::string year;
      if (!RE2::PartialMatch(all, days_re, &l) ||
          !RE2::PartialMatch(l, year_re, &year)) {
        return got;
      }
      re2::StringPiece in(l);
      std::string d;
      while (RE2::FindAndConsume(&in, day_re, &d))
        got.push_back(ParseDate(d + ", " + year));
      return got;
    };
    std::vector<std::string> pay = dates(payable_re, payable_days_re),
                             rec = dates(record_re, record_days_re);
    if (pay.size() >= 2 && pay.size() == rec.size()) {
      for (size_t k = 0; k < pay.size(); ++k) {
        if (pay[k].empty() || rec[k].empty()) return;
        months.push_back({rec[k], pay[k]});
      }
    }
  }
  if (months.size() < 2) return;
  Dividend one = std::move(out->back());
  out->pop_back();
  for (const auto& [r, p] : months) {
    Dividend d = one;
    d.record_date = r;
    d.payable_date = p;
    d.check_failures.clear();
    CheckDividendDates(&d);
    out->push_back(std::move(d));
  }
}

// A dividend paid in installments on dates listed after its amount:
// "approved a dividend of Ps. 0.42 per share, ..., payable in two equal
// installments of Ps. 0.21 per share on May 16, 2000 and November 15,
// 2000". The sentence's last record, when it is the installment's amount,
// becomes one an installment, each with its payment date.
void EachInstallment(std::string_view sentence, std::vector<Dividend>* out) {
  static const RE2 installments_re(
      std::string("(?i)\\binstall?ments\\s+of\\s+([^;]{1,40}?)\\s+(?:per\\s+"
                  "share\\s+)?(?:payable\\s+)?on\\s+(") +
      kDateRe + ")\\s*,?\\s*and\\s+(?:on\\s+)?(" + kDateRe + ")");
  // (Or one rate paid on two dates: "paid its regular quarterly dividend
  // of $.12 per share on March 15, 2001 and on June 14, 2001", two
  // payments.)
  static const RE2 paid_twice_re(
      std::string("(?i)\\bpaid\\b[^;]{0,80}?\\bof\\s+([^;\\s]{1,12})\\s+per\\s+"
                  "share\\s+on\\s+(") +
      kDateRe + ")\\s*,?\\s*and\\s+(?:again\\s+)?on\\s+(" + kDateRe + ")");
  std::string amount, first, second;
  bool twice = false;
  if (out->empty()) return;
  if (!RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()),
                         installments_re, &amount, &first, &second)) {
    if (!RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()),
                           paid_twice_re, &amount, &first, &second)) {
      return;
    }
    twice = true;
  }
  const Dividend& last = out->back();
  std::string digits = last.per_share;
  if (digits.rfind("0.", 0) == 0) digits = digits.substr(1);
  while (digits.size() > 1 && digits.back() == '0' &&
         digits.find('.') != std::string::npos) {
    digits.pop_back();
  }
  std::string p1 = ParseDate(first), p2 = ParseDate(second);
  if (amount.find(digits) == std::string::npos ||
      !(last.payable_date.empty() || (twice && last.payable_date == p1)))
    return;
  if (p1.empty() || p2.empty() || p1 >= p2) return;
  Dividend one = std::move(out->back());
  out->pop_back();
  for (const std::string& p : {p1, p2}) {
    Dividend d = one;
    d.payable_date = p;
    d.check_failures.clear();
    CheckDividendDates(&d);
    out->push_back(std::move(d));
  }
}

}  // namespace

std::vector<Dividend> DividendSentences(const Document& doc,
                                        const DividendContext& ctx,
                                        const KeywordHits& hits,
                                        std::vector<std::string>* warnings) {
  std::vector<Dividend> out;
  size_t too_long = 0, first_too_long = 0, longest = 0;
  std::string_view text = doc.text;
  for (Piece para : hits.ParagraphsWith({"vidend", "VIDEND"})) {
    // Table rows (TAB-separated cells) are no prose: each run of text
    // between TABs is read on its own, so a row label such as "Cash
    // dividends declared ($1.50 per common share)" keeps its amount and no
    // date or amount of a neighbouring cell or row joins it.
    std::string_view p = text.substr(para.start, para.size());
    bool tabs = p.find('\t') != std::string_view::npos;
    struct Part {
      Piece piece;
      bool table;         // a run between TABs
      bool bare = false;  // a wrapped label checked against BareLabelRe
      std::string label;  // a wrapped label's lines joined, "" otherwise
    };
    std::vector<Part> parts;
    // Runs end at a TAB and at a line's end: a run across a line break is
    // the last cell of one row and the label of the next ("$ 2.50" then
    // "Per share dividends declared"), whose words are not the amount's.
    auto split_runs = [&](size_t from, size_t to) {
      size_t pos = from;
      while (pos < to) {
        size_t cut = text.find_first_of("\t\n", pos);
        if (cut == std::string_view::npos || cut > to) cut = to;
        parts.push_back({{pos, cut}, true, false, ""});
        pos = cut + 1;
      }
    };
    if (!tabs) {
      // Fixed-width text: a class's row under a heading row of dividends
      // (see below) is read on its own, the rest as prose.
      size_t seg = para.start, pos = para.start;
      while (pos < para.end) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos || nl > para.end) nl = para.end;
        Piece row;
        std::string heading;
        if (ClassRowAt(text, para.start, {pos, nl}, &row) &&
            !(heading = DividendHeadingAbove(text, para.start, row.start))
                 .empty()) {
          if (row.start > seg) parts.push_back({{seg, row.start}, false});
          parts.push_back(
              {row, true, true,
               heading + " " + FoldSpace(text.substr(row.start, row.size()))});
          seg = nl + 1;
        } else if (RowLabel(text.substr(pos, nl - pos)).size() + 1 < nl - pos &&
                   LabelRowAt(text, para.start, {pos, nl}, &BareLabel, &row)) {
          // A row of amounts labelled by its dividend ("Cash dividends
          // declared ($.21 per share) ....  (7,712)"): its label alone is
          // the sentence, none of the rows around it.
          if (row.start > seg) parts.push_back({{seg, row.start}, false});
          parts.push_back(
              {row, true, true, FoldSpace(text.substr(row.start, row.size()))});
          seg = nl + 1;
        }
        pos = nl + 1;
      }
      if (seg < para.end) parts.push_back({{seg, para.end}, false});
    } else {
      // A line of prose beside the table rows (no TAB, longer than a
      // cell) is read as prose, not as the last run of the row above.
      size_t seg = para.start, pos = para.start;
      while (pos < para.end) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos || nl > para.end) nl = para.end;
        std::string_view line = text.substr(pos, nl - pos);
        // A row label wrapped in its cell: "Cash dividends declared" and
        // its cells, then "($0.26 per share)" on a line of its own, or
        // "Dividends paid to" and its cells, then "shareowners of the" and
        // "Company ($0.46 per share)". The label and its continuation
        // lines (no TAB, short, the last with the per-share amount) are
        // read together as one run.
        static const RE2 amount_re(
            "\\(?\\$\\s?\\d{0,2}\\.\\d{2,4}\\s+per\\s+(?:common\\s+)?"
            "share\\)?\\s*$");
        size_t cont_end = std::string_view::npos;
        for (size_t at = pos, k = 0; pos > seg && k < 3 && at < para.end; ++k) {
          size_t e = text.find('\n', at);
          if (e == std::string_view::npos || e > para.end) e = para.end;
          std::string_view l = text.substr(at, e - at);
          if (l.find('\t') != std::string_view::npos || l.size() > 80) break;
          if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()),
                                amount_re)) {
            cont_end = e;
            break;
          }
          if (l.find('$') != std::string_view::npos) break;
          at = e + 1;
        }
        if (cont_end != std::string_view::npos) {
          size_t prev = text.rfind('\n', pos - 2);
          prev = prev == std::string_view::npos || prev < seg ? seg : prev + 1;
          std::string_view prev_line = text.substr(prev, pos - 1 - prev);
          size_t tab = prev_line.find('\t');
          std::string_view label = prev_line.substr(0, tab);
          if (tab != std::string_view::npos &&
              ContainsLower(label, "dividend") &&
              label.find('$') == std::string_view::npos) {
            std::string joined =
                FoldSpace(std::string(label) + " " +
                          std::string(text.substr(pos, cont_end - pos)));
            bool bare = BareLabel(joined);
            if (bare || RE2::PartialMatch(joined, VerbRe())) {
              if (prev > seg) split_runs(seg, prev - 1);
              parts.push_back({{prev, cont_end}, true, bare, joined});
              seg = cont_end + 1;
              pos = cont_end + 1;
              continue;
            }
          }
        }
        // A class's row under a heading row of dividends: "Dividends
        // declared:" then "Common stock ($0.51 per share)", "Preferred
        // stock ($15.00 per share)". The heading and the row's label are
        // read together, the row's label as the sentence.
        {
          std::string_view cell = line.substr(0, line.find('\t'));
          std::string heading;
          if (pos > seg &&
              RE2::FullMatch(re2::StringPiece(cell.data(), cell.size()),
                             ClassRowRe()) &&
              !(heading = DividendHeadingAbove(text, para.start, pos))
                   .empty()) {
            split_runs(seg, pos - 1);
            size_t cut = pos + cell.size();
            parts.push_back(
                {{pos, cut}, true, true, heading + " " + FoldSpace(cell)});
            seg = cut < nl ? cut + 1 : nl + 1;
            pos = nl + 1;
            continue;
          }
        }
        if (line.find('\t') == std::string_view::npos && line.size() > 80) {
          if (pos > seg) split_runs(seg, pos - 1);
          parts.push_back({{pos, nl}, false, false, ""});
          seg = nl + 1;
        }
        pos = nl + 1;
      }
      if (seg < para.end) split_runs(seg, para.end);
    }
    for (const Part& pt : parts) {
      Piece part = pt.piece;
      bool table = pt.table;
      if (pt.label.empty() &&
          !ContainsLower(text.substr(part.start, part.size()), "dividend"))
        continue;
      std::vector<Piece> sentences = Sentences(text, part);
      for (size_t i = 0; i < sentences.size(); ++i) {
        std::string_view s =
            text.substr(sentences[i].start, sentences[i].size());
        if (pt.label.empty() && !ContainsLower(s, "dividend")) continue;
        // A "sentence" longer than any prose sentence (a file that is one
        // unpunctuated line) is no declaration; reading it would cost time
        // growing with its length times its amounts. Counted, not read.
        if (s.size() > kMaxSentenceBytes) {
          if (too_long++ == 0) first_too_long = sentences[i].start;
          longest = std::max(longest, s.size());
          continue;
        }
        size_t before = out.size();
        ParseSentence(doc, ctx, sentences, i, &out, pt.bare);
        if (out.size() == before + 1) EachMonth(s, &out);
        if (out.size() > before) EachInstallment(s, &out);
        if (table && !pt.bare && out.size() == before) {
          // No verb: a line of the run that is a bare label on its own.
          size_t pos = sentences[i].start;
          while (pos < sentences[i].end && out.size() == before) {
            size_t nl = text.find('\n', pos);
            if (nl == std::string_view::npos || nl > sentences[i].end)
              nl = sentences[i].end;
            std::vector<Piece> line = {{pos, nl}};
            std::string_view l = text.substr(pos, nl - pos);
            if (BareLabel(l)) {
              ParseSentence(doc, ctx, line, 0, &out, true);
            }
            pos = nl + 1;
          }
        }
        if (table) {
          // Provenance: the row label (a wrapped label's lines joined), or
          // the line of the run that holds the amount.
          std::string_view run = text.substr(part.start, part.size());
          for (size_t k = before; k < out.size(); ++k) {
            if (out[k].span.rule != "dividend.sentence") continue;
            out[k].span.rule = "dividend.table_label";
            std::string label = pt.label;
            if (label.empty()) {
              std::string amount = out[k].per_share;
              if (amount.rfind("0.", 0) == 0) amount.erase(0, 1);  // "$.12"
              size_t at = run.find(amount);
              if (at == std::string_view::npos) continue;
              size_t from = run.rfind('\n', at);
              from = from == std::string_view::npos ? 0 : from + 1;
              size_t to = run.find('\n', at);
              label = FoldSpace(run.substr(from, to - from));
            }
            if (label.size() > 160) label = label.substr(0, 160) + "...";
            out[k].provenance = "row '" + label + "'";
          }
        }
      }
    }
  }
  if (too_long > 0 && warnings != nullptr) {
    warnings->push_back(
        LongSentenceWarning(doc, too_long, first_too_long, longest));
  }
  return out;
}

}  // namespace facts
}  // namespace secx
