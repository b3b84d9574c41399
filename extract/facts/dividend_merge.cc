// ExtractDividends: table rows first (they carry the most fields), then
// sentences. A sentence that restates a table row or an earlier sentence
// (same amount, no conflicting field) fills that record's gaps instead of
// adding a duplicate; table rows are never merged with each other.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/facts.h"
#include "extract/facts/money.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace {

// True when `d`'s fiscal year names a year none of `dated`'s dates can be
// in: a fiscal year Y holds dates of Y, or of Y - 1 when it ends early in
// the calendar. "$0.23 per share in each quarter of 2023" is not the
// dividend declared on January 25, 2024 at the same rate.
bool OtherYear(const Dividend& d, const Dividend& dated) {
  static const RE2 year_re("\\b((?:19|20)\\d\\d)\\b");
  int y = 0;
  if (!RE2::PartialMatch(d.fiscal_year, year_re, &y)) {
    return false;
  }
  bool any = false;
  for (const std::string* date :
       {&dated.declared_date, &dated.record_date, &dated.payable_date}) {
    if (date->size() < 4) continue;
    any = true;
    int dy = std::atoi(date->substr(0, 4).c_str());
    if (dy == y || dy == y - 1) return false;
    // A year's final dividend is paid after the year ends.
    if (d.kind == "year-end" && dy == y + 1) return false;
  }
  return any;
}

// Zeros a whole amount ends with: how far it is rounded.
size_t TrailingZeros(const std::string& s) {
  size_t n = 0;
  while (n < s.size() && s[s.size() - 1 - n] == '0') ++n;
  return n;
}

// True when two totals of whole units are one amount, one of them rounded
// as prose rounds it: "$1.2 billion" is 1,198,532,000 of a table (the
// difference within half the rounded one's last written digit).
bool TotalsAgree(const std::string& a, const std::string& b) {
  if (a == b) return true;
  auto x = facts::ToMicros(a), y = facts::ToMicros(b);
  if (!x || !y || a.find('.') != std::string::npos ||
      b.find('.') != std::string::npos) {
    return false;
  }
  size_t z = std::max(TrailingZeros(a), TrailingZeros(b));
  if (z < 3 || z > 12) return false;  // neither rounded to thousands
  int64_t half = 5;
  for (size_t k = 1; k < z; ++k) half *= 10;
  half *= 1000000;  // micros
  return std::llabs(*x - *y) <= half;
}

bool Compatible(const Dividend& a, const Dividend& b) {
  if (a.per_share != b.per_share || a.currency != b.currency) return false;
  if (OtherYear(a, b) || OtherYear(b, a)) return false;
  if (!a.total_amount.empty() && !b.total_amount.empty() &&
      !TotalsAgree(a.total_amount, b.total_amount)) {
    return false;
  }
  std::string Dividend::*const keys[] = {
      &Dividend::kind,         &Dividend::fiscal_year,   &Dividend::record_date,
      &Dividend::payable_date, &Dividend::declared_date, &Dividend::status,
      &Dividend::share_class};
  for (auto k : keys) {
    if (!(a.*k).empty() && !(b.*k).empty() && a.*k != b.*k) return false;
  }
  return true;
}

// True unless two of a record's dates are out of order (declared after
// record, record after payable).
bool DatesInOrder(const Dividend& d) {
  auto before = [](const std::string& a, const std::string& b) {
    return a.empty() || b.empty() || a <= b;
  };
  return before(d.declared_date, d.record_date) &&
         before(d.record_date, d.payable_date) &&
         before(d.declared_date, d.payable_date);
}

void Fill(const Dividend& from, Dividend* into) {
  std::string Dividend::*const keys[] = {
      &Dividend::kind,        &Dividend::fiscal_year,  &Dividend::total_amount,
      &Dividend::record_date, &Dividend::payable_date, &Dividend::declared_date,
      &Dividend::status,      &Dividend::share_class};
  for (auto k : keys) {
    if ((into->*k).empty()) into->*k = from.*k;
  }
  // Of two totals of one amount the one written to the unit, not rounded.
  if (!from.total_amount.empty() && from.total_amount != into->total_amount &&
      TrailingZeros(from.total_amount) < TrailingZeros(into->total_amount)) {
    into->total_amount = from.total_amount;
  }
  for (const std::string& f : from.check_failures) {
    into->check_failures.push_back(f);
  }
}

