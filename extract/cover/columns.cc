#include "extract/cover/columns.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <set>
#include <string>

#include "extract/cover/dates.h"
#include "extract/states.h"

namespace secx {
namespace cover {
namespace {

struct Label {
  const Line* line = nullptr;
  const LayoutCell* cell = nullptr;
  LabelInfo info;
};

bool Skippable(const Line& l) {
  return l.kind == LineKind::kBlank || l.kind == LineKind::kRule ||
         l.kind == LineKind::kMarkup;
}

bool IsLabelish(const Line& l) {
  return l.kind == LineKind::kLabel || l.kind == LineKind::kLabelCont;
}

// A line's text, or its one cell's when it has one: on a scan, specks
// trimmed from the cell or dropped as cells of their own ("(402)
// 555-3150    _") are no part of it.
std::string_view OneCellText(const Line& l) {
  return Trim(l.cells.size() == 1 ? l.cells[0].text : l.text);
}

bool HasDigitRun(std::string_view s, int n) {
  int run = 0;
  for (char c : s) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run >= n) return true;
  }
  return false;
}

// OCR reads a parenthesis as a brace at times: "(Zip Code}", "{City)".
int ParenDepth(std::string_view s) {
  int d = 0;
  for (char c : s)
    d += c == '(' || c == '{' ? 1 : c == ')' || c == '}' ? -1 : 0;
  return d;
}

// A line that starts a new parenthesised label ("(Commission"), as opposed
// to the rest of one opened above ("jurisdiction of incorporation)").
bool OpensLabel(const Line& l) {
  for (const LayoutCell& c : l.cells) {
    if (!c.text.empty() && c.text.front() == '(' &&
        ClassifyLabel(c.text).kind != LabelKind::kNone) {
      return true;
    }
  }
  return false;
}

bool HasLabelCell(const Line& l) {
  for (const LayoutCell& c : l.cells) {
    if (ClassifyLabel(c.text).kind != LabelKind::kNone) return true;
  }
  return false;
}

void Emit(LabelKind kind, std::string value, size_t start, size_t end,
          double confidence, const std::string& how, std::vector<Hit>* out) {
  Hit h;
  h.name = FieldFor(kind);
  h.value = std::move(value);
  h.start = start;
  h.end = end;
  h.confidence = confidence;
  h.rule = RuleName(kind, how.c_str());
  out->push_back(std::move(h));
}

// "Telephone: +1 (604) 555-0118": a telephone caption and its number in
// one cell.
bool PhoneLineWithNumber(const Line& l) {
  static const RE2* const kPhoneLine = new RE2(
      R"((?i)\s*(?:tel(?:ephone)?|phone)(?:\s+(?:no\.?|number))?\s*[:.]?\s*(.+))");
  std::string number;
  return RE2::FullMatch(FoldSpace(l.text), *kPhoneLine, &number) &&
         !NormalPhone(number).empty();
}

// A caption of one part of an address, alone on its line ("Street",
// "Suite", "City", "Zip Code"): an address set out in captioned parts.
bool AddressPartCaption(const Line& l) {
  static const RE2* const kPartCaption = new RE2(
      R"((?i)\s*(?:street(?:\s+address)?|number\s+and\s+street|)"
      R"(address(?:\s+line)?\s*\d?|suite(?:\s+or\s+floor)?|floor|)"
      R"(city(?:\s+or\s+town)?|town|state(?:\s+or\s+province)?|province|)"
      R"((?:zip|postal)(?:\s+code)?|country|)"
      R"(area\s+code|(?:tele)?phone\s+number|number|extension)\s*:?\s*)");
  return l.cells.size() == 1 && RE2::FullMatch(l.text, *kPartCaption);
}

// A phone set out in captioned parts, over its caption: "Area Code" over
// "(907)" over "Telephone Number" over "555-0128" (`above` nearest first,
// read through the parts' captions). Empty unless the nearest value is a
// local number and the one above it an area code alone.
std::string PhoneFromParts(const std::vector<const Line*>& above) {
  std::vector<std::string_view> values;
  for (const Line* l : above) {
    if (AddressPartCaption(*l)) continue;
    values.push_back(Trim(l->text));
    if (values.size() == 2) break;
  }
  static const RE2* const kLocal = new RE2(R"(\d{3}[-. ]\d{4})");
  static const RE2* const kArea = new RE2(R"(\(?(\d{3})\)?)");
  std::string area;
  if (values.size() < 2 || !RE2::FullMatch(values[0], *kLocal) ||
      !RE2::FullMatch(values[1], *kArea, &area)) {
    return "";
  }
  return NormalPhone("(" + area + ") " + std::string(values[0]));
}

// Value lines above line `first`, nearest first: text lines up to the
// previous label, a heading, or a gap of two blank lines. With
// `address_parts`, the captions of an address's parts over their values
// ("City" over "Anchorage") are read through, and returned with them.
std::vector<const Line*> ValueLinesAbove(const std::vector<Line>& lines,
                                         size_t first, size_t max_lines,
                                         bool address_parts = false) {
  std::vector<const Line*> out;
  int blanks = 0;
  for (size_t j = first; j-- > 0;) {
    const Line& l = lines[j];
    if (l.kind == LineKind::kBlank) {
      if (!out.empty() && ++blanks >= 2) break;
      continue;
    }
    if (Skippable(l)) continue;
    if (address_parts && !out.empty() && out.back() == &l + 1 &&
        AddressPartCaption(l)) {
      out.push_back(&l);
      continue;
    }
    if (IsLabelish(l) || IsCoverHeading(l.text)) break;
    blanks = 0;
    out.push_back(&l);
    if (out.size() >= max_lines) break;
  }
  return out;
}

// The cell of `line` sitting under/over `label`: the only cell, the one
// with the same index when counts match, else the best column overlap.
const LayoutCell* AlignedCell(const Line& line, const Label& label) {
  if (line.cells.size() == 1) return &line.cells[0];
  // TAB-separated rows (HTML tables) align by cell slot, not by width.
  if (line.has_tab && label.line->has_tab) {
    for (const LayoutCell& c : line.cells) {
      if (c.tab_index == label.cell->tab_index) return &c;
    }
  }
  const LayoutCell* best = nullptr;
  int best_overlap = 0;
  int best_dist = 1 << 20;
  for (const LayoutCell& c : line.cells) {
    int ov = Overlap(c, *label.cell);
    int dist = CentreDistance(c, *label.cell);
    if (ov > best_overlap || (ov == best_overlap && dist < best_dist)) {
      best = &c;
      best_overlap = ov;
      best_dist = dist;
    }
  }
  return best;
}

// Picks the one cell among `cells` that is a value of `kind`; nullptr when
// none or several are.
const LayoutCell* UniqueTyped(LabelKind kind,
                              const std::vector<const LayoutCell*>& cells,
                              std::string* value) {
  const LayoutCell* found = nullptr;
  for (const LayoutCell* c : cells) {
    std::string v = NormalFor(kind, c->text);
    if (v.empty()) continue;
    if (found) return nullptr;
    found = c;
    *value = v;
  }
  return found;
}

void EmitPair(const Label& label, const LayoutCell* cell,
              const std::vector<const LayoutCell*>& row, const std::string& how,
              double confidence, std::vector<Hit>* out) {
  LabelKind kind = label.info.kind;
  if (FieldFor(kind)[0] == '\0') return;
  std::string value = cell ? NormalFor(kind, cell->text) : "";
  if (!value.empty()) {
    Emit(kind, value, cell->start, cell->end, confidence, how, out);
    return;
  }
  // A local number whose area code is the cell before it, each over its
  // own caption ("(775) | 555-0128" over "(Area Code) | (Telephone
  // Number)"), the row nothing else: a notice of late filing's contact
  // ("Dale R. Everson | (602) | 555-0108" over "(Name) | (Area Code) |
  // (Telephone Number)") gives the person's number, not the registrant's.
  if (cell && kind == LabelKind::kPhone && row.size() == 2) {
    static const RE2 area_re("\\s*\\(?\\d{3}\\)?\\s*");
    for (size_t k = 1; k < row.size(); ++k) {
      if (row[k] != cell) continue;
      const LayoutCell* area = row[k - 1];
      if (!RE2::FullMatch(
              re2::StringPiece(area->text.data(), area->text.size()),
              area_re)) {
        break;
      }
      std::string joined =
          std::string(Trim(area->text)) + " " + std::string(Trim(cell->text));
      value = NormalFor(kind, joined);
      if (!value.empty()) {
        Emit(kind, value, area->start, cell->end, confidence, how, out);
        return;
      }
    }
  }
  const LayoutCell* typed = UniqueTyped(kind, row, &value);
  // Re-made by type, a state must be one EDGAR knows: the loose form of a
  // state ("Cayman Islands", "England and Wales") also fits a name.
  if (typed && kind == LabelKind::kState && StateCode(value).empty()) return;
  if (typed) Emit(kind, value, typed->start, typed->end, 0.7, "typed", out);
}

// A person's name, not a line of the contact's block that is something
// else ("E-mail: ir@...", "At the address of the Company set forth
// above"): no '@', ':' or '/', and at most one word of three letters or
// more in lower case ("Maria van der Berg" has one: "der").
bool LooksLikePersonName(std::string_view name) {
  if (name.find_first_of("@:/") != std::string_view::npos) return false;
  // A company's name ends in its legal form: "Ashcombe Pharma Holdings
  // plc" over the contact's address.
  static const RE2 company_re(
      "(?i).*\\s(?:inc|incorporated|corp|corporation|co|company|ltd|limited|"
      "plc|llc|l\\.?p|n\\.?v|s\\.?a|a\\.?g|ag|se|gmbh|b\\.?v|ab|asa|oyj)\\.?");
  if (RE2::FullMatch(re2::StringPiece(name.data(), name.size()), company_re))
    return false;
  int lower_words = 0;
  for (size_t i = 0; i < name.size();) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view w = name.substr(i, j - i);
    if (w.size() >= 3 && std::islower(static_cast<unsigned char>(w[0])))
      ++lower_words;
    i = j + 1;
  }
  return lower_words <= 1;
}

// The contact named on line `v`, and the phone after the name unless
// `phone_read` (one was read already), at `phone_confidence`.
void ReadContact(const Line& v, std::vector<Hit>* out, bool phone_read = false,
                 double phone_confidence = 0.85) {
  std::string_view text = Trim(v.text);
  size_t offset = v.start + (text.data() - v.text.data());
  size_t ps = 0, pe = 0;
  std::string_view name = text;
  if (FindPhone(text, &ps, &pe)) {
    std::string phone = NormalPhone(text.substr(ps, pe - ps));
    if (!phone.empty()) {
      if (!phone_read) {
        Emit(LabelKind::kPhone, phone, offset + ps, offset + pe,
             phone_confidence, "contact", out);
      }
      name = text.substr(0, ps);
    }
  }
  // "Tel: +31 40 230 7715": a caption of the phone, no name.
  if (std::string_view t = Trim(name); !t.empty() && t.back() == ':') return;
  name = StripTrailingPunct(name);
  while (!name.empty() && (name.back() == '-' || name.back() == ' ')) {
    name.remove_suffix(1);
  }
  // A person's name has no digit: a line with one is an address ("Name
  // and address of agent for service" over two lines) or a misreading.
  if (HasDigit(name) || !LooksLikePersonName(name)) return;
  std::string value = PersonName(name);
  if (value.empty() || IsCoverHeading(name)) return;
  size_t start = offset + (name.data() - text.data());
  Emit(LabelKind::kContact, value, start, start + name.size(), 0.85,
       "label_below", out);
}

}  // namespace

namespace {

// A receipt stamp beside a caption: "MAR 1 2 2007", "FEB 15 2008" (OCR
// spaces the stamp's digits apart, so it is no date to FindDate), "MAR @ 2
// 704" (its ink half read): a month, then digits and marks but no letter.
bool IsStampDate(std::string_view s) {
  static const RE2* const kStamp = new RE2(
      R"((?i)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[^a-z]*\d[^a-z]*)");
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *kStamp);
}

// "Bear, Stearns & Co. Inc. and Subsidiaries" over a broker-dealer's
// caption: the statements are consolidated, the registrant is the company.
std::string_view WithoutSubsidiaries(std::string_view s) {
  static const RE2* const kSubs = new RE2(
      R"((?i)(.*?[^\s.,\-])[\s.,\-]*and[\s\-]+(?:its[\s\-]+)?(?:consolidated[\s\-]+)?subsid[a-z]*\W*)");
  re2::StringPiece head;
  if (RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *kSubs, &head)) {
    return std::string_view(head.data(), head.size());
  }
  return s;
}

}  // namespace

