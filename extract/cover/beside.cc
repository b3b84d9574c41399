#include "extract/cover/beside.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>
#include <type_traits>

#include "extract/cover/columns.h"
#include "extract/cover/dates.h"
#include "extract/states.h"
#include "extract/text_util.h"

namespace secx {
namespace cover {
namespace {

enum class ValueKind {
  kFileNumber,
  kIrs,
  kPhone,
  kState,
  kPlace,
  kName,
  kDate
};

struct BesideRule {
  const char* rule;   // rule name reported on the Field
  const char* field;  // contract field
  ValueKind kind;
  const char* pattern;  // group 1 is the value text (may be empty)
  double confidence;
};

// A file number's pattern takes a blank after the hyphen ("001- 12315")
// and a group of digits after a blank too ("333-2409 16", OCR's blank
// inside the number): NormalFileNumber joins a registration number's
// digits, and reads nothing else so cut. "Commission" typed with one 'm'
// or one 's' ("Comission file number") is the same caption, and so is one
// whose last word OCR misread ("Commission fi file mauve 001-13021"): the
// value's shape decides.
const BesideRule kBesideRules[] = {
    {"cover.file_number.label_beside", "commission_file_number",
     ValueKind::kFileNumber,
     R"((?i)(?:comm?iss?ion|\bsec|\b13f)[.,]?[\s|]+(?:[a-z]{1,3}\s+)?file\s+(?:number|no\.?|[a-z]{4,7})s?\)?[ \t]*[:.\-]?[ \t]*(\d{1,4}-[ \t]?\d{1,8}(?:-\d{1,4})?(?:[ \t]\d{1,4}\b)?))",
     0.9},
    // Registration statements (S-1, S-3, S-8) print their registration
    // number, which is their file number; a fund's 24F-2 notice or 485
    // amendment its Securities Act ("1933 Act") file number beside its
    // Investment Company Act ("1940 Act") one.
    {"cover.file_number.label_beside", "commission_file_number",
     ValueKind::kFileNumber,
     R"((?i)(?:(?:securities|1933)\s+act\s+file|registration(?:\s+statement)?)\s+(?:number|no\.?)s?\)?[ \t]*[:.\-]?[ \t]*(\d{1,4}-[ \t]?\d{1,8}(?:-\d{1,4})?(?:[ \t]\d{1,4}\b)?))",
     0.85},
    // A prospectus filed under Rule 424(b) is filed under the registration
    // its legend names ("Filed Pursuant to Rule 424(b)(3)" over
    // "Registration No. 333-121887"), whatever other file numbers its
    // annexes print (a reproduced 8-K's "Commission File Number").
    {"cover.file_number.rule_424b", "commission_file_number",
     ValueKind::kFileNumber,
     R"((?i)\brule\s+424\s*\(\s*b\s*\)(?:\s*\(\s*\d\s*\))?[\s,;]*(?:registration(?:\s+statement)?|file)\s+(?:number|no\.?)s?\)?[ \t]*[:.\-]?[ \t]*(\d{1,4}-[ \t]?\d{1,8}(?:-\d{1,4})?))",
     0.97},
    // Investment companies' reports (N-CSR, N-Q) are filed under their
    // Investment Company Act file number: the file number when no other
    // is stated.
    {"cover.file_number.investment_company_act", "commission_file_number",
     ValueKind::kFileNumber,
     R"((?i)(?:investment\s+company|1940)\s+act\s+file\s+(?:number|no\.?)s?\)?[ \t]*[:.\-]?[ \t]*(\d{1,4}-[ \t]?\d{1,8}(?:-\d{1,4})?(?:[ \t]\d{1,4}\b)?))",
     0.7},
    {"cover.irs.label_beside", "irs_employer_id", ValueKind::kIrs,
     R"((?i)(?:i\.?\s?r\.?\s?s\.?|irs)\s+employer\s+identification\s+(?:number|no\.?)\)?[ \t]*[:.\-]?[ \t]*(\d{2}-?\d{7}))",
     0.9},
    {"cover.phone.label_beside", "phone", ValueKind::kPhone,
     R"((?i)te[lt]ep?h?one\s+number,?(?:\s+including\s+area\s+code)?\)?[ \t]*[:.\-]?[ \t]*([^\n]*))",
     0.85},
    {"cover.state.label_beside", "state_of_incorporation", ValueKind::kState,
     R"((?i)(?:state|jurisdiction)\s+(?:or\s+other\s+jurisdiction\s+)?of\s+(?:incorporation|organization)(?:\s+or\s+organization)?[ \t]*:[ \t]*([A-Za-z][A-Za-z .]+))",
     0.85},
    // A typed cover's caption at the left margin and its value in a
    // column to the right, without a colon: "State or other jurisdiction
    // of" / "incorporation or organization      Ohio", or a grid's
    // "| State of incorporation   | Idaho   |". Without the colon the
    // value must be a place EDGAR knows (kPlace): a row of captions
    // ("... of incorporation      Commission File Number") is none.
    {"cover.state.label_beside", "state_of_incorporation", ValueKind::kPlace,
     R"((?i)(?:state|jurisdiction)\s+(?:or\s+other\s+jurisdiction\s+)?of\s+(?:incorporation|organization)(?:\s+or\s+organization)?(?:[ \t]{2,}|[ \t]*\|[ \t]*)([A-Za-z][A-Za-z .]+))",
     0.8},
    // The name right of its caption's last line, the caption at the left
    // margin and wrapped ("Exact name of" / "registrant as specified" /
    // "in its charter      TIMBER CITY IMPLEMENT COMPANY"): a value set
    // apart by blanks, a colon or a grid's bar that is no caption.
    {"cover.name.label_beside", "registrant_name", ValueKind::kName,
     R"((?i)exact\s+name\s+of\s+(?:the\s+)?registrant\s+as\s+specified\s+in\s+its\s+charter(?:[ \t]*:[ \t]*|[ \t]{2,}|[ \t]*\|[ \t]*)([A-Z0-9][^\n|]{2,80}))",
     0.85},
    {"cover.report_date.label_beside", "report_date", ValueKind::kDate,
     R"((?i)date\s+of\s+report\b(?:\s*\(\s*date\b[^()\n]{0,50}?\breported\b\s*\)?)?[ \t]*[:.\-]?[ \t]*([^\n]*))",
     0.9},
    // N-CSR: "Date of reporting period: November 30, 2023".
    {"cover.reporting_period.date_of", "reporting_period_end", ValueKind::kDate,
     R"((?i)date\s+of\s+reporting\s+period[ \t]*[:.\-]?[ \t]*([^\n]*))", 0.85},
    {"cover.report_date.label_beside", "report_date", ValueKind::kDate,
     R"((?i)\(?date[:.,]?\s+of\s+earliest[:.,]?\s+event\s+(?:\w+\s+)?reported\)?[ \t]*[:.\-]?[ \t]*([^\n]*))",
     0.85},
};

struct Compiled {
  std::vector<std::unique_ptr<RE2>> beside;
  RE2 form{
      R"((?i)^\s*form\s+((?:\d{1,2}-[A-Z0-9]{1,4}|[SF]-\d{1,2}|N-[A-Z0-9]{1,4}|24F-2NT|SD|X-17A-5)(?:/A)?)[\s.,:;]*$)"};
  // A proxy statement's cover names no form: "SCHEDULE 14A" over boxes,
  // the one checked ("[X]", "\u2612", Wingdings' "\u00fe"/"\u00fd" or an
  // "x" in a cell of its own) says which of its EDGAR forms it is.
  RE2 schedule_14a{R"((?i)^\s*schedule\s+14a\b)"};
  RE2 proxy_box{
      "(?i)^\\s*(?:\\[\\s*x\\s*\\]|\u2612|\u00fe|\u00fd|\u25a0|x)\\s*"
      "(preliminary proxy statement|definitive proxy statement|definitive "
      "additional materials)\\s*$"};
  // A notification of late filing ("FORM 12b-25", "NOTIFICATION OF LATE
  // FILING") names the report it is late with by a checked box: "(Check
  // One): [X] Form 10-K [ ] Form 20-F ..." is an NT 10-K.
  RE2 late_filing{R"((?i)^\s*(?:form\s+12b-25|notification\s+of\s+late\s+filing)\b)"};
  RE2 late_box{
      "(?i)(?:\\[\\s*x\\s*\\]|\\|\\s*x\\s*\\||\u2612|\u00fe|\u00fd|\u25a0)\\s*form\\s+"
      "(10-KSB|10-QSB|10-K|10-Q|10-D|20-F|40-F|11-K|N-SAR|N-CSR|N-CEN)\\b"};
  // "For Period Ended: December 31, 2004" on a line of its own.
  RE2 period_ended{
      R"((?im)^[ \t]*for[ \t]+(?:the[ \t]+)?period[ \t]+ended[ \t]*:?[ \t]*([^\n]{6,120})$)"};
  // "AMENDMENT NO. 2" / "TO" / "FORM S-3": the form is the amendment.
  RE2 amendment{
      R"((?i)^\s*(?:pre-effective\s+|post-effective\s+)?amendment\s+no\.?\s*\d+\s*(?:to)?\s*$)"};
  RE2 to_line{R"((?i)^\s*to\s*$)"};
  // "FORM 10-K" over "(Amendment No. 1)": the form is the amendment.
  RE2 amendment_below{R"((?i)^\s*\(?\s*amendment\s+no\.?\s*\d+\s*\)?\s*$)"};
  // Form 24F-2 items: "1. Name and address of issuer:" over the name and
  // the address lines; "4. Last day of fiscal year ...: 10/31/95".
  RE2 issuer_item{
      R"((?i)^\s*(?:(?:\d{1,2}|[a-z])\.\s*)?name\s+(?:and\s+address\s+of\s+(?:the\s+)?(?:issuer|registrant)\s*:?\s*$|of\s+(?:the\s+)?(?:issuer|registrant)\s+of\s+the\s+securities\s+held\b.*))"};
  RE2 last_day{
      R"((?i)last\s+day\s+of\s+(?:the\s+)?fiscal\s+year[^:\n]{0,60}:[ \t]*([^\n]+))"};
  RE2 short_date{R"(^\s*(\d{1,2})/(\d{1,2})/(\d{2})\b)"};
  // SD: "for the reporting period from January 1 to December 31, 2015";
  // 10-KT, 10-QT: "For the transition period from July 1, 2019 to
  // December 31, 2019" (blank rules on other forms match no date).
  RE2 period{
      R"((?i)(?:reporting|transition)\s+period\s+(?:from\s+)?(\w+\.?\s+\d{1,2}(?:,?\s*\d{4})?)\s+(?:to|through)\s+(\w+\.?\s+\d{1,2},?\s*\d{4}))"};
  // X-17A-5: "REPORT FOR THE PERIOD BEGINNING 01/01/03 AND ENDING
  // 12/31/03" (the form prints MM/DD/YY under each box).
  RE2 period_beginning{
      R"((?i)\bbeginning[ \t_:.=\-]*([^\n]{1,40}?)[ \t_]+and[ \t]*ending[ \t_:.=\-]*([^\n]{1,40}))"};
  RE2 beginning_box{R"((?i)\bperiod\s*beginning\b)"};
  // 10-Q: "For the quarterly period ended June 30, 2023", "For Quarter
  // Ended September 30, 1996", "For the thirteen weeks ended ..."; 13F:
  // "Report for the Calendar Year or Quarter Ended: March 31, 2012"; 1-SA:
  // "For the fiscal semiannual period ended June 30, 2019"; on a
  // scan with a speck after a word ("For, the", "For. the") and "period"
  // misread ("petiod").
  // 6-K: "For the month of March 2024", "For the month of: March, 2024".
  RE2 month_of{
      R"((?i)for\s+the\s+month\s+of\s*:?\s*([a-z]{3,9})\.?\s?,?\s+(\d{4})\b)"};
  RE2 quarter{
      R"((?i)for[.,]?\s+(?:the[.,]?\s+)?(?:fiscal\s+)?(?:calendar\s+year\s+or\s+quarter|quarterly|quarter|semiannual|semi-annual|three[\s\-]months?|(?:twelve|thirteen|sixteen|1[236])[\s\-]weeks?)\s+(?:pe\w{1,2}od\s+)?end(?:ed|ing)\s*:?\s*([^\n]{6,40}))"};
  RE2 numeric_date{
      R"((\d{1,2})\s?[/\-.]\s?(\d{1,2})\s?[/\-.]\s?(\d{4}|\d{2})\b)"};
  // A cover without captions states the registrant's incorporation in a
  // phrase of its own: "An Illinois Corporation", "(a Delaware corporation)",
  // or before the employer number's caption on its line ("A Virginia
  // corporation I.R.S. Employer Identification No. 54-2093318").
  RE2 incorporated{
      R"((?i)\(?\s*an?\s+([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})\s+(?:corporation|company|limited\s+liability\s+company|limited\s+partnership|business\s+trust)\s*\)?(?:\s*[,;]?\s+(?:I\.\s?R\.\s?S\.|IRS)\s+Employer\b.*)?)"};
  // (18-K: "Date of end of last fiscal year: December 31, 1997"; a
  // caption at the start of its line with a colon or a grid's bar after
  // it: "Fiscal Year End:  June 30, 2001", "| Fiscal year ended   |
  // December 31, 1992 |".)
  RE2 fiscal_year{
      R"((?i)(?:for[.,]?\s+the[.,]?\s+(?:fiscal[.,]?\s+|financial\s+)?year\s+end(?:ed|ing)|date\s+of\s+(?:the\s+)?end\s+of\s+(?:the\s+)?last\s+fiscal\s+year|(?m:^)[ \t|]*fiscal\s+year\s+end(?:ed)?[ \t]*[:|])[ \t|]*:?\s*([^\n]{6,40}))"};
  // All beside patterns in one automaton: one pass over a cover region
  // says which of them can match there at all, instead of a pass per
  // pattern (most match nowhere). Null when it cannot be built.
  std::unique_ptr<RE2::Set> beside_set;
  Compiled() {
    for (const BesideRule& r : kBesideRules) {
      beside.push_back(std::make_unique<RE2>(r.pattern));
    }
    RE2::Options options;
    options.set_log_errors(false);  // a DFA out of memory falls back
    beside_set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (const auto& re : beside) {
      if (beside_set->Add(re->pattern(), nullptr) < 0) {
        beside_set.reset();
        return;
      }
    }
    if (!beside_set->Compile()) beside_set.reset();
  }
};

const Compiled& Rules() {
  static const Compiled* const kRules = new Compiled();
  return *kRules;
}

void Add(const char* field, std::string value, size_t start, size_t end,
         double confidence, const char* rule, std::vector<Hit>* out) {
  AddHit(field, std::move(value), start, end, confidence, rule, 0, out);
}

// The report date at the start of `v`: "March 14, 2002", or the date in
// parentheses after it, "March 14, 2002 (March 6, 2002)", which names the
// earliest event (what EDGAR records as the period of report).
std::optional<DateMatch> ReportDateAt(std::string_view v) {
  std::optional<DateMatch> d = FindDateNear(v, 3);
  if (!d) return std::nullopt;
  std::string_view rest = v.substr(d->end);
  size_t open = rest.find_first_not_of(" \t\r\n");
  if (open != std::string_view::npos && rest[open] == '(') {
    std::optional<DateMatch> e = FindDateNear(rest.substr(open + 1), 1);
    if (e) {
      size_t base = d->end + open + 1;
      return DateMatch{e->iso, base + e->start, base + e->end};
    }
  }
  return d;
}

// The report date on the next non-blank lines after offset `pos` (a label
// whose value went to the next line).
bool DateOnNextLine(std::string_view text, size_t pos, size_t end, size_t* ds,
                    size_t* de, std::string* iso) {
  // A caption in a row of captions over a row of values, cell for cell
  // ("... | Date of reporting period" over "... | July 1, 2023 - June 30,
  // 2024"): the cell in the caption's slot.
  {
    size_t ls = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    ls = ls == std::string_view::npos ? 0 : ls + 1;
    size_t le = text.find('\n', pos);
    if (le != std::string_view::npos && le < end) {
      std::string_view caption_line = text.substr(ls, le - ls);
      size_t slot = std::count(text.begin() + ls, text.begin() + pos, '\t');
      size_t ne = std::min(end, text.find('\n', le + 1));
      std::string_view next = text.substr(le + 1, ne - le - 1);
      if (slot > 0 &&
          std::count(caption_line.begin(), caption_line.end(), '\t') ==
              std::count(next.begin(), next.end(), '\t')) {
        size_t at = 0;
        for (size_t k = 0; k < slot; ++k) at = next.find('\t', at) + 1;
        std::string_view cell = next.substr(at, next.find('\t', at) - at);
        std::string_view t = Trim(cell);
        std::optional<DateMatch> d = ReportDateAt(t);
        if (!t.empty() && d && d->start == 0) {
          size_t base = le + 1 + at + (t.data() - cell.data());
          *ds = base + d->start;
          *de = base + d->end;
          *iso = d->iso;
          return true;
        }
      }
    }
  }
  size_t nl = text.find('\n', pos);
  for (int tries = 0; tries < 4 && nl != std::string_view::npos && nl < end;
       ++tries) {
    size_t next = std::min(end, text.find('\n', nl + 1));
    std::string_view rest = text.substr(nl + 1, end - nl - 1);
    std::string_view t = Trim(text.substr(nl + 1, next - nl - 1));
    if (!t.empty() && !IsRuleText(t)) {
      size_t lead = t.data() - rest.data();
      std::optional<DateMatch> d = ReportDateAt(rest.substr(lead));
      if (!d) return false;
      *ds = nl + 1 + lead + d->start;
      *de = nl + 1 + lead + d->end;
      *iso = d->iso;
      return true;
    }
    nl = next;
  }
  return false;
}

// Turns the captured text of one beside rule into a hit.
bool ReadValue(const BesideRule& r, std::string_view text, size_t vs,
               std::string_view v, size_t end, std::vector<Hit>* out) {
  std::string value;
  size_t s = vs, e = vs + v.size();
  switch (r.kind) {
    case ValueKind::kFileNumber:
      value = NormalFileNumber(v);
      break;
    case ValueKind::kIrs:
      value = NormalIrs(v);
      break;
    case ValueKind::kState:
      value = NormalState(v);
      break;
    case ValueKind::kName: {
      std::string_view t = Trim(v);
      if (t.empty() || ClassifyLabel(t).kind != LabelKind::kNone) return false;
      value = NormalName(t);
      s = vs + (t.data() - v.data());
      e = s + t.size();
      break;
    }
    case ValueKind::kPlace:
      value = NormalState(v);
      if (StateCode(value).empty()) return false;
      e = vs + v.find_last_not_of(" \t.") + 1;
      break;
    case ValueKind::kPhone: {
      size_t ps = 0, pe = 0;
      if (!FindPhone(v, &ps, &pe) || ps > 3) return false;
      value = NormalPhone(v.substr(ps, pe - ps));
      s = vs + ps;
      e = vs + pe;
      break;
    }
    case ValueKind::kDate: {
      std::optional<DateMatch> d = ReportDateAt(text.substr(vs, end - vs));
      if (d) {
        value = d->iso;
        s = vs + d->start;
        e = vs + d->end;
      } else if (Trim(v).empty() || v.find_first_not_of(" \t:") == v.npos) {
        if (!DateOnNextLine(text, vs, end, &s, &e, &value)) return false;
      }
      // A period stated as its two ends ("Date of reporting period:
      // September 1, 2017 through August 31, 2018"): the first is its
      // start, the second its end.
      static const RE2* const kThrough =
          new RE2(R"((?i)[ \t]*(?:through|thru|to|-|\x{2013}|\x{2014}))"
                  R"([ \t]+)");
      if (!value.empty() && e < end &&
          std::string_view(r.field) == "reporting_period_end") {
        std::string_view rest = text.substr(e, std::min<size_t>(end - e, 60));
        re2::StringPiece m;
        std::optional<DateMatch> second;
        if (kThrough->Match(re2::StringPiece(rest.data(), rest.size()), 0,
                            rest.size(), RE2::ANCHOR_START, &m, 1) &&
            (second = ReportDateAt(rest.substr(m.size()))) &&
            second->start == 0 && second->iso > value) {
          Add("reporting_period_start", value, s, e, r.confidence, r.rule, out);
          value = second->iso;
          s = e + m.size();
          e = s + second->end;
        }
      }
      break;
    }
  }
  if (value.empty()) return false;
  Add(r.field, value, s, e, r.confidence, r.rule, out);
  return true;
}

bool Matches(const RE2& re, std::string_view s) {
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re);
}

// "AMENDMENT NO. 2" on one of the text lines just above line `i`, with at
// most a "TO" line between.
bool AmendmentAbove(const std::vector<Line>& lines, size_t i) {
  int seen = 0;
  for (size_t j = i; j-- > 0 && seen < 2;) {
    if (lines[j].kind == LineKind::kBlank) continue;
    if (Matches(Rules().amendment, lines[j].text)) return true;
    if (!Matches(Rules().to_line, lines[j].text)) return false;
    ++seen;
  }
  return false;
}

bool AmendmentBelow(const std::vector<Line>& lines, size_t i) {
  for (size_t j = i + 1; j < lines.size() && j <= i + 2; ++j) {
    if (lines[j].kind == LineKind::kBlank) continue;
    return Matches(Rules().amendment_below, lines[j].text);
  }
  return false;
}

// An address read from its lines (`joined`, from byte `start` to the end
// of its `last` line) at 0.8, and the postal code its last line ends in at
// `zip_confidence`.
void AddressLines(std::string_view text, size_t start, std::string_view last,
                  const std::string& joined, const char* address_rule,
                  const char* zip_rule, double zip_confidence,
                  std::vector<Hit>* out) {
  size_t end = last.data() - text.data() + last.size();
  Add("address", std::string(StripTrailingPunct(joined)), start, end, 0.8,
      address_rule, out);
  size_t zs = 0, ze = 0;
  if (FindZip(last, &zs, &ze)) {
    size_t base = last.data() - text.data();
    Add("zip_code", std::string(last.substr(zs, ze - zs)), base + zs, base + ze,
        zip_confidence, zip_rule, out);
  }
}

// Form 13F: "Institutional Investment Manager Filing this Report:" over
// "Name:  Brightwater Asset Management LLC" and "Address:  Two Greenwich
// Office Park, Suite 310", its other lines indented under the first
// ("Greenwich, CT 06830"). The signer's "Name:" further down is no
// manager's.
void ManagerBlock(std::string_view text, const std::vector<Line>& lines,
                  std::vector<Hit>* out) {
  static const RE2 title_re(
      R"((?i)\s*institutional\s+investment\s+manager\s+filing\s+this\s+)"
      R"(report\s*:?\s*)");
  static const RE2 name_re(R"((?i)\s*name\s*:\s*(\S.*?)\s*)");
  static const RE2 address_re(R"((?i)(\s*address\s*:\s*)(\S.*?)\s*)");
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!RE2::FullMatch(lines[i].text, title_re)) continue;
    size_t j = i + 1;
    while (j < lines.size() && j <= i + 2 && lines[j].kind == LineKind::kBlank)
      ++j;
    re2::StringPiece name;
    if (j >= lines.size() || !RE2::FullMatch(lines[j].text, name_re, &name)) {
      return;
    }
    size_t ns = name.data() - text.data();
    std::string value = NormalName(std::string_view(name.data(), name.size()));
    if (!value.empty()) {
      Add("registrant_name", value, ns, ns + name.size(), 0.9,
          "cover.name.manager_block", out);
    }
    ++j;
    re2::StringPiece lead, first;
    if (j >= lines.size() ||
        !RE2::FullMatch(lines[j].text, address_re, &lead, &first)) {
      return;
    }
    // Lines under the first, indented as far as it.
    std::string address =
        FoldSpace(std::string_view(first.data(), first.size()));
    std::string_view last(first.data(), first.size());
    size_t indent = lead.size();
    for (size_t k = j + 1; k < lines.size() && k <= j + 3; ++k) {
      std::string_view t = lines[k].text;
      size_t lead_blanks = t.find_first_not_of(" \t");
      if (lines[k].kind != LineKind::kText || lead_blanks == 0 ||
          lead_blanks == std::string_view::npos || lead_blanks + 2 < indent) {
        break;
      }
      last = Trim(t);
      address += ", " + FoldSpace(last);
    }
    AddressLines(text, first.data() - text.data(), last, address,
                 "cover.address.manager_block", "cover.zip.manager_block", 0.8,
                 out);
    return;
  }
}

