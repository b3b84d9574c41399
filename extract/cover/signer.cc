#include "extract/cover/signer.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "extract/cover/dates.h"
#include "extract/cover/layout.h"

namespace secx {
namespace cover {
namespace {

struct Compiled {
  RE2 slash{R"((?:/s/|/S/|\\s\\|\\S\\|(?:By:?[ \t]*)//)[ \t]*([^\n]*))"};
  RE2 by{R"((?i)\bBy\s*:[ \t]*([^\n]*))"};
  RE2 by_start{R"((?i)By\s*:)"};
  RE2 name{R"((?i)\bName\s*:[ \t]*([^\n]*))"};
  RE2 title{R"((?i)\b(?:Title|Its)\s*:[ \t]*([^\n]*))"};
  // "Date: ..." anywhere, "Dated ..." only at the start of a line (not
  // "the Prospectus dated October 14, 1994").
  RE2 date{R"((?im)\bDated?[ \t]*:|^[ \t]*Dated?\b)"};
  RE2 title_words{
      R"((?i)\b(?:president|officer|director|chairman|chairperson|secretary|treasurer|counsel|vice|manager|controller|chief|partner|executive|representative|trustee|general|member|head|accounting|principal|authorized|attorney|ceo|cfo)\b)"};
  RE2 joiner{R"((?i)\b(?:and|of|for|the)$)"};
  RE2 rule_run{R"([-_=]{3,})"};
  RE2 its{R"((?i)^its\s*:?\s+)"};
  // Degrees and suffixes of the name the title's lines may open with
  // ("Jane Q. Smith," over "M.D." over "Director"): the name's, not the
  // title's.
  RE2 degree{
      R"(^(?:[,;]?\s*(?:M\.\s?D\.?|MD|Ph\.\s?D\.?|PhD|D\.\s?O\.|J\.\s?D\.|Esq\.?|C\.?P\.?A\.?|M\.?B\.?A\.?|Jr\.?|Sr\.?|III|II|IV)(?:[,;\s]|$))+\s*)"};
  // Where a value on a signature line stops: a TAB, a column gap, or the
  // next "Date:"/"Name:"/"Title:" caption.
  RE2 cut{R"((?i)(\t|   |\s(?:Date|Dated|Name|Title|Its|By)\s*:))"};
  RE2 person{
      R"([A-Z][A-Za-z.'\-]*(?:\s+[A-Za-z][A-Za-z.'\-]*){0,5}(?:,\s*(?:Jr|Sr|II|III|IV)\.?)?)"};
  RE2 not_person{
      R"((?i)\b(?:inc|corp|corporation|company|l\.?l\.?c|l\.?p|ltd|limited|n\.v|plc|bank|trust)\b)"};
};

const Compiled& Rules() {
  static const Compiled* const kRules = new Compiled();
  return *kRules;
}

struct Piece {
  size_t start = 0;  // absolute offsets
  size_t end = 0;
  bool ok() const { return end > start; }
};

std::string_view View(std::string_view text, Piece p) {
  return text.substr(p.start, p.end - p.start);
}

// The value text from `start` up to the next column gap or caption.
Piece CutValue(std::string_view text, size_t start, size_t end) {
  std::string_view s = text.substr(start, end - start);
  re2::StringPiece in(s.data(), s.size());
  re2::StringPiece m;
  if (Rules().cut.Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1)) {
    s = s.substr(0, m.data() - s.data());
  }
  std::string_view t = StripTrailingPunct(s);
  if (t.empty()) return {};
  size_t b = start + (t.data() - s.data());
  return {b, b + t.size()};
}

bool IsPerson(std::string_view s) {
  if (s.size() < 4 || s.size() > 60) return false;
  re2::StringPiece in(s.data(), s.size());
  return RE2::FullMatch(in, Rules().person) &&
         !RE2::PartialMatch(in, Rules().not_person) &&
         s.find(' ') != std::string_view::npos;
}

size_t LineEnd(std::string_view text, size_t pos, size_t end) {
  size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos || nl > end ? end : nl;
}

// Start of the next line with text after `pos`, or `end`.
size_t NextTextLine(std::string_view text, size_t pos, size_t end) {
  size_t p = LineEnd(text, pos, end);
  while (p < end) {
    size_t b = p + 1;
    size_t e = LineEnd(text, b, end);
    std::string_view t = Trim(text.substr(b, e - b));
    if (!t.empty() && !IsRuleText(t)) return b + (t.data() - (text.data() + b));
    p = e;
  }
  return end;
}

// First match of `re` in text[begin, end); the value piece is cut.
Piece FindCaptioned(const RE2& re, std::string_view text, size_t begin,
                    size_t end) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[2];
  size_t pos = begin;
  while (pos < end && re.Match(in, pos, end, RE2::UNANCHORED, g, 2)) {
    size_t vs = g[1].data() - text.data();
    if (g[1].empty()) vs = NextTextLine(text, vs, end);
    Piece p = CutValue(text, vs, LineEnd(text, vs, end));
    if (p.ok()) return p;
    pos = vs + 1;
  }
  return {};
}

void Add(const char* field, std::string value, Piece p, double confidence,
         const char* rule, const SignerTarget& to, std::vector<Hit>* out) {
  Hit h;
  h.entity = to.entity;
  h.index = to.index;
  h.name = field;
  h.value = std::move(value);
  h.start = p.start;
  h.end = p.end;
  h.confidence = confidence;
  h.rule = rule;
  out->push_back(std::move(h));
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

size_t LineStart(std::string_view text, size_t pos) {
  size_t b = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  return b == std::string_view::npos ? 0 : b + 1;
}

// The cell of a continuation line nearest the signatory's column.
const LayoutCell& NearestCell(const std::vector<LayoutCell>& cells, int col) {
  const LayoutCell* best = &cells[0];
  for (const LayoutCell& c : cells) {
    if (std::abs(c.col_start - col) < std::abs(best->col_start - col)) {
      best = &c;
    }
  }
  return *best;
}

bool HasTitleWord(std::string_view s) {
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()),
                           Rules().title_words);
}

