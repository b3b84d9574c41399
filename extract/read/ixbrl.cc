#include "extract/read/ixbrl.h"

#include <strings.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <cmath>
#include <cstdlib>
#include <map>

#include "extract/states.h"
#include "extract/text_util.h"

namespace secx {
namespace {

// The HTML parser lower-cases tag and attribute names; compare without
// case anyway so that the collector does not depend on it.
bool Is(const char* name, const char* want) {
  return strcasecmp(name, want) == 0;
}

const char* Attr(const char* const* atts, const char* name) {
  if (atts == nullptr) return nullptr;
  for (size_t i = 0; atts[i] != nullptr; i += 2) {
    if (strcasecmp(atts[i], name) == 0) return atts[i + 1];
  }
  return nullptr;
}

std::string AttrOr(const char* const* atts, const char* name) {
  const char* v = Attr(atts, name);
  return v == nullptr ? "" : v;
}

// Elements that separate words inside a fact's text.
bool IsBreak(const char* n) {
  static const char* const kBreaks[] = {"p",  "div", "br", "td",   "th",
                                        "tr", "li",  "h1", "h2",   "h3",
                                        "h4", "h5",  "h6", "table"};
  for (const char* b : kBreaks) {
    if (Is(n, b)) return true;
  }
  return false;
}

// Folds runs of white space (ASCII and the no-break space) to one space and
// trims the ends.
std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
                 c == '\v';
    if (c == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      blank = true;
      ++i;
    }
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

}  // namespace

bool IsTaggedNumberConcept(std::string_view name) {
  static const char* const kConcepts[] = {
      "us-gaap:CommonStockDividendsPerShareDeclared",
      "us-gaap:CommonStockDividendsPerShareCashPaid",
      "us-gaap:PreferredStockDividendsPerShareDeclared",
      "us-gaap:PreferredStockDividendsPerShareCashPaid",
      "ifrs-full:DividendsRecognisedAsDistributionsToOwnersPerShare",
  };
  for (const char* c : kConcepts) {
    if (name == c) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Collector

int IxbrlCollector::Start(const char* name, const char* const* atts) {
  Open o{Role::kOther, -1};
  char c0 = name[0] | 0x20;
  if (c0 == 'i' && strncasecmp(name, "ix:", 3) == 0) {
    const char* local = name + 3;
    if (Is(local, "nonnumeric") || Is(local, "nonfraction")) {
      const char* n = Attr(atts, "name");
      const bool number =
          n != nullptr && Is(local, "nonfraction") && IsTaggedNumberConcept(n);
      if (n != nullptr && (strncmp(n, "dei:", 4) == 0 || number)) {
        IxbrlFact f;
        f.name = n;
        f.context = AttrOr(atts, "contextref");
        f.format = AttrOr(atts, "format");
        f.hidden = hidden_ > 0;
        if (number) {
          f.number = true;
          f.unit = AttrOr(atts, "unitref");
          f.scale = std::atoi(AttrOr(atts, "scale").c_str());
          f.negative = AttrOr(atts, "sign") == "-";
        }
        std::string next = AttrOr(atts, "continuedat");
        if (!next.empty()) wanted_.insert(next);
        o = {Role::kFact, static_cast<int>(facts_.size())};
        facts_.push_back(std::move(f));
        fact_next_.push_back(std::move(next));
        capturing_facts_.push_back(o.index);
      }
    } else if (Is(local, "continuation")) {
      std::string id = AttrOr(atts, "id");
      if (wanted_.count(id) > 0) {
        Piece p;
        p.next = AttrOr(atts, "continuedat");
        if (!p.next.empty()) wanted_.insert(p.next);
        o = {Role::kContinuation, static_cast<int>(pieces_.size())};
        piece_by_id_[id] = o.index;
        pieces_.push_back(std::move(p));
        capturing_pieces_.push_back(o.index);
      }
    } else if (Is(local, "hidden") || Is(local, "header")) {
      o.role = Role::kHidden;
      ++hidden_;
    } else if (Is(local, "exclude")) {
      o.role = Role::kExclude;
      ++exclude_;
    }
  } else if (c0 == 'x' && Is(name, "xbrli:context")) {
    o.role = Role::kContext;
    context_ = AttrOr(atts, "id");
  } else if (c0 == 'x' && !context_.empty() &&
             (Is(name, "xbrli:startdate") || Is(name, "xbrli:enddate") ||
              Is(name, "xbrli:instant"))) {
    o.role = Is(name, "xbrli:startdate") ? Role::kStartDate : Role::kEndDate;
    simple_.clear();
    in_simple_ = true;
  } else if (c0 == 'x' && Is(name, "xbrli:unit")) {
    o.role = Role::kUnit;
    unit_ = AttrOr(atts, "id");
  } else if (c0 == 'x' && !unit_.empty() && Is(name, "xbrli:measure")) {
    o.role = Role::kMeasure;
    simple_.clear();
    in_simple_ = true;
  } else if (c0 == 'x' && Is(name, "xbrldi:explicitmember")) {
    o.role = Role::kMember;
    member_dimension_ = AttrOr(atts, "dimension");
    member_text_.clear();
    in_member_ = true;
  } else if (!capturing_facts_.empty() || !capturing_pieces_.empty()) {
    if (IsBreak(name)) {
      o.role = Role::kBreak;
      Append(" ", 1);
    }
  }
  open_.push_back(o);
  return o.role == Role::kFact ? o.index : -1;
}

int IxbrlCollector::End() {
  if (open_.empty()) return -1;
  Open o = open_.back();
  open_.pop_back();
  switch (o.role) {
    case Role::kFact: {
      auto it =
          std::find(capturing_facts_.begin(), capturing_facts_.end(), o.index);
      if (it != capturing_facts_.end()) capturing_facts_.erase(it);
      return o.index;
    }
    case Role::kContinuation: {
      auto it = std::find(capturing_pieces_.begin(), capturing_pieces_.end(),
                          o.index);
      if (it != capturing_pieces_.end()) capturing_pieces_.erase(it);
      break;
    }
    case Role::kHidden:
      --hidden_;
      break;
    case Role::kExclude:
      --exclude_;
      break;
    case Role::kContext:
      context_.clear();
      break;
    case Role::kStartDate:
    case Role::kEndDate: {
      in_simple_ = false;
      auto& period = context_period_[context_];
      (o.role == Role::kStartDate ? period.first : period.second) =
          Fold(simple_);
      break;
    }
    case Role::kUnit:
      unit_.clear();
      break;
    case Role::kMeasure: {
      in_simple_ = false;
      std::string m = Fold(simple_);
      if (m.rfind("iso4217:", 0) == 0 && unit_currency_.count(unit_) == 0) {
        unit_currency_[unit_] = m.substr(8);
      }
      break;
    }
    case Role::kMember: {
      in_member_ = false;
      if (!context_.empty()) {
        auto local = [](const std::string& q) {
          size_t colon = q.find(':');
          return colon == std::string::npos ? q : q.substr(colon + 1);
        };
        context_members_[context_].push_back(local(member_dimension_) + "=" +
                                             local(Fold(member_text_)));
      }
      const std::string kAxis = "LegalEntityAxis";
      const std::string& d = member_dimension_;
      if (!context_.empty() && d.size() >= kAxis.size() &&
          d.compare(d.size() - kAxis.size(), kAxis.size(), kAxis) == 0) {
        context_entity_[context_] = Fold(member_text_);
      }
      break;
    }
    case Role::kBreak:
      Append(" ", 1);
      break;
    case Role::kOther:
      break;
  }
  return -1;
}

void IxbrlCollector::Text(const char* s, size_t n) {
  if (in_member_) member_text_.append(s, n);
  if (in_simple_) simple_.append(s, n);
  Append(s, n);
}

void IxbrlCollector::Append(const char* s, size_t n) {
  if (exclude_ > 0) return;
  for (int i : capturing_facts_) facts_[i].text.append(s, n);
  for (int i : capturing_pieces_) pieces_[i].text.append(s, n);
}

std::vector<IxbrlFact> IxbrlCollector::Finish() {
  for (size_t i = 0; i < facts_.size(); ++i) {
    IxbrlFact& f = facts_[i];
    // Follow continuedAt; a chain that loops stops at the first repeat.
    std::string next = fact_next_[i];
    std::unordered_set<std::string> seen;
    while (!next.empty() && seen.insert(next).second) {
      auto it = piece_by_id_.find(next);
      if (it == piece_by_id_.end()) break;
      f.text += ' ';
      f.text += pieces_[it->second].text;
      next = pieces_[it->second].next;
    }
    f.text = Fold(f.text);
    auto e = context_entity_.find(f.context);
    if (e != context_entity_.end()) f.legal_entity = e->second;
    auto m = context_members_.find(f.context);
    if (m != context_members_.end()) f.members = m->second;
    if (f.number) {
      auto p = context_period_.find(f.context);
      if (p != context_period_.end()) {
        f.period_start = p->second.first;
        f.period_end = p->second.second;
      }
      auto u = unit_currency_.find(f.unit);
      if (u != unit_currency_.end()) f.currency = u->second;
    }
  }
  return std::move(facts_);
}

// ---------------------------------------------------------------------------
// Transformations

namespace {

int Month(std::string_view word) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr",
                                        "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (strncasecmp(word.data(), kMonths[m], 3) == 0) return m + 1;
  }
  return 0;
}

bool ValidDay(int year, int month, int day) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) {
    return false;
  }
  if (month == 2 && day == 29 && year > 0) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap;
  }
  return true;
}