bool TypedKind(LabelKind kind) {
  return kind == LabelKind::kState || kind == LabelKind::kFileNumber ||
         kind == LabelKind::kIrs || kind == LabelKind::kZip ||
         kind == LabelKind::kPhone;
}

namespace {

// "001-38112 (Pinecrest Residential Trust, Inc.)": a combined cover's
// value followed by the registrant it is of; the value alone.
std::string_view WithoutOwner(std::string_view text) {
  std::string_view t = Trim(text);
  size_t open = t.rfind(" (");
  if (open == std::string_view::npos || t.back() != ')') return text;
  std::string_view inside = t.substr(open + 2, t.size() - open - 3);
  bool letters = false;
  for (char c : inside) {
    letters |= std::isalpha(static_cast<unsigned char>(c)) != 0;
  }
  return letters ? Trim(t.substr(0, open)) : text;
}

}  // namespace

std::string NormalFor(LabelKind kind, std::string_view text) {
  switch (kind) {
    case LabelKind::kState:
      return NormalState(text);
    case LabelKind::kFileNumber:
      text = WithoutOwner(text);
      return LooksLikeIrs(text) ? "" : NormalFileNumber(text);
    case LabelKind::kIrs:
      return NormalIrs(WithoutOwner(text));
    case LabelKind::kZip:
      return NormalZip(text);
    case LabelKind::kPhone:
      return NormalPhone(text);
    case LabelKind::kReportDate:
      return ParseDate(text).value_or("");
    case LabelKind::kName:
    case LabelKind::kNameEnglish:
    case LabelKind::kAuditor: {
      std::string_view t = Trim(text);
      // The rest of a caption wrapped onto the value's line: "Exact name
      // of registrant as" over "specified in its charter:   MEADOWLARK
      // PHARMACEUTICAL LABORATORIES, INC.": the value is after its colon,
      // none when nothing follows.
      static const RE2 rest_re(
          "(?i)(?:as\\s+)?specified\\s+in\\s+(?:its|their)\\s+charters?\\)?"
          "\\s*:?\\s*(.*)");
      re2::StringPiece after;
      if (RE2::FullMatch(re2::StringPiece(t.data(), t.size()), rest_re,
                         &after)) {
        t = Trim(std::string_view(after.data(), after.size()));
        if (t.empty()) return "";
      }
      if (IsCoverHeading(text) || FindDate(text) || IsStampDate(t)) return "";
      if (ClassifyLabel(text).kind != LabelKind::kNone) return "";
      // A name never opens with a parenthesis: "(I.R.S." is a caption's
      // first word, "(Name -- if individual ...)" a form's remark.
      if (!t.empty() && (t.front() == '(' || t.front() == '{')) return "";
      // Nor with a check box: "\u2610 Soliciting Material under
      // \u00a7240.14a-12" is a box of the form.
      for (const char* box : {"\u2610", "\u2611", "\u2612", "\u25a1", "\u25a0",
                              "\u2751", "[X]", "[ ]"}) {
        if (t.rfind(box, 0) == 0) return "";
      }
      // Nor is a jurisdiction alone ("Nevada", the next column's state),
      // nor the period a report covers ("For the month of February 2025").
      // (A government in its formal style is one: "Commonwealth of
      // Australia" files as itself.)
      static const RE2 period_re(
          "(?i)for\\s+the\\s+(?:month|fiscal|quarterly|year|period|transition|"
          "calendar)\\b.*");
      if ((!StateCode(t).empty() &&
           Lower(t).find(" of ") == std::string::npos) ||
          RE2::FullMatch(re2::StringPiece(t.data(), t.size()), period_re)) {
        return "";
      }
      return NormalName(WithoutSubsidiaries(t));
    }
    default:
      return "";
  }
}

const char* RuleStem(LabelKind kind) {
  switch (kind) {
    case LabelKind::kName:
      return "name";
    case LabelKind::kNameEnglish:
      return "name_english";
    case LabelKind::kState:
      return "state";
    case LabelKind::kFileNumber:
      return "file_number";
    case LabelKind::kIrs:
      return "irs";
    case LabelKind::kAddress:
      return "address";
    case LabelKind::kZip:
      return "zip";
    case LabelKind::kPhone:
      return "phone";
    case LabelKind::kContact:
      return "contact";
    case LabelKind::kReportDate:
      return "report_date";
    case LabelKind::kAuditor:
      return "auditor";
    default:
      return "other";
  }
}

std::string RuleName(LabelKind kind, const char* how) {
  return std::string("cover.") + RuleStem(kind) + "." + how;
}

// A row of a table's column headings ("NAME OF ISSUER | CLASS | CUSIP |
// (x$1000) | ..." over a 13F's holdings): four cells or more, three in four
// of them words in capitals only. Its words are no cover captions.
bool ColumnHeadingRow(const Line& l) {
  size_t headings =
      std::count_if(l.cells.begin(), l.cells.end(), [](const LayoutCell& c) {
        return std::none_of(c.text.begin(), c.text.end(), [](char ch) {
          return std::isdigit(static_cast<unsigned char>(ch)) ||
                 std::islower(static_cast<unsigned char>(ch));
        });
      });
  return headings >= 4 && 4 * headings >= 3 * l.cells.size();
}

void ClassifyLines(std::vector<Line>* lines) {
  std::vector<Line>& ls = *lines;
  for (size_t i = 0; i < ls.size(); ++i) {
    if (ls[i].kind != LineKind::kText || !HasLabelCell(ls[i]) ||
        ColumnHeadingRow(ls[i])) {
      continue;
    }
    ls[i].kind = LineKind::kLabel;
    int depth = ParenDepth(ls[i].text);
    // A caption whose ")" OCR lost, followed by its value on the line
    // ("Date of Report (Date of earliest: event reported: Apr 5, 1999"):
    // the lines under it are none of its.
    if (depth > 0 && FindDate(ls[i].text)) depth = 0;
    int blanks = 0;
    int conts = 0;
    for (size_t j = i + 1; depth > 0 && j < ls.size() && conts < 3; ++j) {
      if (ls[j].kind == LineKind::kBlank) {
        if (++blanks > 2) break;
        continue;
      }
      if (ls[j].kind != LineKind::kText || OpensLabel(ls[j])) break;
      // A continuation closes the parenthesis or is short caption text,
      // and has no number in it: a line of values under a caption whose
      // ")" OCR lost ("1190 Chestnut Lane, Miami, Florida 33131") is no
      // caption's rest.
      // (Its cells are measured: the rests of captions side by side,
      // "organization)        Number (if", make a long line.)
      size_t longest = 0;
      for (const LayoutCell& c : ls[j].cells) {
        longest = std::max(longest, Trim(c.text).size());
      }
      if (ls[j].cells.empty()) longest = Trim(ls[j].text).size();
      if (ParenDepth(ls[j].text) >= 0 && longest > 60) break;
      if (HasDigitRun(ls[j].text, 3)) break;
      ls[j].kind = LineKind::kLabelCont;
      depth += ParenDepth(ls[j].text);
      ++conts;
      i = j;
    }
  }
}

