#include "extract/read/sgml_header.h"

#include <string_view>
#include <unordered_map>

#include "extract/text_util.h"

namespace secx {
namespace {

enum class Key {
  kAccession,
  kFormType,
  kTagType,  // <TYPE>: the submission type only before the first entity
  kPeriod,
  kFiled,
  kEntity,  // opens a FILER / SUBJECT COMPANY / ... block
  kName,
  kCik,
  kSic,
  kIrs,
  kIncorporation,
  kFiscalYearEnd,
  kFileNumber,
  kStreet1,
  kStreet2,
  kCity,
  kState,
  kZip,
  kPhone,
  kCompanyBlock,
  kFilingBlock,
  kBusinessBlock,
  kMailBlock,
  kFormerBlock,
};

enum class Block {
  kNone,
  kCompany,
  kFiling,
  kBusiness,
  kMail,
  kFormer,
  kOther
};

// Names in both spellings, after Normalize() ("-" read as " ").
const std::unordered_map<std::string_view, Key>& Keys() {
  static const auto* const kKeys =
      new std::unordered_map<std::string_view, Key>{
          {"ACCESSION NUMBER", Key::kAccession},
          {"CONFORMED SUBMISSION TYPE", Key::kFormType},
          {"TYPE", Key::kTagType},
          {"CONFORMED PERIOD OF REPORT", Key::kPeriod},
          {"PERIOD", Key::kPeriod},
          {"FILED AS OF DATE", Key::kFiled},
          {"FILING DATE", Key::kFiled},
          {"FILER", Key::kEntity},
          {"FILED BY", Key::kEntity},
          {"SUBJECT COMPANY", Key::kEntity},
          {"REPORTING OWNER", Key::kEntity},
          {"ISSUER", Key::kEntity},
          {"COMPANY CONFORMED NAME", Key::kName},
          {"CONFORMED NAME", Key::kName},
          {"CENTRAL INDEX KEY", Key::kCik},
          {"CIK", Key::kCik},
          {"STANDARD INDUSTRIAL CLASSIFICATION", Key::kSic},
          {"ASSIGNED SIC", Key::kSic},
          {"IRS NUMBER", Key::kIrs},
          {"STATE OF INCORPORATION", Key::kIncorporation},
          {"FISCAL YEAR END", Key::kFiscalYearEnd},
          {"SEC FILE NUMBER", Key::kFileNumber},
          {"FILE NUMBER", Key::kFileNumber},
          {"STREET 1", Key::kStreet1},
          {"STREET1", Key::kStreet1},
          {"STREET 2", Key::kStreet2},
          {"STREET2", Key::kStreet2},
          {"CITY", Key::kCity},
          {"STATE", Key::kState},
          {"ZIP", Key::kZip},
          {"BUSINESS PHONE", Key::kPhone},
          {"PHONE", Key::kPhone},
          {"COMPANY DATA", Key::kCompanyBlock},
          {"OWNER DATA", Key::kCompanyBlock},
          {"FILING VALUES", Key::kFilingBlock},
          {"BUSINESS ADDRESS", Key::kBusinessBlock},
          {"MAIL ADDRESS", Key::kMailBlock},
          {"FORMER COMPANY", Key::kFormerBlock},
          {"FORMER NAME", Key::kFormerBlock},
      };
  return *kKeys;
}

struct Val {
  size_t start = 0;
  size_t end = 0;
  bool set = false;
};

enum Part { kStreet1, kStreet2, kCity, kState, kZip, kParts };

struct Entity {
  Val name, cik, sic, irs, incorporation, fiscal_year_end, file_number, phone;
  Val address[2][kParts];  // [business, mail][part]
};

struct Header {
  Val accession, form_type, period, filed;
  std::vector<Entity> entities;
};

std::string Normalize(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c == '-' || c == '_' || c == '\t') c = ' ';
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - ('a' - 'A'));
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

void SetOnce(Val* v, size_t start, size_t end) {
  if (v->set) return;
  v->start = start;
  v->end = end;
  v->set = true;
}

class Parser {
 public:
  explicit Parser(const std::string& text) : text_(text) {}

  Header Run(size_t begin, size_t end) {
    size_t pos = begin;
    while (pos < end) {
      size_t nl = text_.find('\n', pos);
      size_t line_end = nl == std::string::npos || nl > end ? end : nl;
      Line(pos, line_end);
      pos = line_end + 1;
    }
    return std::move(header_);
  }