// A stock dividend's issue date is often stated apart from its declaration,
// e.g. in a later note: "the 25% stock dividend issued on June 27, 1990".
// Fills the payable date of the stock dividend of the same size, never
// adding a record.
void FillStockIssueDates(const Document& doc, std::vector<Dividend>* out) {
  bool wanted = false;
  for (const Dividend& d : *out) {
    wanted |= d.kind == "stock" && d.payable_date.empty();
  }
  if (!wanted) return;
  static const RE2 re(std::string("(?i)(\\d+(?:\\.\\d+)?)\\s*%\\s+stock\\s+"
                                  "dividends?\\s+(?:was\\s+|were\\s+)?"
                                  "(?:issued|paid|distributed)\\s+on\\s+(") +
                      facts::kDateRe + ")");
  re2::StringPiece in(doc.text);
  re2::StringPiece pct, date;
  while (RE2::FindAndConsume(&in, re, &pct, &date)) {
    std::string per_share = facts::ShiftDecimal(std::string(pct), -2);
    std::string iso = facts::ParseDate(date);
    if (iso.empty()) continue;
    for (Dividend& d : *out) {
      if (d.kind == "stock" && d.payable_date.empty() &&
          d.per_share == per_share) {
        d.payable_date = iso;
      }
    }
  }
}

// True when two records are of one sentence (a sentence's records span
// it all): "$0.45 per share for the first quarter, $0.45 for the second
// quarter" is two dividends at one rate, not one stated twice.
bool OneSentence(const Dividend& a, const Dividend& b) {
  return a.span.start == b.span.start && a.span.end == b.span.end;
}

// A record read where distributions were reworded as dividends names them
// as the filing wrote them in its provenance ("row 'Distributions declared
// per common share'"). Each quoted cell of the provenance that says
// dividend is looked for in the original text before the record's end (up
// to 4000 bytes, a table's headings far above a total row): found as
// written, it stays; found with the distribution word, that is how the
// filing wrote it.
void RestoreProvenance(std::string_view text,
                       const std::vector<facts::Piece>& where, Dividend* d) {
  if (d->provenance.empty() || where.empty()) return;
  size_t end = std::min(d->span.end + 200, text.size());
  size_t from = end > 4000 ? end - 4000 : 0;
  std::string_view near = text.substr(from, end - from);
  static const RE2 word_re("\\b([Dd])ividend");
  static const RE2 upper_re("\\bDIVIDEND");
  std::string out;
  size_t pos = 0;
  while (pos < d->provenance.size()) {
    size_t open = d->provenance.find('\'', pos);
    size_t close = open == std::string::npos
                       ? std::string::npos
                       : d->provenance.find('\'', open + 1);
    if (close == std::string::npos) {
      out += d->provenance.substr(pos);
      break;
    }
    std::string cell = d->provenance.substr(open + 1, close - open - 1);
    std::string as_written = cell;
    RE2::GlobalReplace(&as_written, word_re, "\\1istribution");
    RE2::GlobalReplace(&as_written, upper_re, "DISTRIBUTION");
    if (as_written != cell && near.find(cell) == std::string_view::npos &&
        near.find(as_written) != std::string_view::npos) {
      cell = as_written;
    }
    out += d->provenance.substr(pos, open + 1 - pos) + cell + "'";
    pos = close + 1;
  }
  d->provenance = std::move(out);
}

// A tagged number that a text rule read too (a statement's row label
// "(per share — 2023: $0.51; 2022: $0.47)" holds the tagged $0.51): one
// record, the text rule's, its missing kind, fiscal year and status taken
// from the tag's context, which names the period the amount is for.
void FoldTaggedIntoText(std::vector<Dividend>* out) {
  std::vector<bool> gone(out->size(), false);
  for (size_t t = 0; t < out->size(); ++t) {
    const Dividend& tag = (*out)[t];
    if (tag.span.rule.rfind("ixbrl.", 0) != 0) continue;
    for (size_t i = 0; i < out->size(); ++i) {
      Dividend& d = (*out)[i];
      if (i == t || gone[i] || d.span.rule.rfind("ixbrl.", 0) == 0 ||
          d.per_share != tag.per_share || d.currency != tag.currency ||
          d.span.start > tag.span.start || d.span.end < tag.span.end) {
        continue;
      }
      bool agree = true;
      for (auto k : {&Dividend::kind, &Dividend::status,
                     &Dividend::share_class}) {
        agree = agree && ((d.*k).empty() || (tag.*k).empty() ||
                          d.*k == tag.*k);
      }
      if (!agree) continue;
      if (d.kind.empty()) {
        d.kind = tag.kind;
        if (d.fiscal_year.empty()) d.fiscal_year = tag.fiscal_year;
      }
      if (d.status.empty()) d.status = tag.status;
      d.provenance += (d.provenance.empty() ? "" : "; ") + tag.provenance;
      gone[t] = true;
      break;
    }
  }
  size_t k = 0;
  for (size_t i = 0; i < out->size(); ++i) {
    if (gone[i]) continue;
    if (k != i) (*out)[k] = std::move((*out)[i]);
    ++k;
  }
  out->resize(k);
}

}  // namespace