// Form 24F-2 (1990s notices): item 1 holds the issuer's name over its
// address, item 4 the fiscal year end. No zip caption, so the address
// keeps its zip and zip_code repeats it.
void IssuerItems(std::string_view text, size_t begin, size_t end,
                 const std::vector<Line>& lines, std::vector<Hit>* out) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!Matches(Rules().issuer_item, lines[i].text)) continue;
    // 11-K: "B. Name of issuer of the securities held pursuant to the plan
    // and the address of its principal executive office:", which may wrap
    // (its rest opens in lower case), then a blank line or two.
    // Only a caption not closed by its colon wraps: the line after a
    // closed one is the issuer's name even in lower case ("eXample Inc.").
    size_t from = i + 1;
    bool open = Trim(lines[i].text).back() != ':';
    while (
        open && from < lines.size() && from <= i + 2 &&
        lines[from].kind == LineKind::kText &&
        std::islower(static_cast<unsigned char>(Trim(lines[from].text)[0]))) {
      open = Trim(lines[from].text).back() != ':';
      ++from;
    }
    for (int blanks = 0; from < lines.size() && blanks < 2 &&
                         lines[from].kind == LineKind::kBlank;
         ++blanks) {
      ++from;
    }
    std::vector<const Line*> block;
    for (size_t j = from; j < lines.size() && block.size() < 6; ++j) {
      if (lines[j].kind != LineKind::kText) break;
      block.push_back(&lines[j]);
      // The address ends with the line that ends in its postal code: what
      // follows without a blank line (an HTML cover's "INDEX") is no part.
      size_t zs = 0, ze = 0;
      std::string_view t = StripTrailingPunct(Trim(lines[j].text));
      if (block.size() >= 2 && FindZip(t, &zs, &ze) && ze == t.size()) break;
    }
    if (block.size() < 2) break;
    std::string_view name = Trim(block[0]->text);
    size_t ns = name.data() - text.data();
    // A name wrapped over two lines ("STILLWATER VALLEY" over "TOOL
    // CORPORATION" over the street): the second, without digits, ends in
    // the legal form the first lacks.
    size_t street = 1;
    if (block.size() >= 3 && !EndsInLegalForm(StripTrailingPunct(name)) &&
        !HasDigit(block[1]->text) &&
        EndsInLegalForm(StripTrailingPunct(Trim(block[1]->text)))) {
      std::string_view second = Trim(block[1]->text);
      name = std::string_view(name.data(),
                              second.data() + second.size() - name.data());
      street = 2;
    }
    std::string value = NormalName(name);
    if (!value.empty()) {
      // Above a caption read as a value's below it ("... FOR HOURLY
      // EMPLOYEES", the plan's title wrapped over item B): the item's own
      // name is the issuer's.
      Add("registrant_name", value, ns, ns + name.size(), 0.92,
          "cover.name.issuer_item", out);
    }
    std::string address;
    std::string_view last;
    for (size_t k = street; k < block.size(); ++k) {
      last = Trim(block[k]->text);
      if (!address.empty()) address += ", ";
      address += FoldSpace(last);
    }
    AddressLines(text, Trim(block[street]->text).data() - text.data(), last,
                 address, "cover.address.issuer_item", "cover.zip.issuer_item",
                 0.75, out);
    break;
  }
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[2];
  if (!Rules().last_day.Match(in, begin, end, RE2::UNANCHORED, g, 2)) return;
  std::string_view v(g[1].data(), g[1].size());
  size_t vs = v.data() - text.data();
  std::optional<DateMatch> d = FindDate(v);
  if (d && d->start <= 3) {
    Add("fiscal_year_end", d->iso, vs + d->start, vs + d->end, 0.8,
        "cover.fiscal_year_end.last_day", out);
    return;
  }
  // "10/31/95": the notice is filed within months of the year end, so a
  // two-digit year is of the century the filing's own dates are in.
  re2::StringPiece sv(v.data(), v.size());
  int mo = 0, day = 0, yy = 0;
  if (!RE2::PartialMatch(sv, Rules().short_date, &mo, &day, &yy)) return;
  std::string iso = IsoDate(yy < 50 ? 2000 + yy : 1900 + yy, mo, day);
  if (iso.empty()) return;
  size_t ds = vs + (v.find_first_not_of(" \t"));
  size_t de = v.find_first_of(" \t\r", ds - vs);
  de = de == std::string_view::npos ? vs + v.size() : vs + de;
  Add("fiscal_year_end", iso, ds, de, 0.75, "cover.fiscal_year_end.last_day",
      out);
}

