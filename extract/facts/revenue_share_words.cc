// The words around a revenue share: periods, the text before and after
// it, and its subject (see revenue_shares_internal.h).
#include <re2/re2.h>

#include <cctype>
#include <string>

#include "extract/facts/dates.h"
#include "extract/facts/revenue_shares_internal.h"
#include "extract/facts/text_scan.h"
#include "extract/text_util.h"

namespace secx {
namespace facts {

// Period ends of a list of periods, in the order written: "fiscal 2024,
// 2023 and 2022", "the fiscal years ended June 30, 2024, 2023 and 2022"
// (one full date, then bare years of the same day).
std::vector<std::string> PeriodList(std::string_view periods) {
  std::vector<std::string> ends;
  std::vector<facts::DateHit> dates = facts::FindDates(periods);
  if (dates.size() >= 2) {
    for (const facts::DateHit& d : dates) ends.push_back(d.iso);
    return ends;
  }
  re2::StringPiece in(periods.data(), periods.size());
  std::string y;
  static const RE2 year("\\b((?:19|20)\\d\\d)\\b");
  while (RE2::FindAndConsume(&in, year, &y)) ends.push_back(y);
  if (dates.size() == 1 && ends.size() >= 2) {
    for (size_t k = 1; k < ends.size(); ++k) {
      ends[k] = ends[k] + dates[0].iso.substr(4);
    }
    ends[0] = dates[0].iso;
  }
  // "the three and nine months ended September 30, 2024": two periods that
  // end on one day, in the order written.
  static const RE2 two_spans(
      "(?i)\\b(?:three|six|nine|thirteen|twenty-six|thirty-nine)\\s+and\\s+"
      "(?:six|nine|twelve|twenty-six|thirty-nine)\\s+(?:months|weeks)\\b");
  if (ends.size() == 1 &&
      RE2::PartialMatch(re2::StringPiece(periods.data(), periods.size()),
                        two_spans)) {
    ends.push_back(ends[0]);
  }
  return ends;
}

std::vector<std::string> Percents(re2::StringPiece list) {
  std::vector<std::string> pcts;
  std::string pct;
  static const RE2 one("(\\d{1,3}(?:\\.\\d+)?)\\s*%");
  while (RE2::FindAndConsume(&list, one, &pct)) pcts.push_back(pct);
  return pcts;
}

int CountWord(const std::string& w) {
  static const char* const kWords[] = {"one", "two",   "three", "four", "five",
                                       "six", "seven", "eight", "nine", "ten"};
  std::string l;
  for (char c : w)
    l.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (int i = 0; i < 10; ++i) {
    if (l == kWords[i]) return i + 1;
  }
  return std::atoi(l.c_str());
}

namespace {

// The period `s` names (see PeriodEnd): the first end date, else the first
// year; or, `nearest` (words before the share), the one written last.
std::string NamedPeriod(std::string_view s, bool nearest) {
  static const RE2 year(
      "(?i)\\b(?:in|during|for|of|fiscal|year|fy|through)\\s+(?:the\\s+)?"
      "(?:(?:fiscal|calendar)\\s+)?(?:years?\\s+)?((?:19|20)\\d\\d)\\b");
  std::string found;
  size_t found_at = 0;
  auto take = [&](std::string value, size_t at) {
    if (found.empty() || (nearest && at > found_at)) {
      found = std::move(value);
      found_at = at;
    }
  };
  for (const facts::DateHit& d : facts::FindDates(s)) {
    std::string_view lead = s.substr(d.start > 60 ? d.start - 60 : 0,
                                     d.start > 60 ? 60 : d.start);
    if (facts::ContainsLower(lead, "ended") ||
        facts::ContainsLower(lead, "ending") ||
        facts::ContainsLower(lead, "through")) {
      take(d.iso, d.start);
    }
  }
  if (!found.empty() && !nearest) return found;  // a date before any year
  re2::StringPiece in(s.data(), s.size()), y;
  while (RE2::FindAndConsume(&in, year, &y)) {
    take(std::string(y.data(), y.size()), y.data() - s.data());
  }
  return found;
}

}  // namespace

// Period from the words after the metric (or, failing that, before the
// subject): an end date, else a year; before the subject, the one written
// nearest to it ("... year ended December 31, 2023. Sales outside the
// United States in 2022 made up 57 percent ..." is 2022's share).
// Only a period the words name as one binds: a date after "ended",
// "ending" or "through", a year after "in", "during", "for", "fiscal" or
// "year" ("the 2023 acquisition of Acme" names no period).
std::string PeriodEnd(std::string_view after, std::string_view before) {
  std::string period = NamedPeriod(after, false);
  return period.empty() ? NamedPeriod(before, true) : period;
}

// Text after the metric up to the sentence end, at most 120 bytes, and
// before any other percentage or comparison: in "45% of revenue, compared
// to 43% for fiscal 2023" the year is the other share's.
std::string_view After(std::string_view para, size_t pos) {
  std::string_view rest = para.substr(pos, 120);
  size_t stop = std::string_view::npos;
  for (size_t i = 0; i + 1 < rest.size(); ++i) {
    if (rest[i] == '.' &&
        std::isspace(static_cast<unsigned char>(rest[i + 1]))) {
      stop = i;
      break;
    }
  }
  rest = rest.substr(0, stop);
  // Another share ends it; a rate of change of the same subject ("and
  // increased by 1.1% during fiscal 2023") does not.
  size_t cut = std::string_view::npos;
  for (size_t at = rest.find('%'); at != std::string_view::npos;
       at = rest.find('%', at + 1)) {
    std::string_view lead =
        rest.substr(at > 30 ? at - 30 : 0, at > 30 ? 30 : at);
    bool change = false;
    for (const char* w : {"increase", "decrease", "grew", "growth", "declin",
                          "rose", "fell", "change"}) {
      change |= facts::ContainsLower(lead, w);
    }
    if (!change) {
      cut = at;
      break;
    }
  }
  // A new clause ends the share's words: "12% of revenue, and we expect
  // this to continue in 2025".
  for (const char* w : {"compar",
                        "versus",
                        " vs",
                        "up from",
                        "down from",
                        "while",
                        ";",
                        ", and ",
                        ", but ",
                        ", which ",
                        ", as ",
                        " and we ",
                        ", driven",
                        ", primarily",
                        ", reflecting",
                        ", an increase",
                        ", a decrease",
                        ", up ",
                        ", down ",
                        " expect",
                        " anticipate",
                        " will "}) {
    size_t at = rest.find(w);
    if (at < cut) cut = at;
  }
  return rest.substr(0, cut);
}

// The metric is the registrant's whole measure, not a part's: "of net
// sales in the Americas", "of revenue for our Consumer segment", "of
// revenues from Europe" qualify it (a year or "fiscal" does not).
bool PartOfMetric(std::string_view after) {
  static const RE2 re(
      "^,?\\s*(?:(?i:in|within|for|of|from|at|generated\\s+in|earned\\s+"
      "in)\\s+)(?:(?i:the|our|its|that|this|each|such)\\s+)?([^,;]{0,60})");
  re2::StringPiece in(after.data(), after.size());
  std::string phrase;
  if (!RE2::PartialMatch(in, re, &phrase)) return false;
  static const RE2 period(
      "(?i)^(?:(?:of\\s+(?:the\\s+)?)?(?:fiscal|year|years|the\\s+year|quarter|"
      "three|six|nine|"
      "twelve|first|second|third|fourth|half|period|each\\s+of|both|"
      "(?:19|20)\\d\\d)\\b|january|february|march|april|may|june|july|"
      "august|september|october|november|december)");
  if (RE2::PartialMatch(phrase, period)) return false;
  return !phrase.empty();
}

std::string_view Before(std::string_view para, size_t pos) {
  size_t from = pos > 120 ? pos - 120 : 0;
  std::string_view s = para.substr(from, pos - from);
  // The sentence start: the last ". " that ends no abbreviation.
  for (size_t dot = s.rfind(". "); dot != std::string_view::npos;
       dot = dot == 0 ? std::string_view::npos : s.rfind(". ", dot - 1)) {
    size_t w = dot;
    while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
    std::string_view word = s.substr(w, dot - w);
    bool abbreviation =
        word == "Inc" || word == "Corp" || word == "Co" || word == "Ltd" ||
        word == "No" || word == "Jr" || word == "St" ||
        // "the U.S. government", initials: one capital.
        (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0])));
    if (!abbreviation) return s.substr(dot + 2);
  }
  return s;
}