namespace {

// The code of the country's dollar a statement names ("" for none).
std::string DollarCode(std::string_view which) {
  if (which.empty()) return "";
  switch (std::tolower(static_cast<unsigned char>(which[0]))) {
    case 'c':
      return "CAD";
    case 'a':
      return "AUD";
    case 'n':
      return "NZD";
    case 'h':
      return "HKD";
    case 's':
      return "SGD";
    default:
      return "USD";
  }
}

// The currency a filing says its dollar amounts are in, near its start:
// "Unless otherwise noted, all amounts are in Canadian dollars", "Amounts
// are in Australian dollars (A$) unless otherwise stated", "All
// dollar amounts are expressed in Canadian dollars", "(Expressed in
// thousands of Canadian dollars)" (a 40-F's, a 6-K's), "Cents per share
// amounts are in Australian cents". "" when none is said (a "$" is then
// the US dollar).
std::string DocumentDollar(std::string_view text) {
  static const RE2 said(
      "(?i)(?:(?:\\ball\\s+|^|[.;]\\s+|\\n\\s*)(?:dollar\\s+)?(?:amounts|"
      "figures)"
      "[^.;]{0,40}?"
      "\\b(?:are|is)\\s+(?:expressed\\s+|stated\\s+|presented\\s+|"
      "reported\\s+|shown\\s+)?in\\s+|"
      "\\bunless\\s+otherwise\\s+(?:noted|stated|indicated|specified)"
      "[^.;]{0,60}?\\bin\\s+|"
      "\\(\\s*expressed\\s+in\\s+(?:thousands\\s+of\\s+|millions\\s+of\\s+)?)"
      "(canadian|australian|new\\s+zealand|hong\\s+kong|singapore)\\s+"
      "(?:dollars|cents)");
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 20000));
  std::string which;
  // A note on per-share amounts or dividends, wherever it is: "Cents per
  // share amounts are in Australian cents", "Dividends are declared in New
  // Zealand dollars", a table's lead-in "in New Zealand cents per share".
  static const RE2 cents_said(
      "(?i)(?:\\bper\\s+share\\s+amounts\\s+are\\s+(?:expressed\\s+|stated\\s+|"
      "presented\\s+)?in\\s+|\\bdividends\\s+are\\s+(?:declared|paid|stated)"
      "\\s+"
      "in\\s+)(canadian|australian|new\\s+zealand|hong\\s+kong|singapore)\\s+"
      "(?:dollars|cents)|"
      "\\bin\\s+(canadian|australian|new\\s+zealand|hong\\s+kong|singapore)\\s+"
      "cents\\s+per\\s+share|"
      // "... and \u201ccents\u201d refers to Hong Kong cents".
      "\\bcents\\W{0,3}\\s+(?:refers?|means?)\\s+(?:to\\s+)?(canadian|"
      "australian|"
      "new\\s+zealand|hong\\s+kong|singapore)\\s+cents");
  std::string which2, which3;
  if (!RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), said,
                         &which) &&
      !RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), cents_said,
                         &which, &which2, &which3)) {
    return "";
  }
  if (which.empty()) which = which2.empty() ? which3 : which2;
  return DollarCode(which);
}

