#include "extract/facts/table_grid.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "extract/facts/money.h"

namespace secx {
namespace facts {
namespace {

// "$.12", ".12": amounts without a leading zero, as 1990s tables write.
void FixCents(TableCell* c) {
  static const RE2 bare_cents("(?:\\$|US\\$)?\\s?\\.\\d+");
  // (The pattern ends in a digit: other cells are not run through it.)
  if (c->kind == TableCell::kWords && !c->text.empty() &&
      c->text.back() >= '0' && c->text.back() <= '9' &&
      RE2::FullMatch(c->text, bare_cents)) {
    c->kind = TableCell::kMoney;
  }
}

// Marks a scan leaves between columns: dots, commas, tildes, bars, quotes,
// a copyright sign, guillemets, a degree sign.
#define SECX_SPECK_MARKS                                                     \
  ".,;:~_|*'\"\\x{2018}\\x{2019}\\x{201C}\\x{201D}\\x{A9}\\x{AB}\\x{BB}" \
  "\\x{B0}"

void Push(std::string_view text, size_t start, size_t end, size_t from,
          size_t to, std::vector<GridCell>* out) {
  // A row label's dotted leader ("Dividends declared..........") is
  // layout, not part of the label.
  size_t dots = 0;
  while (end - dots > start && text[end - dots - 1] == '.') ++dots;
  if (dots >= 3) {
    end -= dots;
    while (end > start && text[end - 1] == ' ') --end;
  }
  GridCell g;
  g.cell = CellOf(text, start, end);
  if (g.cell.text.empty()) return;
  // EDGAR's column markers in 1990s text tables ("<S>", "<C>") are layout.
  static const RE2 marker("</?[A-Z]{1,8}>");
  const std::string& t = g.cell.text;
  if (t.size() >= 3 && t.front() == '<' && t.back() == '>' &&
      RE2::FullMatch(t, marker)) {
    return;
  }
  // Specks a scan leaves between columns ("an", a copyright sign, "~"): one
  // or two lower-case letters, or up to three marks, make no cell. (A
  // dash is a cell: it says "none".)
  static const RE2 speck("[a-z]{1,2}|[" SECX_SPECK_MARKS "]{1,3}");
  if (t.size() <= 6 && RE2::FullMatch(t, speck)) return;
  FixCents(&g.cell);
  g.from = from;
  g.to = to;
  out->push_back(std::move(g));
}

// An amount as a token of a run that starts a cell of its own when it
// follows another amount: "$", "$.89", "37.47" (a decimal point or a
// currency sign: "31 2024" is a date), with specks a scan left after it
// ("27.69.", "$.89-", "82>").
bool AmountToken(std::string_view t) {
  static const RE2 re("\\$?(?:\\d[\\d,]*)?\\.\\d+[.>|-]?|\\$\\d[\\d,]*[.>|-]?");
  return t == "$" || RE2::FullMatch(t, re);
}

// One run of a fixed-width line (its characters i..j, blanks at most one
// apart) as cells. A run is one cell, except where a scan or a narrow
// layout ran two together: a speck token between them ("Low (c)
// Dividend", "Second quarter (c) 17.28", a dash before an amount or at
// either end), or two amounts one blank apart ("$ 39.92 $ 29.73"). Specks
// a scan leaves at the ends of a cell ("27.69.", "$.89-", "@.62", a quote
// before "Fourth") are dropped.
// A year inside the rule over its group ("-- Fiscal 1999 --"): one cell,
// the rule's width its group's; several one blank apart ("---- 1999 ----
// ---- 1998 ----"), a cell each. False, pushing nothing, for any other run
// [i, j) of the line at `line_start`.
bool PushYearRules(std::string_view text, size_t line_start, size_t i, size_t j,
                   std::vector<GridCell>* out) {
  std::string_view s = text.substr(line_start);
  static const RE2 year_rules(
      "(?i)(?:-{2,} (?:fiscal (?:year )?)?(?:19|20)\\d\\d -{2,} ?)+");
  if (j - i < 8 || s[i] != '-' ||
      !RE2::FullMatch(re2::StringPiece(s.data() + i, j - i), year_rules)) {
    return false;
  }
  static const RE2 one(
      "(?i)(-{2,} (?:fiscal (?:year )?)?(?:19|20)\\d\\d -{2,})");
  re2::StringPiece in(s.data() + i, j - i);
  re2::StringPiece cell;
  while (RE2::FindAndConsume(&in, one, &cell)) {
    size_t a = static_cast<size_t>(cell.data() - s.data());
    Push(text, line_start + a, line_start + a + cell.size(), a, a + cell.size(),
         out);
  }
  return true;
}

void PushRun(std::string_view text, size_t line_start, size_t i, size_t j,
             std::vector<GridCell>* out) {
  static const RE2 speck("[" SECX_SPECK_MARKS "@]{1,3}");
  static const RE2 dash("[-.]{1,3}|[\\x{2013}\\x{2014}]{1,2}");
  std::string_view s = text.substr(line_start);
  if (PushYearRules(text, line_start, i, j, out)) return;
  // Tokens of the run: [from, to) within the line.
  std::vector<std::pair<size_t, size_t>> tok;
  for (size_t a = i; a < j;) {
    size_t b = a;
    while (b < j && s[b] != ' ') ++b;
    tok.push_back({a, b});
    a = b + 1;
  }
  auto text_of = [&](size_t k) {
    return s.substr(tok[k].first, tok[k].second - tok[k].first);
  };
  size_t from = tok.empty() ? i : tok[0].first;
  auto flush = [&](size_t to) {
    if (from < to) {
      size_t a = from, b = to;
      // Specks at the ends of the cell.
      static const char kLead[] = "@|~'";
      while (a + 1 < b && s[a] != '\0' && std::strchr(kLead, s[a])) ++a;
      if (b - a >= 3 && s.compare(a, 3, "\xe2\x80\x98") == 0) a += 3;
      if (b - a >= 2 && std::isdigit(static_cast<unsigned char>(s[b - 2])) &&
          s[b - 1] != '\0' && std::strchr(".>|-", s[b - 1]))
        --b;
      Push(text, line_start + a, line_start + b, a, b, out);
    }
  };
  bool amount = false;  // the token before (a "$" aside) is an amount
  for (size_t k = 0; k < tok.size(); ++k) {
    std::string_view t = text_of(k);
    bool next_amount = k + 1 < tok.size() && AmountToken(text_of(k + 1));
    // (A dash at either end of a run is a speck too: "- January 14, 1996",
    // "May 7, 1996 —".)
    bool edge = k == 0 || k + 1 == tok.size();
    if (tok.size() > 1 &&
        (RE2::FullMatch(t, speck) ||
         ((next_amount || edge) && RE2::FullMatch(t, dash)))) {
      flush(tok[k].first > from ? tok[k].first - 1 : from);
      from = tok[k].second + 1;
      amount = false;
      continue;
    }
    // A dotted leader, then the "$" of the amount in the next run ("Dividends
    // declared per share ........ $    1.33"): the label ends before the
    // leader and the "$" is a cell of its own, joined to its amount below.
    if (tok.size() > 1 && k > 0 && t.size() >= 3 &&
        t.find_first_not_of('.') == std::string_view::npos) {
      flush(tok[k].first - 1);
      from = tok[k].second + 1;
      amount = false;
      continue;
    }
    if (k > 0 && k + 1 == tok.size() && t == "$" && !amount) {
      flush(tok[k].first - 1);
      from = tok[k].first;
    }
    bool a = AmountToken(t);
    if (a && amount) {  // a second amount: a cell of its own
      flush(tok[k].first - 1);
      from = tok[k].first;
      amount = false;
    }
    if (t != "$") amount = a;  // "and" between two amounts: prose
  }
  if (!tok.empty()) flush(tok.back().second);
}

}  // namespace

std::vector<GridCell> GridLine(std::string_view text, Piece line) {
  std::vector<GridCell> raw;
  std::string_view s = text.substr(line.start, line.size());
  bool tabbed = s.find('\t') != std::string_view::npos;
  if (tabbed) {
    size_t slot = 0, pos = 0;
    while (pos <= s.size()) {
      size_t tab = s.find('\t', pos);
      if (tab == std::string_view::npos) tab = s.size();
      Push(text, line.start + pos, line.start + tab, slot, slot + 1, &raw);
      pos = tab + 1;
      ++slot;
    }
  } else {
    // Runs separated by two or more blanks. A line of one run is one cell
    // (prose; MayHaveSeveralCells tells it without a scan); the runs of a
    // line of several are split further by PushRun.
    bool several = MayHaveSeveralCells(text, line);
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
        ++i;
      if (i >= s.size()) break;
      size_t j = i;
      while (j < s.size()) {
        if (std::isspace(static_cast<unsigned char>(s[j])) &&
            (j + 1 >= s.size() ||
             std::isspace(static_cast<unsigned char>(s[j + 1])))) {
          break;
        }
        ++j;
      }
      // Years inside the rules over their groups, even alone on a line.
      if (PushYearRules(text, line.start, i, j, &raw)) {
        i = j;
        continue;
      }
      // Two period headings one blank apart ("Thirteen Weeks Ended
      // Twenty-six Weeks Ended"): two cells.
      static const RE2 two_periods_re(
          "(?i)^(.*?\\bended)\\s(?:thirteen|twelve|fourteen|sixteen|twenty|"
          "thirty|forty|fifty|three|six|nine)\\b.*\\bended$");
      re2::StringPiece first;
      if (RE2::FullMatch(re2::StringPiece(s.data() + i, j - i), two_periods_re,
                         &first)) {
        size_t cut = i + first.size();
        Push(text, line.start + i, line.start + cut, i, cut, &raw);
        i = cut + 1;
      }
      // Years one blank apart ("Fiscal 1996 Fiscal 1995 Fiscal 1994", a
      // heading wider than its column): a cell each.
      static const RE2 years_re(
          "(?i)(?:(?:fiscal|fy)\\s)?(?:19|20)\\d\\d"
          "(?:\\s(?:(?:fiscal|fy)\\s)?(?:19|20)\\d\\d)+");
      if (several &&
          RE2::FullMatch(re2::StringPiece(s.data() + i, j - i), years_re)) {
        static const RE2 year_re("(?i)((?:(?:fiscal|fy)\\s)?(?:19|20)\\d\\d)");
        re2::StringPiece in(s.data() + i, j - i);
        re2::StringPiece y;
        while (RE2::FindAndConsume(&in, year_re, &y)) {
          size_t a = static_cast<size_t>(y.data() - s.data());
          Push(text, line.start + a, line.start + a + y.size(), a, a + y.size(),
               &raw);
        }
      } else if (several) {
        PushRun(text, line.start, i, j, &raw);
      } else {
        Push(text, line.start + i, line.start + j, i, j, &raw);
      }
      i = j;
    }
  }
  // "$" alone, then its amount: one cell.
  std::vector<GridCell> out;
  for (size_t k = 0; k < raw.size(); ++k) {
    if (IsCurrencySign(raw[k].cell.text) && k + 1 < raw.size() &&
        raw[k + 1].cell.kind != TableCell::kWords) {
      GridCell g = raw[k + 1];
      // ("$ | \u2014", no dividend that quarter, stays a dash.)
      if (g.cell.kind != TableCell::kDash) {
        // (A code or word keeps its blank: "FF 7.00", "Lit. 260".)
        const std::string& sign = raw[k].cell.text;
        const char last = sign.empty() ? ' ' : sign.back();
        std::string joined =
            sign +
            (std::isalpha(static_cast<unsigned char>(last)) || last == '.'
                 ? " "
                 : "") +
            raw[k + 1].cell.text;
        g.cell = CellOf(joined, 0, joined.size());
        FixCents(&g.cell);
      }
      g.cell.start = raw[k].cell.start;
      g.cell.end = raw[k + 1].cell.end;
      // In a tabbed row the amount's own cell is its column: filing agents
      // put the "$" in a cell of its own left of it, under no heading or
      // under the one left of the amount's ("2023 | Common Stock" over
      // "$ | 0.15").
      if (!tabbed) g.from = raw[k].from;
      out.push_back(std::move(g));
      ++k;
      continue;
    }
    out.push_back(std::move(raw[k]));
  }
  return out;
}

bool MayHaveSeveralCells(std::string_view text, Piece line) {
  std::string_view s = text.substr(line.start, line.size());
  if (s.find('\t') != std::string_view::npos) return true;
  auto blank = [](char c) {
    return std::isspace(static_cast<unsigned char>(c));
  };
  size_t first = 0, last = s.size();
  while (first < last && blank(s[first])) ++first;
  while (last > first && blank(s[last - 1])) --last;
  for (size_t i = first; i + 1 < last; ++i) {
    if (blank(s[i]) && blank(s[i + 1])) return true;
  }
  return false;
}

std::vector<std::pair<size_t, size_t>> RuleRuns(std::string_view l) {
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t k = 0; k < l.size();) {
    if (l[k] == '-' || l[k] == '=') {
      size_t e = k;
      while (e < l.size() && (l[e] == '-' || l[e] == '=')) ++e;
      runs.push_back({k, e});
      k = e;
    } else {
      ++k;
    }
  }
  return runs;
}