namespace {

// The last cell of an address line standing in the column of a "(Zip
// Code)" label of its own, or nullptr. What stands there is no part of
// the address, whether or not it reads as a postal code.
const LayoutCell* ZipColumnCell(const Line& line, const Label* zip_label) {
  if (!zip_label || line.cells.size() < 2) return nullptr;
  // A house number set apart from its street ("284  Market Avenue, ...,
  // Louisville, Kentucky 40202", two blanks OCR read between them): one
  // address, no column.
  if (line.cells.size() == 2) {
    std::string_view first = Trim(line.cells[0].text);
    if (first.size() <= 6 && AllAsciiDigits(first) &&
        NormalPostalCode(line.cells[1].text).empty()) {
      return nullptr;
    }
  }
  const LayoutCell& last = line.cells.back();
  bool aligned = Overlap(last, *zip_label->cell) > 0 ||
                 CentreDistance(last, *zip_label->cell) < 16 ||
                 (line.has_tab && last.tab_index == zip_label->cell->tab_index);
  return aligned ? &last : nullptr;
}

struct AddressParts {
  std::string value;
  size_t start = 0;
  size_t end = 0;
  const Line* last_line = nullptr;
  size_t last_start = 0;  // where the address text of the last line begins
  const Line* prev_line = nullptr;  // the line before it, and its start
  size_t prev_start = 0;
};

void AddAddressLine(const Line& l, const LayoutCell* zip_cell,
                    AddressParts* a) {
  std::string part;
  size_t first = 0, last = 0;
  for (const LayoutCell& c : l.cells) {
    if (&c == zip_cell) continue;
    // A cell of a comma alone ("Blvd. | , | Santa Clara") is the comma
    // between its neighbours, which the join below writes.
    if (FoldSpace(c.text) == ",") continue;
    if (part.empty()) first = c.start;
    // Cells of one line are parts of the address ("2355 West Chandler
    // Blvd. | Chandler | Arizona" over "(Address ...) | (City) | (State)"),
    // set apart as a written address sets them.
    // A zip in a cell of its own follows its state as written, without
    // a comma ("Atlanta, Georgia | 30303").
    // A house number in a cell of its own goes on without one.
    if (!part.empty()) {
      part += part.back() == ',' || AllAsciiDigits(part) ||
                      !NormalPostalCode(c.text).empty()
                  ? " "
                  : ", ";
    }
    part += FoldSpace(c.text);
    last = c.end;
  }
  if (part.empty()) return;
  if (a->value.empty()) a->start = first;
  if (!a->value.empty() && a->value.back() != ',') a->value += ',';
  if (!a->value.empty()) a->value += ' ';
  a->value += part;
  a->end = last;
  a->prev_line = a->last_line;
  a->prev_start = a->last_start;
  a->last_line = &l;
  a->last_start = first;
}

// No zip caption: a zip written inside the address text is still the
// zip ("1701, Fribourg, Switzerland", "Amstelplein 2, 1096 BC Amsterdam",
// "Cambridge CB4 0FW").
// The first part of the first line is the street and never searched.
void PostalCodeInAddress(const std::vector<const Line*>& block,
                         const AddressParts& a, std::vector<Hit>* out) {
  for (size_t i = 0; i < block.size(); ++i) {
    const Line* l = block[i];
    if (l->end <= a.start || l->start >= a.end) continue;
    size_t from = std::max(l->start, a.start);
    size_t to = std::min(l->end, a.end);
    std::string_view t = l->text.substr(from - l->start, to - from);
    if (from == a.start) {
      size_t comma = t.find(',');
      if (comma == std::string_view::npos) continue;
      from += comma + 1;
      t.remove_prefix(comma + 1);
    }
    size_t zs = 0, ze = 0;
    // (A code before its city on a line over the country's: "6300 Zug"
    // over "Switzerland", read as the line "6300 Zug, Switzerland".)
    auto before_country = [&]() {
      if (i + 1 >= block.size() || block[i + 1]->start >= a.end) return false;
      std::string joined =
          std::string(t) + ", " + std::string(Trim(block[i + 1]->text));
      return FindPostalCode(joined, &zs, &ze) && ze <= t.size();
    };
    if (FindZip(t, &zs, &ze) || FindPostalCode(t, &zs, &ze) ||
        FindForeignZip(t, &zs, &ze) || before_country()) {
      Emit(LabelKind::kZip, std::string(t.substr(zs, ze - zs)), from + zs,
           from + ze, 0.7, "in_address", out);
      return;
    }
  }
}

// An address block over "(Address of principal executive offices)",
// possibly with a zip column and a telephone line.
void ReadAddress(const Label& addr, const Label* zip_label,
                 const std::vector<const Line*>& above, std::vector<Hit>* out,
                 const char* rule = "label_below") {
  std::vector<const Line*> block;
  for (const Line* l : above) {
    if (FindDate(l->text) || block.size() >= 5) break;
    // An address set out in captioned parts, each caption over its value
    // ("Street" over "3600 C Street", "City" over "Anchorage", "Zip Code"
    // over "99503", all over "(Address of principal executive offices)"):
    // the parts' captions are no part of it.
    if (!block.empty() && l + 1 == block.back() && AddressPartCaption(*l)) {
      continue;
    }
    // The form's heading ("REGISTRATION STATEMENT UNDER THE SECURITIES ACT
    // OF 1933") ends the block.
    static const RE2* const kFormHeading = new RE2(
        R"((?i)\bregistration\s+statement\b|\bsecurities(?:\s+exchange)?\s+act\s+of\b)");
    if (IsCoverHeading(l->text) || RE2::PartialMatch(l->text, *kFormHeading))
      break;
    // A caption spaced out over cells (a PDF text layer's "NAME OF BROKER
    // DEALER") ends the block as any caption does.
    if (ClassifyLabel(FoldSpace(l->text)).kind != LabelKind::kNone) break;
    // An IRS number is no part of an address: the line is the row of
    // state and IRS number over their captions ("Delaware | 27-1234567").
    if (std::any_of(l->cells.begin(), l->cells.end(),
                    [](const LayoutCell& c) { return LooksLikeIrs(c.text); })) {
      break;
    }
    // Nor is a sentence that names one ("A Delaware corporation, I.R.S.
    // Employer Identification No. 45-1234567").
    static const RE2* const kIrsInLine =
        new RE2(R"((?:^|[^\d\-])\d{2}-\d{7}(?:$|[^\d\-]))");
    if (RE2::PartialMatch(l->text, *kIrsInLine)) break;
    // Another whole address a blank above it (a combined cover's
    // registrants' addresses, one block each, under a caption that does
    // not say so): which is whose is unclear, none is read.
    // (A line ending in its postal code, or in it and a phone.)
    auto whole = [](std::string_view t) {
      size_t s = 0, e = 0;
      t = StripTrailingPunct(Trim(t));
      if (FindPhone(t, &s, &e) && Trim(t.substr(e)).empty()) {
        t = StripTrailingPunct(Trim(t.substr(0, s)));
      }
      return AddressEndingInZip(t, &s, &e);
    };
    if (!block.empty() && l + 1 != block.back() && whole(block.front()->text) &&
        whole(l->text)) {
      return;
    }
    // Nor a company's name a blank above it (" Logistics, Inc.", the last
    // line of a registrants' table over the address).
    if (!block.empty() && l + 1 != block.back() && !HasDigit(l->text) &&
        EndsInLegalForm(StripTrailingPunct(Trim(l->text)))) {
      break;
    }
    block.push_back(l);
  }
  std::reverse(block.begin(), block.end());
  // A telephone number printed after the address on its last line
  // ("... V6B 4N9 (604) 684-2181" over "(Address and telephone number of
  // ...)") is the phone, not part of the address.
  std::deque<Line> cut;
  for (const Line*& l : block) {
    size_t ps = 0, pe = 0;
    if (!FindPhone(l->text, &ps, &pe) || !Trim(l->text.substr(pe)).empty()) {
      continue;
    }
    // (The separator before it goes too: "Portland, ME 04101 · (207)
    // 555-0171", "... 10022 | Tel: (212) ...".)
    std::string_view before = StripTrailingPunct(Trim(l->text.substr(0, ps)));
    static const RE2* const kSeparator = new RE2(
        R"((?i)(.*?)[\s,;|/\-]*(?:\x{00B7}|\x{2022}|\x{2013}|\x{2014}|\||\*)?)"
        R"([\s,;|/\-]*(?:\b(?:tel(?:ephone)?|phone)\s*(?:no\.?|number)?\s*[:.]?)?\s*)");
    re2::StringPiece kept;
    if (RE2::FullMatch(re2::StringPiece(before.data(), before.size()),
                       *kSeparator, &kept) &&
        !kept.empty()) {
      before = StripTrailingPunct(std::string_view(kept.data(), kept.size()));
    }
    if (std::none_of(before.begin(), before.end(), [](char ch) {
          return std::isalpha(static_cast<unsigned char>(ch)) != 0;
        })) {
      continue;
    }
    if (addr.info.with_phone) {
      std::string phone = NormalPhone(l->text.substr(ps, pe - ps));
      if (!phone.empty()) {
        Emit(LabelKind::kPhone, phone, l->start + ps, l->start + pe, 0.8,
             "address_block", out);
      }
    }
    // (The kept line starts where its text does: an indented line's
    // offsets are those of its first letter, as its cells' are.)
    Line c = *l;
    c.text = before;
    c.start = l->start + (before.data() - l->text.data());
    c.end = c.start + before.size();
    c.cells = SplitCells(before, c.start);
    cut.push_back(std::move(c));
    l = &cut.back();
  }
  AddressParts a;
  bool zip_found = false;
  for (const Line* l : block) {
    std::string_view t = OneCellText(*l);
    // A speck after the number: "(504) 555-6801.".
    std::string_view bare = StripTrailingPunct(t);
    while (!bare.empty() && (bare.back() == '.' || bare.back() == '_')) {
      bare.remove_suffix(1);
    }
    std::string phone = NormalPhone(bare);
    // (Or the number and a note on it: "(506) 555-0133 (toll free:
    // 1-888-555-0107)", "(541) 555-0172, ext. 100".)
    size_t ps = 0, pe = 0;
    if (phone.empty() && FindPhone(bare, &ps, &pe) && ps == 0) {
      static const RE2* const kNote = new RE2(
          R"((?i)\s*(?:\(|[,;/]|ext\b|extension\b|fax\b|toll\b|main\b).*)");
      if (RE2::FullMatch(re2::StringPiece(bare.data() + pe, bare.size() - pe),
                         *kNote)) {
        phone = NormalPhone(bare.substr(0, pe));
        t = bare.substr(0, pe);
      }
    }
    if (!phone.empty()) {
      size_t s = l->start + (t.data() - l->text.data());
      if (addr.info.with_phone) {
        Emit(LabelKind::kPhone, phone, s, s + t.size(), 0.8, "address_block",
             out);
      }
      continue;
    }
    const LayoutCell* zip = ZipColumnCell(*l, zip_label);
    std::string code = zip ? NormalPostalCode(zip->text) : "";
    if (!code.empty()) {
      Emit(LabelKind::kZip, code, zip->start, zip->end, 0.9, "columns", out);
      zip_found = true;
    }
    AddAddressLine(*l, zip, &a);
  }
  if (a.value.empty()) return;
  bool zip_captioned = zip_label || addr.info.zip_separate;
  size_t zs = 0, ze = 0;
  std::string_view tail(a.last_line->text);
  tail = tail.substr(a.last_start - a.last_line->start);
  size_t base = a.last_start;
  // A country alone on the last line ("Ireland" under "Dublin 2, D02
  // A342"): the code ends the line above.
  if (a.prev_line != nullptr &&
      NamesForeignJurisdiction(StripTrailingPunct(Trim(tail)))) {
    tail = std::string_view(a.prev_line->text)
               .substr(a.prev_start - a.prev_line->start);
    base = a.prev_start;
  }
  bool zip_in_text =
      !zip_found && (addr.info.with_zip || zip_captioned) &&
      (FindZip(tail, &zs, &ze) || FindForeignZip(tail, &zs, &ze));
  // A zip with its own "(Zip Code)" caption is not part of the address,
  // even when printed on the address line; one followed by more address
  // text ("Tokyo 102-0071 Japan") is kept as written.
  std::string_view zip_text = tail.substr(zs, ze - zs);
  std::string_view whole = StripTrailingPunct(a.value);
  if (zip_in_text && zip_captioned &&
      Trim(StripTrailingPunct(tail.substr(ze))).empty() &&
      whole.size() > zip_text.size() &&
      whole.substr(whole.size() - zip_text.size()) == zip_text) {
    std::string_view kept = StripTrailingPunct(Trim(tail.substr(0, zs)));
    if (!kept.empty()) {
      a.value = std::string(
          StripTrailingPunct(whole.substr(0, whole.size() - zip_text.size())));
      a.end = a.last_start + (kept.data() - tail.data()) + kept.size();
    }
  }
  std::string value(StripTrailingPunct(CleanAddressMarks(a.value)));
  // (A postal code alone is no address; nor is a company's name.)
  if (value.size() < 5 || GarbledAddress(value) ||
      std::none_of(value.begin(), value.end(),
                   [](char ch) {
                     return std::isalpha(static_cast<unsigned char>(ch)) != 0;
                   }) ||
      (!HasDigit(value) && EndsInLegalForm(value))) {
    return;
  }
  Emit(LabelKind::kAddress, value, a.start, a.end, 0.85, rule, out);
  if (zip_in_text) {
    Emit(LabelKind::kZip, std::string(tail.substr(zs, ze - zs)), base + zs,
         base + ze, 0.8, "in_address", out);
  } else if (!zip_found) {
    PostalCodeInAddress(block, a, out);
  }
}

std::vector<const LayoutCell*> CellsOf(const Line& l) {
  std::vector<const LayoutCell*> v;
  for (const LayoutCell& c : l.cells) v.push_back(&c);
  return v;
}

// A caption over its value, for values whose form is unmistakable:
// "Registrant's telephone number, including area code" / "212-572-4200";
// a state's name or code alone ("(State or other jurisdiction of
// incorporation or organization)" over "Indiana"), a postal code alone
// ("(Zip Code)" over "46032"), as a cover that sets every caption over
// its value prints them.
void ReadBelow(const Label& label, const std::vector<Line>& lines, size_t after,
               std::vector<Hit>* out) {
  LabelKind kind = label.info.kind;
  if (kind != LabelKind::kPhone && kind != LabelKind::kFileNumber &&
      kind != LabelKind::kIrs && kind != LabelKind::kReportDate &&
      kind != LabelKind::kState && kind != LabelKind::kZip) {
    return;
  }
  for (size_t j = after; j < lines.size() && j < after + 3; ++j) {
    if (Skippable(lines[j])) continue;
    if (lines[j].kind != LineKind::kText || lines[j].cells.size() != 1) return;
    const LayoutCell& c = lines[j].cells[0];
    if (kind == LabelKind::kState && StateCode(Trim(c.text)).empty()) return;
    std::string value = kind == LabelKind::kZip ? NormalPostalCode(c.text)
                                                : NormalFor(kind, c.text);
    if (!value.empty())
      Emit(kind, value, c.start, c.end, 0.8, "label_above", out);
    return;
  }
}

// A name caption over the name, when no name is above it: captions set
// over their values all down a 1990s cover ("Commission File Number" over
// "000-19733", then "(Exact name of registrant as specified in its
// charter)" over "FIRST PRAIRIE BANCSHARES, INC."). Only a line alone that
// ends in a legal form, so that no other field's value under its own
// caption is taken for a name.
void ReadNameBelow(const Label& label, const std::vector<Line>& lines,
                   size_t after, std::vector<Hit>* out) {
  if (label.info.kind != LabelKind::kName ||
      label.info.place == ValuePlace::kBelow) {
    return;
  }
  for (size_t j = after; j < lines.size() && j < after + 3; ++j) {
    if (Skippable(lines[j])) continue;
    if (lines[j].kind != LineKind::kText || lines[j].cells.size() != 1) return;
    const LayoutCell& c = lines[j].cells[0];
    std::string_view t = StripTrailingPunct(Trim(c.text));
    if (!EndsInLegalForm(Trim(c.text))) return;
    std::string value = NormalFor(LabelKind::kName, t);
    if (!value.empty())
      Emit(LabelKind::kName, value, c.start, c.end, 0.8, "label_above", out);
    return;
  }
}

// An address caption over its value, when no address is above it (the
// captions of a Workiva cover set over their values: "(Address of
// principal executive offices, including zip code)" over "6385 South
// Rainbow Boulevard, Suite 410, Las Vegas, Nevada 89118"): the first value
// line below, one cell ending in its postal code.
void ReadAddressBelow(const Label& label, const std::vector<Line>& lines,
                      size_t after, std::vector<Hit>* out) {
  // The address's lines (up to three, touching), the last ending in its
  // postal code: "9800 Research Boulevard, Suite 350" over "Austin, Texas
  // 78759".
  size_t j = after;
  while (j < lines.size() && j < after + 2 &&
         (Skippable(lines[j]) || lines[j].kind == LineKind::kBlank)) {
    ++j;
  }
  std::vector<const Line*> block;  // nearest the caption last
  for (size_t k = j; k < lines.size() && k < j + 3; ++k) {
    if (lines[k].kind != LineKind::kText || lines[k].cells.size() != 1) break;
    block.insert(block.begin(), &lines[k]);
    size_t zs = 0, ze = 0;
    std::string_view t = StripTrailingPunct(Trim(lines[k].cells[0].text));
    // (Or a foreign postal code, and the country on the line under it:
    // "Tullamore, Co. Offaly R35 X2C4" over "Ireland".)
    const bool foreign = FindForeignZip(t, &zs, &ze) && ze == t.size() &&
                         zs > 0 && !GarbledAddress(FoldSpace(t));
    if (AddressEndingInZip(t, &zs, &ze) || foreign) {
      const size_t n = k + 1;
      if (foreign && n < lines.size() && lines[n].kind == LineKind::kText &&
          lines[n].cells.size() == 1) {
        std::string_view country =
            StripTrailingPunct(Trim(lines[n].cells[0].text));
        if (NamesForeignJurisdiction(country)) {
          block.insert(block.begin(), &lines[n]);
        }
      }
      // A caption of the address and telephone number over both: the
      // phone alone on the line under the address is read with it
      // ("West Conshohocken, Pennsylvania 19428" over "(610) 555-0183").
      {
        size_t p = static_cast<size_t>(block.front() - lines.data()) + 1;
        if (label.info.with_phone && p < lines.size() &&
            lines[p].kind == LineKind::kText && lines[p].cells.size() == 1 &&
            !NormalPhone(StripTrailingPunct(Trim(lines[p].text))).empty()) {
          block.insert(block.begin(), &lines[p]);
        }
      }
      // An address with an address's caption of its own under it ("(Name,
      // address ... of agent for service)", a phone line between) is that
      // caption's. (The next field's caption, over its value, says no
      // address: "(Registrant's telephone number ...)".)
      // (The line after the block: block.front() is its last.)
      size_t under = static_cast<size_t>(block.front() - lines.data()) + 1;
      while (
          under < lines.size() && under < k + 4 &&
          (lines[under].kind == LineKind::kBlank ||
           !NormalPhone(StripTrailingPunct(Trim(lines[under].text))).empty())) {
        ++under;
      }
      if (under < lines.size() && Trim(lines[under].text).rfind('(', 0) == 0 &&
          Lower(lines[under].text).find("address") != std::string::npos) {
        return;
      }
      ReadAddress(label, nullptr, block, out, "label_above");
      return;
    }
  }
}

// True when line `u` may be the first line of a name whose second line is
// `rest`: one to six words of letters (and "&", "-", "'", ","), no legal
// form, the same case as `rest` (both capitals, or both mixed).
bool NameStart(std::string_view u, std::string_view rest) {
  // (A legal form alone on the line below, "Trust" under a fund's long
  // name, ends a name of any length.)
  const bool form_alone = IsLegalForm(StripTrailingPunct(Trim(rest)));
  const size_t longest = form_alone ? 120 : 40;
  const int most_words = form_alone ? 16 : 6;
  if (u.empty() || u.size() > longest || EndsInLegalForm(u) || HasDigit(u) ||
      !StateCode(StripTrailingPunct(u)).empty() || IsCoverHeading(u) ||
      FindDate(u) || ClassifyLabel(u).kind != LabelKind::kNone) {
    return false;
  }
  int words = 1;
  bool lower_u = false, lower_r = false;
  for (char c : u) {
    unsigned char ch = static_cast<unsigned char>(c);
    if (c == ' ') {
      ++words;
    } else if (!std::isalpha(ch) && c != '&' && c != '-' && c != '\'' &&
               c != ',' && c != '.') {
      return false;
    }
    lower_u |= std::islower(ch) != 0;
  }
  for (char c : rest)
    lower_r |= std::islower(static_cast<unsigned char>(c)) != 0;
  // (A long start ends on a word of the name, not "... OF THE".)
  if (form_alone && words > 6) {
    size_t sp = u.find_last_of(' ');
    std::string last =
        Lower(u.substr(sp == std::string_view::npos ? 0 : sp + 1));
    for (const char* w :
         {"the", "of", "and", "for", "a", "an", "to", "in", "on", "by", "&"}) {
      if (last == w) return false;
    }
  }
  return words <= most_words && lower_u == lower_r &&
         std::isupper(static_cast<unsigned char>(u[0]));
}

void ReadSingle(const Label& label, const std::vector<const Line*>& above,
                std::vector<Hit>* out) {
  if (above.empty()) return;
  LabelKind kind = label.info.kind;
  if (kind == LabelKind::kAddress) {
    // A caption that may have its value either side takes the line above
    // only when it holds a number (a street's, a postal code): a name over
    // "Address of principal executive offices, including zip code" is the
    // value of the name's caption above it.
    if (label.info.place == ValuePlace::kEither && !HasDigit(above[0]->text))
      return;
    // One block a registrant, set apart by blank lines, under one caption
    // for all ("(Addresses of principal executive offices ... of each
    // registrant, in the order listed above)"): the first block is the
    // first registrant's.
    // (Plural, or naming each registrant, on the caption's first line.)
    static const RE2 each_re("(?i)^\\W*addresses\\b|\\beach\\s+registrant\\b");
    if (RE2::PartialMatch(label.cell->text, each_re)) {
      std::vector<std::vector<const Line*>> blocks;  // top block last
      for (size_t k = 0; k < above.size(); ++k) {
        if (k == 0 || above[k] + 1 != above[k - 1]) blocks.emplace_back();
        blocks.back().push_back(above[k]);
      }
      if (blocks.size() >= 2 && blocks.size() <= 4) {
        for (size_t b = blocks.size(); b-- > 0;) {
          size_t before = out->size();
          ReadAddress(label, nullptr, blocks[b], out);
          for (size_t h = before; h < out->size(); ++h) {
            (*out)[h].entity = static_cast<int>(blocks.size() - 1 - b);
          }
        }
        return;
      }
    }
    return ReadAddress(label, nullptr, above, out);
  }
  const Line& v = *above[0];
  if (kind == LabelKind::kContact) {
    auto named = [&](size_t from) {
      for (size_t k = from; k < out->size(); ++k) {
        if ((*out)[k].name == "contact_name") return true;
      }
      return false;
    };
    size_t before = out->size();
    // An agent for service's phone is the agent's ("Raymond P. Kostelnik,
    // General Counsel" over the address over "(814) 555-0158" over "(Name
    // and address of agent for service)"), not the registrant's.
    const bool agent =
        Lower(label.cell->text).find("agent") != std::string::npos;
    ReadContact(v, out, /*phone_read=*/agent);
    if (named(before)) return;
    // A contact written over lines touching each other ("Kenji Watanabe,
    // +81-3-5555-0100, ir@...," over the contact's address, under "(Name,
    // Telephone, E-mail ... and Address of Company Contact Person)"; "Jane
    // R. Doyle" over "(503) 555-0123") is named on the first of them.
    // Not an agent for service's block ("(Name and address of agent for
    // service)"): whose name it opens is no contact the contract means.
    if (agent) return;
    // ("Dr. Anna Keller" over "Head of Investor Relations" over "Tel:
    // ..." over the address: the name is the block's first line; a line
    // of a title is no name.)
    size_t top = 0;
    while (top + 1 < above.size() && top < 6 &&
           above[top + 1] + 1 == above[top]) {
      ++top;
    }
    // ("Pieter van Aalst, General Counsel" names the person before the
    // title: it is read.)
    for (size_t k = top; k > 0; --k) {
      std::string_view t = above[k]->text;
      if (IsJobTitle(t.substr(0, t.find(',')))) continue;
      // One phone: the one read first stays.
      ReadContact(*above[k], out, /*phone_read=*/out->size() > before);
      if (!named(before)) continue;
      // The contact's phone on a line of its own under the name ("Tel:
      // +31 40 230 7715"), below any phone a caption states.
      bool phone = out->size() > before + 1;
      for (size_t j = k; !phone && j-- > 0;) {
        size_t had = out->size();
        ReadContact(*above[j], out, false, 0.65);
        phone = out->size() > had;
      }
      return;
    }
    return;
  }
  // Registrants side by side over one caption ("EVERGREEN MIDSTREAM
  // PARTNERS LP | EVERGREEN MIDSTREAM FINANCE CORP." over "(Exact name of
  // registrant ...)", "47-3456789 | 81-2345678" over "(I.R.S. Employer
  // Identification No.)"): a combined cover's columns, the first
  // registrant's first, each cell a whole value of the caption's kind.
  if (v.has_tab && !label.line->has_tab && v.cells.size() >= 2 &&
      label.line->cells.size() == 1 &&
      (kind == LabelKind::kName || kind == LabelKind::kState ||
       kind == LabelKind::kFileNumber || kind == LabelKind::kIrs)) {
    std::vector<std::string> values;
    for (const LayoutCell& c : v.cells) {
      std::string value = NormalFor(kind, Trim(c.text));
      if (value.empty()) break;
      values.push_back(std::move(value));
    }
    if (values.size() == v.cells.size()) {
      for (size_t k = 0; k < values.size(); ++k) {
        const LayoutCell& c = v.cells[k];
        Emit(kind, values[k], c.start, c.end, k == 0 ? 0.85 : 0.8,
             "label_below", out);
        out->back().entity = static_cast<int>(k);
      }
      return;
    }
  }
  if (kind == LabelKind::kName || kind == LabelKind::kNameEnglish) {
    // A foreign name's English translation in parentheses between the
    // name and its caption ("NORDHAVN EKSPORTFINANS A/S" over "(Nordhavn
    // Export Finance Corporation)" over "(Name of Registrant)").
    std::string_view p = Trim(v.text);
    if (kind == LabelKind::kName && above.size() >= 2 &&
        above[1] + 1 == above[0] && v.cells.size() == 1 &&
        above[1]->cells.size() == 1 && p.size() > 2 && p.front() == '(' &&
        p.back() == ')' && EndsInLegalForm(Trim(above[1]->text))) {
      std::string_view inner = Trim(p.substr(1, p.size() - 2));
      // (Not a former name: "(formerly Nordhavn Finans A/S)".)
      static const RE2 former_re("(?i)(?:formerly|f/k/a|successor)\\b.*");
      std::string english =
          EndsInLegalForm(inner) &&
                  !RE2::FullMatch(re2::StringPiece(inner.data(), inner.size()),
                                  former_re)
              ? NormalFor(LabelKind::kNameEnglish, inner)
              : std::string();
      if (!english.empty()) {
        size_t s = v.start + (inner.data() - v.text.data());
        Emit(LabelKind::kNameEnglish, english, s, s + inner.size(), 0.8,
             "label_below", out);
        std::vector<const Line*> rest(above.begin() + 1, above.end());
        return ReadSingle(label, rest, out);
      }
    }
    // What the registrant is, in parentheses between its name and the
    // caption ("QUINTE REGIONAL WATER FINANCE AUTHORITY" over "(an agency
    // of the Province of Ontario, Canada)" over "(Name of Registrant)"):
    // the name is the line above it.
    static const RE2 what_re("(?i)\\(\\s*an?\\s+[a-z][^()]*\\)");
    if (above.size() >= 2 && above[1] + 1 == above[0] && v.cells.size() == 1 &&
        above[1]->cells.size() == 1 &&
        RE2::FullMatch(re2::StringPiece(p.data(), p.size()), what_re)) {
      std::vector<const Line*> rest(above.begin() + 1, above.end());
      return ReadSingle(label, rest, out);
    }
    // A logo's tagline between the name and its caption ("Ruddington
    // Outdoor Co." over "EST. 1971 · LEHI, UTAH", "Veridane Bio, Inc."
    // over "Precision medicines for rare kidney disease"): the name is the
    // line above it, when that ends in a legal form and the tagline does
    // not (a name broken over two lines ends in its legal form below).
    if (above.size() >= 2 && above[1] + 1 == above[0] &&
        above[1]->cells.size() == 1 && v.cells.size() == 1 &&
        !EndsInLegalForm(Trim(v.text)) &&
        EndsInLegalForm(Trim(above[1]->text))) {
      std::vector<const Line*> rest(above.begin() + 1, above.end());
      return ReadSingle(label, rest, out);
    }
    std::string_view t = OneCellText(v);
    size_t s = v.start + (t.data() - v.text.data());
    size_t e = s + t.size();
    // A name broken over two lines ("THE HARBOR LANE" over "GROUP,
    // INC."): the line above is its start when it is a short run of words
    // of the same case without a legal form, digit, date or caption, and
    // this line ends in a legal form. The two lines touch: a line over a
    // blank ("INVESTMENT COMPANIES" of an N-CSR's title) is another's.
    // The cells' text, not the line's: on a scan, specks trimmed from
    // the cell (". Bluewater", "Lockhart »") and a colon after the
    // words ("Fitzgerald Resources:") are no part of the name.
    if (above.size() >= 2 && above[1] + 1 == above[0] && v.cells.size() == 1 &&
        above[1]->cells.size() == 1 && EndsInLegalForm(t)) {
      std::string_view u = StripTrailingPunct(above[1]->cells[0].text);
      if (NameStart(u, t)) {
        s = above[1]->start + (u.data() - above[1]->text.data());
        // A word hyphenated at the line's end ("ROCKCASTLE ELECTRICAL
        // MANUFAC-" over "TURING CORPORATION") is one word.
        const bool hyphenated =
            u.size() > 2 && u.back() == '-' &&
            std::isalpha(static_cast<unsigned char>(u[u.size() - 2])) &&
            std::isalpha(static_cast<unsigned char>(t[0]));
        std::string joined =
            hyphenated ? std::string(u.substr(0, u.size() - 1)) + std::string(t)
                       : std::string(u) + " " + std::string(t);
        // A logo's name set a word a line ("CHIGNECTO" over "POWER" over
        // "CORPORATION"): a third line touching above, of the same kind,
        // starts it.
        if (!hyphenated && above.size() >= 3 && above[2] + 1 == above[1] &&
            above[2]->cells.size() == 1) {
          std::string_view w = StripTrailingPunct(above[2]->cells[0].text);
          if (NameStart(w, joined) &&
              std::count(u.begin(), u.end(), ' ') == 0 &&
              std::count(w.begin(), w.end(), ' ') <= 1) {
            joined = std::string(w) + " " + joined;
            s = above[2]->start + (w.data() - above[2]->text.data());
          }
        }
        std::string value = NormalFor(kind, joined);
        if (!value.empty()) {
          Emit(kind, value, s, e, 0.8, "label_below", out);
          return;
        }
      }
    }
    // Names stacked over one caption, each ending in its legal form
    // ("NORTHWIND PROPERTY GROUP, INC." over "NORTHWIND PROPERTY GROUP,
    // L.P."): a combined cover's registrants, the first of them first, as
    // the rows of state, file number and IRS number under them are.
    size_t top = 0;
    while (top + 1 < above.size() && top < 3 &&
           above[top + 1] + 1 == above[top] && above[top]->cells.size() == 1 &&
           above[top + 1]->cells.size() == 1 &&
           EndsInLegalForm(Trim(above[top]->text)) &&
           EndsInLegalForm(Trim(above[top + 1]->text)) &&
           !NormalFor(kind, Trim(above[top + 1]->text)).empty()) {
      ++top;
    }
    if (top > 0) {
      t = Trim(above[top]->text);
      s = above[top]->start + (t.data() - above[top]->text.data());
      e = s + t.size();
    }
    std::string value = NormalFor(kind, t);
    if (!value.empty()) Emit(kind, value, s, e, 0.9, "label_below", out);
    // The other registrants, in order, each its own entity.
    for (size_t k = 1; !value.empty() && k <= top; ++k) {
      const Line& l = *above[top - k];
      std::string_view u = Trim(l.text);
      std::string other = NormalFor(kind, u);
      if (other.empty()) break;
      size_t us = l.start + (u.data() - l.text.data());
      Emit(kind, other, us, us + u.size(), 0.85, "label_below", out);
      out->back().entity = static_cast<int>(k);
    }
    return;
  }
  // A phone whose parts stand in cells of their own: "(", "408", ")",
  // "996-1010" in an HTML table's row over its caption.
  if (kind == LabelKind::kPhone && v.cells.size() > 1) {
    std::string_view t = Trim(v.text);
    std::string value = NormalFor(kind, t);
    if (!value.empty()) {
      size_t s = v.start + (t.data() - v.text.data());
      Emit(kind, value, s, s + t.size(), 0.85, "label_below", out);
      return;
    }
  }
  EmitPair(label, AlignedCell(v, label), CellsOf(v), "label_below", 0.9, out);
}

struct Word {
  size_t start = 0;  // absolute offsets
  size_t end = 0;
};

// Splits `words` (of `line`) into one run per label, in order, where each
// run is a value of its label's field: "Japan 0-30204   98-1029639" over
// three captions that a proportional font and tab stops put out of line
// with them. Writes the runs' word ranges to *cut (labels.size() + 1 word
// indexes) and counts the splits that work, stopping at two.
void CountSplits(const std::vector<Label>& labels,
                 const std::vector<Word>& words, std::string_view text,
                 size_t base, size_t label, size_t from,
                 std::vector<size_t>* cut, std::vector<size_t>* found,
                 int* count) {
  if (*count >= 2) return;
  if (label == labels.size()) {
    if (from == words.size()) {
      if (++*count == 1) *found = *cut;
    }
    return;
  }
  // Leave at least one word for each label still to come.
  size_t rest = labels.size() - label - 1;
  for (size_t to = from + 1; to + rest <= words.size(); ++to) {
    std::string_view run = text.substr(words[from].start - base,
                                       words[to - 1].end - words[from].start);
    if (NormalFor(labels[label].info.kind, run).empty()) continue;
    (*cut)[label + 1] = to;
    CountSplits(labels, words, text, base, label + 1, to, cut, found, count);
  }
}

// The typed split of a value line with fewer cells than labels; emits only
// when exactly one split works and every label names a typed field (a
// name alone could take any words).
// A scan's cell of specks beside values: marks ("|", ";") or short
// lower-case words read from them ("oor").
bool SpeckCell(std::string_view text) {
  std::string_view t = Trim(text);
  return Specks(t) || SpeckRun(t);
}

void ReadTypedSplit(const std::vector<Label>& labels, const Line& v,
                    std::vector<Hit>* out) {
  constexpr size_t kMaxWords = 12;
  for (const Label& l : labels) {
    if (!TypedKind(l.info.kind)) return;
  }
  // The words of the line's cells (specks a scan's cells dropped or
  // trimmed are none of them).
  std::vector<Word> words;
  for (const LayoutCell& c : v.cells) {
    if (SpeckCell(c.text)) continue;
    const size_t from = c.start - v.start, to = c.end - v.start;
    for (size_t i = from; i < to;) {
      // A speck run into a value's start ("-94-2437776", "_001-11634").
      while (i < to && (v.text[i] == ' ' || v.text[i] == '\t' ||
                        v.text[i] == '-' || v.text[i] == '_')) {
        ++i;
      }
      size_t j = i;
      while (j < to && v.text[j] != ' ' && v.text[j] != '\t') ++j;
      // A speck between two values ("DELAWARE = 001-33099") is no word.
      bool alnum = false;
      for (size_t k = i; k < j; ++k) {
        alnum |= std::isalnum(static_cast<unsigned char>(v.text[k])) != 0;
      }
      // Letters run into digits ("Nevada53-7823715"): OCR lost the blank
      // between two values.
      size_t glued = i;
      while (glued + 1 < j &&
             !(std::isalpha(static_cast<unsigned char>(v.text[glued])) &&
               std::isdigit(static_cast<unsigned char>(v.text[glued + 1])))) {
        ++glued;
      }
      if (glued + 1 < j && glued > i + 2) {
        words.push_back({v.start + i, v.start + glued + 1});
        i = glued + 1;
        continue;
      }
      if (j > i && alnum) words.push_back({v.start + i, v.start + j});
      i = j;
    }
  }
  // A speck OCR read as a short word before the first value ("a Texas
  // 79- 1519483"): one or two lower-case letters are no value's start.
  if (words.size() > labels.size()) {
    std::string_view first =
        v.text.substr(words[0].start - v.start, words[0].end - words[0].start);
    bool speck = first.size() <= 2;
    for (char c : first) speck &= c >= 'a' && c <= 'z';
    if (speck) words.erase(words.begin());
  }
  if (words.size() < labels.size() || words.size() > kMaxWords) return;
  std::vector<size_t> cut(labels.size() + 1, 0), found;
  int count = 0;
  CountSplits(labels, words, v.text, v.start, 0, 0, &cut, &found, &count);
  if (count != 1) return;
  for (size_t i = 0; i < labels.size(); ++i) {
    size_t s = words[found[i]].start, e = words[found[i + 1] - 1].end;
    std::string value =
        NormalFor(labels[i].info.kind, v.text.substr(s - v.start, e - s));
    Emit(labels[i].info.kind, value, s, e, 0.8, "typed_order", out);
  }
}

// True when every cell of `v` sits in its label's slot (one cell per
// label) and each typed label (state, file number, IRS number, zip,
// phone) holds a value of its form there.
bool RowFits(const std::vector<Label>& labels, const Line& v) {
  if (v.cells.size() != labels.size()) return false;
  bool typed = false;
  for (size_t i = 0; i < labels.size(); ++i) {
    LabelKind k = labels[i].info.kind;
    if (!TypedKind(k)) continue;
    // A box left without a value ("Not Applicable" under a foreign
    // issuer's "(I.R.S. Employer Identification Number (if applicable))")
    // fits and says nothing.
    if (SaysNotApplicable(v.cells[i].text)) continue;
    if (NormalFor(k, v.cells[i].text).empty()) return false;
    typed = true;
  }
  return typed;
}

// A table's row of values with a cell in each caption's slot, and more
// cells between them ("One Market Plaza | , | San Francisco, | California
// | 94105" over "(Address ...) | | | | (Zip Code)"): the typed captions'
// cells hold their kind of value.
bool RowFitsBySlot(const std::vector<Label>& labels, const Line& v) {
  if (!v.has_tab || v.cells.size() <= labels.size()) return false;
  Line slots = v;  // the cells in the captions' slots, in their order
  slots.cells.clear();
  for (const Label& l : labels) {
    if (!l.line->has_tab) return false;
    const LayoutCell* cell = nullptr;
    for (const LayoutCell& c : v.cells) {
      if (c.tab_index == l.cell->tab_index) cell = &c;
    }
    if (cell == nullptr) return false;
    slots.cells.push_back(*cell);
  }
  return RowFits(labels, slots);
}

// "Delaware | 27-1234567 | 2200 Lakeshore Drive, Chicago | 60616" over
// "(State ...) | (I.R.S. ...) | (Address ...) | (Zip Code)": an address
// caption among other captions of one row takes only its own cells (and
// those of the zip and of part captions such as "(City)"); the other
// captions pair by slot. False when the row above
// does not fit cell for cell. `wrapped`: lines of the address cell alone
// under the row, nearest the captions first (WrappedRows).
bool ReadRowWithAddress(const std::vector<Label>& labels, size_t addr,
                        const Label* zip, const Line& v,
                        std::vector<Hit>* out,
                        std::vector<const Line*> wrapped = {},
                        const std::vector<const Line*>& over = {}) {
  if (!RowFits(labels, v)) return false;
  Line p = v;
  p.cells.clear();
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i == addr || &labels[i] == zip ||
        labels[i].info.kind == LabelKind::kAddressPart) {
      p.cells.push_back(v.cells[i]);
    } else {
      EmitPair(labels[i], &v.cells[i], {}, "tabs", 0.9, out);
    }
  }
  p.start = p.cells.front().start;
  p.end = p.cells.back().end;
  p.text = v.text.substr(p.start - v.start, p.end - p.start);
  wrapped.push_back(&p);
  wrapped.insert(wrapped.end(), over.begin(), over.end());
  ReadAddress(labels[addr], zip, wrapped, out);
  return true;
}