// The form's name on a line of its own, or in a cell of its own on a line
// a form box shares ("ANNUAL AUDITED REPORT   FORM X-17A-5   8-12345").
bool MatchForm(const Line& l, re2::StringPiece* g) {
  re2::StringPiece in(l.text.data(), l.text.size());
  if (Rules().form.Match(in, 0, in.size(), RE2::ANCHOR_BOTH, g, 2)) return true;
  if (l.cells.size() < 2) return false;
  for (const LayoutCell& c : l.cells) {
    re2::StringPiece cell(c.text.data(), c.text.size());
    if (Rules().form.Match(cell, 0, cell.size(), RE2::ANCHOR_BOTH, g, 2)) {
      return true;
    }
  }
  return false;
}

// The first line, of the first `limit`, at or after one that `heading`
// matches, that `box` matches (anchored as `anchor` says): its index, the
// box's group 1 in *g; npos when none.
size_t BoxAfterHeading(const std::vector<Line>& lines, const RE2& heading,
                       const RE2& box, RE2::Anchor anchor, size_t limit,
                       re2::StringPiece* g) {
  bool seen = false;
  for (size_t i = 0; i < lines.size() && i < limit; ++i) {
    re2::StringPiece in(lines[i].text.data(), lines[i].text.size());
    seen = seen || RE2::PartialMatch(in, heading);
    re2::StringPiece m[2];
    if (seen && box.Match(in, 0, in.size(), anchor, m, 2)) {
      *g = m[1];
      return i;
    }
  }
  return std::string::npos;
}

// "SCHEDULE 14A" and its checked box: PRE 14A, DEF 14A or DEFA14A.
bool ProxyFormType(const std::vector<Line>& lines, std::vector<Hit>* out) {
  static const std::pair<const char*, const char*> kBoxes[] = {
      {"preliminary proxy statement", "PRE 14A"},
      {"definitive proxy statement", "DEF 14A"},
      {"definitive additional materials", "DEFA14A"},
  };
  re2::StringPiece g;
  size_t i = BoxAfterHeading(lines, Rules().schedule_14a, Rules().proxy_box,
                             RE2::ANCHOR_BOTH, 120, &g);
  if (i == std::string::npos) return false;
  std::string box(g.data(), g.size());
  for (char& c : box)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [phrase, form] : kBoxes) {
    if (box != phrase) continue;
    size_t s = lines[i].start + (g.data() - lines[i].text.data());
    Add("form_type", form, s, s + g.size(), 0.85, "cover.form_type.box", out);
    return true;
  }
  return false;
}

// "FORM 12b-25" and its checked box: NT 10-K, NT 10-Q, NT 20-F, ...
bool LateFilingFormType(const std::vector<Line>& lines,
                        std::vector<Hit>* out) {
  re2::StringPiece g;
  size_t i = BoxAfterHeading(lines, Rules().late_filing, Rules().late_box,
                             RE2::UNANCHORED, 60, &g);
  if (i == std::string::npos) return false;
  std::string form = "NT ";
  for (char c : std::string(g.data(), g.size())) {
    form.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  size_t s = lines[i].start + (g.data() - lines[i].text.data());
  Add("form_type", form, s, s + g.size(), 0.85, "cover.form_type.box", out);
  return true;
}

void FormType(const std::vector<Line>& lines, std::vector<Hit>* out) {
  if (ProxyFormType(lines, out) || LateFilingFormType(lines, out)) return;
  for (size_t i = 0; i < lines.size() && i < 120; ++i) {
    std::string form;
    re2::StringPiece g[2];
    if (!MatchForm(lines[i], g)) continue;
    for (char c : std::string(g[1].data(), g[1].size())) {
      form.push_back(
          static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    size_t s = lines[i].start + (g[1].data() - lines[i].text.data());
    if (form.size() < 2 || form.compare(form.size() - 2, 2, "/A") != 0) {
      if (AmendmentAbove(lines, i) || AmendmentBelow(lines, i)) form += "/A";
    }
    Add("form_type", form, s, s + g[1].size(), 0.95, "cover.form_type", out);
    return;
  }
  // A facing page whose "FORM X-17A-5" OCR lost under a stamp still says
  // what it is: "Information Required of Brokers and Dealers Pursuant to
  // Section 17 ..." and "... and Rule 17a-5 Thereunder".
  static const RE2* const kFacing = new RE2(
      R"((?i)(information\s+required\s+of\s+brokers\s+and\s+dealers|rule\s+17a-5\s+thereunder))");
  for (size_t i = 0; i < lines.size() && i < 40; ++i) {
    re2::StringPiece in(lines[i].text.data(), lines[i].text.size());
    re2::StringPiece m;
    if (!kFacing->Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1)) continue;
    size_t s = lines[i].start + (m.data() - lines[i].text.data());
    Add("form_type", "X-17A-5", s, s + m.size(), 0.8,
        "cover.form_type.facing_page", out);
    return;
  }
}

// A date in a form box: "January 1,2005", "12/31/2003", or "11/1/03"
// (two-digit years: 50-99 are 19xx, 00-49 20xx).
// A few specks of ink may come before the date ("we.  12/31/01").
constexpr size_t kBoxSpecks = 8;
// A typed box date whose "1" or "0" OCR read as a look-alike mark
// ("!2/31/2012", "O1/O1/03"): those marks become digits when they stand
// between digits and slashes of a numeric date (same length, so offsets
// hold). Letters elsewhere in the box are left as they are.
std::string LookAlikeBoxDigits(std::string_view v) {
  std::string out(v);
  auto digitish = [&](size_t i) {
    if (i >= out.size()) return false;
    char c = out[i];
    return std::isdigit(static_cast<unsigned char>(c)) || c == '/';
  };
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    char to = 0;
    if (c == '!' || c == '|' || c == 'l' || c == 'I') to = '1';
    if (c == 'O' || c == 'o') to = '0';
    if (!to) continue;
    // Neighbours on both sides (or the box edge on one side and a digit
    // and a slash on the other) must belong to the date.
    bool before = i > 0 && digitish(i - 1);
    bool after = digitish(i + 1);
    bool edge_before = i == 0 || out[i - 1] == ' ' || out[i - 1] == '_';
    bool edge_after = i + 1 >= out.size() || out[i + 1] == ' ' || out[i + 1] == '_';
    if ((before && after) || (edge_before && after && digitish(i + 2)) ||
        (before && edge_after && i >= 2 && digitish(i - 2))) {
      out[i] = to;
    }
  }
  // A month of 60 to 99 ("99/30/09", "91/01/03"): its 0 touched the rule
  // under it and read as a 6, 8 or 9.
  size_t m = out.find_first_not_of(" _");
  if (m != std::string::npos && m + 2 < out.size() &&
      (out[m] == '6' || out[m] == '8' || out[m] == '9') &&
      std::isdigit(static_cast<unsigned char>(out[m + 1])) &&
      out[m + 1] != '0' && out[m + 2] == '/') {
    out[m] = '0';
  }
  return out;
}

std::optional<DateMatch> NumericBoxDate(std::string_view v) {
  re2::StringPiece in(v.data(), v.size());
  re2::StringPiece m;
  if (!Rules().numeric_date.Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1) ||
      static_cast<size_t>(m.data() - v.data()) > kBoxSpecks) {
    return std::nullopt;
  }
  int mo = 0, day = 0, y = 0;
  std::string ys;
  if (!RE2::PartialMatch(m, Rules().numeric_date, &mo, &day, &ys)) {
    return std::nullopt;
  }
  y = std::stoi(ys);
  if (ys.size() == 2) y += y < 50 ? 2000 : 1900;
  std::string iso = IsoDate(y, mo, day);
  if (iso.empty()) return std::nullopt;
  size_t s = m.data() - v.data();
  return DateMatch{iso, s, s + m.size()};
}

std::optional<DateMatch> BoxDate(std::string_view v) {
  std::optional<DateMatch> d = FindDateNear(v, kBoxSpecks);
  if (d) return d;
  d = NumericBoxDate(v);
  if (d) return d;
  // A speck read as a comma after the month: "DECEMBER, 1, 2008" (the
  // comma becomes a blank, so offsets hold).
  static const RE2* const kMonthComma =
      new RE2(R"(^\s*[A-Za-z]{3,9}(,) \d{1,2}, \d{4})");
  re2::StringPiece in(v.data(), v.size());
  re2::StringPiece comma;
  if (RE2::PartialMatch(in, *kMonthComma, &comma)) {
    std::string blanked(v);
    blanked[comma.data() - v.data()] = ' ';
    d = FindDateNear(blanked, kBoxSpecks);
    if (d) return d;
  }
  std::string fixed = LookAlikeBoxDigits(v);
  if (fixed == v) return std::nullopt;
  return NumericBoxDate(fixed);
}

// Fill-in boxes typed over a rule come out as "_0_1_/_0_1_/_1_3_": the
// rule's underscores are dropped (blanks keep the offsets one to one).
// `from`, when given, gets for each byte of the result its offset in `s`.
std::string Unruled(std::string_view s, std::vector<size_t>* from = nullptr) {
  std::string out(s);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  // "0 1 / 0 1 / 1 3": digits the blanks split are joined again.
  std::string joined;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == ' ' && i > 0 && i + 1 < out.size() &&
        (std::isdigit(static_cast<unsigned char>(out[i - 1])) ||
         out[i - 1] == '/') &&
        (std::isdigit(static_cast<unsigned char>(out[i + 1])) ||
         out[i + 1] == '/') &&
        s[i] == '_') {
      continue;
    }
    joined += out[i];
    if (from) from->push_back(i);
  }
  return joined;
}

// The dates of one line, in order: month-name dates and box dates.
std::vector<DateMatch> DatesOnLine(std::string_view raw) {
  // A box typed on a rule: "BEGINNING_January 1, 2004" (same length, so
  // offsets hold).
  std::string copy(raw);
  std::replace(copy.begin(), copy.end(), '_', ' ');
  std::string_view line = copy;
  std::vector<DateMatch> out;
  size_t pos = 0;
  while (pos < line.size() && out.size() < 4) {
    std::string_view rest = line.substr(pos);
    std::optional<DateMatch> named = FindDate(rest);
    std::optional<DateMatch> box;
    re2::StringPiece in(rest.data(), rest.size());
    re2::StringPiece m;
    if (Rules().numeric_date.Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1)) {
      size_t off = m.data() - rest.data();
      box = BoxDate(rest.substr(off));
      if (box) {
        box->start += off;
        box->end += off;
      } else {
        // Not a date: look past it.
        named = named && named->start < off ? named : std::nullopt;
        if (!named) {
          pos += off + m.size();
          continue;
        }
      }
    }
    std::optional<DateMatch> d =
        named && (!box || named->start <= box->start) ? named : box;
    if (!d) break;
    d->start += pos;
    d->end += pos;
    pos = d->end;
    out.push_back(*d);
  }
  return out;
}

// A reporting period of over 400 days has a year misread: both dates are
// left out. The day of month alone is no sign (52/53-week years may begin
// on a first and end on any day, and a new broker-dealer's first period
// starts on the day it registered), but from a first of a month a period
// that is not a year long ends on a month's last day.
int IsoDay(const std::string& iso) {
  return iso.size() == 10 ? std::stoi(iso.substr(8, 2)) : 0;
}

bool PlausiblePeriod(const std::string& start, const std::string& end) {
  std::optional<long> a = DaysFromIsoDate(start), b = DaysFromIsoDate(end);
  if (!a || !b) return true;
  long days = *b - *a;
  if (days > 400) return false;
  // From a first of a month, a period runs a year (52 or 53 weeks, give
  // or take the week's end) or ends on a month's last day: "January 1,
  // 2004" to "December 3, 2004" lost a digit of its day.
  return IsoDay(start) != 1 || (days >= 357 && days <= 372) ||
         IsLastDayOfMonth(end);
}

// A date whose year a typeset line wrapped onto the next line: the rest of
// the line from `at` is a month and day ("December 31,"), and the next
// line opens with a year. Offsets from `at`, the span running over the
// line break.
std::optional<DateMatch> YearWrapped(std::string_view text, size_t at,
                                     size_t end) {
  size_t le = text.find('\n', at);
  if (le == std::string_view::npos || le >= end) return std::nullopt;
  std::string_view head = Trim(text.substr(at, le - at));
  size_t ys = text.find_first_not_of(" \t", le + 1);
  if (head.empty() || ys == std::string_view::npos || ys + 4 > end) {
    return std::nullopt;
  }
  for (size_t i = ys; i < ys + 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  }
  if (ys + 4 < text.size() &&
      std::isalnum(static_cast<unsigned char>(text[ys + 4]))) {
    return std::nullopt;
  }
  std::string joined = std::string(head) + " " + std::string(text.substr(ys, 4));
  std::optional<DateMatch> d = FindDate(joined);
  if (!d || d->start != 0 || d->end != joined.size()) return std::nullopt;
  size_t hs = head.data() - text.data();
  return DateMatch{d->iso, hs - at, ys + 4 - at};
}