// Calls `take(start, end)` for each place in `at` where the amount
// `per_share` is written whole ("0.30" or ".30", not inside a longer
// number), in order, until it returns true.
template <typename Take>
void EachWrittenAmount(std::string_view at, const std::string& per_share,
                       Take take) {
  std::vector<std::string> forms = {per_share};
  if (per_share.rfind("0.", 0) == 0) forms.push_back(per_share.substr(1));
  for (const std::string& f : forms) {
    for (size_t p = at.find(f); p != std::string_view::npos;
         p = at.find(f, p + 1)) {
      size_t e = p + f.size();
      if (e < at.size() && std::isdigit(static_cast<unsigned char>(at[e])))
        continue;
      if (take(p, e)) return;
    }
  }
}

// Whether the amount `per_share` in `at`, after a dollar sign, is marked
// as the US dollar ("US$0.328125", "U.S. $0.33"): 1 when so, 0 when its
// dollar sign is bare, -1 when the amount is not found after a "$".
int OwnDollarIsUs(std::string_view at, const std::string& per_share) {
  int us = -1;
  EachWrittenAmount(at, per_share, [&](size_t p, size_t) {
    size_t q = p;
    while (q > 0 && at[q - 1] == ' ') --q;
    if (q == 0 || at[q - 1] != '$') return false;
    std::string_view before =
        at.substr(q >= 7 ? q - 7 : 0, q - 1 - (q >= 7 ? q - 7 : 0));
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    us = before.size() >= 2 && (before.substr(before.size() - 2) == "US" ||
                                before.substr(before.size() - 2) == "S.")
             ? 1
             : 0;
    return true;
  });
  return us;
}

// A statement of the dollar amounts are in: "(in Canadian dollars)",
// "(per share, Canadian dollars)", "(expressed in U.S. dollars)"; group 1
// the country.
const RE2& StatedDollarRe() {
  static const RE2 stated(
      R"re((?i)\(\s*(?:[a-z ]{1,24},\s*)?(?:(?:all\s+)?amounts\s+)re"
      R"re((?:are\s+)?)?)re"
      R"re((?:expressed\s+|stated\s+|presented\s+)?(?:in\s+)?)re"
      R"re((?:thousands\s+of\s+|millions\s+of\s+)?)re"
      R"re((u\.\s?s\.|us|united\s+states|canadian|australian|)re"
      R"re(new\s+zealand|hong\s+kong|singapore)\s+dollars?[^()]{0,40}\))re");
  return stated;
}

// The dollar a statement just before `start` names (within 1,000
// characters: a table's heading, its lead-in, the row's own label):
// "(in Canadian dollars)", "(Canadian dollars)", "(expressed in U.S.
// dollars)". The nearest one decides; "" when there is none.
// (Or a dollar's sign in a heading's parenthesis: "(C$ millions, except
// per share amounts)", "Common share dividends declared (C$ per share)".)
std::string LocalDollar(std::string_view text, size_t start) {
  size_t from = start > 1000 ? start - 1000 : 0;
  re2::StringPiece window(text.data() + from, start - from);
  std::string which, last;
  const char* last_at = nullptr;
  while (RE2::FindAndConsume(&window, StatedDollarRe(), &which)) {
    last = DollarCode(which);
    last_at = window.data();
  }
  static const RE2 sign_re(
      "(?i)\\(\\s*(?:in\\s+)?(c|a|nz|hk|s|us)\\$\\s*(?:(?:in\\s+)?(?:millions|"
      "thousands|billions)\\b[^()]{0,40}|per\\s+(?:common\\s+)?share[^()]{0,20}"
      ")?"
      "\\)");
  re2::StringPiece signs(text.data() + from, start - from);
  std::string sign;
  while (RE2::FindAndConsume(&signs, sign_re, &sign)) {
    if (last_at && signs.data() < last_at) continue;
    std::string code = facts::CurrencyCode(Lower(sign) + "$");
    if (!code.empty()) last = code;
  }
  return last;
}

// The one dollar all of a filing's statements name, when there are at
// least two and the filing never names the US dollar ("U.S. dollars",
// "US$"): its sentences before a table "(Canadian dollars)" are in it too.
std::string StatedDollarThroughout(std::string_view text) {
  re2::StringPiece rest(text.data(), text.size());
  std::string which, one;
  int statements = 0;
  while (RE2::FindAndConsume(&rest, StatedDollarRe(), &which)) {
    std::string code = DollarCode(which);
    if (code == "USD" || (!one.empty() && code != one)) return "";
    one = code;
    ++statements;
  }
  if (statements < 2) return "";
  static const RE2 us(
      "(?i)\\bU\\.\\s?S\\.\\s?dollars?\\b|\\bUS\\$|"
      "\\bU\\.S\\.\\s?\\$|\\bUSD\\b|\\bUS\\s+dollars?\\b");
  if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), us)) {
    return "";
  }
  return one;
}