// Lines of the address cell alone over a row of values, nearest the row
// first: "25 Science Park" over "Milton Road" over "Cambridge CB4 0FW"
// over "United Kingdom | +44 1632 960 412" over the address and phone
// captions. The address began above the row's other values (a table's
// cell of several lines, its neighbour of one). At most three lines, each
// directly over the next, in the address cell's column.
std::vector<const Line*> AddressLinesOver(
    size_t addr, const std::vector<const Line*>& above, size_t row) {
  std::vector<const Line*> over;
  const Line& r = *above[row];
  if (addr >= r.cells.size()) return over;
  const LayoutCell& cell = r.cells[addr];
  for (size_t k = row + 1; k <= row + 3 && k < above.size(); ++k) {
    const Line& c = *above[k];
    if (above[k] + 1 != above[k - 1] || c.cells.size() != 1) break;
    bool aligned = c.has_tab && r.has_tab
                       ? c.cells[0].tab_index == cell.tab_index
                       : std::abs(c.cells[0].col_start - cell.col_start) <= 1;
    if (!aligned || IsLabelish(c)) break;
    over.push_back(&c);
  }
  return over;
}

// How many lines of the address cell alone (one to three) sit between a
// row of values and its captions: "Ireland | 2 Grand Canal Square |
// 98-1454872" over "| Dublin 2, D02 A342 |" over "| Ireland |" gives 2;
// 0 when the row above the captions is no such row.
size_t WrappedRows(const std::vector<Label>& labels, size_t addr,
                   const std::vector<const Line*>& above) {
  for (size_t k = 1; k <= 3 && k < above.size(); ++k) {
    const Line& c = *above[k - 1];
    if (above[k] + 1 != above[k - 1] || c.cells.size() != 1 ||
        AlignedCell(c, labels[addr]) != &c.cells[0]) {
      return 0;
    }
    if (!RowFits(labels, *above[k])) continue;
    const Line& row = *above[k];
    for (size_t j = 0; j < k; ++j) {
      const Line& w = *above[j];
      if (w.has_tab && row.has_tab &&
          w.cells[0].tab_index != row.cells[addr].tab_index) {
        return 0;
      }
    }
    return k;
  }
  return 0;
}

