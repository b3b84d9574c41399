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
    {"extra dividend", "special"},  {"one-time", "special"},
    {"stock dividend", "stock"}};

// Kind of the amount at `pos`: the kind word closest before it in its own
// clause (at most 160 bytes before, not across a ';'), else
// the first one after it before the next amount `limit`. When unsure the
// kind stays empty, which claims nothing:
//   - "common stock dividend" is a cash dividend on common stock;
//   - "quarterly dividends totaling $3.76" is a sum of quarters, and a
//     plural "quarterly dividends of $X" may be one;
//   - "(a) declared $0.72 ...; (b) authorized quarterly dividends" names the
//     kind of another clause.
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
      if (stock_of_class || plural) {
        p = lower.find(k.word, p + 1);
        continue;
      }
      if (p < pos && p >= from && (before.empty() || p >= best_before)) {
        std::string_view gap =
            std::string_view(lower).substr(p + len, pos - p - len);
        bool sum = gap.find("total") != std::string_view::npos ||
                   gap.find("aggregat") != std::string_view::npos ||
                   gap.find("sum") != std::string_view::npos ||
                   gap.find(';') != std::string_view::npos;
        if (!sum) {
          best_before = p;
          before = k.kind;
        }
      } else if (p >= pos && p < best_after && p < pos + 60 && p < limit &&
                 std::string_view(lower).substr(pos, p - pos).find(';') ==
                     std::string_view::npos) {
        best_after = p;
        after = k.kind;
      }
      p = lower.find(k.word, p + 1);
    }
  }
  return before.empty() ? after : before;
}

// True when the amount at [pos, end) is a preferred-stock dividend: the
// nearer of "preferred" and "common" before it in its clause says
// preferred, or "per share of (Series A) preferred" follows it.
bool PreferredNear(const std::string& lower, size_t lead, size_t pos,
                   size_t end, size_t limit) {
  size_t from = std::max(lead, pos > 120 ? pos - 120 : size_t{0});
  size_t pref = LastOf(lower, from, pos, {"preferred"});
  size_t common = LastOf(lower, from, pos, {"common"});
  if (pref != std::string::npos &&
      (common == std::string::npos || pref > common)) {
    return true;
  }
  std::string_view after = std::string_view(lower).substr(
      end, std::min<size_t>(50, limit > end ? limit - end : 0));
  size_t p = after.find("preferred");
  size_t c = after.find("common");
  return p != std::string_view::npos && p < c;
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
  if (ctx.approval_pending &&
      (Has(lower, "decided") || Has(lower, "resolved"))) {
    return "proposed";
  }
  return "declared";
}