// A subject may run across the dot of "U.S." into the next sentence
// ("... outside the U.S. This revenue ..."): the part before the sentence
// end when the subject follows its share (`keep_first`), else the part
// after it. A sentence end is ". " before a capital letter.
std::string SentencePart(std::string s, bool keep_first) {
  size_t cut = std::string::npos;
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] == '.' && s[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(s[i + 2]))) {
      if (keep_first) return s.substr(0, i + 1);
      cut = i + 2;
    }
  }
  return cut == std::string::npos ? s : s.substr(cut);
}

std::string CleanSubject(std::string s) {
  // A heading or table line the subject ran across ("Major Customers\nSales
  // to Acme accounted for", "Total revenue ... \n(1) The United States
  // comprised"): a short line before it that ends no sentence, followed by
  // a capital or a footnote marker, is no part of the subject (wrapped
  // lines of fixed-width text are long).
  for (size_t nl = s.rfind('\n'); nl != std::string::npos && nl > 0;
       nl = s.rfind('\n', nl - 1)) {
    size_t line_start = s.rfind('\n', nl - 1);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    std::string_view line(s.data() + line_start, nl - line_start);
    while (!line.empty() &&
           std::isspace(static_cast<unsigned char>(line.back())))
      line.remove_suffix(1);
    size_t next = s.find_first_not_of(" \t\r", nl + 1);
    if (next != std::string::npos && line.size() < 50 && !line.empty() &&
        line.back() != ',' &&
        (std::isupper(static_cast<unsigned char>(s[next])) || s[next] == '(' ||
         s[next] == '*')) {
      s.erase(0, next);
      break;
    }
  }
  s = FoldSpace(s);
  // A footnote's marker: "(1) The United States comprised 86%".
  static const RE2 marker("^(?:\\(\\d{1,2}\\)|\\([a-z]\\)|\\*+)\\s*");
  RE2::Replace(&s, marker, "");
  // A period phrase at the end is the share's period, not its subject:
  // "Sales outside of the United States in 2023 made up 61 percent".
  static const RE2 period_tail(
      "(?i),?\\s+(?:in|during|for)\\s+(?:the\\s+)?(?:fiscal\\s+)?(?:year\\s+)?"
      "(?:19|20)\\d\\d$");
  RE2::Replace(&s, period_tail, "");
  // "X, our largest customer, accounted": the description is set off on
  // both sides.
  bool set_off = !s.empty() && s.back() == ',';
  while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
  // "... the sale of subscriptions, which accounted for": the relative
  // pronoun is no subject.
  for (const char* rel : {" which", " that", " who"}) {
    size_t n = std::char_traits<char>::length(rel);
    if (s.size() > n && s.compare(s.size() - n, n, rel) == 0) {
      s.erase(s.size() - n);
      while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    }
  }
  // "Customer K, which is in the government segment, represented": the
  // subject is what the clause describes, not the clause.
  for (const char* aside : {", which ", ", who ", ", including ", ", such as ",
                            ", consisting ", ", comprising "}) {
    size_t at = s.find(aside);
    if (at != std::string::npos) s.erase(at);
  }
  // A page header the paragraph ran across: "... Table of Contents Online
  // sales represented".
  size_t toc = s.rfind("Table of Contents ");
  if (toc != std::string::npos) s.erase(0, toc + 18);
  // "Customer A and its affiliates, collectively," / "Walmart Inc. and its
  // subsidiaries": words that say how the subject is counted, not what it
  // is, go before the subject is cut at its last comma; a period phrase
  // ("In fiscal 2023, sales to X") goes with the cut.
  static const RE2 filler(
      "(?i)(?:,?\\s*(?:collectively|together|combined|in\\s+(?:the\\s+)?"
      "aggregate|in\\s+total|taken\\s+together|each|respectively|"
      "and\\s+(?:(?:its|their)\\s+)?(?:affiliates|subsidiaries)|including\\s+"
      "(?:its|their)\\s+(?:affiliates|subsidiaries)))+$");
  RE2::Replace(&s, filler, "");
  while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
  size_t comma = s.rfind(", ");
  // "Acme Stores, Inc." is one name: the comma before a company suffix
  // sets nothing off.
  static const RE2 suffix(
      "(?i)(?:inc|corp|co|ltd|llc|l\\.?p|plc|n\\.?v|s\\.?a|ag|se|n\\.?a)\\.?");
  while (comma != std::string::npos && comma > 0 &&
         RE2::FullMatch(s.substr(comma + 2), suffix)) {
    comma = s.rfind(", ", comma - 1);
  }
  if (comma != std::string::npos) {
    // "Sales to Acme, our largest customer," names the part before the
    // description; "Our largest customer, Acme Inc.," after it.
    static const RE2 description(
        "(?i)^(?:our|its|the|a|an|one\\s+of\\s+our)\\s+(?:(?:single\\s+)?"
        "(?:largest|biggest|top|principal|major|main|most\\s+significant|"
        "leading|primary|key)\\b).*");
    std::string last = s.substr(comma + 2);
    if (set_off && RE2::FullMatch(last, description)) {
      std::string head = s.substr(0, comma);
      size_t prev = head.rfind(", ");
      s = prev == std::string::npos ? head : head.substr(prev + 2);
    } else {
      s = last;
    }
  }
  // A conjunction left from the clause before: "..., and our business in
  // Russia generated".
  for (const char* conj : {"and ", "or ", "but ", "while ", "although "}) {
    size_t n = std::char_traits<char>::length(conj);
    if (s.size() > n && s.compare(0, n, conj) == 0) s.erase(0, n);
  }
  for (const char* lead : {"the ", "The "}) {
    if (s.rfind(lead, 0) == 0) s = s.substr(4);
  }
  return s;
}