void ReadRows(const std::vector<Label>& labels,
              const std::vector<const Line*>& above, std::vector<Hit>* out);

// Labels side by side on one line, values side by side above them.
void ReadRow(const std::vector<Label>& labels,
             const std::vector<const Line*>& above, std::vector<Hit>* out) {
  if (above.empty()) return;
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].info.kind != LabelKind::kAddress) continue;
    const Label* zip = nullptr;
    for (const Label& l : labels) {
      if (l.info.kind == LabelKind::kZip) zip = &l;
    }
    if (labels.size() > (zip ? 2u : 1u) &&
        ReadRowWithAddress(labels, i, zip, *above[0], out, {},
                           AddressLinesOver(i, above, 0))) {
      return;
    }
    // The address cell wrapped onto a line of its own under the row
    // ("Cayman Islands | 80 Robinson Road, #17-02 | 98-1590412" over
    // "| Singapore 068898 |" over the three captions): the row's other
    // cells are their captions' values, the address is both lines' cells.
    size_t wrap = WrappedRows(labels, i, above);
    if (labels.size() >= 2 && wrap > 0 &&
        ReadRowWithAddress(
            labels, i, zip, *above[wrap], out,
            {above.begin(), above.begin() + static_cast<std::ptrdiff_t>(wrap)})) {
      return;
    }
    return ReadAddress(labels[i], zip, above, out);
  }
  // A row of an address's parts' captions with no caption of the whole
  // address ("10 Franklin Road S.E. | Suite 800 | Roanoke, Virginia 24011"
  // over "(Street) | (Suite) | (City, State and Zip Code)"): the cells
  // over them, one a part, are the address. (A street caption among them:
  // "(City) | (State) | (Zip Code)" alone is the last line of an address
  // captioned above.)
  {
    static const RE2* const kStreet =
        new RE2(R"((?i)^\W*(?:no\.?|number)?\s*(?:and\s+)?street\b)");
    size_t parts = 0;
    bool street = false, others = false;
    const Label* zip = nullptr;
    for (const Label& l : labels) {
      if (l.info.kind == LabelKind::kAddressPart) {
        ++parts;
        street |= RE2::PartialMatch(l.cell->text, *kStreet);
      } else if (l.info.kind == LabelKind::kZip) {
        zip = &l;
      } else {
        others = true;
      }
    }
    if (!others && parts >= 2 && street &&
        above[0]->cells.size() == labels.size()) {
      return ReadAddress(labels[0], zip, {above[0]}, out, "parts");
    }
  }
  // A row whose cells wrap onto the line under it ("Nova Scotia, | 4911 |
  // Not" over "Canada | | Applicable"): the lower line fills fewer cells
  // than the row, each under one of the row's; its cells are joined to
  // theirs.
  std::deque<std::string> joined;
  Line wrapped;
  std::vector<const Line*> rows = above;
  if (above.size() >= 2 && above[1] + 1 == above[0] && above[0]->has_tab &&
      above[1]->has_tab) {
    const Line& top = *above[1];
    const Line& low = *above[0];
    auto filled = [](const Line& l) {
      std::vector<const LayoutCell*> v;
      for (const LayoutCell& c : l.cells) {
        if (!Trim(c.text).empty()) v.push_back(&c);
      }
      return v;
    };
    std::vector<const LayoutCell*> upper = filled(top), lower = filled(low);
    bool under = !lower.empty() && lower.size() < upper.size();
    for (const LayoutCell* c : lower) {
      under &= std::any_of(
          upper.begin(), upper.end(),
          [&](const LayoutCell* u) { return u->tab_index == c->tab_index; });
    }
    if (under) {
      wrapped = top;
      for (LayoutCell& u : wrapped.cells) {
        for (const LayoutCell* c : lower) {
          if (c->tab_index != u.tab_index) continue;
          joined.push_back(std::string(Trim(u.text)) + " " +
                           std::string(Trim(c->text)));
          u.text = joined.back();
          u.end = c->end;
        }
      }
      rows.erase(rows.begin());
      rows[0] = &wrapped;
    }
  }
  return ReadRows(labels, rows, out);
}