// Splits "Bruce J. Feldman, President" into the name and the ", Title"
// after it (returned in *title); `p` is left alone when it is a name.
void SplitInlineTitle(std::string_view text, Piece* p, Piece* title) {
  std::string_view v = View(text, *p);
  size_t comma = v.find(',');
  if (comma == std::string_view::npos || IsPerson(v)) return;
  size_t t = p->start + comma + 1;
  while (t < p->end && text[t] == ' ') ++t;
  p->end = p->start + comma;
  // "Jane Q. Smith, M.D.": the name's degree, no title.
  const std::string_view after = text.substr(t, p->start + v.size() - t);
  if (RE2::FullMatch(re2::StringPiece(after.data(), after.size()),
                     Rules().degree)) {
    return;
  }
  *title = {t, p->start + v.size()};
}

// The name typed under a signature ("/s/ ALEX C. HUI" over "Alex C. Hui",
// "/s/ Ken Chadha" over "Dr. Kanwar J.S. Chadha"): the first text line
// below, in the signature's column, when it is a person's name and not a
// title. The typed name is the one the filing states as the signer's.
Piece TypedNameBelow(std::string_view text, Piece sig, size_t end,
                     Piece* title) {
  size_t ls = LineStart(text, sig.start);
  std::vector<LayoutCell> sig_cells =
      SplitCells(text.substr(ls, sig.start - ls + 1), ls);
  int col = sig_cells.empty() ? 0 : sig_cells.back().col_start;
  size_t p = LineEnd(text, sig.end, end);
  for (int n = 0; n < 3 && p < end; ++n) {
    size_t b = p + 1;
    size_t e = LineEnd(text, b, end);
    p = e;
    std::string_view line = text.substr(b, e - b);
    std::vector<LayoutCell> cells = SplitCells(line, b);
    if (cells.empty() || IsRuleText(line)) continue;
    const LayoutCell& c = NearestCell(cells, col);
    Piece name{c.start, c.end};
    Piece inline_title;
    SplitInlineTitle(text, &name, &inline_title);
    std::string_view v = View(text, name);
    if (!IsPerson(v) || HasTitleWord(v)) return {};
    if (inline_title.ok() && !HasTitleWord(View(text, inline_title))) {
      return {};
    }
    *title = inline_title;
    return name;
  }
  return {};
}

// The signatory: "Name:" caption, else the name typed under "/s/ Name",
// else "/s/ Name", else "By: Name". A ", Title" after the name is
// returned in *title.
Piece FindName(std::string_view text, size_t begin, size_t end, Piece* title,
               const char** rule) {
  Piece p = FindCaptioned(Rules().name, text, begin, end);
  *rule = "signature.name.caption";
  if (!p.ok() || !IsPerson(View(text, p))) {
    p = FindCaptioned(Rules().slash, text, begin, end);
    *rule = "signature.name";
  }
  if (!p.ok()) {
    p = FindCaptioned(Rules().by, text, begin, end);
    *rule = "signature.name.by";
  }
  if (!p.ok()) return {};
  if (*rule != std::string_view("signature.name.caption")) {
    Piece typed_title;
    Piece typed = TypedNameBelow(text, p, end, &typed_title);
    if (typed.ok()) {
      *rule = "signature.name.typed";
      *title = typed_title;
      return typed;
    }
  }
  SplitInlineTitle(text, &p, title);
  if (!IsPerson(View(text, p))) return {};
  return p;
}