std::string Iso(int year, int month, int day) {
  if (year < 1900 || year > 2999 || !ValidDay(year, month, day)) return "";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string MonthDay(int month, int day) {
  if (!ValidDay(0, month, day)) return "";
  char buf[48];
  std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  return buf;
}

// The text split into numbers and words ("December 30, 2023" -> December,
// 30, 2023); ordinal suffixes ("30th") stay with their number.
struct Token {
  bool number = false;
  int value = 0;
  size_t digits = 0;
  std::string_view word;
};

std::vector<Token> Tokens(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c)) {
      Token t;
      t.number = true;
      size_t b = i;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
        if (i - b < 6) t.value = t.value * 10 + (s[i] - '0');
        ++i;
      }
      t.digits = i - b;
      while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) {
        ++i;  // "1st", "30th"
      }
      out.push_back(t);
    } else if (std::isalpha(c)) {
      size_t b = i;
      while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) {
        ++i;
      }
      Token t;
      t.word = s.substr(b, i - b);
      out.push_back(t);
    } else {
      ++i;
    }
  }
  return out;
}

int Year(const Token& t) {
  if (!t.number) return -1;
  if (t.digits == 4) return t.value;
  if (t.digits == 2) return t.value < 50 ? 2000 + t.value : 1900 + t.value;
  return -1;
}