 private:
  void Line(size_t b, size_t e) {
    while (b < e && IsBlank(text_[b])) ++b;
    while (e > b && IsBlank(text_[e - 1])) --e;
    if (b == e) return;
    size_t name_b, name_e, value_b;
    bool tag = text_[b] == '<';
    if (tag) {
      size_t gt = text_.find('>', b);
      if (gt == std::string::npos || gt >= e) return;
      if (text_[b + 1] == '/') {
        Close(Normalize(std::string_view(text_).substr(b + 2, gt - b - 2)));
        return;
      }
      name_b = b + 1;
      name_e = gt;
      value_b = gt + 1;
    } else {
      size_t colon = text_.find(':', b);
      if (colon == std::string::npos || colon >= e) return;
      name_b = b;
      name_e = colon;
      value_b = colon + 1;
    }
    while (value_b < e && IsBlank(text_[value_b])) ++value_b;
    std::string name =
        Normalize(std::string_view(text_).substr(name_b, name_e - name_b));
    auto it = Keys().find(name);
    if (value_b == e) {
      // A block opener such as "FILER:" or "<BUSINESS-ADDRESS>".
      // Unknown empty keys ("SEC ACT:") are empty values, not blocks.
      if (it != Keys().end()) Open(it->second);
      return;
    }
    if (it != Keys().end()) Assign(it->second, value_b, e);
  }

  void Open(Key key) {
    switch (key) {
      case Key::kEntity:
        header_.entities.emplace_back();
        block_ = Block::kNone;
        break;
      case Key::kCompanyBlock:
        block_ = Block::kCompany;
        break;
      case Key::kFilingBlock:
        block_ = Block::kFiling;
        break;
      case Key::kBusinessBlock:
        block_ = Block::kBusiness;
        break;
      case Key::kMailBlock:
        block_ = Block::kMail;
        break;
      case Key::kFormerBlock:
        block_ = Block::kFormer;
        break;
      default:
        break;
    }
  }

  void Close(const std::string& name) {
    auto it = Keys().find(name);
    if (it != Keys().end()) block_ = Block::kNone;
  }

  Entity& Current() {
    if (header_.entities.empty()) header_.entities.emplace_back();
    return header_.entities.back();
  }

  void Assign(Key key, size_t b, size_t e) {
    switch (key) {
      case Key::kAccession:
        return SetOnce(&header_.accession, b, e);
      case Key::kFormType:
        return SetOnce(&header_.form_type, b, e);
      case Key::kTagType:
        if (header_.entities.empty()) SetOnce(&header_.form_type, b, e);
        return;
      case Key::kPeriod:
        return SetOnce(&header_.period, b, e);
      case Key::kFiled:
        return SetOnce(&header_.filed, b, e);
      default:
        break;
    }
    if (block_ == Block::kFormer || block_ == Block::kOther) return;
    Entity& ent = Current();
    int address = block_ == Block::kBusiness ? 0
                  : block_ == Block::kMail   ? 1
                                             : -1;
    switch (key) {
      case Key::kName:
        return SetOnce(&ent.name, b, e);
      case Key::kCik:
        return SetOnce(&ent.cik, b, e);
      case Key::kSic:
        return SetOnce(&ent.sic, b, e);
      case Key::kIrs:
        return SetOnce(&ent.irs, b, e);
      case Key::kIncorporation:
        return SetOnce(&ent.incorporation, b, e);
      case Key::kFiscalYearEnd:
        return SetOnce(&ent.fiscal_year_end, b, e);
      case Key::kFileNumber:
        return SetOnce(&ent.file_number, b, e);
      case Key::kPhone:
        if (address == 0) SetOnce(&ent.phone, b, e);
        return;
      case Key::kStreet1:
      case Key::kStreet2:
      case Key::kCity:
      case Key::kState:
      case Key::kZip:
        if (address >= 0) {
          int part = static_cast<int>(key) - static_cast<int>(Key::kStreet1);
          SetOnce(&ent.address[address][part], b, e);
        }
        return;
      default:
        return;
    }
  }