// "REPORT FOR THE PERIOD BEGINNING 12/01/03   AND Tting,   11/30/04": when
// OCR damaged the words between the boxes, a line that opens the period
// ("BEGINNING", one letter off at most) and holds exactly two dates, the
// first before the second, states the period.
bool PeriodByTwoDates(std::string_view text, size_t begin, size_t end,
                      std::vector<Hit>* out) {
  static const RE2* const kBeginning = new RE2(
      R"((?i)\b(?:beginning|begin.ing|beg.nning|be.inning|begi.ning|beginn.ng|.eginning|period\s*beg[a-z]{3,8}\b))");
  re2::StringPiece in(text.data(), end);
  re2::StringPiece m;
  if (!kBeginning->Match(in, begin, end, RE2::UNANCHORED, &m, 1)) return false;
  size_t from = m.data() - text.data() + m.size();
  size_t le = std::min(end, text.find('\n', from));
  std::vector<DateMatch> dates = DatesOnLine(text.substr(from, le - from));
  if (dates.empty()) {
    // A text layer or a skewed scan may print the two boxes' dates half a
    // line off their captions: the text line just above or below the
    // caption line, when it holds the two dates and nothing else.
    size_t ls = text.rfind('\n', from);
    ls = ls == std::string_view::npos ? 0 : ls + 1;
    for (int dir : {-1, 1}) {
      size_t a, b;
      if (dir < 0) {
        if (ls < 2 || ls <= begin) continue;
        b = ls - 1;
        size_t p = text.rfind('\n', b - 1);
        a = p == std::string_view::npos ? 0 : p + 1;
      } else {
        if (le >= end) continue;
        a = le + 1;
        b = std::min(end, text.find('\n', a));
      }
      std::string_view line = text.substr(a, b - a);
      std::vector<DateMatch> two = DatesOnLine(line);
      std::string unruled;
      if (two.size() != 2 && line.find('_') != std::string_view::npos) {
        // Boxes typed on a rule: "0_1_/_0_1_/_1_3", offsets mapped back.
        std::vector<size_t> at;
        unruled = Unruled(line, &at);
        two = DatesOnLine(unruled);
        for (DateMatch& d : two) {
          d.start = at[d.start];
          d.end = at[d.end - 1] + 1;
        }
      }
      if (two.size() != 2) continue;
      std::string rest(line);
      for (auto it = two.rbegin(); it != two.rend(); ++it) {
        rest.erase(it->start, it->end - it->start);
      }
      size_t letters = 0;
      for (char c : rest)
        letters += std::isalnum(static_cast<unsigned char>(c)) != 0;
      if (letters > 6) continue;
      dates = two;
      from = a;
      break;
    }
  }
  if (dates.size() != 2 || dates[0].iso >= dates[1].iso) return false;
  if (!PlausiblePeriod(dates[0].iso, dates[1].iso)) return true;
  Add("reporting_period_start", dates[0].iso, from + dates[0].start,
      from + dates[0].end, 0.75, "cover.reporting_period.two_dates", out);
  Add("reporting_period_end", dates[1].iso, from + dates[1].start,
      from + dates[1].end, 0.75, "cover.reporting_period.two_dates", out);
  return true;
}

// "REPORT FOR THE PERIOD BEGINNING 12/01/04   AND END: epiON OF MAR)": a
// stamp over "AND ENDING" and its box leaves the BEGINNING box, which
// stands alone when it is a first day of a month right after the caption.
void LoneBeginning(std::string_view text, size_t begin, size_t end,
                   std::vector<Hit>* out) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece m;
  if (!Rules().beginning_box.Match(in, begin, end, RE2::UNANCHORED, &m, 1)) {
    return;
  }
  size_t from = m.data() - text.data() + m.size();
  size_t le = std::min(end, text.find('\n', from));
  std::string_view rest = text.substr(from, le - from);
  size_t skip = rest.find_first_not_of(" \t_:.=-");
  if (skip == std::string_view::npos) return;
  std::optional<DateMatch> d = BoxDate(rest.substr(skip));
  if (!d || d->start != 0 || IsoDay(d->iso) != 1) return;
  Add("reporting_period_start", d->iso, from + skip, from + skip + d->end, 0.6,
      "cover.reporting_period.one_box", out);
}

// "REPORT FOR THE PERI      AND ENDING   11/30/94": a stamp over the
// BEGINNING caption and its box leaves the form's capitalised "AND ENDING"
// caption (OCR may join its words), which stands alone when its box right
// after it holds a last day of a month and nothing follows on the line.
void LoneEnding(std::string_view text, size_t begin, size_t end,
                std::vector<Hit>* out) {
  static const RE2* const kEnding =
      new RE2(R"((?i)\band ?ending[ \t_:.=\-]*)");
  re2::StringPiece in(text.data(), end);
  re2::StringPiece m;
  if (!kEnding->Match(in, begin, end, RE2::UNANCHORED, &m, 1)) return;
  // The form's capitals, OCR may misread one or two ("anD ENDING"); a
  // sentence's "and ending" is no caption.
  int capitals = 0;
  for (char c : std::string_view(m.data(), m.size())) {
    capitals += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  if (capitals < 5) return;
  size_t from = m.data() - text.data() + m.size();
  size_t le = std::min(end, text.find('\n', from));
  std::string_view rest = Trim(text.substr(from, le - from));
  std::optional<DateMatch> d = BoxDate(rest);
  if (!d || d->start != 0 || !IsLastDayOfMonth(d->iso)) return;
  std::string_view after = rest.substr(d->end);
  for (char c : after) {
    if (std::isalnum(static_cast<unsigned char>(c))) return;
  }
  size_t s = rest.data() - text.data();
  // The BEGINNING box may have survived the stamp without its caption
  // ("REPORT FOR THE PERIOD BEG)   01/01/99   ANDENDING   12/31/99"): one
  // date before "AND ENDING" on its line, and no other, opens the period.
  size_t ls = text.rfind('\n', m.data() - text.data());
  ls = ls == std::string_view::npos ? 0 : ls + 1;
  std::vector<DateMatch> before =
      DatesOnLine(text.substr(ls, m.data() - text.data() - ls));
  if (before.size() == 1 && before[0].iso < d->iso &&
      PlausiblePeriod(before[0].iso, d->iso)) {
    Add("reporting_period_start", before[0].iso, ls + before[0].start,
        ls + before[0].end, 0.75, "cover.reporting_period.two_dates", out);
    Add("reporting_period_end", d->iso, s, s + d->end, 0.75,
        "cover.reporting_period.two_dates", out);
    return;
  }
  Add("reporting_period_end", d->iso, s, s + d->end, 0.6,
      "cover.reporting_period.one_box", out);
}

void PeriodBeginningEnding(std::string_view text, size_t begin, size_t end,
                           std::vector<Hit>* out) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[3];
  if (!Rules().period_beginning.Match(in, begin, end, RE2::UNANCHORED, g, 3)) {
    if (!PeriodByTwoDates(text, begin, end, out)) {
      LoneBeginning(text, begin, end, out);
      LoneEnding(text, begin, end, out);
    }
    return;
  }
  std::string_view a = Trim(std::string_view(g[1].data(), g[1].size()));
  std::string_view b = Trim(std::string_view(g[2].data(), g[2].size()));
  size_t as = a.data() - text.data(), bs = b.data() - text.data();
  std::optional<DateMatch> from = BoxDate(a);
  std::optional<DateMatch> to = BoxDate(b);
  // Stamps and specks between "AND ENDING" and its box: the first date
  // further along the same line.
  if (from && !to) {
    size_t le = std::min(end, text.find('\n', bs));
    std::optional<DateMatch> d = FindDate(text.substr(bs, le - bs));
    if (d) {
      to = d;
    } else {
      std::string_view rest = text.substr(bs, le - bs);
      re2::StringPiece r(rest.data(), rest.size());
      re2::StringPiece m;
      if (Rules().numeric_date.Match(r, 0, r.size(), RE2::UNANCHORED, &m, 1)) {
        size_t off = m.data() - rest.data();
        to = BoxDate(rest.substr(off));
        if (to) {
          to->start += off;
          to->end += off;
        }
      }
    }
  }
  // A typeset line wrapped inside the ENDING date ("December 31," over
  // "2003").
  if (from && !to) to = YearWrapped(text, bs, end);
  // Dates typed on a rule: the whole box is the value's span.
  if (!from || !to) {
    std::optional<DateMatch> f = BoxDate(Unruled(a));
    std::optional<DateMatch> t = BoxDate(Unruled(b));
    if (!from && f) from = DateMatch{f->iso, 0, a.size()};
    if (!to && t) to = DateMatch{t->iso, 0, b.size()};
  }
  // Both, or one that looks like a period's edge: a box read wrongly
  // could give any date, so a date alone (a stamp or handwriting over the
  // other box) stands only as a first day of a month in the BEGINNING box
  // or a last day of a month in the ENDING box, at a lower confidence.
  if (!from || !to || from->iso >= to->iso) {
    if (PeriodByTwoDates(text, begin, end, out)) return;
    if (from && !to && IsoDay(from->iso) == 1) {
      Add("reporting_period_start", from->iso, as + from->start,
          as + from->end, 0.6, "cover.reporting_period.one_box", out);
    } else if (to && !from && IsLastDayOfMonth(to->iso)) {
      Add("reporting_period_end", to->iso, bs + to->start, bs + to->end, 0.6,
          "cover.reporting_period.one_box", out);
    }
    return;
  }
  if (!PlausiblePeriod(from->iso, to->iso)) return;
  Add("reporting_period_start", from->iso, as + from->start, as + from->end,
      0.85, "cover.reporting_period.beginning_ending", out);
  Add("reporting_period_end", to->iso, bs + to->start, bs + to->end, 0.85,
      "cover.reporting_period.beginning_ending", out);
}

// "For the month of March 2024" (6-K): the period is the month, its first
// day to its last.
void MonthOf(std::string_view text, size_t begin, size_t end,
             std::vector<Hit>* out) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[3];
  if (!Rules().month_of.Match(in, begin, end, RE2::UNANCHORED, g, 3)) return;
  // g[0] is the whole phrase.
  std::string month(g[1].data(), g[1].size());
  std::string year(g[2].data(), g[2].size());
  std::optional<std::string> first = ParseDate(month + " 1, " + year);
  if (!first) return;
  std::optional<std::string> last;
  for (int day = 31; day >= 28 && !last; --day) {
    last = ParseDate(month + " " + std::to_string(day) + ", " + year);
  }
  if (!last) return;
  size_t s = g[1].data() - text.data();
  size_t e = g[2].data() + g[2].size() - text.data();
  // On a cover the phrase stands on its own line; in a sentence ("For the
  // month of March 2024, sales rose ...") it is no period of the report.
  size_t ls = text.rfind('\n', g[0].data() - text.data());
  ls = ls == std::string_view::npos ? 0 : ls + 1;
  size_t le = std::min(end, text.find('\n', e));
  if (!Trim(text.substr(ls, g[0].data() - text.data() - ls)).empty() ||
      !Trim(StripTrailingPunct(text.substr(e, le - e))).empty()) {
    return;
  }
  Add("reporting_period_start", *first, s, e, 0.85,
      "cover.reporting_period.month_of", out);
  Add("reporting_period_end", *last, s, e, 0.85,
      "cover.reporting_period.month_of", out);
}

// The date under a phrase that ends its cell ("For the fiscal year ended"
// beside "Commission File Number", over "December 31, 1995" beside
// "1-8787"): on the next line that is not blank, in the phrase's columns
// (a few more either side), and alone there. [phrase_start, phrase_end)
// spans the phrase; *s and the date are as DatedPhrase gives them.
std::optional<DateMatch> DateUnderPhrase(std::string_view text, size_t begin,
                                         size_t phrase_start,
                                         size_t phrase_end, size_t end,
                                         size_t* s) {
  size_t ls = text.rfind('\n', phrase_start);
  ls = ls == std::string_view::npos || ls < begin ? begin : ls + 1;
  size_t col0 = phrase_start - ls, col1 = phrase_end - ls;
  size_t at = text.find('\n', phrase_end);
  for (int blanks = 0; at != std::string_view::npos && at + 1 < end;) {
    size_t from = at + 1;
    size_t to = std::min(end, text.find('\n', from));
    std::string_view line = text.substr(from, to - from);
    if (Trim(line).empty()) {
      if (++blanks > 1) break;
      at = to;
      continue;
    }
    size_t a = col0 > 4 ? col0 - 4 : 0;
    size_t b = std::min(line.size(), col1 + 4);
    if (a >= b) break;
    std::string_view cell = line.substr(a, b - a);
    // The cell must not run on past the columns: a sentence under the
    // phrase is no date of its own.
    if (b < line.size() && line[b] != ' ' && cell.back() != ' ') break;
    if (a > 0 && line[a - 1] != ' ' && cell.front() != ' ') break;
    std::string_view t = Trim(cell);
    std::optional<DateMatch> d = FindDate(t);
    if (!d || d->start != 0 ||
        !Trim(StripTrailingPunct(t.substr(d->end))).empty()) {
      break;
    }
    *s = from + a + (t.data() - cell.data());
    return d;
  }
  return std::nullopt;
}