// Display column of text position `pos` (TABs inside a cell aside).
int ColumnOf(std::string_view text, size_t pos) {
  size_t ls = LineStart(text, pos);
  std::vector<LayoutCell> cells = SplitCells(text.substr(ls, pos - ls + 1), ls);
  if (cells.empty()) return 0;
  return cells.back().col_start + static_cast<int>(pos - cells.back().start);
}

// The TAB count before `pos` on its line when the line holds a TAB, else
// -1: the column of a cell in TAB-separated text.
int TabIndexAt(std::string_view text, size_t pos) {
  size_t ls = LineStart(text, pos);
  size_t le = text.find('\n', pos);
  if (le == std::string_view::npos) le = text.size();
  std::string_view line = text.substr(ls, le - ls);
  if (line.find('\t') == std::string_view::npos) return -1;
  return static_cast<int>(
      std::count(line.begin(), line.begin() + (pos - ls), '\t'));
}

// The cell nearest `col`, with the cells that follow it across gaps of at
// most two columns ("President  & CEO" is one title, not two cells).
Piece ColumnText(const std::vector<LayoutCell>& cells, int col) {
  const LayoutCell* first = &NearestCell(cells, col);
  size_t i = first - cells.data();
  size_t j = i;
  while (j + 1 < cells.size() && cells[j + 1].tab_index == cells[j].tab_index &&
         cells[j + 1].col_start - cells[j].col_end <= 2) {
    ++j;
  }
  return {cells[i].start, cells[j].end};
}

bool StartsSigner(std::string_view t) {
  re2::StringPiece in(t.data(), t.size());
  return RE2::PartialMatch(in, Rules().slash) ||
         RE2::Consume(&in, Rules().by_start);
}

// "Chairman," / "Vice President and": a title line that cannot end there.
bool EndsWithJoiner(std::string_view text, Piece p) {
  // The comma a cut value lost to StripTrailingPunct counts too.
  if (p.end < text.size() && text[p.end] == ',') return true;
  std::string_view s = Trim(View(text, p));
  if (!s.empty() && (s.back() == ',' || s.back() == '&')) return true;
  re2::StringPiece in(s.data(), s.size());
  return RE2::PartialMatch(in, Rules().joiner);
}

// True when the line holding `pos` runs to the right edge of the text
// around it (within kWrapSlack of the longest of the kWrapLines lines on
// either side): a line a typesetter broke at the margin, whose sentence
// goes on at the start of the next line. Counts bytes, so it holds for
// proportional type read by OCR as well as for fixed-width text.
bool FillsWidth(std::string_view text, size_t pos, size_t end) {
  constexpr int kWrapLines = 20;
  constexpr double kWrapSlack = 0.85;
  constexpr size_t kMinWidth = 60;
  size_t ls = LineStart(text, pos);
  size_t le = LineEnd(text, pos, end);
  size_t width = Trim(text.substr(ls, le - ls)).size();
  size_t widest = width;
  size_t a = ls, b = le;
  for (int n = 0; n < kWrapLines; ++n) {
    if (a > 0) {
      size_t s = LineStart(text, a - 1);
      widest = std::max(widest, Trim(text.substr(s, a - 1 - s)).size());
      a = s;
    }
    if (b + 1 < end) {
      size_t e = LineEnd(text, b + 1, end);
      widest = std::max(widest, Trim(text.substr(b + 1, e - b - 1)).size());
      b = e;
    }
  }
  return widest >= kMinWidth && width >= kWrapSlack * widest;
}

