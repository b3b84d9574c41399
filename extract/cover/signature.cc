#include "extract/cover/signature.h"

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
  RE2 heading{R"((?im)^[ \t]*signatures?[ \t]*:?[ \t\r]*$)"};
  RE2 boilerplate{
      R"((?i)pursuant\s+to\s+the\s+requirements\s+of\s+the\s+securities)"};
  RE2 slash{R"((?:/s/|/S/|\\s\\|\\S\\|(?:By:?[ \t]*)//)[ \t]*([^\n]*))"};
  RE2 by{R"((?i)\bBy\s*:[ \t]*([^\n]*))"};
  RE2 name{R"((?i)\bName\s*:[ \t]*([^\n]*))"};
  RE2 title{R"((?i)\b(?:Title|Its)\s*:[ \t]*([^\n]*))"};
  // "Date: ..." anywhere, "Dated ..." only at the start of a line (not
  // "the Prospectus dated October 14, 1994").
  RE2 date{R"((?im)\bDated?[ \t]*:|^[ \t]*Dated?\b)"};
  RE2 title_words{
      R"((?i)\b(?:president|officer|director|chairman|chairperson|secretary|treasurer|counsel|vice|manager|controller|chief|partner|executive|representative|trustee|general|member|head|accounting|principal|authorized|attorney|ceo|cfo)\b)"};
  RE2 rule_run{R"([-_=]{3,})"};
  RE2 its{R"((?i)^its\s*:?\s+)"};
  // Where a value on a signature line stops: a TAB, a column gap, or the
  // next "Date:"/"Name:"/"Title:" caption.
  RE2 cut{R"((?i)(\t|  |\s(?:Date|Dated|Name|Title|Its|By)\s*:))"};
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
         const char* rule, std::vector<Hit>* out) {
  Hit h;
  h.name = field;
  h.value = std::move(value);
  h.start = p.start;
  h.end = p.end;
  h.confidence = confidence;
  h.rule = rule;
  out->push_back(std::move(h));
}

// The signatory: "Name:" caption, else "/s/ Name", else "By: Name".
// A ", Title" after the name is returned in *title.
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
  std::string_view v = View(text, p);
  size_t comma = v.find(',');
  if (comma != std::string_view::npos && !IsPerson(v)) {
    size_t t = p.start + comma + 1;
    while (t < p.end && text[t] == ' ') ++t;
    *title = {t, p.end};
    p.end = p.start + comma;
  }
  if (!IsPerson(View(text, p))) return {};
  return p;
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
std::string_view NearestCell(const std::vector<LayoutCell>& cells, int col) {
  const LayoutCell* best = &cells[0];
  for (const LayoutCell& c : cells) {
    if (std::abs(c.col_start - col) < std::abs(best->col_start - col)) {
      best = &c;
    }
  }
  return best->text;
}

// Title lines under the signatory's name: "Executive Vice President and" /
// "Chief Financial Officer". Stops at a blank line, a date or a caption.
Piece TitleBelow(std::string_view text, Piece name, size_t end) {
  size_t ls = LineStart(text, name.start);
  std::vector<LayoutCell> name_cells =
      SplitCells(text.substr(ls, name.start - ls + 1), ls);
  int col = name_cells.empty() ? 0 : name_cells.back().col_start;
  std::string name_text = FoldSpace(View(text, name));
  Piece title;
  size_t p = LineEnd(text, name.end, end);
  for (int n = 0; n < 6 && p < end; ++n) {
    size_t b = p + 1;
    size_t e = LineEnd(text, b, end);
    p = e;
    std::string_view line = text.substr(b, e - b);
    std::vector<LayoutCell> cells = SplitCells(line, b);
    if (cells.empty()) {
      if (title.ok()) break;
      continue;
    }
    if (IsRuleText(line)) continue;
    std::string_view t = Trim(NearestCell(cells, col));
    if (FoldSpace(t) == name_text) continue;
    // "Bruce J. Feldman, President and": the name again, then the title.
    if (StartsWithNoCase(FoldSpace(t), name_text)) {
      t = Trim(t.substr(std::min(t.size(), View(text, name).size())));
      while (!t.empty() && (t.front() == ',' || t.front() == ' ')) {
        t.remove_prefix(1);
      }
      if (t.empty()) continue;
    }
    // Another form of the name ("/s/ Ken Chadha" over "Dr. Kanwar J.S.
    // Chadha") before any title line.
    if (!title.ok() && IsPerson(t) &&
        !RE2::PartialMatch(re2::StringPiece(t.data(), t.size()),
                           Rules().title_words)) {
      continue;
    }
    if (IsMarkupText(t) || FindDate(t) || t.size() > 120 ||
        RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), Rules().cut) ||
        t.find_first_not_of("0123456789-. ") == std::string_view::npos) {
      break;
    }
    size_t ts = b + (t.data() - line.data());
    if (!title.ok()) title.start = ts;
    title.end = ts + t.size();
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
  if (v.size() > 2 && v.front() == '(' && v.back() == ')') {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(StripTrailingPunct(v));
}

