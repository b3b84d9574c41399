#include "extract/facts/money.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "extract/text_util.h"

namespace secx {
namespace facts {
namespace {

// Sign before the number ("$0.18", "JPY608 million", "US$ 1.2 billion") or
// a unit word after it ("90 cents", "13.50 yen", "25 pence": a UK
// company's dividend in its 20-F).
const RE2& MoneyRe() {
  static const RE2 re(std::string("(?i)(") + kCurrencySignPattern +
                      ")\\s?"
                      "(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)"
                      "(?:\\s*(million|billion|thousand|mn|bn)\\b)?"
                      "|\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s*"
                      "(?:(euro|u\\.?s\\.?|canadian|australian)\\s+(cents?)|"
                      "(cents?|pence|yen|euros?|dollars?))\\b"
                      "(?:\\s*(million|billion|thousand)\\b)?");
  return re;
}

// The currency of cents named by an adjective ("euro cents", "U.S.
// cents", "Canadian cents").
std::string CentsCurrency(std::string_view adjective) {
  std::string a = Lower(adjective);
  if (a == "euro") return "EUR";
  if (a == "canadian") return "CAD";
  if (a == "australian") return "AUD";
  return "USD";
}

int ScaleOf(std::string_view word) {
  if (word.empty()) return 0;
  char c = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
  if (c == 't') return 3;
  if (c == 'b') return 9;
  return 6;  // million, mn
}

// Amounts written with a letter for their currency (`re`, the number its
// group 1), each added to `out` unless inside an amount found already;
// `hundredths`: the number is in hundredths of the currency (pence).
void AddLetterAmounts(std::string_view text, const RE2& re,
                      const char* currency, bool hundredths,
                      std::vector<Money>* out) {
  re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece pm[2];
  size_t at = 0;
  std::vector<Money> found;
  while (at < text.size() &&
         re.Match(whole, at, text.size(), RE2::UNANCHORED, pm, 2)) {
    Money money;
    money.start = pm[0].data() - text.data();
    money.end = money.start + pm[0].size();
    at = money.end;
    money.currency = currency;
    std::string number(pm[1].data(), pm[1].size());
    number.erase(std::remove(number.begin(), number.end(), ','), number.end());
    money.amount = hundredths ? FromHundredths(number)
                              : PerShareForm(ShiftDecimal(number, 0));
    bool inside = false;
    for (const Money& o : *out) {
      inside |= money.start < o.end && o.start < money.end;
    }
    if (!inside && !money.amount.empty()) found.push_back(money);
  }
  if (found.empty()) return;
  out->insert(out->end(), found.begin(), found.end());
  std::sort(out->begin(), out->end(),
            [](const Money& a, const Money& b) { return a.start < b.start; });
}

}  // namespace

// (Longer signs first where one ends another: "US$" before "$". A sign of
// letters starts a word: "R$ 1.10", "Rs. 12.50", "Ps. 0.45", "Yen 7.50".)
const char kCurrencySignPattern[] =
    "US\\$|CDN\\$|C\\$|A\\$|HK\\$|\\bNZ\\$|\\bNT\\$|\\bS\\$|\\bR\\$|\\$|"
    "\\bUSD|\\bJPY|\\bEUR|\\bGBP|\\bCHF|\\bDKK|\\bSEK|\\bNOK|\\bCAD|\\bAUD|"
    "\\bHKD|\\bBRL|\\bMXN|\\bINR|\\bZAR|\\bKRW|\\bCNY|\\bRMB|\\bSGD|"
    "\\bRs\\.|\\bPs\\.|\\bYen\\b|\\bRp\\.?|\\bCh\\$|\\bIDR|\\bPHP|\\bILS|"
    "\\bNIS|\\bTWD|\\bNZD|\\bCLP|\\bTHB|"
    // Currencies the euro replaced, as 1990s 20-F filings write them.
    "\\bLit\\.|\\bITL|\\bFRF|\\bFF\\b|\\bDEM|\\bDM\\b|\\bNLG|\\bDfl\\.?|"
    "\\bHfl\\.?|\\bESP|\\bPtas\\.?|"
    "\xC2\xA5|\xEF\xBF\xA5|\xE2\x82\xAC|\xC2\xA3|\xE2\x82\xB9|\xE2\x82\xA9";

const char kCurrencyUnitWords[] =
    "rp|idr|rupiah|php|zar|rand|krw|won|rmb|cny|inr|rs\\.?|brl|r\\$|mxn|ps\\.?|"
    "nt\\$|twd|sgd|s\\$|hkd|hk\\$|nzd|nz\\$|ils|nis|clp|ch\\$|thb|baht|"
    "reais|lire|lira|lit\\.?|itl|frf|ff|french\\s+francs?|dem|dm|deutsche\\s+"
    "marks?|"
    "nlg|dfl\\.?|hfl\\.?|guilders?|dutch\\s+guilders?|esp|pesetas|ptas\\.?";

bool IsCurrencySign(std::string_view s) {
  static const RE2 re(std::string("(?:") + kCurrencySignPattern + ")");
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re);
}

std::string CurrencyCode(std::string_view token) {
  std::string t = Lower(token);
  if (t == "$" || t == "us$" || t == "usd" || t == "dollar" || t == "dollars" ||
      t == "cent" || t == "cents") {
    return "USD";
  }
  if (t == "jpy" || t == "yen" || t == "\xC2\xA5" || t == "\xEF\xBF\xA5") {
    return "JPY";
  }
  if (t == "eur" || t == "euro" || t == "euros" || t == "\xE2\x82\xAC") {
    return "EUR";
  }
  if (t == "gbp" || t == "\xC2\xA3" || t == "pence") return "GBP";
  if (t == "c$" || t == "cdn$" || t == "cad") return "CAD";
  if (t == "a$" || t == "aud") return "AUD";
  if (t == "hk$" || t == "hkd") return "HKD";
  if (t == "r$" || t == "brl" || t == "reais" || t == "real") return "BRL";
  if (t == "rs." || t == "rs" || t == "inr" || t == "\xE2\x82\xB9")
    return "INR";
  if (t == "ps." || t == "ps" || t == "mxn") return "MXN";
  if (t == "\xE2\x82\xA9" || t == "krw" || t == "won") return "KRW";
  if (t == "rmb" || t == "cny") return "CNY";
  if (t == "s$" || t == "sgd") return "SGD";
  if (t == "nz$" || t == "nzd") return "NZD";
  if (t == "nt$" || t == "twd") return "TWD";
  if (t == "rp" || t == "rp." || t == "idr" || t == "rupiah") return "IDR";
  if (t == "php") return "PHP";
  if (t == "zar" || t == "rand") return "ZAR";
  if (t == "ils" || t == "nis") return "ILS";
  if (t == "ch$" || t == "clp") return "CLP";
  if (t == "thb" || t == "baht") return "THB";
  if (t == "chf" || t == "dkk" || t == "sek" || t == "nok") return Upper(t);
  // The euro's predecessors.
  if (t == "lire" || t == "lira" || t == "lit." || t == "lit" || t == "itl")
    return "ITL";
  if (t == "frf" || t == "ff" || t == "french franc" || t == "french francs")
    return "FRF";
  if (t == "dem" || t == "dm" || t == "deutsche mark" || t == "deutsche marks")
    return "DEM";
  if (t == "nlg" || t == "dfl" || t == "dfl." || t == "hfl" || t == "hfl." ||
      t == "guilder" || t == "guilders" || t == "dutch guilder" ||
      t == "dutch guilders")
    return "NLG";
  if (t == "esp" || t == "pesetas" || t == "ptas" || t == "ptas.") return "ESP";
  return "";
}

std::string PerShareForm(std::string_view decimal) {
  std::string s = ShiftDecimal(decimal, 0);
  if (s.empty()) return s;
  size_t dot = s.find('.');
  if (dot == std::string::npos) return s + ".00";
  while (s.size() - dot - 1 < 2) s.push_back('0');
  return s;
}

std::string WholeUnits(std::string_view amount) {
  std::string s = ShiftDecimal(amount, 0);
  size_t dot = s.find('.');
  if (dot != std::string::npos &&
      s.find_first_not_of('0', dot + 1) == std::string::npos) {
    s.erase(dot);
  }
  return s;
}

std::string FromHundredths(std::string_view decimal) {
  std::string s = ShiftDecimal(decimal, -2);
  size_t dot = s.find('.');
  while (dot != std::string::npos && s.size() > dot + 3 && s.back() == '0') {
    s.pop_back();
  }
  return s;
}

std::optional<int64_t> ToMicros(std::string_view decimal) {
  std::string s = ShiftDecimal(decimal, 6);
  if (s.empty() || s.find('.') != std::string::npos || s.size() > 18) {
    return std::nullopt;
  }
  return std::strtoll(s.c_str(), nullptr, 10);
}

std::string FromMicros(int64_t micros, int min_decimals) {
  bool neg = micros < 0;
  std::string s = ShiftDecimal(std::to_string(neg ? -micros : micros), -6);
  size_t dot = s.find('.');
  if (dot != std::string::npos) {
    while (s.back() == '0' &&
           s.size() - dot - 1 > static_cast<size_t>(min_decimals))
      s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (min_decimals > 0) {
    if (s.find('.') == std::string::npos) s += ".";
    while (s.size() - s.find('.') - 1 < static_cast<size_t>(min_decimals))
      s.push_back('0');
  }
  return neg ? "-" + s : s;
}

std::vector<Money> FindMoney(std::string_view text) {
  std::vector<Money> out;
  // Every form has a digit (RE2's \d is ASCII): most table cells and
  // labels have none and need no search.
  if (!HasAsciiDigit(text)) return out;
  const RE2& re = MoneyRe();
  re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece m[9];
  size_t pos = 0;
  while (pos < text.size() &&
         re.Match(whole, pos, text.size(), RE2::UNANCHORED, m, 9)) {
    Money money;
    money.start = m[0].data() - text.data();
    money.end = money.start + m[0].size();
    pos = money.end > pos ? money.end : pos + 1;
    std::string_view number, unit, scale;
    if (m[2].data() != nullptr) {
      money.currency = CurrencyCode(std::string_view(m[1].data(), m[1].size()));
      number = std::string_view(m[2].data(), m[2].size());
      if (m[3].data() != nullptr)
        scale = std::string_view(m[3].data(), m[3].size());
    } else {
      number = std::string_view(m[4].data(), m[4].size());
      if (m[6].data() != nullptr) {
        // Cents of a named currency: "23.5 euro cents", "US cents".
        unit = std::string_view(m[6].data(), m[6].size());
        money.currency =
            CentsCurrency(std::string_view(m[5].data(), m[5].size()));
      } else {
        unit = std::string_view(m[7].data(), m[7].size());
        money.currency = CurrencyCode(unit);
      }
      if (m[8].data() != nullptr)
        scale = std::string_view(m[8].data(), m[8].size());
    }
    int places = ScaleOf(scale);
    bool cents = !unit.empty() && (unit[0] == 'c' || unit[0] == 'C' ||
                                   unit[0] == 'p' || unit[0] == 'P');
    if (cents) places -= 2;
    money.scaled = !scale.empty();
    money.amount = ShiftDecimal(number, places);
    if (!money.scaled) money.amount = PerShareForm(money.amount);
    // A fraction after a dollar amount, as 1990s prose writes dividends
    // ("$.13 3/4 per share"): the amount is the cell form's (ParseMoneyCell).
    if (!money.scaled && m[2].data() != nullptr && money.currency == "USD") {
      static const RE2 fraction_re("^ {1,2}([1-9]\\d?/(?:2|4|8|16|32|64))\\b");
      re2::StringPiece rest(text.data() + money.end, text.size() - money.end);
      std::string frac;
      if (RE2::PartialMatch(rest, fraction_re, &frac)) {
        std::optional<Money> whole_amount =
            ParseMoneyCell("$" + std::string(number) + " " + frac);
        if (whole_amount) {
          money.amount = whole_amount->amount;
          money.end = text.find(frac, money.end) + frac.size();
          pos = money.end;
        }
      }
    }
    if (!money.amount.empty()) out.push_back(money);
  }
  // Cents with a fraction, as 1990s prose writes a dividend ("raised the
  // quarterly dividend to 18 3/4 cents per share from 17 1/2 cents"): the
  // whole amount, not the fraction's last digit ("4 cents").
  static const RE2 fraction_cents_re(
      "\\b(\\d{1,3})\\s+([1-9]\\d?)/(2|4|8|16|32)\\s*(?:-\\s*)?cents?\\b");
  if (text.find('/') != std::string_view::npos) {
    re2::StringPiece in(text.data(), text.size());
    re2::StringPiece g[4];
    size_t at = 0;
    while (at < text.size() && fraction_cents_re.Match(in, at, text.size(),
                                                       RE2::UNANCHORED, g, 4)) {
      Money money;
      money.start = g[0].data() - text.data();
      money.end = money.start + g[0].size();
      at = money.end;
      // The number of cents, exactly, as a table cell's fraction reads.
      std::optional<Money> cents =
          ParseMoneyCell(std::string(g[1].data(), g[1].size()) + " " +
                         std::string(g[2].data(), g[2].size()) + "/" +
                         std::string(g[3].data(), g[3].size()));
      if (!cents) continue;
      money.amount = FromHundredths(cents->amount);
      money.currency = "USD";
      out.erase(std::remove_if(out.begin(), out.end(),
                               [&](const Money& o) {
                                 return o.start < money.end &&
                                        money.start < o.end;
                               }),
                out.end());
      auto pos = std::find_if(out.begin(), out.end(), [&](const Money& o) {
        return o.start > money.start;
      });
      out.insert(pos, money);
    }
  }
  // Pence written with a "p" after the digits and a decimal point ("an
  // interim dividend of 10.5p per ordinary share"): the number written
  // against the letter, a decimal point to tell it from other uses.
  static const RE2 pence_re("\\b(\\d{1,3}\\.\\d{1,2})p\\b");
  if (text.find('p') != std::string_view::npos)
    AddLetterAmounts(text, pence_re, "GBP", true, &out);
  // Yen written "Y" before the digits, as ASCII filings of Japanese
  // companies print it ("an interim dividend of Y7.50 per share",
  // "Y12.00"): a capital Y against the number, with its decimals.
  static const RE2 yen_re("\\bY(\\d{1,3}(?:,\\d{3})*\\.\\d{1,4})\\b");
  if (text.find('Y') != std::string_view::npos)
    AddLetterAmounts(text, yen_re, "JPY", false, &out);
  return out;
}

std::optional<Money> ParseMoneyCell(std::string_view cell) {
  while (!cell.empty() &&
         std::isspace(static_cast<unsigned char>(cell.front())))
    cell.remove_prefix(1);
  while (!cell.empty() && std::isspace(static_cast<unsigned char>(cell.back())))
    cell.remove_suffix(1);
  // Both readings below need a digit.
  if (!HasAsciiDigit(cell)) return std::nullopt;
  // A fraction, as 1990s tables print prices and dividends: "$ 34 3/8",
  // "26 1/2", ".13 3/4" (13.75 cents: the fraction is of the last digit's
  // unit), "$ 7/8". Exact: the denominators are powers of two.
  static const RE2 fraction(
      "(\\$)?\\s*(\\d{1,6}|\\d{0,6}\\.\\d{1,4})?\\s*\\b([1-9]\\d?)/(2|4|8|16|32|64)");
  std::string dollar, whole, num, den;
  if (RE2::FullMatch(re2::StringPiece(cell.data(), cell.size()), fraction,
                     &dollar, &whole, &num, &den) &&
      std::stoi(num) < std::stoi(den)) {
    size_t dot = whole.find('.');
    std::string digits = whole;
    size_t places = 0;
    if (dot != std::string::npos) {
      places = whole.size() - dot - 1;
      digits.erase(dot, 1);
    }
    // In units of 10^-(places + 6).
    unsigned long long units =
        (digits.empty() ? 0ULL : std::stoull(digits)) * 1000000ULL +
        std::stoull(num) * 1000000ULL / std::stoull(den);
    std::string n = std::to_string(units);
    size_t frac_digits = places + 6;
    if (n.size() <= frac_digits) n.insert(0, frac_digits + 1 - n.size(), '0');
    std::string decimal = n.substr(0, n.size() - frac_digits) + "." +
                          n.substr(n.size() - frac_digits);
    while (decimal.back() == '0') decimal.pop_back();
    if (decimal.back() == '.') decimal.pop_back();
    Money m;
    m.amount = PerShareForm(decimal);
    m.currency = dollar.empty() ? "" : "USD";
    m.end = cell.size();
    return m;
  }
  std::vector<Money> found = FindMoney(cell);
  if (found.size() == 1 && found[0].start == 0) return found[0];
  // ".25": a market table's dividend column often drops the leading zero.
  static const RE2 bare("(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)");
  std::string number;
  if (RE2::FullMatch(re2::StringPiece(cell.data(), cell.size()), bare,
                     &number)) {
    if (number[0] == '.') number.insert(0, "0");
    Money m;
    m.amount = PerShareForm(number);
    m.end = cell.size();
    return m;
  }
  return std::nullopt;
}

}  // namespace facts
}  // namespace secx