// Title lines under `from` (the signatory's name, or the first line of a
// "Title:" value when `continuation`): "Executive Vice President and" /
// "Chief Financial Officer". Stops at a blank line, a date, a caption or
// the next signer; a continuation must start in the value's column.
// The title's text goes to *parts, its lines' cells one after the other:
// in signature blocks set side by side ("Chairman of the Board and<TAB>
// Executive Vice President, ..."), the span of the lines also holds the
// other signer's cells.
Piece TitleBelow(std::string_view text, Piece from, size_t end,
                 bool continuation, std::string* parts) {
  int col = ColumnOf(text, from.start);
  const int tab_from = TabIndexAt(text, from.start);
  std::string name_text = FoldSpace(View(text, from));
  Piece title;
  if (continuation) {
    title = from;
    // With the comma or semicolon the caption's value ends in ("Senior
    // Vice President," over "Deputy General Counsel").
    size_t e = from.end;
    while (e < end && (text[e] == ',' || text[e] == ';')) ++e;
    *parts = std::string(text.substr(from.start, e - from.start));
  }
  size_t p = LineEnd(text, from.end, end);
  for (int n = 0; n < 6 && p < end; ++n) {
    size_t b = p + 1;
    size_t e = LineEnd(text, b, end);
    // A line the block's end cuts short is no whole title line ("(Fina").
    if (e == end && e < text.size() && text[e] != '\n') break;
    p = e;
    std::string_view line = text.substr(b, e - b);
    std::vector<LayoutCell> cells = SplitCells(line, b);
    if (cells.empty()) {
      if (title.ok()) break;
      continue;
    }
    if (IsRuleText(line)) continue;
    Piece cell = ColumnText(cells, col);
    std::string_view t = Trim(View(text, cell));
    // A value that ends in "," or "and" goes on wherever the next line
    // starts (a page break may fall inside it); otherwise a continuation
    // sits in the value's column.
    // A title broken at the right margin goes on at the next line's start.
    // (Only a title that ends its line: one in a table's column, a date
    // after it, is no line broken at the margin.)
    bool wrapped =
        continuation && title.ok() &&
        Trim(text.substr(title.end, LineEnd(text, title.end, end) - title.end))
            .empty() &&
        FillsWidth(text, title.end, end);
    if (wrapped && !cells.empty()) cell = {cells[0].start, cells.back().end};
    t = Trim(View(text, cell));
    // (Cells set apart by TABs are in one column by their TAB count: "/s/
    // NAME <TAB> Title" over "Name <TAB> (Principal Financial Officer)".)
    const int tab_here = TabIndexAt(text, cell.start);
    const bool same_tab_column = tab_from > 0 && tab_from == tab_here;
    if (continuation && !EndsWithJoiner(text, title) && !wrapped &&
        !same_tab_column && std::abs(ColumnOf(text, cell.start) - col) > 2) {
      break;
    }
    if (!continuation && FoldSpace(t) == name_text) continue;
    // "Bruce J. Feldman, President and": the name again, then the title.
    if (!continuation && StartsWithNoCase(FoldSpace(t), name_text)) {
      t = Trim(t.substr(std::min(t.size(), View(text, from).size())));
      while (!t.empty() && (t.front() == ',' || t.front() == ' ')) {
        t.remove_prefix(1);
      }
      if (t.empty()) continue;
    }
    // Another form of the name ("/s/ Ken Chadha" over "Dr. Kanwar J.S.
    // Chadha") before any title line, or its degree alone ("M.D.").
    if (!title.ok() && IsPerson(t) && !HasTitleWord(t)) continue;
    if (!title.ok() && RE2::FullMatch(re2::StringPiece(t.data(), t.size()),
                                      Rules().degree)) {
      continue;
    }
    // The heading of what follows the signatures ("EXHIBIT INDEX", "POWER
    // OF ATTORNEY").
    static const RE2* const kHeading = new RE2(
        R"((?i)^(?:exhibit\s+index|index\s+to\s+exhibits|power\s+of\s+attorney)\b)");
    if (RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), *kHeading)) {
      break;
    }
    if (IsMarkupText(t) || FindDate(t) || t.size() > 120 || StartsSigner(t) ||
        RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), Rules().cut) ||
        t.find_first_not_of("0123456789-. ") == std::string_view::npos) {
      break;
    }
    size_t ts = t.data() - text.data();
    if (!title.ok()) title.start = ts;
    title.end = ts + t.size();
    if (!parts->empty()) *parts += ' ';
    *parts += t;
    // "(Chief Legal Officer)" is a whole title; what follows is not.
    if (t.front() == '(' && t.back() == ')') break;
  }
  return title;
}

std::string CleanTitle(std::string_view raw) {
  std::string r(raw);
  RE2::GlobalReplace(&r, Rules().rule_run, " ");
  std::string v = FoldSpace(r);
  RE2::Replace(&v, Rules().its, "");
  RE2::Replace(&v, Rules().degree, "");
  if (v.size() > 2 && v.front() == '(' && v.back() == ')') {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(StripTrailingPunct(v));
}

}  // namespace

