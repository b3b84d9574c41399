#include "extract/cover/agreement.h"

#include <re2/re2.h>

#include <cctype>

#include "extract/cover/cover.h"
#include "extract/cover/dates.h"

namespace secx {
namespace {

struct StateCode {
  const char* code;
  const char* name;
};

// EDGAR state and country codes (the ones filers commonly use).
const StateCode kStates[] = {
    {"AL", "Alabama"},
    {"AK", "Alaska"},
    {"AZ", "Arizona"},
    {"AR", "Arkansas"},
    {"CA", "California"},
    {"CO", "Colorado"},
    {"CT", "Connecticut"},
    {"DE", "Delaware"},
    {"DC", "District of Columbia"},
    {"FL", "Florida"},
    {"GA", "Georgia"},
    {"HI", "Hawaii"},
    {"ID", "Idaho"},
    {"IL", "Illinois"},
    {"IN", "Indiana"},
    {"IA", "Iowa"},
    {"KS", "Kansas"},
    {"KY", "Kentucky"},
    {"LA", "Louisiana"},
    {"ME", "Maine"},
    {"MD", "Maryland"},
    {"MA", "Massachusetts"},
    {"MI", "Michigan"},
    {"MN", "Minnesota"},
    {"MS", "Mississippi"},
    {"MO", "Missouri"},
    {"MT", "Montana"},
    {"NE", "Nebraska"},
    {"NV", "Nevada"},
    {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},
    {"NM", "New Mexico"},
    {"NY", "New York"},
    {"NC", "North Carolina"},
    {"ND", "North Dakota"},
    {"OH", "Ohio"},
    {"OK", "Oklahoma"},
    {"OR", "Oregon"},
    {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"},
    {"SC", "South Carolina"},
    {"SD", "South Dakota"},
    {"TN", "Tennessee"},
    {"TX", "Texas"},
    {"UT", "Utah"},
    {"VT", "Vermont"},
    {"VA", "Virginia"},
    {"WA", "Washington"},
    {"WV", "West Virginia"},
    {"WI", "Wisconsin"},
    {"WY", "Wyoming"},
    {"PR", "Puerto Rico"},
    {"A0", "Alberta"},
    {"A1", "British Columbia"},
    {"A6", "Ontario"},
    {"A8", "Quebec"},
    {"Z4", "Canada"},
    {"M0", "Japan"},
    {"X0", "United Kingdom"},
    {"E9", "Cayman Islands"},
    {"D0", "Bermuda"},
    {"V8", "Switzerland"},
    {"P7", "Netherlands"},
    {"L2", "Ireland"},
    {"2M", "Germany"},
    {"I0", "France"},
    {"L3", "Israel"},
};

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

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

std::string IsoFromHeader(std::string_view v) {
  std::string d = DigitsOnly(v);
  if (d.size() != 8) return "";
  return cover::IsoDate(std::stoi(d.substr(0, 4)), std::stoi(d.substr(4, 2)),
                        std::stoi(d.substr(6, 2)));
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

std::string ValueOf(const std::vector<Field>& fields, const char* name,
                    bool header) {
  for (const Field& f : fields) {
    bool is_header = f.span.rule.rfind("sgml.", 0) == 0;
    if (f.name == name && f.entity == 0 && is_header == header) return f.value;
  }
  return "";
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
    static const std::pair<const char*, const char*> kAbbrev[] = {
        {"CORPORATION", "CORP"},
        {"INCORPORATED", "INC"},
        {"COMPANY", "CO"},
        {"LIMITED", "LTD"},
        {"AND", "&"},
        {"THE", ""}};
    for (const auto& a : kAbbrev) {
      if (w == a.first) w = a.second;
    }
    if (!w.empty()) words += (words.empty() ? "" : " ") + w;
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
  return words;
}

std::string StateName(std::string_view code_or_name) {
  std::string u = Upper(code_or_name);
  for (const StateCode& s : kStates) {
    if (u == s.code || u == Upper(s.name)) return s.name;
  }
  return std::string(code_or_name);
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

struct Compared {
  const char* field;
  const char* header_field;
};

const Compared kCompared[] = {
    {"registrant_name", "company_conformed_name"},
    {"state_of_incorporation", "state_of_incorporation"},
    {"commission_file_number", "commission_file_number"},
    {"irs_employer_id", "irs_employer_id"},
    {"report_date", "period_of_report"},
    {"zip_code", "zip_code"},
};

// Whether the header's value is written anywhere in the cover text, and
// whether the text-derived value matches it.
void Score(std::string_view cover, const std::string& cover_upper,
           FieldAgreement* a) {
  const std::string& h = a->header_value;
  const std::string& t = a->text_value;
  if (a->field == "registrant_name") {
    std::string hn = ComparableCompanyName(h);
    a->scored = ContainsWord(ComparableCompanyName(cover), hn);
    std::string tn = ComparableCompanyName(t);
    a->agree =
        !tn.empty() && (tn == hn || (hn.size() >= 20 && tn.rfind(hn, 0) == 0));
  } else if (a->field == "state_of_incorporation") {
    std::string name = StateName(h);
    a->scored = ContainsWord(cover_upper, Upper(name));
    a->agree = Upper(StateName(t)) == Upper(name);
  } else if (a->field == "commission_file_number") {
    std::string want = ComparableFileNumber(h);
    a->scored = AnyFileNumberIn(cover, want);
    a->agree = ComparableFileNumber(t) == want;
  } else if (a->field == "irs_employer_id") {
    std::string want = DigitsOnly(h);
    a->scored = want.size() == 9 &&
                (cover.find(want) != std::string_view::npos ||
                 cover.find(want.substr(0, 2) + "-" + want.substr(2)) !=
                     std::string_view::npos);
    a->agree = DigitsOnly(t) == want;
  } else if (a->field == "report_date") {
    std::string iso = IsoFromHeader(h);
    a->scored = !iso.empty() && AnyDateIn(cover, iso);
    a->agree = t == iso;
  } else if (a->field == "zip_code") {
    std::string want = DigitsOnly(h).substr(0, 5);
    a->scored = want.size() == 5 && ContainsWord(cover_upper, want);
    a->agree = DigitsOnly(t).substr(0, 5) == want;
  }
}

}  // namespace

std::vector<FieldAgreement> HeaderAgreement(const Extraction& x) {
  std::vector<Field> header;
  for (const Field& f : x.fields) {
    if (f.span.rule.rfind("sgml.", 0) == 0) header.push_back(f);
  }
  std::string_view cover = CoverRegionText(x.document);
  std::string cover_upper = Upper(cover);
  std::vector<FieldAgreement> out;
  for (const Compared& c : kCompared) {
    FieldAgreement a;
    a.field = c.field;
    a.header_field = c.header_field;
    a.header_value = ValueOf(header, c.header_field, true);
    a.text_value = ValueOf(x.fields, c.field, false);
    if (!a.header_value.empty()) Score(cover, cover_upper, &a);
    if (!a.scored) a.agree = false;
    out.push_back(a);
  }
  return out;
}

}  // namespace secx