const RE2& VerbRe() {
  static const RE2 re(
      "(?i)\\b(?:declared?|declares|approved?|authorized|announced?|payable|"
      "paid|pay|raised?|increased?|increasing|resolved|decided|distribute[ds]?|"
      "propose[ds]?)\\b");
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

const RE2& ClassRe() {
  static const RE2 re("\\b(Class\\s+[A-Z])\\b");
  return re;
}

// Which field a date fills, from the words just before it.
enum class DateRole { kNone, kRecord, kPayable, kDeclared };

DateRole RoleOf(const std::string& lower, size_t lead_start, size_t date_start,
                size_t date_end) {
  size_t rec = LastOf(lower, lead_start, date_start, {"record"});
  size_t pay = LastOf(lower, lead_start, date_start,
                      {"payable", "paid", "pay", "payment", "distributed",
                       "distribution date", "effective"});
  size_t decl = LastOf(lower, lead_start, date_start,
                       {"declared", "announced", "approved", "authorized"});
  size_t period = LastOf(lower, lead_start, date_start,
                         {"ended", "ending", "through", "since", "until"});
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
  // "On November 1, 2012, the Board declared ...": the verb follows.
  std::string_view tail(lower);
  tail = tail.substr(date_end, 120);
  if (tail.find("declare") != std::string_view::npos ||
      tail.find("announce") != std::string_view::npos ||
      tail.find("approve") != std::string_view::npos ||
      tail.find("authorize") != std::string_view::npos ||
      tail.find("press release") != std::string_view::npos) {
    return DateRole::kDeclared;
  }
  return DateRole::kNone;
}

// Fills empty date fields of `d` from the dates in `text[piece]`.
void FillDates(std::string_view text, Piece piece, Dividend* d) {
  std::string_view s = text.substr(piece.start, piece.size());
  std::string lower = Lower(s);
  size_t lead = 0;
  for (const DateHit& h : FindDates(s)) {
    size_t from = std::max(lead, h.start > 160 ? h.start - 160 : size_t{0});
    switch (RoleOf(lower, from, h.start, h.end)) {
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
struct Candidate {
  Money money;
  bool increase = false;
  size_t lead = 0;                   // end of the previous amount
  size_t limit = std::string::npos;  // start of the next amount
};

bool ObjectOfDividend(const std::string& lower, size_t div, size_t at) {
  static const RE2 re(
      "dividends?(?:\\s+(?:rate|payment|amount))?\\s+(?:of|to|at|at\\s+the\\s+"
      "rate\\s+of|equal\\s+to|in\\s+the\\s+amount\\s+of|amounting\\s+to|"
      "of\\s+up\\s+to)\\s*");
  return RE2::FullMatch(re2::StringPiece(lower.data() + div, at - div), re);
}

bool OtherPayer(std::string_view clause) {
  static const char* const kWords[] = {
      "noncontrolling", "non-controlling", "minority interest", "esop",
      "employee stock ownership", "savings plan", "401(k)", "joint venture",
      "equity method", "equity affiliate", "from subsidiar", "investee",
      // Not a dividend paid: equivalents
      // on awards, thresholds of
      // conversion terms, hypotheses.
      "dividend equivalent", "exceed", "in excess of", "threshold", "assum",
      "hypothetical"};
  for (const char* w : kWords) {
    if (clause.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The last `c` in [pos - window, pos), or npos.
size_t RFindWithin(const std::string& s, char c, size_t pos, size_t window) {
  size_t from = pos > window ? pos - window : 0;
  size_t at = std::string_view(s).substr(from, pos - from).rfind(c);
  return at == std::string_view::npos ? std::string::npos : from + at;
}

std::vector<Candidate> PerShareAmounts(const std::string& lower,
                                       const std::vector<Money>& all) {
  std::vector<Candidate> out;
  size_t prev_end = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    const Money& m = all[i];
    size_t lead = prev_end;
    prev_end = m.end;
    if (m.scaled) continue;
    size_t next = i + 1 < all.size() ? all[i + 1].start : lower.size();
    std::string_view after = std::string_view(lower).substr(
        m.end, std::min<size_t>(40, next > m.end ? next - m.end : 0));
    bool per_share =
        after.find("per share") < 12 || after.find("a share") < 6 ||
        after.find("per common share") < 12 ||
        after.find("for each share") < 12 || after.find("per share of") < 12 ||
        after.find("per ordinary share") < 12 || after.find("per ads") < 12 ||
        after.find("per american depositary") < 12 ||
        after.find("per preferred share") < 12;
    if (after.find("per diluted") < 12 || after.find("per basic") < 12)
      continue;
    size_t div =
        LastOf(lower, m.start > 80 ? m.start - 80 : 0, m.start, {"dividend"});
    bool near_dividend = div != std::string::npos && m.start - div < 80;
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
    if (!per_share) {
      if (!near_dividend || !ObjectOfDividend(lower, div, m.start)) continue;
    }
    {
      size_t from = std::max(lead, m.start > 120 ? m.start - 120 : size_t{0});
      std::string_view clause =
          std::string_view(lower).substr(from, m.start - from);
      if (OtherPayer(clause) || OtherPayer(after)) continue;
    }
    if (!near_dividend && per_share) {
      // "per share" alone says nothing of a dividend ("earnings of $1.20
      // per share"); the sentence has "dividend", but this amount must be
      // in its clause.
      size_t semi = RFindWithin(lower, ';', m.start, 400);
      size_t floor = semi != std::string::npos ? semi
                     : m.start > 400           ? m.start - 400
                                               : 0;
      size_t d2 = LastOf(lower, floor, m.start,
                         {"dividend", "distribution"});
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
        i + 1 < all.size();
    if (is_old) continue;
    static const RE2 change_re(
        "\\b(?:by|increment\\s+of|increase\\s+of|decrease\\s+of|"
        "reduction\\s+of)\\s*$");
    if (RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()),
                          change_re)) {
      continue;  // a change of the rate, not a rate
    }
    if (lead_in.find("recently") != std::string_view::npos ||
        lead_in.find("previously") != std::string_view::npos ||
        lead_in.find("prior ") != std::string_view::npos) {
      continue;
    }
    Candidate c;
    c.money = m;
    c.lead = lead;
    c.limit = next;
    c.increase = lead_in.find(" to ") != std::string_view::npos &&
                 (lead_in.find("increase") != std::string_view::npos ||
                  lead_in.find("raise") != std::string_view::npos ||
                  std::string_view(lower)
                          .substr(m.start > 300 ? m.start - 300 : 0,
                                  std::min<size_t>(m.start, 300))
                          .find("from ") != std::string_view::npos);
    out.push_back(c);
  }
  return out;
}

void ParseSentence(const Document& doc, const DividendContext& ctx,
                   const std::vector<Piece>& sentences, size_t index,
                   std::vector<Dividend>* out) {
  std::string_view text = doc.text;
  Piece piece = sentences[index];
  std::string_view s = text.substr(piece.start, piece.size());
  std::string lower = Lower(s);
  re2::StringPiece sp(s.data(), s.size());
  if (!RE2::PartialMatch(sp, VerbRe())) return;

  std::vector<Candidate> cands = PerShareAmounts(lower, FindMoney(s));
  std::string stock_pct;
  size_t stock_at = 0;
  if (cands.empty()) {
    re2::StringPiece m[2];
    if (!StockRe().Match(sp, 0, sp.size(), RE2::UNANCHORED, m, 2)) return;
    stock_pct = std::string(m[1].data(), m[1].size());
    stock_at = m[0].data() - s.data();
  }
  std::string status = StatusOf(lower, ctx);
  std::string fiscal;
  RE2::PartialMatch(sp, FiscalRe(), &fiscal);
  fiscal = FoldSpace(fiscal);

  // The declaring sentence first, then up to two follow-ups without their
  // own amounts ("The dividend is payable on ... of record on ...").
  Dividend base;
  base.status = status;
  base.fiscal_year = fiscal;
  FillDates(text, piece, &base);
  if (base.declared_date.empty()) {
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
  for (size_t k = index + 1; k < sentences.size() && k <= index + 2; ++k) {
    std::string_view next =
        text.substr(sentences[k].start, sentences[k].size());
    if (!FindMoney(next).empty()) break;
    std::string nl = Lower(next);
    if (!Has(nl, "record") && !Has(nl, "payable") && !Has(nl, "paid")) continue;
    FillDates(text, sentences[k], &base);
  }
  if (base.declared_date.empty() && !ctx.release_date.empty() &&
      base.status == "declared") {
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
  for (size_t i = 0; i < cands.size(); ++i) {
    const Money& m = cands[i].money;
    Dividend d = base;
    d.kind = KindNear(lower, m.start, cands[i].limit);
    d.per_share = m.amount;
    d.currency = m.currency;
    if (PreferredNear(lower, cands[i].lead, m.start, m.end, cands[i].limit)) {
      d.share_class = "Preferred";
    }
    size_t stop = i + 1 < cands.size() ? cands[i + 1].money.start : s.size();
    emit(d, m.end, stop,
         cands[i].increase ? "dividend.increase" : "dividend.sentence");
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
    bool table = p.find('\t') != std::string_view::npos;
    std::vector<Piece> parts;
    if (!table) {
      parts.push_back(para);
    } else {
      size_t pos = para.start;
      while (pos < para.end) {
        size_t tab = text.find('\t', pos);
        if (tab == std::string_view::npos || tab > para.end) tab = para.end;
        parts.push_back({pos, tab});
        pos = tab + 1;
      }
    }
    for (Piece part : parts) {
      if (!ContainsLower(text.substr(part.start, part.size()), "dividend"))
        continue;
      std::vector<Piece> sentences = Sentences(text, part);
      for (size_t i = 0; i < sentences.size(); ++i) {
        std::string_view s =
            text.substr(sentences[i].start, sentences[i].size());
        if (!ContainsLower(s, "dividend")) continue;
        // A "sentence" longer than any prose sentence (a file that is one
        // unpunctuated line) is no declaration; reading it would cost time
        // growing with its length times its amounts. Counted, not read.
        if (s.size() > kMaxSentenceBytes) {
          if (too_long++ == 0) first_too_long = sentences[i].start;
          longest = std::max(longest, s.size());
          continue;
        }
        size_t before = out.size();
        ParseSentence(doc, ctx, sentences, i, &out);
        if (table) {
          // Provenance: the line of the row label that holds the amount
          // (a run between TABs may also hold the last cell of the row
          // above and the start of the row below).
          std::string_view run = text.substr(part.start, part.size());
          for (size_t k = before; k < out.size(); ++k) {
            if (out[k].span.rule != "dividend.sentence") continue;
            out[k].span.rule = "dividend.table_label";
            std::string amount = out[k].per_share;
            if (amount.rfind("0.", 0) == 0) amount.erase(0, 1);  // "$.12"
            size_t at = run.find(amount);
            if (at == std::string_view::npos) continue;
            size_t from = run.rfind('\n', at);
            from = from == std::string_view::npos ? 0 : from + 1;
            size_t to = run.find('\n', at);
            std::string label = FoldSpace(run.substr(from, to - from));
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
