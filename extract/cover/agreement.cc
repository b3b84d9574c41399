#include "extract/cover/agreement.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "extract/cover/cover.h"
#include "extract/cover/dates.h"
#include "extract/states.h"
#include "extract/text_util.h"

namespace secx {
namespace {

// Whole-word, case-insensitive containment.
bool ContainsWord(std::string_view hay_upper, const std::string& needle_upper) {
  if (needle_upper.empty()) return false;
  size_t pos = 0;
  while ((pos = hay_upper.find(needle_upper, pos)) != std::string_view::npos) {
    size_t e = pos + needle_upper.size();
    bool left = pos == 0 ||
                !std::isalnum(static_cast<unsigned char>(hay_upper[pos - 1]));
    bool right = e >= hay_upper.size() ||
                 !std::isalnum(static_cast<unsigned char>(hay_upper[e]));
    if (left && right) return true;
    pos = e;
  }
  return false;
}

bool AnyFileNumberIn(std::string_view text, const std::string& want) {
  static const RE2* const kRe = new RE2(R"((\d{1,4}-\d{1,8}(?:-\d{1,4})?))");
  re2::StringPiece in(text.data(), text.size());
  std::string m;
  while (RE2::FindAndConsume(&in, *kRe, &m)) {
    if (ComparableFileNumber(m) == want) return true;
  }
  return false;
}

bool AnyDateIn(std::string_view text, const std::string& iso) {
  size_t pos = 0;
  while (pos < text.size()) {
    std::optional<cover::DateMatch> d = cover::FindDate(text.substr(pos));
    if (!d) return false;
    if (d->iso == iso) return true;
    pos += d->end;
  }
  return false;
}

}  // namespace

std::string DigitsOnly(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out;
}

std::string ComparableCompanyName(std::string_view name) {
  std::string u = Upper(name);
  // EDGAR appends a state to tell namesakes apart: "\PA\", "/DE/".
  static const RE2* const kSuffix =
      new RE2(R"(\s*[\\/][A-Z0-9]{1,3}[\\/]\s*$)");
  RE2::Replace(&u, *kSuffix, "");
  std::string words;
  std::string w;
  auto flush = [&]() {
    if (w.empty()) return;
    static constexpr std::pair<std::string_view, std::string_view> kAbbrev[] = {
        {"CORPORATION", "CORP"},
        {"INCORPORATED", "INC"},
        {"COMPANY", "CO"},
        {"LIMITED", "LTD"},
        {"AND", "&"},
        {"THE", ""}};
    std::string_view word = w;
    for (const auto& a : kAbbrev) {
      if (word == a.first) word = a.second;
    }
    if (!word.empty()) {
      if (!words.empty()) words += ' ';
      words += word;
    }
    w.clear();
  };
  for (char c : u) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '&') {
      if (c == '&') {
        flush();
        w = "&";
        flush();
      } else {
        w.push_back(c);
      }
    } else {
      flush();
    }
  }
  flush();
  // A legal form spelled out ("Slieve Bloom Medical Holdings public limited
  // company") where EDGAR abbreviates it ("... HOLDINGS PLC").
  static constexpr std::pair<std::string_view, std::string_view> kForms[] = {
      {"PUBLIC LTD CO", "PLC"},
      {"LTD LIABILITY CO", "LLC"},
      {"LTD PARTNERSHIP", "LP"}};
  for (const auto& [spelled, form] : kForms) {
    const std::string tail = " " + std::string(spelled);
    if (words.size() > tail.size() &&
        words.compare(words.size() - tail.size(), tail.size(), tail) == 0) {
      words.replace(words.size() - spelled.size(), spelled.size(), form);
    }
  }
  return words;
}

std::string ComparableFileNumber(std::string_view number) {
  std::string out;
  std::string group;
  auto flush = [&]() {
    size_t nz = group.find_first_not_of('0');
    out += nz == std::string::npos ? "0" : group.substr(nz);
    group.clear();
  };
  for (char c : number) {
    if (c >= '0' && c <= '9') {
      group.push_back(c);
    } else if (c == '-' && !group.empty()) {
      flush();
      out.push_back('-');
    }
  }
  if (!group.empty()) flush();
  return out;
}