  const std::string& text_;
  Header header_;
  Block block_ = Block::kNone;
};

// ---------------------------------------------------------------------------
// Normal forms

// "19940124" -> "1994-01-24"; "" when not a plausible date.
std::string IsoDate(std::string_view s) {
  if (s.size() < 8 || !AllAsciiDigits(s.substr(0, 8))) return "";
  int month = (s[4] - '0') * 10 + (s[5] - '0');
  int day = (s[6] - '0') * 10 + (s[7] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
         std::string(s.substr(6, 2));
}

std::string FoldSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class Emitter {
 public:
  Emitter(const std::string& text, std::vector<Field>* fields)
      : text_(text), fields_(fields) {}

  void Add(const char* name, std::string value, size_t start, size_t end,
           const char* rule, int entity) {
    if (value.empty()) return;
    Field f;
    f.name = name;
    f.value = std::move(value);
    f.raw = text_.substr(start, end - start);
    f.span.start = start;
    f.span.end = end;
    f.span.confidence = 1.0;  // metadata the filer agent typed in
    f.span.rule = rule;
    f.entity = entity;
    fields_->push_back(std::move(f));
  }

  std::string_view View(const Val& v) const {
    return std::string_view(text_).substr(v.start, v.end - v.start);
  }

  void Plain(const char* name, const Val& v, const char* rule, int entity) {
    if (v.set) Add(name, FoldSpaces(View(v)), v.start, v.end, rule, entity);
  }

  void Date(const char* name, const Val& v, const char* rule) {
    if (v.set) Add(name, IsoDate(View(v)), v.start, v.end, rule, 0);
  }

  // CIKs are written zero-padded to ten digits; the number is the key, so
  // the padding goes (EDGAR's own URLs drop it too).
  void Cik(const Val& v, int entity) {
    if (!v.set || !AllAsciiDigits(View(v))) return;
    std::string_view d = View(v);
    size_t nz = d.find_first_not_of('0');
    std::string value =
        nz == std::string_view::npos ? "0" : std::string(d.substr(nz));
    Add("cik", value, v.start, v.end, "sgml.cik", entity);
  }

  // "MOTOR VEHICLES & PASSENGER CAR BODIES [3711]" or plain "4833".
  void Sic(const Val& v, int entity) {
    if (!v.set) return;
    std::string_view s = View(v);
    size_t open = s.rfind('[');
    size_t close = s.rfind(']');
    if (open != std::string_view::npos && close != std::string_view::npos &&
        close > open + 1 && AllAsciiDigits(s.substr(open + 1, close - open - 1))) {
      Add("sic", std::string(s.substr(open + 1, close - open - 1)),
          v.start + open + 1, v.start + close, "sgml.sic", entity);
    } else if (AllAsciiDigits(s)) {
      Add("sic", std::string(s), v.start, v.end, "sgml.sic", entity);
    }
  }

  // IRS numbers are stored as numbers by EDGAR, so a leading zero can be
  // lost ("61234567"); 7 or 8 digits are padded back to 9. All zeros means
  // "none given".
  void Irs(const Val& v, int entity) {
    if (!v.set) return;
    std::string digits;
    for (char c : View(v)) {
      if (c >= '0' && c <= '9') {
        digits.push_back(c);
      } else if (c != '-') {
        return;
      }
    }
    if (digits.size() < 7 || digits.size() > 9) return;
    if (digits.find_first_not_of('0') == std::string::npos) return;
    digits.insert(0, 9 - digits.size(), '0');
    Add("irs_employer_id", digits.substr(0, 2) + "-" + digits.substr(2),
        v.start, v.end, "sgml.irs_number", entity);
  }

  void FiscalYearEnd(const Val& v, int entity) {
    if (!v.set) return;
    std::string_view s = View(v);
    if (s.size() != 4 || !AllAsciiDigits(s)) return;
    int month = (s[0] - '0') * 10 + (s[1] - '0');
    int day = (s[2] - '0') * 10 + (s[3] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    Add("fiscal_year_end_mmdd", std::string(s), v.start, v.end,
        "sgml.fiscal_year_end", entity);
  }

  // "street1, street2, city, state zip" from the business address, else
  // the mail address; zip_code from the same one.
  void Address(const Entity& ent, int entity) {
    for (int which = 0; which < 2; ++which) {
      const Val* parts = ent.address[which];
      bool any = false;
      size_t start = std::string::npos, end = 0;
      for (int p = 0; p < kParts; ++p) {
        if (!parts[p].set) continue;
        any = true;
        start = std::min(start, parts[p].start);
        end = std::max(end, parts[p].end);
      }
      if (!any) continue;
      std::string line;
      auto join = [&](const Val& v, const char* sep) {
        if (!v.set) return;
        if (!line.empty()) line += sep;
        line += FoldSpaces(View(v));
      };
      join(parts[kStreet1], ", ");
      join(parts[kStreet2], ", ");
      join(parts[kCity], ", ");
      join(parts[kState], ", ");
      join(parts[kZip], parts[kState].set ? " " : ", ");
      bool mail = which == 1;
      Add("address", line, start, end,
          mail ? "sgml.mail_address" : "sgml.business_address", entity);
      Plain("zip_code", parts[kZip], mail ? "sgml.mail_zip" : "sgml.zip",
            entity);
      return;
    }
  }

 private:
  const std::string& text_;
  std::vector<Field>* fields_;
};

}  // namespace

void ParseSgmlHeader(const std::string& text, size_t begin, size_t end,
                     std::vector<Field>* fields) {
  Header h = Parser(text).Run(begin, end);
  Emitter out(text, fields);
  out.Plain("accession_number", h.accession, "sgml.accession_number", 0);
  out.Plain("form_type", h.form_type, "sgml.submission_type", 0);
  out.Date("period_of_report", h.period, "sgml.period_of_report");
  out.Date("filed_date", h.filed, "sgml.filed_as_of_date");
  for (size_t i = 0; i < h.entities.size(); ++i) {
    const Entity& e = h.entities[i];
    int id = static_cast<int>(i);
    out.Plain("company_conformed_name", e.name, "sgml.company_conformed_name",
              id);
    out.Cik(e.cik, id);
    out.Sic(e.sic, id);
    out.Irs(e.irs, id);
    out.Plain("state_of_incorporation", e.incorporation,
              "sgml.state_of_incorporation", id);
    out.FiscalYearEnd(e.fiscal_year_end, id);
    out.Plain("commission_file_number", e.file_number, "sgml.sec_file_number",
              id);
    out.Address(e, id);
    out.Plain("phone", e.phone, "sgml.business_phone", id);
  }
}

}  // namespace secx