// The first phrase of `re` in text[begin, end) that a date follows
// ("For the quarterly period ended March 31 , 2002", "... ended 30 June
// 2012"), past phrases on a blank rule ("ended ________"): the date, and
// in *s the offset its match is relative to.
std::optional<DateMatch> DatedPhrase(const RE2& re, std::string_view text,
                                     size_t begin, size_t end, size_t* s) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[2];
  while (begin < end && re.Match(in, begin, end, RE2::UNANCHORED, g, 2)) {
    std::string_view v(g[1].data(), g[1].size());
    *s = g[1].data() - text.data();
    // The phrase ends its line inside a box drawn in characters: the date
    // follows the next line's side ("|     For the fiscal year ended" over
    // "|     December 31, 1996").
    if (v.size() > 1 && v[0] == '|' && (v[1] == ' ' || v[1] == '\t')) {
      size_t k = v.find_first_not_of(" \t", 1);
      if (k != std::string_view::npos && k <= 12) {
        v.remove_prefix(k);
        *s += k;
      }
    }
    std::optional<DateMatch> d = FindDateNear(v, 1);
    if (!d) d = FindDamagedDateNear(v, 2);
    if (d) return d;
    *s = g[1].data() - text.data();
    // The phrase ends its cell: what follows on its line is another's,
    // three blanks or more away (or nothing).
    size_t pe = *s;
    while (pe > 0 && (text[pe - 1] == ' ' || text[pe - 1] == ':')) --pe;
    size_t gap = *s - pe;
    bool own_cell = pe > 0 && text[pe - 1] != '\n' &&
                    text.substr(pe, *s - pe).find('\n') ==
                        std::string_view::npos &&
                    gap >= 3;
    if (own_cell) {
      size_t under = 0;
      d = DateUnderPhrase(text, begin, g[0].data() - text.data(), pe, end,
                          &under);
      if (d) {
        *s = under;
        return d;
      }
    }
    begin = *s;
  }
  return std::nullopt;
}

void Periods(std::string_view text, size_t begin, size_t end,
             std::vector<Hit>* out) {
  PeriodBeginningEnding(text, begin, end, out);
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[3];
  MonthOf(text, begin, end, out);
  size_t s = 0;
  if (std::optional<DateMatch> q =
          DatedPhrase(Rules().quarter, text, begin, end, &s)) {
    Add("reporting_period_end", q->iso, s + q->start, s + q->end, 0.85,
        "cover.reporting_period.quarter_ended", out);
  }
  if (Rules().period.Match(in, begin, end, RE2::UNANCHORED, g, 3)) {
    std::optional<DateMatch> to =
        FindDate(std::string_view(g[2].data(), g[2].size()));
    if (to) {
      std::string_view from_text(g[1].data(), g[1].size());
      std::optional<DateMatch> from = FindDate(from_text);
      if (!from)
        from = FindMonthDay(from_text, std::stoi(to->iso.substr(0, 4)));
      size_t fs = g[1].data() - text.data();
      size_t ts = g[2].data() - text.data();
      if (from) {
        Add("reporting_period_start", from->iso, fs + from->start,
            fs + from->end, 0.9, "cover.reporting_period", out);
      }
      Add("reporting_period_end", to->iso, ts + to->start, ts + to->end, 0.9,
          "cover.reporting_period", out);
    }
  }
  // "For Period Ended: December 31, 2004" (Form 12b-25): a line of its
  // own that ends in the date, or in a remark on it in parentheses ("June
  // 29, 2002 (fifty-two weeks; ...").
  if (Rules().period_ended.Match(in, begin, end, RE2::UNANCHORED, g, 2)) {
    std::string_view v(g[1].data(), g[1].size());
    std::optional<DateMatch> pd = FindDateNear(v, 1);
    std::string_view rest =
        pd ? Trim(StripTrailingPunct(v.substr(pd->end))) : std::string_view();
    if (pd && (rest.empty() || rest.front() == '(')) {
      size_t ps = g[1].data() - text.data();
      Add("reporting_period_end", pd->iso, ps + pd->start, ps + pd->end, 0.8,
          "cover.reporting_period.period_ended", out);
    }
  }
  std::optional<DateMatch> d =
      DatedPhrase(Rules().fiscal_year, text, begin, end, &s);
  if (!d) return;
  // On a cover the phrase stands on its own line ("For the fiscal year
  // ended March 31, 2016"); inside a sentence it may name another year.
  size_t ls = text.rfind('\n', s);
  ls = ls == std::string_view::npos ? 0 : ls + 1;
  size_t le = std::min(end, text.find('\n', s));
  // Or it ends the line of the report's box ("[X] Annual report pursuant
  // to Section 13 or 15(d) of the Securities Exchange Act of 1934 for the
  // fiscal year ended December 31, 2024").
  static const RE2* const kReportLine = new RE2(
      R"((?i)^\W*(?:x\W*)?annual\s+report\s+(?:pursuant\s+to|under)\s+section\s+13\b.*)");
  // The year an auditor is appointed for ("ratify the appointment of ...
  // as auditors of the Company for the fiscal year ending December 31,
  // 1998", a proxy statement's proposal, on a short line of its own) says
  // when the fiscal year ends, as prose does, but is no report's period.
  static const RE2* const kAuditorsYear = new RE2(
      R"((?i).*\b(?:auditors?|accountants?|accounting\s+firm))"
      R"((?:\s+of\s+the\s+\w+)?\s+for\s+the\s+(?:fiscal\s+)?year\s+)"
      R"(end(?:ed|ing)\W*)");
  re2::StringPiece line_head(text.data() + ls, s - ls);
  bool own_line = (le - ls < 90 || RE2::FullMatch(line_head, *kReportLine)) &&
                  !RE2::FullMatch(line_head, *kAuditorsYear);
  Add("fiscal_year_end", d->iso, s + d->start, s + d->end,
      own_line ? 0.85 : 0.6,
      own_line ? "cover.fiscal_year_end" : "cover.fiscal_year_end.prose", out);
  // An annual report's cover: the year it covers is its period.
  if (own_line) {
    Add("reporting_period_end", d->iso, s + d->start, s + d->end, 0.8,
        "cover.reporting_period.fiscal_year_ended", out);
  }
}

// A date alone on a line before the registrant's name, with no label:
// "December 14, 2023" under "Securities Exchange Act of 1934".
// A date wrapped under its label ("Expires:" of the OMB box over "Oct. 31,
// 2023.") is that label's value, not a standalone date.
// A cover without captions (an 11-K's items) ends where the report's
// signatures or its auditor's report begin: the date under "/s/ Kellner
// Thorsby LLP" is the report's signing date.
// A letter's date ("December 13, 2006" over "VIA EDGAR", the Commission's
// address, "Re: ..." and "Ladies and Gentlemen:", a transmittal letter
// filed before the cover) is the letter's.
void StandaloneDate(const std::vector<Line>& lines, std::vector<Hit>* out) {
  static const RE2* const kReportBegins = new RE2(
      R"((?i)/s/|^\s*(?:report\s+of\s+independent|signatures?\s*$))");
  // (Or a letter to the holders: "Dear Shareholder:".)
  static const RE2* const kLetter =
      new RE2(R"((?i)^\s*(?:via\s+edgar\b|ladies\s+and\s+gentlemen\b|re\s*:|)"
              R"(dear\s+(?:fellow\s+)?(?:share|stock|unit)holders?\b))");
  std::string_view previous;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.kind == LineKind::kLabel) return;
    if (l.kind != LineKind::kText) continue;
    if (RE2::PartialMatch(re2::StringPiece(l.text.data(), l.text.size()),
                          *kReportBegins)) {
      return;
    }
    std::string_view before = previous;
    previous = Trim(l.text);
    std::optional<std::string> d = ParseDate(l.text);
    if (!d) continue;
    if (!before.empty() && before.back() == ':') continue;
    // A letter's date under its signer's title ("President and Chief
    // Operating Officer" over "February 26, 1999"): the letter's.
    if (!before.empty() && before.size() < 80 && IsJobTitle(before)) continue;
    bool letter = false;
    for (size_t j = i + 1; j < lines.size() && j <= i + 12 && !letter; ++j) {
      // (On the date's page: a report's date on its title page is no
      // letter's that opens the next.)
      std::string_view between(
          l.text.data(),
          lines[j].text.data() + lines[j].text.size() - l.text.data());
      if (between.find('\f') != std::string_view::npos) break;
      letter = RE2::PartialMatch(
          re2::StringPiece(lines[j].text.data(), lines[j].text.size()),
          *kLetter);
    }
    if (letter) continue;
    std::string_view t = Trim(l.text);
    size_t s = l.start + (t.data() - l.text.data());
    Add("report_date", *d, s, s + t.size(), 0.6, "cover.report_date.standalone",
        out);
    return;
  }
}

void PhoneLineAt(const std::vector<Line>& lines, size_t j, double confidence,
                 const char* rule, std::vector<Hit>* out);

// A captionless address block's two cells: a street opening with its
// number over a city ending in its postal code, neither a caption nor
// over 60 characters ("100 Abbott Park Road" / "Abbott Park, Illinois
// 60064-6400").
bool StreetOverCity(const LayoutCell& a, const LayoutCell& c) {
  std::string_view street = Trim(a.text);
  std::string_view city = StripTrailingPunct(Trim(c.text));
  size_t zs = 0, ze = 0;
  // (A grid address of rural Wisconsin or Illinois opens with its
  // direction: "N7650 County Road E".)
  const bool grid = street.size() > 2 &&
                    std::strchr("NSEW", street[0]) != nullptr &&
                    std::isdigit(static_cast<unsigned char>(street[1]));
  return !street.empty() &&
         (std::isdigit(static_cast<unsigned char>(street[0])) || grid) &&
         street.size() <= 60 && city.size() <= 60 &&
         ClassifyLabel(street).kind == LabelKind::kNone &&
         ClassifyLabel(city).kind == LabelKind::kNone &&
         FindZip(city, &zs, &ze) && ze == city.size();
}

// The block StreetOverCity accepts, as the address (street, city) and its
// zip, and the telephone on the first line from `phone_from`; rules
// "cover.{address,zip,phone}.<how>". Nothing when the address reads as
// garbled.
void EmitStreetOverCity(const std::vector<Line>& lines, const LayoutCell& a,
                        const LayoutCell& c, size_t phone_from,
                        double confidence, const std::string& how,
                        std::vector<Hit>* out) {
  std::string_view street = Trim(a.text);
  std::string_view city = StripTrailingPunct(Trim(c.text));
  size_t zs = 0, ze = 0;
  FindZip(city, &zs, &ze);
  std::string value = FoldSpace(street) + ", " + FoldSpace(city);
  if (GarbledAddress(value)) return;
  size_t as = a.start + (street.data() - a.text.data());
  size_t cs = c.start + (city.data() - c.text.data());
  Add("address", value, as, cs + city.size(), confidence,
      ("cover.address." + how).c_str(), out);
  Add("zip_code", std::string(city.substr(zs, ze - zs)), cs + zs, cs + ze,
      confidence, ("cover.zip." + how).c_str(), out);
  PhoneLineAt(lines, phone_from, confidence, ("cover.phone." + how).c_str(),
              out);
}

// "ABBOTT LABORATORIES" / "An Illinois Corporation": on a cover with no
// captions, a cell that is only the incorporation phrase gives the state,
// and the line just above it, when it is a name and nothing else, the
// registrant's name (at lower confidence than any captioned reading).
// Under the incorporation phrase of a captionless cover, the first cells
// of the next two lines: a street line opening with its number and a city
// line ending in its postal code ("100 Abbott Park Road" / "Abbott Park,
// Illinois 60064-6400") are the registrant's address and zip.
void AddressUnderPhrase(const std::vector<Line>& lines, size_t i,
                        std::vector<Hit>* out) {
  const LayoutCell* parts[2] = {nullptr, nullptr};
  size_t n = 0;
  size_t j = i + 1;
  for (size_t skipped = 0; j < lines.size() && j <= i + 3 + skipped && n < 2;
       ++j) {
    const Line& l = lines[j];
    if (l.kind == LineKind::kBlank) continue;
    if ((l.kind != LineKind::kText && l.kind != LineKind::kLabel) ||
        l.cells.empty()) {
      return;
    }
    // The employer number under its caption on the phrase's line ("An
    // Illinois Corporation   I.R.S. Employer Identification No.").
    if (n == 0 && l.cells.size() == 1 && !NormalIrs(l.cells[0].text).empty()) {
      ++skipped;
      continue;
    }
    parts[n++] = &l.cells[0];
  }
  if (n < 2 || !StreetOverCity(*parts[0], *parts[1])) return;
  EmitStreetOverCity(lines, *parts[0], *parts[1], j, 0.6, "incorporation_phrase",
                     out);
}

// A street line over a city line ending in its postal code, each the only
// cell of its line, the city's with a comma ("Boise, Idaho 83702"): lines
// `i` and the next non-blank one. Returns the index of the city line, or 0
// when the pair is no such address.
// A typed city line whose ZIP code stands two or three blanks after the
// state ("Dayton, Ohio  45402", the postal style of the 1990s): the two
// cells as one, in *merged.
bool CityWithZip(const Line& l, LayoutCell* merged) {
  if (l.cells.size() != 2 || l.has_tab) return false;
  const LayoutCell& city = l.cells[0];
  const LayoutCell& zip = l.cells[1];
  static const RE2* const kZip = new RE2(R"(\d{5}(?:-\d{4})?)");
  if (zip.col_start - city.col_end > 4 ||
      !RE2::FullMatch(re2::StringPiece(zip.text.data(), zip.text.size()),
                      *kZip) ||
      city.text.find(',') == std::string_view::npos) {
    return false;
  }
  *merged = city;
  merged->end = zip.end;
  merged->col_end = zip.col_end;
  merged->text = std::string_view(city.text.data(), zip.end - city.start);
  return true;
}

size_t AddressPairAt(const std::vector<Line>& lines, size_t i) {
  auto single = [&](size_t k) {
    return k < lines.size() && lines[k].cells.size() == 1 &&
           (lines[k].kind == LineKind::kText ||
            lines[k].kind == LineKind::kLabel);
  };
  if (!single(i)) return 0;
  size_t j = i + 1;
  while (j < lines.size() && lines[j].kind == LineKind::kBlank) ++j;
  if (!single(j) || !StreetOverCity(lines[i].cells[0], lines[j].cells[0]) ||
      StripTrailingPunct(Trim(lines[j].cells[0].text)).find(',') ==
          std::string_view::npos) {
    return 0;
  }
  return j;
}