// The dollar of a Form 40-F (an annual report only Canadian issuers file
// under the multijurisdictional system) that does not say its amounts are
// in US dollars: the Canadian dollar its "$" stands for. "" for any other
// filing, or one that says "expressed in U.S. dollars", "(in US$
// millions)", "amounts are in United States dollars". (A conversion named
// in passing, "equivalent to approximately US$.25 per share", marks that
// amount alone: the bare "$" stays Canadian.)
std::string CanadianReportDollar(std::string_view text) {
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 4000));
  static const RE2 form_re("(?im)^\\s*form\\s+40-f\\s*$");
  if (!RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), form_re))
    return "";
  static const RE2 us_said(
      "(?i)\\b(?:expressed|stated|presented|reported|denominated|are|is)\\s+"
      "in\\s+"
      "(?:thousands\\s+of\\s+|millions\\s+of\\s+)?(?:u\\.\\s?s\\.|us|united\\s+"
      "states)\\s*(?:dollars?|\\$)|\\(\\s*(?:in\\s+)?(?:us|u\\.s\\.)\\s?\\$|"
      "\\(\\s*(?:in\\s+)?(?:thousands\\s+of\\s+|millions\\s+of\\s+)?(?:u\\.\\s?"
      "s\\.|"
      "us|united\\s+states)\\s+dollars?\\b");
  if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), us_said))
    return "";
  return "CAD";
}

// Whether a record's amount is marked as the US dollar where it is
// written: "US$0.328125" (a sentence may give both: "dividends of $0.3025
// per Series 1 Preferred Share and US$0.328125 per Series 3 Preferred
// Share": the sign right before the record's own amount decides), or,
// when it follows no dollar sign, "US" in its text or "US$", "U.S." just
// before it (a table cell's amount).
bool MarkedUsDollar(const Document& doc, const Dividend& d) {
  std::string_view at(doc.text.data() + d.span.start,
                      d.span.end - d.span.start);
  size_t from = d.span.start >= 8 ? d.span.start - 8 : 0;
  std::string_view near =
      std::string_view(doc.text).substr(from, d.span.end - from);
  int own = OwnDollarIsUs(at, d.per_share);
  if (own > 0) return true;
  return own < 0 && (at.find("US") != std::string_view::npos ||
                     near.find("US$") != std::string_view::npos ||
                     near.find("U.S.") != std::string_view::npos);
}

// Records read from a bare "$" in a filing whose dollars are another
// country's: that currency, as the filing says near its start or as a
// statement right before the record (its table's heading) says. An amount
// marked as the US dollar ("US$1.3125", "U.S.$") keeps it.
void DocumentDollars(const Document& doc, std::vector<Dividend>* out) {
  if (std::none_of(out->begin(), out->end(),
                   [](const Dividend& d) { return d.currency == "USD"; })) {
    return;
  }
  std::string document_dollar = DocumentDollar(doc.text);
  if (document_dollar.empty()) {
    document_dollar = StatedDollarThroughout(doc.text);
  }
  if (document_dollar.empty()) document_dollar = CanadianReportDollar(doc.text);
  for (Dividend& d : *out) {
    if (d.currency != "USD" || d.span.end > doc.text.size()) continue;
    std::string dollar = LocalDollar(doc.text, d.span.start);
    if (dollar.empty()) dollar = document_dollar;
    if (dollar.empty() || dollar == "USD" || MarkedUsDollar(doc, d)) continue;
    d.currency = dollar;
  }
}

// A filing whose tagged per-share dividends (inline XBRL: the filer's own
// units) are all in one currency other than the US dollar: a record the
// text gave the dollar by default ("an interim dividend of 55 cents", a
// bare "$") is in that currency, unless its amount is marked as the US
// dollar ("US$1.07 per ADS").
void TaggedCurrency(const Document& doc, std::vector<Dividend>* out) {
  std::string one;
  for (const TaggedNumber& n : doc.tagged_numbers) {
    if (n.currency.empty()) continue;
    if (!one.empty() && n.currency != one) return;
    one = n.currency;
  }
  if (one.empty() || one == "USD") return;
  for (Dividend& d : *out) {
    if (d.currency != "USD" || d.span.end > doc.text.size() ||
        MarkedUsDollar(doc, d)) {
      continue;
    }
    d.currency = one;
  }
}