// The rows of values over one caption row (ReadRow's, no address among
// the captions).
void ReadRows(const std::vector<Label>& labels,
              const std::vector<const Line*>& above, std::vector<Hit>* out) {
  // A combined filing's rows, one registrant each, over one caption row:
  // "Acme Trust, Inc. | Maryland | 27-..." over "Acme, L.P. | Delaware |
  // 27-...". The top row is the first registrant. A row may open with the
  // registrant's name in a column no caption names ("Meridian Coastal
  // Realty Trust, Inc. | Maryland | 001-39214 | 84-4102937"): the name
  // cell is set aside.
  std::deque<Line> named;  // rows without their name cell
  auto fits = [&](const Line* l) -> const Line* {
    if (RowFits(labels, *l)) return l;
    if (l->cells.size() != labels.size() + 1 ||
        !EndsInLegalForm(Trim(l->cells[0].text))) {
      return nullptr;
    }
    Line rest = *l;
    rest.cells.erase(rest.cells.begin());
    if (!RowFits(labels, rest)) return nullptr;
    named.push_back(std::move(rest));
    return &named.back();
  };
  std::vector<const Line*> fitted;
  if (const Line* f = fits(above[0])) {
    fitted.push_back(f);
    while (fitted.size() < above.size() &&
           above[fitted.size()]->has_tab == above[0]->has_tab) {
      const Line* g = fits(above[fitted.size()]);
      if (!g) break;
      fitted.push_back(g);
    }
  }
  size_t rows = fitted.empty() ? 1 : fitted.size();
  for (size_t r = 0; r < rows; ++r) {
    const Line& v = fitted.empty() ? *above[0] : *fitted[rows - 1 - r];
    std::vector<const LayoutCell*> row = CellsOf(v);
    bool by_index = row.size() == labels.size();
    std::string how = v.has_tab && labels[0].line->has_tab ? "tabs" : "columns";
    size_t before = out->size();
    for (size_t i = 0; i < labels.size(); ++i) {
      const LayoutCell* cell = by_index ? row[i] : AlignedCell(v, labels[i]);
      // In a row that does not fit its captions cell for cell, the cell
      // over a state's caption may be anything ("ACME HOLDINGS GROUP |
      // Delaware | 12-..." over two captions): a state EDGAR knows, or
      // the state found by type.
      if (!by_index && cell && labels[i].info.kind == LabelKind::kState &&
          StateCode(NormalState(cell->text)).empty()) {
        cell = nullptr;
      }
      EmitPair(labels[i], cell, row, how, by_index ? 0.95 : 0.85, out);
    }
    // Cells of specks a scan left beside the values ("oor", "|") are
    // none of them.
    size_t real = 0;
    for (const LayoutCell* c : row) {
      real += SpeckCell(c->text) ? 0 : 1;
    }
    if (real < labels.size()) ReadTypedSplit(labels, v, out);
    for (size_t k = before; k < out->size(); ++k) {
      (*out)[k].entity = static_cast<int>(r);
    }
  }
}

// True when an address caption sits under another field's caption of its
// group ("(Exact name ...)" over "(Address ..., including zip code)"):
// its value is below it, the lines above are the other caption's.
bool UnderOtherCaption(const std::vector<Label>& labels, const Label& address) {
  for (const Label& l : labels) {
    if (l.line->start < address.line->start && l.info.kind != LabelKind::kZip &&
        l.info.kind != LabelKind::kAddress &&
        l.info.kind != LabelKind::kAddressPart) {
      return true;
    }
  }
  return false;
}

// Labels stacked one per line (HTML cells turned into lines), values
// stacked the same way above them, or side by side on one line.
void ReadStacked(const std::vector<Label>& labels,
                 const std::vector<const Line*>& above, std::vector<Hit>* out) {
  if (above.empty()) return;
  const Label* address = nullptr;
  const Label* zip = nullptr;
  for (const Label& l : labels) {
    if (l.info.kind == LabelKind::kAddress) address = &l;
    if (l.info.kind == LabelKind::kZip) zip = &l;
  }
  // "(Address of principal executive offices)" over "(Zip Code)": the
  // lines above are the address block, the zip inside it. But an address
  // caption under another field's caption has its value below (ReadGroup).
  if (address && !UnderOtherCaption(labels, *address))
    return ReadAddress(*address, zip, above, out);
  std::vector<Label> rest;
  for (const Label& l : labels) {
    if (&l != address) rest.push_back(l);
  }
  std::vector<const LayoutCell*> items;
  if (above[0]->cells.size() >= rest.size()) {
    items = CellsOf(*above[0]);
  } else {
    for (size_t i = 0; i < above.size() && i < rest.size(); ++i) {
      if (above[i]->cells.size() != 1) break;
      items.insert(items.begin(), &above[i]->cells[0]);
    }
  }
  bool by_index = items.size() == rest.size();
  for (size_t i = 0; i < rest.size(); ++i) {
    EmitPair(rest[i], by_index ? items[i] : nullptr, items, "stacked", 0.85,
             out);
  }
}

// A value in the cell right of its label on the same line:
// "(Registrant's telephone number, including area code)   800-323-6883".
bool ReadBeside(const Label& label, const std::vector<Line>& lines,
                std::vector<Hit>* out) {
  const std::vector<LayoutCell>& cells = label.line->cells;
  for (size_t i = 0; i + 1 < cells.size(); ++i) {
    if (&cells[i] != label.cell) continue;
    const LayoutCell& next = cells[i + 1];
    if (ClassifyLabel(next.text).kind != LabelKind::kNone) return false;
    // An address in the cell right of its caption, going on in that cell
    // of the table's next row ("Address of principal executive offices
    // (including zip code) | 1200 Broadway, Suite 400" over "| Columbus,
    // Georgia 31901"), its postal code closing it.
    if (label.info.kind == LabelKind::kAddress && label.line->has_tab &&
        i + 2 == cells.size()) {
      std::string address = FoldSpace(next.text);
      size_t end = next.end;
      std::string_view last = next.text;
      size_t last_start = next.start;
      const Line* below = label.line + 1;
      for (int k = 0; k < 2 && below < lines.data() + lines.size();
           ++k, ++below) {
        if (below->kind != LineKind::kText || below->cells.size() != 1 ||
            !below->has_tab || below->cells[0].tab_index != next.tab_index) {
          break;
        }
        address += ", " + FoldSpace(below->cells[0].text);
        end = below->cells[0].end;
        last = below->cells[0].text;
        last_start = below->cells[0].start;
      }
      size_t zs = 0, ze = 0;
      if (!AddressEndingInZip(StripTrailingPunct(Trim(last)), &zs, &ze) ||
          GarbledAddress(address)) {
        return false;
      }
      std::string_view l = StripTrailingPunct(Trim(last));
      size_t ls = last_start + (l.data() - last.data());
      Emit(LabelKind::kAddress, address, next.start, end, 0.85, "label_beside",
           out);
      Emit(LabelKind::kZip, std::string(l.substr(zs, ze - zs)), ls + zs,
           ls + ze, 0.8, "label_beside", out);
      return true;
    }
    std::string value = NormalFor(label.info.kind, next.text);
    if (value.empty() || FieldFor(label.info.kind)[0] == '\0') return false;
    // Two registrants either side of the captions ("LEAF RIVER ENERGY
    // CORPORATION | (Exact name of registrant ...) | LEAF RIVER POWER &
    // LIGHT COMPANY"): the left one is the first registrant's, the right
    // one the second's.
    if (i > 0 && ClassifyLabel(cells[i - 1].text).kind == LabelKind::kNone) {
      std::string left = NormalFor(label.info.kind, cells[i - 1].text);
      if (!left.empty()) {
        Emit(label.info.kind, left, cells[i - 1].start, cells[i - 1].end, 0.85,
             "label_between", out);
        Emit(label.info.kind, value, next.start, next.end, 0.8, "label_between",
             out);
        out->back().entity = 1;
        return true;
      }
    }
    Emit(label.info.kind, value, next.start, next.end, 0.85, "label_beside",
         out);
    return true;
  }
  return false;
}

