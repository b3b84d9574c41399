#include "extract/cover/registrants.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "extract/text_util.h"

namespace secx {
namespace cover {
namespace {

struct Compiled {
  // The table's caption row names the registrant and the file number.
  RE2 header{R"((?i)registrant)"};
  RE2 header_file{R"((?i)commission|file\s+n(?:umber|o))"};
  // Or its IRS number, the captions wrapped over the lines above the row
  // ("I.R.S." over "Employer" over "Identification" over "Number").
  RE2 header_irs{R"((?i)\bidentification\b|\bi\.\s?r\.\s?s\.)"};
  // "(A Kentucky Corporation)", "(an Ohio limited liability company)".
  // "Telephone (614) 716-1000", "Tel.: 614-716-1000" in a name cell.
  RE2 phone_word{R"((?i)(?:telephone|tel\.|phone)(?:\s+(?:number|no\.))?\s*:?\s*)"};
  RE2 incorporated{
      R"((?i)\(?\s*(?:an?\s+)?([A-Za-z][A-Za-z .]*?)\s+(?:corporation|company|limited\s+liability\s+company|limited\s+partnership|partnership|statutory\s+trust|business\s+trust|trust|corp\.?)\s*\)?)"};
};

const Compiled& Rules() {
  static const Compiled* const kRules = new Compiled();
  return *kRules;
}

struct Row {
  size_t line = 0;
  const LayoutCell* file = nullptr;
  const LayoutCell* name = nullptr;
  const LayoutCell* irs = nullptr;
};

void Add(const char* field, std::string value, size_t start, size_t end,
         double confidence, const char* rule, int entity,
         std::vector<Hit>* out) {
  AddHit(field, std::move(value), start, end, confidence, rule, entity, out);
}

// A registrant row: a file number cell (when the table has that column),
// a name cell and an IRS cell.
bool ReadRow(const Line& l, bool file_column, Row* row) {
  if (l.kind != LineKind::kText || l.cells.size() < 3) return false;
  *row = Row();
  for (const LayoutCell& c : l.cells) {
    if (!row->irs && LooksLikeIrs(c.text)) {
      row->irs = &c;
    } else if (!row->file && !NormalFileNumber(c.text).empty()) {
      row->file = &c;
    } else if (!row->name && !NormalName(c.text).empty()) {
      row->name = &c;
    }
  }
  return (row->file || !file_column) && row->name && row->irs &&
         row->name != &l.cells.back();
}

// The name column's text on a line below the row, or "" when the line
// has nothing there.
std::string_view NameColumn(const Line& l, const LayoutCell& name,
                            bool name_line_tabbed, size_t* start) {
  for (size_t k = 0; k < l.cells.size(); ++k) {
    const LayoutCell& c = l.cells[k];
    // (A row of an HTML table holds its cells in their own slots: a cell
    // alone in another column is that column's, "Boise, Idaho 83702" of
    // an address column.)
    const bool same = l.has_tab && name_line_tabbed
                          ? c.tab_index == name.tab_index
                          : Overlap(c, name) > 0 || l.cells.size() == 1;
    if (same) {
      *start = c.start;
      // A city line's postal code two blanks on, past the name's column
      // ("Seattle, Washington  98101"): the same line of the address.
      if (k + 1 < l.cells.size() && !l.has_tab &&
          l.cells[k + 1].col_start - c.col_end <= 4 &&
          !NormalPostalCode(l.cells[k + 1].text).empty()) {
        const LayoutCell& zip = l.cells[k + 1];
        return std::string_view(
            c.text.data(), zip.text.data() + zip.text.size() - c.text.data());
      }
      return c.text;
    }
  }
  return {};
}

void ReadDetails(const std::vector<Line>& lines, size_t from, size_t to,
                 const LayoutCell& name, bool tabbed, int entity,
                 std::vector<Hit>* out) {
  std::string address;
  size_t as = 0, ae = 0;
  std::string_view last;  // last address piece, for the zip
  size_t last_start = 0;
  // (Kept until the block is known to be this registrant's own.)
  std::vector<Hit> phones;
  for (size_t i = from; i < to; ++i) {
    // A blank line ends the registrant's block: what follows under it
    // ("Not Applicable" over "(Former name or former address ...)") is
    // another caption's.
    if (lines[i].kind == LineKind::kBlank && !address.empty()) break;
    size_t s = 0;
    std::string_view t = NameColumn(lines[i], name, tabbed, &s);
    if (t.empty()) continue;
    // (A long caption in parentheses under the lines is read below, as
    // any caption: "(Address, including zip code, and telephone number,
    // including area code, of registrants' principal executive offices)".)
    if ((t.size() > 80 && t.front() != '(') || IsCoverHeading(t))
      break;  // prose below the table
    // The cover's next part after the last registrant: "Securities
    // registered pursuant to Section 12(b) of the Act:", a line ending in
    // a colon ("Northfield Energy Holdings, Inc.:" over its securities).
    static const RE2 next_part_re(
        "(?i)\\s*(?:securities\\s+registered|indicate\\s+by\\s+check|title\\s+"
        "of\\s+"
        "each\\s+class|name\\s+of\\s+each\\s+exchange)\\b.*|.*:\\s*");
    if (RE2::FullMatch(re2::StringPiece(t.data(), t.size()), next_part_re))
      break;
    // A company's name after the address's ZIP code is another part's
    // ("Great Plains Power Corporation" over its securities).
    size_t zs = 0, ze = 0;
    if (!last.empty() && FindZip(last, &zs, &ze) && EndsInLegalForm(t)) break;
    // A caption ends the registrant's cell: what follows is another
    // table's ("(Address of principal executive offices)" under both
    // registrants' addresses).
    // An address caption under lines of the name's column: they are the
    // address block over its caption that all registrants share ("1400
    // Smith Street" over "Houston, Texas 77002" over "(Address of
    // principal executive offices, including zip code)" under the table),
    // not this registrant's own lines.
    const LabelKind caption = ClassifyLabel(t).kind;
    if (caption == LabelKind::kAddress && !address.empty()) return;
    // (So is another caption in parentheses under them: "(Name, address
    // ... of agent for service)" under the agent's block after the last
    // registrant's row.)
    if (caption != LabelKind::kNone && t.front() == '(' && !address.empty())
      return;
    if (caption != LabelKind::kNone) break;
    std::string state;
    re2::StringPiece in(t.data(), t.size());
    re2::StringPiece number = in;
    RE2::Consume(&number, Rules().phone_word);
    std::string phone = NormalPhone(std::string_view(number.data(), number.size()));
    // (Or the state alone in parentheses: "(Pennsylvania)".)
    std::string alone;
    if (t.size() > 2 && t.front() == '(' && t.back() == ')') {
      alone = NormalState(t.substr(1, t.size() - 2));
    }
    if (t.front() == '(' && RE2::FullMatch(in, Rules().incorporated, &state)) {
      Add("state_of_incorporation", TitleCase(state), s, s + t.size(), 0.85,
          "cover.state.registrant_table", entity, out);
    } else if (!alone.empty()) {
      Add("state_of_incorporation", alone, s + 1, s + t.size() - 1, 0.85,
          "cover.state.registrant_table", entity, out);
    } else if (!phone.empty()) {
      size_t ps = s + (number.data() - in.data());
      Add("phone", phone, ps, s + t.size(), 0.85,
          "cover.phone.registrant_table", entity, &phones);
    } else {
      if (address.empty()) as = s;
      address += (address.empty() ? "" : ", ") + FoldSpace(t);
      ae = s + t.size();
      last = t;
      last_start = s;
    }
  }
  out->insert(out->end(), phones.begin(), phones.end());
  if (address.size() < 5) return;
  Add("address", address, as, ae, 0.8, "cover.address.registrant_table", entity,
      out);
  size_t zs = 0, ze = 0;
  if (FindZip(last, &zs, &ze)) {
    Add("zip_code", std::string(last.substr(zs, ze - zs)), last_start + zs,
        last_start + ze, 0.75, "cover.zip.registrant_table", entity, out);
  }
}

// A row's address in the caption row's address column, from the row's
// line down to the next row's (`to`): its lines joined, a telephone line
// the phone. False when the column holds nothing on the row's line.
bool AddressColumn(const std::vector<Line>& lines, size_t row, size_t to,
                   const LayoutCell& caption, bool tabbed, int entity,
                   std::vector<Hit>* out) {
  auto cell_of = [&](const Line& l) -> const LayoutCell* {
    for (const LayoutCell& c : l.cells) {
      bool same = tabbed && l.has_tab ? c.tab_index == caption.tab_index
                                      : Overlap(c, caption) > 0;
      if (same) return &c;
    }
    return nullptr;
  };
  std::string address;
  size_t as = 0, ae = 0;
  std::string_view last;
  size_t last_start = 0;
  std::vector<Hit> found;
  for (size_t i = row; i < to && i < row + 8; ++i) {
    const Line& l = lines[i];
    if (l.kind == LineKind::kBlank) break;
    const LayoutCell* c = cell_of(l);
    // (Lines below the row hold the column's cell only.)
    if (c == nullptr || (i > row && l.cells.size() != 1)) break;
    std::string_view t = StripTrailingPunct(Trim(c->text));
    if (t.empty() || ClassifyLabel(t).kind != LabelKind::kNone) break;
    size_t s = c->start + (t.data() - c->text.data());
    re2::StringPiece in(t.data(), t.size());
    RE2::Consume(&in, Rules().phone_word);
    std::string phone = NormalPhone(std::string_view(in.data(), in.size()));
    if (!phone.empty()) {
      Add("phone", phone, s + (in.data() - t.data()), s + t.size(), 0.85,
          "cover.phone.registrant_table", entity, &found);
      break;
    }
    if (address.empty()) as = s;
    address += (address.empty() ? "" : ", ") + FoldSpace(t);
    ae = s + t.size();
    last = t;
    last_start = s;
  }
  size_t zs = 0, ze = 0;
  if (address.size() < 5 || !AddressEndingInZip(last, &zs, &ze)) return false;
  Add("address", address, as, ae, 0.85, "cover.address.registrant_table",
      entity, out);
  Add("zip_code", std::string(last.substr(zs, ze - zs)), last_start + zs,
      last_start + ze, 0.8, "cover.zip.registrant_table", entity, out);
  out->insert(out->end(), found.begin(), found.end());
  return true;
}

// The first of the caption lines touching line `i` from above (a
// caption row's captions wrapped over the lines over it), at most four.
size_t CaptionTop(const std::vector<Line>& lines, size_t i) {
  size_t top = i;
  while (top > 0 && i - top < 4 && lines[top - 1].kind == LineKind::kText &&
         lines[top - 1].cells.size() >= 2) {
    --top;
  }
  return top;
}

// Index of the caption row, or lines.size() when there is none; whether
// the table has a file number column in *file_column.
size_t FindHeader(const std::vector<Line>& lines, bool* file_column) {
  for (size_t i = 0; i < lines.size(); ++i) {
    re2::StringPiece in(lines[i].text.data(), lines[i].text.size());
    std::string_view t = Trim(lines[i].text);
    // Short, or cut into three or more cells: a combined filing's
    // caption cell may list every field ("Exact name of registrant as
    // specified in its charter; State of incorporation; Address ...").
    bool short_row = t.size() <= 160 ||
                     (lines[i].cells.size() >= 3 && t.size() <= 400);
    if (lines[i].cells.size() < 2 || !short_row ||
        !RE2::PartialMatch(in, Rules().header)) {
      continue;
    }
    // Captions in parentheses are under their values, unless a
    // registrant's row follows them: "(Exact name of registrant as
    // specified in its charter) | (State ...) | ... | (I.R.S. Employer
    // Identification Number) | (Address ...)" over a row of each.
    // (The row under them a registrant's: a name caption among them, the
    // name in its cell.)
    if (t.front() == '(') {
      Row r;
      if (i + 1 >= lines.size() || !ReadRow(lines[i + 1], false, &r)) continue;
      const LayoutCell* name_caption = nullptr;
      for (const LayoutCell& c : lines[i].cells) {
        if (ClassifyLabel(c.text).kind == LabelKind::kName) name_caption = &c;
      }
      if (name_caption == nullptr || !lines[i].has_tab ||
          !lines[i + 1].has_tab ||
          r.name->tab_index != name_caption->tab_index ||
          !NormalState(r.name->text).empty()) {
        continue;
      }
    }
    if (RE2::PartialMatch(in, Rules().header_file)) {
      *file_column = true;
      return i;
    }
    // Without a file number column: registrant, state, SIC code and IRS
    // number, the captions over the row.
    if (lines[i].cells.size() < 3) continue;
    for (size_t k = CaptionTop(lines, i); k <= i; ++k) {
      re2::StringPiece above(lines[k].text.data(), lines[k].text.size());
      if (RE2::PartialMatch(above, Rules().header_irs)) {
        *file_column = false;
        return i;
      }
    }
  }
  return lines.size();
}

// A name wrapped in its cell over the lines below its row ("Grand
// Traverse" over " Cherry Products," over " Inc."): the lines below hold
// only the name's column, without a digit, until one ends in a legal
// form. Returns the line after the name (the row's next line when the
// name is not wrapped so).
size_t WrappedName(const std::vector<Line>& lines, size_t row,
                   const LayoutCell& cell, std::string* name,
                   size_t* name_end) {
  if (EndsInLegalForm(*name)) return row + 1;
  std::string joined = *name;
  for (size_t i = row + 1; i < lines.size() && i <= row + 3; ++i) {
    size_t s = 0;
    std::string_view t = NameColumn(lines[i], cell, lines[row].has_tab, &s);
    if (t.empty() || lines[i].cells.size() != 1 || t.size() > 40 ||
        t.front() == '(' || HasDigit(t) ||
        ClassifyLabel(t).kind != LabelKind::kNone) {
      break;
    }
    joined += " " + FoldSpace(t);
    if (EndsInLegalForm(t)) {
      *name = joined;
      *name_end = s + t.size();
      return i + 1;
    }
  }
  return row + 1;
}

}  // namespace

std::vector<Hit> RegistrantTableRules(const std::vector<Line>& lines) {
  std::vector<Hit> out;
  bool file_column = true;
  size_t header = FindHeader(lines, &file_column);
  std::vector<Row> rows;
  for (size_t i = header + 1; i < lines.size() && i < header + 80; ++i) {
    Row r;
    if (ReadRow(lines[i], file_column, &r)) {
      r.line = i;
      rows.push_back(r);
    }
  }
  // A "State of Incorporation" column of the caption row, its caption
  // wrapped on the lines below it down to the first row ("State or other"
  // over "jurisdiction of" over "incorporation"), or on the lines above
  // it when the table has no file number column.
  const LayoutCell* state_caption = nullptr;
  if (header < lines.size()) {
    const Line& h = lines[header];
    size_t first_row = rows.empty() ? header + 1 : rows.front().line;
    size_t top = file_column ? header + 1 : CaptionTop(lines, header);
    for (const LayoutCell& c : h.cells) {
      std::string caption = file_column ? std::string(c.text) : "";
      for (size_t i = top; i < first_row && i < header + 4; ++i) {
        if (i == header) {
          caption += " " + std::string(c.text);
          continue;
        }
        for (const LayoutCell& below : lines[i].cells) {
          bool same = lines[i].has_tab && h.has_tab
                          ? below.tab_index == c.tab_index
                          : Overlap(below, c) > 0;
          if (same) caption += " " + std::string(below.text);
        }
      }
      if (ClassifyLabel(caption).kind == LabelKind::kState) state_caption = &c;
    }
  }
  // An address column of the caption row ("(Address, including zip code,
  // and telephone number ... of registrant's principal executive
  // offices)"): each row's address is in it, wrapped over the lines below.
  const LayoutCell* address_caption = nullptr;
  if (header < lines.size() && !rows.empty()) {
    for (const LayoutCell& c : lines[header].cells) {
      if (ClassifyLabel(c.text).kind == LabelKind::kAddress &&
          &c != &lines[header].cells.front()) {
        address_caption = &c;
      }
    }
  }
  // A table of additional registrants ("TABLE OF ADDITIONAL REGISTRANTS"
  // over "Exact Name of Additional Registrant ...") lists the registrants
  // after the one the cover's own captions name: they are registrants 1,
  // 2, ...
  int first = 0;
  if (header < lines.size()) {
    size_t top = CaptionTop(lines, header);
    for (size_t i = top >= 2 ? top - 2 : 0; i <= header; ++i) {
      if (Lower(lines[i].text).find("additional registrant") !=
          std::string::npos) {
        first = 1;
      }
    }
  }
  for (size_t k = 0; k < rows.size(); ++k) {
    const Row& r = rows[k];
    int e = first + static_cast<int>(k);
    if (state_caption) {
      const Line& l = lines[r.line];
      for (const LayoutCell& c : l.cells) {
        bool under = l.has_tab && lines[header].has_tab
                         ? c.tab_index == state_caption->tab_index
                         : Overlap(c, *state_caption) > 0;
        std::string state = under ? NormalState(c.text) : "";
        if (state.empty() || &c == r.name) continue;
        Add("state_of_incorporation", state, c.start, c.end, 0.9,
            "cover.state.registrant_table", e, &out);
        break;
      }
    }
    if (r.file) {
      Add("commission_file_number", NormalFileNumber(r.file->text),
          r.file->start, r.file->end, 0.9, "cover.file_number.registrant_table",
          e, &out);
    }
    // A name wrapped in its cell ("Cascade Ridge Energy" over
    // "Corporation"): the line below holds, in the name's column, only
    // the entity word that ends it.
    std::string name(r.name->text);
    size_t name_end = r.name->end;
    size_t details = WrappedName(lines, r.line, *r.name, &name, &name_end);
    if (details == r.line + 1 && details < lines.size()) {
      size_t s = 0;
      std::string_view t =
          NameColumn(lines[details], *r.name, lines[r.line].has_tab, &s);
      static const RE2 entity_re(
          R"((?i)\s*(?:(?:\w+\s+){0,2}(?:corporation|company|incorporated|inc\.?|corp\.?|co\.|l\.?l\.?c\.?|l\.?p\.?|ltd\.?|limited|trust|bancorp|holdings?|partners))\s*)");
      if (!t.empty() && t.front() != '(' && lines[details].cells.size() == 1 &&
          RE2::FullMatch(re2::StringPiece(t.data(), t.size()), entity_re) &&
          !RE2::PartialMatch(name, entity_re)) {
        name += " " + FoldSpace(t);
        name_end = s + t.size();
        ++details;
      }
    }
    Add("registrant_name", NormalName(name), r.name->start, name_end, 0.9,
        "cover.name.registrant_table", e, &out);
    Add("irs_employer_id", NormalIrs(r.irs->text), r.irs->start, r.irs->end,
        0.9, "cover.irs.registrant_table", e, &out);
    size_t to = k + 1 < rows.size() ? rows[k + 1].line
                                    : std::min(lines.size(), r.line + 8);
    if (address_caption != nullptr &&
        AddressColumn(lines, r.line, to, *address_caption,
                      lines[header].has_tab, e, &out)) {
      continue;
    }
    ReadDetails(lines, details, to, *r.name, lines[r.line].has_tab, e, &out);
  }
  return out;
}

}  // namespace cover
}  // namespace secx