// The number alone on the first non-blank line from `j` ("(224) 667-6100",
// "Telephone: (224) 667-6100"): the phone of the block above it.
void PhoneLineAt(const std::vector<Line>& lines, size_t j, double confidence,
                 const char* rule, std::vector<Hit>* out) {
  while (j < lines.size() && lines[j].kind == LineKind::kBlank) ++j;
  if (j >= lines.size() || lines[j].cells.size() != 1) return;
  static const RE2* const kTel = new RE2(
      R"((?i)\s*(?:(?:tele)?phone(?: number)?|tel\.?)?\s*:?\s*(\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4})\s*)");
  const LayoutCell& t = lines[j].cells[0];
  re2::StringPiece number;
  if (!RE2::FullMatch(re2::StringPiece(t.text.data(), t.text.size()), *kTel,
                      &number)) {
    return;
  }
  std::string phone =
      NormalPhone(std::string_view(number.data(), number.size()));
  if (phone.empty()) return;
  size_t ps = t.start + (number.data() - t.text.data());
  Add("phone", phone, ps, ps + number.size(), confidence, rule, out);
}

// A cover that prints the registrant's name with no caption, on a line of
// its own before any caption ("NORHAVEN MEDICAL DEVICES, INC." over
// "Commission File Number: ..."): a name of a few words ending in its legal
// form, in the cover's first lines, below every captioned reading.
// The first line of a cover that is the first part of a name wrapped
// over two lines ("PLATTE CROSSING" over "FOODS, INC."; a word spaced out
// letter by letter, "P E M I G E W A S S E T", over "TAX-EXEMPT INCOME
// FUND, INC."): a few words of capitals, nothing else; empty for another.
std::string NameHead(std::string_view t) {
  static const RE2 spaced_re("(?:[A-Z] ){3,}[A-Z]");
  std::string head(t);
  if (RE2::FullMatch(head, spaced_re)) {
    head.erase(std::remove(head.begin(), head.end(), ' '), head.end());
  }
  static const RE2 words_re("[A-Z][A-Z&'.\\-]*(?: [A-Z][A-Z&'.\\-]*){0,4}");
  if (!RE2::FullMatch(head, words_re) || IsCoverHeading(head) ||
      EndsInLegalForm(head) || ClassifyLabel(head).kind != LabelKind::kNone) {
    return "";
  }
  return head;
}

void NameAlone(const std::vector<Line>& lines, std::vector<Hit>* out) {
  size_t seen = 0;
  std::string head;  // the cover's first line, when a name's first part
  size_t head_start = 0;
  for (const Line& l : lines) {
    if (l.kind == LineKind::kBlank || l.kind == LineKind::kRule ||
        l.kind == LineKind::kMarkup) {
      continue;
    }
    if (l.kind == LineKind::kLabel || ++seen > 30) return;
    if (l.cells.size() != 1) {
      // A line of captions and values ("Commission File Number: | ...")
      // ends the search as a caption line does.
      for (const LayoutCell& c : l.cells) {
        if (ClassifyLabel(c.text).kind != LabelKind::kNone) return;
      }
      continue;
    }
    std::string_view t = Trim(l.cells[0].text);
    if (ClassifyLabel(t).kind != LabelKind::kNone) return;
    if (seen == 1) {
      head = NameHead(t);
      head_start = l.cells[0].start + (t.data() - l.cells[0].text.data());
    }
    // (A name opens with a capital: "million to the Company." is the end
    // of a wrapped sentence. "Filed by Rogue River Bancshares, Inc." over
    // "pursuant to Rule 425" names the filer of another company's
    // communication.)
    static const RE2 filed_by_re("(?i)(?:filed|submitted)\\s+by\\b.*");
    if (t.size() > 80 || HasDigit(t) || IsCoverHeading(t) ||
        RE2::FullMatch(re2::StringPiece(t.data(), t.size()), filed_by_re) ||
        !EndsInLegalForm(t) || t.find(':') != std::string_view::npos ||
        !std::isupper(static_cast<unsigned char>(t.front()))) {
      continue;
    }
    int words = 1;
    for (char c : t) words += c == ' ' ? 1 : 0;
    if (words > 8) continue;
    std::string name = NormalName(t);
    if (name.empty()) continue;
    size_t s = l.cells[0].start + (t.data() - l.cells[0].text.data());
    // Its first part on the cover's first line, in capitals as the rest.
    if (seen == 2 && !head.empty() &&
        std::none_of(t.begin(), t.end(), [](char c) {
          return std::islower(static_cast<unsigned char>(c));
        })) {
      std::string whole = NormalName(head + " " + std::string(t));
      if (!whole.empty()) {
        Add("registrant_name", whole, head_start, s + t.size(), 0.5,
            "cover.name.alone", out);
        return;
      }
    }
    Add("registrant_name", name, s, s + t.size(), 0.5, "cover.name.alone",
        out);
    return;
  }
}

// A prospectus's cover names its issuer beside the offering, with no
// caption: "4,500,000 Shares" over "Pellucid Water Technologies, Inc."
// over "Common Stock", "$500,000,000" over the issuer over "4.25% Senior
// Notes due 2030", or the issuer over "12,000,000 American Depositary
// Shares". A name ending in its legal form, next to (one line from) a line
// that is only the amount offered, in the cover's first lines of a
// document calling itself a prospectus; below every captioned reading.
void ProspectusName(std::string_view text, size_t begin, size_t end,
                    const std::vector<Line>& lines, std::vector<Hit>* out) {
  static const RE2* const kProspectus = new RE2(R"((?i)\bprospectus\b)");
  re2::StringPiece in(text.data(), end);
  if (!kProspectus->Match(in, begin, std::min(end, begin + 1500),
                          RE2::UNANCHORED, nullptr, 0)) {
    return;
  }
  static const RE2* const kOffered = new RE2(
      R"((?i)\s*(?:(?:U\.?S\.?)?\$\s?[\d,]+(?:\.\d+)?(?:\s+(?:million|billion))?)"
      R"((?:\s+(?:aggregate\s+principal\s+amount|of\s+common\s+stock))?|)"
      R"([\d,]{5,}\s+(?:shares|units|common\s+shares|ordinary\s+shares|)"
      R"(american\s+depositary\s+shares|depositary\s+shares)(?:\s+of\s+common\s+stock)?)\s*)");
  std::vector<size_t> text_lines;
  for (size_t i = 0; i < lines.size() && text_lines.size() < 40; ++i) {
    const Line& l = lines[i];
    if (l.kind == LineKind::kText || l.kind == LineKind::kLabel) {
      text_lines.push_back(i);
    }
  }
  auto offered = [&](size_t k) {
    if (k >= text_lines.size()) return false;
    const Line& l = lines[text_lines[k]];
    return l.cells.size() == 1 &&
           RE2::FullMatch(re2::StringPiece(l.cells[0].text.data(),
                                           l.cells[0].text.size()),
                          *kOffered);
  };
  for (size_t k = 0; k < text_lines.size(); ++k) {
    const Line& l = lines[text_lines[k]];
    if (l.cells.size() != 1 || !(offered(k + 1) || (k > 0 && offered(k - 1)))) {
      continue;
    }
    std::string_view t = Trim(l.cells[0].text);
    if (t.size() > 80 || HasDigit(t) || IsCoverHeading(t) ||
        !EndsInLegalForm(t) || ClassifyLabel(t).kind != LabelKind::kNone) {
      continue;
    }
    std::string name = NormalName(t);
    if (name.empty()) continue;
    size_t s = l.cells[0].start + (t.data() - l.cells[0].text.data());
    Add("registrant_name", name, s, s + t.size(), 0.5,
        "cover.name.prospectus", out);
    return;
  }
}

// A letterhead of one line, its parts set apart by dots, bars or stars: "175
// South Main Street, Suite 1400 \u00b7 Salt Lake City, Utah 84111 \u00b7 (801)
// 555-0106". The street (a number first) and the city's part ending in its
// ZIP give the address; a telephone part the phone.
bool OneLineLetterhead(const Line& l, std::vector<Hit>* out) {
  if (l.cells.size() != 1) return false;
  std::string_view t = l.cells[0].text;
  static const RE2* const kSeparator =
      new RE2(R"(\s+(?:\x{00B7}|\x{2022}|\||\*|\x{2013}|\x{2014})\s+)");
  std::vector<std::string_view> parts;
  re2::StringPiece in(t.data(), t.size());
  re2::StringPiece m;
  size_t from = 0;
  while (kSeparator->Match(in, from, t.size(), RE2::UNANCHORED, &m, 1)) {
    size_t at = m.data() - t.data();
    parts.push_back(t.substr(from, at - from));
    from = at + m.size();
  }
  parts.push_back(t.substr(from));
  if (parts.size() < 2 || parts.size() > 4) return false;
  for (size_t k = 0; k + 1 < parts.size(); ++k) {
    std::string_view street = Trim(parts[k]), city = Trim(parts[k + 1]);
    size_t zs = 0, ze = 0;
    if (street.empty() ||
        !std::isdigit(static_cast<unsigned char>(street[0])) ||
        !AddressEndingInZip(city, &zs, &ze)) {
      continue;
    }
    std::string value =
        FoldSpace(std::string(street) + ", " + std::string(city));
    if (GarbledAddress(value)) return false;
    size_t base = l.cells[0].start;
    size_t as = base + (street.data() - t.data());
    size_t ce = base + (city.data() - t.data());
    Add("address", value, as, ce + city.size(), 0.5, "cover.address.letterhead",
        out);
    Add("zip_code", std::string(city.substr(zs, ze - zs)), ce + zs, ce + ze,
        0.5, "cover.zip.letterhead", out);
    if (k + 2 < parts.size()) {
      std::string_view tel = Trim(parts[k + 2]);
      std::string phone = NormalPhone(tel);
      if (!phone.empty()) {
        size_t ps = base + (tel.data() - t.data());
        Add("phone", phone, ps, ps + tel.size(), 0.5, "cover.phone.letterhead",
            out);
      }
    }
    return true;
  }
  return false;
}

// A proxy statement has no address caption: the registrant's address is
// the letterhead of its letter to the holders, the street and city lines
// (and a telephone line) in the few lines over "Dear Stockholder:" /
// "To Our Shareholders:", "To the Shareholders of Bramblecote Financial
// Corporation:", or over the notice of its meeting. Only a letter to the
// company's own holders is read, so a law firm's or agent's letterhead never
// is; every captioned reading outranks it.
void LetterheadAddress(const std::vector<Line>& lines, std::vector<Hit>* out) {
  static const RE2* const kSalutation = new RE2(
      R"((?i)\s*(?:dear|to\s+(?:all\s+)?our)\s+(?:fellow\s+)?(?:stock|share|unit)holders?\s*[:,]?\s*)"
      // "To the Shareholders of Bramblecote Financial Corporation:", the
      // holders of the company whose notice it is.
      R"(|(?i)\s*to\s+the\s+(?:stock|share|unit)holders\s+of\s+[^:]{2,80}:\s*)"
      // Or the notice of its meeting, the company's own as the letter is
      // ("NOTICE OF ANNUAL MEETING OF SHAREHOLDERS" under the letterhead).
      R"(|(?i)\s*notice\s+of\s+(?:the\s+)?(?:\d{4}\s+)?(?:annual|special)\s+)"
      R"(meeting\s+of\s+(?:stock|share|unit)holders\s*)");
  // Or wrapped: "To the Shareholders of" over "Gabilan Valley Utilities
  // Company:".
  static const RE2* const kWrapped =
      new RE2(R"((?i)\s*to\s+the\s+(?:stock|share|unit)holders\s+of\s*)");
  auto ends_in_colon = [&](size_t k) {
    if (k >= lines.size() || lines[k].cells.size() != 1) return false;
    std::string_view n = Trim(lines[k].cells[0].text);
    return !n.empty() && n.size() <= 80 && n.back() == ':';
  };
  for (size_t s = 0; s < lines.size(); ++s) {
    if (lines[s].cells.size() != 1) continue;
    std::string_view t = lines[s].cells[0].text;
    re2::StringPiece tp(t.data(), t.size());
    if (!RE2::FullMatch(tp, *kSalutation) &&
        !(RE2::FullMatch(tp, *kWrapped) && ends_in_colon(s + 1))) {
      continue;
    }
    // The nearest street-over-city pair within a dozen lines above.
    size_t seen = 0;
    for (size_t i = s; i-- > 0 && seen < 12;) {
      if (lines[i].kind == LineKind::kBlank) continue;
      ++seen;
      if (OneLineLetterhead(lines[i], out)) return;
      size_t j = AddressPairAt(lines, i);
      if (j == 0 || j >= s) {
        // The city line with its ZIP code two blanks apart.
        LayoutCell city;
        if (i + 1 < s && lines[i].cells.size() == 1 &&
            lines[i].kind == LineKind::kText &&
            CityWithZip(lines[i + 1], &city) &&
            StreetOverCity(lines[i].cells[0], city)) {
          EmitStreetOverCity(lines, lines[i].cells[0], city, i + 2, 0.5,
                             "letterhead", out);
          return;
        }
        continue;
      }
      EmitStreetOverCity(lines, lines[i].cells[0], lines[j].cells[0], j + 1,
                         0.5, "letterhead", out);
      return;
    }
    return;
  }
}

// The cell of line `l` in the column of `c` (their columns overlap), the
// only one that does; nullptr otherwise.
const LayoutCell* CellUnder(const Line& l, const LayoutCell& c) {
  const LayoutCell* found = nullptr;
  for (const LayoutCell& d : l.cells) {
    if (Overlap(d, c) <= 0) continue;
    if (found) return nullptr;
    found = &d;
  }
  return found;
}