bool ReadSignatureDate(std::string_view text, size_t begin, size_t end,
                       size_t near, const SignerTarget& to,
                       std::vector<Hit>* out) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece m;
  size_t pos = begin;
  end = std::min(end, near + 1500);
  while (pos < end &&
         Rules().date.Match(in, pos, end, RE2::UNANCHORED, &m, 1)) {
    size_t vs = m.data() - text.data() + m.size();
    size_t ve = std::min(end, vs + 60);
    std::optional<DateMatch> d = FindDate(text.substr(vs, ve - vs));
    if (d && d->start < 12) {
      Add("signature_date", d->iso, {vs + d->start, vs + d->end}, 0.9,
          "signature.date.caption", to, out);
      return true;
    }
    pos = vs;
  }
  size_t ws = near > 600 ? std::max(begin, near - 600) : begin;
  size_t we = std::min(end, near + 800);
  if (ws >= we) return false;
  std::optional<DateMatch> d = FindDate(text.substr(ws, we - ws));
  if (!d) return false;
  Add("signature_date", d->iso, {ws + d->start, ws + d->end}, 0.7,
      "signature.date", to, out);
  return true;
}

size_t ReadSigner(std::string_view text, size_t begin, size_t end,
                  const SignerTarget& to, std::vector<Hit>* out) {
  Piece inline_title;
  const char* name_rule = "";
  Piece name = FindName(text, begin, end, &inline_title, &name_rule);
  if (name.ok()) {
    Add("signatory_name", FoldSpace(View(text, name)), name, 0.85, name_rule,
        to, out);
  }
  Piece title = FindCaptioned(Rules().title, text, begin, end);
  const char* title_rule = "signature.title.caption";
  std::string parts;
  if (title.ok()) {
    // "Title: Vice President and Controller" / "and Chief Accounting
    // Officer": a value wrapped under itself.
    title = TitleBelow(text, title, end, /*continuation=*/true, &parts);
  } else if (name.ok()) {
    if (inline_title.ok()) {
      title = inline_title;
      parts = std::string(View(text, inline_title));
      std::string below;
      Piece more = TitleBelow(text, name, end, false, &below);
      if (more.ok() && more.start > inline_title.end) {
        title.end = more.end;
        parts += ' ' + below;
      }
    } else {
      title = TitleBelow(text, name, end, false, &parts);
    }
    title_rule = "signature.title";
  }
  std::string v = title.ok() ? CleanTitle(parts) : "";
  // A table of signers: "/s/ Name <TAB> Chief Executive Officer <TAB>
  // Date", the title in the cell after the name's on its line.
  // (With the name typed under the signature, the title is beside the
  // signature: "/s/ R. SCOTT HERREN | Executive Vice President and Chief
  // Financial Officer | date" over "R. Scott Herren | (Principal Financial
  // Officer)".)
  if (name.ok() && (v.empty() || !HasTitleWord(v))) {
    Piece signed_at = name;
    if (std::string_view(name_rule) == "signature.name.typed") {
      Piece sig = FindCaptioned(Rules().slash, text, begin, end);
      if (sig.ok() && sig.end <= name.start) signed_at = sig;
    }
    size_t le = LineEnd(text, signed_at.end, end);
    if (le > signed_at.end) {
      std::vector<LayoutCell> rest = SplitCells(
          text.substr(signed_at.end, le - signed_at.end), signed_at.end);
      if (!rest.empty()) {
        // (Typed, it may wrap on under itself: "Chairman and Chief
        // Executive" over "Officer".)
        Piece beside{rest[0].start, rest[0].end};
        std::string beside_parts;
        Piece whole =
            TitleBelow(text, beside, end, /*continuation=*/true, &beside_parts);
        std::string b = CleanTitle(beside_parts);
        if (whole.ok() && !b.empty() && HasTitleWord(b) && !FindDate(b)) {
          title = whole;
          v = b;
          title_rule = "signature.title.beside";
        }
      }
    }
  }
  // A title names an office ("President", "Director", "Chief ...",
  // "Attorney-in-Fact"); names alone taken from a table of signers are
  // none.
  if (title.ok() && !v.empty() && HasTitleWord(v)) {
    Add("signatory_title", v, title, 0.8, title_rule, to, out);
  }
  return name.ok() ? name.start : std::string_view::npos;
}

std::vector<size_t> SignerLines(std::string_view text, size_t begin,
                                size_t end) {
  std::vector<size_t> out;
  re2::StringPiece in(text.data(), end);
  re2::StringPiece m;
  size_t pos = begin;
  while (pos < end &&
         Rules().slash.Match(in, pos, end, RE2::UNANCHORED, &m, 1)) {
    size_t at = m.data() - text.data();
    size_t ls = std::max(begin, LineStart(text, at));
    if (out.empty() || out.back() != ls) out.push_back(ls);
    pos = LineEnd(text, at, end) + 1;
  }
  return out;
}

}  // namespace cover
}  // namespace secx