bool UnitsOnly(const std::string& cell) {
  static const RE2 re("\\s*(?:\\([^()]{1,30}\\)\\s*){1,3}");
  return RE2::FullMatch(cell, re);
}

bool RuleLine(std::string_view line) {
  for (char c : line) {
    if (std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

namespace {

// The runs of dashes of a fixed-width table's rule line ("---------
// --------- ---------"), as [from, to) columns; none when `line` is no rule
// of two runs or more.
std::vector<std::pair<size_t, size_t>> DashRuns(std::string_view line) {
  std::vector<std::pair<size_t, size_t>> runs;
  if (line.find_first_not_of(" -=_") != std::string_view::npos) return {};
  for (size_t i = 0; i < line.size();) {
    if (line[i] == ' ') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    runs.push_back({i, j});
    i = j;
  }
  if (runs.size() < 2) return {};
  return runs;
}

// Headings a typist set one blank apart over the rule under them ("High
// Low Dividends" over "--------- --------- ---------"): a cell over two
// runs or more splits into the words over each.
void SplitOverRuns(std::string_view text, Piece line,
                   const std::vector<std::pair<size_t, size_t>>& runs,
                   std::vector<GridCell>* cells) {
  auto run_of = [&](size_t a, size_t b) {
    int best = -1;
    size_t most = 0;
    for (size_t r = 0; r < runs.size(); ++r) {
      size_t lo = std::max(a, runs[r].first), hi = std::min(b, runs[r].second);
      if (hi > lo && hi - lo > most) most = hi - lo, best = static_cast<int>(r);
    }
    return best;
  };
  std::vector<GridCell> out;
  for (GridCell& c : *cells) {
    int first = run_of(c.from, c.from + 1), last = run_of(c.to - 1, c.to);
    if (c.cell.kind != TableCell::kWords || first < 0 || last <= first) {
      out.push_back(std::move(c));
      continue;
    }
    // Words of the cell, each to the run it overlaps most.
    std::string_view s = text.substr(line.start + c.from, c.to - c.from);
    size_t from = 0;
    int run = -2;
    for (size_t k = 0; k <= s.size(); ++k) {
      if (k < s.size() && s[k] != ' ') continue;
      size_t w = k;
      while (w > 0 && s[w - 1] != ' ') --w;
      if (w == k) continue;
      int r = run_of(c.from + w, c.from + k);
      if (run == -2) run = r;
      if (r != run) {
        size_t end = w;
        while (end > from && s[end - 1] == ' ') --end;
        Push(text, line.start + c.from + from, line.start + c.from + end,
             c.from + from, c.from + end, &out);
        from = w;
        run = r;
      }
    }
    Push(text, line.start + c.from + from, line.start + c.to, c.from + from,
         c.to, &out);
  }
  *cells = std::move(out);
}

}  // namespace

std::vector<GridHeading> GridHeadings(std::string_view text,
                                      const std::vector<Piece>& lines) {
  std::vector<std::vector<GridCell>> cells;
  bool tabbed = false;
  size_t base = 0;
  // The rule under the heading lines: the last of them, or the line after.
  std::vector<std::pair<size_t, size_t>> runs;
  // (A row's section title may follow the rule inside the lines: "Fiscal
  // 1997" under it.)
  if (!lines.empty()) {
    Piece last = lines.back();
    for (size_t k = lines.size(); k-- > 0 && runs.empty();) {
      runs = DashRuns(text.substr(lines[k].start, lines[k].size()));
    }
    if (runs.empty() && last.end < text.size()) {
      Piece next = LineAt(text, last.end + 1);
      runs = DashRuns(text.substr(next.start, next.size()));
    }
  }
  for (Piece l : lines) {
    tabbed |= text.substr(l.start, l.size()).find('\t') != std::string::npos;
    cells.push_back(GridLine(text, l));
    if (!tabbed && !runs.empty()) SplitOverRuns(text, l, runs, &cells.back());
    // A piece of a rule is no heading ("-------- 2003 --------", a year
    // inside the rule over its group, cut over the columns' rule).
    auto& line_cells = cells.back();
    line_cells.erase(std::remove_if(line_cells.begin(), line_cells.end(),
                                    [](const GridCell& c) {
                                      return !c.cell.text.empty() &&
                                             c.cell.text.find_first_not_of(
                                                 "-=_ ") == std::string::npos;
                                    }),
                     line_cells.end());
    if (cells.back().size() > cells[base].size()) base = cells.size() - 1;
  }
  // The line with the most cells sets the columns; a cell of another line
  // joins the one column it overlaps (a wrapped heading), starts a column
  // of its own when it overlaps none, and is dropped when it spans several
  // (a title over a group of columns).
  struct Parts {
    size_t from, to;
    std::vector<std::pair<size_t, std::string>> texts;  // line, text
  };
  std::vector<Parts> cols;
  if (cells.empty()) return {};
  for (const GridCell& c : cells[base]) {
    cols.push_back({c.from, c.to, {{base, c.cell.text}}});
  }
  // A line of years alone over groups of columns ("Fiscal 2002" over
  // "High Low Dividends"): a year over no column is its group's title,
  // no column of its own (an HTML year cell may sit a slot off its group
  // when its colspan counts a spacer column in).
  static const RE2 year_re("(?i)(?:fiscal\\s+(?:year\\s+)?)?(?:19|20)\\d\\d");
  for (size_t li = 0; li < cells.size(); ++li) {
    if (li == base) continue;
    bool year_titles = cells[li].size() * 2 <= cells[base].size();
    for (const GridCell& c : cells[li]) {
      year_titles &= RE2::FullMatch(c.cell.text, year_re);
    }
    for (const GridCell& c : cells[li]) {
      if (c.cell.text.find("---") != std::string::npos) continue;
      int hit = -1, n = 0;
      for (size_t k = 0; k < cols.size(); ++k) {
        if (cols[k].from < c.to && c.from < cols[k].to) hit = k, ++n;
      }
      if (n > 1 && c.cell.text.find(' ') == std::string::npos &&
          c.cell.kind == TableCell::kWords) {
        // A word of a right-aligned heading that sticks out to the left
        // over the column before ("Distribution" over "Paid"): the column
        // it ends with.
        int aligned = -1, count = 0;
        for (size_t k = 0; k < cols.size(); ++k) {
          if (cols[k].from < c.to && c.from < cols[k].to &&
              cols[k].to + 1 >= c.to && c.to + 1 >= cols[k].to) {
            aligned = static_cast<int>(k);
            ++count;
          }
        }
        if (count == 1) hit = aligned, n = 1;
      }
      if (n == 1) {
        cols[hit].texts.push_back({li, c.cell.text});
        cols[hit].from = std::min(cols[hit].from, c.from);
        cols[hit].to = std::max(cols[hit].to, c.to);
      } else if (n == 0 && !year_titles) {
        cols.push_back({c.from, c.to, {{li, c.cell.text}}});
      }
    }
  }
  std::vector<GridHeading> out;
  for (Parts& p : cols) {
    std::stable_sort(
        p.texts.begin(), p.texts.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    GridHeading h;
    for (const auto& [line, t] : p.texts) {
      // A word hyphenated over two heading lines ("Divi-" over "dends")
      // joins without its hyphen.
      if (h.text.size() > 2 && h.text.back() == '-' &&
          std::isalpha(static_cast<unsigned char>(h.text[h.text.size() - 2])) &&
          !t.empty() && std::islower(static_cast<unsigned char>(t[0]))) {
        h.text.pop_back();
        h.text += t;
        continue;
      }
      h.text += (h.text.empty() ? "" : " ") + t;
    }
    h.from = p.from;
    h.to = p.to;
    out.push_back(std::move(h));
  }
  std::sort(out.begin(), out.end(),
            [](const GridHeading& a, const GridHeading& b) {
              return a.from < b.from;
            });
  if (tabbed) {
    for (size_t i = 0; i < out.size(); ++i) {
      out[i].to = i + 1 < out.size() ? out[i + 1].from : out[i].from + 1000;
    }
  }
  return out;
}

bool SignCell(std::string_view t) {
  static const RE2 sign_re(
      "\\s*(?:[A-Za-z]{0,3}\\$|\\x{20AC}|\\x{00A3}|\\x{00A5})\\s*");
  return RE2::FullMatch(re2::StringPiece(t.data(), t.size()), sign_re);
}

bool SeatHeadings(const std::vector<std::vector<GridCell>>& rows,
                  std::vector<GridHeading>* headings) {
  std::vector<GridHeading>& hs = *headings;
  if (hs.size() < 2) return false;
  const std::vector<GridCell>* first = nullptr;
  int used = 0;
  for (const std::vector<GridCell>& r : rows) {
    if (r.size() < 2) continue;
    if (!first) {
      first = &r;
    } else {
      if (r.size() != first->size()) return false;
      for (size_t k = 0; k < r.size(); ++k) {
        if (r[k].from != (*first)[k].from) return false;
      }
    }
    ++used;
  }
  if (used < 2) return false;
  // A currency's sign in a cell of its own before its amount ("$ | 0.25 |
  // $ | 0.225"): the amount's column starts at the sign.
  std::vector<GridCell> cells;
  std::vector<size_t> starts;  // where each column starts (its sign's slot)
  bool signs = false;
  for (size_t k = 0; k < first->size(); ++k) {
    const GridCell& c = (*first)[k];
    if (k + 1 < first->size() && c.cell.kind == TableCell::kWords &&
        SignCell(c.cell.text) && k > 0) {
      signs = true;
      continue;
    }
    bool signed_before = k >= 2 &&
                         (*first)[k - 1].cell.kind == TableCell::kWords &&
                         SignCell((*first)[k - 1].cell.text);
    starts.push_back(signed_before ? (*first)[k - 1].from : c.from);
    cells.push_back(c);
  }
  size_t skip = 0;  // a row label without a heading of its own
  if (cells.size() == hs.size() + 1 &&
      cells[0].cell.kind == TableCell::kWords) {
    skip = 1;
  } else if (cells.size() != hs.size()) {
    return false;
  }
  if (cells.back().from <= hs.back().from) return false;
  bool ranked = true;
  for (size_t k = 0; k < hs.size(); ++k) {
    ranked &= HeadingOf(hs, cells[k + skip]) == static_cast<int>(k);
  }
  // (With signs apart, the headings move onto the signs' slots too: a
  // sign under a heading would take its column.)
  if (ranked && !signs) return false;
  for (size_t k = 0; k < hs.size(); ++k) {
    hs[k].from = starts[k + skip];
    hs[k].to =
        k + 1 < hs.size() ? starts[k + skip + 1] : cells[k + skip].to + 1000;
  }
  return true;
}

std::vector<std::vector<GridCell>> FirstRows(std::string_view text,
                                             size_t at) {
  std::vector<std::vector<GridCell>> rows;
  for (int seen = 0; seen < 12 && rows.size() < 3 && at < text.size();
       ++seen) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    Piece line{at, end};
    at = end + 1;
    if (RuleLine(text.substr(line.start, line.size()))) continue;
    std::vector<GridCell> cells = GridLine(text, line);
    if (cells.size() >= 2) rows.push_back(std::move(cells));
  }
  return rows;
}

int HeadingOf(const std::vector<GridHeading>& headings, const GridCell& c) {
  int best = -1;
  size_t best_overlap = 0;
  for (size_t i = 0; i < headings.size(); ++i) {
    const GridHeading& h = headings[i];
    size_t lo = std::max(h.from, c.from), hi = std::min(h.to, c.to);
    if (hi > lo && hi - lo > best_overlap) {
      best_overlap = hi - lo;
      best = static_cast<int>(i);
    }
  }
  if (best >= 0) return best;
  size_t best_gap = 4;
  for (size_t i = 0; i < headings.size(); ++i) {
    const GridHeading& h = headings[i];
    size_t gap = c.to <= h.from ? h.from - c.to : c.from - h.to;
    if (gap < best_gap) {
      best_gap = gap;
      best = static_cast<int>(i);
    }
  }
  return best;
}

}  // namespace facts
}  // namespace secx