// Subjects that are ratios to sales, not parts of them: "Gross profit
// margins were 50.3 percent of net sales", "capital expenditures ... 3.0% of
// net sales".
bool RatioSubject(std::string_view subject) {
  static const char* const kWords[] = {"margin",
                                       "expense",
                                       "cost",
                                       "profit",
                                       "income",
                                       "expenditure",
                                       "tax",
                                       "ebitda",
                                       "earnings",
                                       "spend",
                                       "research",
                                       "assets",
                                       "debt",
                                       "return",
                                       "inventor",
                                       "receivable",
                                       "backlog",
                                       "cash",
                                       "capital",
                                       "dividend",
                                       "payout",
                                       "advertising",
                                       "depreciation",
                                       "amortization",
                                       "compensation",
                                       "loss",
                                       "charge",
                                       "impairment",
                                       "restructuring",
                                       "liabilit",
                                       "payable",
                                       "purchases",
                                       "rebate",
                                       "allowance",
                                       "reserve",
                                       "discount",
                                       "deduction",
                                       "headcount",
                                       "employees",
                                       "workforce",
                                       "obligation",
                                       "increase",
                                       "decrease",
                                       "change",
                                       "growth",
                                       "decline",
                                       "impact",
                                       "effect",
                                       "hypothetical",
                                       "investment",
                                       "selling,",
                                       "marketing expense",
                                       "r&d",
                                       "sg&a",
                                       "general and administrative",
                                       "opex",
                                       "capex"};
  // Advertising sold is a part of revenue ("Advertising", "Advertising
  // revenue" beside "Subscriptions"); advertising bought is a cost.
  static const RE2 sold(
      "(?i)\\s*advertising(?:\\s+(?:revenues?|sales|services))?\\s*");
  bool advertising_sold =
      RE2::FullMatch(re2::StringPiece(subject.data(), subject.size()), sold);
  for (const char* w : kWords) {
    if (advertising_sold && std::string_view(w) == "advertising") continue;
    if (facts::ContainsLower(subject, w)) return true;
  }
  return false;
}