namespace {

enum class Kind {
  kName,
  kState,
  kFileNumber,
  kIrs,
  kDate,
  kZip,
  kPhone,
  kAddress,
  kForm,
  kOther
};

Kind KindOf(std::string_view field) {
  static const std::pair<const char*, Kind> kKinds[] = {
      {"registrant_name", Kind::kName},
      {"company_conformed_name", Kind::kName},
      {"auditor_name", Kind::kName},
      {"contact_name", Kind::kName},
      {"state_of_incorporation", Kind::kState},
      {"commission_file_number", Kind::kFileNumber},
      {"irs_employer_id", Kind::kIrs},
      {"report_date", Kind::kDate},
      {"period_of_report", Kind::kDate},
      {"reporting_period_start", Kind::kDate},
      {"reporting_period_end", Kind::kDate},
      {"fiscal_year_end", Kind::kDate},
      {"signature_date", Kind::kDate},
      {"filed_date", Kind::kDate},
      {"zip_code", Kind::kZip},
      {"phone", Kind::kPhone},
      {"address", Kind::kAddress},
      {"form_type", Kind::kForm},
  };
  for (const auto& [name, kind] : kKinds) {
    if (field == name) return kind;
  }
  return Kind::kOther;
}

std::string AlnumUpper(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(
          static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

// Phone numbers: the digits, without a leading US country code or an
// extension after the number ("(541) 555-0172, ext. 100" is the header's
// 541-555-0172: an extension reaches a desk, the number the company).
std::string PhoneDigits(std::string_view s) {
  static const RE2* const kExtension =
      new RE2(R"((?i)(.*?\d)[\s,;]*(?:ext\.?|extension|x)\s*\d{1,6}\s*)");
  re2::StringPiece number;
  if (RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *kExtension,
                     &number)) {
    s = std::string_view(number.data(), number.size());
  }
  std::string d = DigitsOnly(s);
  if (d.size() == 11 && d[0] == '1') d.erase(0, 1);
  return d;
}

std::string IsoOf(std::string_view v) {
  std::string d = DigitsOnly(v);
  if (d.size() != 8) return "";
  return cover::IsoDate(std::stoi(d.substr(0, 4)), std::stoi(d.substr(4, 2)),
                        std::stoi(d.substr(6, 2)));
}

}  // namespace

std::string ComparableValue(std::string_view field, std::string_view value) {
  switch (KindOf(field)) {
    case Kind::kName:
      return ComparableCompanyName(value);
    case Kind::kState: {
      // "British Columbia, Canada" (as written) is the province EDGAR's
      // code names; the country only says where it is.
      std::string_view v = value;
      size_t comma = v.rfind(", ");
      if (comma != std::string_view::npos &&
          !StateCode(v.substr(0, comma)).empty() &&
          !StateCode(v.substr(comma + 2)).empty()) {
        v = v.substr(0, comma);
      }
      return Upper(StateName(v));
    }
    case Kind::kFileNumber:
      return ComparableFileNumber(value);
    case Kind::kIrs:
      return DigitsOnly(value);
    case Kind::kPhone:
      return PhoneDigits(value);
    case Kind::kDate:
      return IsoOf(value);
    case Kind::kZip: {
      // A country's letters before a code of digits ("D-80807", "FIN-20100")
      // name the country, a state's ("NSW 2000") the state; the code is the
      // same without them.
      static const RE2 country_re(
          "\\s*[A-Za-z]{1,3}(?:-|\\s+)(\\d[\\d ]*)\\s*");
      std::string code;
      if (RE2::FullMatch(value, country_re, &code)) value = code;
      std::string d = DigitsOnly(value);
      // US ZIP codes compare on their first five digits ("19406-1234");
      // others (postcodes with letters) on letters and digits.
      if (d.size() >= 5 && AlnumUpper(value).size() == d.size()) {
        return d.substr(0, 5);
      }
      return AlnumUpper(value);
    }
    case Kind::kAddress:
    case Kind::kForm:
      return AlnumUpper(value);
    case Kind::kOther:
      break;
  }
  std::string out;
  bool space = false;
  for (char c : Upper(value)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool SameValue(std::string_view field, std::string_view truth,
               std::string_view text) {
  std::string t = ComparableValue(field, truth);
  std::string v = ComparableValue(field, text);
  if (t.empty() || v.empty()) return false;
  if (t == v) return true;
  // A number written with its country code ("+81-3-5909-0123") is the
  // number tagged without it (dei:CityAreaCode "3", "5909-0123").
  if (KindOf(field) == Kind::kPhone) {
    const std::string_view plus_side = v.size() > t.size() ? text : truth;
    const std::string& longer = v.size() > t.size() ? v : t;
    const std::string& shorter = v.size() > t.size() ? t : v;
    const size_t extra = longer.size() - shorter.size();
    const size_t first = plus_side.find_first_not_of(" \t");
    if (first != std::string_view::npos && plus_side[first] == '+' &&
        extra >= 1 && extra <= 3 && shorter.size() >= 7 &&
        longer.compare(extra, shorter.size(), shorter) == 0) {
      return true;
    }
  }
  // A long name cut short by the filer's own header ("...HOLDINGS CO") is
  // still the name.
  return KindOf(field) == Kind::kName && t.size() >= 20 && v.rfind(t, 0) == 0;
}

StatedText::StatedText(std::string_view text) : text_(text) {}

const std::string& StatedText::upper() const {
  if (!upper_done_) upper_ = Upper(text_), upper_done_ = true;
  return upper_;
}
const std::string& StatedText::names() const {
  if (!names_done_) names_ = ComparableCompanyName(text_), names_done_ = true;
  return names_;
}
const std::string& StatedText::alnum() const {
  if (!alnum_done_) alnum_ = AlnumUpper(text_), alnum_done_ = true;
  return alnum_;
}
const std::string& StatedText::digits() const {
  if (!digits_done_) digits_ = DigitsOnly(text_), digits_done_ = true;
  return digits_;
}

bool StatedText::States(std::string_view field, std::string_view value) const {
  std::string want = ComparableValue(field, value);
  if (want.empty()) return false;
  switch (KindOf(field)) {
    case Kind::kName:
      return ContainsWord(names(), want);
    case Kind::kState: {
      // By name only: two-letter codes ("IN", "OR") are ordinary words.
      if (!ContainsWord(upper(), want)) return false;
      // And as the place of incorporation: a cover with no such caption
      // or phrase (a proxy's, a fund's N-CSR, an 11-K) names the state
      // only in an address, which states no incorporation.
      static const RE2* const kIncorporation =
          new RE2(R"(INCORPORAT|JURISDICTION|ORGANI[ZS]|LAWS\s+OF|DOMICILE)");
      if (RE2::PartialMatch(upper(), *kIncorporation)) return true;
      for (const char* entity :
           {" CORPORATION", " LIMITED", " STATUTORY", " BUSINESS TRUST",
            " GENERAL PARTNERSHIP", " COMPANY", " BANK", " TRUST"}) {
        if (ContainsWord(upper(), want + entity)) return true;
      }
      return false;
    }
    case Kind::kFileNumber:
      return AnyFileNumberIn(text_, want);
    case Kind::kIrs:
      return want.size() == 9 &&
             (text_.find(want) != std::string_view::npos ||
              text_.find(want.substr(0, 2) + "-" + want.substr(2)) !=
                  std::string_view::npos);
    case Kind::kDate:
      return AnyDateIn(text_, want);
    case Kind::kZip:
      if (DigitsOnly(want) == want) return ContainsWord(upper(), want);
      return alnum().find(want) != std::string::npos;
    case Kind::kPhone:
      return want.size() >= 7 &&
             digits().find(want.substr(want.size() - 7)) != std::string::npos;
    case Kind::kAddress:
    case Kind::kForm:
      return alnum().find(want) != std::string::npos;
    case Kind::kOther:
      break;
  }
  return ContainsWord(upper(), want);
}

namespace {

struct Compared {
  const char* field;
  const char* header_field;
};

// Text-derived field and the SGML header field it is checked against.
const Compared kSgmlCompared[] = {
    {"registrant_name", "company_conformed_name"},
    {"state_of_incorporation", "state_of_incorporation"},
    {"commission_file_number", "commission_file_number"},
    {"irs_employer_id", "irs_employer_id"},
    {"report_date", "period_of_report"},
    {"zip_code", "zip_code"},
};

// The same for the inline XBRL dei: facts, which name the contract fields.
const Compared kIxbrlCompared[] = {
    {"registrant_name", "registrant_name"},
    {"state_of_incorporation", "state_of_incorporation"},
    {"commission_file_number", "commission_file_number"},
    {"irs_employer_id", "irs_employer_id"},
    {"reporting_period_end", "reporting_period_end"},
    {"report_date", "report_date"},
    {"zip_code", "zip_code"},
    {"phone", "phone"},
};

bool HasPrefix(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

const Field* FirstOf(const std::vector<Field>& fields, const char* name,
                     const char* rule_prefix) {
  for (const Field& f : fields) {
    if (f.name == name && f.entity == 0 &&
        HasPrefix(f.span.rule, rule_prefix)) {
      return &f;
    }
  }
  return nullptr;
}

// The first text-derived value of registrant `entity`: neither header nor
// tagged metadata.
std::string TextValue(const std::vector<Field>& fields, const char* name,
                      int entity = 0) {
  for (const Field& f : fields) {
    if (f.name == name && f.entity == entity && !IsMetadataRule(f.span.rule)) {
      return f.value;
    }
  }
  return "";
}

// The registrant of the cover that the header's first filer (or the
// tagged facts' registrant without an entity dimension) is: the first named
// on the cover (entity 0, FIELDS.md) unless another one of a combined cover
// has the header's name (a header may list a subsidiary first, a combined
// cover may list the parent after its subsidiaries).
int HeaderEntity(const std::vector<Field>& fields, const char* name_field,
                 const char* prefix) {
  const Field* header = FirstOf(fields, name_field, prefix);
  if (header == nullptr || SameValue("company_conformed_name", header->value,
                                     TextValue(fields, "registrant_name", 0))) {
    return 0;
  }
  for (const Field& f : fields) {
    if (f.name == "registrant_name" && f.entity > 0 &&
        !IsMetadataRule(f.span.rule) &&
        SameValue("company_conformed_name", header->value, f.value)) {
      return f.entity;
    }
  }
  return 0;
}

}  // namespace

bool IsMetadataRule(std::string_view rule) {
  return rule.rfind("sgml.", 0) == 0 || rule.rfind("ixbrl.", 0) == 0;
}

std::vector<FieldAgreement> HeaderAgreement(const Extraction& x) {
  std::string_view cover = CoverRegionText(x.document);
  StatedText stated(cover);
  std::vector<FieldAgreement> out;
  const int sgml_entity =
      HeaderEntity(x.fields, "company_conformed_name", "sgml.");
  const int ixbrl_entity = HeaderEntity(x.fields, "registrant_name", "ixbrl.");
  auto compare = [&](const Compared& c, const char* source, const char* prefix,
                     bool need_visible) {
    const int entity =
        std::string_view(source) == "sgml" ? sgml_entity : ixbrl_entity;
    FieldAgreement a;
    a.source = source;
    a.field = c.field;
    a.header_field = c.header_field;
    const Field* h = FirstOf(x.fields, c.header_field, prefix);
    if (h != nullptr) a.header_value = h->value;
    a.text_value = TextValue(x.fields, c.field, entity);
    // (What registrants share, the cover states once: the first's.)
    if (a.text_value.empty() && entity != 0) {
      a.text_value = TextValue(x.fields, c.field, 0);
    }
    // A periodic report's "period of report" is the end of the period it
    // covers (a 10-K's fiscal year, a 10-Q's quarter), not a current
    // report's date: compared with reporting_period_end when the text
    // gives no report date.
    if (std::string_view(c.header_field) == "period_of_report" &&
        a.text_value.empty()) {
      std::string end = TextValue(x.fields, "reporting_period_end", entity);
      if (end.empty()) end = TextValue(x.fields, "reporting_period_end", 0);
      if (!end.empty()) {
        a.field = "reporting_period_end";
        a.text_value = end;
      }
    }
    // A tagged fact is scored only where the reader sees it: in the text.
    bool seen = h != nullptr && (!need_visible || h->span.end > h->span.start);
    if (!a.header_value.empty() && seen) {
      a.scored = stated.States(c.header_field, a.header_value);
      a.agree =
          a.scored && SameValue(c.header_field, a.header_value, a.text_value);
      // A foreign registrant's exact name is its own language's; the header
      // and the dei: facts give the English translation the cover prints
      // under its own caption.
      if (a.scored && !a.agree && a.field == "registrant_name") {
        std::string english =
            TextValue(x.fields, "registrant_name_english", entity);
        if (!english.empty() &&
            SameValue(c.header_field, a.header_value, english)) {
          a.agree = true;
          a.text_value = english;
        }
      }
    }
    out.push_back(std::move(a));
  };
  for (const Compared& c : kSgmlCompared) compare(c, "sgml", "sgml.", false);
  bool tagged = std::any_of(
      x.fields.begin(), x.fields.end(),
      [](const Field& f) { return HasPrefix(f.span.rule, "ixbrl."); });
  if (tagged) {
    // A current report's period end is its report date: asked once.
    bool current = FirstOf(x.fields, "report_date", "ixbrl.") != nullptr;
    for (const Compared& c : kIxbrlCompared) {
      if (current && std::string_view(c.field) == "reporting_period_end") {
        continue;
      }
      compare(c, "ixbrl", "ixbrl.", true);
    }
  }
  return out;
}

}  // namespace secx