// A filing whose dividends are declared in another currency (records in
// it, at least two) gives per-ADS amounts in US dollars only as the
// depositary converted them ("The interim dividend for fiscal 2008
// amounted to US$0.076 per ADS", after "paid to the depositary in rupees
// and converted into US dollars"): a sentence's such record is dropped.
void DropConvertedPerAds(const Document& doc, std::vector<Dividend>* out) {
  int foreign = 0;
  for (const Dividend& d : *out) {
    foreign += !d.currency.empty() && d.currency != "USD";
  }
  if (foreign < 2) return;
  static const RE2 per_ads_re("(?i)^\\s*per\\s+(?:ads|american\\s+depositary)");
  out->erase(std::remove_if(
                 out->begin(), out->end(),
                 [&](const Dividend& d) {
                   if (d.currency != "USD" ||
                       d.span.rule != "dividend.sentence" ||
                       d.span.end > doc.text.size()) {
                     return false;
                   }
                   std::string_view at(doc.text.data() + d.span.start,
                                       d.span.end - d.span.start);
                   bool per_ads = false;
                   EachWrittenAmount(at, d.per_share, [&](size_t, size_t e) {
                     std::string_view rest = at.substr(e, 40);
                     per_ads = RE2::PartialMatch(
                         re2::StringPiece(rest.data(), rest.size()),
                         per_ads_re);
                     return per_ads;
                   });
                   return per_ads;
                 }),
             out->end());
}

// Records of no currency sign given "USD" ("11.2 cent per share", a row
// "Dividends per share (cent)") in a filing whose amounts are in euro
// (euro signs, at least three, over twice as many as dollar signs): euro
// cents, as Irish filings write them.
void DocumentEuros(const Document& doc, std::vector<Dividend>* out) {
  if (std::none_of(out->begin(), out->end(),
                   [](const Dividend& d) { return d.currency == "USD"; })) {
    return;
  }
  auto count = [&doc](std::string_view sign) {
    size_t n = 0;
    for (size_t p = doc.text.find(sign); p != std::string::npos;
         p = doc.text.find(sign, p + sign.size())) {
      ++n;
    }
    return n;
  };
  size_t euros = count("\xE2\x82\xAC"), dollars = count("$");
  if (euros < 3 || euros <= 2 * dollars) return;
  for (Dividend& d : *out) {
    if (d.currency != "USD" || d.span.end > doc.text.size()) continue;
    size_t from = d.span.start >= 8 ? d.span.start - 8 : 0;
    std::string_view near =
        std::string_view(doc.text).substr(from, d.span.end - from);
    if (near.find('$') != std::string_view::npos ||
        near.find("USD") != std::string_view::npos) {
      continue;
    }
    d.currency = "EUR";
  }
}

// True when the record starts inside one of `regions` (a table's lines).
bool StartsIn(const std::vector<facts::Piece>& regions, const Dividend& d) {
  for (const facts::Piece& r : regions) {
    if (d.span.start >= r.start && d.span.start < r.end) return true;
  }
  return false;
}

// A registrant whose name ends in a corporation's legal form ("Tarrant
// Midstream Corporation", "Inc.", "Ltd", "plc", "N.V."): it has shares,
// not partnership units. A partnership, an LLC, a trust or a fund may have
// units, and so may a name without a legal form.
bool CorporateName(std::string_view name) {
  static const RE2 unit_re(
      "(?i)\\b(?:partners(?:hip)?|l\\.?\\s?l?\\.?\\s?[pc]\\.?|trust|fund|"
      "units?)(?:\\W|$)");
  static const RE2 form_re(
      "(?i)\\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|plc|"
      "n\\.\\s?v|nv|s\\.\\s?a|sa|ag|se)\\.?\\s*$");
  re2::StringPiece n(name.data(), name.size());
  return RE2::PartialMatch(n, form_re) && !RE2::PartialMatch(n, unit_re);
}