// Subjects that name no part: pronouns ("It accounted for 15%") and
// subjects that point back ("the two businesses generated 1%"), negated or
// any-quantified subjects ("No customer accounted for 10% of revenue", "any
// single customer"), and the measure itself ("Net sales were 98% of ...").
bool EmptySubject(std::string_view subject) {
  static const RE2 re(
      "(?i)^(?:(?:it|this|that|these|those|they|such|which|who|he|she|none|"
      "neither|nor|each|all|both|either|there)(?:\\s+(?:amount|amounts|"
      "revenues?|sales|figure|percentage|share|portion|proportion))?|"
      "(?:(?:the|these|those|such)\\s+)?(?:two|three|four|five|six|seven|eight|"
      "nine|ten|\\d+)\\s+\\S+|"
      "(?:no|any|none|neither|not)\\b.*|(?:(?:our|its|the|total|"
      "consolidated|net|gross|operating)\\s+)*(?:revenues?|net\\s+sales|"
      "sales|net\\s+revenues?)|(?:continuing\\s+|discontinued\\s+)?operations|"
      "(?:our\\s+)?contracts\\s+with\\s+customers|(?:our\\s+)?customers|"
      // A clause word or a phrase of another clause left by a cut at a
      // comma ("Services revenue grew 20% and was 35%", "Sales to A, which
      // accounted for 10% in the prior year, were 8%", "sales to Acme,
      // through distributors and directly, represented 12%"), and the lead-in of
      // a list ("The following customers each accounted for over 10%").
      "and|or|but|while|whereas|(?:in|for|during|of|at|on|by|to|with|than|"
      "as|compared|versus|through|via|including|excluding|primarily|mainly|"
      "principally|directly)\\b.*|(?:the\\s+)?following\\b.*)$");
  // A part of the year is no part of the business: "The fourth quarter
  // accounted for 32% of net sales", "Sales in the second half of the
  // year", "Holiday season sales", "December sales" (seasonality, not a
  // customer, segment, product or region).
  static const RE2 season(
      "(?i)^(?:(?:net\\s+)?(?:sales|revenues?)\\s+(?:in|during|for)\\s+)?"
      "(?:the\\s+|our\\s+)?(?:(?:(?:first|second|third|fourth|1st|2nd|3rd|"
      "4th|last)\\s+(?:fiscal\\s+)?(?:quarter|half))|q[1-4]|holiday|christmas|"
      "back-to-school|january|february|march|april|may|june|july|august|"
      "september|october|november|december)(?:\\s+(?:season|period|"
      "months?))?(?:\\s+of\\s+(?:the\\s+|each\\s+)?(?:fiscal\\s+)?(?:year|"
      "(?:19|20)\\d\\d))?(?:\\s+(?:net\\s+)?(?:sales|revenues?))?");
  re2::StringPiece in(subject.data(), subject.size());
  return RE2::FullMatch(in, re) || RE2::FullMatch(in, season);
}

// The metric is read as the registrant's measure, not a change or a cost of
// it: "accounted for 60% of revenue growth", "40% of sales and marketing
// expense", "12% of net sales increase".
bool MetricQualified(std::string_view after) {
  static const RE2 re(
      "(?i)^\\s*(?:growth|increases?|decreases?|declines?|change|changes|"
      "and\\s+marketing|expenses?|costs?|volume|tax|per\\b|mix|backlog|"
      "returns?|deductions?|-based|based)");
  return RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), re);
}

}  // namespace facts
}  // namespace secx