// Calls `take` with group 1 of each match of `re` in text[begin, end)
// (and the whole match, when it takes two), in order, until it returns
// true.
template <typename Take>
void EachMatch(const RE2& re, std::string_view text, size_t begin, size_t end,
               Take take) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[2];
  size_t pos = begin;
  while (pos < end && re.Match(in, pos, end, RE2::UNANCHORED, g, 2)) {
    pos = g[0].data() + g[0].size() - text.data();
    std::string_view group(g[1].data(), g[1].size());
    if constexpr (std::is_invocable_v<Take, std::string_view,
                                      std::string_view>) {
      if (take(group, std::string_view(g[0].data(), g[0].size()))) return;
    } else {
      if (take(group)) return;
    }
  }
}

// Whether the sentence before the one starting at `at` is about the
// registrant: it opens with "The Company", "The Registrant", "The
// Corporation", "The Issuer" or "We" ("The Company was incorporated in
// Washington in 1991. Its principal executive offices are ...").
bool SentenceBeforeIsRegistrants(std::string_view text, size_t at) {
  size_t e = at;
  while (e > 0 && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  if (e == 0 || text[e - 1] != '.') return false;
  size_t s = e - 1;
  size_t floor = s > 400 ? s - 400 : 0;
  while (s > floor) {
    if (text[s - 1] == '\n' && s >= 2 && text[s - 2] == '\n') break;
    if (s >= 2 && text[s - 2] == '.' &&
        std::isspace(static_cast<unsigned char>(text[s - 1]))) {
      break;
    }
    --s;
  }
  static const RE2* const kSubject = new RE2(
      R"(^\s*(?i:the\s+(?:company|registrant|corporation|issuer)\b|we\b))");
  std::string_view sentence = text.substr(s, e - s);
  return RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()),
                           *kSubject);
}

// "Our principal executive offices are (located) at 25800 Science Park
// Drive, Beachwood, Ohio 44122-7312": the sentence of a prospectus, a
// proxy statement or a Schedule 13D ("The principal executive offices of
// the Issuer are located at ...") that gives the registrant's own address
// (our, the Company's, the Registrant's or the Issuer's offices,
// never another party's), up to a postal code closing it. Below every
// captioned reading.
void OfficesSentence(std::string_view text, size_t begin, size_t end,
                     std::vector<Hit>* out) {
  static const RE2* const kOffices = new RE2(
      R"((?i)(?:(?:\b(?:our|the\s+(?:company|registrant|corporation|issuer)(?:'|\x{2019})?s)\s+)"
      R"((?:principal\s+)?(?:executive|corporate|headquarters|head)\s+)"
      R"((?:and\s+administrative\s+)?(?:offices?|headquarters)|)"
      // "Its principal executive offices are ...", after a sentence about
      // the registrant.
      R"(\b(?-i:I)ts\s+(?:principal\s+)?(?:executive|corporate|head)\s+)"
      R"((?:offices?|headquarters)|)"
      R"(\bthe\s+principal\s+executive\s+offices?\s+of\s+the\s+)"
      R"((?:company|registrant|corporation|issuer))\s+(?:are|is)\s+)"
      R"((?:(?:currently\s+|now\s+)?located\s+)?at\s+|)"
      // "The mailing address of the Company's principal executive offices
      // is 175 South Main Street, ..."
      R"(\b(?:mailing\s+|street\s+)?address\s+of\s+(?:our|the\s+)"
      R"((?:company|registrant|corporation|issuer)(?:'|\x{2019})?s)\s+)"
      R"((?:principal\s+)?(?:executive\s+)?offices?\s+(?:is|are)\s+|)"
      // "The address of the principal executive offices of the Company is
      // 800 Plant Avenue, ..." (a Schedule 14D-9's Item 1).
      R"(\b(?:mailing\s+|street\s+)?address\s+of\s+the\s+principal\s+)"
      R"((?:executive\s+)?offices?\s+of\s+the\s+(?:subject\s+)?)"
      R"((?:company|registrant|corporation|issuer)\s+(?:is|are)\s+))"
      R"(([^;:()]{8,160}?))"
      R"((?:,\s+and\b|[.;]\s|\s+and\s+(?:our|its|the)\b|\s*\(|$))");
  EachMatch(
      *kOffices, text, begin, end,
      [&](std::string_view a, std::string_view whole) {
        if (whole.substr(0, 3) == "Its" &&
            !SentenceBeforeIsRegistrants(text, whole.data() - text.data())) {
          return false;
        }
        a = StripTrailingPunct(Trim(a));
        size_t zs = 0, ze = 0;
        if (a.empty() || !std::isdigit(static_cast<unsigned char>(a[0]))) {
          return false;
        }
        // An abbreviation's period ("1610 N.E. Eastgate Boulevard, Pullman,
        // Washington 99163") ended the match early: the address runs on to
        // the first comma or period after a postal code, within 160 letters.
        size_t as = a.data() - text.data();
        for (size_t k = as + a.size(); !AddressEndingInZip(a, &zs, &ze);) {
          while (k < end && k < as + 160 && text[k] != ',' && text[k] != '.' &&
                 text[k] != ';' && text[k] != '(' && text[k] != ':') {
            ++k;
          }
          if (k >= end || k >= as + 160 || text[k] == ';' || text[k] == '(' ||
              text[k] == ':') {
            return false;
          }
          a = StripTrailingPunct(Trim(text.substr(as, k - as)));
          ++k;
        }
        std::string value = FoldSpace(a);
        if (GarbledAddress(value)) return false;
        Add("address", value, as, as + a.size(), 0.5,
            "cover.address.offices_sentence", out);
        Add("zip_code", std::string(a.substr(zs, ze - zs)), as + zs, as + ze,
            0.5, "cover.zip.offices_sentence", out);
        return true;
      });
}

// "We were incorporated in Colorado in 2009", "The Company was organized
// under the laws of the State of Delaware" (prospectuses, proxy
// statements): the registrant's state, below every captioned reading.
// Only our, the Company's, the Registrant's or the Issuer's incorporation
// counts: a subsidiary's or an acquired company's is no registrant's, and
// neither is a proposed reincorporation ("reincorporate into Delaware").
void IncorporatedSentence(std::string_view text, size_t begin, size_t end,
                          std::vector<Hit>* out) {
  static const RE2* const kIncorporated = new RE2(
      R"((?i)\b(?:we|the\s+(?:company|registrant|corporation|issuer))\s+)"
      R"((?:was|were|is|are)\s+(?:incorporated|organized)\s+)"
      R"((?:in|under\s+the\s+laws\s+of)\s+(?:the\s+)?)"
      R"((?:(?:state|commonwealth|province|republic)\s+of\s+(?:the\s+)?)?)"
      R"(((?-i:[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2})))");
  EachMatch(*kIncorporated, text, begin, end, [&](std::string_view w) {
    std::string state = NormalState(w);
    if (state.empty()) return false;
    size_t s = w.data() - text.data();
    Add("state_of_incorporation", state, s, s + w.size(), 0.5,
        "cover.state.incorporated_sentence", out);
    return true;
  });
}

// A proxy statement's date in EDGAR's header is its meeting's: "NOTICE OF
// ANNUAL MEETING OF STOCKHOLDERS To Be Held May 26, 2010", "... Annual
// Meeting of Stockholders ..., which will be held at ..., on Wednesday,
// May 26, 2010". Read only on a Schedule 14A or 14C cover, as the report
// date, below every captioned reading.
void MeetingDate(std::string_view text, size_t begin, size_t end,
                 std::vector<Hit>* out) {
  static const RE2* const kSchedule =
      new RE2(R"((?i)\bschedule\s+14[ac]\b)");
  static const RE2* const kMeeting = new RE2(
      R"((?i)\b(?:annual|special)\s+meeting\s+of\s+(?:the\s+)?(?:stock|share|unit)holders\b)");
  // "... to be held on May 26, 2010", or a line of its own naming the
  // date ("Date and Time: Thursday, May 7, 2020, at 9:00 a.m.").
  static const RE2* const kHeld = new RE2(
      R"((?im)\bheld\b|^[ \t]*(?:meeting\s+)?date(?:\s+and\s+time)?[ \t]*[:\t])");
  // Or a proxy statement filed without its Schedule 14A page: a notice of
  // the meeting near the top (after the letter inviting to it), on no
  // periodic report's cover.
  static const RE2* const kNotice = new RE2(
      R"((?im)^[ \t]*notice\s+of\s+(?:the\s+)?(?:\d{4}\s+)?(?:annual|special)\s+meeting\b)");
  static const RE2* const kReport =
      new RE2(R"((?i)\bform\s+(?:10-K|10-Q|8-K|20-F|40-F|6-K|N-CSR|11-K)\b)");
  re2::StringPiece in(text.data(), end);
  if (!kSchedule->Match(in, begin, std::min(end, begin + 2048), RE2::UNANCHORED,
                        nullptr, 0) &&
      (!kNotice->Match(in, begin, std::min(end, begin + 8192), RE2::UNANCHORED,
                       nullptr, 0) ||
       kReport->Match(in, begin, std::min(end, begin + 2048), RE2::UNANCHORED,
                      nullptr, 0))) {
    return;
  }
  re2::StringPiece m;
  size_t pos = begin;
  while (pos < end && kMeeting->Match(in, pos, end, RE2::UNANCHORED, &m, 1)) {
    size_t after = m.data() + m.size() - text.data();
    pos = after;
    // "held" closely after the meeting's name, and a date closely after
    // "held", in the same sentence.
    std::string_view near = SentenceHead(
        text.substr(after, std::min<size_t>(end - after, 300)));
    re2::StringPiece h;
    if (!kHeld->Match(re2::StringPiece(near.data(), near.size()), 0,
                      near.size(), RE2::UNANCHORED, &h, 1)) {
      continue;
    }
    size_t from = h.data() + h.size() - near.data();
    std::optional<DateMatch> d = FindDate(near.substr(from));
    if (!d) continue;
    size_t s = after + from + d->start;
    Add("report_date", d->iso, s, after + from + d->end, 0.5,
        "cover.report_date.meeting", out);
    return;
  }
}

void IncorporationPhrase(const std::vector<Line>& lines,
                         std::vector<Hit>* out) {
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if ((l.kind != LineKind::kText && l.kind != LineKind::kLabel) ||
        l.cells.empty()) {
      continue;
    }
    const LayoutCell& c = l.cells[0];
    std::string_view t = Trim(c.text);
    std::string state;
    // A government's agency under its name (an 18-K's "(an agency of the
    // Province of Ontario, Canada)"): the province or state it is of.
    static const RE2* const kAgency = new RE2(
        R"((?i)\(?\s*an?\s+(?:agency|instrumentality|political\s+subdivision|)"
        R"(crown\s+corporation)\s+of\s+the\s+(?:province|state|commonwealth)\s+)"
        R"(of\s+([a-z][a-z ]+?)(?:\s*,\s*[a-z][a-z ]+)?\s*\)?)");
    if (RE2::FullMatch(re2::StringPiece(t.data(), t.size()), *kAgency,
                       &state) &&
        !StateCode(state).empty()) {
      size_t s = c.start + (t.data() - c.text.data());
      Add("state_of_incorporation", NormalState(state), s, s + t.size(), 0.7,
          "cover.state.agency_of", out);
      continue;
    }
    if (!RE2::FullMatch(re2::StringPiece(t.data(), t.size()),
                        Rules().incorporated, &state) ||
        NormalState(state).empty()) {
      continue;
    }
    size_t s = c.start + (t.data() - c.text.data());
    Add("state_of_incorporation", NormalState(state), s, s + t.size(), 0.75,
        "cover.state.incorporation_phrase", out);
    for (size_t j = i; j-- > 0 && i - j <= 2;) {
      const Line& above = lines[j];
      if (above.kind == LineKind::kBlank) continue;
      if (above.kind != LineKind::kText || above.cells.size() != 1) break;
      std::string_view n = Trim(above.cells[0].text);
      bool digit = n.find_first_of("0123456789") != std::string_view::npos;
      if (digit || IsCoverHeading(n) || FindDate(n) ||
          ClassifyLabel(n).kind != LabelKind::kNone) {
        break;
      }
      std::string name = NormalName(n);
      size_t ns =
          above.cells[0].start + (n.data() - above.cells[0].text.data());
      if (!name.empty() && n.size() <= 80) {
        Add("registrant_name", name, ns, ns + n.size(), 0.6,
            "cover.name.incorporation_phrase", out);
      }
      break;
    }
    AddressUnderPhrase(lines, i, out);
    return;
  }
}

}  // namespace

// True when the text line just above line `i` reads as the start of an
// address wrapped onto line `i` ("2200 Lakeshore Drive, Suite 100," over
// "Chicago, Illinois 60616 (Address ...)"): it ends in a comma or opens
// with a street number, and is no value closed by its own caption.
namespace {
bool AddressGoesOnAbove(const std::vector<Line>& lines, size_t i) {
  if (i == 0 || lines[i - 1].kind != LineKind::kText) return false;
  std::string_view p = Trim(lines[i - 1].text);
  if (p.empty() || p.back() == ')') return false;
  return p.back() == ',' || std::isdigit(static_cast<unsigned char>(p[0]));
}
}  // namespace

// The address `a` (of line `l`) printed before its caption on the line;
// `after` is the line after the caption. Read only when it ends in a zip
// code and reads as an address; the zip is cut from it when a "(Zip Code)"
// caption follows.
void ReadAddressBefore(const Line& l, std::string_view a,
                       std::string_view after, std::vector<Hit>* out) {
  a = StripTrailingPunct(a);
  size_t zs = 0, ze = 0;
  if (!AddressEndingInZip(a, &zs, &ze) ||
      a.find(',') == std::string_view::npos) {
    return;
  }
  size_t s = l.start + (a.data() - l.text.data());
  std::string_view kept = a;
  if (ClassifyLabel(Trim(after)).kind == LabelKind::kZip) {
    kept = StripTrailingPunct(Trim(a.substr(0, zs)));
  }
  AddHit("address", FoldSpace(kept), s, s + kept.size(), 0.75,
         "cover.address.before_caption", 0, out);
  AddHit("zip_code", std::string(a.substr(zs, ze - zs)), s + zs, s + ze, 0.75,
         "cover.zip.in_address", 0, out);
}