// "Date: May 27, 2016" / "Dated: March 25, 2003", else the first date
// near the signatory.
void FindSignatureDate(std::string_view text, size_t begin, size_t end,
                       size_t near, std::vector<Hit>* out) {
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
          "signature.date.caption", out);
      return;
    }
    pos = vs;
  }
  size_t ws = near > 600 ? std::max(begin, near - 600) : begin;
  size_t we = std::min(end, near + 800);
  std::optional<DateMatch> d = FindDate(text.substr(ws, we - ws));
  if (d) {
    Add("signature_date", d->iso, {ws + d->start, ws + d->end}, 0.7,
        "signature.date", out);
  }
}

// Start of the signature block: after the first SIGNATURE(S) heading that
// has a signer ("/s/", "By:") below it (a table of contents may list the
// heading first), else at the "Pursuant to the requirements" boilerplate;
// `end` when neither.
size_t BlockStart(std::string_view text, size_t begin, size_t end) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece m;
  size_t pos = begin;
  for (int n = 0;
       n < 5 && Rules().heading.Match(in, pos, end, RE2::UNANCHORED, &m, 1);
       ++n) {
    size_t after = m.data() - text.data() + m.size();
    size_t stop = std::min(end, after + 4000);
    std::string_view block = text.substr(after, stop - after);
    if (block.find("/s/") != std::string_view::npos ||
        block.find("/S/") != std::string_view::npos ||
        RE2::PartialMatch(re2::StringPiece(block.data(), block.size()),
                          Rules().by)) {
      return after;
    }
    pos = after;
  }
  if (Rules().boilerplate.Match(in, begin, end, RE2::UNANCHORED, &m, 1)) {
    return m.data() - text.data();
  }
  return end;
}

}  // namespace

void SignatureRules(std::string_view text, size_t begin, size_t end,
                    std::vector<Hit>* out) {
  end = std::min(end, text.size());
  size_t start = BlockStart(text, begin, end);
  if (start >= end) return;
  size_t stop = std::min(end, start + 4000);
  Piece inline_title;
  const char* name_rule = "";
  Piece name = FindName(text, start, stop, &inline_title, &name_rule);
  if (name.ok()) {
    Add("signatory_name", FoldSpace(View(text, name)), name, 0.85, name_rule,
        out);
  }
  Piece title = FindCaptioned(Rules().title, text, start, stop);
  const char* title_rule = "signature.title.caption";
  if (!title.ok() && name.ok()) {
    title = inline_title.ok() ? inline_title : TitleBelow(text, name, stop);
    if (inline_title.ok()) {
      Piece more = TitleBelow(text, name, stop);
      if (more.ok()) title.end = more.end;
    }
    title_rule = "signature.title";
  }
  if (title.ok()) {
    std::string v = CleanTitle(View(text, title));
    if (!v.empty()) Add("signatory_title", v, title, 0.8, title_rule, out);
  }
  FindSignatureDate(text, start, stop, name.ok() ? name.start : start, out);
}

}  // namespace cover
}  // namespace secx