// A record whose amount is per unit: its per-share heading or row label
// says "per (common) unit", or, read from a sentence, the sentence does and
// says nothing per share.
bool PerUnit(std::string_view text, const Dividend& d) {
  static const RE2 heading_re(
      "(?i)(?:^|; )(?:row|per_share) '[^']*\\bunits?\\b[^']*'");
  if (!d.provenance.empty()) return RE2::PartialMatch(d.provenance, heading_re);
  static const RE2 unit_re("(?i)\\bper\\s+(?:[a-z-]+\\s+){0,3}units?\\b");
  static const RE2 share_re(
      "(?i)\\bper\\s+(?:[a-z-]+\\s+){0,3}(?:share|ads)\\b");
  if (d.span.end <= d.span.start || d.span.end > text.size()) return false;
  re2::StringPiece s(text.data() + d.span.start, d.span.end - d.span.start);
  return RE2::PartialMatch(s, unit_re) && !RE2::PartialMatch(s, share_re);
}

}  // namespace

std::vector<Dividend> ExtractDividends(const Document& doc) {
  return ExtractDividends(doc, facts::KeywordHits(doc.text));
}

namespace {

std::vector<Dividend> ReadDividends(const Document& doc,
                                    const facts::KeywordHits& hits,
                                    std::vector<std::string>* warnings,
                                    std::string_view registrant) {
  // Distributions that are dividends are read as such from a copy of the
  // text that says so (same offsets: the records point into doc.text).
  std::string reworded;
  std::vector<facts::Piece> where;
  if (hits.ContainsAny({"istribution", "ISTRIBUTION"}) &&
      facts::DistributionsAsDividends(doc.text, hits, &reworded, &where)) {
    Document copy = doc;
    copy.text = std::move(reworded);
    std::vector<Dividend> out = ReadDividends(
        copy, facts::KeywordHits(copy.text), warnings, registrant);
    for (Dividend& d : out) RestoreProvenance(doc.text, where, &d);
    return out;
  }
  // Every rule needs the word somewhere ("dividend", "Dividend per share",
  // "Interim dividend"); the keyword scan rules most documents out.
  // A fund's financial highlights may say "Distributions declared from net
  // investment income" and never "dividend".
  if (!hits.ContainsAny({"vidend", "VIDEND"}) &&
      !(hits.ContainsAny({"istribution"}) &&
        hits.ContainsAny({"nvestment income", "NVESTMENT INCOME"}))) {
    return {};
  }
  facts::DividendContext ctx = facts::ReadDividendContext(doc, hits);
  // Tables read by their column headings first; the other rules do not
  // read inside them again (a total in millions under "Amount" is no
  // per-share amount, a table row is no sentence).
  std::vector<Dividend> out;
  std::vector<facts::Piece> regions;
  facts::ColumnTables(doc, hits, &out, &regions);
  const size_t series_from = regions.size();
  facts::SeriesTables(doc, hits, &out, &regions);
  // The preferred series' rows are theirs: no later table rule reads them
  // again as the common stock's.
  const std::vector<facts::Piece> series_rows(regions.begin() + series_from,
                                              regions.end());
  const size_t series_end = out.size();
  facts::PeriodRows(doc, hits, &out, &regions, registrant);
  facts::QuarterRows(doc, hits, &out, &regions, registrant);
  facts::YearRows(doc, hits, &out, &regions);
  facts::NoteRows(doc, hits, &out, &regions);
  facts::PartRows(doc, hits, &out, &regions);
  out.erase(std::remove_if(
                out.begin() + series_end, out.end(),
                [&](const Dividend& d) { return StartsIn(series_rows, d); }),
            out.end());
  auto inside = [&](const Dividend& d) {
    for (const facts::Piece& r : regions) {
      if (d.span.start < r.end && r.start < d.span.end) return true;
    }
    return false;
  };
  for (Dividend& d : facts::DividendTables(doc, ctx, hits)) {
    if (!inside(d)) out.push_back(std::move(d));
  }
  facts::TaggedDividends(doc, &out, warnings);
  // A sentence is a table's when it starts inside the table: a declaring
  // sentence right above one (OCR text has no blank line between them)
  // may run on into its lead-in through a follow-up sentence.
  std::vector<Dividend> sentences =
      facts::DividendSentences(doc, ctx, hits, warnings);
  facts::StatementPeriods(doc, &sentences);
  for (Dividend& d : sentences) {
    if (StartsIn(regions, d)) continue;
    bool merged = false;
    // One quarter of a run a sentence gives one rate ("$0.22 per share
    // ... in each of the first three quarters of 2005") is no declaration
    // another sentence describes: merged, the run's quarters would all go
    // into one record.
    for (Dividend& have : out) {
      if (d.span.rule == "dividend.each_quarter") break;
      // A period total (a per-share row under a year or quarter heading)
      // takes no payment dates; a table row label ("($0.40 per share)" in
      // each quarter's section of an equity statement) is a dividend of its
      // own section, never the declaration a sentence describes. A 20-F's
      // interim or final dividend under a year is one payment.
      if (have.span.rule.rfind("ixbrl.", 0) == 0 ||
          have.span.rule == "dividend.period_row" ||
          have.span.rule == "dividend.each_quarter" ||
          have.span.rule == "dividend.quarter_rows" ||
          (have.span.rule == "dividend.year_rows" && have.kind != "interim" &&
           have.kind != "year-end")) {
        continue;
      }
      if (have.span.rule == "dividend.table_label" ||
          d.span.rule == "dividend.table_label") {
        continue;
      }
      // A history's title says "declared" or "paid" of all its years; its
      // row takes no dates out of order.
      Dividend said = d;
      if (have.span.rule == "dividend.year_rows") {
        said.status.clear();
        if (!DatesInOrder(d)) continue;
      }
      if (Compatible(have, said) && !OneSentence(have, d)) {
        Fill(d, &have);
        merged = true;
        break;
      }
    }
    if (!merged) out.push_back(std::move(d));
  }
  // A sentence's rounded total ("$1.2 billion") of a dividend another
  // record gives to the unit: the written-out one.
  for (Dividend& d : out) {
    if (d.total_amount.empty() || d.span.rule.rfind("dividend.sentence", 0))
      continue;
    for (const Dividend& o : out) {
      if (&o != &d && o.per_share == d.per_share && o.currency == d.currency &&
          !o.total_amount.empty() && o.total_amount != d.total_amount &&
          TotalsAgree(o.total_amount, d.total_amount) &&
          TrailingZeros(o.total_amount) < TrailingZeros(d.total_amount)) {
        d.total_amount = o.total_amount;
        break;
      }
    }
  }
  FoldTaggedIntoText(&out);
  FillStockIssueDates(doc, &out);
  // A typed table's bare amounts ("Dividends  .21  .21") are dollars when
  // every amount the filing marks is the U.S. dollar ("$.23 per share"):
  // none is filled in a filing that names any other currency.
  if (std::any_of(out.begin(), out.end(), [](const Dividend& d) {
        return d.currency.empty() && d.kind != "stock";
      })) {
    static const RE2 other_re(
        "(?i:\\b(?:pesos?|yen|euros?|pence|sterling|rupees?|rupiah|francs?|"
        "kronor|kroner|krone|yuan|renminbi|reais|ringgit|shekels?)\\b)|"
        "\\b(?:EUR|GBP|JPY|CAD|AUD|CHF|PHP|MXN|BRL|INR|KRW|CNY|TWD|HKD|SGD|"
        "ZAR|ILS|SEK|NOK|DKK|NZD)\\b");
    std::vector<facts::Money> marked = facts::FindMoney(doc.text);
    bool dollars = !marked.empty() && DocumentDollar(doc.text).empty() &&
                   !RE2::PartialMatch(doc.text, other_re);
    for (const facts::Money& m : marked) dollars &= m.currency == "USD";
    for (Dividend& d : out) {
      if (dollars && d.currency.empty() && d.kind != "stock")
        d.currency = "USD";
    }
  }
  DocumentDollars(doc, &out);
  TaggedCurrency(doc, &out);
  DocumentEuros(doc, &out);
  DropConvertedPerAds(doc, &out);
  return out;
}

}  // namespace

std::vector<Dividend> ExtractDividends(const Document& doc,
                                       const facts::KeywordHits& hits,
                                       std::vector<std::string>* warnings,
                                       std::string_view registrant) {
  std::vector<Dividend> out = ReadDividends(doc, hits, warnings, registrant);
  // A corporation's distributions per unit are another entity's: a
  // partnership it controls ("Tarrant Midstream Partners, L.P. —
  // distributions on common units" in its parent's 10-K).
  if (CorporateName(registrant)) {
    out.erase(
        std::remove_if(out.begin(), out.end(),
                       [&](const Dividend& d) { return PerUnit(doc.text, d); }),
        out.end());
  }
  return out;
}

}  // namespace secx