// A value left of its caption on the same line, a dot leader between
// them ("TRIANGLE ASSAY LABORATORIES, INC. ....... Exact name of
// registrant as" over "specified in its charter"): a line of two cells,
// the caption unparenthesised and last. An address goes on in the left
// column of the lines under it ("4800 Emperor Boulevard, Suite 200 ...
// Address of principal executive" over "Durham, North Carolina
// 27703-8450   offices and Zip Code").
bool ReadLeft(const Label& label, const std::vector<Line>& lines,
              std::vector<Hit>* out, bool columns = false) {
  const Line& l = *label.line;
  // (An address's last line may hold its zip in a cell of its own:
  // "Peru, Indiana  46970          Address of principal executive
  // offices".)
  const bool address = label.info.kind == LabelKind::kAddress && columns &&
                       l.cells.size() == 3 && label.cell == &l.cells[2];
  if ((l.cells.size() != 2 && !address) || label.cell != &l.cells.back() ||
      label.cell->text.empty() || FieldFor(label.info.kind)[0] == '\0') {
    return false;
  }
  // (Only where a dot leader joins them: a value and its caption set
  // apart by blanks are the usual cover's columns. A leader after words
  // is mended into a colon and blanks before the cells are cut: "North
  // Carolina:" then.)
  const LayoutCell& left = l.cells[l.cells.size() - 2];
  std::string_view gap(l.text.data() + (left.end - l.start),
                       label.cell->start - left.end);
  LayoutCell v = l.cells[0];
  if (address) {
    v.text = std::string_view(l.text.data() + (v.start - l.start),
                              left.end - v.start);
    v.end = left.end;
    v.col_end = left.col_end;
  }
  const bool mended = v.text.size() > 1 && v.text.back() == ':';
  const bool dotted = gap.find("....") != std::string_view::npos;
  // (Or blanks, on a cover typed as two columns throughout, values left
  // and captions right: "Indiana          State of incorporation" over
  // "1-99893          Commission File Number" over ...)
  if (!dotted && !mended && !columns) return false;
  if (mended) {
    v.text.remove_suffix(1);
    --v.end;
  }
  if (ClassifyLabel(v.text).kind != LabelKind::kNone) return false;
  if (label.info.kind == LabelKind::kAddress) {
    std::string address = FoldSpace(v.text);
    size_t begin = v.start, end = v.end;
    std::string_view last = v.text;
    size_t last_start = v.start;
    size_t at = static_cast<size_t>(&l - lines.data());
    // The street on the line above, in the same column ("1525 N.W. Kearney
    // Street" over "Portland, Oregon 97209 ......(Address of principal").
    // On a cover typed as two columns, up to two such lines ("One North
    // Main Street" over "P.O. Box 660" over "Peru, Indiana  46970   Address
    // of principal executive offices"), the lower one with a number.
    for (size_t k = at; k-- > 0 && k + (columns ? 2 : 1) >= at;) {
      const Line& u = lines[k];
      if (u.kind != LineKind::kText || u.cells.size() != 1 ||
          u.cells[0].col_start + 2 < v.col_start ||
          u.cells[0].col_start > v.col_start + 2 ||
          (k + 1 == at && !HasDigit(u.cells[0].text)) ||
          ClassifyLabel(u.cells[0].text).kind != LabelKind::kNone ||
          (!HasDigit(u.cells[0].text) &&
           EndsInLegalForm(StripTrailingPunct(Trim(u.cells[0].text))))) {
        break;
      }
      address = FoldSpace(u.cells[0].text) + ", " + address;
      begin = u.cells[0].start;
    }
    for (size_t k = at + 1; k < lines.size() && k <= at + 2; ++k) {
      const Line& n = lines[k];
      if (n.cells.size() != 2 || n.cells[0].col_start + 2 < v.col_start ||
          n.cells[0].col_start > v.col_start + 2 ||
          ClassifyLabel(n.cells[0].text).kind != LabelKind::kNone) {
        break;
      }
      address += ", " + FoldSpace(n.cells[0].text);
      end = n.cells[0].end;
      last = n.cells[0].text;
      last_start = n.cells[0].start;
    }
    size_t zs = 0, ze = 0;
    if (!FindZip(last, &zs, &ze) || GarbledAddress(address)) return false;
    Emit(LabelKind::kAddress, address, begin, end, 0.85, "label_right", out);
    Emit(LabelKind::kZip, std::string(last.substr(zs, ze - zs)),
         last_start + zs, last_start + ze, 0.8, "label_right", out);
    return true;
  }
  std::string value = NormalFor(label.info.kind, v.text);
  if (value.empty()) return false;
  Emit(label.info.kind, value, v.start, v.end, 0.9, "label_right", out);
  return true;
}

// "(State or other jurisdiction of incorporation) | (Commission File
// Number)": captions a proportional font or OCR left in one cell, split
// where a parenthesis closes and another caption starts. An address and its
// zip caption stay one ("(Address ...) (Zip Code)" says the zip is apart).
std::vector<LayoutCell> SplitCaptions(const LayoutCell& c) {
  std::vector<LayoutCell> out;
  std::string_view t = c.text;
  size_t from = 0;
  auto piece = [&](size_t a, size_t b) {
    LayoutCell p = c;
    p.start = c.start + a;
    p.end = c.start + b;
    p.col_start = c.col_start + static_cast<int>(a);
    p.col_end = p.col_start + static_cast<int>(b - a);
    p.text = t.substr(a, b - a);
    out.push_back(p);
  };
  for (size_t i = 0; i < t.size(); ++i) {
    // A caption whose closing parenthesis OCR lost: "(State or Other
    // Jurisdiction of Incorporation (I.R.S. Employer ...)", split before
    // the next caption's opening one.
    if (t[i] == '(' && i > from + 1 && t[from] == '(' &&
        (t[i - 1] == ' ' || t[i - 1] == '\t') &&
        ParenDepth(t.substr(from, i - from)) == 1) {
      size_t e = i;
      while (e > from && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
      LabelKind a = ClassifyLabel(t.substr(from, e - from)).kind;
      LabelKind b = ClassifyLabel(t.substr(i)).kind;
      if (a != LabelKind::kNone && b != LabelKind::kNone && a != b &&
          a != LabelKind::kAddress && b != LabelKind::kZip) {
        piece(from, e);
        from = i;
      }
      continue;
    }
    if (t[i] != ')') continue;
    // Blanks between the two, or a scan's specks ("organization) — (IRS",
    // "organization) _(I.R.S."): a few marks, no letter or digit.
    size_t j = i + 1;
    while (j < t.size() && j < i + 8 && t[j] != '(' && t[j] != ')' &&
           !std::isalnum(static_cast<unsigned char>(t[j]))) {
      ++j;
    }
    // The next caption's "(" may be lost or misread too ("organization)
    // @. R. S. Employer"): the caption itself says where it starts.
    if (j >= t.size() || t[j] == ')') continue;
    LabelKind a = ClassifyLabel(t.substr(from, i + 1 - from)).kind;
    LabelKind b = ClassifyLabel(t.substr(j)).kind;
    if (a == LabelKind::kNone || b == LabelKind::kNone ||
        a == LabelKind::kAddress || a == LabelKind::kZip ||
        b == LabelKind::kAddress || b == LabelKind::kZip) {
      continue;
    }
    piece(from, i + 1);
    from = j;
  }
  if (out.empty()) return {c};
  piece(from, t.size());
  return out;
}

// Labels of one caption row paired by slot with the text row `below`
// under them (captions over their values), when it is TAB-separated as
// they are and fits cell for cell. False, emitting nothing, otherwise.
bool ReadRowBelow(const std::vector<Label>& labels,
                  const std::vector<Line>& lines, size_t below,
                  std::vector<Hit>* out) {
  if (below >= lines.size() || lines[below].kind != LineKind::kText ||
      lines[below].has_tab != labels[0].line->has_tab ||
      !RowFits(labels, lines[below])) {
    return false;
  }
  // "Address of principal executive offices | Zip Code" over "2200
  // Lakeshore Drive, Chicago, Illinois | 60616".
  const Label* zip = nullptr;
  for (const Label& l : labels) {
    if (l.info.kind == LabelKind::kZip) zip = &l;
  }
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].info.kind != LabelKind::kAddress) continue;
    // The address cell's further lines alone under the row ("730 Second
    // Avenue South | (612) 555-0189" over "Suite 1500" over "Minneapolis,
    // Minnesota 55402"): up to two, the last ending in its postal code,
    // when the row's cell has none and no zip column does.
    std::vector<const Line*> under;  // nearest the row last
    size_t zs = 0, ze = 0;
    if (zip == nullptr && i < lines[below].cells.size() &&
        !AddressEndingInZip(lines[below].cells[i].text, &zs, &ze)) {
      bool ends = false;
      for (size_t k = below + 1; !ends && k < lines.size() && k <= below + 2;
           ++k) {
        const Line& l = lines[k];
        if (l.kind != LineKind::kText || l.has_tab || l.cells.size() != 1 ||
            IsLabelish(l)) {
          break;
        }
        under.insert(under.begin(), &l);
        ends = AddressEndingInZip(StripTrailingPunct(Trim(l.text)), &zs, &ze);
      }
      if (!ends) under.clear();
    }
    return ReadRowWithAddress(labels, i, zip, lines[below], out, under);
  }
  for (size_t i = 0; i < labels.size(); ++i) {
    EmitPair(labels[i], &lines[below].cells[i], {}, "label_above", 0.85, out);
  }
  return true;
}

// A street over its caption, then the city's line over a caption of
// address parts: "2500 Research Boulevard" over "Address of Principal
// Executive Office (Street and Number)", "Rockville, Maryland 20850" over
// "City, State and Zip Code" (Form 12b-25). The address read from the
// group ending before line `last` (hits from `from` on) goes on with the
// city's line; a zip ending it is the zip.
void AddressGoesOnBelow(const std::vector<Line>& lines, size_t last,
                        size_t from, std::vector<Hit>* out) {
  Hit* address = nullptr;
  for (size_t k = from; k < out->size(); ++k) {
    if ((*out)[k].name == "address") address = &(*out)[k];
  }
  if (address == nullptr) return;
  size_t j = last;
  if (j < lines.size() && lines[j].kind == LineKind::kBlank) ++j;
  // (A typed form's rule under the value: "Greenwood Village, Colorado
  // 80111" over "-----" over "City, State and Zip Code".)
  size_t k = j + 1;
  if (k < lines.size() && lines[k].kind == LineKind::kRule) ++k;
  // (A typed city line may set its zip apart by blanks: "Columbia, South
  // Carolina  29201" is two cells of one value.)
  if (k >= lines.size() || lines[j].kind != LineKind::kText ||
      lines[j].cells.empty() || lines[j].cells.size() > 2 || lines[j].has_tab ||
      lines[k].kind != LineKind::kLabel || lines[k].cells.size() != 1 ||
      ClassifyLabel(lines[k].cells[0].text).kind != LabelKind::kAddressPart) {
    return;
  }
  std::string_view city = StripTrailingPunct(Trim(lines[j].text));
  if (city.empty() || GarbledAddress(city)) return;
  size_t city_start = lines[j].start + (city.data() - lines[j].text.data());
  address->value += ", " + FoldSpace(city);
  address->end = city_start + city.size();
  size_t zs = 0, ze = 0;
  if (AddressEndingInZip(city, &zs, &ze)) {
    Emit(LabelKind::kZip, std::string(city.substr(zs, ze - zs)),
         city_start + zs, city_start + ze, 0.8, "in_address", out);
  }
}