// Values each followed by its parenthesised caption on one line, as an
// HTML cover flattened into a paragraph prints them: "Delaware (State or
// other jurisdiction of incorporation) 94-1234567 (I.R.S. Employer
// Identification No.)". The value is the text between the previous
// caption (or the line's start) and its caption; only fields whose values
// have a form of their own are read (a state is a capitalised name of up to
// three words).
void ValuesBeforeCaptions(const std::vector<Line>& lines,
                          std::vector<Hit>* out) {
  for (size_t li = 0; li < lines.size(); ++li) {
    const Line& l = lines[li];
    std::string_view t = l.text;
    size_t from = 0;  // the end of the last caption: where a value starts
    for (size_t open = t.find('('); open != std::string_view::npos;
         open = t.find('(', open + 1)) {
      size_t close = t.find(')', open);
      // A caption wrapped onto the next line ("Tennessee  (State or other
      // jurisdiction of incorporation" over "or organization)"): the rest
      // of the line is its first words.
      const bool wrapped = close == std::string_view::npos;
      if (wrapped) close = t.size() - 1;
      LabelInfo info = ClassifyLabel(t.substr(open, close + 1 - open));
      if (info.kind == LabelKind::kNone) continue;  // "(217)" is no caption
      std::string_view before = Trim(t.substr(from, open - from));
      size_t before_at = before.data() - t.data();
      from = close + 1;
      LabelKind k = info.kind;
      // "2200 Lakeshore Drive, Chicago, Illinois 60616 (Address of
      // principal executive offices) (Zip Code)": an address that opens
      // the line and ends in its zip code.
      // (A name's caption wrapped the same way: "MONOCACY VALVE & FITTING
      // CORPORATION  (Exact name of registrant as" over "specified in its
      // charter)". An address's over two lines each: "4410 Buckeystown
      // Pike  (Address of principal executive" over "Frederick, Maryland
      // 21704  offices and Zip Code)".)
      if (wrapped && k == LabelKind::kAddress && before_at == 0 &&
          !before.empty() && li + 1 < lines.size()) {
        const Line& n = lines[li + 1];
        size_t zs = 0, ze = 0;
        const LayoutCell* rest =
            n.cells.size() >= 2 ? &n.cells.back() : nullptr;
        std::string_view city = rest ? StripTrailingPunct(Trim(n.text.substr(
                                           0, rest->start - n.start)))
                                     : std::string_view();
        if (!city.empty() && n.cells[0].col_start <= 2 &&
            Trim(rest->text).back() == ')' &&
            ClassifyLabel(std::string(t.substr(open)) + " " +
                          std::string(Trim(rest->text)))
                    .kind == LabelKind::kAddress &&
            AddressEndingInZip(city, &zs, &ze) && HasDigit(before)) {
          std::string joined =
              FoldSpace(std::string(before) + ", " + std::string(city));
          size_t cs = n.start + (city.data() - n.text.data());
          AddHit("address", joined, l.start + before_at, cs + city.size(), 0.75,
                 "cover.address.before_caption", 0, out);
          AddHit("zip_code", std::string(city.substr(zs, ze - zs)), cs + zs,
                 cs + ze, 0.75, "cover.zip.in_address", 0, out);
        }
        break;
      }
      if (wrapped && k != LabelKind::kState && k != LabelKind::kIrs &&
          k != LabelKind::kFileNumber && k != LabelKind::kPhone &&
          k != LabelKind::kName) {
        break;
      }
      if (k == LabelKind::kAddress && info.place == ValuePlace::kAbove &&
          before_at == 0 && !before.empty()) {
        if (AddressGoesOnAbove(lines, li)) continue;
        // The street before the address's caption, the city, state and
        // zip before their own on the next line ("1020 Highland Colony
        // Parkway, Suite 700 | (Address of principal executive offices)"
        // over "Ridgeland, Mississippi 39157 | (City, State and Zip
        // Code)").
        size_t zs = 0, ze = 0;
        if (li + 1 < lines.size() && HasDigit(before) &&
            !AddressEndingInZip(StripTrailingPunct(before), &zs, &ze)) {
          const Line& n = lines[li + 1];
          std::string_view nt = Trim(n.text);
          size_t o = nt.rfind('(');
          std::string_view city =
              o == std::string_view::npos || o == 0
                  ? std::string_view()
                  : StripTrailingPunct(Trim(nt.substr(0, o)));
          if (!city.empty() && nt.back() == ')' &&
              ClassifyLabel(nt.substr(o)).kind == LabelKind::kAddressPart &&
              AddressEndingInZip(city, &zs, &ze) && !GarbledAddress(city)) {
            size_t cs = n.start + (city.data() - n.text.data());
            AddHit("address",
                   FoldSpace(std::string(before) + ", " + std::string(city)),
                   l.start + before_at, cs + city.size(), 0.75,
                   "cover.address.before_caption", 0, out);
            AddHit("zip_code", std::string(city.substr(zs, ze - zs)), cs + zs,
                   cs + ze, 0.75, "cover.zip.in_address", 0, out);
            continue;
          }
        }
        ReadAddressBefore(l, before, t.substr(close + 1), out);
        continue;
      }
      // "Acme Widget Corp. (Exact name of registrant as specified in its
      // charter) Delaware (State ...": a name that opens the line, of a
      // few words without digits, ending in its legal form.
      int words = 1;
      for (char c : before) words += c == ' ' ? 1 : 0;
      if (k == LabelKind::kName && before_at == 0 && !before.empty()) {
        std::string name = words <= 8 && !HasDigit(before) &&
                                   EndsInLegalForm(before)
                               ? NormalName(before)
                               : "";
        if (!name.empty()) {
          AddHit("registrant_name", name, l.start,
                 l.start + before.size(), 0.75,
                 RuleName(k, "before_caption"), 0, out);
        }
        continue;
      }
      // (A zip alone before its caption too: "05661      (Zip Code)"
      // under an address typed left of its wrapped caption.)
      const bool zip_alone = k == LabelKind::kZip && before_at <= 8 &&
                             !wrapped && AllAsciiDigits(before);
      if ((info.place != ValuePlace::kAbove && !zip_alone) || before.empty() ||
          (k != LabelKind::kState && k != LabelKind::kFileNumber &&
           k != LabelKind::kIrs && k != LabelKind::kPhone && !zip_alone)) {
        continue;
      }
      std::string value = NormalFor(k, before);
      if (value.empty()) continue;
      if (k == LabelKind::kState && words > 3) continue;
      AddHit(FieldFor(k), value, l.start + before_at,
             l.start + before_at + before.size(), 0.75,
             RuleName(k, "before_caption"), 0, out);
    }
  }
}

// True when the sentence around [start, stop) says it is of a subsidiary
// or an affiliate: "Bramblecote Bank and Trust Company, a Delaware
// corporation (I.R.S. Employer Identification No. 51-0312977) and a
// wholly-owned subsidiary of the Company, ..." in a proxy statement's
// prose is no registrant's number.
bool OfSubsidiary(std::string_view text, size_t start, size_t stop) {
  size_t from = start > 250 ? start - 250 : 0;
  size_t para = text.rfind("\n\n", start);
  if (para != std::string_view::npos && para >= from) from = para + 2;
  std::string_view lead = SentenceTail(text.substr(from, start - from));
  std::string_view rest = SentenceHead(
      text.substr(stop, std::min<size_t>(150, text.size() - stop)));
  from = lead.data() - text.data();
  size_t to = stop + rest.size();
  // Running prose before the caption in its sentence (a cover's caption
  // row has none): six words at least.
  size_t words = 0;
  for (size_t k = 1; k < lead.size(); ++k) {
    words += std::isalpha(static_cast<unsigned char>(lead[k])) &&
             std::isspace(static_cast<unsigned char>(lead[k - 1]));
  }
  if (words < 6) return false;
  std::string sentence = Lower(text.substr(from, to - from));
  return sentence.find("subsidiar") != std::string::npos ||
         sentence.find("wholly-owned") != std::string::npos ||
         sentence.find("wholly owned") != std::string::npos ||
         sentence.find("affiliate") != std::string::npos;
}

void AddressUnderName(const std::vector<Line>& lines, std::string_view name,
                      std::vector<Hit>* out) {
  const std::string key = NameKey(name);
  if (key.size() < 6) return;
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    for (const LayoutCell& c : lines[i].cells) {
      if (NameKey(c.text) != key) continue;
      // The street (and a second street line: "Suite 2100") and the city
      // under the name, on the lines touching it.
      const LayoutCell* parts[3] = {nullptr, nullptr, nullptr};
      size_t n = 0, city_line = i;
      for (size_t k = i + 1; k < lines.size() && k <= i + 3; ++k) {
        if (lines[k].kind != LineKind::kText) break;
        const LayoutCell* d = CellUnder(lines[k], c);
        if (!d) break;
        parts[n++] = d;
        city_line = k;
        if (n >= 2 && StreetOverCity(*parts[0], *d)) break;
      }
      if (n < 2 || !StreetOverCity(*parts[0], *parts[n - 1])) continue;
      std::string_view city = StripTrailingPunct(Trim(parts[n - 1]->text));
      if (city.find(',') == std::string_view::npos) continue;
      std::string value = FoldSpace(Trim(parts[0]->text));
      if (n == 3) value += ", " + FoldSpace(Trim(parts[1]->text));
      value += ", " + FoldSpace(city);
      if (GarbledAddress(value)) continue;
      size_t zs = 0, ze = 0;
      FindZip(city, &zs, &ze);
      size_t as = parts[0]->start +
                  (Trim(parts[0]->text).data() - parts[0]->text.data());
      size_t cs =
          parts[n - 1]->start + (city.data() - parts[n - 1]->text.data());
      Add("address", value, as, cs + city.size(), 0.45,
          "cover.address.under_name", out);
      Add("zip_code", std::string(city.substr(zs, ze - zs)), cs + zs, cs + ze,
          0.45, "cover.zip.under_name", out);
      // A line of the phone alone under the city, in the same column.
      for (size_t j = city_line + 1; j < lines.size() && j <= city_line + 1;
           ++j) {
        if (lines[j].kind != LineKind::kText) break;
        const LayoutCell* d = CellUnder(lines[j], c);
        if (!d || lines[j].cells.size() != 1) break;
        std::string_view t = StripTrailingPunct(Trim(d->text));
        size_t ps = 0, pe = 0;
        if (!FindPhone(t, &ps, &pe) || ps != 0 || pe != t.size()) break;
        std::string phone = NormalPhone(t);
        if (phone.empty()) break;
        size_t s = d->start + (t.data() - d->text.data());
        Add("phone", phone, s, s + t.size(), 0.45, "cover.phone.under_name",
            out);
      }
      return;
    }
  }
}

void BesideRules(std::string_view text, size_t begin, size_t end,
                 const std::vector<Line>& lines, std::vector<Hit>* out) {
  const Compiled& rules = Rules();
  re2::StringPiece in(text.data(), end);
  // The rules that match somewhere in the region. The set reads one byte
  // before `begin` too, so that \b and ^ at `begin` see what each rule's
  // own search sees (the text before it as context): a rule it leaves out
  // has no match in the region. On any failure every rule runs.
  std::vector<bool> may_match(rules.beside.size(), true);
  if (rules.beside_set != nullptr && begin < end) {
    const size_t from = begin > 0 ? begin - 1 : 0;
    std::vector<int> matched;
    RE2::Set::ErrorInfo error;
    if (rules.beside_set->Match(
            re2::StringPiece(text.data() + from, end - from), &matched,
            &error)) {
      may_match.assign(rules.beside.size(), false);
      for (int k : matched) may_match[static_cast<size_t>(k)] = true;
    } else if (error.kind == RE2::Set::kNoError) {
      may_match.assign(rules.beside.size(), false);  // none matches
    }
  }
  for (size_t i = 0; i < rules.beside.size(); ++i) {
    if (!may_match[i]) continue;
    // The first match that yields a value wins; a label may also appear
    // without one ("(Registrant's telephone number ...)" over a value).
    size_t pos = begin;
    re2::StringPiece g[2];
    for (int tries = 0; tries < 4 && pos < end; ++tries) {
      if (!rules.beside[i]->Match(in, pos, end, RE2::UNANCHORED, g, 2)) break;
      size_t vs = g[1].data() - text.data();
      std::string_view v(g[1].data(), g[1].size());
      if (std::string_view(kBesideRules[i].field) == "irs_employer_id" &&
          OfSubsidiary(text, g[0].data() - text.data(), vs + v.size())) {
        pos = std::max(vs + v.size(), pos + 1);
        continue;
      }
      // (Every "Commission File Number" of a cover that stacks one block
      // a registrant is read: the first is the first registrant's.)
      if (ReadValue(kBesideRules[i], text, vs, v, end, out) &&
          std::string_view(kBesideRules[i].rule) !=
              "cover.file_number.label_beside") {
        break;
      }
      pos = std::max(vs + v.size(), pos + 1);
    }
  }
  FormType(lines, out);
  ValuesBeforeCaptions(lines, out);
  Periods(text, begin, end, out);
  IssuerItems(text, begin, end, lines, out);
  ManagerBlock(text, lines, out);
  StandaloneDate(lines, out);
  IncorporationPhrase(lines, out);
  NameAlone(lines, out);
  LetterheadAddress(lines, out);
  OfficesSentence(text, begin, end, out);
  IncorporatedSentence(text, begin, end, out);
  ProspectusName(text, begin, end, lines, out);
  MeetingDate(text, begin, end, out);
}

}  // namespace cover
}  // namespace secx