// Names in the format after the registry prefix, with the hyphens of the
// newer registries dropped: "ixt:date-monthname-day-year-en" and
// "ixt:datemonthdayyearen" both read "datemonthnamedayyearen" /
// "datemonthdayyearen".
std::string FormatKey(std::string_view format) {
  size_t colon = format.find(':');
  std::string_view local =
      colon == std::string_view::npos ? format : format.substr(colon + 1);
  std::string key;
  for (char c : local) {
    if (c != '-' && c != '_') {
      key.push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return key;
}

// Reads the numbers and month names of `t` in the order the format names
// them (d = day, m = month number or name, y = year).
std::string DateInOrder(const std::vector<Token>& t, const char* order) {
  size_t n = std::strlen(order);
  if (t.size() < n) return "";
  int year = 0, month = 0, day = 0;
  for (size_t k = 0; k < n; ++k) {
    const Token& tok = t[k];
    switch (order[k]) {
      case 'd':
        if (!tok.number) return "";
        day = tok.value;
        break;
      case 'm':
        month = tok.number ? tok.value : Month(tok.word);
        break;
      case 'y':
        year = Year(tok);
        break;
    }
  }
  if (std::strchr(order, 'y') == nullptr) return MonthDay(month, day);
  return Iso(year, month, day);
}

std::string ExchangeCode(std::string_view text) {
  std::string u;
  for (char c : text) {
    u.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  // Most specific first: "NYSE American" before "NYSE".
  static const std::pair<const char*, const char*> kNames[] = {
      {"NYSE AMERICAN", "NYSEAMER"},
      {"NYSE ARCA", "NYSEArca"},
      {"NYSE MKT", "NYSEAMER"},
      {"NASDAQ", "NASDAQ"},
      {"NEW YORK STOCK EXCHANGE", "NYSE"},
      {"NYSE", "NYSE"},
      {"CHICAGO BOARD OPTIONS", "CBOE"},
      {"CBOE", "CBOE"},
      {"BOSTON STOCK EXCHANGE", "BOX"},
  };
  for (const auto& [name, code] : kNames) {
    if (u.find(name) != std::string::npos) return code;
  }
  return u;
}

}  // namespace

std::string IxbrlTransform(std::string_view format, std::string_view text) {
  if (format.empty()) return std::string(text);
  std::string key = FormatKey(format);
  if (key.rfind("date", 0) == 0) {
    std::vector<Token> t = Tokens(text);
    // The order the format spells, from its own name.
    std::string order;
    for (size_t i = 4; i < key.size();) {
      if (key.compare(i, 9, "monthname") == 0) {
        order += 'm';
        i += 9;
      } else if (key.compare(i, 5, "month") == 0) {
        order += 'm';
        i += 5;
      } else if (key.compare(i, 3, "day") == 0) {
        order += 'd';
        i += 3;
      } else if (key.compare(i, 4, "year") == 0) {
        order += 'y';
        i += 4;
      } else {
        ++i;  // language suffix ("en"), separators
      }
    }
    // The first registry's names say the order by region instead.
    static const std::pair<const char*, const char*> kRegional[] = {
        {"datelonguk", "dmy"},  {"dateshortuk", "dmy"}, {"dateslasheu", "dmy"},
        {"datedoteu", "dmy"},   {"datelongus", "mdy"},  {"dateshortus", "mdy"},
        {"dateslashus", "mdy"}, {"datedotus", "mdy"},
    };
    for (const auto& [name, regional] : kRegional) {
      if (key == name) order = regional;
    }
    if (order.empty()) return "";
    return DateInOrder(t, order.c_str());
  }
  // (A state or province as its postal code, "MB"; a jurisdiction as
  // EDGAR's code, "A2".)
  if (key == "stateprovnameen") return PostalStateCode(text);
  if (key == "countrynameen" || key == "edgarprovcountryen") {
    return StateCode(text);
  }
  if (key == "exchnameen") return ExchangeCode(text);
  return std::string(text);
}

// ---------------------------------------------------------------------------
// Fields

namespace {

std::string_view LocalName(const std::string& name) {
  size_t colon = name.find(':');
  return std::string_view(name).substr(colon + 1);
}

class FieldMaker {
 public:
  FieldMaker(const std::string& text, std::vector<Field>* out)
      : text_(text), out_(out) {}

  // A field whose span is the given facts' (visible only when all are).
  void Add(const char* name, std::string value,
           const std::vector<const IxbrlFact*>& from, int entity) {
    if (value.empty() || from.empty()) return;
    Field f;
    f.name = name;
    f.value = std::move(value);
    f.entity = entity;
    f.span.rule = "ixbrl.dei." + std::string(LocalName(from.front()->name));
    f.span.confidence = 1.0;  // tagged by the filer
    bool visible = true;
    size_t start = std::string::npos, end = 0;
    for (const IxbrlFact* x : from) {
      visible = visible && x->visible() && x->end <= text_.size();
      if (x->visible()) {
        start = std::min(start, x->start);
        end = std::max(end, x->end);
      }
    }
    if (visible && start < end) {
      f.span.start = start;
      f.span.end = end;
      f.raw = text_.substr(start, end - start);
    }
    out_->push_back(std::move(f));
  }

 private:
  const std::string& text_;
  std::vector<Field>* out_;
};

std::string Digits(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d.push_back(c);
  }
  return d;
}

// The facts of one entity by local name, the visible before the hidden,
// each in document order.
using ByName =
    std::map<std::string, std::vector<const IxbrlFact*>, std::less<>>;

const IxbrlFact* First(const ByName& by, std::string_view name) {
  auto it = by.find(name);
  return it == by.end() || it->second.empty() ? nullptr : it->second.front();
}

std::string Value(const IxbrlFact* f) {
  if (f == nullptr) return "";
  return Fold(IxbrlTransform(f->format, f->text));
}

void EntityFields(const ByName& by, int entity, FieldMaker* out) {
  struct Plain {
    const char* local;
    const char* field;
  };
  static const Plain kPlain[] = {
      {"EntityRegistrantName", "registrant_name"},
      {"EntityFileNumber", "commission_file_number"},
      {"DocumentType", "form_type"},
      {"AuditorName", "auditor_name"},
  };
  for (const Plain& p : kPlain) {
    if (const IxbrlFact* f = First(by, p.local)) {
      out->Add(p.field, Value(f), {f}, entity);
    }
  }
  if (const IxbrlFact* f = First(by, "EntityTaxIdentificationNumber")) {
    std::string d = Digits(f->text);
    if (d.size() == 9) {
      out->Add("irs_employer_id", d.substr(0, 2) + "-" + d.substr(2), {f},
               entity);
    }
  }
  if (const IxbrlFact* f = First(by, "EntityIncorporationStateCountryCode")) {
    std::string v = Value(f);
    // Tagged with a name but no format: the code all the same (a
    // province's postal code too: "MB" is EDGAR's "A2").
    std::string code = StateCode(v);
    if (code.empty()) code = StateCodeOfWritten(v);
    out->Add("state_of_incorporation", code.empty() ? v : code, {f}, entity);
  }
  if (const IxbrlFact* f = First(by, "EntityCentralIndexKey")) {
    std::string d = Digits(f->text);
    size_t nz = d.find_first_not_of('0');
    if (nz != std::string::npos) out->Add("cik", d.substr(nz), {f}, entity);
  }
  if (const IxbrlFact* f = First(by, "DocumentPeriodEndDate")) {
    std::string iso = Value(f);
    if (iso.size() == 10) {
      out->Add("reporting_period_end", iso, {f}, entity);
      // A current report's "period" is the date of the report (the
      // earliest event), the contract's report_date.
      const IxbrlFact* type = First(by, "DocumentType");
      std::string form = type == nullptr ? "" : Value(type);
      // (A tag around the printed "FORM 8-K" holds the word too.)
      if (form.size() > 5 && Lower(form.substr(0, 5)) == "form ")
        form = FoldSpace(form.substr(5));
      if (form.rfind("8-K", 0) == 0 || form.rfind("6-K", 0) == 0) {
        out->Add("report_date", iso, {f}, entity);
      }
    }
  }
  if (const IxbrlFact* f = First(by, "CurrentFiscalYearEndDate")) {
    std::string v = f->format.empty() ? f->text : Value(f);
    // "--12-31" as the dei type writes it.
    std::string d = Digits(v);
    if (v.rfind("--", 0) == 0 && d.size() == 4) {
      out->Add("fiscal_year_end_mmdd", d, {f}, entity);
    }
  }
  // Address: "line1, line2, line3, city, state zip", as the SGML header's.
  std::vector<const IxbrlFact*> parts;
  std::string line;
  auto join = [&](const char* local, const char* sep) {
    const IxbrlFact* f = First(by, local);
    if (f == nullptr) return;
    std::string v = Value(f);
    if (v.empty()) return;
    if (!line.empty()) line += sep;
    line += v;
    parts.push_back(f);
  };
  join("EntityAddressAddressLine1", ", ");
  join("EntityAddressAddressLine2", ", ");
  join("EntityAddressAddressLine3", ", ");
  join("EntityAddressCityOrTown", ", ");
  bool state = First(by, "EntityAddressStateOrProvince") != nullptr;
  join("EntityAddressStateOrProvince", ", ");
  join("EntityAddressPostalZipCode", state ? " " : ", ");
  // A postal code or a state alone is no address.
  if (First(by, "EntityAddressAddressLine1") != nullptr ||
      First(by, "EntityAddressCityOrTown") != nullptr) {
    out->Add("address", line, parts, entity);
  }
  if (const IxbrlFact* f = First(by, "EntityAddressPostalZipCode")) {
    out->Add("zip_code", Value(f), {f}, entity);
  }
  const IxbrlFact* area = First(by, "CityAreaCode");
  const IxbrlFact* local = First(by, "LocalPhoneNumber");
  if (local != nullptr) {
    std::string a = area == nullptr ? "" : Value(area);
    std::string phone = Value(local);
    if (!a.empty()) {
      bool bare = Digits(a) == a;
      phone = (bare ? "(" + a + ") " : a + " ") + phone;
    }
    std::vector<const IxbrlFact*> from;
    if (area != nullptr) from.push_back(area);
    from.push_back(local);
    out->Add("phone", phone, from, entity);
  }
  // Several securities: every symbol and exchange, once each.
  for (const auto& [local_name, field] :
       {std::pair<const char*, const char*>{"TradingSymbol", "trading_symbol"},
        {"SecurityExchangeName", "security_exchange_name"}}) {
    auto it = by.find(std::string_view(local_name));
    if (it == by.end()) continue;
    std::vector<std::string> seen;
    for (const IxbrlFact* f : it->second) {
      std::string v = Value(f);
      if (v.empty() || std::find(seen.begin(), seen.end(), v) != seen.end()) {
        continue;
      }
      seen.push_back(v);
      out->Add(field, v, {f}, entity);
    }
  }
}

}  // namespace

std::vector<Field> IxbrlFields(const std::vector<IxbrlFact>& facts,
                               const std::string& text) {
  // Entities: the filer (no legal-entity member) first, then co-registrants
  // in order of appearance.
  std::vector<std::string> entities;
  bool filer = std::any_of(facts.begin(), facts.end(), [](const IxbrlFact& f) {
    return !f.number && f.legal_entity.empty();
  });
  if (filer) entities.push_back("");
  for (const IxbrlFact& f : facts) {
    if (f.number) continue;
    if (std::find(entities.begin(), entities.end(), f.legal_entity) ==
        entities.end()) {
      entities.push_back(f.legal_entity);
    }
  }
  std::vector<Field> out;
  FieldMaker maker(text, &out);
  for (size_t e = 0; e < entities.size(); ++e) {
    ByName by;
    for (bool visible : {true, false}) {
      for (const IxbrlFact& f : facts) {
        if (f.number || f.legal_entity != entities[e] ||
            f.visible() != visible) {
          continue;
        }
        // Another address of the entity's, under the address-type axis:
        // a contact person's (BusinessContactMember), a mailing or a
        // former address. Not the entity's own.
        if (std::any_of(
                f.members.begin(), f.members.end(), [](const std::string& m) {
                  return m.rfind("EntityAddressesAddressTypeAxis=", 0) == 0;
                })) {
          continue;
        }
        by[std::string(LocalName(f.name))].push_back(&f);
      }
    }
    EntityFields(by, static_cast<int>(e), &maker);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Numbers

namespace {

// The number a fact's text shows, by its ixt: format: "1,234.50" (dots
// for decimals, the default), "1.234,50" (num-comma-decimal), "—" or
// "-" (fixed-zero, zero-dash). "" when the text is no such number.
std::string NumberText(const std::string& format, const std::string& text) {
  const std::string key = FormatKey(format);
  if (key == "fixedzero" || key == "zerodash" || key == "numdash") return "0";
  const bool comma_decimal = key.find("comma") != std::string::npos &&
                             key.find("decimal") != std::string::npos;
  std::string out;
  bool point = false;
  for (unsigned char c : text) {
    if (std::isdigit(c)) {
      out.push_back(static_cast<char>(c));
    } else if (c == (comma_decimal ? ',' : '.')) {
      if (point) return "";
      point = true;
      out.push_back('.');
    } else if (c == (comma_decimal ? '.' : ',') || c == ' ' || c == '$' ||
               c == '(' || c == ')') {
      continue;
    } else {
      return "";
    }
  }
  if (out.empty() || out == ".") return "";
  if (out[0] == '.') out.insert(out.begin(), '0');
  return out;
}

}  // namespace

std::vector<TaggedNumber> IxbrlNumbers(const std::vector<IxbrlFact>& facts) {
  // The end of the fiscal year the cover reports on: a 10-K's period end,
  // or for a 10-Q the first day with the cover's fiscal year end's month
  // and day (dei:CurrentFiscalYearEndDate, "--12-31") on or after its
  // period end, two weeks of a 52/53-week year's play allowed.
  int focus = 0;
  std::string period_end, year_end_mmdd, fiscal_period, type;
  for (const IxbrlFact& f : facts) {
    if (f.number || !f.legal_entity.empty()) continue;
    auto first = [&](const char* name, std::string* into) {
      if (f.name == name && into->empty()) {
        *into = Fold(IxbrlTransform(f.format, f.text));
      }
    };
    if (f.name == "dei:DocumentFiscalYearFocus" && focus == 0) {
      std::string d = Digits(f.text);
      if (d.size() == 4) focus = std::atoi(d.c_str());
    }
    first("dei:DocumentPeriodEndDate", &period_end);
    first("dei:DocumentFiscalPeriodFocus", &fiscal_period);
    first("dei:DocumentType", &type);
    if (f.name == "dei:CurrentFiscalYearEndDate" && year_end_mmdd.empty()) {
      std::string d = Digits(f.text);
      if (d.size() == 4) year_end_mmdd = d;
    }
  }
  long year_end = -1;
  const long cover_end = DaysFromIsoDate(period_end).value_or(-1);
  if (cover_end >= 0 && (fiscal_period == "FY" || type.rfind("10-K", 0) == 0 ||
                         type.rfind("20-F", 0) == 0)) {
    year_end = cover_end;
  } else if (cover_end >= 0 && year_end_mmdd.size() == 4) {
    const std::string mm = year_end_mmdd.substr(0, 2);
    const std::string dd = year_end_mmdd.substr(2);
    const int y = std::atoi(period_end.substr(0, 4).c_str());
    for (int k = 0; k <= 1 && year_end < 0; ++k) {
      const long d =
          DaysFromIsoDate(std::to_string(y + k) + "-" + mm + "-" + dd)
              .value_or(-1);
      if (d >= 0 && d >= cover_end - 14) year_end = d;
    }
  }
  std::vector<TaggedNumber> out;
  for (const IxbrlFact& f : facts) {
    if (!f.number || !f.visible()) continue;
    std::string digits = NumberText(f.format, f.text);
    if (digits.empty() || f.scale < -12 || f.scale > 12) continue;
    TaggedNumber n;
    n.concept = f.name;
    // Trailing zeros after the point say nothing of the amount ("1.450").
    n.value = ShiftDecimal(digits, f.scale);
    if (n.value.find('.') != std::string::npos) {
      while (n.value.back() == '0') n.value.pop_back();
      if (n.value.back() == '.') n.value.pop_back();
    }
    if (f.negative && n.value != "0") n.value.insert(n.value.begin(), '-');
    n.currency = f.currency;
    n.context = f.context;
    n.period_start = f.period_start;
    n.period_end = f.period_end;
    n.members = f.members;
    n.start = f.start;
    n.end = f.end;
    const long end = DaysFromIsoDate(n.period_end).value_or(-1);
    // Fiscal years between this period's end and the reported year's: a
    // 52/53-week year ends a few days off the calendar's. A period ending
    // after the cover's (a dividend declared after the year's end) is of
    // no fiscal year the cover names.
    if (focus > 0 && year_end >= 0 && end >= 0 && cover_end >= 0 &&
        end <= cover_end + 7) {
      const long years =
          static_cast<long>(std::floor((year_end - end + 14) / 365.25));
      if (years >= 0 && years < 100) {
        n.fiscal_year = std::to_string(focus - years);
      }
    }
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace secx