void ReadGroup(const std::vector<Line>& lines, size_t first, size_t last,
               std::vector<Hit>* out) {
  std::vector<Label> labels;
  std::deque<LayoutCell> split;  // cells cut from one; stable addresses
  bool side_by_side = true;
  // Rows of a caption and a value beside it (a table of captions left of
  // their values, three rows at least: two may be a caption beside a
  // stray cell).
  int beside_rows = 0;
  for (size_t i = first; i < last; ++i) {
    const Line& b = lines[i];
    beside_rows += b.kind == LineKind::kLabel && b.has_tab &&
                   b.cells.size() == 2 &&
                   ClassifyLabel(b.cells[0].text).kind != LabelKind::kNone &&
                   ClassifyLabel(b.cells[1].text).kind == LabelKind::kNone;
  }
  // Typed rows of a value and its caption right of it, unparenthesised
  // (three at least): the cover's two columns are values and captions.
  // (Counted a few lines around the group: the address's group stands
  // apart by a blank line from the rows above it.)
  int left_rows = 0;
  for (size_t i = first > 8 ? first - 8 : 0; i < last + 8 && i < lines.size();
       ++i) {
    const Line& b = lines[i];
    left_rows += b.kind == LineKind::kLabel && !b.has_tab &&
                 b.cells.size() == 2 && !b.cells[1].text.empty() &&
                 b.cells[1].text[0] != '(' &&
                 ClassifyLabel(b.cells[1].text).kind != LabelKind::kNone &&
                 ClassifyLabel(b.cells[0].text).kind == LabelKind::kNone;
  }
  for (size_t i = first; i < last; ++i) {
    if (lines[i].kind != LineKind::kLabel) continue;
    std::vector<const LayoutCell*> cells;
    for (const LayoutCell& c : lines[i].cells) {
      std::vector<LayoutCell> parts = SplitCaptions(c);
      if (parts.size() == 1) {
        cells.push_back(&c);
        continue;
      }
      for (LayoutCell& p : parts) {
        split.push_back(p);
        cells.push_back(&split.back());
      }
    }
    for (const LayoutCell* cp : cells) {
      const LayoutCell& c = *cp;
      Label l{&lines[i], &c, ClassifyLabel(c.text)};
      // Values below their captions are above.cc's; so are those of a
      // caption that may have its value either side when another caption
      // is right above it ("(Exact name ...)" over "(Address ...,
      // including zip code)" over the address).
      if (l.info.place == ValuePlace::kBelow) continue;
      // (A caption beside its value is read wherever it stands in the
      // group: a table of captions left of their values.)
      if (l.info.place == ValuePlace::kEither && i != first) {
        if (l.line->has_tab && beside_rows >= 3) ReadBeside(l, lines, out);
        // (Or right of its value, on a cover typed as values and captions
        // in two columns.)
        if (!l.line->has_tab && left_rows >= 3) ReadLeft(l, lines, out, true);
        continue;
      }
      if (l.info.kind == LabelKind::kNone || ReadBeside(l, lines, out) ||
          ReadLeft(l, lines, out, left_rows >= 3)) {
        continue;
      }
      // "Telephone: +1 (604) 555-0118" in one cell: the phone is read
      // beside its caption (beside.cc); the line holds no other caption.
      if (l.info.kind == LabelKind::kPhone && PhoneLineWithNumber(*l.line))
        continue;
      if (i != first) side_by_side = false;
      labels.push_back(l);
    }
  }
  // A row of parenthesised captions under another caption ("(Exact name
  // ...)" over "(State ...) | (I.R.S. ...)") has no values above it; its
  // values are the row under it when that fits cell for cell.
  if (!labels.empty() && labels.back().line != &lines[first]) {
    const Line* row = labels.back().line;
    std::vector<Label> own;
    for (const Label& l : labels) {
      if (l.line == row) own.push_back(l);
    }
    if (own.size() >= 2 && ReadRowBelow(own, lines, last, out)) {
      labels.resize(labels.size() - own.size());
      side_by_side = true;
      for (const Label& l : labels) side_by_side &= l.line == &lines[first];
    }
  }
  // A zip printed in the caption row above its own caption ("(Address of
  // principal executive offices) | 89118" over "| (Zip Code)"): the cell
  // over the zip caption, when it is a postal code and no caption.
  for (auto it = labels.begin(); it != labels.end();) {
    const Label& l = *it;
    if (l.info.kind != LabelKind::kZip || l.line == &lines[first]) {
      ++it;
      continue;
    }
    const Line& up = *(l.line - 1);
    const LayoutCell* c = up.cells.size() > 1 ? AlignedCell(up, l) : nullptr;
    std::string code = c && ClassifyLabel(c->text).kind == LabelKind::kNone
                           ? NormalPostalCode(c->text)
                           : "";
    if (code.empty()) {
      ++it;
      continue;
    }
    Emit(LabelKind::kZip, code, c->start, c->end, 0.9, "columns", out);
    it = labels.erase(it);
  }
  if (labels.empty()) return;
  std::vector<const Line*> above = ValueLinesAbove(lines, first, 6);
  // Captions under a rule set over them, a blank above the rule, their
  // values on the line right below ("---------" over "(Exact name of
  // Registrant ...)" over "AIRE VALLEY TEXTILES plc"): what stands above
  // the rule is another caption's value.
  if (first >= 1 && lines[first - 1].kind == LineKind::kRule &&
      (first < 2 || lines[first - 2].kind == LineKind::kBlank) &&
      last < lines.size() && lines[last].kind == LineKind::kText) {
    above.clear();
  }
  if (labels.size() == 1) {
    size_t before = out->size();
    if (labels[0].info.kind == LabelKind::kAddress && !above.empty()) {
      std::vector<const Line*> parts = ValueLinesAbove(lines, first, 12, true);
      if (parts.size() > above.size()) above = std::move(parts);
    }
    if (labels[0].info.kind == LabelKind::kPhone && !above.empty()) {
      std::string phone =
          PhoneFromParts(ValueLinesAbove(lines, first, 6, true));
      if (!phone.empty()) {
        const Line& v = *above[0];
        Emit(LabelKind::kPhone, phone, v.start, v.end, 0.8, "parts", out);
      }
    }
    // A caption in a row of captions over a row of values, cell for cell
    // ("Registrant's telephone number | Date of fiscal year end | Date of
    // reporting period" over "(866) 555-0173 | June 30 | July 1, 2023 -
    // June 30, 2024"): its value is the cell under it, not a line above
    // (another block's phone).
    const Line& row = *labels[0].line;
    if (out->size() == before && row.has_tab && row.cells.size() >= 2 &&
        labels[0].line == &lines[last - 1] && last < lines.size() &&
        lines[last].has_tab && lines[last].cells.size() == row.cells.size()) {
      const LayoutCell* under = nullptr;
      for (const LayoutCell& c : lines[last].cells) {
        if (c.tab_index == labels[0].cell->tab_index) under = &c;
      }
      if (under != nullptr &&
          !NormalFor(labels[0].info.kind, under->text).empty()) {
        EmitPair(labels[0], under, {}, "label_above", 0.85, out);
      }
    }
    if (out->size() == before) ReadSingle(labels[0], above, out);
    if (out->size() == before) ReadBelow(labels[0], lines, last, out);
    if (out->size() == before) ReadNameBelow(labels[0], lines, last, out);
    if (out->size() == before && labels[0].info.kind == LabelKind::kAddress)
      ReadAddressBelow(labels[0], lines, last, out);
    if (labels[0].info.kind == LabelKind::kAddress) {
      AddressGoesOnBelow(lines, last, before, out);
    }
  } else if (side_by_side) {
    // Parenthesised captions over their values ("(State ...) | (I.R.S.
    // ...)" over "Delaware | 27-1234567"): read below only when the row
    // above is no row of values for them and the row below fits cell for
    // cell.
    // (Or an address cell wrapped onto a line of its own under the row of
    // values: "One Cuyahoga Plaza | 44114" over "Cleveland, Ohio" over
    // "(Address ...) | (Zip Code)".)
    size_t addr = labels.size();  // the address caption's index, if any
    for (size_t k = 0; k < labels.size(); ++k) {
      if (labels[k].info.kind == LabelKind::kAddress) addr = k;
    }
    bool above_fits = !above.empty() &&
                      (RowFits(labels, *above[0]) ||
                       RowFitsBySlot(labels, *above[0]) ||
                       (addr < labels.size() &&
                        WrappedRows(labels, addr, above) > 0));
    if (above_fits || !ReadRowBelow(labels, lines, last, out)) {
      ReadRow(labels, above, out);
    }
  } else {
    const size_t before = out->size();
    ReadStacked(labels, above, out);
    // An address caption under another field's caption: its value is
    // below (ReadStacked left it).
    for (const Label& l : labels) {
      if (l.info.kind == LabelKind::kAddress && UnderOtherCaption(labels, l))
        ReadAddressBelow(l, lines, last, out);
    }
    // So is a typed field's caption on the group's last line, when
    // nothing was read for it ("(Address ...) | (Zip Code)" over
    // "(Registrant's telephone number ...)" over "(612) 555-0104"),
    // unless the value is the next caption's of its kind, printed under
    // its value.
    // (A caption wrapped onto the group's last line counts: "(State or
    // other jurisdiction of" over "incorporation or organization)".)
    for (const Label& l : labels) {
      if (l.line == &lines[first]) continue;
      bool last_caption = l.line == &lines[last - 1];
      if (!last_caption && l.line + 1 == &lines[last - 1]) {
        last_caption = std::none_of(
            labels.begin(), labels.end(),
            [&](const Label& o) { return o.line == &lines[last - 1]; });
      }
      if (!last_caption) continue;
      const char* field = FieldFor(l.info.kind);
      bool read = false;
      for (size_t k = before; k < out->size(); ++k) read |= (*out)[k].name == field;
      if (read) continue;
      size_t j = last;
      while (j < lines.size() && Skippable(lines[j])) ++j;
      size_t k = j + 1;
      while (k < lines.size() && Skippable(lines[k])) ++k;
      if (k < lines.size() && lines[k].kind == LineKind::kLabel &&
          std::any_of(lines[k].cells.begin(), lines[k].cells.end(),
                      [&](const LayoutCell& c) {
                        return ClassifyLabel(c.text).kind == l.info.kind;
                      })) {
        continue;
      }
      ReadBelow(l, lines, last, out);
    }
  }
}

}  // namespace

void MixedColumns(const std::vector<Line>& lines, std::vector<Hit>* out) {
  // A row's cells: caption (1) or value (0), by column.
  auto row = [](const Line& l) {
    std::map<int, int> kinds;
    if (!l.has_tab) return kinds;
    for (const LayoutCell& c : l.cells) {
      if (Trim(c.text).empty()) continue;
      kinds[c.tab_index] =
          ClassifyLabel(c.text).kind != LabelKind::kNone ? 1 : 0;
    }
    return kinds;
  };
  size_t i = 0;
  while (i < lines.size()) {
    // A run of table rows, three of them or more with a caption and a
    // value side by side.
    size_t end = i;
    std::vector<std::map<int, int>> rows;
    int mixed_rows = 0;
    while (end < lines.size()) {
      std::map<int, int> k = row(lines[end]);
      if (k.empty()) break;
      int captions = 0;
      for (const auto& [col, kind] : k) captions += kind;
      mixed_rows += captions > 0 && captions < static_cast<int>(k.size());
      rows.push_back(std::move(k));
      ++end;
    }
    if (mixed_rows < 3) {
      i = std::max(end, i + 1);
      continue;
    }
    // The last row's empty cells may have gone with their TABs: a caption
    // alone on the next line is the first column's.
    if (end < lines.size() && !lines[end].has_tab &&
        lines[end].cells.size() == 1 &&
        ClassifyLabel(lines[end].cells[0].text).kind != LabelKind::kNone) {
      rows.push_back({{lines[end].cells[0].tab_index, 1}});
      ++end;
    }
    // Out of step: a column holds a caption on a row where another holds
    // a value, and the other way round on another row.
    std::map<std::pair<int, int>, int> crossed;  // (a, b) -> directions
    for (const auto& r : rows) {
      for (const auto& [a, ka] : r) {
        for (const auto& [b, kb] : r) {
          if (a < b && ka != kb) crossed[{a, b}] |= ka ? 1 : 2;
        }
      }
    }
    bool mixed = std::any_of(crossed.begin(), crossed.end(),
                             [](const auto& p) { return p.second == 3; });
    if (!mixed) {
      i = end;
      continue;
    }
    const size_t from = lines[i].start, to = lines[end - 1].end;
    out->erase(std::remove_if(out->begin(), out->end(),
                              [&](const Hit& h) {
                                return h.start >= from && h.start < to;
                              }),
               out->end());
    std::set<int> cols;
    for (const auto& r : rows) {
      for (const auto& [col, kind] : r) cols.insert(col);
    }
    for (int col : cols) {
      std::vector<Line> stack;
      for (size_t j = i; j < end; ++j) {
        for (const LayoutCell& c : lines[j].cells) {
          if (c.tab_index != col || Trim(c.text).empty()) continue;
          Line v;
          v.start = c.start;
          v.end = c.end;
          v.text = c.text;
          v.cells = {c};
          stack.push_back(std::move(v));
        }
      }
      ClassifyLines(&stack);
      LabelBelowRules(stack, out);
    }
    i = end;
  }
}

void LabelBelowRules(const std::vector<Line>& lines, std::vector<Hit>* out) {
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].kind != LineKind::kLabel) {
      ++i;
      continue;
    }
    // A group: label lines and their continuations, directly one below
    // the other (a blank line ends it).
    size_t end = i + 1;
    while (end < lines.size() &&
           (IsLabelish(lines[end]) || lines[end].kind == LineKind::kRule)) {
      ++end;
    }
    ReadGroup(lines, i, end, out);
    i = end;
  }
}

}  // namespace cover
}  // namespace secx
